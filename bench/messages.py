"""Benchmark messages: corpus articles of one language joined into 2-6 KB article messages.

Every message is an article message of CONTRACT.md section 1. Its id is chosen when it is
rendered, so a phase can send the same texts under ids of its own (unique across the run).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"

MIN_BYTES = 2_000
MAX_BYTES = 6_000


@dataclass(frozen=True)
class BenchMessage:
    """One article message without its id: ``render(id)`` gives the Kafka value."""

    index: int
    language: str
    rest: bytes  # the JSON object's fields after "id", starting with ", "

    def render(self, article_id: str) -> bytes:
        return b'{"id": ' + json.dumps(article_id).encode() + self.rest

    @property
    def size(self) -> int:
        return len(self.rest) + 20


def load_corpus(root: Path = CORPUS) -> dict[str, list[dict[str, object]]]:
    """Corpus articles (every split) by language directory."""
    by_language: dict[str, list[dict[str, object]]] = {}
    for path in sorted(root.glob("*/*/*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        article = document["article"]
        by_language.setdefault(path.parent.name, []).append(article)
    if not by_language:
        raise RuntimeError(f"no corpus articles under {root}")
    return by_language


def build_messages(count: int, seed: int = 6) -> list[BenchMessage]:
    """``count`` messages, languages in the corpus's proportions, each 2-3 articles joined."""
    corpus = load_corpus()
    pool = [(language, article) for language, items in corpus.items() for article in items]
    rng = random.Random(seed)  # noqa: S311 (reproducible sample, not crypto)
    messages: list[BenchMessage] = []
    for index in range(count):
        language, first = pool[index % len(pool)] if index < len(pool) else rng.choice(pool)
        messages.append(_join(index, language, first, corpus[language], rng))
    return messages


def _join(
    index: int,
    language: str,
    first: dict[str, object],
    same_language: Sequence[dict[str, object]],
    rng: random.Random,
) -> BenchMessage:
    best: BenchMessage | None = None
    for attempt in range(200):
        if attempt and attempt % 10 == 0:
            # This article is too long (or short) to join into 2-6 KB: start from another.
            first = rng.choice(same_language)
        others = [article for article in same_language if article is not first]
        wanted = rng.choice((2, 3))
        parts = [first, *rng.sample(others, min(wanted - 1, len(others)))]
        message = _render(index, language, parts)
        if MIN_BYTES <= message.size <= MAX_BYTES:
            return message
        if best is None or abs(message.size - 4_000) < abs(best.size - 4_000):
            best = message
    assert best is not None
    return best


def _render(index: int, language: str, parts: Sequence[dict[str, object]]) -> BenchMessage:
    first = parts[0]
    fields = {
        "title": first.get("title"),
        "text": "\n\n".join(str(part["text"]) for part in parts),
        "language": first.get("language"),
        "published_at": first.get("published_at"),
        "source": first.get("source"),
        "url": None,
    }
    body = json.dumps(fields, ensure_ascii=False).encode("utf-8")
    return BenchMessage(index=index, language=language, rest=b", " + body[1:])


def records(
    messages: Sequence[BenchMessage], prefix: str, total: int | None = None
) -> Iterator[tuple[bytes, bytes]]:
    """(key, value) pairs: the messages cycled to ``total`` with ids ``<prefix>-<n>``."""
    for n in range(len(messages) if total is None else total):
        article_id = f"{prefix}-{n}"
        yield article_id.encode(), messages[n % len(messages)].render(article_id)
