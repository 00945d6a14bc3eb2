"""Nothing lost, nothing doubled: a stream of articles through killed workers, rebalances and
a restarted broker, in both delivery modes.

FAULT_SOAK=1 runs the longer variant (ten times the articles, more kills).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fault_helpers import (
    REPO,
    Delivery,
    Stream,
    WorkerProcess,
    build_stream,
    check_delivery,
    consumed,
    recovery_time,
    report,
    wait_for_progress,
    wait_until_drained,
)
from tests.kafka_helpers import (
    BOOTSTRAP,
    committed_offsets,
    create_topic,
    new_topics,
    produce,
    read_topic,
    unique,
    worker_settings,
)

pytestmark = pytest.mark.integration

SOAK = os.environ.get("FAULT_SOAK") == "1"
SIZE = 50_000 if SOAK else 5_000
KILLS = 8 if SOAK else 3
MAX_POLL_RECORDS = 100
MODES = ["at_least_once", "exactly_once"]
LOGS = REPO / ".run" / "fault-logs"


@pytest.fixture(scope="module")
def stream() -> Stream:
    return build_stream(SIZE)


def _collect(
    topics_output: str, topics_dlq: str, stream: Stream, guarantee: str, bootstrap: str
) -> Delivery:
    isolation = "read_committed" if guarantee == "exactly_once" else "read_uncommitted"
    events = read_topic(
        topics_output,
        expected=len(stream.expected_event_ids),
        timeout_s=120,
        isolation_level=isolation,
        settle_s=2.0,
        bootstrap=bootstrap,
    )
    dead = read_topic(
        topics_dlq,
        expected=len(stream.bad_values),
        timeout_s=60,
        isolation_level=isolation,
        settle_s=1.0,
        bootstrap=bootstrap,
    )
    return check_delivery(stream, [r.value for r in events], [r.value for r in dead])


def _assert_delivery(delivery: Delivery, stream: Stream, guarantee: str, faults: int) -> None:
    assert delivery.missing == 0, f"{delivery.missing} expected events never arrived"
    assert set(delivery.dead_letters) == set(stream.bad_values)
    if guarantee == "exactly_once":
        assert delivery.duplicates == 0
        assert all(count == 1 for count in delivery.dead_letters.values())
    else:
        # Each fault can re-deliver at most the batch that was in flight.
        bound = faults * MAX_POLL_RECORDS * max(stream.max_events_per_article, 1)
        assert delivery.duplicates <= bound


def _report(
    scenario: str,
    guarantee: str,
    stream: Stream,
    delivery: Delivery,
    started: float,
    **figures: object,
) -> None:
    report(
        scenario,
        guarantee=guarantee,
        articles=SIZE,
        expected_events=len(stream.expected_event_ids),
        events_seen=delivery.events_seen,
        duplicates=delivery.duplicates,
        dead_letters=sum(delivery.dead_letters.values()),
        total_s=round(time.monotonic() - started, 1),
        **figures,
    )


def _worker(
    topics: object, guarantee: str, instance: str, bootstrap: str = BOOTSTRAP
) -> WorkerProcess:
    return WorkerProcess(
        topics,  # type: ignore[arg-type]
        guarantee,
        instance,
        LOGS / f"{instance}.log",
        extra_env={
            "WORKER_MAX_POLL_RECORDS": str(MAX_POLL_RECORDS),
            "WORKER_TRANSACTION_TIMEOUT_MS": "10000",
        },
        bootstrap=bootstrap,
    )


@pytest.mark.parametrize("guarantee", MODES)
def test_sigkilled_worker_restarts_from_its_last_commit(stream: Stream, guarantee: str) -> None:
    """Killing the worker with SIGKILL at random points loses no event (and, in exactly_once,
    doubles none)."""
    topics = new_topics()
    create_topic(topics.input, partitions=4)
    produce(topics.input, stream.messages)
    rng = random.Random(guarantee)
    instance = unique("kill")
    worker = _worker(topics, guarantee, instance)
    recoveries = []
    started = time.monotonic()
    worker.start()
    try:
        for fraction in sorted(rng.uniform(0.1, 0.8) for _ in range(KILLS)):
            wait_for_progress(topics, int(fraction * SIZE), timeout_s=180)
            time.sleep(rng.uniform(0.0, 0.3))  # somewhere inside a batch
            worker.kill()
            before = consumed(topics)
            worker.start()  # same instance id: a restarted pod
            recovered = recovery_time(topics, before, SIZE, timeout_s=120)
            if recovered is not None:
                recoveries.append(round(recovered, 2))
        wait_until_drained(topics, timeout_s=300)
    finally:
        code = worker.stop()
    assert code == 0
    delivery = _collect(topics.output, topics.dlq, stream, guarantee, BOOTSTRAP)
    _report(
        "sigkill",
        guarantee,
        stream,
        delivery,
        started,
        kills=KILLS,
        recovery_s=recoveries,
    )
    _assert_delivery(delivery, stream, guarantee, KILLS)


def test_static_member_restarts_without_waiting_for_its_session(stream: Stream) -> None:
    """With static membership a SIGKILLed replica restarted under the same instance id takes
    its partitions back without a rebalance; nothing is lost."""
    topics = new_topics()
    create_topic(topics.input, partitions=4)
    produce(topics.input, stream.messages)
    worker = _worker(topics, "at_least_once", unique("static"))
    worker.extra_env["WORKER_STATIC_MEMBERSHIP"] = "true"
    started = time.monotonic()
    worker.start()
    try:
        wait_for_progress(topics, SIZE // 3, timeout_s=180)
        worker.kill()
        before = consumed(topics)
        worker.start()
        recovery = recovery_time(topics, before, SIZE, timeout_s=120)
        wait_until_drained(topics, timeout_s=300)
    finally:
        code = worker.stop()
    assert code == 0
    delivery = _collect(topics.output, topics.dlq, stream, "at_least_once", BOOTSTRAP)
    _report(
        "sigkill_static_member",
        "at_least_once",
        stream,
        delivery,
        started,
        kills=1,
        recovery_s=None if recovery is None else round(recovery, 2),
    )
    _assert_delivery(delivery, stream, "at_least_once", faults=1)


@pytest.mark.parametrize("guarantee", MODES)
def test_group_survives_a_killed_and_an_added_worker(stream: Stream, guarantee: str) -> None:
    """Two workers share the stream; one is SIGKILLed and a third joins mid-stream."""
    topics = new_topics()
    create_topic(topics.input, partitions=4)
    produce(topics.input, stream.messages)
    first = _worker(topics, guarantee, unique("a"))
    second = _worker(topics, guarantee, unique("b"))
    third = _worker(topics, guarantee, unique("c"))
    started = time.monotonic()
    first.start()
    try:
        wait_for_progress(topics, SIZE // 10, timeout_s=180)
        second.start()
        wait_for_progress(topics, SIZE * 4 // 10, timeout_s=180)
        first.kill()
        killed_at = consumed(topics)
        # The group notices the dead member after its session timeout (6 s here).
        recovery = recovery_time(topics, killed_at, SIZE, timeout_s=120)
        wait_for_progress(topics, SIZE * 6 // 10, timeout_s=180)
        third.start()
        wait_until_drained(topics, timeout_s=300)
    finally:
        codes = [second.stop(), third.stop()]
    assert codes == [0, 0]
    delivery = _collect(topics.output, topics.dlq, stream, guarantee, BOOTSTRAP)
    _report(
        "rebalance",
        guarantee,
        stream,
        delivery,
        started,
        kills=1,
        joins=2,
        recovery_s=None if recovery is None else round(recovery, 2),
    )
    _assert_delivery(delivery, stream, guarantee, faults=3)


def _free_port_pair() -> int:
    """A port whose neighbour (the controller port) is free too."""
    for _ in range(50):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        with socket.socket() as probe:
            try:
                probe.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no pair of free ports")


@pytest.fixture
def private_broker() -> Iterator[tuple[str, dict[str, str]]]:
    """A broker of this test's own, so stopping it disturbs no other test."""
    port = _free_port_pair()
    run_dir = Path(tempfile.mkdtemp(prefix="fault-broker-"))
    env = {**os.environ, "KAFKA_PORT": str(port), "KAFKA_RUN_DIR": str(run_dir)}
    script = str(REPO / "deploy" / "local" / "kafka.sh")
    subprocess.run(["bash", script, "start"], env=env, check=True, capture_output=True)
    try:
        yield f"127.0.0.1:{port}", env
    finally:
        subprocess.run(["bash", script, "stop"], env=env, check=False, capture_output=True)
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.mark.parametrize("guarantee", MODES)
def test_broker_restart_mid_stream_loses_nothing(
    stream: Stream, guarantee: str, private_broker: tuple[str, dict[str, str]]
) -> None:
    """The broker is stopped and started again while the worker runs; the worker carries on."""
    bootstrap, env = private_broker
    script = str(REPO / "deploy" / "local" / "kafka.sh")
    topics = new_topics()
    create_topic(topics.input, partitions=4, bootstrap=bootstrap)
    produce(topics.input, stream.messages, bootstrap=bootstrap)
    worker = _worker(topics, guarantee, unique("restart"), bootstrap=bootstrap)
    started = time.monotonic()
    worker.start()
    try:
        wait_for_progress(topics, SIZE * 3 // 10, timeout_s=180, bootstrap=bootstrap)
        subprocess.run(["bash", script, "stop"], env=env, check=True, capture_output=True)
        time.sleep(2.0)
        subprocess.run(["bash", script, "start"], env=env, check=True, capture_output=True)
        back = consumed(topics, bootstrap)
        recovery = recovery_time(topics, back, SIZE, timeout_s=180, bootstrap=bootstrap)
        assert worker.alive(), "the worker exited while the broker was away"
        wait_until_drained(topics, timeout_s=300, bootstrap=bootstrap)
    finally:
        code = worker.stop()
    assert code == 0
    delivery = _collect(topics.output, topics.dlq, stream, guarantee, bootstrap)
    _report(
        "broker_restart",
        guarantee,
        stream,
        delivery,
        started,
        broker_restarts=1,
        recovery_s=None if recovery is None else round(recovery, 2),
    )
    _assert_delivery(delivery, stream, guarantee, faults=2)


def _create_capped_topic(name: str, max_bytes: int) -> None:
    """A topic that refuses records over `max_bytes`: 'unwritable' for our events."""
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    try:
        admin.create_topics(
            {
                name: {
                    "num_partitions": 1,
                    "replication_factor": 1,
                    "configs": {"max.message.bytes": str(max_bytes)},
                }
            }
        )
        admin.wait_for_topics([name], timeout_ms=30_000)
    finally:
        admin.close()


def _run_until_exit(settings: object, timeout_s: float = 60.0) -> BaseException | None:
    """Run a worker in-process until it returns; the exception it ended with, if any."""
    import threading

    from worker.app import WorkerApp

    app = WorkerApp(settings)  # type: ignore[arg-type]
    outcome: list[BaseException | None] = [None]

    def target() -> None:
        try:
            app.start()
            app.run()
        except BaseException as exc:
            outcome[0] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(timeout_s)
    alive = thread.is_alive()
    if alive:
        app.request_stop()
        thread.join(30)
    app.close()
    assert not alive, "the worker kept running instead of stopping"
    return outcome[0]


ARTICLE = json.dumps(
    {"id": "u1", "text": "Police arrested 12 people in Madrid on Tuesday.", "language": "en"}
).encode()


def test_unwritable_output_topic_stops_the_worker_without_commit() -> None:
    """When events cannot be written, the worker retries, then stops; nothing is committed."""
    from worker.runner import WorkerGaveUpError

    topics = new_topics()
    create_topic(topics.input, partitions=1)
    _create_capped_topic(topics.output, max_bytes=64)
    produce(topics.input, [(b"u1", ARTICLE)])
    error = _run_until_exit(worker_settings(topics))
    assert isinstance(error, WorkerGaveUpError)
    assert committed_offsets(topics.group, topics.input).get(0, 0) == 0


def test_unwritable_dead_letter_topic_stops_the_worker_without_commit() -> None:
    """A bad message that cannot be dead-lettered is not skipped: the worker stops."""
    from worker.runner import WorkerGaveUpError

    topics = new_topics()
    create_topic(topics.input, partitions=1)
    _create_capped_topic(topics.dlq, max_bytes=64)
    produce(topics.input, [(b"bad", b"not json " * 40)])
    error = _run_until_exit(worker_settings(topics))
    assert isinstance(error, WorkerGaveUpError)
    assert committed_offsets(topics.group, topics.input).get(0, 0) == 0


def test_worker_started_before_the_broker_waits_for_it() -> None:
    """Started while its broker is down, the worker retries with backoff and then works."""
    port = _free_port_pair()
    run_dir = Path(tempfile.mkdtemp(prefix="late-broker-"))
    env = {**os.environ, "KAFKA_PORT": str(port), "KAFKA_RUN_DIR": str(run_dir)}
    script = str(REPO / "deploy" / "local" / "kafka.sh")
    bootstrap = f"127.0.0.1:{port}"
    topics = new_topics()
    worker = _worker(topics, "at_least_once", unique("late"), bootstrap=bootstrap)
    worker.extra_env["WORKER_STARTUP_TIMEOUT_S"] = "90"
    worker.start()
    try:
        time.sleep(3.0)
        assert worker.alive(), "the worker gave up while the broker was still starting"
        subprocess.run(["bash", script, "start"], env=env, check=True, capture_output=True)
        produce_when_ready(topics, bootstrap)
        wait_until_drained(topics, timeout_s=90, bootstrap=bootstrap)
        assert worker.stop() == 0
    finally:
        if worker.alive():
            worker.kill()
        subprocess.run(["bash", script, "stop"], env=env, check=False, capture_output=True)
        shutil.rmtree(run_dir, ignore_errors=True)
    log = worker.log_path.read_text(encoding="utf-8")
    assert "broker not reachable yet" in log


def produce_when_ready(topics: object, bootstrap: str) -> None:
    """Produce once the worker has created its input topic on the new broker."""
    from kafka import KafkaConsumer

    name = topics.input  # type: ignore[attr-defined]
    deadline = time.monotonic() + 60
    consumer = KafkaConsumer(bootstrap_servers=bootstrap)
    try:
        while not consumer.partitions_for_topic(name):
            assert time.monotonic() < deadline, "the worker never created its topics"
            time.sleep(0.5)
    finally:
        consumer.close()
    produce(name, [(b"u1", ARTICLE)], bootstrap=bootstrap)
