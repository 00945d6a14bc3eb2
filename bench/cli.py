"""``python -m bench``: every phase, ``--runs`` times, then the memory run once; table + JSON."""

from __future__ import annotations

import argparse
import atexit
import json
import os
import pstats
import signal
import sys
import time
from io import StringIO
from pathlib import Path
from types import FrameType
from typing import Any

from bench import phases
from bench.kafka_ops import Kafka
from bench.messages import REPO, build_messages
from bench.procs import BenchError, kill_all
from bench.report import FIGURES, MEMORY_FIGURES, add_ratios, environment, summarise, table
from worker.extraction import Extractor

PHASES = ("offline", "passthrough", "worker", "latency", "scaling", "memory")
DEFAULT_OUT = REPO / "bench" / "results" / "latest.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--runs", type=int, default=None, help="repetitions (default 3)")
    parser.add_argument(
        "--articles",
        type=int,
        default=None,
        help="distinct messages per phase (default 1500; --quick 400)",
    )
    parser.add_argument("--quick", action="store_true", help="~1-minute smoke run")
    parser.add_argument(
        "--bootstrap",
        default=os.environ.get("KAFKA_BOOTSTRAP", "127.0.0.1:9092"),
        help="Kafka bootstrap servers (default $KAFKA_BOOTSTRAP or 127.0.0.1:9092)",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON results file")
    parser.add_argument(
        "--memory-articles", type=int, default=None, help="memory run length (default 100000)"
    )
    parser.add_argument(
        "--latency-seconds", type=float, default=None, help="latency run length (default 15)"
    )
    parser.add_argument(
        "--phases",
        default=",".join(PHASES),
        help=f"comma-separated subset of {','.join(PHASES)}",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also run one at_least_once worker under cProfile (bench/results/worker-profile.*)",
    )
    args = parser.parse_args(argv)
    quick = args.quick
    args.runs = args.runs or (1 if quick else 3)
    args.articles = args.articles or (400 if quick else 1500)
    args.memory_articles = args.memory_articles or (4_000 if quick else 100_000)
    args.memory_warmup = min(10_000, args.memory_articles // 5)
    args.latency_seconds = args.latency_seconds or (5.0 if quick else 15.0)
    args.passthrough_articles = args.articles * 5
    args.scaling_articles = args.articles * 2
    args.phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    unknown = set(args.phases) - set(PHASES)
    if unknown:
        parser.error(f"unknown phases: {', '.join(sorted(unknown))}")
    return args


def _say(text: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {text}", flush=True)


def run_once(
    args: argparse.Namespace, kafka: Kafka, messages: list[Any], run: int, extractor: Extractor
) -> dict[str, Any]:
    ctx = phases.Context(kafka, messages, run)
    result: dict[str, Any] = {"run": run, "started_at": time.time(), "loadavg": os.getloadavg()}
    if "offline" in args.phases or "latency" in args.phases:
        result["offline"] = phases.offline(ctx, extractor)
        _say(f"run {run}: offline {result['offline']['articles_per_s']:.0f} articles/s")
    if "passthrough" in args.phases:
        result["passthrough"] = phases.passthrough_phase(ctx, args.passthrough_articles)
        _say(f"run {run}: passthrough {result['passthrough']['messages_per_s']:.0f} msg/s")
    if "worker" in args.phases:
        for guarantee in ("at_least_once", "exactly_once"):
            result[guarantee] = phases.worker_phase(ctx, guarantee)
            figures = result[guarantee]
            _say(
                f"run {run}: worker {guarantee} {figures['articles_per_s']:.0f} articles/s, "
                f"drained {figures['drained']}/{figures['messages']}"
            )
    if "latency" in args.phases:
        base = result.get("at_least_once", result["offline"])["articles_per_s"]
        result["latency"] = phases.latency_phase(ctx, 0.5 * base, args.latency_seconds)
        lat = result["latency"]
        _say(
            f"run {run}: latency at {lat['achieved_rate']:.0f}/s p50 {lat['p50_ms']:.0f} ms "
            f"p99 {lat['p99_ms']:.0f} ms ({lat['events']} events)"
        )
    if "scaling" in args.phases:
        for processes in (1, 2):
            key = f"scaling_{processes}"
            result[key] = phases.scaling_phase(ctx, processes, args.scaling_articles)
            _say(
                f"run {run}: {processes} worker(s) {result[key]['articles_per_s']:.0f} "
                f"articles/s, CPU {result[key]['cpu_pct']}"
            )
    result["loadavg_at_end"] = os.getloadavg()
    add_ratios(result)
    return result


def profile_worker(kafka: Kafka, messages: list[Any], out_dir: Path) -> dict[str, Any]:
    """One at_least_once run of the worker under cProfile; top functions by cumulative time."""
    prof_path = out_dir / "worker-profile.prof"
    ctx = phases.Context(kafka, messages, run=0)
    figures = phases.worker_phase(
        ctx, "at_least_once", prefix=["-m", "cProfile", "-o", str(prof_path)]
    )
    deadline = time.monotonic() + 30
    while not prof_path.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    text = StringIO()
    stats = pstats.Stats(str(prof_path), stream=text)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    (out_dir / "worker-profile.txt").write_text(text.getvalue(), encoding="utf-8")
    _say(f"profile: {figures['articles_per_s']:.0f} articles/s under cProfile -> {prof_path}")
    return {
        "articles_per_s_under_profiler": figures["articles_per_s"],
        "pstats": str(prof_path),
        "text": str(out_dir / "worker-profile.txt"),
    }


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    atexit.register(kill_all)
    signal.signal(signal.SIGTERM, _on_sigterm)
    started = time.monotonic()
    try:
        return _main(args, started)
    except KeyboardInterrupt:
        print("\nbench: interrupted; stopping workers", file=sys.stderr)
        return 130
    except BenchError as exc:
        print(f"bench: error: {exc}", file=sys.stderr)
        return 1
    finally:
        kill_all()


def _main(args: argparse.Namespace, started: float) -> int:
    env = environment(args.bootstrap)
    _say(
        f"commit {env['git_commit'][:12]} ({env['git_status_short_lines']} changed files), "
        f"{env['nproc']} CPUs, load {env['loadavg_at_start'][0]:.2f}; "
        f"{args.runs} run(s) x {args.articles} articles, phases {','.join(args.phases)}"
    )
    kafka = Kafka(args.bootstrap)
    try:
        messages = build_messages(args.articles)
        extractor = Extractor()
        runs = []
        for run in range(1, args.runs + 1):
            runs.append(run_once(args, kafka, messages, run, extractor))
        memory: dict[str, Any] | None = None
        if "memory" in args.phases:
            _say(f"memory: {args.memory_articles} articles through one worker")
            ctx = phases.Context(kafka, messages, run=0)
            memory = phases.memory_phase(ctx, args.memory_articles, args.memory_warmup)
            _say(
                f"memory: RSS {memory['rss_after_warmup_mib']:.0f} MiB after warm-up, "
                f"{memory['rss_end_mib']:.0f} MiB at the end ({memory['growth_pct']:+.1f}%)"
            )
        profile = None
        if args.profile:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            profile = profile_worker(kafka, messages, args.out.parent)
    finally:
        kafka.close()
    summary = summarise(runs, FIGURES)
    if memory is not None:
        summary.update(summarise([{"memory": memory}], MEMORY_FIGURES))
    env["git_commit_at_end"] = environment(args.bootstrap)["git_commit"]
    document = {
        "command": "python -m bench " + " ".join(sys.argv[1:]),
        "environment": env,
        "settings": {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
        "duration_s": round(time.monotonic() - started, 1),
        "summary": summary,
        "runs": runs,
        "memory": memory,
        "profile": profile,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(document, indent=2, default=str) + "\n", encoding="utf-8")
    print()
    print(table(summary, args.runs))
    print(f"\n{document['duration_s']:.0f}s; results in {args.out}")
    return 0
