"""Scoring the extractor against the team's annotated corpus (``event-worker eval``).

Each corpus file holds an article message and its gold events in the extraction guide's
terms. Predicted events are aligned to gold events of the same type (greedy, by how many
fields agree and whether the evidence covers the gold evidence hint); then:

* event level: a matched pair is a true positive, an unmatched prediction a false positive,
  an unmatched gold event a false negative;
* field level (slot filling): every non-empty value is a fact; on a matched pair equal facts
  are true positives, a predicted fact the gold lacks is a false positive, a gold fact the
  prediction lacks is a false negative; facts of unmatched events count as FP or FN.

Figures are kept per language and overall, per event type and per field.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from worker.extraction import Extractor
from worker.extraction.compiled import english_state_forms
from worker.extraction.gazetteer import load_agencies
from worker.models import Article

FIELDS = (
    "persons_count",
    "money",
    "drug_substance",
    "drug_quantity",
    "weapons",
    "countries",
    "agencies",
    "agencies_exact",
    "dates",
    "background",
    "sentence_months",
)
_RELATIVE_TOLERANCE = 0.01


@dataclass(frozen=True)
class CorpusArticle:
    path: Path
    article: Article
    gold: list[dict[str, Any]]
    style: str


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


@dataclass
class Report:
    """Scores keyed by (language, metric name); language "all" aggregates."""

    scores: dict[tuple[str, str], Score] = field(default_factory=lambda: defaultdict(Score))
    articles: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    empty_articles_with_events: list[str] = field(default_factory=list)

    def add(self, language: str, metric: str, score: Score) -> None:
        self.scores[(language, metric)].add(score)
        self.scores[("all", metric)].add(score)

    def get(self, language: str, metric: str) -> Score:
        return self.scores.get((language, metric), Score())

    def languages(self) -> list[str]:
        return [*sorted({lang for lang, _ in self.scores if lang != "all"}), "all"]

    def metrics(self) -> list[str]:
        names = {metric for _, metric in self.scores}
        types = sorted(n for n in names if n.startswith("type:"))
        fields = [f"field:{name}" for name in FIELDS if f"field:{name}" in names]
        return ["events", *types, *fields]

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": dict(self.articles),
            "empty_articles_with_events": self.empty_articles_with_events,
            "scores": {
                lang: {
                    metric: {
                        "precision": round(self.get(lang, metric).precision, 4),
                        "recall": round(self.get(lang, metric).recall, 4),
                        "f1": round(self.get(lang, metric).f1, 4),
                        "tp": self.get(lang, metric).tp,
                        "fp": self.get(lang, metric).fp,
                        "fn": self.get(lang, metric).fn,
                    }
                    for metric in self.metrics()
                    if (lang, metric) in self.scores
                }
                for lang in self.languages()
            },
        }

    def table(self) -> str:
        languages = self.languages()
        header = f"{'metric':<24}" + "".join(f"{lang:>22}" for lang in languages)
        lines = [header, f"{'':<24}" + "".join(f"{'P    R    F1   n':>22}" for _ in languages)]
        for metric in self.metrics():
            row = f"{metric:<24}"
            for lang in languages:
                if (lang, metric) not in self.scores:
                    row += f"{'-':>22}"
                    continue
                s = self.get(lang, metric)
                row += f"{s.precision:>7.2f}{s.recall:>5.2f}{s.f1:>5.2f}{s.support:>5}"
            lines.append(row)
        counts = ", ".join(f"{lang}: {n}" for lang, n in sorted(self.articles.items()))
        lines.append(f"articles: {counts}")
        if self.empty_articles_with_events:
            lines.append(
                "articles with no gold event that got events: "
                + ", ".join(self.empty_articles_with_events)
            )
        return "\n".join(lines)


def load_corpus(root: Path) -> list[CorpusArticle]:
    """Every ``*.json`` corpus file below ``root`` (a file may also be given directly)."""
    paths = [root] if root.is_file() else sorted(root.rglob("*.json"))
    corpus = []
    for path in paths:
        data = json.loads(path.read_text(encoding="utf-8"))
        corpus.append(
            CorpusArticle(
                path=path,
                article=Article.model_validate(data["article"]),
                gold=list(data.get("gold", [])),
                style=str(data.get("style", "")),
            )
        )
    return corpus


def evaluate(corpus: Iterable[CorpusArticle], extractor: Extractor) -> Report:
    report = Report()
    for item in corpus:
        language = item.article.language or "unknown"
        report.articles[language] += 1
        predicted = [
            event.model_dump(mode="json") for event in extractor.extract(item.article).events
        ]
        if not item.gold and predicted:
            report.empty_articles_with_events.append(item.article.id)
        for metric, score in score_article(item.article.text, item.gold, predicted):
            report.add(language, metric, score)
    return report


def score_article(
    text: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> Iterator[tuple[str, Score]]:
    """(metric, score) pairs of one article."""
    pairs, lone_gold, lone_predicted = align(text, gold, predicted)
    for g, _ in pairs:
        yield "events", Score(tp=1)
        yield f"type:{g['type']}", Score(tp=1)
    for g in lone_gold:
        yield "events", Score(fn=1)
        yield f"type:{g['type']}", Score(fn=1)
    for p in lone_predicted:
        yield "events", Score(fp=1)
        yield f"type:{p['type']}", Score(fp=1)
    for name in FIELDS:
        score = Score()
        for g, p in pairs:
            score.add(_compare(_facts(name, g), _facts(name, p)))
        for g in lone_gold:
            score.fn += len(_facts(name, g))
        for p in lone_predicted:
            score.fp += len(_facts(name, p))
        yield f"field:{name}", score


def align(
    text: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Greedy one-to-one alignment of predicted to gold events of the same type."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g["type"] == p["type"]:
                candidates.append((_similarity(text, g, p), gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gold[gi], predicted[pi]))
    lone_gold = [g for i, g in enumerate(gold) if i not in used_gold]
    lone_predicted = [p for i, p in enumerate(predicted) if i not in used_predicted]
    return pairs, lone_gold, lone_predicted


def _similarity(text: str, gold: dict[str, Any], predicted: dict[str, Any]) -> float:
    score = 0.0
    if bool(gold.get("background")) == bool(predicted.get("background")):
        score += 2.0
    if gold.get("occurred_on") and gold.get("occurred_on") == predicted.get("occurred_on"):
        score += 1.5
    if gold.get("persons_count") is not None and gold.get("persons_count") == predicted.get(
        "persons_count"
    ):
        score += 1.0
    hint = gold.get("evidence_hint")
    if hint:
        start = text.find(hint)
        if start >= 0:
            end = start + len(hint)
            for span in predicted.get("evidence", []):
                if span["start"] < end and start < span["end"]:
                    score += 2.0
                    break
    return score


def _compare(gold: set[Any], predicted: set[Any]) -> Score:
    matched = 0
    remaining = set(predicted)
    for fact in gold:
        hit = next((p for p in remaining if _same(fact, p)), None)
        if hit is not None:
            remaining.discard(hit)
            matched += 1
    return Score(tp=matched, fp=len(predicted) - matched, fn=len(gold) - matched)


class AgencyName:
    """An agency name compared as an analyst would: the guide fixes the English names of a
    few agencies only, so "Uruguayan National Police" and "Uruguay National Police" are one
    name, and so are "Anti-Narcotics Force" and "Pakistan Anti-Narcotics Force" (the state
    left implicit). Case, punctuation, a leading "the", the linking words of a translated name
    ("Department for Drug Control" / "of Drug Control") and British or American spelling
    ("Organised" / "Organized") do not count either, and two names the agency gazetteer gives
    one body (its acronym, its official English name: "OFAST" and "French Anti-Narcotics
    Office") are that body. The strict comparison stays reported as ``agencies_exact``."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.state, self.rest = _agency_key(name)

    def matches(self, other: AgencyName) -> bool:
        if self.rest == other.rest:
            return not self.state or not other.state or self.state == other.state
        entity = _gazetteer_entity(self.state, self.rest)
        return entity is not None and entity == _gazetteer_entity(other.state, other.rest)

    def __eq__(self, other: object) -> bool:  # set membership: exact names only
        return isinstance(other, AgencyName) and self.name == other.name

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        return f"AgencyName({self.name!r})"


_AGENCY_WORD = re.compile(r"[^\W_]+(?:'s)?")
# Words that link the parts of an English agency name: translators choose between them freely.
_NAME_LINK_WORDS = frozenset({"the", "of", "for", "and", "on", "against", "in"})
# British endings written the American way ("organised" -> "organized", "centre" -> "center").
_BRITISH_ENDINGS = (
    ("isation", "ization"),
    ("ised", "ized"),
    ("ise", "ize"),
    ("tre", "ter"),
    ("ence", "ense"),
    ("amme", "am"),
)


def _spelling(word: str) -> str:
    for british, american in _BRITISH_ENDINGS:
        if word.endswith(british) and len(word) > len(british) + 2:
            return word[: -len(british)] + american
    return word


@cache
def _state_words() -> tuple[tuple[str, str], ...]:
    """English country names and demonyms as words -> ISO code, longest first."""
    forms: dict[str, str] = {}
    for form, code in english_state_forms():
        forms.setdefault(" ".join(_AGENCY_WORD.findall(form)), code)
    for short, code in (("us", "US"), ("u s", "US"), ("uk", "GB"), ("uae", "AE")):
        forms.setdefault(short, code)
    return tuple(sorted(forms.items(), key=lambda item: -len(item[0])))


def _agency_key(name: str) -> tuple[str, str]:
    """The state a name starts with (ISO code or "") and the rest of its words, normalised."""
    words = _AGENCY_WORD.findall(name.lower())
    if words[:1] == ["the"]:
        words = words[1:]
    state, rest = _leading_state(" ".join(words))
    return state, " ".join(_spelling(word) for word in rest.split() if word not in _NAME_LINK_WORDS)


@cache
def _gazetteer_keys() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """Every English name, alias and acronym of the agency gazetteer, keyed by (state, rest)
    and by rest alone, pointing at the agency's canonical name; a key two agencies share
    ("National Police") names neither."""
    by_state: dict[tuple[str, str], set[str]] = defaultdict(set)
    by_rest: dict[str, set[str]] = defaultdict(set)
    for agency in load_agencies():
        forms = (agency.name, *agency.aliases.get("en", ()), *agency.acronyms)
        for form in forms:
            state, rest = _agency_key(form)
            if rest:
                by_state[(state or agency.country, rest)].add(agency.name)
                by_rest[rest].add(agency.name)
    return (
        {key: names.pop() for key, names in by_state.items() if len(names) == 1},
        {key: names.pop() for key, names in by_rest.items() if len(names) == 1},
    )


def _gazetteer_entity(state: str, rest: str) -> str | None:
    """The gazetteer agency a name denotes, when its words name exactly one: an acronym and
    the body's official English name ("OFAST", "French Anti-Narcotics Office") are one
    agency, as they are to an analyst."""
    by_state, by_rest = _gazetteer_keys()
    if state:
        return by_state.get((state, rest))
    return by_rest.get(rest)


def _leading_state(text: str) -> tuple[str, str]:
    for form, code in _state_words():
        if form and (text == form or text.startswith(form + " ")):
            return code, text[len(form) :].strip()
    return "", text


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, AgencyName) and isinstance(b, AgencyName):
        return a.matches(b)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float | int) and isinstance(b, float | int):
        return abs(a - b) <= _RELATIVE_TOLERANCE * max(abs(a), abs(b), 1e-9)
    return bool(a == b)


def _facts(name: str, event: dict[str, Any]) -> set[Any]:
    """The comparable facts of one field of one event (empty when the field is unset)."""
    items = event.get("items") or []
    if name == "persons_count":
        value = event.get("persons_count")
        return set() if value is None else {float(value)}
    if name == "money":
        return {
            (float(i["amount"]), i["currency"])
            for i in items
            if i.get("category") == "money" and i.get("amount") is not None
        }
    if name == "drug_substance":
        return {i["substance"] for i in items if i.get("category") == "drug" and i.get("substance")}
    if name == "drug_quantity":
        return {
            (i.get("substance"), float(i["quantity"]), i.get("unit"))
            for i in items
            if i.get("category") == "drug" and i.get("quantity") is not None
        }
    if name == "weapons":
        return {
            (i.get("category"), float(i["count"]))
            for i in items
            if i.get("category") in ("weapon", "ammunition", "explosive")
            and i.get("count") is not None
        }
    if name == "countries":
        return set(event.get("countries") or [])
    if name == "agencies_exact":
        return {a if isinstance(a, str) else a.get("name") for a in event.get("agencies") or []}
    if name == "agencies":
        return {
            AgencyName(a if isinstance(a, str) else str(a.get("name")))
            for a in event.get("agencies") or []
        }
    if name == "dates":
        value = event.get("occurred_on")
        return set() if value is None else {value}
    if name == "background":
        return {bool(event.get("background"))}
    if name == "sentence_months":
        value = event.get("sentence_months")
        return set() if value is None else {float(value)}
    raise ValueError(f"unknown field {name}")
