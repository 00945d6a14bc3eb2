"""One article message in, one outcome out: no I/O, no Kafka client, no metrics.

The runner owns the loop and the side effects; this module decides what a message becomes:
event records for the output topic, or one dead letter with its reason.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import ValidationError

from worker.extraction import Extractor
from worker.models import SCHEMA_VERSION, Article, DeadLetterReason, Event

_MAX_DETAIL_CHARS = 300
# Deeply nested JSON can exhaust the parser's recursion; an article is a flat object anyway.
_MAX_JSON_NESTING = 64


@dataclass(frozen=True)
class InboundMessage:
    """The parts of a consumed Kafka record the pipeline needs."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass(frozen=True)
class OutboundRecord:
    """A record to publish; the runner decides the topic."""

    key: bytes | None
    value: bytes | None
    headers: list[tuple[str, bytes]]


@dataclass(frozen=True)
class Processed:
    """A valid article: zero or more events (zero is normal: most news is not about arrests)."""

    article_id: str
    language: str | None
    supported: bool
    events: list[Event]
    records: list[OutboundRecord]


@dataclass(frozen=True)
class DeadLettered:
    reason: DeadLetterReason
    detail: str
    record: OutboundRecord


Outcome = Processed | DeadLettered


class ArticleRejectedError(Exception):
    """A message that cannot become an article; carries the dead-letter reason."""

    def __init__(self, reason: DeadLetterReason, detail: str) -> None:
        super().__init__(detail)
        self.reason: DeadLetterReason = reason
        self.detail = detail


def decode_article(value: bytes | None, max_bytes: int) -> Article:
    """Bytes to a validated ``Article``, or ``ArticleRejectedError`` with the contract's reason."""
    if value is None:
        raise ArticleRejectedError("schema_invalid", "message has no value (tombstone)")
    if len(value) > max_bytes:
        raise ArticleRejectedError("too_large", f"{len(value)} bytes is over the {max_bytes} limit")
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleRejectedError("not_utf8", f"invalid UTF-8 at byte {exc.start}") from exc
    if _nesting_exceeds(text, _MAX_JSON_NESTING):
        raise ArticleRejectedError(
            "not_json", f"JSON nested deeper than {_MAX_JSON_NESTING} levels"
        )
    try:
        payload = json.loads(text)
    except (ValueError, RecursionError) as exc:
        # ValueError covers JSONDecodeError and integers past Python's 4300-digit limit.
        raise ArticleRejectedError("not_json", _short(str(exc))) from exc
    if not isinstance(payload, dict):
        raise ArticleRejectedError(
            "schema_invalid", f"expected a JSON object, got {_json_kind(payload)}"
        )
    try:
        return Article.model_validate(payload)
    except ValidationError as exc:
        raise ArticleRejectedError("schema_invalid", _validation_summary(exc)) from exc


def encode_event(event: Event) -> OutboundRecord:
    """An event as the output topic carries it: key = article id, contract headers, JSON value."""
    article_id = event.article.id.encode("utf-8")
    return OutboundRecord(
        key=article_id,
        value=event.model_dump_json().encode("utf-8"),
        headers=[
            ("event-type", event.type.encode("ascii")),
            ("schema-version", SCHEMA_VERSION.encode("ascii")),
            ("article-id", article_id),
            ("content-type", b"application/json"),
        ],
    )


class Pipeline:
    """Maps one inbound message to its outcome; built once, called for every message."""

    def __init__(
        self,
        extractor: Extractor,
        max_message_bytes: int,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self._extractor = extractor
        self._max_message_bytes = max_message_bytes
        self._clock = clock

    def process(self, message: InboundMessage) -> Outcome:
        try:
            article = decode_article(message.value, self._max_message_bytes)
        except ArticleRejectedError as rejected:
            return self._dead_letter(message, rejected.reason, rejected.detail)
        try:
            result = self._extractor.extract(article)
        except Exception as exc:
            detail = f"{type(exc).__name__}: {exc}"
            return self._dead_letter(message, "extraction_failed", detail)
        return Processed(
            article_id=article.id,
            language=result.language,
            supported=result.supported,
            events=result.events,
            records=[encode_event(event) for event in result.events],
        )

    def _dead_letter(
        self, message: InboundMessage, reason: DeadLetterReason, detail: str
    ) -> DeadLettered:
        detail = _short(detail)
        headers = [
            ("error-reason", reason.encode("ascii")),
            ("error-detail", detail.encode("utf-8")),
            ("source-topic", message.topic.encode("utf-8")),
            ("source-partition", str(message.partition).encode("ascii")),
            ("source-offset", str(message.offset).encode("ascii")),
            ("failed-at", self._clock().isoformat().encode("ascii")),
        ]
        record = OutboundRecord(key=message.key, value=message.value, headers=headers)
        return DeadLettered(reason=reason, detail=detail, record=record)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_DETAIL_CHARS else text[: _MAX_DETAIL_CHARS - 1] + "…"


def _json_kind(payload: object) -> str:
    if isinstance(payload, list):
        return "an array"
    if isinstance(payload, str):
        return "a string"
    if payload is None:
        return "null"
    return type(payload).__name__


def _validation_summary(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:3]:
        where = ".".join(str(loc) for loc in error["loc"]) or "message"
        parts.append(f"{where}: {error['msg']}")
    return "; ".join(parts)


def _nesting_exceeds(text: str, limit: int) -> bool:
    """Cheap pre-check of bracket depth (ignoring strings' contents) before json.loads."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    in_string = False
    escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False
