"""Rulings served or appealed: told before the story, not a new sentence of its day."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_en_scheduled_sentencing_is_no_sentence(extract_all: Extract) -> None:
    """ "is scheduled to be sentenced on June 5": a hearing still to come."""
    text = "The former pilot is scheduled to be sentenced on June 5 in Brooklyn."
    assert of_type(extract_all(text), "sentence") == []


def test_en_term_being_served_is_background(extract_all: Extract) -> None:
    """ "is serving a 15-year sentence": a ruling of the past, background."""
    text = "The cartel accountant is serving a 15-year sentence for laundering drug money."
    assert [e.background for e in of_type(extract_all(text), "sentence")] == [True]


def test_fr_peine_purgee_is_background(extract_all: Extract) -> None:
    """ "il purge actuellement une peine de dix ans": une condamnation antérieure."""
    text = "Le trafiquant purge actuellement une peine de dix ans de prison à Fresnes."
    assert [e.background for e in of_type(extract_all(text, "fr"), "sentence")] == [True]


def test_es_condena_que_cumple_is_background(extract_all: Extract) -> None:
    """ "cumple una condena de 20 años": una condena anterior."""
    text = "El narcotraficante cumple una condena de 20 años en la cárcel de Picassent."
    assert [e.background for e in of_type(extract_all(text, "es"), "sentence")] == [True]


def test_ar_term_being_served_is_background(extract_all: Extract) -> None:
    """ "يقضي حاليا عقوبة بالسجن": حكم سابق."""
    text = "ويقضي المهرب حاليا عقوبة بالسجن 10 سنوات في سجن برج العرب."
    assert [e.background for e in of_type(extract_all(text, "ar"), "sentence")] == [True]


def test_en_appeal_against_the_sentence_told_again_adds_none(extract_all: Extract) -> None:
    """The appeal names the day's ruling again: still one sentence event."""
    text = (
        "A court in Leeds sentenced the smuggler to nine years in prison on Monday. His lawyer "
        "said he would appeal against the nine-year sentence."
    )
    assert len(of_type(extract_all(text), "sentence")) == 1


def test_en_lost_appeal_is_no_new_sentence(extract_all: Extract) -> None:
    """ "lost his appeal against a nine-year sentence": no ruling of that day."""
    text = "He was jailed for nine years in 2021. On Monday he lost his appeal against the term."
    events = of_type(extract_all(text), "sentence")
    assert [e.background for e in events] == [True]


def test_fr_appel_de_la_condamnation_is_no_sentence(extract_all: Extract) -> None:
    """ "il a fait appel de sa condamnation à huit ans": pas une nouvelle peine."""
    text = "Le convoyeur a fait appel de sa condamnation à huit ans de prison."
    assert of_type(extract_all(text, "fr"), "sentence") == []


def test_es_recurso_contra_la_condena_is_no_sentence(extract_all: Extract) -> None:
    """ "recurrió la condena de ocho años": no es una nueva condena."""
    text = "La defensa del patrón recurrió la condena de ocho años de prisión ante el Supremo."
    assert of_type(extract_all(text, "es"), "sentence") == []


def test_ar_appeal_against_the_ruling_is_no_sentence(extract_all: Extract) -> None:
    """ "طعن المتهم على الحكم الصادر بسجنه 5 سنوات": ليس حكما جديدا."""
    text = "وطعن المتهم على الحكم الصادر بسجنه 5 سنوات أمام محكمة النقض."
    assert of_type(extract_all(text, "ar"), "sentence") == []


def test_en_detained_pending_trial_is_no_second_arrest(extract_all: Extract) -> None:
    """ "detained pending trial" two days after the arrest: a remand, not another arrest."""
    text = (
        "Police arrested the pilot on Monday in Miami. He was detained pending trial on "
        "Wednesday after a court hearing."
    )
    assert len(of_type(extract_all(text), "arrest")) == 1


def test_en_convicted_as_a_description_is_no_conviction(extract_all: Extract) -> None:
    """ "a convicted drug trafficker was arrested": who he is, not a conviction told."""
    text = "A convicted cocaine trafficker was arrested on Monday at a flat in Leeds."
    assert of_type(extract_all(text), "conviction") == []


def test_en_relative_clause_pluperfect_after_the_day_is_background(extract_all: Extract) -> None:
    """ "arrested a man on Monday who had previously been jailed": the jailing is background."""
    text = "Police arrested a man on Monday who had previously been jailed for drug offences."
    assert [e.background for e in of_type(extract_all(text), "sentence")] == [True]


def test_ar_sabaqa_al_hukm_is_background(extract_all: Extract) -> None:
    """ "وسبق الحكم على المتهم بالسجن 5 سنوات": حكم سابق."""
    text = "وسبق الحكم على المتهم بالسجن 5 سنوات في قضية مماثلة."
    assert [e.background for e in of_type(extract_all(text, "ar"), "sentence")] == [True]
