"""A real Prometheus scrapes a worker running in-process and evaluates the project's rules.

The scrape config is the project's (deploy/prometheus/prometheus.yml), with the worker's
address instead of DNS discovery and a 1 s interval; the rules are the project's, evaluated
every second. Fails (never skips) when the prometheus binary is missing.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.kafka_helpers import (
    Topics,
    create_topic,
    new_topics,
    produce,
    running_worker,
    worker_settings,
)
from tests.ops_helpers import PROMETHEUS_CONFIG, REPO, load_yaml, rule_files, tool

SAMPLES = REPO / "samples" / "articles.jsonl"
JOB = "event-worker"


@dataclass(frozen=True)
class Scraped:
    url: str
    topics: Topics


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write_config(directory: Path, metrics_port: int) -> Path:
    """The project's scrape job pointed at 127.0.0.1:<port>, with the project's rules."""
    project = load_yaml(PROMETHEUS_CONFIG)
    [job] = [j for j in project["scrape_configs"] if j["job_name"] == JOB]
    job.pop("dns_sd_configs")
    job.update(
        scrape_interval="1s",
        scrape_timeout="1s",
        static_configs=[{"targets": [f"127.0.0.1:{metrics_port}"]}],
    )
    rules = []
    for path in rule_files():
        content = load_yaml(path)
        for group in content["groups"]:
            group["interval"] = "1s"
        target = directory / path.name
        target.write_text(yaml.safe_dump(content), encoding="utf-8")
        rules.append(str(target))
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "rule_files": rules,
        "scrape_configs": [job],
    }
    path = directory / "prometheus.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


def _api(url: str, path: str, **params: str) -> Any:
    query = f"?{urllib.parse.urlencode(params)}" if params else ""
    with urllib.request.urlopen(f"{url}/api/v1/{path}{query}", timeout=5) as response:
        body = json.loads(response.read())
    assert body["status"] == "success", body
    return body["data"]


def _query(url: str, expr: str) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = _api(url, "query", query=expr)["result"]
    return result


def _wait_for(check: Any, what: str, log: Path, timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass  # Prometheus still starting
        time.sleep(0.25)
    pytest.fail(f"{what} within {timeout_s}s; prometheus log:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def scraped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scraped]:
    """Worker + Prometheus, with the sample articles consumed and scraped."""
    binary = tool("prometheus")
    directory = tmp_path_factory.mktemp("prometheus")
    topics = new_topics()
    create_topic(topics.input)
    with running_worker(worker_settings(topics)) as app:
        config = _write_config(directory, app.metrics_port)
        url = f"http://127.0.0.1:{_free_port()}"
        log = directory / "prometheus.log"
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                [
                    binary,
                    f"--config.file={config}",
                    f"--storage.tsdb.path={directory / 'data'}",
                    f"--web.listen-address={url.removeprefix('http://')}",
                ],
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        try:
            _wait_for(
                lambda: urllib.request.urlopen(f"{url}/-/ready", timeout=2).status == 200,
                "prometheus not ready",
                log,
            )
            lines = [line for line in SAMPLES.read_bytes().splitlines() if line.strip()]
            # One article first: the outcome series appears with its first batch, and rate()
            # needs it to grow after Prometheus has seen it.
            produce(topics.input, [(None, lines[0])])
            _wait_for(
                lambda: _query(url, 'event_worker_articles_total{outcome="processed"}'),
                "no article counter scraped",
                log,
            )
            produce(topics.input, [(None, line) for line in lines[1:]])
            _wait_for(
                lambda: any(
                    float(s["value"][1]) > 0
                    for s in _query(url, f'rate(event_worker_articles_total{{job="{JOB}"}}[1m])')
                ),
                "no article rate scraped",
                log,
            )
            yield Scraped(url, topics)
        finally:
            process.terminate()
            process.wait(timeout=15)


def test_prometheus_sees_the_worker_up(scraped: Scraped) -> None:
    """The scrape target of the project's job is healthy."""
    [series] = _query(scraped.url, f'up{{job="{JOB}"}}')
    assert series["value"][1] == "1"


def test_prometheus_scrapes_the_article_rate(scraped: Scraped) -> None:
    """rate(event_worker_articles_total[1m]) has a positive value for processed articles."""
    series = _query(scraped.url, "rate(event_worker_articles_total[1m])")
    rates = {s["metric"]["outcome"]: float(s["value"][1]) for s in series}
    assert rates["processed"] > 0


def test_prometheus_scrapes_the_consumer_lag(scraped: Scraped) -> None:
    """event_worker_consumer_lag has one series per partition of the input topic."""
    series = _query(scraped.url, "event_worker_consumer_lag")
    assert {(s["metric"]["topic"], s["metric"]["partition"]) for s in series} == {
        (scraped.topics.input, str(p)) for p in range(3)
    }


def test_prometheus_evaluates_the_project_rules(scraped: Scraped) -> None:
    """Every recording and alerting rule evaluates without error on the real metrics, and the
    recorded article rate appears."""

    def rules_state() -> tuple[int, dict[str, tuple[str, str]], bool]:
        groups = _api(scraped.url, "rules")["groups"]
        problems = {
            rule["name"]: (rule["health"], rule.get("lastError", ""))
            for group in groups
            for rule in group["rules"]
            if rule["health"] != "ok"
        }
        recorded = bool(_query(scraped.url, "event_worker:articles:rate5m"))
        return len(groups), problems, recorded

    deadline = time.monotonic() + 10
    state = rules_state()
    while (state[1] or not state[2]) and time.monotonic() < deadline:
        time.sleep(0.25)
        state = rules_state()
    assert state == (len(rule_files()), {}, True)
