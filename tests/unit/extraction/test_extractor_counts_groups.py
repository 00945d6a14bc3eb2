"""Persons counts over groups: a demonym with an indefinite article, a name or pronoun
joined to a counted group, a count that is the subject of its own trigger.

Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, ChargeEvent, ReleaseEvent, SentenceEvent


def test_es_indefinite_demonym_adds_one_to_a_group(extract_all: Extract) -> None:
    """ "dos ecuatorianos y un colombiano" are three persons."""
    text = "La policía detuvo el lunes a dos ecuatorianos y un colombiano en Vigo."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_fr_indefinite_demonym_adds_one_to_a_group(extract_all: Extract) -> None:
    """ "un Marocain et deux Espagnols" are three persons."""
    text = "Les gendarmes ont interpellé un Marocain et deux Espagnols à Ceuta."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_en_a_demonym_national_and_a_group(extract_all: Extract) -> None:
    """ "a Chinese national and two Filipinos" are three persons."""
    text = "Police arrested a Chinese national and two Filipinos in Manila on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_es_crew_broken_down_in_dashes_keeps_its_count(extract_all: Extract) -> None:
    """ "Sus tres tripulantes —dos ecuatorianos y un colombiano—": the breakdown is the group."""
    text = "Sus tres tripulantes —dos ecuatorianos y un colombiano— fueron detenidos el lunes."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_en_name_and_counted_group(extract_all: Extract) -> None:
    """ "Ortiz and three crew members" are four persons."""
    text = "On Monday, Ortiz and three crew members were detained off the coast of Panama."
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_en_pronoun_and_others(extract_all: Extract) -> None:
    """ "He and two others" are three persons."""
    text = "He and two others were arrested in Leeds on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_en_subject_count_goes_to_its_own_trigger(extract_all: Extract) -> None:
    """ "Two were charged and the other two were released": each count is the subject of its
    own verb, not of the nearest trigger."""
    text = "Two were charged on Monday and the other two were released on bail."
    events = extract_all(text)
    assert one(events, ChargeEvent).persons_count == 2
    assert one(events, ReleaseEvent).persons_count == 2


def test_ar_person_noun_with_ordinal_is_one(extract_all: Extract) -> None:
    """ "لمتهم ثالث" (a third defendant) is one person."""
    text = "وقضت المحكمة أمس بالسجن المشدد 10 سنوات لمتهم ثالث."
    assert one(extract_all(text, "ar"), SentenceEvent).persons_count == 1


def test_en_a_third_defendant_is_one(extract_all: Extract) -> None:
    """ "a third defendant" is one person."""
    text = "The court on Monday sentenced a third defendant to six years in prison."
    assert one(extract_all(text), SentenceEvent).persons_count == 1


def test_ar_n_others_counts(extract_all: Extract) -> None:
    """ "ثلاثة آخرين" (three others) are three persons."""
    text = "وألقت الشرطة أمس القبض على ثلاثة آخرين في طنجة."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3


def test_ar_term_right_after_a_counted_group_is_no_age(extract_all: Extract) -> None:
    """ "بسجن ثلاثة متهمين آخرين عشر سنوات": ten years is the group's term, not an age."""
    text = "وقضت المحكمة أمس بسجن ثلاثة متهمين آخرين عشر سنوات."
    event = one(extract_all(text, "ar"), SentenceEvent)
    assert (event.sentence_months, event.persons_count) == (120, 3)


def test_es_medio_centenar_is_fifty(extract_all: Extract) -> None:
    """ "más de medio centenar" is at least fifty."""
    text = "Más de medio centenar de personas fueron detenidas el martes en Madrid."
    event = one(extract_all(text, "es"), ArrestEvent)
    assert (event.persons_count, event.persons_count_qualifier) == (50, "at_least")


def test_ar_number_word_after_second_noun_counts_it(extract_all: Extract) -> None:
    """ "ثلاثة مواطنين ومقيمين اثنين": three citizens and two residents are five."""
    text = "وتمكنت الشرطة أمس من القبض على ثلاثة مواطنين ومقيمين اثنين في جدة."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 5


def test_en_demonym_breakdown_after_dash_keeps_the_total(extract_all: Extract) -> None:
    """ "11 people — nine Poles and two Dutch citizens —": the breakdown is the eleven."""
    text = "Officers detained 11 people — nine Poles and two Dutch citizens — on Tuesday."
    assert one(extract_all(text), ArrestEvent).persons_count == 11


def test_es_definite_passenger_is_one(extract_all: Extract) -> None:
    """ "el pasajero quedó detenido" is one person."""
    text = "El pasajero quedó detenido el lunes en el aeropuerto de Barajas."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 1
