"""Languages that write weekdays in lower case (language.toml `lowercase_weekdays`): a
capitalised weekday inside a sentence is part of a name, not a date."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract


def test_es_capitalised_weekday_in_a_city_name_is_no_date(extract_all: Extract) -> None:
    """ "SANTO DOMINGO.–" opens a Dominican dispatch: the city's "Domingo" is no Sunday."""
    events = extract_all(
        "SANTO DOMINGO.– Agentes policiales arrestaron a dos hombres en La Romana.",
        "es",
        "2026-03-12",
    )
    assert [e.occurred_on for e in events if e.type == "arrest"] == [None]


def test_es_lowercase_weekday_is_still_a_date(extract_all: Extract) -> None:
    """ "el domingo" in lower case is the Sunday before publication."""
    events = extract_all(
        "Agentes policiales arrestaron el domingo a dos hombres en Santo Domingo Este.",
        "es",
        "2026-03-12",
    )
    assert [str(e.occurred_on) for e in events if e.type == "arrest"] == ["2026-03-08"]


def test_fr_weekday_opening_a_sentence_is_a_date(extract_all: Extract) -> None:
    """A sentence may open on a capitalised weekday: "Mardi, les gendarmes ont interpellé"."""
    events = extract_all(
        "Mardi, les gendarmes ont interpellé trois hommes à Rennes.", "fr", "2026-03-12"
    )
    assert [str(e.occurred_on) for e in events if e.type == "arrest"] == ["2026-03-10"]
