"""A demonym that names one state's force qualifies the force noun coordinated with it
("Colombian police and soldiers", "policiers et militaires maliens"): both forces acted.
Soldiers named by their state are its army. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


@pytest.mark.parametrize(
    ("language", "text", "agencies"),
    [
        (
            "en",
            "Colombian police and soldiers arrested five people in Medellín on Sunday.",
            {"Colombian National Police", "Colombian Army"},
        ),
        (
            "fr",
            "Des policiers et militaires maliens ont saisi mardi deux tonnes de cannabis à Gao.",
            {"Malian National Police", "Malian Armed Forces"},
        ),
        (
            "es",
            "Policías y militares ecuatorianos detuvieron el jueves a tres hombres en Manta.",
            {"Ecuador National Police", "Ecuadorian Armed Forces"},
        ),
    ],
)
def test_a_demonym_qualifies_both_coordinated_forces(
    extract_all: Extract, language: str, text: str, agencies: set[str]
) -> None:
    """Both forces the demonym qualifies are the acting agencies."""
    assert agencies <= _names(extract_all(text, language))


def test_en_soldiers_of_a_state_are_its_army(extract_all: Extract) -> None:
    """ "Mexican soldiers" acted for the Mexican Army."""
    text = "Mexican soldiers seized 1.6 tonnes of methamphetamine near Culiacán on Wednesday."
    assert "Mexican Army" in _names(extract_all(text))
