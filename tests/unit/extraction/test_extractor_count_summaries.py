"""Persons counts across sentences and lists: a lead that sums up several operations,
counts of a subset, lists of ages and names.

Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, ChargeEvent, ReleaseEvent, SentenceEvent


def test_en_lead_total_of_two_operations_is_no_third_arrest(extract_all: Extract) -> None:
    """A lead giving the total of two operations told after it adds no event of its own."""
    text = (
        "Police have arrested seven suspects in two separate operations this week.\n\n"
        "On Monday, officers arrested three men at the port of Durban.\n\n"
        "Two days later, on Wednesday, detectives arrested four women in Pretoria."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert sorted(e.persons_count or 0 for e in arrests) == [3, 4]


def test_en_part_of_a_counted_group_counts_the_part(extract_all: Extract) -> None:
    """ "two of the six suspects were charged": two persons, not six."""
    text = "Prosecutors said on Monday that two of the six suspects were charged in Leeds."
    assert one(extract_all(text), ChargeEvent).persons_count == 2


def test_es_part_of_a_counted_group_counts_the_part(extract_all: Extract) -> None:
    """ "a dos de los cuatro sospechosos": two persons."""
    text = "La policía detuvo el lunes a dos de los cuatro sospechosos en Sevilla."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 2


def test_ar_part_of_a_counted_group_counts_the_part(extract_all: Extract) -> None:
    """ "ثلاثة من المتهمين الخمسة": three of the five accused."""
    text = "وأفرجت النيابة أمس عن ثلاثة من المتهمين الخمسة في القاهرة."
    assert one(extract_all(text, "ar"), ReleaseEvent).persons_count == 3


def test_ar_each_of_is_no_part(extract_all: Extract) -> None:
    """ "لكل واحد من أربعة متهمين": each of four accused is four persons, not one."""
    text = "قضت المحكمة أمس بالسجن خمس سنوات لكل واحد من أربعة متهمين في دبي."
    assert one(extract_all(text, "ar"), SentenceEvent).persons_count == 4


def test_es_group_verb_and_colon_then_its_breakdown(extract_all: Extract) -> None:
    """ "Seis personas fueron detenidas: tres ..., dos ... y un ...": the list breaks the six
    down, it adds no one."""
    text = "Seis personas fueron detenidas: tres peruanos, dos chilenos y un boliviano, en Lima."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 6


def test_ar_traveller_is_one_person(extract_all: Extract) -> None:
    """ "ضبط المسافر": the traveller is the one person arrested."""
    text = "وتم ضبط المسافر في مطار الدوحة أمس."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 1


def test_en_ages_listed_after_a_plural_noun(extract_all: Extract) -> None:
    """ "The men, aged 23, 37 and 45": one person per age."""
    text = "The men, aged 23, 37 and 45, were arrested on Tuesday in Bristol."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_fr_ages_listed_after_a_plural_noun(extract_all: Extract) -> None:
    """ "Les suspects, âgés de 20 et 31 ans": two persons."""
    text = "Les suspects, âgés de 20 et 31 ans, ont été interpellés mardi à Nîmes."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 2


def test_es_names_listed_before_a_plural_passive(extract_all: Extract) -> None:
    """ "A B, C D y E F fueron detenidos": three named persons."""
    text = "Marta Gil, Raúl Soto y Iván Mena fueron detenidos el martes en Cádiz."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_en_two_names_before_a_plural_passive(extract_all: Extract) -> None:
    """ "A B and C D were arrested": two named persons."""
    text = "Tom Ellis and Sara Diaz were arrested on Tuesday in Bristol."
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_ar_release_verb_apart_from_its_object(extract_all: Extract) -> None:
    """ "أخلى القاضي، أمس الأحد، سبيل اثنين من ...": the judge and a time clause between
    the verb and its persons still release them."""
    text = "أخلى قاضي التحقيق في صيدا، أمس الأحد، سبيل اثنين من الموقوفين الخمسة."
    assert one(extract_all(text, "ar"), ReleaseEvent).persons_count == 2


def test_ar_accompanied_by_adds_the_person_named(extract_all: Extract) -> None:
    """ "أوقفته رفقة اثنين من شركائه": he and two partners are three."""
    text = "وأوقفته الشرطة أمس في وجدة رفقة اثنين من شركائه."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3


def test_fr_couple_with_complement_and_one_more(extract_all: Extract) -> None:
    """ "Un couple de retraités et leur fille": the couple's complement does not stop "and"
    from adding one more person (three)."""
    text = "Un couple de retraités et leur fille ont été interpellés mardi à Pau."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_fr_dash_breakdown_falling_short_keeps_the_group(extract_all: Extract) -> None:
    """ "Les cinq personnes arrêtées – trois Belges, un Français et un binational": after a
    dash the list breaks the five down, even when one part is no known person noun."""
    text = (
        "Les cinq personnes interpellées – trois Belges, un Français et un "
        "binational franco-marocain – ont été entendues mardi à Lille."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 5


def test_ar_definite_plural_noun_with_a_dual_pronoun_after(extract_all: Extract) -> None:
    """ "القبض على المتهمين ... بحقهما": the dual pronoun says the accused are two."""
    text = "ألقت الشرطة أمس القبض على المتهمين في طنطا واتخذت الإجراءات القانونية بحقهما."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 2


def test_ar_definite_plural_noun_with_the_dual_pronoun_itself(extract_all: Extract) -> None:
    """ "ضبط المتهمين وهما ...": the pronoun هما after the noun makes two."""
    text = "وتم ضبط المتهمين وهما من جنسية آسيوية في الشارقة أمس."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 2


def test_ar_definite_plural_noun_alone_stays_uncounted(extract_all: Extract) -> None:
    """ "القبض على المتهمين" with no dual after it: no number is given."""
    text = "ألقت الشرطة أمس القبض على المتهمين في طنطا."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count is None


def test_es_occupants_are_persons(extract_all: Extract) -> None:
    """ "detuvieron a sus cuatro ocupantes": the occupants of a boat are the persons."""
    text = "Los agentes detuvieron el martes a sus cuatro ocupantes en Huelva."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 4


def test_en_passengers_of_a_vehicle_are_not_the_arrested(extract_all: Extract) -> None:
    """ "arrested two skippers after stopping a boat carrying 40 migrants": the migrants
    are the boat's passengers when the sentence counts the arrested."""
    text = "Police arrested two skippers after stopping a boat carrying 40 migrants on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_en_passengers_alone_stay_the_count(extract_all: Extract) -> None:
    """ "a boat carrying five men ... arrested them": with no other count they are it."""
    text = "Police stopped a boat carrying five men and arrested them on Monday in Almeria."
    assert one(extract_all(text), ArrestEvent).persons_count == 5


def test_en_ages_of_a_counted_group_add_no_one(extract_all: Extract) -> None:
    """ "The three men, Albanian nationals aged 20, 22 and 30": the ages describe the three."""
    text = "The three men, Albanian nationals aged 20, 22 and 30, were arrested on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_en_name_with_age_and_one_more_person(extract_all: Extract) -> None:
    """ "Tom Ellis, 44, and his brother": the age between does not stop "and" adding one."""
    text = "Officers detained Tom Ellis, 44, and his brother in Hull on Thursday."
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_en_name_with_alias_and_one_more_person(extract_all: Extract) -> None:
    """ "Tom Ellis, alias "Tiny", and his partner": two persons."""
    text = 'Officers detained Tom Ellis, alias "Tiny", and his partner in Hull on Thursday.'
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_en_count_after_a_verb_is_its_object_not_a_participles_subject(
    extract_all: Extract,
) -> None:
    """ "freed two of the five men arrested in May": the two are the release's; "arrested"
    right after the noun is a participle on it."""
    text = "A judge in Leeds on Monday freed two of the five men arrested in May."
    events = extract_all(text)
    assert one(events, ReleaseEvent).persons_count == 2


def test_es_part_of_a_group_released_after_a_relative(extract_all: Extract) -> None:
    """ "ocho personas, tres de las cuales quedaron en libertad": three are released, the
    arrest keeps eight."""
    text = (
        "La policía detuvo el lunes a ocho personas en Salto, tres de las cuales quedaron "
        "luego en libertad sin cargos."
    )
    events = extract_all(text, "es")
    assert one(events, ReleaseEvent).persons_count == 3
    assert one(events, ArrestEvent).persons_count == 8
