"""English charges, named defendants in a list, and penalties that are not terms."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import ArrestEvent, ChargeEvent, SentenceEvent


def test_en_charges_against_named_people(extract_all: Extract) -> None:
    """ "filed charges against A and B": a charge of two named persons."""
    text = "Prosecutors filed 9 charges against Ana Lopez, 33, and Mark Reed, 45, on Friday."
    assert one(extract_all(text), ChargeEvent).persons_count == 2


def test_en_dropped_charges_are_no_charge(extract_all: Extract) -> None:
    """Withdrawn charges are not a charge event."""
    text = "Prosecutors dropped the charges against the teacher on Friday."
    assert of_type(extract_all(text), "charge") == []


def test_en_list_of_three_names(extract_all: Extract) -> None:
    """ "arrested A, B and C": three named persons."""
    text = "Detectives arrested Tom Hale, Rita Moss and Ivan Petrov in Bristol."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_en_supervised_release_is_not_a_release(extract_all: Extract) -> None:
    """ "three years of supervised release" is part of the sentence, not a release."""
    text = "The dealer was jailed for eight years, followed by three years of supervised release."
    events = extract_all(text)
    assert of_type(events, "release") == []
    assert one(events, SentenceEvent).sentence_months == 96


def test_ar_charges_directed_with_a_day_between(extract_all: Extract) -> None:
    """ "وجّه يوم الأربعاء اتهامات رسمية إلى ..." is a charge even with the day in between."""
    text = "وقالت مصادر قضائية إن قاضياً وجّه يوم الأربعاء اتهامات رسمية إلى خمسة من الموقوفين."
    assert len(of_type(extract_all(text, "ar"), "charge")) == 1


def test_ar_maghreb_decided_to_prosecute_is_a_charge(extract_all: Extract) -> None:
    """ "قرر قاضي التحقيق متابعته" (Morocco): the suspect is charged."""
    text = (
        "مثل المتهم أمس أمام قاضي التحقيق بمحكمة الاستئناف بالرباط، الذي قرر متابعته من أجل "
        "غسل الأموال."
    )
    assert len(of_type(extract_all(text, "ar"), "charge")) == 1


def test_es_verdict_with_the_day_between(extract_all: Extract) -> None:
    """ "declaró este jueves culpables a tres acusados": a conviction."""
    text = (
        "El Tribunal Oral de Antofagasta declaró este jueves culpables a tres acusados de "
        "tráfico de drogas."
    )
    assert len(of_type(extract_all(text, "es"), "conviction")) == 1


def test_fr_rendu_coupable_is_no_verdict(extract_all: Extract) -> None:
    """ "s'est rendu coupable de": committed, not found guilty."""
    text = "Selon les enquêteurs, le suspect s'est rendu coupable de plusieurs vols à Lyon."
    assert of_type(extract_all(text, "fr"), "conviction") == []
