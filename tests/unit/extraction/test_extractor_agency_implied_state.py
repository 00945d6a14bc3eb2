"""Agencies written without their state ("وزارة الداخلية", "la Fiscalía", "la police
judiciaire"): the state the story names decides which state's agency it is, when the
gazetteer lists that state's agency; a story set in a state without one gets none."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


def test_ar_ministry_of_interior_of_the_egyptian_story(extract_all: Extract) -> None:
    """The bare "Ministry of Interior" in a story set in Cairo is Egypt's."""
    text = "تمكنت أجهزة وزارة الداخلية من ضبط 3 أشخاص بحوزتهم 20 كيلو حشيش في القاهرة."
    assert _names(extract_all(text, "ar")) == {"Egyptian Ministry of Interior"}


def test_ar_ministry_of_interior_of_the_jordanian_story(extract_all: Extract) -> None:
    """The same words in a story set in Jordan are Jordan's ministry."""
    text = "تمكنت أجهزة وزارة الداخلية من ضبط 3 أشخاص بحوزتهم 20 كيلو حشيش في الأردن."
    assert _names(extract_all(text, "ar")) == {"Jordanian Ministry of Interior"}


def test_es_fiscalia_of_the_colombian_story(extract_all: Extract) -> None:
    """ "la Fiscalía" in a story set in Colombia is Colombia's prosecution service."""
    text = "La Fiscalía acusó formalmente a tres hombres de narcotráfico en Bogotá, Colombia."
    assert _names(extract_all(text, "es")) == {"Colombian Attorney General's Office"}


def test_es_fiscalia_of_a_state_without_an_entry_is_none(extract_all: Extract) -> None:
    """In Spain, whose general prosecution the gazetteer does not list, "la Fiscalía"
    names no agency (not another state's)."""
    text = "La Fiscalía acusó formalmente a tres hombres de narcotráfico en Madrid."
    assert _names(extract_all(text, "es")) == set()


def test_fr_police_judiciaire_of_the_moroccan_story(extract_all: Extract) -> None:
    """ "la police judiciaire" in a story set in Casablanca is Morocco's police."""
    text = "La police judiciaire a interpellé trois hommes mardi à Casablanca."
    assert _names(extract_all(text, "fr")) == {"Moroccan General Directorate of National Security"}


def test_fr_police_judiciaire_of_the_french_story(extract_all: Extract) -> None:
    """The same words in a story set in Lyon are the French National Police."""
    text = "La police judiciaire a interpellé trois hommes mardi à Lyon."
    assert _names(extract_all(text, "fr")) == {"French National Police"}
