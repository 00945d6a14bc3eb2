"""Persons counts from a subject before a trigger that holds its own auxiliary, and years
that are no counts."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, ChargeEvent


def test_en_number_before_trigger_with_its_auxiliary(extract_all: Extract) -> None:
    """ "All three were charged": the trigger phrase "were charged" holds the auxiliary; the
    number before it is the count."""
    text = "All three were charged with importing a commercial quantity of methamphetamine."
    charge = next(e for e in extract_all(text) if isinstance(e, ChargeEvent))
    assert charge.persons_count == 3


def test_es_year_before_officials_is_no_count(extract_all: Extract) -> None:
    """ "en octubre de 2023 por funcionarios": the year before the officials counts nobody."""
    text = "Fueron detenidos en octubre de 2023 por funcionarios de Carabineros en la Ruta 5."
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert arrest.persons_count != 2023
