"""Kafka plumbing of the bench: topics, filling, offsets, the drain watch, the passthrough loop."""

from __future__ import annotations

import contextlib
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.coordinator.assignors.cooperative_sticky import CooperativeStickyAssignor
from kafka.errors import KafkaError
from kafka.structs import OffsetAndMetadata, TopicPartition

from bench.procs import BenchError

# The worker's client settings that matter for throughput (worker/kafka_io.py, worker/config.py
# defaults); the passthrough loop uses the same ones.
MAX_POLL_RECORDS = 200
LINGER_MS = 5
BATCH_BYTES = 262_144  # the worker's producer_batch_bytes default
POLL_TIMEOUT_MS = 500
WATCH_INTERVAL_S = 0.05


def unique(prefix: str) -> str:
    return f"bench-{prefix}-{uuid.uuid4().hex[:8]}"


@dataclass(frozen=True)
class PhaseTopics:
    input: str
    output: str
    dlq: str
    group: str

    @classmethod
    def new(cls, phase: str) -> PhaseTopics:
        tag = unique(phase)
        return cls(f"{tag}-in", f"{tag}-out", f"{tag}-dlq", f"{tag}-group")

    @property
    def all(self) -> list[str]:
        return [self.input, self.output, self.dlq]


class Kafka:
    """One admin client and one group-less consumer, reused for the whole bench."""

    def __init__(self, bootstrap: str, timeout_s: float = 20.0) -> None:
        self.bootstrap = bootstrap
        try:
            self._admin: Any = KafkaAdminClient(
                bootstrap_servers=bootstrap.split(","),
                client_id="bench-admin",
                bootstrap_timeout_ms=int(timeout_s * 1000),
            )
        except (KafkaError, OSError) as exc:
            raise BenchError(
                f"no Kafka broker answered at {bootstrap} within {timeout_s:.0f}s ({exc}); "
                "start one with `deploy/local/kafka.sh start` or pass --bootstrap"
            ) from exc
        self._consumer: Any = KafkaConsumer(
            bootstrap_servers=bootstrap.split(","), client_id="bench-offsets"
        )

    def close(self) -> None:
        self._consumer.close()
        self._admin.close()

    def create_topics(self, names: Iterable[str], partitions: int) -> None:
        wanted = list(names)
        self._admin.create_topics(
            {name: {"num_partitions": partitions, "replication_factor": 1} for name in wanted}
        )
        self._admin.wait_for_topics(wanted, timeout_ms=30_000)

    def delete(self, topics: PhaseTopics) -> None:
        """Best effort: the broker is shared, so leave nothing of ours behind."""
        with contextlib.suppress(KafkaError, OSError):
            self._admin.delete_topics(topics.all, raise_errors=False)
        with contextlib.suppress(KafkaError, OSError, ValueError):
            self._admin.delete_groups([topics.group])

    def committed(self, group: str, topic: str) -> dict[int, int]:
        offsets = self._admin.list_group_offsets({group: None}).get(group, {})
        return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic}

    def partitions(self, topic: str, timeout_s: float = 30.0) -> list[Any]:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            ids = self._consumer.partitions_for_topic(topic)
            if ids:
                return [TopicPartition(topic, pid) for pid in sorted(ids)]
            time.sleep(0.1)
        raise BenchError(f"topic {topic} has no partitions after {timeout_s:.0f}s")

    def end_offsets(self, topic: str) -> dict[int, int]:
        offsets = self._consumer.end_offsets(self.partitions(topic))
        return {tp.partition: offset for tp, offset in offsets.items()}

    def fill(self, topic: str, records: Iterable[tuple[bytes, bytes]]) -> dict[int, int]:
        """Send everything, flush, and return the topic's end offsets (what must be drained)."""
        producer = KafkaProducer(
            bootstrap_servers=self.bootstrap.split(","),
            client_id="bench-fill",
            acks="all",
            linger_ms=20,
            batch_size=256 * 1024,
            max_request_size=4 * 1024 * 1024,
        )
        try:
            futures = [producer.send(topic, key=key, value=value) for key, value in records]
            producer.flush(timeout=120)
            failed = [f for f in futures[-1000:] if not f.is_done or f.failed()]
            if failed:
                raise BenchError(f"filling {topic} failed: {failed[0].exception}")
        finally:
            producer.close(timeout=30)
        return self.end_offsets(topic)


@dataclass
class Drain:
    """A group draining a topic: measured from a commit to the last commit."""

    started_at: float
    committed_at_start: int
    drained_at: float
    total: int

    @property
    def seconds(self) -> float:
        return self.drained_at - self.started_at

    @property
    def measured(self) -> int:
        return self.total - self.committed_at_start

    @property
    def rate(self) -> float:
        return self.measured / self.seconds


def watch_drain(
    kafka: Kafka,
    group: str,
    topic: str,
    end: dict[int, int],
    *,
    timeout_s: float,
    check: Callable[[], None] = lambda: None,
    armed: Callable[[], bool] = lambda: True,
    on_start: Callable[[], None] = lambda: None,
    on_sample: Callable[[int], None] = lambda _: None,
) -> Drain:
    """Poll the group's committed offsets until they reach ``end``.

    The clock starts at the first commit seen once ``armed()`` is true (so the interval runs
    from one commit to the last: whole batches only); ``check`` raises when a process died.
    """
    total = sum(end.values())
    deadline = time.monotonic() + timeout_s
    reference: int | None = None
    started: tuple[float, int] | None = None
    committed_total = 0
    while time.monotonic() < deadline:
        check()
        try:
            committed = kafka.committed(group, topic)
        except KafkaError:
            committed = {}
        now = time.monotonic()
        committed_total = sum(committed.values())
        on_sample(committed_total)
        if started is None:
            if reference is None and armed():
                reference = committed_total
            if reference is not None and committed_total > reference:
                started = (now, committed_total)
                on_start()
        if all(committed.get(p, 0) >= o for p, o in end.items()):
            if started is None or now <= started[0]:
                raise BenchError(
                    f"{topic} was drained before the measurement could start (in one commit, "
                    "or before every worker was ready); use more --articles"
                )
            return Drain(started[0], started[1], now, total)
        time.sleep(WATCH_INTERVAL_S)
    raise BenchError(
        f"group {group} did not drain {topic} within {timeout_s:.0f}s "
        f"(committed {committed_total} of {total})"
    )


@dataclass
class PassthroughResult:
    drain: Drain
    forwarded: int


def passthrough(
    kafka: Kafka,
    topics: PhaseTopics,
    end: dict[int, int],
    *,
    timeout_s: float,
    on_start: Callable[[], None] = lambda: None,
) -> PassthroughResult:
    """Consume -> produce -> flush -> commit per batch, no extraction: the client's ceiling.

    Consumer and producer are configured like the worker's (worker/kafka_io.py): manual
    commits, read_committed, cooperative-sticky, 200 records a poll; acks=all, idempotence,
    linger 5 ms, 256 KB batches.
    """
    consumer: Any = KafkaConsumer(
        bootstrap_servers=kafka.bootstrap.split(","),
        client_id="bench-passthrough",
        group_id=topics.group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        max_poll_records=MAX_POLL_RECORDS,
        isolation_level="read_committed",
        allow_auto_create_topics=False,
        partition_assignment_strategy=(CooperativeStickyAssignor,),
    )
    producer: Any = KafkaProducer(
        bootstrap_servers=kafka.bootstrap.split(","),
        client_id="bench-passthrough",
        acks="all",
        enable_idempotence=True,
        linger_ms=LINGER_MS,
        batch_size=BATCH_BYTES,
        max_request_size=2 * 1_048_576,
    )
    total = sum(end.values())
    done = 0
    started: tuple[float, int] | None = None
    deadline = time.monotonic() + timeout_s
    try:
        consumer.subscribe([topics.input])
        while done < total:
            if time.monotonic() > deadline:
                raise BenchError(f"passthrough forwarded {done} of {total} in {timeout_s:.0f}s")
            batches = consumer.poll(timeout_ms=POLL_TIMEOUT_MS, max_records=MAX_POLL_RECORDS)
            if not batches:
                continue
            futures = []
            offsets = {}
            for tp, records in batches.items():
                for record in records:
                    futures.append(producer.send(topics.output, key=record.key, value=record.value))
                offsets[tp] = OffsetAndMetadata(records[-1].offset + 1, "", -1)
                done += len(records)
            producer.flush(timeout=30)
            for future in futures:
                if not future.is_done or future.failed():
                    raise BenchError(f"passthrough publish failed: {future.exception}")
            consumer.commit(offsets)
            if started is None:
                started = (time.monotonic(), done)
                on_start()
        if started is None:
            raise BenchError("passthrough never committed")
        return PassthroughResult(Drain(started[0], started[1], time.monotonic(), total), done)
    finally:
        producer.close(timeout=30)
        consumer.close(autocommit=False)
