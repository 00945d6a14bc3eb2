"""Per-article working state: normalised text, sentences, phrase hits, lazy numbers and dates.

Numbers and dates are parsed only for sentences that an event needs (most of an article has
no trigger), which keeps the common case fast.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re
from dataclasses import dataclass, field

from worker.extraction import dates as dates_module
from worker.extraction import numbers as numbers_module
from worker.extraction.compiled import CompiledLanguage
from worker.extraction.dates import DateMention
from worker.extraction.matcher import Match, keep_longest
from worker.extraction.numbers import NumberMention
from worker.extraction.text import NormalizedText

# A sentence ends at . ! ? ؟ … (with closing quotes) before whitespace and something that is
# not a lower-case Latin letter (so "U.S. officials" and "approx. five" stay whole), or at a
# line break. Runs on the cased text; every quantifier is bounded by a literal, so the
# pattern is linear.
_SENTENCE_END = re.compile(r"""[.!?؟…]+["')\]]*\s+(?=[^a-z\s])|\n\s*""")
# Longer "sentences" (scraped lists, missing punctuation, hostile input) are cut so that the
# per-sentence work, quadratic in the worst case, stays bounded.
MAX_SENTENCE = 800


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # offsets into the normalised text
    end: int
    duplicate: bool  # the same sentence already appeared earlier (scraped repeats)
    matches: list[Match] = field(default_factory=list)


def split_sentences(cased: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    seen: set[str] = set()
    position = 0
    bounds: list[tuple[int, int]] = []
    for boundary in _SENTENCE_END.finditer(cased):
        bounds.append((position, boundary.start() + len(boundary.group().rstrip())))
        position = boundary.end()
    bounds.append((position, len(cased)))
    for raw_start, raw_end in _cut_long(cased, bounds):
        # Trim surrounding whitespace so evidence spans are tidy.
        start, end = raw_start, raw_end
        while start < end and cased[start].isspace():
            start += 1
        while end > start and cased[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        key = " ".join(cased[start:end].lower().split())
        duplicate = len(key) > 20 and key in seen
        seen.add(key)
        sentences.append(Sentence(len(sentences), start, end, duplicate))
    return sentences


def _cut_long(cased: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    cut: list[tuple[int, int]] = []
    for first, end in bounds:
        start = first
        while end - start > MAX_SENTENCE:
            split = max(
                cased.rfind(",", start, start + MAX_SENTENCE),
                cased.rfind("،", start, start + MAX_SENTENCE),
                cased.rfind(" ", start, start + MAX_SENTENCE),
            )
            split = split + 1 if split > start else start + MAX_SENTENCE
            cut.append((start, split))
            start = split
        cut.append((start, end))
    return cut


def _is_blocker(m: Match) -> bool:
    return m.term.kind == "role" and m.term.key == "blockers"


def _remove_blocked(matches: list[Match]) -> list[Match]:
    """A blocker ("cardiac arrest", "air raid") silences every hit it overlaps.

    One sweep over hits sorted by start: a hit is blocked when it starts before the furthest
    end of the blockers started so far, or when a blocker starts before it ends.
    """
    blockers = [m for m in matches if _is_blocker(m)]
    if not blockers:
        return matches
    blocker_starts = [b.start for b in blockers]
    kept: list[Match] = []
    reach = -1  # furthest end of the blockers that start at or before the current hit
    next_blocker = 0
    for m in matches:
        if _is_blocker(m):
            continue
        while next_blocker < len(blockers) and blockers[next_blocker].start <= m.start:
            reach = max(reach, blockers[next_blocker].end)
            next_blocker += 1
        if reach > m.start:
            continue
        following = bisect.bisect_left(blocker_starts, m.start)
        if following < len(blockers) and blockers[following].start < m.end:
            continue
        kept.append(m)
    return kept


class ArticleContext:
    """Everything the argument finders share while one article is processed."""

    def __init__(
        self, compiled: CompiledLanguage, text: NormalizedText, published: datetime.date | None
    ) -> None:
        self.compiled = compiled
        self.lexicon = compiled.lexicon
        self.language = compiled.language
        self.source = text
        self.text = text.normalized
        self.cased = text.cased or text.normalized
        self.published = published
        matches = compiled.matcher.find(self.text, self.cased)
        self.matches = keep_longest(_remove_blocked(matches))
        self.sentences = split_sentences(self.cased)
        starts = [s.start for s in self.sentences]
        for m in self.matches:
            i = max(0, bisect.bisect_right(starts, m.start) - 1)
            if self.sentences:
                self.sentences[i].matches.append(m)
        self._numbers: dict[int, list[NumberMention]] = {}
        self._dates: dict[int, list[DateMention]] = {}
        self._article_countries: list[str] | None = None

    def article_countries(self) -> list[str]:
        """Countries named anywhere in the article, most mentioned first (currency rules)."""
        if self._article_countries is None:
            counts: dict[str, int] = {}
            for m in self.matches:
                if m.term.kind in ("country", "place") and m.term.key:
                    counts[m.term.key] = counts.get(m.term.key, 0) + 1
            self._article_countries = sorted(counts, key=lambda code: -counts[code])
        return self._article_countries

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def numbers(self, sentence: Sentence) -> list[NumberMention]:
        """Numbers of a sentence, offsets into the whole normalised text."""
        cached = self._numbers.get(sentence.index)
        if cached is None:
            offset = sentence.start
            cached = [
                dataclasses.replace(n, start=n.start + offset, end=n.end + offset)
                for n in numbers_module.find_numbers(self.sentence_text(sentence), self.language)
            ]
            self._numbers[sentence.index] = cached
        return cached

    def dates(self, sentence: Sentence) -> list[DateMention]:
        """Dates of a sentence, offsets into the whole normalised text."""
        cached = self._dates.get(sentence.index)
        if cached is None:
            offset = sentence.start
            cached = [
                dataclasses.replace(d, start=d.start + offset, end=d.end + offset)
                for d in dates_module.find_dates(
                    self.sentence_text(sentence), self.language, self.published
                )
            ]
            self._dates[sentence.index] = cached
        return cached

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.source.to_original(start, end)

    def original_text(self, start: int, end: int) -> str:
        o_start, o_end = self.original_span(start, end)
        return self.source.original[o_start:o_end]

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The closest earlier sentence that is not a scraped repeat."""
        for i in range(sentence.index - 1, -1, -1):
            candidate = self.sentences[i]
            if not candidate.duplicate:
                return candidate
        return None

    def gap(self, start: int, end: int) -> str:
        """The normalised text between two offsets (empty when they touch or overlap)."""
        return self.text[start:end] if start < end else ""
