"""`event-worker run` as a real process on the real broker: SIGTERM stops it cleanly."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.kafka_helpers import (
    BOOTSTRAP,
    committed_offsets,
    create_topic,
    end_offsets,
    new_topics,
    produce,
    read_topic,
    wait_until,
)

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
TEXT = (
    "Police in Lyon arrested 4 people on Monday and seized 20 kilograms of cannabis resin, "
    "prosecutors said."
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ready(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def test_sigterm_stops_the_worker_with_everything_committed() -> None:
    """Articles produced while the process runs are all committed when SIGTERM ends it."""
    topics = new_topics()
    create_topic(topics.input, partitions=2)
    port = _free_port()
    env = {
        **os.environ,
        "WORKER_BOOTSTRAP_SERVERS": BOOTSTRAP,
        "WORKER_METRICS_HOST": "127.0.0.1",
        "WORKER_LOG_FORMAT": "json",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "worker",
            "run",
            "--input-topic",
            topics.input,
            "--output-topic",
            topics.output,
            "--dlq-topic",
            topics.dlq,
            "--group-id",
            topics.group,
            "--metrics-port",
            str(port),
            "--poll-timeout-ms",
            "200",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(lambda: _ready(port), timeout_s=60)
        articles = [
            (f"k{i}".encode(), json.dumps({"id": f"p{i}", "text": TEXT}).encode())
            for i in range(50)
        ]
        produce(topics.input, [*articles, (b"bad", b"\xff")])
        wait_until(lambda: len(read_topic(topics.output, expected=50, timeout_s=2)) >= 50, 60)
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
        stop_seconds = time.monotonic() - started
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr[-2000:]
    assert stop_seconds < 15
    assert committed_offsets(topics.group, topics.input) == end_offsets(topics.input)
    summary = [json.loads(line) for line in stderr.splitlines() if '"worker stopped"' in line]
    assert len(summary) == 1, stderr[-2000:]
    assert summary[0]["articles_processed"] == 50
    assert summary[0]["articles_dead_lettered"] == 1
