"""The pure pipeline: one message in, events or a dead letter out."""

import json
from datetime import UTC, datetime

import pytest

from worker.extraction import ExtractionResult, Extractor
from worker.models import ArrestEvent, Article, ArticleRef, Evidence
from worker.pipeline import DeadLettered, InboundMessage, Pipeline, Processed

FIXED_NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


class OneArrestExtractor(Extractor):
    """Returns one arrest for any article, so the pipeline's encoding can be checked."""

    def extract(self, article: Article) -> ExtractionResult:
        event = ArrestEvent(
            event_id="ev-1",
            article=ArticleRef(id=article.id, language="en"),
            evidence=[Evidence(start=0, end=5, text=article.text[:5])],
            confidence=0.9,
            extractor_version="test",
            persons_count=2,
        )
        return ExtractionResult(language="en", supported=True, events=[event])


class BrokenExtractor(Extractor):
    def extract(self, article: Article) -> ExtractionResult:
        raise ValueError("lexicon bug")


def _message(value: bytes | None, key: bytes | None = b"k1") -> InboundMessage:
    return InboundMessage(topic="articles", partition=2, offset=41, key=key, value=value)


def _pipeline(extractor: Extractor | None = None, max_bytes: int = 10_000) -> Pipeline:
    return Pipeline(extractor or OneArrestExtractor(), max_bytes, clock=lambda: FIXED_NOW)


def _dead(outcome: object) -> DeadLettered:
    assert isinstance(outcome, DeadLettered)
    return outcome


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (b"\xff\xfe not utf-8", "not_utf8"),
        (b"{not json", "not_json"),
        (b"[1, 2]", "schema_invalid"),
        (b'"a string"', "schema_invalid"),
        (b'{"id": "a1"}', "schema_invalid"),
        (b'{"text": "no id"}', "schema_invalid"),
        (b"[" * 500 + b"]" * 500, "not_json"),
        (None, "schema_invalid"),
    ],
)
def test_bad_message_gets_its_reason(value: bytes | None, reason: str) -> None:
    """Each kind of bad input maps to the contract's dead-letter reason."""
    assert _dead(_pipeline().process(_message(value))).reason == reason


def test_too_large_is_checked_before_decoding() -> None:
    """A value over the size limit is dead-lettered as too_large."""
    value = json.dumps({"id": "a", "text": "x" * 5000}).encode()
    assert _dead(_pipeline(max_bytes=1024).process(_message(value))).reason == "too_large"


def test_dead_letter_keeps_original_key_and_value() -> None:
    """The dead letter carries the original bytes unchanged."""
    value = b"\x00\x01 garbage"
    record = _dead(_pipeline().process(_message(value, key=b"the-key"))).record
    assert (record.key, record.value) == (b"the-key", value)


def test_dead_letter_headers_say_where_and_why() -> None:
    """Headers name the reason, the source partition and offset, and the failure time."""
    headers = dict(_dead(_pipeline().process(_message(b"nope"))).record.headers)
    assert headers["error-reason"] == b"not_json"
    assert headers["source-topic"] == b"articles"
    assert headers["source-partition"] == b"2"
    assert headers["source-offset"] == b"41"
    assert headers["failed-at"] == FIXED_NOW.isoformat().encode()
    assert headers["error-detail"]


def test_extractor_exception_becomes_extraction_failed() -> None:
    """A bug in the extractor dead-letters the article instead of stopping the partition."""
    value = json.dumps({"id": "a", "text": "Police arrested two men."}).encode()
    dead = _dead(_pipeline(BrokenExtractor()).process(_message(value)))
    assert dead.reason == "extraction_failed"
    assert "lexicon bug" in dead.detail


def test_event_record_key_is_article_id() -> None:
    """Events are keyed by article id so an article's events share a partition."""
    value = json.dumps({"id": "art-9", "text": "Police arrested two men."}).encode()
    outcome = _pipeline().process(_message(value))
    assert isinstance(outcome, Processed)
    assert [record.key for record in outcome.records] == [b"art-9"]


def test_event_record_headers_follow_the_contract() -> None:
    """Each event carries event-type, schema-version, article-id and content-type."""
    value = json.dumps({"id": "art-9", "text": "Police arrested two men."}).encode()
    outcome = _pipeline().process(_message(value))
    assert isinstance(outcome, Processed)
    assert dict(outcome.records[0].headers) == {
        "event-type": b"arrest",
        "schema-version": b"1",
        "article-id": b"art-9",
        "content-type": b"application/json",
    }


def test_event_record_value_is_the_event_json() -> None:
    """The value is the event as JSON, with its type and counts."""
    value = json.dumps({"id": "art-9", "text": "Police arrested two men."}).encode()
    outcome = _pipeline().process(_message(value))
    assert isinstance(outcome, Processed)
    payload = json.loads(outcome.records[0].value or b"")
    assert payload["type"] == "arrest"
    assert payload["persons_count"] == 2
    assert payload["schema_version"] == "1"
