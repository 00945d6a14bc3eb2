"""Every metric the worker exports, declared in one place, and the HTTP port that serves them.

The port serves ``/metrics`` (Prometheus text format), ``/healthz`` (the loop is alive and has
polled recently) and ``/readyz`` (connected to Kafka and assigned at least one partition).
Labels are bounded sets: outcome, event type, language, reason, topic and partition.
"""

from __future__ import annotations

import contextlib
import platform
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, get_args

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

from worker.models import EVENT_TYPES, DeadLetterReason

# Articles take from tens of microseconds (no trigger word) to tens of milliseconds.
_PROCESSING_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)


class WorkerMetrics:
    """The worker's metrics in their own registry (no process-global state, easy to test)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.articles = Counter(
            "event_worker_articles",
            "Articles consumed, by outcome (processed or dead_lettered)",
            ["outcome"],
            registry=r,
        )
        self.events = Counter(
            "event_worker_events",
            "Event records published, by event type and extraction language",
            ["type", "language"],
            registry=r,
        )
        self.dead_letters = Counter(
            "event_worker_dead_letters",
            "Messages sent to the dead-letter topic, by reason",
            ["reason"],
            registry=r,
        )
        self.articles_by_language = Counter(
            "event_worker_articles_by_language",
            "Processed articles by extraction language; supported=false means no lexicon",
            ["language", "supported"],
            registry=r,
        )
        self.processing_seconds = Histogram(
            "event_worker_processing_seconds",
            "Time to turn one article message into its outcome (decode, validate, extract)",
            buckets=_PROCESSING_BUCKETS,
            registry=r,
        )
        self.batch_seconds = Histogram(
            "event_worker_batch_seconds",
            "Time for one poll batch: process, publish, flush and commit",
            buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
            registry=r,
        )
        self.consumer_lag = Gauge(
            "event_worker_consumer_lag",
            "Messages behind the end of the partition (highwater minus position)",
            ["topic", "partition"],
            registry=r,
        )
        self.last_commit_timestamp = Gauge(
            "event_worker_last_commit_timestamp_seconds",
            "Unix time of the last successful offset (or transaction) commit",
            registry=r,
        )
        self.commits = Counter(
            "event_worker_commits",
            "Offset or transaction commits, by result (ok, failed)",
            ["result"],
            registry=r,
        )
        self.rebalances = Counter(
            "event_worker_rebalances",
            "Partition assignment changes seen by this worker, by kind",
            ["kind"],
            registry=r,
        )
        self.assigned_partitions = Gauge(
            "event_worker_assigned_partitions",
            "Input partitions currently assigned to this worker",
            registry=r,
        )
        self.build_info = Gauge(
            "event_worker_build_info",
            "Always 1; labels carry the versions running",
            ["version", "extractor_version", "schema_version", "python"],
            registry=r,
        )

    def initialise_series(self, languages: tuple[str, ...]) -> None:
        """Create the known label values at 0 so that the first increment is visible to
        ``increase()`` and ``rate()`` (a series that appears at 1 has no earlier sample)."""
        for outcome in ("processed", "dead_lettered"):
            self.articles.labels(outcome=outcome)
        for reason in get_args(DeadLetterReason):
            self.dead_letters.labels(reason=reason)
        for result in ("ok", "failed"):
            self.commits.labels(result=result)
        for kind in ("assigned", "revoked"):
            self.rebalances.labels(kind=kind)
        for language in languages:
            for event_type in EVENT_TYPES:
                self.events.labels(type=event_type, language=language)

    def set_build_info(self, version: str, extractor_version: str, schema_version: str) -> None:
        self.build_info.labels(
            version=version,
            extractor_version=extractor_version,
            schema_version=schema_version,
            python=platform.python_version(),
        ).set(1)

    def forget_partitions(self, topic_partitions: list[tuple[str, int]]) -> None:
        """Drop lag series of partitions this worker no longer owns (no stale series)."""
        for topic, partition in topic_partitions:
            with contextlib.suppress(KeyError):
                self.consumer_lag.remove(topic, str(partition))

    def exposition(self) -> bytes:
        return generate_latest(self.registry)


@dataclass
class HealthState:
    """What the probes report; written by the runner's loop, read by the HTTP thread."""

    stale_after_s: float = 60.0
    last_poll_monotonic: float | None = None
    connected: bool = False
    assigned: int = 0
    stopping: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def mark_polled(self) -> None:
        with self._lock:
            self.last_poll_monotonic = time.monotonic()

    def live(self) -> tuple[bool, str]:
        with self._lock:
            if self.last_poll_monotonic is None:
                # Starting up: alive until the first poll is overdue.
                return True, "starting"
            age = time.monotonic() - self.last_poll_monotonic
        if age > self.stale_after_s:
            return False, f"no poll for {age:.0f}s"
        return True, f"polled {age:.1f}s ago"

    def ready(self) -> tuple[bool, str]:
        with self._lock:
            if self.stopping:
                return False, "stopping"
            if not self.connected:
                return False, "not connected to Kafka"
            if self.assigned == 0:
                return False, "no partition assigned"
            return True, f"{self.assigned} partitions assigned"


class MetricsServer:
    """Serves metrics and probes on one port from a daemon thread."""

    def __init__(self, metrics: WorkerMetrics, health: HealthState, host: str, port: int) -> None:
        handler = _make_handler(metrics, health)
        self._server = ThreadingHTTPServer((host, port), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="metrics-http", daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _make_handler(metrics: WorkerMetrics, health: HealthState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/metrics":
                self._reply(200, metrics.exposition(), CONTENT_TYPE_LATEST)
            elif path == "/healthz":
                ok, why = health.live()
                self._reply(200 if ok else 503, (why + "\n").encode(), "text/plain")
            elif path == "/readyz":
                ok, why = health.ready()
                self._reply(200 if ok else 503, (why + "\n").encode(), "text/plain")
            else:
                self._reply(404, b"not found\n", "text/plain")

        def _reply(self, status: int, body: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            # Scrapes every few seconds would drown the worker's own log lines.
            return

    return Handler
