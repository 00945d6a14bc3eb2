"""The consume-process-produce loop: owns polling, commits, metrics updates and shutdown.

One batch is one poll's records. Each batch is made durable (flush + commit, or one
transaction) before the next poll, so a stop request, a rebalance or a crash never leaves
published events behind uncommitted offsets for longer than one batch.
"""

from __future__ import annotations

import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Protocol

from kafka.errors import (
    FencedInstanceIdError,
    KafkaError,
    ProducerFencedError,
    TransactionalIdAuthorizationFailedError,
)

from worker.kafka_io import PartitionKey, PublishError
from worker.log import get_logger
from worker.metrics import HealthState, WorkerMetrics
from worker.pipeline import (
    DeadLettered,
    InboundMessage,
    OutboundRecord,
    Outcome,
    Pipeline,
    Processed,
)

log = get_logger(__name__)

# Lag and connection state are read at most this often (both walk client-side state).
_LAG_REFRESH_S = 1.0
# Errors after which retrying cannot help: another instance owns our transactional id or our
# static group membership, or we may not use the transactional id at all.
FATAL_KAFKA_ERRORS = (
    ProducerFencedError,
    FencedInstanceIdError,
    TransactionalIdAuthorizationFailedError,
)


class Gateway(Protocol):
    """What the runner needs of Kafka (``worker.kafka_io.KafkaGateway`` in production)."""

    def poll(self, timeout_ms: int) -> list[InboundMessage]: ...
    def lag(self) -> dict[PartitionKey, int]: ...
    def connected(self) -> bool: ...
    def begin_batch(self) -> None: ...
    def publish(self, topic: str, record: OutboundRecord) -> None: ...
    def complete_batch(self, next_offsets: dict[PartitionKey, int]) -> bool: ...
    def abort_batch(self) -> None: ...
    def rewind(self, offsets: dict[PartitionKey, int]) -> None: ...
    def close(self) -> None: ...


@dataclass(frozen=True)
class DeadLetterBudget:
    """At most ``max_share`` of the last ``window`` messages may be dead letters.

    The check starts once ``min_messages`` were seen; ``max_share`` 1.0 disables it.
    """

    max_share: float = 0.5
    window: int = 1000
    min_messages: int = 100


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
    first_dead_letter: DeadLettered | None = None


class Runner:
    """Owns the consume-process-produce loop of one worker: poll a batch, map each message to
    its outcome with the pure pipeline, publish, make the batch durable, update metrics.
    """

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
        max_batch_seconds: float = 60.0,
        dead_letter_budget: DeadLetterBudget | None = None,
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
        self._max_batch_seconds = max_batch_seconds
        self._dead_letter_budget = dead_letter_budget or DeadLetterBudget()
        self._dead_letter_window: deque[bool] = deque(maxlen=self._dead_letter_budget.window)
        self._supported_languages = supported_languages
        self._stop = threading.Event()
        self._next_lag_refresh = 0.0
        self._consecutive_failures = 0
        self.summary = RunSummary()

    def request_stop(self) -> None:
        """Ask the loop to stop after the batch in hand (safe from a signal handler)."""
        self._stop.set()

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
        try:
            messages = self._gateway.poll(self._poll_timeout_ms)
        except FATAL_KAFKA_ERRORS as exc:
            raise _identity_lost(exc) from exc
        self._health.mark_polled()
        if messages:
            self._process_batch(messages)
        self._refresh_lag()

    def _process_batch(self, messages: list[InboundMessage]) -> None:
        started = time.perf_counter()
        outcomes = self._run_pipeline(messages, started)
        done = messages[: len(outcomes)]
        if len(done) < len(messages):
            # Out of time: hand the rest back to the stream so the batch stays far inside
            # max.poll.interval.ms (no eviction, no rebalance storm because of one slow batch).
            self._gateway.rewind(_first_offsets(messages[len(done) :]))
            log.warning(
                "batch cut short by the time budget",
                processed=len(done),
                returned=len(messages) - len(done),
                budget_s=self._max_batch_seconds,
            )
        self._check_dead_letter_budget(outcomes)
        try:
            self._gateway.begin_batch()
            tally = self._publish(outcomes)
            committed = self._gateway.complete_batch(_next_offsets(done))
        except FATAL_KAFKA_ERRORS as exc:
            raise _identity_lost(exc) from exc
        except (PublishError, KafkaError) as exc:
            self._fail_batch(messages, exc)
            return
        self._consecutive_failures = 0
        self._dead_letter_window.extend(isinstance(o, DeadLettered) for o in outcomes)
        self._apply(tally, committed)
        self.summary.batches += 1
        self._metrics.batch_seconds.observe(time.perf_counter() - started)

    def _run_pipeline(self, messages: list[InboundMessage], started: float) -> list[Outcome]:
        """Outcomes of the batch's first messages, as many as the time budget allows (>= 1)."""
        outcomes: list[Outcome] = []
        observe = self._metrics.processing_seconds.observe
        deadline = started + self._max_batch_seconds
        for message in messages:
            if outcomes and time.perf_counter() > deadline:
                break
            began = time.perf_counter()
            outcomes.append(self._pipeline.process(message))
            observe(time.perf_counter() - began)
        return outcomes

    def _check_dead_letter_budget(self, outcomes: list[Outcome]) -> None:
        """Stop before publishing when dead letters exceed their share of the recent window.

        A bad deploy (or a scraper sending a new format) would otherwise move a whole topic
        into the DLQ; stopping leaves the batch uncommitted for the fixed version to process.
        """
        window = [*self._dead_letter_window, *(isinstance(o, DeadLettered) for o in outcomes)]
        window = window[-self._dead_letter_budget.window :]
        if len(window) < self._dead_letter_budget.min_messages:
            return
        share = sum(window) / len(window)
        if share > self._dead_letter_budget.max_share:
            raise WorkerGaveUpError(
                f"dead-letter budget exceeded: {share:.0%} of the last {len(window)} messages "
                f"would be dead letters (limit {self._dead_letter_budget.max_share:.0%}); "
                "the batch is left uncommitted"
            )

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

    def _publish(self, outcomes: list[Outcome]) -> _BatchTally:
        tally = _BatchTally()
        for outcome in outcomes:
            if isinstance(outcome, Processed):
                for record in outcome.records:
                    self._gateway.publish(self._output_topic, record)
                tally.processed += 1
                language = self._language_label(outcome.language)
                tally.languages[(language, "true" if outcome.supported else "false")] += 1
                for event in outcome.events:
                    tally.events[(event.type, language)] += 1
            else:
                self._gateway.publish(self._dlq_topic, outcome.record)
                tally.dead_lettered += 1
                tally.reasons[outcome.reason] += 1
                if tally.first_dead_letter is None:
                    tally.first_dead_letter = outcome
        return tally

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
        if tally.first_dead_letter is not None:
            # One line per batch, not per message: a bad burst must not flood the logs.
            first = tally.first_dead_letter
            log.warning(
                "messages dead-lettered",
                count=tally.dead_lettered,
                reasons=dict(tally.reasons),
                first_reason=first.reason,
                first_detail=first.detail,
            )
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


def _identity_lost(exc: Exception) -> WorkerGaveUpError:
    return WorkerGaveUpError(
        f"another instance took over this worker's identity (instance id): {exc}"
    )


def _first_offsets(messages: list[InboundMessage]) -> dict[PartitionKey, int]:
    """Per partition, the offset of the first message not processed."""
    offsets: dict[PartitionKey, int] = {}
    for message in messages:
        key = PartitionKey(message.topic, message.partition)
        offsets[key] = min(offsets.get(key, message.offset), message.offset)
    return offsets


def _next_offsets(messages: list[InboundMessage]) -> dict[PartitionKey, int]:
    """The offset to commit per partition: one past the last message of the batch."""
    offsets: dict[PartitionKey, int] = {}
    for message in messages:
        key = PartitionKey(message.topic, message.partition)
        offsets[key] = max(offsets.get(key, 0), message.offset + 1)
    return offsets
