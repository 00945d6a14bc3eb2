"""The benchmark's cheapest phases, through its own functions, on the real broker.

Speed is the benchmark's to measure, not this test's: on a shared machine wall time says
little, so only the timeout guards against a hang."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bench import phases
from bench.kafka_ops import Kafka
from bench.messages import MAX_BYTES, MIN_BYTES, build_messages
from bench.procs import kill_all
from tests.kafka_helpers import BOOTSTRAP

pytestmark = pytest.mark.integration

ARTICLES = 500


@pytest.fixture
def context() -> Iterator[phases.Context]:
    kafka = Kafka(BOOTSTRAP)
    try:
        yield phases.Context(kafka, build_messages(ARTICLES), run=1)
    finally:
        kill_all()
        kafka.close()


@pytest.mark.timeout(180)
def test_passthrough_and_one_worker_run(context: phases.Context) -> None:
    """Passthrough and one at_least_once worker drain all 500 messages and report figures."""
    sizes = [m.size for m in context.messages]
    assert min(sizes) >= MIN_BYTES
    assert max(sizes) <= MAX_BYTES
    assert len({m.language for m in context.messages}) >= 4

    passthrough = phases.passthrough_phase(context, ARTICLES)
    assert passthrough["messages_per_s"] > 0
    assert passthrough["drained"] == passthrough["messages"] == ARTICLES

    worker = phases.worker_phase(context, "at_least_once")
    assert worker["articles_per_s"] > 0
    assert worker["events_per_s"] > 0
    assert worker["drained"] == worker["messages"] == ARTICLES
    assert worker["processed"] == ARTICLES
    assert worker["dead_lettered"] == 0
    assert worker["peak_rss_mib"] > 0
    assert worker["cpu_pct"]["worker"] > 0
