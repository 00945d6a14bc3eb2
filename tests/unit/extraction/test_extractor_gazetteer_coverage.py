"""Agencies of many states are known in every language (shared/agencies.toml): national
police forces, anti-drug bodies, customs and financial intelligence units, with the forms
local and foreign press use. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract


@pytest.mark.parametrize(
    ("language", "text", "agency"),
    [
        (
            "es",
            "Agentes del Organismo de Investigación Judicial detuvieron el lunes a dos "
            "hombres con 300 kilos de cocaína en Limón, Costa Rica.",
            "Costa Rican Judicial Investigation Agency",
        ),
        (
            "fr",
            "La gendarmerie malienne a saisi mardi 2 tonnes de résine de cannabis près de "
            "Gao, au Mali.",
            "Malian Gendarmerie",
        ),
        (
            "en",
            "The Tanzania Drug Control and Enforcement Authority seized 500 kilograms of "
            "heroin in Dar es Salaam on Monday.",
            "Tanzania Drug Control and Enforcement Authority",
        ),
        (
            "ar",
            "ضبطت الجمارك السودانية أمس مليون حبة كبتاغون في ميناء بورتسودان.",
            "Sudanese Customs",
        ),
        (
            "en",
            "Officers of the Anti-Narcotics Unit seized 80 kilograms of heroin off Mombasa, "
            "Kenya, on Monday.",
            "Kenya Anti-Narcotics Unit",
        ),
        (
            "en",
            "Acting on a FinCEN referral, agents froze $3 million in bank accounts in Miami "
            "on Tuesday.",
            "FinCEN",
        ),
    ],
)
def test_agencies_of_many_states_are_named(
    extract_all: Extract, language: str, text: str, agency: str
) -> None:
    """A seizure by a national agency outside the usual few states names that agency."""
    events = extract_all(text, language=language)
    assert events
    assert agency in {a.name for e in events for a in e.agencies}
