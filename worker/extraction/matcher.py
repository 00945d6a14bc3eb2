"""One Aho-Corasick pass per article finds every lexicon phrase of a language.

All phrases of a language (triggers, cue words, items, countries, agencies...) go into one
automaton built at start-up; an article is scanned once, in linear time whatever its content
(no regex backtracking). Word boundaries and Arabic clitics are checked on each hit:

* a hit may be preceded, inside its word, by one of the language's ``prefixes``
  (Arabic و ف ب ل ك ال لل and their combinations), so lexicons list base forms only;
* a hit may be followed, inside its word, by one of the language's ``suffixes`` (Arabic
  pronoun and inflection endings) or by anything when the phrase ends with ``*``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import ahocorasick

TermKind = Literal[
    "trigger",
    "role",
    "modality",
    "item",
    "drug",
    "unit",
    "currency",
    "crime",
    "organization",
    "org_head",
    "country",
    "place",
    "demonym",
    "agency",
    "sentence_unit",
    "sentence_kind",
]
CaseRule = Literal["none", "capital", "exact"]


@dataclass(frozen=True, slots=True)
class Term:
    """What a phrase means: ``kind`` plus a ``key`` (role name, ISO code...) and an ``index``
    into the lexicon table of that kind."""

    kind: TermKind
    key: str
    index: int = 0
    surface: str = ""  # the phrase as written in the lexicon, for case checks
    case_rule: CaseRule = "none"
    wildcard: bool = False
    inflects: bool = True  # may carry one of the language's suffixes (not proper names)


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # offsets into the normalised text
    end: int
    term: Term


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


_TRAILING_LETTERS = re.compile(r"[^\W\d_]+$")
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")


class PhraseMatcher:
    """Finds lexicon phrases in normalised text, honouring word boundaries and clitics."""

    def __init__(
        self,
        entries: Iterable[tuple[str, Term]],
        prefixes: frozenset[str] = frozenset(),
        suffixes: frozenset[str] = frozenset(),
        short_word_prefixes: frozenset[str] = frozenset(),
    ) -> None:
        grouped: dict[str, list[Term]] = {}
        for phrase, term in entries:
            if phrase:
                grouped.setdefault(phrase, []).append(term)
        self._automaton = ahocorasick.Automaton()
        for phrase, terms in grouped.items():
            self._automaton.add_word(phrase, (len(phrase), tuple(dict.fromkeys(terms))))
        self._empty = not grouped
        if not self._empty:
            self._automaton.make_automaton()
        self._prefixes = prefixes
        # Particles of one or two letters ("لا", "لم", "من") would otherwise be found inside
        # other words ("كلا" = ك + لا); they only take the conjunctions.
        self._short_prefixes = short_word_prefixes | {""}
        self._suffixes = suffixes
        self._max_prefix = max((len(p) for p in prefixes), default=0)
        self._max_suffix = max((len(s) for s in suffixes), default=0)
        self.size = len(grouped)

    def _left_ok(self, text: str, start: int, length: int) -> bool:
        """The hit starts inside a word: accept only a known clitic prefix before it."""
        chunk = text[max(0, start - self._max_prefix - 1) : start]
        prefix = _TRAILING_LETTERS.search(chunk)
        if prefix is None:
            return True
        letters = prefix.group()
        if len(letters) > self._max_prefix:
            return False  # the word goes on further back than any prefix
        return letters in (self._short_prefixes if length <= 2 else self._prefixes)

    def _right_ok(self, text: str, end: int, wildcard: bool) -> bool:
        """The hit ends inside a word: accept only a known suffix (or anything for ``*``)."""
        if wildcard:
            return True
        rest = _LEADING_LETTERS.match(text, end, end + self._max_suffix + 1)
        if rest is None:
            return True
        suffix = rest.group()
        return len(suffix) <= self._max_suffix and suffix in self._suffixes

    @staticmethod
    def _case_ok(term: Term, cased: str, start: int, end: int) -> bool:
        if term.case_rule == "exact":
            return cased[start:end] == term.surface
        if term.case_rule == "capital":
            return cased[start].isupper() or not cased[start].isalpha()
        return True

    def find(self, text: str, cased: str) -> list[Match]:
        """All phrase hits in ``text`` (lower-cased normalised form), sorted by start.

        ``cased`` is the same text without lower-casing (same offsets) for case rules.
        """
        if self._empty:
            return []
        matches: list[Match] = []
        for last, (length, terms) in self._automaton.iter(text):
            end = last + 1
            start = end - length
            # Fast path first: most hits start after a space; the clitic check is slower.
            if (
                start
                and text[start - 1].isalpha()
                and text[start].isalpha()
                and not self._left_ok(text, start, length)
            ):
                continue
            right_inflected: bool | None = None
            right_exact: bool | None = None
            for term in terms:
                if term.wildcard:
                    pass  # "extradit*": any continuation
                elif term.inflects:
                    if right_inflected is None:
                        right_inflected = (
                            end >= len(text)
                            or not text[end].isalpha()
                            or not text[end - 1].isalpha()
                            or self._right_ok(text, end, False)
                        )
                    if not right_inflected:
                        continue
                else:
                    if right_exact is None:
                        right_exact = end >= len(text) or not (
                            _is_letter(text[end]) and _is_letter(text[end - 1])
                        )
                    if not right_exact:
                        continue
                if term.case_rule != "none" and not self._case_ok(term, cased, start, end):
                    continue
                matches.append(Match(start, end, term))
        matches.sort(key=lambda m: (m.start, -m.end))
        return matches


def word_end(text: str, end: int) -> int:
    """Extend ``end`` to the end of the word it falls in (a hit may carry a suffix)."""
    while end < len(text) and _is_letter(text[end]):
        end += 1
    return end


def keep_longest(matches: list[Match]) -> list[Match]:
    """Drop hits contained in a longer hit of the same kind ("rifle" inside "sniper rifle")."""
    by_kind: dict[str, list[Match]] = {}
    for m in matches:
        by_kind.setdefault(m.term.kind, []).append(m)
    kept: list[Match] = []
    for group in by_kind.values():
        group.sort(key=lambda m: (m.start, -(m.end - m.start)))
        reach = -1
        reach_start = -1
        for m in group:
            inside = m.end <= reach and m.start >= reach_start
            longer_seen = inside and not (m.start == reach_start and m.end == reach)
            if longer_seen:
                continue
            kept.append(m)
            if m.end > reach:
                reach = m.end
                reach_start = m.start
    kept.sort(key=lambda m: (m.start, -m.end))
    return kept
