"""Islands and small states next to bigger ones, and towns of states the gazetteer covered
thinly, locate an action in their own state; a strait between two states locates it in
neither. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract
from worker.models import Event, SeizureEvent


def _countries(events: list[Event]) -> set[str]:
    return {c for e in events for c in e.countries}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("en", "Police in Tobago seized 40 kg of marijuana on Monday.", "TT"),
        ("en", "Police seized 30 kg of cocaine in Icacos on Monday.", "TT"),
        ("es", "La policía decomisó 500 paquetes de droga en Darién el lunes.", "PA"),
        ("es", "Agentes incautaron 300 kilos de cocaína en Puerto Armuelles el lunes.", "PA"),
        ("es", "La policía detuvo a dos hombres en Chiriquí con 90 kilos de cocaína.", "PA"),
        ("fr", "La police a saisi 4 kg d'héroïne à Grand-Baie lundi.", "MU"),
        ("fr", "La police a interpellé deux passeurs à Anjouan lundi.", "KM"),
        ("fr", "Les gendarmes ont saisi 20 kg de cocaïne à Nosy Be lundi.", "MG"),
        ("en", "Police arrested two men in Spanish Town on Monday with 15 kg of ganja.", "JM"),
        ("fr", "La police a saisi 2 kg de cocaïne à Port-de-Paix lundi.", "HT"),
    ],
)
def test_towns_and_islands_of_small_states(
    extract_all: Extract, language: str, text: str, country: str
) -> None:
    """The place names the state it belongs to, not its bigger neighbour."""
    assert _countries(extract_all(text, language)) == {country}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "La Guardia Civil intervino 2.000 kilos de hachís en una narcolancha en el "
            "Estrecho de Gibraltar el lunes.",
        ),
        (
            "en",
            "The Spanish Civil Guard seized 2 tonnes of hashish in the Strait of Gibraltar "
            "on Monday.",
        ),
    ],
)
def test_strait_names_no_state(extract_all: Extract, language: str, text: str) -> None:
    """A strait between two states is no location and names no story's state: the acting
    agency's home state locates the seizure (not Gibraltar, whose name is in the strait's)."""
    seizure = next(e for e in extract_all(text, language) if isinstance(e, SeizureEvent))
    assert seizure.countries == ["ES"]
    assert [a.name for a in seizure.agencies] == ["Guardia Civil"]


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        (
            "es",
            "Policías estatales detuvieron a dos hombres el lunes en la colonia Guatemala de "
            "Culiacán, Sinaloa, con 12 kilos de metanfetamina.",
            "MX",
        ),
        (
            "fr",
            "Les policiers ont interpellé deux hommes lundi dans le quartier Brésil de "
            "Marseille avec 3 kg de cannabis.",
            "FR",
        ),
    ],
)
def test_country_name_after_a_locality_noun_is_a_town(
    extract_all: Extract, language: str, text: str, country: str
) -> None:
    """A country name right after a locality noun ("la colonia Guatemala", "the village of
    Jordan", « le quartier Brésil ») names a district or town, not that country."""
    assert _countries(extract_all(text, language)) == {country}


def test_en_country_name_after_village_of_is_no_location(extract_all: Extract) -> None:
    """ "the village of Jordan": a village's name, not the kingdom."""
    text = "Officers arrested two men in the village of Jordan on Monday with 4 kg of cannabis."
    assert "JO" not in _countries(extract_all(text))
