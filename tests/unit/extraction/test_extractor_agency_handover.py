"""An agency the suspects or the case are handed to ("the case was passed to the National
Crime Agency", "a la orden del Ministerio Público", "remis à la police judiciaire") did not
make the arrest or seizure its sentence tells; it may charge them (events.toml
`handover_cues`). Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _agencies(events: list[Event], event_type: str) -> set[str]:
    return {a.name for e in events if e.type == event_type for a in e.agencies}


def test_en_agency_handed_the_case_did_not_arrest(extract_all: Extract) -> None:
    """The NCA, passed the case after Border Force's arrest, is not an arresting agency."""
    text = (
        "Border Force officers arrested two men at the port of Dover on Monday and the case "
        "was passed to the National Crime Agency."
    )
    assert _agencies(extract_all(text), "arrest") == {"UK Border Force"}


def test_en_agency_handed_the_case_charges(extract_all: Extract) -> None:
    """The charge told after the hand-over is the NCA's."""
    text = (
        "Border Force officers arrested two men at the port of Dover on Monday and the case "
        "was passed to the National Crime Agency. The two men were charged on Tuesday with "
        "importing cocaine."
    )
    assert "National Crime Agency" in _agencies(extract_all(text), "charge")


def test_es_prosecution_receiving_the_detainees_did_not_arrest(extract_all: Extract) -> None:
    """El Ministerio Público que recibe a los detenidos no los detuvo."""
    text = (
        "Agentes de la Policía de Control de Drogas detuvieron el lunes a dos hombres en "
        "Limón, Costa Rica, que quedaron a la orden del Ministerio Público."
    )
    assert _agencies(extract_all(text, "es"), "arrest") == {"Costa Rica Drug Control Police"}


def test_fr_police_receiving_the_suspects_did_not_arrest(extract_all: Extract) -> None:
    """La police judiciaire à qui les douaniers remettent les suspects ne les a pas
    interpellés."""
    text = (
        "Les douaniers de Dunkerque ont interpellé lundi deux hommes, remis à la police "
        "judiciaire de Lille."
    )
    assert "French National Police" not in _agencies(extract_all(text, "fr"), "arrest")
