"""Every metric name in the Prometheus rules and the Grafana dashboard is one the worker exports."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from tests.ops_helpers import DASHBOARD, exported_names, metric_names, rules
from worker.metrics import WorkerMetrics

PROMETHEUS_OWN = {"up"}
_LABEL_VALUES = re.compile(r"^\s*label_values\((?P<expr>.*),\s*\w+\s*\)\s*$", re.DOTALL)


def _known_names() -> set[str]:
    metrics = WorkerMetrics()
    metrics.set_build_info("0.0.0", "test", "1")
    recorded = {rule["record"] for rule in rules() if "record" in rule}
    return exported_names(metrics.exposition().decode()) | recorded | PROMETHEUS_OWN


def _panels(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for panel in items:
        yield panel
        yield from _panels(panel.get("panels", []))


def _dashboard_exprs() -> dict[str, list[str]]:
    """Panel title (or variable name) -> its query expressions."""
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    exprs: dict[str, list[str]] = {}
    for panel in _panels(dashboard["panels"]):
        if panel["type"] != "row":
            exprs[panel["title"]] = [target["expr"] for target in panel["targets"]]
    for variable in dashboard["templating"]["list"]:
        if variable["type"] == "query":
            query = variable["query"]
            text = query["query"] if isinstance(query, dict) else query
            match = _LABEL_VALUES.match(text)
            exprs[f"${variable['name']}"] = [match["expr"] if match else text]
    return exprs


def test_name_extraction_ignores_functions_labels_and_keywords() -> None:
    """Only series names come out of an expression, not functions, labels, durations or vars."""
    expr = (
        "histogram_quantile(0.99, sum by (job, le) (rate(event_worker_processing_seconds_bucket"
        '{job=~"$job", le!="1e3"}[$__rate_interval]))) > 1e3 and on (instance) '
        "time() - event_worker_last_commit_timestamp_seconds offset 1d "
        "unless event_worker:consumer_lag:sum"
    )
    assert metric_names(expr) == {
        "event_worker_processing_seconds_bucket",
        "event_worker_last_commit_timestamp_seconds",
        "event_worker:consumer_lag:sum",
    }


def test_exposition_names_include_suffixed_series() -> None:
    """Counters are known by their _total name, histograms by _bucket, _count and _sum."""
    names = exported_names(WorkerMetrics().exposition().decode())
    assert {
        "event_worker_articles_total",
        "event_worker_processing_seconds_bucket",
        "event_worker_processing_seconds_count",
        "event_worker_consumer_lag",
    } <= names
    assert "event_worker_processing_seconds" not in names


def test_rule_expressions_use_exported_metrics() -> None:
    """Recording and alerting rules read only exported metrics, recorded series and `up`."""
    known = _known_names()
    unknown = {
        rule.get("alert") or rule["record"]: sorted(metric_names(rule["expr"]) - known)
        for rule in rules()
    }
    assert {name: missing for name, missing in unknown.items() if missing} == {}


def test_rules_read_at_least_one_series_each() -> None:
    """Every rule expression names a series (the name check above is not vacuous)."""
    empty = [
        rule.get("alert") or rule["record"] for rule in rules() if not metric_names(rule["expr"])
    ]
    assert empty == []


def test_dashboard_expressions_use_exported_metrics() -> None:
    """Every dashboard panel and variable query reads exported metrics or recorded series."""
    known = _known_names()
    exprs = _dashboard_exprs()
    unknown = {title: sorted(metric_names(" ".join(e)) - known) for title, e in exprs.items()}
    assert {title: missing for title, missing in unknown.items() if missing} == {}
    assert all(metric_names(" ".join(e)) for e in exprs.values()), "a panel reads no series"
