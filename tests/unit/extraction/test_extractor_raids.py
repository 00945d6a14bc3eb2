"""Raids are searches of premises (not of cars, stocks or operations in general); handovers
are extraditions only between states."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_en_searched_a_house_is_a_raid(extract_all: Extract) -> None:
    """ "officers searched a house": premises were searched."""
    text = "Officers searched a house in Bolton on Tuesday and found cannabis plants."
    assert len(of_type(extract_all(text), "raid")) == 1


def test_en_searched_a_car_is_no_raid(extract_all: Extract) -> None:
    """A vehicle search is no raid."""
    text = "Officers stopped and searched a van on the M6 on Tuesday."
    assert of_type(extract_all(text), "raid") == []


def test_en_raided_in_another_sense_is_no_raid(extract_all: Extract) -> None:
    """ "investors raided tech stocks": no premises, no raid."""
    text = "Investors raided technology stocks again on Friday."
    assert of_type(extract_all(text), "raid") == []


def test_en_search_warrant_executed_is_a_raid(extract_all: Extract) -> None:
    """ "executed a search warrant at a flat" is a search of premises."""
    text = "Detectives executed a search warrant at a flat in Leeds on Monday."
    assert len(of_type(extract_all(text), "raid")) == 1


def test_en_operation_carried_out_is_no_raid(extract_all: Extract) -> None:
    """ "The operation was carried out by the navy" names no search."""
    text = "The operation was carried out by the navy with help from the coast guard."
    assert of_type(extract_all(text), "raid") == []


def test_ar_car_search_is_no_raid(extract_all: Extract) -> None:
    """تفتيش السيارة: a vehicle search is no raid."""
    text = "وبعد تفتيش السيارة عثر الأعوان على كمية من الأقراص المخدرة."
    assert of_type(extract_all(text, "ar"), "raid") == []


def test_ar_house_search_is_a_raid(extract_all: Extract) -> None:
    """تفتيش منزل المشتبه فيه: premises were searched."""
    text = "وأسفر تفتيش منزل المشتبه فيه عن حجز مبلغ مالي."
    assert len(of_type(extract_all(text, "ar"), "raid")) == 1


def test_en_handover_between_states_is_extradition(extract_all: Extract) -> None:
    """ "handed him over to Morocco": a transfer to another state."""
    assert (
        len(of_type(extract_all("Spain handed him over to Morocco on Friday."), "extradition")) == 1
    )


def test_en_handover_to_prosecutors_is_no_extradition(extract_all: Extract) -> None:
    """ "handed over to federal prosecutors": a domestic step, no extradition."""
    text = "The crew were handed over to federal prosecutors in the port."
    assert of_type(extract_all(text), "extradition") == []


def test_en_raided_an_industrial_unit(extract_all: Extract) -> None:
    """An industrial unit is premises."""
    text = "Officers raided an industrial unit outside Hull on Thursday."
    assert len(of_type(extract_all(text), "raid")) == 1
