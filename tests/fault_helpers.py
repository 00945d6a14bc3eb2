"""Shared tooling of the fault tests: worker processes to kill, a stream to check afterwards."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kafka.errors import KafkaError

from tests.kafka_helpers import BOOTSTRAP, Topics, committed_offsets, end_offsets
from worker.extraction import Extractor
from worker.models import Article

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / ".run" / "fault-report.jsonl"

_TEMPLATES = [
    "Police arrested {n} people in Madrid on Tuesday in an operation against drug trafficking.",
    "Customs officers seized {n} kilograms of cocaine at the port of Valencia on Monday.",
    "ألقت الشرطة القبض على {n} أشخاص في القاهرة أمس بتهمة الاتجار في المخدرات.",
    "Les gendarmes ont interpellé {n} personnes lundi à Marseille dans une affaire de stupéfiants.",
    "La Guardia Civil ha detenido a {n} personas en Algeciras por narcotráfico.",
    "The council approved a budget of {n} million euros for public libraries.",
]


@dataclass
class Stream:
    """The messages sent and what must come out of them."""

    messages: list[tuple[bytes, bytes]]
    expected_event_ids: set[str]
    bad_values: list[bytes]
    max_events_per_article: int


def build_stream(size: int, seed: int = 7, bad_every: int = 50) -> Stream:
    """`size` articles in several languages, one bad message every `bad_every`."""
    rng = random.Random(seed)
    extractor = Extractor()
    messages: list[tuple[bytes, bytes]] = []
    expected: set[str] = set()
    bad: list[bytes] = []
    most = 0
    for index in range(size):
        key = f"f{index}".encode()
        if index % bad_every == bad_every - 1:
            value = b"not json #" + str(index).encode()
            bad.append(value)
        else:
            text = rng.choice(_TEMPLATES).format(n=rng.randint(2, 40))
            payload = {"id": f"f{index}", "text": text, "published_at": "2025-05-02"}
            value = json.dumps(payload, ensure_ascii=False).encode()
            events = extractor.extract(Article.model_validate(payload)).events
            expected.update(event.event_id for event in events)
            most = max(most, len(events))
        messages.append((key, value))
    return Stream(messages, expected, bad, most)


@dataclass
class WorkerProcess:
    """`event-worker run` as a child process that can be killed like a real deployment."""

    topics: Topics
    guarantee: str
    instance_id: str
    log_path: Path
    extra_env: dict[str, str] = field(default_factory=dict)
    bootstrap: str = BOOTSTRAP
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        env = {
            **os.environ,
            "WORKER_BOOTSTRAP_SERVERS": self.bootstrap,
            "WORKER_INPUT_TOPIC": self.topics.input,
            "WORKER_OUTPUT_TOPIC": self.topics.output,
            "WORKER_DLQ_TOPIC": self.topics.dlq,
            "WORKER_GROUP_ID": self.topics.group,
            "WORKER_GUARANTEE": self.guarantee,
            "WORKER_INSTANCE_ID": self.instance_id,
            "WORKER_METRICS_HOST": "127.0.0.1",
            "WORKER_METRICS_PORT": "0",
            "WORKER_POLL_TIMEOUT_MS": "200",
            "WORKER_SESSION_TIMEOUT_MS": "6000",
            "WORKER_MAX_POLL_RECORDS": "100",
            "WORKER_LOG_FORMAT": "json",
            "WORKER_LOG_LEVEL": "WARNING",
            **self.extra_env,
        }
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "worker", "run"], cwd=REPO, env=env, stdout=log, stderr=log
        )
        log.close()

    def kill(self) -> None:
        """SIGKILL: no flush, no commit, no goodbye to the group."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> int:
        """SIGTERM and wait for the clean exit code."""
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)
        return int(self.process.returncode)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


def consumed(topics: Topics, bootstrap: str = BOOTSTRAP, timeout_s: float = 60.0) -> int:
    """Messages of the input topic the group has committed past.

    Retries while the group coordinator is not available yet (just after a broker restart).
    """
    deadline = time.monotonic() + timeout_s
    while True:
        try:
            return sum(committed_offsets(topics.group, topics.input, bootstrap).values())
        except KafkaError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def wait_for_progress(
    topics: Topics, at_least: int, timeout_s: float, bootstrap: str = BOOTSTRAP
) -> float:
    """Seconds until the group's committed count reaches `at_least`."""
    started = time.monotonic()
    while time.monotonic() - started < timeout_s:
        if consumed(topics, bootstrap) >= at_least:
            return time.monotonic() - started
        time.sleep(0.2)
    raise AssertionError(f"committed count stayed below {at_least} for {timeout_s}s")


def recovery_time(
    topics: Topics, before: int, total: int, timeout_s: float, bootstrap: str = BOOTSTRAP
) -> float | None:
    """Seconds until the group commits past `before` again; None when it had already
    committed everything (`total`) before the fault, so there is nothing to recover."""
    if before >= total:
        return None
    return wait_for_progress(topics, before + 1, timeout_s, bootstrap)


def wait_until_drained(topics: Topics, timeout_s: float, bootstrap: str = BOOTSTRAP) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            committed = committed_offsets(topics.group, topics.input, bootstrap)
        except KafkaError:
            committed = {}
        ends = end_offsets(topics.input, bootstrap)
        # Partitions that never had a message have no committed offset at all.
        if committed and all(committed.get(p, 0) >= end for p, end in ends.items()):
            return
        time.sleep(0.3)
    raise AssertionError(f"group {topics.group} did not drain {topics.input} in {timeout_s}s")


@dataclass
class Delivery:
    events_seen: int
    distinct_events: int
    duplicates: int
    missing: int
    dead_letters: Counter[bytes]


def check_delivery(stream: Stream, event_values: list[bytes], dlq_values: list[bytes]) -> Delivery:
    ids = Counter(json.loads(value)["event_id"] for value in event_values)
    return Delivery(
        events_seen=sum(ids.values()),
        distinct_events=len(ids),
        duplicates=sum(count - 1 for count in ids.values()),
        missing=len(stream.expected_event_ids - set(ids)),
        dead_letters=Counter(dlq_values),
    )


def report(scenario: str, **figures: object) -> None:
    """Append the figures of one fault run to .run/fault-report.jsonl (for the release note)."""
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    with REPORT.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"scenario": scenario, **figures}, default=str) + "\n")
