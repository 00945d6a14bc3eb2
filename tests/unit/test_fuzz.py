"""Bad input never stalls a partition: every message ends as events or one dead letter.

Property tests (hypothesis) over the decoder and the whole pipeline with the real extractor,
plus a fixed corpus of nasty inputs.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from worker.extraction import Extractor
from worker.pipeline import (
    ArticleRejectedError,
    DeadLettered,
    InboundMessage,
    Pipeline,
    Processed,
    decode_article,
)

EXTRACTOR = Extractor()
PIPELINE = Pipeline(EXTRACTOR, max_message_bytes=1_048_576)
TRIGGERS = [
    "arrested", "seized", "ألقي القبض", "ضبط", "interpellés", "detenidos", "kg", "كيلو",
    "3.400", "2,915", "١٢٣", "million", "مليون", "\u200f", "\u202e", "\x00", "\n", "  ",
]  # fmt: skip


def _message(value: bytes | None) -> InboundMessage:
    return InboundMessage(topic="in", partition=0, offset=0, key=None, value=value)


def _assert_valid(outcome: object, text: str | None = None) -> None:
    assert isinstance(outcome, Processed | DeadLettered)
    if isinstance(outcome, Processed) and text is not None:
        for event in outcome.events:
            for span in event.evidence:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start : span.end] == span.text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_decoder_accepts_or_rejects_any_bytes(value: bytes) -> None:
    """Arbitrary bytes give an article or a dead-letter reason, never another exception."""
    reason: str | None = None
    try:
        decode_article(value, 1_048_576)
    except ArticleRejectedError as rejected:
        reason = rejected.reason
    assert reason in {None, "not_utf8", "not_json", "schema_invalid", "too_large"}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=30)), min_size=1, max_size=60
    ).map(" ".join),
    st.sampled_from(["ar", "en", "fr", "es", None]),
)
def test_pipeline_survives_arbitrary_text(text: str, language: str | None) -> None:
    """Any text in any supported language gives valid events with exact evidence offsets."""
    value = json.dumps({"id": "fuzz", "text": text, "language": language}).encode()
    outcome = PIPELINE.process(_message(value))
    _assert_valid(outcome, text)
    assert isinstance(outcome, Processed), getattr(outcome, "detail", "")


NASTY: list[tuple[str, bytes | None, str | None]] = [
    ("invalid utf-8", b'{"id":"a","text":"\xc3\x28"}', "not_utf8"),
    ("nul bytes", json.dumps({"id": "a", "text": "arrested\x00 5 people\x00"}).encode(), None),
    ("10 MB value", b'{"id":"a","text":"' + b"x" * 10_000_000 + b'"}', "too_large"),
    ("deep nesting", b'{"id":"a","text":"x","n":' + b"[" * 100_000 + b"]" * 100_000 + b"}",
     "not_json"),
    ("huge integer", b'{"id":"a","text":"x","n":' + b"9" * 5000 + b"}", "not_json"),
    ("huge float", b'{"id":"a","text":"x","n":1e999999}', None),
    ("id as number", b'{"id":12,"text":"x"}', "schema_invalid"),
    ("null text", b'{"id":"a","text":null}', "schema_invalid"),
    ("empty text", b'{"id":"a","text":""}', None),
    ("mixed scripts and bidi", json.dumps(
        {"id": "a", "text": "\u202eتم ضبط 5 kg de cocaïne\u202c y detenidos ١٢ personas"}
    ).encode(), None),
    ("repeated triggers", json.dumps(
        {"id": "a", "text": "arrested seized raided " * 3000, "language": "en"}
    ).encode(), None),
    ("thousands of numbers", json.dumps(
        {"id": "a", "text": " ".join(str(i) + ",5" for i in range(5000)), "language": "fr"}
    ).encode(), None),
    ("one very long line", json.dumps(
        {"id": "a", "text": "ضبط" + "ـ" * 50_000 + " 3 كيلو", "language": "ar"}
    ).encode(), None),
    ("tombstone", None, "schema_invalid"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "reason"), [(v, r) for _, v, r in NASTY], ids=[n for n, *_ in NASTY]
)
def test_nasty_input_ends_as_events_or_one_dead_letter(
    value: bytes | None, reason: str | None
) -> None:
    """Each nasty input is processed or dead-lettered with the expected reason."""
    outcome = PIPELINE.process(_message(value))
    if reason is None:
        assert isinstance(outcome, Processed), getattr(outcome, "detail", "")
    else:
        assert isinstance(outcome, DeadLettered)
        assert outcome.reason == reason
