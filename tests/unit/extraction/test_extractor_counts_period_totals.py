"""Persons counts: a total told over a period is no action's count."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type
from worker.models import ArrestEvent, Event


def _news_counts(events: list[Event], event_type: str) -> list[int | None]:
    return [
        getattr(e, "persons_count", None) for e in of_type(events, event_type) if not e.background
    ]


def test_en_this_year_total_does_not_merge(extract_all: Extract) -> None:
    """ "This year, officers have arrested 412 suspects": the news arrest keeps its one."""
    text = (
        "Police in Ibadan arrested a man on Friday on suspicion of burglary. This year, "
        "officers have arrested 412 suspects in the state."
    )
    assert _news_counts(extract_all(text), "arrest") == [1]


def test_fr_year_so_far_total_does_not_merge(extract_all: Extract) -> None:
    """ "Cette année, 412 personnes ont été interpellées": a running total, not today's."""
    text = (
        "Un homme a été interpellé vendredi à Toulon. Cette année, 412 personnes ont été "
        "interpellées dans la ville."
    )
    assert _news_counts(extract_all(text, "fr"), "arrest") == [1]


def test_en_since_year_total_has_no_count(extract_all: Extract) -> None:
    """ "has extradited more than 150 suspects since 2019": no extradition of 150."""
    text = (
        "Peru extradited a man to Spain on Tuesday. The country has extradited more than "
        "150 suspects since 2019."
    )
    events = of_type(extract_all(text), "extradition")
    assert all(getattr(e, "persons_count", None) != 150 for e in events)
    assert _news_counts(events, "extradition") == [1]


def test_en_period_in_a_relative_clause_keeps_the_count(extract_all: Extract) -> None:
    """A period told of something else in a relative clause leaves the count alone."""
    text = (
        "Police in Leeds arrested nine members of a gang which has carried out dozens of "
        "burglaries this year."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert [e.persons_count for e in arrests] == [9]
