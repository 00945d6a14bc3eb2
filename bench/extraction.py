"""Extraction speed: articles per second per core by language, cost split by stage, worst cases.

    .venv/bin/python -m bench.extraction [--runs 5] [--quick] [--out FILE]

Articles are the team's corpus articles joined into 2–6 KB texts per language. Throughput is
measured un-instrumented (one process = one core); the stage split comes from a separate,
instrumented pass that wraps each stage function with a timer. The adversarial part times
hostile inputs (100 KB of repeated trigger words, one very long line, thousands of numbers)
and reports milliseconds per 10 KB.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from worker.extraction import Extractor
from worker.extraction import dates as dates_module
from worker.extraction import extractor as extractor_module
from worker.extraction import numbers as numbers_module
from worker.models import Article

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar", "en", "fr", "es")
TARGET_BYTES = (2048, 6144)

# Stage name -> (module, attribute) of the function that does it; numbers and dates are
# called lazily from inside the argument stage, so their time is subtracted from it.
STAGES: dict[str, tuple[Any, str]] = {
    "normalisation": (extractor_module, "normalize"),
    "matching": (extractor_module, "ArticleContext"),
    "mentions": (extractor_module, "find_mentions"),
    "arguments": (extractor_module, "attach_arguments"),
    "numbers": (numbers_module, "find_numbers"),
    "dates": (dates_module, "find_dates"),
    "assembly": (extractor_module, "build_events"),
}


def corpus_texts(language: str) -> list[str]:
    paths = sorted((REPO / "corpus").glob(f"*/{language}/*.json"))
    return [json.loads(p.read_text(encoding="utf-8"))["article"]["text"] for p in paths]


def sized_articles(language: str) -> list[Article]:
    """Corpus texts of one language joined (in order, cycling) into 2–6 KB articles."""
    texts = corpus_texts(language)
    articles: list[Article] = []
    buffer: list[str] = []
    for index, text in enumerate(texts * 2):
        buffer.append(text)
        size = len("\n\n".join(buffer).encode("utf-8"))
        if size >= TARGET_BYTES[0]:
            joined = "\n\n".join(buffer)
            while len(joined.encode("utf-8")) > TARGET_BYTES[1] and len(buffer) > 1:
                buffer.pop(0)
                joined = "\n\n".join(buffer)
            articles.append(
                Article(
                    id=f"bench-{language}-{index}",
                    text=joined,
                    language=language,
                    published_at="2025-05-02",
                )
            )
            buffer = []
    return articles


def throughput(extractor: Extractor, articles: list[Article]) -> tuple[float, float]:
    """(articles/s, KB/s) for one pass."""
    started = time.perf_counter()
    for article in articles:
        extractor.extract(article)
    elapsed = time.perf_counter() - started
    kilobytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1024
    return len(articles) / elapsed, kilobytes / elapsed


@contextmanager
def stage_timers(totals: dict[str, float]) -> Iterator[None]:
    """Wrap every stage function with a timer adding into ``totals`` (seconds)."""
    originals: list[tuple[Any, str, Any]] = []
    for stage, (module, name) in STAGES.items():
        original = getattr(module, name)
        originals.append((module, name, original))
        setattr(module, name, _timed(stage, original, totals))
    try:
        yield
    finally:
        for module, name, original in originals:
            setattr(module, name, original)


def _timed(stage: str, function: Callable[..., Any], totals: dict[str, float]) -> Any:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[stage] += time.perf_counter() - started

    return wrapper


def stage_split(extractor: Extractor, articles: list[Article]) -> dict[str, float]:
    """Share of extraction time per stage (instrumented pass; shares sum to 1)."""
    totals: dict[str, float] = defaultdict(float)
    started = time.perf_counter()
    with stage_timers(totals):
        for article in articles:
            extractor.extract(article)
    whole = time.perf_counter() - started
    # Numbers and dates run inside the argument stage (and the matching of context).
    totals["arguments"] -= totals["numbers"] + totals["dates"]
    accounted = sum(totals.values())
    totals["other (language, clustering)"] = max(0.0, whole - accounted)
    return {stage: seconds / whole for stage, seconds in totals.items()}


def adversarial_inputs() -> dict[str, Article]:
    cases = {
        "100 KB of English triggers": ("en", "arrested seized raided detained charged " * 2500),
        "100 KB of Arabic triggers": ("ar", "ضبط القبض على مداهمة حجز مصادرة " * 3200),
        "one 60 KB line without punctuation": ("fr", "interpellés saisis 3 kg " * 2500),
        "5,000 numbers": ("es", " ".join(f"{i}.{i % 1000:03d},5 kilos" for i in range(5000))),
        "50 KB of tatweel between words": ("ar", "ضبط" + "ـ" * 50_000 + " 3 كيلو"),
        "10,000 sentences of one word": ("en", "Arrested. " * 10_000),
    }
    return {
        name: Article(id=f"adv-{i}", text=text, language=lang, published_at="2025-05-02")
        for i, (name, (lang, text)) in enumerate(cases.items())
    }


def worst_cases(extractor: Extractor) -> dict[str, dict[str, float]]:
    results = {}
    for name, article in adversarial_inputs().items():
        started = time.perf_counter()
        extractor.extract(article)
        elapsed_ms = (time.perf_counter() - started) * 1000
        size_kb = len(article.text.encode("utf-8")) / 1024
        results[name] = {
            "kb": round(size_kb, 1),
            "ms": round(elapsed_ms, 1),
            "ms_per_10kb": round(elapsed_ms / size_kb * 10, 2),
        }
    return results


def run(runs: int, quick: bool) -> dict[str, Any]:
    build_started = time.perf_counter()
    extractor = Extractor()
    build_seconds = time.perf_counter() - build_started
    report: dict[str, Any] = {"extractor_build_s": round(build_seconds, 2), "languages": {}}
    for language in LANGUAGES:
        articles = sized_articles(language)
        if quick:
            articles = articles[:10]
        throughput(extractor, articles[:3])  # warm caches
        passes = [throughput(extractor, articles) for _ in range(runs)]
        per_second = [p[0] for p in passes]
        kb_per_second = [p[1] for p in passes]
        mean_kb = statistics.mean(len(a.text.encode("utf-8")) / 1024 for a in articles)
        report["languages"][language] = {
            "articles": len(articles),
            "mean_kb": round(mean_kb, 2),
            "articles_per_s_median": round(statistics.median(per_second), 1),
            "articles_per_s_min": round(min(per_second), 1),
            "articles_per_s_max": round(max(per_second), 1),
            "kb_per_s_median": round(statistics.median(kb_per_second), 1),
            # What a 3 KB article rate would be at the measured byte rate.
            "articles_3kb_per_s": round(statistics.median(kb_per_second) / 3, 1),
            "stages": {k: round(v, 3) for k, v in stage_split(extractor, articles).items()},
        }
    report["worst_cases"] = worst_cases(extractor)
    return report


def render(report: dict[str, Any]) -> str:
    lines = [f"extractor built in {report['extractor_build_s']} s (once per process)", ""]
    lines.append(
        f"{'lang':<5}{'n':>4}{'KB':>6}{'art/s med':>11}{'min':>8}{'max':>8}"
        f"{'KB/s':>8}{'3KB art/s':>11}"
    )
    for language, row in report["languages"].items():
        lines.append(
            f"{language:<5}{row['articles']:>4}{row['mean_kb']:>6.1f}"
            f"{row['articles_per_s_median']:>11.1f}{row['articles_per_s_min']:>8.1f}"
            f"{row['articles_per_s_max']:>8.1f}{row['kb_per_s_median']:>8.0f}"
            f"{row['articles_3kb_per_s']:>11.1f}"
        )
    lines.append("")
    stages = list(next(iter(report["languages"].values()))["stages"])
    lines.append(f"{'share of time':<30}" + "".join(f"{lang:>7}" for lang in report["languages"]))
    for stage in stages:
        lines.append(
            f"{stage:<30}"
            + "".join(
                f"{report['languages'][lang]['stages'].get(stage, 0.0):>7.0%}"
                for lang in report["languages"]
            )
        )
    lines.append("")
    lines.append(f"{'worst case':<38}{'KB':>7}{'ms':>9}{'ms/10KB':>9}")
    for name, row in report["worst_cases"].items():
        lines.append(f"{name:<38}{row['kb']:>7.1f}{row['ms']:>9.1f}{row['ms_per_10kb']:>9.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed passes per language")
    parser.add_argument("--quick", action="store_true", help="10 articles a language, 1 run")
    parser.add_argument("--out", default=None, help="also write the figures as JSON")
    args = parser.parse_args(argv)
    report = run(1 if args.quick else args.runs, args.quick)
    print(render(report))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
