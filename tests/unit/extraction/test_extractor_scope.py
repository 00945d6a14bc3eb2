"""Scope of what a sentence says: background cues stay in their clause; agencies that ran
the operation in a sentence of their own attach to its actions."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, SeizureEvent, SentenceEvent


def test_en_background_cue_stays_in_its_clause(extract_all: Extract) -> None:
    """ "had previously been jailed, and on Monday police arrested him": the arrest is news."""
    text = "He had previously been jailed for theft, and on Monday police arrested him in York."
    events = extract_all(text)
    assert one(events, SentenceEvent).background is True
    assert one(events, ArrestEvent).background is False


def test_ar_pluperfect_covers_coordinated_action(extract_all: Extract) -> None:
    """كانت قد ضبطت ...، واعتقلت: the coordinated arrest shares the pluperfect."""
    text = "وأضاف أن الشرطة كانت قد ضبطت شحنة من الحشيش في ميناء طنجة، واعتقلت ثلاثة مهربين."
    assert one(extract_all(text, "ar"), ArrestEvent).background is True


def test_en_agency_sentence_attaches_to_operation(extract_all: Extract) -> None:
    """An agency named in a sentence of its own ran the operation told next to it."""
    text = (
        "Police seized 300 kilograms of cocaine in a warehouse in Rotterdam on Tuesday. "
        "The investigation was led by Europol."
    )
    event = one(extract_all(text), SeizureEvent)
    assert [a.name for a in event.agencies] == ["Europol"]


def test_en_agency_in_old_story_does_not_attach(extract_all: Extract) -> None:
    """An agency in a sentence about an earlier year is not credited with today's action."""
    text = (
        "Police seized 300 kilograms of cocaine in a warehouse in Rotterdam on Tuesday. "
        "In 2019 Europol warned about the port."
    )
    event = one(extract_all(text), SeizureEvent)
    assert event.agencies == []
