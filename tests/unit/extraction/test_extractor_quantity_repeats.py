"""A quantity told twice (roughly, then exactly) and a weight with its imperial conversion in
brackets."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import SeizureEvent


def _drugs(extract_all: Extract, text: str) -> list[tuple[float | None, str | None]]:
    seizure = next(e for e in extract_all(text) if isinstance(e, SeizureEvent))
    return [(i.quantity, i.unit) for i in seizure.items if i.category == "drug"]


def test_en_rough_figure_yields_to_exact_one(extract_all: Extract) -> None:
    """ "more than two tonnes" in the lead, "2.2 tonnes" later: one quantity, the exact one."""
    text = (
        "Police seized more than two tonnes of hashish on Monday. "
        "Officers recovered 74 bales containing 2.2 tonnes of hashish."
    )
    assert _drugs(extract_all, text) == [(2.2, "t")]


def test_en_metric_weight_before_bracketed_pounds(extract_all: Extract) -> None:
    """ "10 kilograms (22 pounds) of fentanyl": the metric figure, across the conversion."""
    text = "Agents seized nearly 10 kilograms (22 pounds) of fentanyl powder in Houston."
    assert _drugs(extract_all, text) == [(10.0, "kg")]
