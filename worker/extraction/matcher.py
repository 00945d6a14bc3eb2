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
from operator import itemgetter
from typing import Literal, NamedTuple

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
    "agency_head",
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


class Match(NamedTuple):
    """One phrase hit (a named tuple: articles produce thousands, built in a hot loop)."""

    start: int  # offsets into the normalised text
    end: int
    term: Term


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


_START = itemgetter(0)


def _any_case_rule(terms: tuple[Term, ...]) -> bool:
    """Whether a hit of these terms needs a case check (most need none)."""
    return any(term.case_rule != "none" for term in terms)


# One-word phrases up to this length go to the word-boundary regex (languages without clitics).
SHORT_PHRASE = 3

# What may stand right before a word (in the normalised text: typographic quotes and dashes
# are already folded to ASCII).
_WORD_BOUNDARY_CHARS = (
    " \t\n\r\f\v"
    + "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalpha())
    + "«»¿¡°%€£¥•·…§¶×÷±"
)

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
        # No hit is longer than the longest phrase (hits never include a clitic or suffix).
        self.longest = max((len(p) for p in grouped), default=0)
        self._max_prefix = max((len(p) for p in prefixes), default=0)
        self._max_suffix = max((len(s) for s in suffixes), default=0)
        # Without clitics a hit is a whole word, so the short one-word phrases ("t", "in",
        # "g", "le"), which the automaton would report inside most words, are found by one
        # regex anchored on word boundaries instead: far fewer hits to check one by one.
        self._short: dict[str, tuple[Term, ...]] = {}
        if not self._max_prefix and not self._max_suffix:
            for phrase, terms in grouped.items():
                short = len(phrase) <= SHORT_PHRASE and phrase.isalpha()
                if short and not any(t.wildcard for t in terms):
                    self._short[phrase] = tuple(dict.fromkeys(terms))
        # The short words go into the automaton each behind every character that can end the
        # word before it (space, punctuation, a digit: "5kg"): a hit starts a word by
        # construction, only its right side needs a check. A scan in C, where a word-boundary
        # regex cost ~40 µs per KB. They share the automaton of the longer phrases (one scan
        # of the text), with a negative length to tell them apart. A boundary character +
        # short word that is also a phrase of its own ("-day" and "day") keeps the phrase;
        # the short word is then looked for with str.find (``_collided``).
        self._automaton = ahocorasick.Automaton()
        collided: list[tuple[str, int, bool, tuple[Term, ...]]] = []
        for phrase, short_terms in self._short.items():
            cased_rule = _any_case_rule(short_terms)
            for before in _WORD_BOUNDARY_CHARS:
                key = before + phrase
                if key in grouped:
                    collided.append((key, len(phrase), cased_rule, short_terms))
                else:
                    self._automaton.add_word(
                        key, (-len(phrase), cased_rule, short_terms, False, False)
                    )
        self._collided = tuple(collided)
        for phrase, terms in grouped.items():
            if phrase not in self._short:
                unique = tuple(dict.fromkeys(terms))
                # Whether the phrase starts / ends with a letter: the text at a hit is the
                # phrase, so this is known here instead of tested on every hit.
                self._automaton.add_word(
                    phrase,
                    (
                        len(phrase),
                        _any_case_rule(unique),
                        unique,
                        phrase[0].isalpha(),
                        phrase[-1].isalpha(),
                    ),
                )
        self._clitics = (prefixes, suffixes, short_word_prefixes)
        self._empty = not grouped
        self._only_short = len(grouped) == len(self._short)  # whole words only
        self._automaton_empty = len(self._automaton) == 0
        if not self._automaton_empty:
            self._automaton.make_automaton()
        self._prefixes = prefixes
        # Particles of one or two letters ("لا", "لم", "من") would otherwise be found inside
        # other words ("كلا" = ك + لا); they only take the conjunctions.
        self._short_prefixes = short_word_prefixes | {""}
        self._max_short_prefix = max((len(p) for p in self._short_prefixes), default=0)
        self._suffixes = suffixes
        self.size = len(grouped)

    @property
    def takes_clitics(self) -> bool:
        """Whether a hit may carry a prefix or a suffix inside its word."""
        return bool(self._max_prefix or self._max_suffix)

    def sibling(self, entries: list[tuple[str, Term]]) -> PhraseMatcher:
        """A matcher of other phrases with the same clitics."""
        return PhraseMatcher(entries, *self._clitics)

    def _left_ok(self, text: str, start: int, length: int) -> bool:
        """The hit starts inside a word: accept only a known clitic prefix before it."""
        if length <= 2 and self._max_short_prefix == 1:
            # The common case in Arabic ("لا" inside "كلام"): one letter before, which must
            # be a conjunction that starts the word.
            return text[start - 1] in self._short_prefixes and (
                start < 2 or not text[start - 2].isalpha()
            )
        # The letters right before the hit (searched in place: no slice of the text).
        prefix = _TRAILING_LETTERS.search(text, max(0, start - self._max_prefix - 1), start)
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
        short: list[Match] = []
        new_match = tuple.__new__  # Match(...) without the named tuple's Python __new__
        size = len(text)
        if self._short:
            first = _LEADING_LETTERS.match(text)
            if first is not None and first.group() in self._short:
                for term in self._short[first.group()]:
                    if term.case_rule == "none" or self._case_ok(term, cased, 0, first.end()):
                        short.append(Match(0, first.end(), term))
        if self._automaton_empty:
            return short  # whole words: in text order, never two at one start
        matches: list[Match] = []
        append = matches.append
        short_append = short.append
        short_prefixes = self._short_prefixes
        one_letter = self._max_short_prefix == 1
        max_prefix = self._max_prefix
        prefixes = self._prefixes
        max_suffix = self._max_suffix
        suffixes = self._suffixes
        # Without clitics a hit inside a word is never kept (no prefix may come before it) and
        # one that runs on into a word only for a "*" phrase (no suffix may follow it).
        whole_words = not self._max_prefix and not self._max_suffix and not self._max_short_prefix
        for last, (length, cased_rule, terms, first_letter, last_letter) in self._automaton.iter(
            text
        ):
            end = last + 1
            if length < 0:  # a short word behind a boundary character
                if end < size and text[end].isalpha():
                    continue  # "in" of "inside"
                start = end + length
                for term in terms:
                    if not cased_rule or self._case_ok(term, cased, start, end):
                        short_append(new_match(Match, (start, end, term)))
                continue
            start = end - length
            # Fast path first: most hits start after a space; the clitic check is slower.
            if first_letter and start and text[start - 1].isalpha():
                if whole_words:
                    continue
                if length <= 2 and one_letter:
                    # "لا" inside "كلام": only a one-letter conjunction that starts the word.
                    if text[start - 1] not in short_prefixes or (
                        start >= 2 and text[start - 2].isalpha()
                    ):
                        continue
                else:
                    # The letters right before the hit (at most one more than the longest
                    # prefix), walked back in place; a letter-like character that is not
                    # alphabetic (a digit, "²") leaves the answer to the regex of _left_ok.
                    first = start - 1
                    floor = start - max_prefix - 1
                    while first > floor and first and text[first - 1].isalpha():
                        first -= 1
                    if first > floor and first and text[first - 1].isalnum():
                        if not self._left_ok(text, start, length):
                            continue
                    elif start - first > max_prefix or text[first:start] not in (
                        short_prefixes if length <= 2 else prefixes
                    ):
                        continue
            if last_letter and end < size and text[end].isalpha():
                # The word goes on: "extradit*" takes anything, an inflecting phrase a known
                # suffix, a proper name nothing.
                if whole_words:
                    for term in terms:
                        if term.wildcard and (
                            term.case_rule == "none" or self._case_ok(term, cased, start, end)
                        ):
                            append(new_match(Match, (start, end, term)))
                    continue
                suffix_ok: bool | None = None
                for term in terms:
                    if not term.wildcard:
                        if not term.inflects:
                            continue
                        if suffix_ok is None:
                            # The letters right after the hit, walked forward in place (as
                            # for the prefix above; _right_ok's regex otherwise).
                            after = end + 1
                            stop = min(size, end + max_suffix + 1)
                            while after < stop and text[after].isalpha():
                                after += 1
                            if after < stop and text[after].isalnum():
                                suffix_ok = self._right_ok(text, end, False)
                            else:
                                suffix_ok = (
                                    after - end <= max_suffix and text[end:after] in suffixes
                                )
                        if not suffix_ok:
                            continue
                    if term.case_rule == "none" or self._case_ok(term, cased, start, end):
                        append(new_match(Match, (start, end, term)))
                continue
            if not cased_rule:
                for term in terms:
                    append(new_match(Match, (start, end, term)))
                continue
            for term in terms:
                if term.case_rule == "none" or self._case_ok(term, cased, start, end):
                    append(new_match(Match, (start, end, term)))
        if self._collided:
            found = len(short)
            for key, length, cased_rule, terms in self._collided:
                at = text.find(key)
                while at >= 0:
                    end = at + len(key)
                    if end >= size or not text[end].isalpha():
                        start = end - length
                        for term in terms:
                            if not cased_rule or self._case_ok(term, cased, start, end):
                                short_append(new_match(Match, (start, end, term)))
                    at = text.find(key, at + 1)
            if len(short) > found:
                short.sort(key=_START)  # one short word at most starts at an offset
        if self._only_short:
            return short  # whole words: in text order, never two at one start
        # The automaton reports hits by increasing end: reversed, a stable sort on the start
        # gives (start, -end) order without a Python key function. Short words go after the
        # longer phrases that start with them ("in" after "in custody").
        matches.reverse()
        matches.extend(short)
        matches.sort(key=_START)
        return matches


# A capitalised word of the cased text, or the end of a word from a capital on ("Mc|Donald":
# the boundary is checked on the hits).
_UPPER = "".join(chr(c) for c in range(0x10000) if chr(c).isupper() and chr(c).isalpha())
_CAPITALISED_WORD = re.compile(f"[{re.escape(_UPPER)}][^\\W\\d_]*")
_NAME_WORD = re.compile(r"[^\W\d_]+")
_SECOND_WORD = re.compile(r"[^\w]{1,3}([^\W\d_]+)")


# What may stand before the first word of a sentence (the normalised text folds typographic
# quotes and dashes to ASCII; a dash only after a space: "LONDON - Police in ...").
_SENTENCE_OPENERS = frozenset(".!?:;\"'(\n\r")


def _opens_sentence(cased: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and cased[i] in " \t":
        i -= 1
    if i < 0 or cased[i] in _SENTENCE_OPENERS:
        return True
    return cased[i] == "-" and i < start - 1


def _after_name(cased: str, start: int) -> bool:
    """Whether the word at ``start`` follows, after one space, a capitalised word that does
    not start its sentence ("Luis Rangel", "Sergio García")."""
    i = start - 1
    if i < 1 or cased[i] != " " or not cased[i - 1].isalpha():
        return False
    j = i - 1
    while j > 0 and cased[j - 1].isalpha():
        j -= 1
    return cased[j].isupper() and not _opens_sentence(cased, j)


class NameTable:
    """Proper names of languages without clitics looked up word by word instead of through
    the automaton: the capitalised words of a text that start a name are tried with the
    words after them, longest first. Tens of thousands of town names (cities.toml) cost a
    dictionary, where in each language's automaton they cost ~30 MB; one table serves every
    language of a script.

    A name right after another capitalised word that does not start its sentence is part of
    a longer name ("Luis Rangel"): it is no hit, nor anywhere else in the article."""

    def __init__(self, entries: Iterable[tuple[str, str, Term]]) -> None:
        """``entries``: (normalised name, the name as written, term)."""
        self._names: dict[str, Term] = {}
        # the first word as written and in capitals -> most words of a name it starts
        self._firsts: dict[str, int] = {}
        self._pairs: set[tuple[str, str]] = set()  # the first two words of longer names
        for phrase, written, term in entries:
            words = _NAME_WORD.findall(phrase)
            first = _CAPITALISED_WORD.match(written)
            if not words or first is None or phrase in self._names:
                continue
            self._names[phrase] = term
            for form in (first.group(), first.group().upper()):
                self._firsts[form] = max(self._firsts.get(form, 0), len(words))
            if len(words) > 1:
                self._pairs.add((words[0], words[1]))
        self.longest = max((len(p) for p in self._names), default=0)

    def __len__(self) -> int:
        return len(self._names)

    def find(self, text: str, cased: str) -> list[Match]:
        """The names in ``text`` (normalised), capitalised in ``cased``, sorted by start."""
        # Which capitalised words start a name, by set operations before any loop.
        firsts = self._firsts
        starting = firsts.keys() & set(_CAPITALISED_WORD.findall(cased))
        if not starting:
            return []
        found: list[tuple[int, int, Term]] = []
        names: set[Term] = set()  # towns written as the last word of a person's name
        size = len(cased)
        pairs = self._pairs
        singles = self._names
        for word in starting:
            most = firsts[word]
            start = cased.find(word)
            while start >= 0:
                end = start + len(word)
                at = start
                start = cased.find(word, end)
                if (at and cased[at - 1].isalpha()) or (end < size and cased[end].isalpha()):
                    continue
                longest: tuple[int, Term] | None = None
                if most > 1:
                    # Most capitalised words that start a longer name ("The", "Port") do not
                    # start one here: the word after them tells before any key is built.
                    second = _SECOND_WORD.match(text, end)
                    if second is not None and (text[at:end], second.group(1)) in pairs:
                        longest = self._longest(text, at, end, most)
                if longest is None:
                    term = singles.get(text[at:end])
                    if term is None:
                        continue
                    longest = (end, term)
                if _after_name(cased, at):
                    names.add(longest[1])
                else:
                    found.append((at, longest[0], longest[1]))
        if not found:
            return []
        found.sort(key=lambda hit: (hit[0], -hit[1]))
        hits: list[Match] = []
        reach = -1
        for start, end, term in found:
            # "Luis Alberto Rangel ... Rangel faces": written once in a person's name, the
            # word is that person's name throughout the article.
            if start >= reach and term not in names:
                hits.append(Match(start, end, term))
                reach = end
        return hits

    def _longest(self, text: str, start: int, end: int, most: int) -> tuple[int, Term] | None:
        ends = [end]
        if most > 1:
            for extra in _NAME_WORD.finditer(text, end, min(len(text), start + self.longest)):
                ends.append(extra.end())
                if len(ends) == most:
                    break
        for stop in reversed(ends):
            key = text[start:stop]
            if "  " in key or "\n" in key:
                key = " ".join(key.split())
            term = self._names.get(key)
            if term is not None:
                return stop, term
        return None


def word_end(text: str, end: int) -> int:
    """Extend ``end`` to the end of the word it falls in (a hit may carry a suffix)."""
    while end < len(text) and _is_letter(text[end]):
        end += 1
    return end


def keep_longest(matches: list[Match]) -> list[Match]:
    """Drop hits contained in a longer hit of the same kind ("rifle" inside "sniper rifle").

    ``matches`` must be sorted by (start, -end), as ``PhraseMatcher.find`` returns them; the
    order is kept. Per kind, the hit reaching furthest so far swallows those inside it."""
    reach: dict[str, tuple[int, int]] = {}  # kind -> (end, start) of the furthest hit
    kept: list[Match] = []
    keep = kept.append
    furthest_of = reach.get
    for m in matches:
        start, end, term = m
        kind = term.kind
        furthest = furthest_of(kind)
        if furthest is not None and end <= furthest[0]:
            if end == furthest[0] and start == furthest[1]:
                keep(m)  # the same span again (another term): kept, reach unchanged
            continue
        reach[kind] = (end, start)
        keep(m)
    return kept
