"""The benchmark phases. Each one uses its own topics and group and deletes them afterwards."""

from __future__ import annotations

import os
import statistics
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from kafka import KafkaConsumer, KafkaProducer

from bench.kafka_ops import Kafka, PhaseTopics, passthrough, watch_drain
from bench.messages import BenchMessage, records
from bench.procs import BenchError, CpuSampler, WorkerProcess, broker_pid
from worker.extraction import Extractor
from worker.pipeline import InboundMessage, Pipeline, Processed

Figures = dict[str, Any]
WORKER_PARTITIONS = 3  # the worker's default --topic-partitions
SCALING_PARTITIONS = 4
MIB = 1024.0


@dataclass
class Context:
    kafka: Kafka
    messages: Sequence[BenchMessage]
    run: int
    events_per_message: list[int] | None = None  # set by the offline phase

    def tag(self, phase: str) -> str:
        return f"r{self.run}-{phase}-{os.getpid()}-{time.monotonic_ns() % 10**8}"


@contextmanager
def phase_topics(kafka: Kafka, phase: str, partitions: int) -> Iterator[PhaseTopics]:
    topics = PhaseTopics.new(phase)
    kafka.create_topics(topics.all, partitions)
    try:
        yield topics
    finally:
        kafka.delete(topics)


def _drain_timeout(count: int, floor_s: float = 60.0) -> float:
    # Generous: 20 articles/s would be twenty times slower than anything seen here.
    return max(floor_s, count / 20.0)


# -- 1. offline ----------------------------------------------------------------------------


def offline(ctx: Context, extractor: Extractor | None = None) -> Figures:
    """decode + extract + encode of every message in-process (worker.pipeline.Pipeline)."""
    pipeline = Pipeline(extractor or Extractor(), max_message_bytes=1_048_576)
    values = [m.render(f"{ctx.tag('offline')}-{m.index}") for m in ctx.messages]
    for value in values[:50]:  # warm-up (lazy compiles, caches)
        pipeline.process(InboundMessage("bench", 0, 0, None, value))
    events = 0
    with_events = 0
    counts: list[int] = []
    started = time.perf_counter()
    cpu_started = time.process_time()
    for offset, value in enumerate(values):
        outcome = pipeline.process(InboundMessage("bench", 0, offset, None, value))
        if not isinstance(outcome, Processed):
            raise BenchError(f"offline: message {offset} dead-lettered: {outcome.detail}")
        events += len(outcome.records)
        counts.append(len(outcome.records))
        with_events += bool(outcome.records)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    ctx.events_per_message = counts
    return {
        "articles": len(values),
        "seconds": round(seconds, 3),
        "articles_per_s": len(values) / seconds,
        # CPU time, unlike wall time, is not stretched by other processes on a shared machine.
        "cpu_ms_per_article": 1000 * cpu_seconds / len(values),
        "events_per_s": events / seconds,
        "events_per_article": events / len(values),
        "articles_with_events_share": with_events / len(values),
        "mean_message_bytes": sum(len(v) for v in values) / len(values),
    }


# -- 2. passthrough ------------------------------------------------------------------------


def passthrough_phase(ctx: Context, count: int) -> Figures:
    with phase_topics(ctx.kafka, "pass", WORKER_PARTITIONS) as topics:
        end = ctx.kafka.fill(topics.input, records(ctx.messages, ctx.tag("pass"), count))
        sampler = CpuSampler(_system_pids(ctx.kafka))
        result = passthrough(
            ctx.kafka, topics, end, timeout_s=_drain_timeout(count), on_start=sampler.start
        )
        cpu = sampler.stop()
        drain = result.drain
        return {
            "messages": sum(end.values()),
            "forwarded": result.forwarded,
            "drained": result.forwarded,
            "seconds": round(drain.seconds, 3),
            "messages_per_s": drain.rate,
            "cpu_pct": cpu,
        }


# -- 3. the worker -------------------------------------------------------------------------


def worker_phase(
    ctx: Context, guarantee: str, count: int | None = None, prefix: Sequence[str] = ()
) -> Figures:
    """One worker process on a filled topic: first commit -> group drained the topic."""
    count = count or len(ctx.messages)
    short = "alo" if guarantee == "at_least_once" else "eos"
    with phase_topics(ctx.kafka, short, WORKER_PARTITIONS) as topics:
        end = ctx.kafka.fill(topics.input, records(ctx.messages, ctx.tag(short), count))
        worker = WorkerProcess(
            name=f"r{ctx.run}-{short}",
            bootstrap=ctx.kafka.bootstrap,
            input_topic=topics.input,
            output_topic=topics.output,
            dlq_topic=topics.dlq,
            group=topics.group,
            guarantee=guarantee,
            prefix=list(prefix),
        )
        sampler = CpuSampler({})
        try:
            worker.start()
            sampler.pids = {**_system_pids(ctx.kafka), "worker": worker.pid}
            drain = watch_drain(
                ctx.kafka,
                topics.group,
                topics.input,
                end,
                timeout_s=_drain_timeout(count),
                check=worker.check_alive,
                on_start=sampler.start,
            )
            cpu = sampler.stop()
            peak = worker.peak_rss_kib()
        finally:
            summary = worker.stop()
        processed = _count(summary.get("articles_processed"))
        events = _count(summary.get("events_published"))
        per_article = events / processed if processed else 0.0
        worker_cpu_pct = cpu.get("worker")
        # Over the measured window (first commit -> drained), like the rate itself.
        cpu_ms = (
            10 * worker_cpu_pct / drain.rate if worker_cpu_pct is not None and drain.rate else None
        )
        return {
            "guarantee": guarantee,
            "messages": sum(end.values()),
            "drained": sum(ctx.kafka.committed(topics.group, topics.input).values()),
            "processed": processed,
            "dead_lettered": summary.get("articles_dead_lettered"),
            "events": events,
            "seconds": round(drain.seconds, 3),
            "articles_per_s": drain.rate,
            "events_per_s": drain.rate * per_article,
            "cpu_ms_per_article": cpu_ms,
            "peak_rss_mib": None if peak is None else peak / MIB,
            "cpu_pct": cpu,
            "log": str(worker.log_path),
        }


# -- 4. latency ----------------------------------------------------------------------------


class _Arrivals(threading.Thread):
    """Reads the output topic from the start and notes when each event arrived."""

    def __init__(self, kafka: Kafka, topic: str) -> None:
        super().__init__(name="bench-latency-consumer", daemon=True)
        self.kafka = kafka
        self.topic = topic
        self.arrivals: list[tuple[bytes, float]] = []
        self.ready = threading.Event()
        self.halt = threading.Event()
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            consumer: Any = KafkaConsumer(
                bootstrap_servers=self.kafka.bootstrap.split(","),
                client_id="bench-latency",
                enable_auto_commit=False,
                fetch_max_wait_ms=100,
            )
            try:
                partitions = self.kafka.partitions(self.topic)
                consumer.assign(partitions)
                consumer.seek_to_beginning(*partitions)
                for tp in partitions:
                    consumer.position(tp)
                self.ready.set()
                while not self.halt.is_set():
                    for batch in consumer.poll(timeout_ms=50).values():
                        now = time.monotonic()
                        self.arrivals.extend((record.key, now) for record in batch)
            finally:
                consumer.close()
        except BaseException as exc:
            self.error = exc
            self.ready.set()


def latency_phase(ctx: Context, rate: float, duration_s: float) -> Figures:
    """Send at ``rate`` articles/s for ``duration_s``; latency of each event = arrival - send."""
    count = max(50, int(rate * duration_s))
    tag = ctx.tag("lat")
    to_send = list(records(ctx.messages, tag, count))
    with phase_topics(ctx.kafka, "lat", WORKER_PARTITIONS) as topics:
        worker = WorkerProcess(
            name=f"r{ctx.run}-latency",
            bootstrap=ctx.kafka.bootstrap,
            input_topic=topics.input,
            output_topic=topics.output,
            dlq_topic=topics.dlq,
            group=topics.group,
        )
        arrivals = _Arrivals(ctx.kafka, topics.output)
        producer: Any = KafkaProducer(
            bootstrap_servers=ctx.kafka.bootstrap.split(","),
            client_id="bench-latency",
            acks="all",
            linger_ms=0,
        )
        sent: dict[bytes, float] = {}
        try:
            worker.start()
            worker.wait_ready()
            arrivals.start()
            if not arrivals.ready.wait(30) or arrivals.error is not None:
                raise BenchError(f"latency: output consumer did not start: {arrivals.error}")
            started = time.monotonic()
            for n, (key, value) in enumerate(to_send):
                delay = started + n / rate - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                sent[key] = time.monotonic()
                producer.send(topics.input, key=key, value=value)
                if n % 500 == 0:
                    worker.check_alive()
            send_seconds = time.monotonic() - started
            producer.flush(timeout=30)
            expected_articles = {
                key for n, (key, _) in enumerate(to_send) if _events_of(ctx, n) > 0
            }
            expected_events = sum(_events_of(ctx, n) for n in range(count))
            deadline = time.monotonic() + 60
            while len(arrivals.arrivals) < expected_events and time.monotonic() < deadline:
                worker.check_alive()
                time.sleep(0.1)
        finally:
            arrivals.halt.set()
            producer.close(timeout=10)
            worker.stop()
            arrivals.join(timeout=10)
        latencies = sorted(
            (arrived - sent[key]) * 1000.0 for key, arrived in arrivals.arrivals if key in sent
        )
        if not latencies:
            raise BenchError(f"latency: no events arrived; worker log: {worker.log_path}")
        return {
            "target_rate": rate,
            "achieved_rate": count / send_seconds,
            "articles": count,
            "articles_with_events": len({key for key, _ in arrivals.arrivals}),
            "articles_with_events_expected": len(expected_articles),
            "events": len(latencies),
            "events_expected": expected_events,
            "p50_ms": _percentile(latencies, 50),
            "p95_ms": _percentile(latencies, 95),
            "p99_ms": _percentile(latencies, 99),
            "max_ms": latencies[-1],
            "mean_ms": statistics.fmean(latencies),
            "log": str(worker.log_path),
        }


def _events_of(ctx: Context, n: int) -> int:
    counts = ctx.events_per_message
    return 1 if counts is None else counts[n % len(counts)]


def _percentile(ordered: Sequence[float], pct: float) -> float:
    index = min(len(ordered) - 1, max(0, round(pct / 100.0 * len(ordered) + 0.5) - 1))
    return ordered[index]


# -- 5. scaling ----------------------------------------------------------------------------


def scaling_phase(ctx: Context, processes: int, count: int) -> Figures:
    """``processes`` workers in one group on a 4-partition topic.

    The workers start on the empty topic and the topic is filled once every one of them has
    partitions, so joins and rebalances stay out of the measured interval (first commit ->
    drained).
    """
    with phase_topics(ctx.kafka, f"scale{processes}", SCALING_PARTITIONS) as topics:
        workers = [
            WorkerProcess(
                name=f"r{ctx.run}-scale{processes}-w{i + 1}",
                bootstrap=ctx.kafka.bootstrap,
                input_topic=topics.input,
                output_topic=topics.output,
                dlq_topic=topics.dlq,
                group=topics.group,
            )
            for i in range(processes)
        ]
        sampler = CpuSampler({})

        def check() -> None:
            for w in workers:
                w.check_alive()

        try:
            for w in workers:
                w.start()
            _wait_all_ready(workers, 90.0)
            sampler.pids = {
                **_system_pids(ctx.kafka),
                **{f"worker{i + 1}": w.pid for i, w in enumerate(workers)},
            }
            end = ctx.kafka.fill(topics.input, records(ctx.messages, ctx.tag("scale"), count))
            drain = watch_drain(
                ctx.kafka,
                topics.group,
                topics.input,
                end,
                timeout_s=_drain_timeout(count),
                check=check,
                on_start=sampler.start,
            )
            cpu = sampler.stop()
        finally:
            summaries = [w.stop() for w in workers]
        return {
            "processes": processes,
            "messages": sum(end.values()),
            "drained": sum(ctx.kafka.committed(topics.group, topics.input).values()),
            "processed_per_worker": [s.get("articles_processed") for s in summaries],
            "seconds": round(drain.seconds, 3),
            "articles_per_s": drain.rate,
            "cpu_pct": cpu,
            "logs": [str(w.log_path) for w in workers],
        }


def _wait_all_ready(workers: Sequence[WorkerProcess], timeout_s: float) -> None:
    """Every worker has partitions (a second one joining takes two cooperative rounds)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        for w in workers:
            w.check_alive()
        if all(w.ready() for w in workers):
            return
        time.sleep(0.2)
    raise BenchError(
        f"not every worker got partitions within {timeout_s:.0f}s; logs: "
        + ", ".join(str(w.log_path) for w in workers)
    )


# -- 6. memory -----------------------------------------------------------------------------


def memory_phase(ctx: Context, total: int, warmup: int) -> Figures:
    """RSS of one at_least_once worker over ``total`` articles (the messages cycled, new ids)."""
    with phase_topics(ctx.kafka, "mem", WORKER_PARTITIONS) as topics:
        end = ctx.kafka.fill(topics.input, records(ctx.messages, ctx.tag("mem"), total))
        worker = WorkerProcess(
            name="memory",
            bootstrap=ctx.kafka.bootstrap,
            input_topic=topics.input,
            output_topic=topics.output,
            dlq_topic=topics.dlq,
            group=topics.group,
        )
        samples: list[tuple[int, int]] = []  # (committed articles, RSS KiB)
        last = [0.0]

        def on_sample(committed: int) -> None:
            now = time.monotonic()
            if now - last[0] >= 0.5:
                last[0] = now
                rss = worker.rss_kib()
                if rss is not None:
                    samples.append((committed, rss))

        try:
            worker.start()
            drain = watch_drain(
                ctx.kafka,
                topics.group,
                topics.input,
                end,
                timeout_s=_drain_timeout(total, 300.0),
                check=worker.check_alive,
                on_sample=on_sample,
            )
            end_rss = worker.rss_kib()
            peak = worker.peak_rss_kib()
        finally:
            worker.stop()
        after_warmup = next((rss for done, rss in samples if done >= warmup), None)
        if after_warmup is None or end_rss is None:
            raise BenchError("memory: no RSS sample after the warm-up")
        step = max(1, len(samples) // 50)
        return {
            "articles": sum(end.values()),
            "warmup_articles": warmup,
            "articles_per_s": drain.rate,
            "rss_after_warmup_mib": after_warmup / MIB,
            "rss_end_mib": end_rss / MIB,
            "growth_pct": 100.0 * (end_rss - after_warmup) / after_warmup,
            "peak_rss_mib": None if peak is None else peak / MIB,
            "series": [[done, round(rss / MIB, 1)] for done, rss in samples[::step]],
            "log": str(worker.log_path),
        }


def _count(value: object) -> int:
    return value if isinstance(value, int) else 0


def _system_pids(kafka: Kafka) -> dict[str, int]:
    pids = {"bench": os.getpid()}
    broker = broker_pid(kafka.bootstrap)
    if broker is not None:
        pids["broker"] = broker
    return pids
