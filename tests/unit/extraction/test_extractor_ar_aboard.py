"""Arabic ضبط of a vessel or vehicle with persons aboard: those aboard are arrested too."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, Event


def _arrest_counts(events: list[Event]) -> list[int]:
    return sorted(e.persons_count or 0 for e in events if isinstance(e, ArrestEvent))


def test_ar_boat_with_persons_on_board_gives_an_arrest(extract_all: Extract) -> None:
    """ "ضبطت ... قاربا على متنه 12 متسللا": the boat is seized, the twelve are arrested."""
    text = "ضبطت دوريات خفر السواحل قاربا قبالة الساحل على متنه 12 متسللا يوم الخميس."
    events = extract_all(text, "ar")
    assert _arrest_counts(events) == [12]
    assert any(e.type == "seizure" for e in events)


def test_ar_vehicle_carrying_persons_gives_an_arrest(extract_all: Extract) -> None:
    """ "ضبط سيارة تقل أربعة أشخاص": the persons the vehicle carried are taken too."""
    text = "تمكنت دوريات الأمن من ضبط سيارة تقل أربعة أشخاص على الطريق الصحراوي."
    assert _arrest_counts(extract_all(text, "ar")) == [4]


def test_ar_goods_on_board_give_no_arrest(extract_all: Extract) -> None:
    """ "ضبطت شاحنة على متنها 300 كيلوغرام": goods aboard are no persons."""
    text = "ضبطت الجمارك شاحنة على متنها 300 كيلوغرام من الحشيش."
    assert _arrest_counts(extract_all(text, "ar")) == []


def test_ar_pluperfect_passive_of_a_person_is_a_background_arrest(extract_all: Extract) -> None:
    """ "وكان المتهم قد ضُبط في المطار في مارس الماضي": the person taken earlier."""
    text = (
        "أحالت النيابة العامة متهما إلى المحكمة بتهمة تهريب المخدرات يوم الأحد. "
        "وكان المتهم قد ضبط في مطار القاهرة في نوفمبر الماضي وبحوزته كمية من الهيروين."
    )
    arrests = [e for e in extract_all(text, "ar", "2025-03-16") if isinstance(e, ArrestEvent)]
    assert [e.background for e in arrests] == [True]


def test_ar_pluperfect_of_officers_seizing_is_no_arrest(extract_all: Extract) -> None:
    """ "وكان رجال الأمن قد ضبطوا كمية": the officers' seizure, no arrest."""
    text = "وكان رجال الأمن قد ضبطوا كمية من الحشيش في الميناء في يونيو الماضي."
    assert _arrest_counts(extract_all(text, "ar")) == []
