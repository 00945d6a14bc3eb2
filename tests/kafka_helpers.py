"""Helpers for tests that talk to the real local broker (started by `make test`)."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.structs import TopicPartition

from worker.app import WorkerApp
from worker.config import WorkerSettings
from worker.extraction import Extractor

BOOTSTRAP = os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:9092")


def require_broker() -> None:
    """Fail (never skip) with instructions when the broker of `make test` is not there."""
    try:
        KafkaAdminClient(bootstrap_servers=BOOTSTRAP, bootstrap_timeout_ms=15_000).close()
    except Exception as exc:
        pytest.fail(
            f"no Kafka broker at {BOOTSTRAP} ({exc}); start it with "
            "`deploy/local/kafka.sh start` or run the whole suite with `make test`"
        )


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


@dataclass(frozen=True)
class Topics:
    input: str
    output: str
    dlq: str
    group: str


def new_topics() -> Topics:
    return Topics(unique("articles"), unique("events"), unique("dlq"), unique("group"))


def worker_settings(topics: Topics, **overrides: object) -> WorkerSettings:
    values: dict[str, object] = {
        "bootstrap_servers": BOOTSTRAP,
        "input_topic": topics.input,
        "output_topic": topics.output,
        "dlq_topic": topics.dlq,
        "group_id": topics.group,
        "metrics_host": "127.0.0.1",
        "metrics_port": 0,
        "poll_timeout_ms": 200,
        "topic_partitions": 3,
        "startup_timeout_s": 20.0,
        "instance_id": unique("instance"),
    }
    values.update(overrides)
    return WorkerSettings(**values)  # type: ignore[arg-type]


def create_topic(
    name: str,
    partitions: int = 3,
    bootstrap: str = BOOTSTRAP,
    configs: dict[str, str] | None = None,
) -> None:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    spec: dict[str, object] = {"num_partitions": partitions, "replication_factor": 1}
    if configs:
        spec["configs"] = configs
    try:
        admin.create_topics({name: spec})
        admin.wait_for_topics([name], timeout_ms=30_000)
    finally:
        admin.close()


def produce(
    topic: str,
    records: Sequence[tuple[bytes | None, bytes | None]],
    bootstrap: str = BOOTSTRAP,
    max_request_size: int = 1_048_576,
) -> None:
    producer = KafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=max_request_size
    )
    try:
        for key, value in records:
            producer.send(topic, key=key, value=value)
        producer.flush(timeout=30)
    finally:
        producer.close()


def read_topic(
    topic: str,
    expected: int,
    *,
    timeout_s: float = 30.0,
    isolation_level: str = "read_uncommitted",
    settle_s: float = 0.0,
    bootstrap: str = BOOTSTRAP,
) -> list[ConsumerRecord]:
    """Everything on the topic from the start, once at least `expected` records arrived.

    With ``settle_s`` it keeps reading that long after reaching ``expected``, so tests that
    check for *no more* records (duplicates) see them.
    """
    consumer = KafkaConsumer(
        bootstrap_servers=bootstrap,
        enable_auto_commit=False,
        isolation_level=isolation_level,
        allow_auto_create_topics=False,
    )
    try:
        partitions = _wait_for_partitions(consumer, topic, timeout_s)
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        records: list[ConsumerRecord] = []
        deadline = time.monotonic() + timeout_s
        settle_until: float | None = None
        while time.monotonic() < deadline:
            for batch in consumer.poll(timeout_ms=200).values():
                records.extend(batch)
            if len(records) >= expected:
                if settle_until is None:
                    settle_until = time.monotonic() + settle_s
                if time.monotonic() >= settle_until:
                    break
        return records
    finally:
        consumer.close()


def _wait_for_partitions(
    consumer: KafkaConsumer, topic: str, timeout_s: float
) -> list[TopicPartition]:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ids = consumer.partitions_for_topic(topic)
        if ids:
            return [TopicPartition(topic, pid) for pid in sorted(ids)]
        time.sleep(0.2)
    raise AssertionError(f"topic {topic} did not appear within {timeout_s}s")


def committed_offsets(group: str, topic: str, bootstrap: str = BOOTSTRAP) -> dict[int, int]:
    admin = KafkaAdminClient(bootstrap_servers=bootstrap)
    try:
        offsets = admin.list_group_offsets({group: None})[group]
    finally:
        admin.close()
    return {tp.partition: meta.offset for tp, meta in offsets.items() if tp.topic == topic}


def end_offsets(topic: str, bootstrap: str = BOOTSTRAP) -> dict[int, int]:
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        partitions = _wait_for_partitions(consumer, topic, 30.0)
        return {tp.partition: off for tp, off in consumer.end_offsets(partitions).items()}
    finally:
        consumer.close()


def header_map(record: ConsumerRecord) -> dict[str, bytes]:
    return dict(record.headers)


@contextmanager
def running_worker(
    settings: WorkerSettings, extractor: Extractor | None = None
) -> Iterator[WorkerApp]:
    """A worker running in a thread of this process; stopped cleanly on exit."""
    app = WorkerApp(settings, extractor=extractor)
    failure: list[BaseException] = []

    def target() -> None:
        try:
            app.start()
            app.run()
        except BaseException as exc:  # surfaced to the test below
            failure.append(exc)

    thread = threading.Thread(target=target, name="worker-under-test", daemon=True)
    thread.start()
    try:
        yield app
    finally:
        app.request_stop()
        thread.join(timeout=60)
        app.close()
    assert not thread.is_alive(), "worker did not stop within 60s"
    if failure:
        raise failure[0]


def wait_until(predicate: object, timeout_s: float = 30.0, interval_s: float = 0.2) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(interval_s)
    raise AssertionError(f"condition not met within {timeout_s}s")
