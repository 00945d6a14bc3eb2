"""Arabic round-ups told region by region: each region's operation is an event of its own."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, Event


def _arrest_counts(events: list[Event]) -> list[int]:
    return sorted(e.persons_count or 0 for e in events if isinstance(e, ArrestEvent))


def test_ar_two_unnamed_regions_are_two_arrests(extract_all: Extract) -> None:
    """ "وفي منطقة الحدباء ... وفي منطقة الوادي الأخضر ...": regions no gazetteer knows, each
    with its own count, are two operations."""
    text = (
        "وفي منطقة الحدباء قبضت دوريات الأمن على مواطنين اثنين لترويجهما الحشيش. "
        "وفي منطقة الوادي الأخضر قبضت دوريات حرس الحدود على أربعة مخالفين لتهريبهم القات."
    )
    assert _arrest_counts(extract_all(text, "ar")) == [2, 4]


def test_ar_same_region_told_again_stays_one_arrest(extract_all: Extract) -> None:
    """ "وفي المنطقة نفسها": the region told before, one operation summed."""
    text = (
        "وفي منطقة الحدباء قبضت دوريات الأمن على مواطنين اثنين لترويجهما الحشيش. "
        "وفي المنطقة نفسها قبضت الدوريات على ثلاثة مقيمين آخرين."
    )
    assert len(_arrest_counts(extract_all(text, "ar"))) == 1


def test_ar_region_noun_later_in_the_subject_is_no_round_up(extract_all: Extract) -> None:
    """ "تمكنت عناصر الشرطة القضائية بمدينة ...": the town of the acting unit, deep in the
    sentence, opens no other operation of a later sentence that names none."""
    text = (
        "تمكنت عناصر الشرطة القضائية بمدينة الحدباء من توقيف شخصين. "
        "وفي اليوم نفسه تم توقيف شخص ثالث بالمدينة ذاتها."
    )
    assert len(_arrest_counts(extract_all(text, "ar"))) == 1


def test_ar_masdar_arrest_after_seizure_masdar(extract_all: Extract) -> None:
    """ "تمكنت ... من حجز ... وإيقاف شخصين": the arrest joined by و to the seizure."""
    text = "وتمكنت وحدات الحرس من حجز 15 كيلوغراما من القنب الهندي وإيقاف شخصين."
    assert _arrest_counts(extract_all(text, "ar")) == [2]
