"""Extraction quality on the measured splits (corpus/test and corpus/holdout) never drops.

`corpus/baseline.json` records the F1 per language and metric last measured on those splits
(`event-worker eval corpus/test corpus/holdout --json corpus/baseline.json`); a change that
loses more than the tolerance on any of them fails here. The issue-3 targets are higher than
today's figures; the README's quality section gives both.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worker.evaluation import Report, evaluate, load_corpus
from worker.extraction import Extractor

REPO = Path(__file__).resolve().parents[2]
BASELINE = REPO / "corpus" / "baseline.json"
MEASURED_SPLITS = ("test", "holdout")
# Small corpora: one event more or less moves an F1 by ~0.01-0.03.
TOLERANCE = 0.03


@pytest.fixture(scope="module")
def report() -> Report:
    corpus = [item for split in MEASURED_SPLITS for item in load_corpus(REPO / "corpus" / split)]
    return evaluate(corpus, Extractor())


def _baseline() -> list[tuple[str, str, float]]:
    scores = json.loads(BASELINE.read_text(encoding="utf-8"))["scores"]
    return [
        (language, metric, figures["f1"])
        for language, metrics in scores.items()
        for metric, figures in metrics.items()
        if metric == "events" or metric.startswith("field:")
    ]


@pytest.mark.parametrize(("language", "metric", "floor"), _baseline())
def test_f1_does_not_fall_below_the_baseline(
    report: Report, language: str, metric: str, floor: float
) -> None:
    """The measured F1 stays within the tolerance of the recorded baseline."""
    assert report.get(language, metric).f1 >= floor - TOLERANCE


def test_trap_articles_gain_no_new_events(report: Report) -> None:
    """Articles without gold events that get events are no more than in the baseline."""
    recorded = json.loads(BASELINE.read_text(encoding="utf-8"))["empty_articles_with_events"]
    assert len(report.empty_articles_with_events) <= len(recorded)
