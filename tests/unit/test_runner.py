"""The runner's loop logic against an in-memory gateway (the real broker is in integration)."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from tests.unit.test_pipeline import OneArrestExtractor
from worker.extraction import ExtractionResult
from worker.kafka_io import PartitionKey, PublishError
from worker.metrics import HealthState, WorkerMetrics
from worker.models import Article
from worker.pipeline import InboundMessage, OutboundRecord, Pipeline
from worker.runner import DeadLetterBudget, Runner, WorkerGaveUpError


class MemoryGateway:
    """Replays scripted poll results and records what the runner publishes and commits."""

    def __init__(self, polls: list[list[InboundMessage]], fail_completes: int = 0) -> None:
        self.polls = polls
        self.fail_completes = fail_completes
        self.published: list[tuple[str, OutboundRecord]] = []
        self.in_flight: list[tuple[str, OutboundRecord]] = []
        self.commits: list[dict[PartitionKey, int]] = []
        self.aborts = 0
        self.rewinds: list[dict[PartitionKey, int]] = []
        self.closed = False
        self.runner: Runner | None = None

    def poll(self, timeout_ms: int) -> list[InboundMessage]:
        if not self.polls:
            assert self.runner is not None
            self.runner.request_stop()
            return []
        return self.polls.pop(0)

    def lag(self) -> dict[PartitionKey, int]:
        return {PartitionKey("in", 0): 0}

    def connected(self) -> bool:
        return True

    def begin_batch(self) -> None:
        self.in_flight = []

    def publish(self, topic: str, record: OutboundRecord) -> None:
        self.in_flight.append((topic, record))

    def complete_batch(self, next_offsets: dict[PartitionKey, int]) -> bool:
        if self.fail_completes:
            self.fail_completes -= 1
            raise PublishError("broker said no")
        self.published.extend(self.in_flight)
        self.commits.append(dict(next_offsets))
        return True

    def abort_batch(self) -> None:
        self.aborts += 1
        self.in_flight = []

    def rewind(self, offsets: dict[PartitionKey, int]) -> None:
        self.rewinds.append(dict(offsets))

    def close(self) -> None:
        self.closed = True


def _msg(offset: int, value: bytes, partition: int = 0) -> InboundMessage:
    return InboundMessage("in", partition, offset, None, value)


def _article(article_id: str) -> bytes:
    return json.dumps({"id": article_id, "text": "Police arrested two men."}).encode()


def _runner(
    gateway: MemoryGateway,
    metrics: WorkerMetrics | None = None,
    pipeline: Pipeline | None = None,
    **options: Any,
) -> Runner:
    runner = Runner(
        gateway,
        pipeline or Pipeline(OneArrestExtractor(), 10_000),
        metrics or WorkerMetrics(),
        HealthState(),
        output_topic="out",
        dlq_topic="dlq",
        poll_timeout_ms=10,
        max_batch_attempts=2,
        supported_languages=frozenset({"en"}),
        **options,
    )
    gateway.runner = runner
    return runner


def test_batch_commits_one_past_the_last_offset_per_partition() -> None:
    """The committed offset is the next one to read, per partition."""
    gateway = MemoryGateway([[_msg(5, _article("a")), _msg(6, _article("b")), _msg(2, b"x", 1)]])
    _runner(gateway).run()
    assert gateway.commits == [{PartitionKey("in", 0): 7, PartitionKey("in", 1): 3}]


def test_events_go_to_output_and_bad_messages_to_dlq() -> None:
    """Processed articles publish to the output topic, bad ones to the DLQ."""
    gateway = MemoryGateway([[_msg(0, _article("a")), _msg(1, b"not json")]])
    _runner(gateway).run()
    assert [topic for topic, _ in gateway.published] == ["out", "dlq"]


def test_failed_batch_is_aborted_and_metrics_not_counted() -> None:
    """A batch that cannot be made durable is rewound and not counted as processed."""
    metrics = WorkerMetrics()
    gateway = MemoryGateway([[_msg(0, _article("a"))], [_msg(0, _article("a"))]], fail_completes=1)
    _runner(gateway, metrics).run()
    assert gateway.aborts == 1
    assert metrics.articles.labels(outcome="processed")._value.get() == 1
    assert gateway.commits == [{PartitionKey("in", 0): 1}]


def test_worker_gives_up_after_bounded_failures() -> None:
    """Repeated failures stop the worker instead of skipping unpublished work."""
    gateway = MemoryGateway([[_msg(0, _article("a"))]] * 3, fail_completes=5)
    with pytest.raises(WorkerGaveUpError):
        _runner(gateway).run()
    assert gateway.commits == []
    assert gateway.closed


def test_stop_request_finishes_the_batch_in_hand() -> None:
    """A stop requested mid-run still commits the batch that was being processed."""
    gateway = MemoryGateway([[_msg(0, _article("a"))], [_msg(1, _article("b"))]])
    runner = _runner(gateway)
    runner.run_once()
    runner.request_stop()
    runner.run()
    assert gateway.commits == [{PartitionKey("in", 0): 1}]
    assert gateway.closed


def test_summary_counts_articles_and_events() -> None:
    """The shutdown summary counts processed, dead-lettered articles and events."""
    gateway = MemoryGateway([[_msg(0, _article("a")), _msg(1, b"\xff")]])
    summary = _runner(gateway).run()
    assert (summary.articles_processed, summary.articles_dead_lettered) == (1, 1)
    assert summary.events_published == 1


class SlowExtractor(OneArrestExtractor):
    def extract(self, article: Article) -> ExtractionResult:
        time.sleep(0.05)
        return super().extract(article)


def test_batch_over_its_time_budget_hands_the_rest_back() -> None:
    """Messages past the batch's time budget are rewound, and only the done ones committed."""
    messages = [_msg(i, _article(f"a{i}")) for i in range(10)]
    gateway = MemoryGateway([messages])
    pipeline = Pipeline(SlowExtractor(), 10_000)
    _runner(gateway, pipeline=pipeline, max_batch_seconds=0.12).run()
    committed = gateway.commits[0][PartitionKey("in", 0)]
    assert 1 <= committed < 10
    assert gateway.rewinds == [{PartitionKey("in", 0): committed}]


def test_dead_letter_budget_stops_before_publishing() -> None:
    """When most recent messages are bad, the worker stops without publishing or committing."""
    bad_batch = [_msg(i, b"not json") for i in range(20)]
    gateway = MemoryGateway([bad_batch])
    budget = DeadLetterBudget(max_share=0.5, window=100, min_messages=10)
    with pytest.raises(WorkerGaveUpError, match="dead-letter budget"):
        _runner(gateway, dead_letter_budget=budget).run()
    assert gateway.published == []
    assert gateway.commits == []


def test_dead_letter_budget_waits_for_enough_messages() -> None:
    """A few bad messages at start-up do not trip the budget."""
    gateway = MemoryGateway([[_msg(0, b"bad"), _msg(1, _article("a"))]])
    budget = DeadLetterBudget(max_share=0.1, window=100, min_messages=50)
    _runner(gateway, dead_letter_budget=budget).run()
    assert gateway.commits == [{PartitionKey("in", 0): 2}]


def test_unsupported_language_is_processed_and_counted() -> None:
    """A German article is a processed article with no events, counted as unsupported."""
    from worker.extraction import Extractor

    german = json.dumps(
        {
            "id": "de-1",
            "text": "Die Polizei hat am Dienstag in Hamburg zwei Männer festgenommen und "
            "drei Kilogramm Kokain sichergestellt, teilte die Staatsanwaltschaft mit.",
        }
    ).encode()
    metrics = WorkerMetrics()
    gateway = MemoryGateway([[_msg(0, german)]])
    pipeline = Pipeline(Extractor(), 10_000)
    _runner(gateway, metrics, pipeline=pipeline).run()
    assert gateway.published == []
    assert gateway.commits == [{PartitionKey("in", 0): 1}]
    by_language = metrics.articles_by_language.labels(language="other", supported="false")
    assert by_language._value.get() == 1
