"""Persons counts of court and custody steps told with names listed or verbs joined."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, ChargeEvent, ConvictionEvent, SentenceEvent


def test_en_arrested_and_charged_share_the_count(extract_all: Extract) -> None:
    """ "were arrested and charged": the charge joined by "and" has the arrest's persons."""
    text = "Two women, aged 33 and 47, were arrested and charged with supplying heroin."
    charge = next(e for e in extract_all(text) if isinstance(e, ChargeEvent))
    assert charge.persons_count == 2


def test_en_surnames_joined_before_a_plea_count_each(extract_all: Extract) -> None:
    """ "Okafor and Brandt pleaded guilty": two surnames of full names told before."""
    text = (
        "Detectives identified Daniel Okafor and Henrik Brandt as the couriers.\n"
        "Okafor and Brandt pleaded guilty in March to conspiracy to supply cocaine."
    )
    conviction = next(e for e in extract_all(text) if isinstance(e, ConvictionEvent))
    assert conviction.persons_count == 2


def test_en_names_with_ages_before_each_sentenced(extract_all: Extract) -> None:
    """ "X, 31, and Y, 26, were each sentenced": an adverb between the auxiliary and the
    trigger keeps the names listed as its subject."""
    text = (
        "Owen Pritchard, 31, and Callum Bright, 26, were each sentenced to seven years "
        "at Cardiff Crown Court."
    )
    sentence = next(e for e in extract_all(text) if isinstance(e, SentenceEvent))
    assert sentence.persons_count == 2


def test_en_names_then_relative_clause_before_the_trigger(extract_all: Extract) -> None:
    """ "X, 31, and Y, 26, who ran the phone line, were jailed": the relative clause
    between the names and the auxiliary is skipped."""
    text = (
        "Owen Pritchard, 31, and Callum Bright, 26, who ran the phone line from a flat, "
        "were jailed for seven years at Cardiff Crown Court."
    )
    sentence = next(e for e in extract_all(text) if isinstance(e, SentenceEvent))
    assert sentence.persons_count == 2


def test_ar_charge_of_the_accused_takes_the_arrest_count(extract_all: Extract) -> None:
    """ "أحالت النيابة المتهمين إلى المحكمة": the accused charged are the persons of the
    arrest told before, though their count is sentences back."""
    text = (
        "ألقت الشرطة القبض على خمسة أشخاص في مستودع بضواحي المدينة.\n"
        "وعثر بحوزتهم على كميات من الحشيش والأقراص المخدرة.\n"
        "وأحالت النيابة العامة المتهمين إلى محكمة الجنايات بتهمة الاتجار بالمخدرات."
    )
    charge = next(e for e in extract_all(text, "ar") if isinstance(e, ChargeEvent))
    assert charge.persons_count == 5


def test_ar_charge_with_plural_pronoun_takes_the_arrest_count(extract_all: Extract) -> None:
    """ "وجهت إليهم تهم": a plural pronoun on a word of the trigger names the persons
    arrested before."""
    text = (
        "ألقت الشرطة القبض على ثلاثة أشخاص في مستودع بضواحي المدينة.\n"
        "وعثر بحوزتهم على كميات من الحشيش والأقراص المخدرة.\n"
        "ووجهت النيابة إليهم تهم الاتجار بالمخدرات."
    )
    charge = next(e for e in extract_all(text, "ar") if isinstance(e, ChargeEvent))
    assert charge.persons_count == 3


def test_en_they_were_charged_in_a_later_paragraph(extract_all: Extract) -> None:
    """ "They were charged" opening a paragraph with no count near it: the persons of the
    arrest told before."""
    text = (
        "Border officers arrested six men at the port of Dover on Monday.\n\n"
        "A search of the lorry revealed 40 kilograms of cocaine hidden in pallets.\n\n"
        "They were charged on Wednesday with importing a controlled drug."
    )
    charge = next(e for e in extract_all(text) if isinstance(e, ChargeEvent))
    assert charge.persons_count == 6


def test_fr_adverb_inside_the_plural_auxiliary(extract_all: Extract) -> None:
    """ "Ils avaient ensuite été inculpés": an adverb between the parts of the plural
    auxiliary; the pronoun still names the persons arrested before."""
    text = (
        "Les gendarmes ont interpellé quatre hommes à Lyon le 3 mars.\n\n"
        "Ils avaient ensuite été inculpés de trafic de stupéfiants par un juge."
    )
    charge = next(e for e in extract_all(text, "fr") if isinstance(e, ChargeEvent))
    assert charge.persons_count == 4


def test_es_definite_group_arrested_in_a_later_paragraph(extract_all: Extract) -> None:
    """ "Los sentenciados fueron detenidos en marzo": the group the article counted first
    ("seis miembros de una banda"), paragraphs before."""
    text = (
        "Un tribunal de Lima condenó este lunes a seis miembros de una banda de "
        "narcotraficantes a penas de hasta 20 años de prisión.\n\n"
        "El fallo se conoció tras un juicio de dos meses.\n\n"
        "Los sentenciados fueron detenidos en marzo de 2023 por la Policía Nacional."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert arrest.persons_count == 6


def test_fr_definite_group_takes_the_count_told_with_its_noun(extract_all: Extract) -> None:
    """ "Les accusés avaient été arrêtés": the number told before the same noun ("trois des
    sept accusés": seven), not the part."""
    text = (
        "La cour d'assises de Douai a condamné jeudi trois des sept accusés à des peines "
        "de dix ans de réclusion.\n\n"
        "Le verdict a été accueilli dans le calme.\n\n"
        "Les accusés avaient été arrêtés en mai 2022 par la police judiciaire de Lille."
    )
    arrest = next(e for e in extract_all(text, "fr") if isinstance(e, ArrestEvent))
    assert arrest.persons_count == 7


def test_es_group_told_before_and_others_in_one_arrest(extract_all: Extract) -> None:
    """ "detuvieron a los cinco ocupantes y a otros dos hombres": the definite group told
    before and the others are all taken by the one arrest."""
    text = (
        "La Armada interceptó una lancha con cinco ocupantes frente a Huelva.\n"
        "Los agentes detuvieron a los cinco ocupantes y, horas después, a otros dos hombres "
        "en Isla Cristina."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert arrest.persons_count == 7


def test_en_apposition_then_and_another_person(extract_all: Extract) -> None:
    """ "The driver, a 45-year-old mechanic from Hull, and a 38-year-old welder": the
    apposition is the driver; "and" after it adds the second person."""
    text = (
        "The driver, a 45-year-old mechanic from Hull, and a 38-year-old welder from "
        "Grimsby were arrested on Friday."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert arrest.persons_count == 2


def test_en_person_phrase_then_and_another_person(extract_all: Extract) -> None:
    """ "a 51-year-old farmer of Tamale, and a 27-year-old trader": a short phrase and a
    comma after the first person, then "and" and the second."""
    text = (
        "A 51-year-old farmer of Tamale, and a 27-year-old trader of Kumasi were arrested "
        "at the checkpoint."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert arrest.persons_count == 2


def test_ar_dual_pronoun_before_a_ruling(extract_all: Extract) -> None:
    """ "وصدرت بحقهما أحكام بالسجن": a dual pronoun on a word a few words before the ruling
    is its two persons."""
    text = "وصدرت بحقهما أحكام غيابية بالسجن عشرين عاما عن محكمة الجنايات في الموصل."
    sentence = next(e for e in extract_all(text, "ar") if isinstance(e, SentenceEvent))
    assert sentence.persons_count == 2
