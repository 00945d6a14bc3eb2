"""French agency names (shared/agencies.toml, fr/events.toml): units, generic customs words
resolved by the state the article names, and agencies handed a case after the action.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import one
from tests.unit.extraction.single_language import extract_in
from worker.extraction import Extractor
from worker.models import ArrestEvent, Event, SeizureEvent


@pytest.fixture(scope="module")
def fr_extractor() -> Extractor:
    return Extractor(languages=("fr",))


def run(extractor: Extractor, text: str) -> list[Event]:
    return extract_in(extractor, "fr", text, "2024-03-15")


def names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_douaniers_in_a_french_port_are_french_customs(fr_extractor: Extractor) -> None:
    """'les douaniers' in a story set in France: French Customs."""
    events = run(fr_extractor, "Au port de Marseille, les douaniers ont saisi 300 kg de cocaïne.")
    assert names(one(events, SeizureEvent)) == {"French Customs"}


def test_douane_in_a_moroccan_story_is_moroccan_customs(fr_extractor: Extractor) -> None:
    """The bare word 'la douane' takes the customs of the state the article names."""
    events = run(
        fr_extractor,
        "Au port de Tanger, au Maroc, la douane a saisi 2 tonnes de résine de cannabis.",
    )
    assert names(one(events, SeizureEvent)) == {"Moroccan Customs Administration"}


def test_section_de_recherches_is_the_gendarmerie(fr_extractor: Extractor) -> None:
    """'la section de recherches' is a unit of the French Gendarmerie."""
    events = run(
        fr_extractor,
        "Les enquêteurs de la section de recherches de Toulouse ont interpellé quatre hommes.",
    )
    assert names(one(events, ArrestEvent)) == {"French Gendarmerie"}


def test_police_judiciaire_of_a_french_city_is_the_national_police(
    fr_extractor: Extractor,
) -> None:
    """'la police judiciaire de Lille' (and SRPJ) is the French National Police."""
    events = run(
        fr_extractor, "La police judiciaire de Lille a interpellé trois suspects à Roubaix."
    )
    assert names(one(events, ArrestEvent)) == {"French National Police"}


def test_srpj_acronym_is_the_national_police(fr_extractor: Extractor) -> None:
    """The acronym 'SRPJ' names a regional service of the French National Police."""
    events = run(fr_extractor, "Les policiers du SRPJ de Nantes ont interpellé deux hommes.")
    assert names(one(events, ArrestEvent)) == {"French National Police"}


def test_ocrtis_in_france_is_ofast(fr_extractor: Extractor) -> None:
    """'l'OCRTIS' in a French story is the office OFAST replaced, not Senegal's OCRTIS."""
    events = run(fr_extractor, "En 2019 à Paris, l'OCRTIS a interpellé cinq trafiquants français.")
    assert "OFAST" in names(one(events, ArrestEvent))


def test_agency_handed_the_case_afterwards_did_not_act(fr_extractor: Extractor) -> None:
    """'L'enquête a été confiée à l'OFAST' after a customs seizure: OFAST did not act."""
    events = run(
        fr_extractor,
        "Au Havre, les douaniers ont saisi 500 kg de cocaïne mardi. "
        "L'enquête a été confiée à l'Office anti-stupéfiants.",
    )
    assert names(one(events, SeizureEvent)) == {"French Customs"}


def test_country_naming_a_street_is_not_a_location(fr_extractor: Extractor) -> None:
    """'rue de Hongrie' in Marseille: the street's name does not place the arrest in Hungary."""
    events = run(fr_extractor, "Deux hommes ont été interpellés rue de Hongrie, à Marseille.")
    assert one(events, ArrestEvent).countries == ["FR"]


def test_mise_en_examen_takes_no_police_agency(fr_extractor: Extractor) -> None:
    """A judge brings a "mise en examen": the gendarmes who arrested the suspects are not
    credited with it (they stay on the arrest)."""
    text = (
        "Les gendarmes de la section de recherches de Montpellier ont interpellé mardi "
        "quatre personnes à Sète. Trois d'entre elles ont été mises en examen vendredi."
    )
    events = run(fr_extractor, text)
    charges = [e for e in events if e.type == "charge"]
    arrests = [e for e in events if isinstance(e, ArrestEvent)]
    assert charges
    assert not charges[0].agencies
    assert arrests
    assert names(arrests[0]) == {"French Gendarmerie"}
