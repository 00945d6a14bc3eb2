"""Sentences that tell no action of the story (a plan, a running total, a denial, a
hypothesis) credit none of its events with the agencies they name."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


def test_es_agency_of_a_planned_operation_is_not_credited(extract_all: Extract) -> None:
    """An agency that will start a plan next week did not make today's seizure."""
    text = (
        "La Guardia Civil ha intervenido 300 kilos de hachís en Algeciras este martes.\n\n"
        "La Policía Nacional pondrá en marcha un nuevo plan la próxima semana."
    )
    assert _names(extract_all(text, "es")) == {"Guardia Civil"}


def test_es_agency_of_a_running_total_is_not_credited(extract_all: Extract) -> None:
    """An agency quoted for its yearly total did not make the seizure told."""
    text = (
        "La Guardia Civil ha intervenido 300 kilos de hachís en Algeciras este martes.\n\n"
        "En lo que va del año, la Policía Nacional asegura haber intervenido 40 toneladas."
    )
    assert _names(extract_all(text, "es")) == {"Guardia Civil"}


def test_en_agency_leading_the_investigation_is_credited(extract_all: Extract) -> None:
    """A sentence without such a cue still credits its agency to the operation."""
    text = (
        "Officers seized 30 kilograms of heroin at Dover on Tuesday.\n\n"
        "The National Crime Agency is leading the investigation."
    )
    assert _names(extract_all(text)) == {"National Crime Agency"}
