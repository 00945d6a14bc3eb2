"""The consume-process-produce loop: owns polling, commits, metrics updates and shutdown.

One batch is one poll's records. Each batch is made durable (flush + commit, or one
transaction) before the next poll, so a stop request, a rebalance or a crash never leaves
published events behind uncommitted offsets for longer than one batch.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from kafka.errors import KafkaError

from worker.kafka_io import PartitionKey, PublishError
from worker.log import get_logger
from worker.metrics import HealthState, WorkerMetrics
from worker.pipeline import DeadLettered, InboundMessage, OutboundRecord, Pipeline, Processed

log = get_logger(__name__)

# Lag and connection state are read at most this often (both walk client-side state).
_LAG_REFRESH_S = 1.0


class Gateway(Protocol):
    """What the runner needs of Kafka (``worker.kafka_io.KafkaGateway`` in production)."""

    def poll(self, timeout_ms: int) -> list[InboundMessage]: ...
    def lag(self) -> dict[PartitionKey, int]: ...
    def connected(self) -> bool: ...
    def begin_batch(self) -> None: ...
    def publish(self, topic: str, record: OutboundRecord) -> None: ...
    def complete_batch(self, next_offsets: dict[PartitionKey, int]) -> bool: ...
    def abort_batch(self) -> None: ...
    def close(self) -> None: ...


class WorkerGaveUpError(RuntimeError):
    """The worker gave up after bounded retries rather than skip unpublished work."""


@dataclass
class RunSummary:
    """Totals of one run, logged once at shutdown."""

    articles_processed: int = 0
    articles_dead_lettered: int = 0
    events_published: int = 0
    batches: int = 0
    failed_batches: int = 0
    started_monotonic: float = field(default_factory=time.monotonic)

    def as_log_fields(self) -> dict[str, object]:
        return {
            "articles_processed": self.articles_processed,
            "articles_dead_lettered": self.articles_dead_lettered,
            "events_published": self.events_published,
            "batches": self.batches,
            "failed_batches": self.failed_batches,
            "uptime_s": round(time.monotonic() - self.started_monotonic, 3),
        }


@dataclass
class _BatchTally:
    """Metric increments of one batch, applied only once the batch is durable."""

    processed: int = 0
    dead_lettered: int = 0
    events: Counter[tuple[str, str]] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    languages: Counter[tuple[str, str]] = field(default_factory=Counter)


class Runner:
    def __init__(
        self,
        gateway: Gateway,
        pipeline: Pipeline,
        metrics: WorkerMetrics,
        health: HealthState,
        *,
        output_topic: str,
        dlq_topic: str,
        poll_timeout_ms: int = 500,
        max_batch_attempts: int = 3,
        supported_languages: frozenset[str] = frozenset(),
    ) -> None:
        self._gateway = gateway
        self._pipeline = pipeline
        self._metrics = metrics
        self._health = health
        self._output_topic = output_topic
        self._dlq_topic = dlq_topic
        self._poll_timeout_ms = poll_timeout_ms
        self._max_batch_attempts = max_batch_attempts
        self._supported_languages = supported_languages
        self._stop = threading.Event()
        self._next_lag_refresh = 0.0
        self._consecutive_failures = 0
        self.summary = RunSummary()

    def request_stop(self) -> None:
        """Ask the loop to stop after the batch in hand (safe from a signal handler)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def run(self) -> RunSummary:
        log.info("worker loop started")
        try:
            while not self._stop.is_set():
                self.run_once()
        finally:
            self._health.stopping = True
            try:
                self._gateway.close()
            finally:
                log.info("worker stopped", **self.summary.as_log_fields())
        return self.summary

    def run_once(self) -> None:
        """One poll and, when it returned records, one durable batch."""
        messages = self._gateway.poll(self._poll_timeout_ms)
        self._health.mark_polled()
        if messages:
            self._process_batch(messages)
        self._refresh_lag()

    def _process_batch(self, messages: list[InboundMessage]) -> None:
        started = time.perf_counter()
        try:
            tally = self._publish_batch(messages)
            committed = self._gateway.complete_batch(_next_offsets(messages))
        except (PublishError, KafkaError) as exc:
            self._fail_batch(messages, exc)
            return
        self._consecutive_failures = 0
        self._apply(tally, committed)
        self.summary.batches += 1
        self._metrics.batch_seconds.observe(time.perf_counter() - started)

    def _fail_batch(self, messages: list[InboundMessage], exc: Exception) -> None:
        """Rewind to the last commit and let the next poll retry; stop after bounded tries."""
        self._consecutive_failures += 1
        self.summary.failed_batches += 1
        self._metrics.commits.labels(result="failed").inc()
        log.error(
            "batch failed; rewinding to the last commit",
            attempt=self._consecutive_failures,
            max_attempts=self._max_batch_attempts,
            messages=len(messages),
            error=str(exc),
        )
        self._gateway.abort_batch()
        if self._consecutive_failures >= self._max_batch_attempts:
            raise WorkerGaveUpError(
                f"giving up after {self._consecutive_failures} failed batches: {exc}"
            ) from exc
        # Back off before the retry so a broker that is restarting gets time to come back.
        self._stop.wait(min(0.5 * 2.0**self._consecutive_failures, 10.0))

    def _publish_batch(self, messages: list[InboundMessage]) -> _BatchTally:
        tally = _BatchTally()
        self._gateway.begin_batch()
        observe = self._metrics.processing_seconds.observe
        for message in messages:
            started = time.perf_counter()
            outcome = self._pipeline.process(message)
            observe(time.perf_counter() - started)
            if isinstance(outcome, Processed):
                for record in outcome.records:
                    self._gateway.publish(self._output_topic, record)
                tally.processed += 1
                language = self._language_label(outcome.language)
                tally.languages[(language, "true" if outcome.supported else "false")] += 1
                for event in outcome.events:
                    tally.events[(event.type, language)] += 1
            else:
                self._publish_dead_letter(outcome)
                tally.dead_lettered += 1
                tally.reasons[outcome.reason] += 1
        return tally

    def _publish_dead_letter(self, outcome: DeadLettered) -> None:
        log.warning("message dead-lettered", reason=outcome.reason, detail=outcome.detail)
        self._gateway.publish(self._dlq_topic, outcome.record)

    def _language_label(self, language: str | None) -> str:
        # Bounded label set: supported languages by name, everything else folded.
        if language is None:
            return "unknown"
        return language if language in self._supported_languages else "other"

    def _apply(self, tally: _BatchTally, committed: bool) -> None:
        m = self._metrics
        if committed:
            m.last_commit_timestamp.set(time.time())
            m.commits.labels(result="ok").inc()
        m.articles.labels(outcome="processed").inc(tally.processed)
        m.articles.labels(outcome="dead_lettered").inc(tally.dead_lettered)
        for (event_type, language), count in tally.events.items():
            m.events.labels(type=event_type, language=language).inc(count)
        for reason, count in tally.reasons.items():
            m.dead_letters.labels(reason=reason).inc(count)
        for (language, supported), count in tally.languages.items():
            m.articles_by_language.labels(language=language, supported=supported).inc(count)
        self.summary.articles_processed += tally.processed
        self.summary.articles_dead_lettered += tally.dead_lettered
        self.summary.events_published += sum(tally.events.values())

    def _refresh_lag(self) -> None:
        now = time.monotonic()
        if now < self._next_lag_refresh:
            return
        self._next_lag_refresh = now + _LAG_REFRESH_S
        self._health.connected = self._gateway.connected()
        for key, lag in self._gateway.lag().items():
            self._metrics.consumer_lag.labels(topic=key.topic, partition=str(key.partition)).set(
                lag
            )


def _next_offsets(messages: list[InboundMessage]) -> dict[PartitionKey, int]:
    """The offset to commit per partition: one past the last message of the batch."""
    offsets: dict[PartitionKey, int] = {}
    for message in messages:
        key = PartitionKey(message.topic, message.partition)
        offsets[key] = max(offsets.get(key, 0), message.offset + 1)
    return offsets
