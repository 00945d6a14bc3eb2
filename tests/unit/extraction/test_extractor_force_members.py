"""A person noun joined to the acting force ("عناصر الدرك", "أفراد الشرطة") names the
force's men, the subject of the verb, not the persons it acted on."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, SeizureEvent


def test_ar_force_members_before_goods_is_a_seizure(extract_all: Extract) -> None:
    """ "حجزت عناصر الدرك ... طنا من الشيرا": the gendarmes seized the hashish."""
    event = one(
        extract_all("حجزت عناصر الدرك قرب القنيطرة نحو 900 كيلوغرام من الحشيش.", "ar"),
        SeizureEvent,
    )
    assert [(i.substance, i.quantity, i.unit) for i in event.items] == [("hashish", 900.0, "kg")]


def test_ar_force_members_before_persons_counts_the_persons(extract_all: Extract) -> None:
    """ "أوقفت عناصر الشرطة ثلاثة أشخاص": three persons arrested, the officers not counted."""
    event = one(extract_all("أوقفت عناصر الشرطة ثلاثة أشخاص في مدينة وجدة.", "ar"), ArrestEvent)
    assert event.persons_count == 3


def test_ar_members_of_a_gang_stay_the_object(extract_all: Extract) -> None:
    """ "عناصر العصابة" are persons acted on: no force follows the noun."""
    event = one(extract_all("أوقفت الشرطة عناصر العصابة في مدينة فاس.", "ar"), ArrestEvent)
    assert event.type == "arrest"


def test_ar_agency_name_opening_on_men_is_the_subject(extract_all: Extract) -> None:
    """ "أحبط أعوان الديوانة ... تهريب 2 كلغ": the customs agents foiled it, the goods remain
    the object (Maghreb agency names open on أعوان)."""
    event = one(
        extract_all(
            "أحبط أعوان الديوانة بميناء رادس مساء الأحد محاولة تهريب 2 كلغ من الكوكايين.",
            "ar",
        ),
        SeizureEvent,
    )
    assert [(i.substance, i.quantity) for i in event.items] == [("cocaine", 2.0)]
