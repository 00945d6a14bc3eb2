"""Vehicle searches (no raid, no seized vehicle) and drug names that hold a demonym."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import RaidEvent, SeizureEvent


def test_ar_truck_search_with_premises_word_later_is_no_raid(extract_all: Extract) -> None:
    """ "بتفتيش الشاحنة ... داخل مخزن سري": the truck was searched; the hiding place named
    later is no premises searched."""
    text = "وبتفتيش الشاحنة عثر الأعوان على 30 كيلوغراما من الحشيش داخل مخزن سري."
    events = extract_all(text, "ar")
    assert not any(isinstance(e, RaidEvent) for e in events)
    assert any(isinstance(e, SeizureEvent) for e in events)


def test_ar_car_search_near_a_house_is_no_raid(extract_all: Extract) -> None:
    """ "بتفتيش السيارة المتوقفة أمام منزله": the house only says where the car stood."""
    text = "وبتفتيش السيارة المتوقفة أمام منزل المشتبه فيه، عثر على 3 كيلوغرامات من الكوكايين."
    assert not any(isinstance(e, RaidEvent) for e in extract_all(text, "ar"))


def test_ar_house_search_stays_a_raid(extract_all: Extract) -> None:
    """ "بتفتيش منزل المتهم": premises searched, a raid."""
    text = "وبتفتيش منزل المتهم عثر المحققون على كيلوغرامين من الهيروين."
    assert any(isinstance(e, RaidEvent) for e in extract_all(text, "ar"))


def test_ar_searched_truck_is_no_seized_item(extract_all: Extract) -> None:
    """ "تفتيش دقيق للشاحنة": the truck searched is not among the seized goods."""
    text = "وأسفرت عملية تفتيش دقيقة للشاحنة عن العثور على 500 ألف قرص كبتاغون."
    seizure = next(e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent))
    assert [i.category for i in seizure.items] == ["drug"]


def test_en_searched_car_is_no_raid_nor_seized_item(extract_all: Extract) -> None:
    """ "searched a car parked outside his home": a vehicle search."""
    text = "Officers searched a car parked outside his home and found 2 kilograms of cocaine."
    events = extract_all(text, "en")
    assert not any(isinstance(e, RaidEvent) for e in events)
    seizure = next(e for e in events if isinstance(e, SeizureEvent))
    assert [i.category for i in seizure.items] == ["drug"]


def test_ar_indian_hemp_names_no_state(extract_all: Extract) -> None:
    """ "القنب الهندي" (Indian hemp) is cannabis: the demonym in the drug's name names no
    state, so the Tunisian National Guard (الحرس الوطني) keeps its own."""
    text = "وحجزت وحدات الحرس الوطني 5 كيلوغرامات من القنب الهندي."
    seizure = next(e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent))
    assert "IN" not in seizure.countries
