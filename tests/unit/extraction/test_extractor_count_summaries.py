"""Persons counts across sentences and lists: a lead that sums up several operations,
counts of a subset, lists of ages and names.

Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent


def test_en_lead_total_of_two_operations_is_no_third_arrest(extract_all: Extract) -> None:
    """A lead giving the total of two operations told after it adds no event of its own."""
    text = (
        "Police have arrested seven suspects in two separate operations this week.\n\n"
        "On Monday, officers arrested three men at the port of Durban.\n\n"
        "Two days later, on Wednesday, detectives arrested four women in Pretoria."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert sorted(e.persons_count or 0 for e in arrests) == [3, 4]
