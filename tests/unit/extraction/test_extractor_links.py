"""The language's "of" ("de", "d'") joins amounts, units and substances without lexicon
phrases such as "d'euros" or "de kilos"."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import SeizureEvent


def test_fr_million_d_euros_is_cash(extract_all: Extract) -> None:
    """ "2,5 millions d'euros": the amount reaches its currency over "d'"."""
    text = "Les douaniers ont saisi 2,5 millions d'euros en liquide lundi à Lille."
    event = one(extract_all(text, "fr"), SeizureEvent)
    assert [(i.amount, i.currency) for i in event.items] == [(2_500_000, "EUR")]


def test_fr_trentaine_de_kilos(extract_all: Extract) -> None:
    """ "une vingtaine de kilos de cannabis": an approximate figure, "de", then the unit."""
    text = "Les gendarmes ont saisi une vingtaine de kilos de cannabis dans une voiture."
    event = one(extract_all(text, "fr"), SeizureEvent)
    drug = next(i for i in event.items if i.category == "drug")
    assert (drug.substance, drug.quantity, drug.unit) == ("cannabis", 20, "kg")


def test_fr_kg_d_opium(extract_all: Extract) -> None:
    """ "4 kg d'opium": the unit reaches the substance over "d'"."""
    event = one(extract_all("Les policiers ont saisi 4 kg d'opium à Roissy.", "fr"), SeizureEvent)
    drug = next(i for i in event.items if i.category == "drug")
    assert (drug.substance, drug.quantity, drug.unit) == ("opium", 4, "kg")


def test_es_miles_de_dolares(extract_all: Extract) -> None:
    """Spanish "300.000 de dólares"-style amounts reach the currency over "de"."""
    text = "La policía incautó 3 millones de dólares en efectivo en una casa de Cali."
    event = one(extract_all(text, "es"), SeizureEvent)
    assert [(i.amount, i.currency) for i in event.items] == [(3_000_000, "USD")]


def test_es_toneladas_de_cocaina(extract_all: Extract) -> None:
    """ "dos toneladas de cocaína": number word, unit over nothing, substance over "de"."""
    text = "Los agentes intervinieron dos toneladas de cocaína en el puerto de Valencia."
    event = one(extract_all(text, "es"), SeizureEvent)
    drug = next(i for i in event.items if i.category == "drug")
    assert (drug.substance, drug.quantity, drug.unit) == ("cocaine", 2, "t")
