"""Helpers for tests that build an extractor on one shipped lexicon folder only."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import Article, Event, SeizedItem, SeizureEvent


def extract_in(
    extractor: Extractor, language: str, text: str, published: str = "2024-03-15"
) -> list[Event]:
    article = Article(id=f"t-{language}", text=text, language=language, published_at=published)
    return extractor.extract(article).events


def drug(event: SeizureEvent, substance: str) -> SeizedItem:
    """The one drug item of that substance (fails when there is none or several)."""
    found = [i for i in event.items if i.category == "drug" and i.substance == substance]
    assert len(found) == 1, event.items
    return found[0]
