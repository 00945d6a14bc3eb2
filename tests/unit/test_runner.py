"""The runner's loop logic against an in-memory gateway (the real broker is in integration)."""

from __future__ import annotations

import json

import pytest

from tests.unit.test_pipeline import OneArrestExtractor
from worker.kafka_io import PartitionKey, PublishError
from worker.metrics import HealthState, WorkerMetrics
from worker.pipeline import InboundMessage, OutboundRecord, Pipeline
from worker.runner import Runner, WorkerGaveUpError


class MemoryGateway:
    """Replays scripted poll results and records what the runner publishes and commits."""

    def __init__(self, polls: list[list[InboundMessage]], fail_completes: int = 0) -> None:
        self.polls = polls
        self.fail_completes = fail_completes
        self.published: list[tuple[str, OutboundRecord]] = []
        self.in_flight: list[tuple[str, OutboundRecord]] = []
        self.commits: list[dict[PartitionKey, int]] = []
        self.aborts = 0
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

    def close(self) -> None:
        self.closed = True


def _msg(offset: int, value: bytes, partition: int = 0) -> InboundMessage:
    return InboundMessage("in", partition, offset, None, value)


def _article(article_id: str) -> bytes:
    return json.dumps({"id": article_id, "text": "Police arrested two men."}).encode()


def _runner(gateway: MemoryGateway, metrics: WorkerMetrics | None = None) -> Runner:
    runner = Runner(
        gateway,
        Pipeline(OneArrestExtractor(), 10_000),
        metrics or WorkerMetrics(),
        HealthState(),
        output_topic="out",
        dlq_topic="dlq",
        poll_timeout_ms=10,
        max_batch_attempts=2,
        supported_languages=frozenset({"en"}),
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
