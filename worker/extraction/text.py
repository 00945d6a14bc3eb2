"""Offset-preserving text normalisation shared by every extraction stage.

Matching happens on ``NormalizedText.normalized``; evidence is reported in the article's own
offsets. Most foldings are 1:1 code-point maps done with ``str.translate`` (C speed, offsets
unchanged). Only deletions (tatweel, harakat, bidi and zero-width marks, soft hyphens) change
the length; when any are present we keep a sparse list of deletion runs (not a per-character
array: deletions are rare and the map stays O(deletions)) and map offsets back with ``bisect``.

Lexicon terms must go through :func:`normalize_term` when they are loaded, so that both sides
of every comparison get the same folding (ى→ي and ة→ه in particular, which are lossy).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

__all__ = ["NormalizedText", "normalize", "normalize_term", "trie_regex"]


def _build_table() -> dict[int, int | None]:
    table: dict[int, int | None] = {}
    # Arabic-Indic (U+0660..) and extended/Persian (U+06F0..) digits -> ASCII, so that one
    # number grammar serves every language.
    for i in range(10):
        table[0x0660 + i] = ord("0") + i
        table[0x06F0 + i] = ord("0") + i
    table[0x066B] = ord(".")  # ARABIC DECIMAL SEPARATOR
    table[0x066C] = ord(",")  # ARABIC THOUSANDS SEPARATOR
    table[0x066A] = ord("%")  # ARABIC PERCENT SIGN
    # Alef with hamza/madda and wasla are spelled inconsistently in news copy.
    for ch in "أإآٱ":
        table[ord(ch)] = ord("ا")
    # Lossy but standard in Arabic IR: final alef maqsura vs yeh and ta marbuta vs heh are
    # interchanged constantly (Egyptian typography drops the dots of final yeh).
    table[ord("ى")] = ord("ي")
    table[ord("ة")] = ord("ه")
    # Persian letters that leak into Arabic copy from keyboards.
    table[ord("ی")] = ord("ي")
    table[ord("ک")] = ord("ك")
    # Typographic punctuation -> ASCII.
    for ch in "‘’‚‛′ʼ`´":
        table[ord(ch)] = ord("'")
    for ch in "“”„‟″«»":
        table[ord(ch)] = ord('"')
    for ch in "‐‑‒–—―−﹘﹣－":
        table[ord(ch)] = ord("-")
    # NBSP, narrow NBSP (French thousands separator), figure/thin/other fixed-width spaces.
    for cp in (0x00A0, 0x202F, 0x205F, 0x3000, *range(0x2000, 0x200B)):
        table[cp] = ord(" ")
    # Deleted: tatweel, harakat (U+064B..U+0652), superscript alef, bidi controls,
    # zero-width characters and the soft hyphen.
    for cp in _DELETED:
        table[cp] = None
    # The only code point whose lower() is longer than one character (it adds a combining
    # dot); make it a plain I so that lower() stays 1:1.
    table[0x0130] = ord("I")
    return table


_DELETED: tuple[int, ...] = (
    0x0640,
    *range(0x064B, 0x0653),
    0x0670,
    0x061C,
    0x200B,
    0x200C,
    0x200D,
    0x200E,
    0x200F,
    *range(0x202A, 0x202F),
    0x2060,
    *range(0x2066, 0x206A),
    0xFEFF,
    0x00AD,
)
_TABLE = _build_table()
# str.translate with a dict costs ~50 ns per character on non-ASCII text (a dict lookup per
# code point); a chain of C-level ``in``/``replace`` calls over only the characters actually
# present is 5-10x faster on a 3 KB article, so that is what normalize() runs.
_PAIRS: tuple[tuple[str, str], ...] = tuple(
    (chr(k), "" if v is None else chr(v)) for k, v in _TABLE.items()
)
_DELETED_RE = re.compile("[" + "".join(chr(c) for c in _DELETED) + "]+")
# Marks that belong to the preceding letter: an evidence span ending on a letter should
# include its harakat and tatweel, but not a following bidi/zero-width mark.
_TRAILING_MARKS = frozenset(chr(c) for c in (0x0640, *range(0x064B, 0x0653), 0x0670))


@dataclass(frozen=True)
class NormalizedText:
    """A text and its normalised form, with an offset map back to the original.

    ``cased`` is the same folding without lower-casing (same length and offsets as
    ``normalized``), for matchers that must stay case-sensitive (acronyms).
    ``_runs``/``_shifts``: for every run of deleted characters, the normalised index of the
    first character kept after it and the cumulative number of characters deleted so far.
    """

    original: str
    normalized: str
    cased: str = ""
    _runs: tuple[int, ...] = field(default=(), repr=False)
    _shifts: tuple[int, ...] = field(default=(), repr=False)

    def _orig_index(self, pos: int) -> int:
        """Original offset of the character at normalised index ``pos``."""
        if not self._runs:
            return pos
        k = bisect.bisect_right(self._runs, pos)
        return pos + (self._shifts[k - 1] if k else 0)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised half-open span to the original text.

        The start maps to its own character (deleted marks before it are left out); the end
        extends over harakat/tatweel attached to the last character of the span.
        """
        if not self._runs:
            return start, end
        o_start = self._orig_index(start)
        if end <= start:
            return o_start, o_start
        o_end = self._orig_index(end - 1) + 1
        orig = self.original
        while o_end < len(orig) and orig[o_end] in _TRAILING_MARKS:
            o_end += 1
        return o_start, o_end


def normalize(text: str, language: str) -> NormalizedText:
    """Fold ``text`` for matching, keeping a way back to the original offsets.

    The folding is the same for every language (``language`` is accepted for future
    language-specific rules): Arabic text carries Latin names and Latin text carries Arabic
    quotes, and applying all the maps everywhere costs nothing.
    """
    del language  # same rules for all supported languages (see docstring)
    cased = text
    for src, dst in _PAIRS:
        if src in cased:
            cased = cased.replace(src, dst)
    normalized = cased.lower()
    if len(cased) == len(text):
        return NormalizedText(text, normalized, cased)
    runs: list[int] = []
    shifts: list[int] = []
    deleted = 0
    for m in _DELETED_RE.finditer(text):
        # Normalised index of the first kept character after this run.
        runs.append(m.start() - deleted)
        deleted += m.end() - m.start()
        shifts.append(deleted)
    return NormalizedText(text, normalized, cased, tuple(runs), tuple(shifts))


@cache
def normalize_term(term: str, language: str) -> str:
    """Normalise a lexicon term exactly as :func:`normalize` folds running text.

    Also collapses internal whitespace, so multi-word terms match single-spaced text.
    """
    return " ".join(normalize(term, language).normalized.split())


def trie_regex(terms: Iterable[str]) -> str:
    """A regex alternation of ``terms`` factored as a prefix trie.

    Python's ``re`` tries alternatives one by one; sharing prefixes makes a list of a few
    hundred words cost a handful of character tests per position. Longer terms are tried
    before their prefixes (greedy optional groups), so callers get the longest term that
    satisfies whatever follows the group (word boundaries, lookaheads).
    """
    trie: dict[str, Any] = {}
    for term in terms:
        if not term:
            continue
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_to_regex(trie) or "(?!)"


def _trie_to_regex(node: dict[str, Any]) -> str:
    terminal = "" in node
    branches = [re.escape(ch) + _trie_to_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not terminal:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")" if len(branches) > 1 else branches[0]
    if terminal:
        return ("(?:" + body + ")?") if len(branches) == 1 and len(body) > 1 else body + "?"
    return body
