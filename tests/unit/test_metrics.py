"""Metrics names of the contract and the probes' answers."""

import time
import urllib.error
import urllib.request

import pytest

from worker.metrics import HealthState, MetricsServer, WorkerMetrics

CONTRACT_METRICS = [
    "event_worker_articles_total",
    "event_worker_events_total",
    "event_worker_dead_letters_total",
    "event_worker_processing_seconds",
    "event_worker_consumer_lag",
    "event_worker_last_commit_timestamp_seconds",
    "event_worker_build_info",
]


def test_contract_metric_names_are_exported() -> None:
    """Every metric named in CONTRACT.md section 5 is declared (as HELP in the exposition)."""
    metrics = WorkerMetrics()
    text = metrics.exposition().decode()
    for name in CONTRACT_METRICS:
        assert f"# HELP {name} " in text


def test_readiness_needs_connection_and_assignment() -> None:
    """Not ready until connected with at least one partition; not ready while stopping."""
    health = HealthState()
    assert not health.ready()[0]
    health.connected = True
    assert not health.ready()[0]
    health.assigned = 2
    assert health.ready()[0]
    health.stopping = True
    assert not health.ready()[0]


def test_liveness_fails_when_polls_stop() -> None:
    """/healthz turns false when the loop has not polled within the stale limit."""
    health = HealthState(stale_after_s=0.05)
    health.mark_polled()
    assert health.live()[0]
    time.sleep(0.1)
    assert not health.live()[0]


def test_probe_status_codes_over_http() -> None:
    """The HTTP port answers 200 on /healthz and 503 on /readyz before assignment."""
    health = HealthState()
    server = MetricsServer(WorkerMetrics(), health, "127.0.0.1", 0)
    server.start()
    try:
        base = f"http://127.0.0.1:{server.port}"
        with urllib.request.urlopen(base + "/healthz", timeout=5) as response:
            assert response.status == 200
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(base + "/readyz", timeout=5)
        assert caught.value.code == 503
    finally:
        server.stop()


def test_known_series_start_at_zero() -> None:
    """Known label values exist at 0 before any increment, so rate() sees the first one."""
    metrics = WorkerMetrics()
    metrics.initialise_series(("ar", "en"))
    text = metrics.exposition().decode()
    assert 'event_worker_dead_letters_total{reason="too_large"} 0.0' in text
    assert 'event_worker_commits_total{result="failed"} 0.0' in text
    assert 'event_worker_events_total{language="ar",type="release"} 0.0' in text
