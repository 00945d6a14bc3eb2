"""Arrests: persons counts and the precision rules around arrest triggers (ar + en)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import ArrestEvent, SeizureEvent


def test_en_arrest_with_count(extract: Extract) -> None:
    """A number before a person noun is the persons count."""
    event = one(extract("Police in Madrid arrested 12 suspects on Monday."), ArrestEvent)
    assert event.persons_count == 12
    assert event.persons_count_qualifier == "exact"


def test_ar_arrest_with_count(extract: Extract) -> None:
    """Arabic: القبض على + number + person noun."""
    event = one(extract("ألقت الشرطة القبض على 7 أشخاص في مدينة طنجة.", "ar"), ArrestEvent)
    assert event.persons_count == 7


def test_en_more_than_is_at_least(extract: Extract) -> None:
    """'more than N' gives N with qualifier at_least."""
    event = one(extract("More than 40 people were detained in the sweep."), ArrestEvent)
    assert (event.persons_count, event.persons_count_qualifier) == (40, "at_least")


def test_ar_dual_person_noun_counts_two(extract: Extract) -> None:
    """The Arabic dual شخصين is two persons."""
    event = one(extract("تمكنت الأجهزة الأمنية من توقيف شخصين بحوزتهما أسلحة.", "ar"), ArrestEvent)
    assert event.persons_count == 2


def test_en_total_preferred_over_parts(extract: Extract) -> None:
    """'a total of 30 ... including 4 women' is 30, not 34."""
    event = one(
        extract("A total of 30 people were arrested, including 4 women and 2 minors."), ArrestEvent
    )
    assert event.persons_count == 30


def test_ar_part_is_not_added(extract: Extract) -> None:
    """بينهم introduces a part of the total."""
    text = "تم القبض على 15 متهما بينهم 3 نساء في عملية أمنية."
    assert one(extract(text, "ar"), ArrestEvent).persons_count == 15


def test_en_parts_are_summed_without_total(extract: Extract) -> None:
    """Only parts given (6 in A, 10 in B): their sum."""
    text = (
        "Police arrested 6 suspects in Lyon. Officers also arrested 10 suspects in Marseille. "
        "In Paris, 13 suspects were arrested."
    )
    assert one(extract(text), ArrestEvent).persons_count == 29


def test_en_repeated_figure_is_not_summed(extract: Extract) -> None:
    """The same operation told twice with the same figure stays one count."""
    text = "Police arrested 8 people on Tuesday. The 8 people were arrested after a long probe."
    assert one(extract(text), ArrestEvent).persons_count == 8


def test_en_several_suspects_has_no_count(extract: Extract) -> None:
    """No number given: persons_count is null."""
    assert one(extract("Police arrested several suspects."), ArrestEvent).persons_count is None


def test_en_one_named_person_is_one(extract: Extract) -> None:
    """A single named person arrested counts 1."""
    assert one(extract("Police arrested John Marston in Leeds."), ArrestEvent).persons_count == 1


def test_ar_single_suspect_is_one(extract: Extract) -> None:
    """المتهم (the suspect, singular) counts 1."""
    assert one(extract("تم القبض على المتهم في القاهرة.", "ar"), ArrestEvent).persons_count == 1


def test_en_arrest_warrant_is_not_an_arrest(extract: Extract) -> None:
    """Warrants are not arrests."""
    assert extract("A judge issued an arrest warrant for the businessman.") == []


def test_en_red_notice_wanted_is_not_an_arrest(extract: Extract) -> None:
    """Wanted under a Red Notice, being sought: no event."""
    text = "He is wanted under an Interpol Red Notice and police are searching for him."
    assert of_type(extract(text), "arrest") == []


def test_ar_being_sought_is_not_an_arrest(extract: Extract) -> None:
    """جار ضبطه (being sought) is not an arrest."""
    assert of_type(extract("تم تحديد هوية المتهم وجار ضبطه.", "ar"), "arrest") == []


def test_ar_warrant_is_not_an_arrest(extract: Extract) -> None:
    """مذكرة توقيف is a warrant."""
    assert extract("أصدرت النيابة مذكرة توقيف بحق رجل الأعمال.", "ar") == []


def test_en_denial_is_not_an_arrest(extract: Extract) -> None:
    """The ministry denied that anyone was arrested."""
    assert extract("The ministry denied that anyone was arrested after the match.") == []


def test_ar_denial_is_not_an_arrest(extract: Extract) -> None:
    """نفت ... القبض: a denial."""
    text = "نفت وزارة الداخلية ما تردد عن القبض على اللاعب."
    assert of_type(extract(text, "ar"), "arrest") == []


def test_ar_not_done_is_not_an_arrest(extract: Extract) -> None:
    """لم يتم القبض: not done."""
    assert of_type(extract("لم يتم القبض على أي شخص حتى الآن.", "ar"), "arrest") == []


def test_en_future_arrest_is_not_an_event(extract: Extract) -> None:
    """Plans are not events."""
    assert extract("Police say they will arrest the gang leaders next week.") == []


def test_ar_future_arrest_is_not_an_event(extract: Extract) -> None:
    """سيتم القبض: future."""
    assert extract("وقال المسؤول إنه سيتم القبض على المتورطين قريبا.", "ar") == []


def test_en_cardiac_arrest_is_not_an_arrest(extract: Extract) -> None:
    """A lexical trap: cardiac arrest."""
    assert extract("The singer died of cardiac arrest at his home.") == []


def test_ar_arrest_with_pronoun_suffix(extract: Extract) -> None:
    """ضبطه: a pronoun on ضبط is the arrested person."""
    events = extract("وتمكنت قوات الأمن من ضبطه أثناء محاولته الهرب.", "ar")
    assert one(events, ArrestEvent).type == "arrest"


def test_ar_dabt_with_person_is_arrest(extract: Extract) -> None:
    """ضبط followed by persons is an arrest, not a seizure."""
    events = extract("تم ضبط 4 متهمين في حي شعبي.", "ar")
    assert one(events, ArrestEvent).persons_count == 4
    assert of_type(events, "seizure") == []


def test_ar_dabt_with_goods_is_seizure(extract: Extract) -> None:
    """ضبط followed by goods is a seizure, not an arrest."""
    events = extract("تم ضبط 20 كيلوغراما من الحشيش في شاحنة.", "ar")
    assert of_type(events, "arrest") == []
    item = one(events, SeizureEvent).items[0]
    assert (item.substance, item.quantity, item.unit) == ("hashish", 20.0, "kg")


def test_ar_self_restraint_is_not_an_event(extract: Extract) -> None:
    """ضبط النفس (self-restraint) is a trap."""
    assert extract("دعا الوزير جميع الأطراف إلى ضبط النفس.", "ar") == []
