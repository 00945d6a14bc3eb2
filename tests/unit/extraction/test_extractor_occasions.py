"""Different occasions stay separate: an undated action takes the day stated earlier in its
paragraph, so it does not merge into another day's operation."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent


def test_en_two_operations_two_arrests(extract_all: Extract) -> None:
    """Monday's crew and Thursday's workers are two arrests, each with its day."""
    text = (
        "In the first case, officers stopped a boat near Cadiz on Monday. They recovered 900 "
        "kilograms of hashish. The three men on board were arrested.\n\n"
        "On Thursday, police raided a warehouse in Malaga. Two men were detained there."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert sorted((a.occurred_on, a.persons_count) for a in arrests) == [
        ("2024-03-11", 3),
        ("2024-03-14", 2),
    ]
