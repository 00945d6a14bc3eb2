"""Which state a story is set in: the suspects' nationality, an origin of the drugs or a
helping partner does not outvote the state the story tells its action in."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent


def test_es_suspects_nationality_does_not_name_the_police(extract_all: Extract) -> None:
    """ "detuvieron a cuatro ciudadanos colombianos": the suspects' nationality, told closer to
    a bare "Policía Nacional" than the town and state, does not make it Colombia's police."""
    text = (
        "Agentes de la Policía Nacional capturaron a cuatro ciudadanos colombianos y a dos "
        "venezolanos el martes en una casa de San Miguelito, en la capital de Panamá."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert [a.name for a in arrest.agencies] == ["Panamanian National Police"]
    assert arrest.countries == ["PA"]


def test_en_state_named_before_generic_name_keeps_its_agency(extract_all: Extract) -> None:
    """ "In Bulgaria, the operation was led by the General Directorate Border Police": a state
    named in the clause right before a name made of shared words says whose agency it is,
    even when another state leads the story."""
    text = (
        "Police in Romania, Romania's prosecutors and the Romanian Border Police arrested "
        "eleven people in Romania on Tuesday. In Bulgaria, the operation was led by the "
        "General Directorate Border Police, which arrested two men."
    )
    names = {a.name for e in extract_all(text) for a in e.agencies}
    assert "Bulgarian Border Police" in names
