"""An agency of a state where the event did not take place, named only in other sentences
than the event's own, helped another state's operation: it is not credited with the
event. Named in the event's own sentence, it acted and stays."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


def test_es_foreign_agency_credited_with_support_stays(extract_all: Extract) -> None:
    """The DEA that a sentence credits with supporting the investigation of a Colombian
    arrest took part in it: it is credited with the arrest (its country is no location)."""
    text = (
        "La Policía Nacional de Colombia detuvo a cinco hombres en Cali el martes.\n\n"
        "La investigación contó con el apoyo de la DEA."
    )
    events = extract_all(text, "es")
    assert _names(events) == {"Colombian National Police", "DEA"}
    assert {c for e in events for c in e.countries} == {"CO"}


def test_es_foreign_agency_named_with_the_action_stays(extract_all: Extract) -> None:
    """The DEA named as one of those who made the arrest is credited with it."""
    text = "La Policía Nacional de Colombia y la DEA detuvieron a cinco hombres en Cali el martes."
    assert _names(extract_all(text, "es")) == {"Colombian National Police", "DEA"}


def test_en_foreign_police_passing_information_is_left_out(extract_all: Extract) -> None:
    """A foreign police force that passed information to the agency of a British seizure
    is not credited with the seizure; the British agency is."""
    text = (
        "Border Force officers seized 30 kilograms of heroin at Dover on Tuesday.\n\n"
        "The Dutch police had passed information to the National Crime Agency."
    )
    assert _names(extract_all(text)) == {"UK Border Force", "National Crime Agency"}
