"""Medians and spreads over the runs, the printed table, and the environment of the run."""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from bench.procs import broker_status, command_output


@dataclass(frozen=True)
class Figure:
    path: str  # "phase.key" or "phase.key.subkey" in one run's results
    label: str
    unit: str
    target: str = ""
    holds: Callable[[float], bool] | None = None


FIGURES: list[Figure] = [
    Figure("offline.articles_per_s", "offline extractor (in-process)", "articles/s"),
    Figure("offline.cpu_ms_per_article", "offline CPU per article", "ms"),
    Figure("offline.events_per_article", "events per article", ""),
    Figure("passthrough.messages_per_s", "passthrough consume->produce", "msg/s"),
    Figure(
        "at_least_once.articles_per_s",
        "worker at_least_once",
        "articles/s",
        ">= 1000",
        lambda v: v >= 1000,
    ),
    Figure("at_least_once.events_per_s", "worker at_least_once events", "events/s"),
    Figure("ratios.alo_to_offline", "at_least_once / offline", "", ">= 0.80", lambda v: v >= 0.8),
    Figure(
        "ratios.alo_to_passthrough",
        "at_least_once / passthrough",
        "",
        ">= 0.10",
        lambda v: v >= 0.1,
    ),
    Figure("at_least_once.cpu_ms_per_article", "worker CPU per article (alo)", "ms"),
    Figure(
        "ratios.alo_cpu_efficiency",
        "offline CPU / worker CPU per article",
        "",
    ),
    Figure("at_least_once.cpu_pct.worker", "worker CPU (at_least_once)", "% core"),
    Figure("at_least_once.cpu_pct.broker", "broker CPU (at_least_once)", "% core"),
    Figure("at_least_once.cpu_pct.machine", "machine CPU, all cores", "% core"),
    Figure("at_least_once.peak_rss_mib", "worker peak RSS (VmHWM)", "MiB"),
    Figure("exactly_once.articles_per_s", "worker exactly_once", "articles/s"),
    Figure("exactly_once.events_per_s", "worker exactly_once events", "events/s"),
    Figure("ratios.eos_to_alo", "exactly_once / at_least_once", "", ">= 0.70", lambda v: v >= 0.7),
    Figure("ratios.eos_to_offline", "exactly_once / offline", ""),
    Figure("latency.achieved_rate", "latency load (50% of alo)", "articles/s"),
    Figure("latency.p50_ms", "end-to-end latency p50", "ms"),
    Figure("latency.p95_ms", "end-to-end latency p95", "ms"),
    Figure("latency.p99_ms", "end-to-end latency p99", "ms", "<= 250", lambda v: v <= 250),
    Figure("scaling_1.articles_per_s", "1 worker, 4 partitions", "articles/s"),
    Figure("scaling_1.cpu_pct.worker1", "  CPU worker", "% core"),
    Figure("scaling_1.cpu_pct.broker", "  CPU broker", "% core"),
    Figure("scaling_1.cpu_pct.bench", "  CPU bench (load gen)", "% core"),
    Figure("scaling_1.cpu_pct.other", "  CPU other processes", "% core"),
    Figure("scaling_2.articles_per_s", "2 workers, 4 partitions", "articles/s"),
    Figure("scaling_2.cpu_pct.worker1", "  CPU worker 1", "% core"),
    Figure("scaling_2.cpu_pct.worker2", "  CPU worker 2", "% core"),
    Figure("scaling_2.cpu_pct.broker", "  CPU broker", "% core"),
    Figure("scaling_2.cpu_pct.bench", "  CPU bench (load gen)", "% core"),
    Figure("scaling_2.cpu_pct.other", "  CPU other processes", "% core"),
    Figure("scaling_2.cpu_pct.machine", "  CPU machine, all cores", "% core"),
    Figure("ratios.two_to_one", "2 workers / 1 worker", "", ">= 1.6", lambda v: v >= 1.6),
]

MEMORY_FIGURES: list[Figure] = [
    Figure("memory.articles_per_s", "memory run throughput", "articles/s"),
    Figure("memory.rss_after_warmup_mib", "RSS after warm-up", "MiB"),
    Figure("memory.rss_end_mib", "RSS at the end", "MiB"),
    Figure("memory.growth_pct", "RSS growth after warm-up", "%", "<= 10", lambda v: v <= 10),
    Figure("memory.peak_rss_mib", "peak RSS (VmHWM)", "MiB"),
]


def lookup(results: dict[str, Any], path: str) -> float | None:
    node: Any = results
    for part in path.split("."):
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def add_ratios(run: dict[str, Any]) -> None:
    """Ratios of figures measured side by side in this run."""

    def ratio(top: str, bottom: str) -> float | None:
        a, b = lookup(run, top), lookup(run, bottom)
        return None if a is None or not b else a / b

    run["ratios"] = {
        "alo_to_offline": ratio("at_least_once.articles_per_s", "offline.articles_per_s"),
        "alo_to_passthrough": ratio("at_least_once.articles_per_s", "passthrough.messages_per_s"),
        "eos_to_alo": ratio("exactly_once.articles_per_s", "at_least_once.articles_per_s"),
        "eos_to_offline": ratio("exactly_once.articles_per_s", "offline.articles_per_s"),
        "two_to_one": ratio("scaling_2.articles_per_s", "scaling_1.articles_per_s"),
        # What share of the worker's CPU goes to extraction: the wall-clock ratio above on a
        # machine that is not shared, but not stretched by neighbours when it is.
        "alo_cpu_efficiency": ratio(
            "offline.cpu_ms_per_article", "at_least_once.cpu_ms_per_article"
        ),
    }


def summarise(
    runs: Sequence[dict[str, Any]], figures: Sequence[Figure]
) -> dict[str, dict[str, Any]]:
    summary: dict[str, dict[str, Any]] = {}
    for figure in figures:
        values = [v for v in (lookup(run, figure.path) for run in runs) if v is not None]
        if not values:
            continue
        median = statistics.median(values)
        summary[figure.path] = {
            "label": figure.label,
            "unit": figure.unit,
            "median": median,
            "min": min(values),
            "max": max(values),
            "values": values,
            "target": figure.target or None,
            "holds": None if figure.holds is None else figure.holds(median),
        }
    return summary


def _fmt(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(summary: dict[str, dict[str, Any]], runs: int) -> str:
    spread = f"min-max ({runs} runs)"
    header = f"{'figure':<34} {'median':>10} {spread:>20}  {'unit':<11} {'target':<8} holds"
    lines = [header, "-" * len(header)]
    for entry in summary.values():
        spread = f"{_fmt(entry['min'])}-{_fmt(entry['max'])}"
        holds = "" if entry["holds"] is None else ("yes" if entry["holds"] else "NO")
        lines.append(
            f"{entry['label']:<34} {_fmt(entry['median']):>10} {spread:>20}  "
            f"{entry['unit']:<11} {entry['target'] or '':<8} {holds}"
        )
    return "\n".join(lines)


def _git(*args: str) -> str:
    return command_output(["git", *args])


def environment(bootstrap: str) -> dict[str, Any]:
    cpu_model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu_model = line.split(":", 1)[1].strip()
            break
    mem_kib = 0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem_kib = int(line.split()[1])
    status = broker_status(bootstrap.split(",", maxsplit=1)[0].rpartition(":")[2])
    kafka_version = status.split("Kafka ", 1)[1].split(",")[0] if "Kafka " in status else None
    return {
        "git_commit": _git("rev-parse", "HEAD"),
        "git_status_short_lines": len(_git("status", "--short").splitlines()),
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model,
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "loadavg_at_start": os.getloadavg(),
        "python": platform.python_version(),
        "kafka_python": metadata.version("kafka-python"),
        "kafka_broker": kafka_version,
        "broker_status": status,
        "bootstrap": bootstrap,
        "platform": platform.platform(),
    }
