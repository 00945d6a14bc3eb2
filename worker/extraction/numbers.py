"""Numbers as news articles write them: digits with local separators, number words, scales,
vague quantities and the qualifier words in front of them (EXTRACTION_GUIDE.md section 4).

Works on normalised text (:func:`worker.extraction.text.normalize`): ASCII digits, Arabic
alef/ya/ta-marbuta folded, lower case. Per-language words and grammar (separators,
composition rules, proclitics, dual endings) live in ``lexicons/<lang>/numbers.toml``; no
language is named here. Each language is compiled once into a few regexes
(:func:`_lexicon`, cached) and ``find_numbers`` is then one ``finditer`` over the text plus a
little Python per match.

Separator rule (one separator followed by exactly three digits is the only ambiguous case;
every other shape has one reading - see :func:`_digits_value`):

* a count ("2.500 pastillas", "1,500 شخص") is an integer, so the separator is a thousands
  separator in every language;
* Arabic with a mass/volume unit: decimal ("17,500 كيلو جرام" = 17.5, "(31.700) كيلو غرام" =
  31.7: Egyptian police bulletins write kilograms with three decimals), unless the decimals
  are "000" ("1,000 طن" = 1000);
* otherwise the language's numbers.toml [digits] decides: en "," thousands / "." decimal;
  fr and es "," decimal / "." thousands ("3.400 kilos" = 3400, "2,915 kilos" = 2.915); ar
  "," thousands / "." decimal unless money or ".000".
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

from worker.extraction.lexicon import LexiconError, check_tables
from worker.extraction.text import normalize, normalize_term, trie_regex

__all__ = [
    "NumberMention",
    "Qualifier",
    "UnitClass",
    "dual_forms",
    "find_numbers",
    "is_dual_of",
    "parse_number",
]

Qualifier = Literal["exact", "approximate", "at_least"]
UnitClass = Literal["mass", "volume", "count", "money"]


@dataclass(frozen=True)
class NumberMention:
    """One number in the text given to :func:`find_numbers`.

    ``start``/``end`` cover the number itself (digits, words, scale word);
    ``qualifier_start`` is where a qualifier phrase in front of it begins ("more than 300":
    the offset of "more"), equal to ``start`` when there is none. ``is_vague`` marks plural
    quantity words ("hundreds of", "عشرات", "des centaines de", "several thousand"): value is
    the unit, qualifier ``at_least``; the guide leaves a count null when no number is given,
    so the engine may prefer to ignore them. ``is_year_like``: a bare four-digit integer
    1900-2100 with no unit after it. ``unit_class`` is the kind of unit word found right after
    the number, if any (it decided ambiguous separators).
    """

    value: float
    start: int
    end: int
    qualifier: Qualifier
    is_words: bool
    # Stored as a length so that dataclasses.replace(n, start=..., end=...) (shifting a
    # sentence-relative mention to article offsets) keeps ``qualifier_start`` right.
    qualifier_len: int = 0
    is_year_like: bool = False
    is_vague: bool = False
    unit_class: UnitClass | None = None

    @property
    def qualifier_start(self) -> int:
        """Where the qualifier phrase in front of the number begins (== start if none)."""
        return self.start - self.qualifier_len


# Compiled by mypyc (scripts/build_native.sh) NumberMention is a native class: no instance
# __dict__ to fill, and object.__new__ refuses it; its own constructor is cheap there.
_NATIVE_MENTIONS = not NumberMention.__dictoffset__


def _mention(
    *,
    value: float,
    start: int,
    end: int,
    qualifier: Qualifier,
    is_words: bool,
    qualifier_len: int = 0,
    is_year_like: bool = False,
    is_vague: bool = False,
    unit_class: UnitClass | None = None,
) -> NumberMention:
    """Build a NumberMention without the frozen-dataclass __init__, which sets each field
    through object.__setattr__ (1.4 us a mention, a third of the cost of a dense article)."""
    fields = {
        "value": value,
        "start": start,
        "end": end,
        "qualifier": qualifier,
        "is_words": is_words,
        "qualifier_len": qualifier_len,
        "is_year_like": is_year_like,
        "is_vague": is_vague,
        "unit_class": unit_class,
    }
    if _NATIVE_MENTIONS:
        return NumberMention(**fields)  # type: ignore[arg-type]
    n = object.__new__(NumberMention)
    n.__dict__.update(fields)
    return n


# ---------------------------------------------------------------------------------------------
# Lexicon


_KINDS = (
    "values",
    "dual_scales",
    "multipliers",
    "scales",
    "plural_scales",
    "vague",
    "approximate",
    "fractions",
)
_KIND_OF_TABLE = {
    "values": "value",
    "dual_scales": "value",
    "multipliers": "mult",
    "scales": "scale",
    "plural_scales": "pscale",
    "vague": "vague",
    "approximate": "approx",
    "fractions": "frac",
}
# numbers.toml: its tables, and the keys of those that are not word -> value tables (a
# misspelt name fails at load)
TABLES: frozenset[str] = frozenset(
    {*_KINDS, "scale_suffixes", "words", "qualifiers", "units", "digits", "composition"}
    | {"clitics", "dual"}
)
TABLE_KEYS: dict[str, frozenset[str]] = {
    "words": frozenset(
        {
            "articles",
            "several",
            "and",
            "of",
            "joiners",
            "teen_tens",
            "teen_only",
            "no_article",
            "ordinal_words",
            "negators",
            "ordinal_suffixes",
        }
    ),
    "qualifiers": frozenset({"approximate", "at_least"}),
    "units": frozenset({"mass", "volume", "count", "money"}),
    "digits": frozenset(
        {
            "decimal_separator",
            "space_groups",
            "lakh_groups",
            "decimal_separator_groups",
            "thousandths_in_measures",
            "comma_thousands_states",
        }
    ),
    "composition": frozenset(
        {"units_before_tens", "teens_after_tens", "products", "digits_after_scale"}
    ),
    "clitics": frozenset(
        {"conjunctions", "prepositions", "prepositions_with_article", "qualifiers"}
    ),
    "dual": frozenset({"endings", "oblique_endings", "construct_endings", "stem_changes", "two"}),
}
# Digits may not continue a Latin word or another number ("A380", "1.2.3"); an attached
# proclitic ([clitics]: "و3", "ب17,500") is fine.
_DIGIT_LOOKBEHIND = r"(?<![0-9A-Za-z_.,\u00C0-\u024F])"
_DATE_TIME_RE = re.compile(r"\d+(?:[/:]\d+)+|\d{4}-\d{1,2}-\d{1,2}")
_DATE_SEPARATORS = frozenset("/:-")
_DIGITS = frozenset("0123456789")
_CURRENCY_SYMBOLS = "$€£¥"
_UNIT_CLASSES: dict[str, UnitClass] = {
    "mass": "mass",
    "volume": "volume",
    "count": "count",
    "money": "money",
}


@dataclass(frozen=True)
class _Clitic:
    """One proclitic combination of numbers.toml [clitics] ("وبال"), with what it says."""

    form: str
    is_and: bool  # its conjunction is "and" (خمسة وعشرون)
    definite: bool  # it holds the article (ال, لل)


@dataclass(frozen=True)
class _Lexicon:
    language: str
    words: dict[str, tuple[str, float]]
    articles: frozenset[str]
    several: frozenset[str]
    and_words: frozenset[str]
    of_words: frozenset[str]
    teen_tens: frozenset[str]
    teen_only: frozenset[str]
    lookup: dict[str, tuple[str, float, bool, int]]
    ordinal_words: frozenset[str]
    negators: frozenset[str]
    no_article: frozenset[str]
    scale_suffixes: dict[str, float]
    phrase_re: re.Pattern[str]
    candidate_re: re.Pattern[str]
    article_unit_re: re.Pattern[str] | None
    article_before_re: re.Pattern[str] | None
    max_qualifier_words: int
    qualifier_last_words: frozenset[str]
    token_re: re.Pattern[str]
    qualifier_re: re.Pattern[str]
    qualifiers: dict[str, Qualifier]
    unit_re: re.Pattern[str]
    units: dict[str, UnitClass]
    ordinal_re: re.Pattern[str] | None
    # [digits]: the decimal separator; whether it also groups thousands before 000 and in
    # money; whether a mass/volume amount reads one separator before three digits as decimal
    decimal_separator: str = ","
    decimal_separator_groups: bool = False
    thousandths_in_measures: bool = False
    # states whose copy in this language groups thousands with a comma ("1,356 kilos" in a
    # Mexican paper is 1356 kg, in a Spanish one 1.356 kg): ISO 3166-1 alpha-2 codes
    comma_thousands_states: frozenset[str] = frozenset()
    # [composition]
    units_before_tens: bool = False  # خمسة وعشرون
    teens_after_tens: frozenset[float] = frozenset()  # soixante-dix: 60, 80
    products: frozenset[tuple[float, float]] = frozenset()  # quatre-vingts: (4, 20)
    digits_after_scale: bool = False  # "2 mil 500", "mil 200": digits after a scale add
    dual_scales: frozenset[str] = frozenset()  # [dual_scales]: ألفان، مليونان
    # [clitics]
    clitic_regex: str = ""  # optional proclitics in front of a word
    conjunctions: tuple[str, ...] = ()  # و ف: "الحادي عشر" is read without them too
    and_clitics: frozenset[str] = frozenset()  # و: "مليونا و200 ألف" is one number
    qualifier_clitics: tuple[str, ...] = ()  # بحوالي، لأكثر من
    qualifier_clitic_lengths: tuple[int, ...] = ()
    # [dual]
    dual_endings: tuple[str, ...] = ()
    dual_oblique_endings: tuple[str, ...] = ()
    dual_construct_endings: tuple[str, ...] = ()
    dual_stem_changes: tuple[tuple[str, str], ...] = ()
    dual_two: tuple[str, ...] = ()  # "شخصين اثنين": the word for two after a dual


def _morphology(language: str) -> dict[str, Any]:
    """language.toml [morphology] (empty for a language without the file)."""
    try:
        return dict(_load_toml(language, "language.toml").get("morphology", {}))
    except FileNotFoundError:
        return {}


def _clitics(
    data: dict[str, Any], morphology: dict[str, Any], language: str
) -> tuple[list[list[str]], tuple[_Clitic, ...]]:
    """The proclitic slots of a number word - numbers.toml [clitics] conjunctions and
    prepositions, then language.toml article_prefixes - and every non-empty combination of
    them, in slot order, without an article after a preposition that already holds one. A
    combination is "and" when its conjunction is one of language.toml and_prefixes."""
    c = data.get("clitics", {})
    slots = [
        _norm_all(c.get("conjunctions", []), language),
        _norm_all(c.get("prepositions", []), language),
        _norm_all(morphology.get("article_prefixes", []), language),
    ]
    with_article = frozenset(_norm_all(c.get("prepositions_with_article", []), language))
    and_clitics = frozenset(_norm_all(morphology.get("and_prefixes", []), language))
    combos = []
    for p1 in ("", *slots[0]):
        for p2 in ("", *slots[1]):
            for p3 in ("", *slots[2]):
                form = p1 + p2 + p3
                if not form or (p2 in with_article and p3):
                    continue
                combos.append(_Clitic(form, p1 in and_clitics, bool(p3) or p2 in with_article))
    return slots, tuple(combos)


def _slot_regex(slots: list[list[str]]) -> str:
    """Each clitic slot optional, in order: "(?:[وف]?(?:[بكل]|لل)?(?:ال)?)"; "" for none."""
    if not any(slots):
        return ""
    parts = []
    for slot in slots:
        if not slot:
            continue
        letters = "".join(x for x in slot if len(x) == 1)
        alternatives = [f"[{letters}]"] if letters else []
        alternatives += [re.escape(x) for x in slot if len(x) > 1]
        parts.append(f"(?:{'|'.join(alternatives)})?")
    return "(?:" + "".join(parts) + ")"


def _word_start_trie(terms: Iterable[str]) -> str:
    r"""``(?<!\w)(?:trie_regex(terms))``, written for a scan over a whole sentence: every
    alternative starts with a literal letter, so ``re`` skips to those letters instead of
    trying the lookbehind at every position. The word start is checked right after that
    letter (``(?<!\w\w)``), the same test when every term starts with a word character.
    The "a"/"an"/"une" scan costs a third as much."""
    words = sorted({t for t in terms if t})
    if not words or any(re.fullmatch(r"\w", t[0]) is None for t in words):
        return rf"(?<!\w)(?:{trie_regex(words)})"
    branches = []
    for letter in sorted({t[0] for t in words}):
        tails = [t[1:] for t in words if t[0] == letter and len(t) > 1]
        head = rf"{re.escape(letter)}(?<!\w\w)"
        if not tails:
            branches.append(head)
        elif letter in words:  # the letter alone is a term too: longer terms first
            branches.append(rf"{head}(?:{trie_regex(tails)})?")
        else:
            branches.append(rf"{head}(?:{trie_regex(tails)})")
    return "(?:" + "|".join(branches) + ")"


def _load_toml(language: str, name: str) -> dict[str, Any]:
    res = resources.files("worker.extraction").joinpath("lexicons", language, name)
    with res.open("rb") as fh:
        return tomllib.load(fh)


def _norm_all(items: Iterable[str], language: str) -> list[str]:
    return [normalize_term(x, language) for x in items]


def and_words(language: str) -> frozenset[str]:
    """The language's "and" as a word ("and", "et", "y"; Arabic writes و on the next word)."""
    return _lexicon(language).and_words


def indefinite_articles(language: str) -> frozenset[str]:
    """The singular indefinite articles ("a", "un", "une", "una"), which also count one."""
    return _lexicon(language).articles


def link_words(language: str) -> frozenset[str]:
    """The language's "of" ("de", "d'", "of"), which may join a quantity to its unit,
    currency or substance: "1,2 million d'euros", "une trentaine de kilos", "kg d'héroïne"."""
    return _lexicon(language).of_words


@cache
def _lexicon(language: str) -> _Lexicon:
    """Compile one language's number data (once per process)."""
    data = _load_toml(language, "numbers.toml")
    check_tables(data, TABLES, TABLE_KEYS, f"{language}/numbers.toml")
    morphology = _morphology(language)
    slots, clitics = _clitics(data, morphology, language)
    words: dict[str, tuple[str, float]] = {}
    for table in _KINDS:
        for key, val in data.get(table, {}).items():
            words[normalize_term(key, language)] = (_KIND_OF_TABLE[table], float(val))
    w = data.get("words", {})
    articles = frozenset(_norm_all(w.get("articles", []), language))
    several = frozenset(_norm_all(w.get("several", []), language))
    and_words = frozenset(_norm_all(w.get("and", []), language))
    of_words = frozenset(_norm_all(w.get("of", []), language))
    teen_tens = frozenset(_norm_all(w.get("teen_tens", []), language))
    teen_only = frozenset(_norm_all(w.get("teen_only", []), language))
    no_article = frozenset(_norm_all(w.get("no_article", []), language))
    for t in teen_only:
        words[t] = ("value", 1.0)
    # Articles are 1 only inside a number ("vingt et un") or before a multiplier/scale ("un
    # million"); the composer decides, so they must not be plain values.
    for a in articles:
        words.pop(a, None)
    ordinal_words = frozenset(_norm_all(w.get("ordinal_words", []), language))
    negators = frozenset(_norm_all(w.get("negators", []), language))
    suffixes = {
        normalize_term(k, language): float(v) for k, v in data.get("scale_suffixes", {}).items()
    }

    def kinds(*ks: str) -> list[str]:
        return [k for k, (kind, _) in words.items() if kind in ks]

    pre = _slot_regex(slots)
    all_words = trie_regex(list(words))
    follow_article = trie_regex(kinds("mult", "scale", "approx"))
    follow_several = trie_regex(kinds("mult", "scale", "pscale", "vague"))
    art = trie_regex(articles)
    sev = trie_regex(several)
    connectors = sorted(and_words | of_words)
    # Between two words of a number: spaces or a joiner ("twenty-five"), then perhaps "and"
    # or "of" ("two hundred and fifty").
    joiners = _norm_all(w.get("joiners", []), language)
    sep = rf"(?:\s*(?:{trie_regex(joiners)})\s*|\s+)" if joiners else r"\s+"
    if connectors:
        sep += rf"(?:(?:{trie_regex(connectors)})\s+)?"
    units: dict[str, UnitClass] = {}
    for ukind in _UNIT_CLASSES.values():
        for u in data.get("units", {}).get(ukind, []):
            units[normalize_term(u, language)] = ukind
    # "una tonelada", "a tonne", "une tonne": an article right before a mass/volume unit is 1.
    # Articles are not candidates (see candidate_re): these are found by their own scan.
    measures = [u for u, kind in units.items() if kind in ("mass", "volume") and len(u) > 1]
    article_unit_re = (
        re.compile(rf"(?P<a>{_word_start_trie(articles)})\s+(?:{trie_regex(measures)})(?!\w)")
        if measures and articles
        else None
    )
    first_word = (
        rf"(?<!\w){pre}(?:"
        rf"(?:{all_words})(?!\w)"
        rf"|(?:{sev})(?=\s+{pre}(?:{follow_several})(?!\w))"
        rf"|(?:{art})(?=\s+(?:{follow_article})(?!\w))"
        rf")"
    )
    next_word = rf"{pre}(?:{all_words}|{art})(?!\w)"
    digits_data = data.get("digits", {})
    decimal_separator = str(digits_data.get("decimal_separator", ","))
    if decimal_separator not in (".", ","):
        raise LexiconError(f"{language}/numbers.toml [digits] decimal_separator: '.' or ','")
    space_groups = "|(?: \\d{3})+" if digits_data.get("space_groups", False) else ""
    # South Asian grouping ("12,50,000" = 1,250,000): pairs of digits before the last three.
    lakh_groups = (
        r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![0-9])|" if digits_data.get("lakh_groups") else ""
    )
    digits = (
        rf"{_DIGIT_LOOKBEHIND}(?:{lakh_groups}\d{{1,3}}(?:(?:,\d{{3}})+|(?:\.\d{{3}})+{space_groups})"
        rf"(?:[.,]\d+)?(?![0-9])|\d+(?:[.,]\d+)?)"
    )
    suffix = trie_regex(suffixes)
    digit_part = rf"(?P<d>{digits})(?P<suf>(?:{suffix})(?![^\W\d_]))?"
    phrase_re = re.compile(rf"(?:{digit_part}|{first_word})(?:{sep}{next_word})*")
    # Candidate starts: a digit or a number word. Scanning the whole text with phrase_re
    # costs 3-5x more than this plain trie (its lookarounds run at every position), so
    # phrase_re is only run anchored at candidates. Articles are not candidates (they are
    # everywhere); a candidate multiplier/scale looks one word back for one instead.
    cand_terms = [*words, *several]
    if clitics:  # spelled out: an optional prefix group in front of the trie doubles the cost
        cand_terms = [p + t for p in ("", *(c.form for c in clitics)) for t in cand_terms]
    # "و3 أشخاص": a one-letter conjunction or preposition written on digits
    on_digits = "".join(x for x in (*slots[0], *slots[1]) if len(x) == 1)
    digit_start = f"[{on_digits}]?[0-9]" if on_digits else "[0-9]"
    candidate_re = re.compile(rf"\b(?:{digit_start}|(?:{trie_regex(cand_terms)})\b)")
    article_before_re = re.compile(rf"(?<!\w)(?:{art})\s+$") if articles else None
    token_re = re.compile(rf"(?P<d>{digits})|\w+")

    qualifiers: dict[str, Qualifier] = {}
    qualifier_kinds: tuple[Qualifier, ...] = ("approximate", "at_least")
    for qkind in qualifier_kinds:
        for q in data.get("qualifiers", {}).get(qkind, []):
            qualifiers[normalize_term(q, language)] = qkind
    qualifier_clitics = _norm_all(data.get("clitics", {}).get("qualifiers", []), language)
    qpre = f"(?:{trie_regex(qualifier_clitics)})?" if qualifier_clitics else ""
    qualifier_re = re.compile(rf"(?<!\w){qpre}(?P<q>{trie_regex(qualifiers)})\s*$")
    # A qualifier is looked up as the last 1..n words before the number (dict lookups are
    # cheaper than a regex search over a window); qualifier_re is the fallback for
    # qualifiers glued to the number ("plus d'une").
    max_q = max((len(q.split()) for q in qualifiers), default=0)
    qualifier_last_words = frozenset(q.split()[-1] for q in qualifiers)

    # "1,2 million d'euros", "una tonelada de", "tens of thousands of pills": skip "of".
    of_opt = rf"(?:(?:{trie_regex(of_words)})\s*)?" if of_words else ""
    unit_re = re.compile(rf"[\s()\"'-]*{of_opt}{pre}(?P<u>{trie_regex(units)})(?!\w)")
    ords = _norm_all(w.get("ordinal_suffixes", []), language)
    ordinal_re = re.compile(rf"(?:{trie_regex(ords)})(?!\w)") if ords else None
    composition = data.get("composition", {})
    dual = data.get("dual", {})
    return _Lexicon(
        language=language,
        words=words,
        articles=articles,
        several=several,
        and_words=and_words,
        of_words=of_words,
        teen_tens=teen_tens,
        teen_only=teen_only,
        lookup=_build_lookup(words, articles, several, no_article, clitics),
        ordinal_words=ordinal_words,
        negators=negators,
        no_article=no_article,
        scale_suffixes=suffixes,
        phrase_re=phrase_re,
        candidate_re=candidate_re,
        article_unit_re=article_unit_re,
        article_before_re=article_before_re,
        max_qualifier_words=max_q,
        qualifier_last_words=qualifier_last_words,
        token_re=token_re,
        qualifier_re=qualifier_re,
        qualifiers=qualifiers,
        unit_re=unit_re,
        units=units,
        ordinal_re=ordinal_re,
        decimal_separator=decimal_separator,
        decimal_separator_groups=bool(digits_data.get("decimal_separator_groups", False)),
        thousandths_in_measures=bool(digits_data.get("thousandths_in_measures", False)),
        comma_thousands_states=frozenset(
            str(code) for code in digits_data.get("comma_thousands_states", [])
        ),
        units_before_tens=bool(composition.get("units_before_tens", False)),
        teens_after_tens=frozenset(float(t) for t in composition.get("teens_after_tens", [])),
        products=frozenset((float(a), float(b)) for a, b in composition.get("products", [])),
        digits_after_scale=bool(composition.get("digits_after_scale", False)),
        dual_scales=frozenset(normalize_term(k, language) for k in data.get("dual_scales", {})),
        clitic_regex=pre,
        conjunctions=tuple(slots[0]),
        and_clitics=frozenset(_norm_all(morphology.get("and_prefixes", []), language)),
        qualifier_clitics=tuple(qualifier_clitics),
        qualifier_clitic_lengths=tuple(sorted({len(c) for c in qualifier_clitics})),
        dual_endings=tuple(_norm_all(dual.get("endings", []), language)),
        dual_oblique_endings=tuple(_norm_all(dual.get("oblique_endings", []), language)),
        dual_construct_endings=tuple(_norm_all(dual.get("construct_endings", []), language)),
        dual_stem_changes=tuple(
            (normalize_term(a, language), normalize_term(b, language))
            for a, b in dual.get("stem_changes", [])
        ),
        dual_two=tuple(_norm_all(dual.get("two", []), language)),
    )


# ---------------------------------------------------------------------------------------------
# Digits


def _unit_class_of_hint(hint: str | None) -> UnitClass | None:
    if hint is None:
        return None
    h = hint.strip()
    if h in _UNIT_CLASSES:
        return _UNIT_CLASSES[h]
    low = h.lower()
    if low in ("kg", "g", "t", "mg", "lb", "oz"):
        return "mass"
    if low in ("l", "ml"):
        return "volume"
    if len(h) == 3 and h.isalpha() and h.isupper():
        return "money"  # ISO 4217 code
    return "count"  # pills, rounds, persons, items...


def _digits_value(tok: str, lex: _Lexicon, unit: UnitClass | None, scaled: bool) -> float | None:
    """Value of a digit token as matched by the digits regex (see module docstring)."""
    if " " in tok:  # French/Spanish space-grouped thousands ("3 400"), validated by the regex
        tok = tok.replace(" ", "")
    n_dot = tok.count(".")
    n_com = tok.count(",")
    if not n_dot and not n_com:
        return float(tok)
    if n_dot and n_com:
        dec = "." if tok.rfind(".") > tok.rfind(",") else ","
        thou = "," if dec == "." else "."
        if tok.count(dec) > 1:
            return None
        return float(tok.replace(thou, "").replace(dec, "."))
    sep = "." if n_dot else ","
    if n_dot + n_com > 1:  # "1.234.567": only thousands make sense
        return float(tok.replace(sep, ""))
    int_part, frac = tok.split(sep)
    if len(frac) != 3 or int_part in ("0", ""):
        return float(int_part + "." + frac)
    as_thousands = float(int_part + frac)
    as_decimal = float(int_part + "." + frac)
    if unit == "count" and not scaled:
        return as_thousands  # counts are whole: "2.500 pastillas", "1,500 شخص"
    if unit == "money" and not scaled:
        return as_thousands  # cents have two digits: "US$412,000", "85.000 euros"
    if lex.thousandths_in_measures and unit in ("mass", "volume"):
        return as_thousands if frac == "000" else as_decimal  # "17,500 كيلو" = 17.5
    if sep != lex.decimal_separator:
        return as_thousands
    if unit in ("mass", "volume") and frac.endswith("00"):
        return as_thousands  # "2,300 kilos": a decimal is not written with trailing zeros
    if lex.decimal_separator_groups and (frac == "000" or unit == "money"):
        return as_thousands  # "5.000 جنيه"
    return as_decimal


# ---------------------------------------------------------------------------------------------
# Word numbers


def _place(n: float) -> float:
    """Largest power of ten dividing the integer ``n`` (1 for non-integers / zero)."""
    if n <= 0 or n != int(n):
        return 1.0
    p = 1
    k = int(n)
    while k % 10 == 0:
        k //= 10
        p *= 10
    return float(p)


@dataclass(slots=True)
class _Group:
    start: int = -1
    end: int = -1
    total: float = 0.0
    current: float = 0.0
    last_scale: float = 0.0
    has_value: bool = False  # a value/mult/scale token was seen
    article: bool = False  # pending "a"/"un": 1 if a multiplier/scale follows
    several: bool = False  # pending "several": vague if a multiplier/scale follows
    vague: float = 0.0  # >0: vague group with this value
    approx: bool = False
    only_frac: bool = False  # "half"/"نصف"/"una" alone: kept only before a mass/volume unit
    last_kind: str = ""

    def value(self) -> float:
        if self.vague:
            return self.vague
        return self.total + self.current


@dataclass(slots=True)
class _Word:
    text: str
    start: int
    end: int
    kind: str
    value: float
    conn: str  # "", "and", "of": connector right before this word (ar: the و proclitic)


def _lookup(lex: _Lexicon, w: str) -> tuple[str, float, bool, int] | None:
    """(kind, value, had a و proclitic, proclitic length) for a word (see _build_lookup)."""
    return lex.lookup.get(w)


def _build_lookup(
    words: dict[str, tuple[str, float]],
    articles: frozenset[str],
    several: frozenset[str],
    no_article: frozenset[str],
    clitics: tuple[_Clitic, ...],
) -> dict[str, tuple[str, float, bool, int]]:
    """Every spelling a number word can take, precomputed so that the hot path is one dict
    lookup: the word itself, and every [clitics] combination in front of it (و/ف, then
    ب/ك/ل/لل, then ال), except the article on no_article words (الاثنين is Monday)."""
    out: dict[str, tuple[str, float, bool, int]] = {}
    base: dict[str, tuple[str, float]] = dict(words)
    for a in articles:
        base.setdefault(a, ("article", 1.0))
    for sv in several:
        base.setdefault(sv, ("several", 0.0))
    for w, (kind, value) in base.items():
        out[w] = (kind, value, False, 0)
    for clitic in clitics:
        prefix = clitic.form
        for w, (kind, value) in base.items():
            if kind == "article" or (clitic.definite and w in no_article):
                continue
            out.setdefault(prefix + w, (kind, value, clitic.is_and, len(prefix)))
    return out


def _without_conjunction(lex: _Lexicon, word: str) -> tuple[str, ...]:
    """A word with and without a leading [clitics] conjunction (و/ف)."""
    for conjunction in lex.conjunctions:
        if word.startswith(conjunction):
            return (word, word[len(conjunction) :])
    return (word,)


def _compose(lex: _Lexicon, words: list[_Word]) -> list[_Group]:
    """Split a run of number words into numbers and compute each one's value."""
    out: list[_Group] = []
    g = _Group()
    teens_after_tens = lex.teens_after_tens
    products = lex.products
    units_before_tens = lex.units_before_tens

    def flush() -> None:
        nonlocal g
        if g.article and not (g.has_value or g.vague or g.several):
            # "una tonelada", "a tonne", "une tonne": one, kept only before a mass/volume unit
            g.current = 1.0
            g.has_value = True
            g.only_frac = True
        if g.has_value or g.vague:
            out.append(g)
        g = _Group()

    def begin(w: _Word) -> None:
        if g.start < 0:
            g.start = w.start

    i = 0
    while i < len(words):
        w = words[i]
        kind, v = w.kind, w.value
        # A connector that does not belong inside this number ends it ("five of the ten").
        if w.conn == "of" and not (
            (g.vague or g.approx or g.several) and kind in ("scale", "pscale")
        ):
            flush()
        if kind == "article" and (
            g.last_kind == "frac" or (i + 1 < len(words) and words[i + 1].kind == "frac")
        ):
            # "half a million", "two and a half": the article belongs to the fraction.
            if i + 1 < len(words) and words[i + 1].kind == "frac" and w.conn:
                words[i + 1].conn = w.conn
            elif g.last_kind == "frac":
                g.end = w.end  # "half a ton": the unit is looked up after the article
            i += 1
            continue
        if kind == "frac":
            if g.has_value and not g.vague and w.conn == "and":
                # "مليون ونصف" = 1.5 million, "trois et demi", "dos millones y medio"
                unit = g.last_scale if (g.current == 0 and g.last_scale) else 1.0
                if g.current:
                    g.current += v
                else:
                    g.total += v * unit
            else:
                flush()
                begin(w)
                g.current = v
                g.has_value = True
                g.only_frac = True
            g.end = w.end
            g.last_kind = kind
            i += 1
            continue
        if kind == "article":
            if g.has_value and not g.vague and g.current and v < _place(g.current):
                kind = "value"  # "vingt et un", "treinta y una"
            else:
                flush()
                begin(w)
                g.article = True
                g.end = w.end
                g.last_kind = "article"
                i += 1
                continue
        if kind == "several":
            flush()
            begin(w)
            g.several = True
            g.end = w.end
            g.last_kind = "several"
            i += 1
            continue
        if kind == "value":
            if g.only_frac:
                flush()
            if w.text in lex.teen_only and not (
                i + 1 < len(words) and words[i + 1].text in lex.teen_tens
            ):
                flush()  # "أحد" alone is "one of"/"anyone", not a count
                i += 1
                continue
            if g.vague or g.article or g.several:
                flush()
            if g.has_value:
                cur = g.current
                ok = False
                if w.text in lex.teen_tens and not w.conn and 0 < cur < 10:
                    v, ok = cur + 10, True  # ثلاثة عشر / ثلاث عشرة
                    g.current = 0.0
                elif cur == 0 and g.total:
                    ok = v < _place(g.total) or g.last_kind in ("scale", "pscale")
                elif cur and v < _place(cur):
                    ok = True
                elif teens_after_tens and cur % 100 in teens_after_tens and v < 20:
                    ok = True  # soixante-dix, quatre-vingt-onze
                elif (
                    units_before_tens
                    and w.conn == "and"
                    and 20 <= v < 100
                    and v % 10 == 0
                    and 0 < cur % 100 < 10
                ):
                    ok = True  # خمسة وعشرون: units come before tens
                elif products and (cur % 100, v) in products:
                    # quatre-vingt(s) = 4 + 76 = 80: the sum makes the product
                    v, ok = cur % 100 * v - cur % 100, True
                if not ok:
                    flush()
            begin(w)
            if w.text in lex.dual_scales and not g.has_value:
                # ألفان، مليونان: a dual scale is that scale twice ("مليونان وثلاثمائة ألف"
                # is 2,300,000: what follows adds to it).
                g.total = v
                g.last_scale = v / 2
                g.has_value = True
                g.end = w.end
                g.last_kind = "scale"
                g.article = False
                g.several = False
                i += 1
                continue
            g.current += v
            g.has_value = True
        elif kind in ("mult", "approx"):
            lone_fraction = g.only_frac
            g.only_frac = False  # "media docena" = 6
            if g.vague or g.current >= v:
                flush()  # "two hundred hundred", "hundreds dozen": a new number
            begin(w)
            if kind == "approx":
                if g.has_value and not lone_fraction:  # "medio centenar", "demi-douzaine"
                    flush()
                    begin(w)
                g.approx = True
            g.current = (g.current or 1.0) * v
            g.has_value = True
            if g.several:
                g.vague = g.current
        elif kind in ("scale", "pscale"):
            g.only_frac = False
            if g.last_kind == "frac" and not g.current and v == g.last_scale:
                pass  # "مليون ونصف مليون": the half's own scale restates the first one
            elif g.vague:
                g.vague *= v
            elif g.several or (kind == "pscale" and not g.has_value):
                begin(w)
                g.vague = v
            else:
                begin(w)
                amount = g.total + g.current
                if v > g.last_scale:
                    g.total = (amount or 1.0) * v
                else:
                    g.total += (g.current or 1.0) * v
                g.current = 0.0
                g.last_scale = v
                g.has_value = True
        elif kind == "vague":
            if not g.several:  # "several hundreds"/"عدة مئات" keep the prefix in the span
                flush()
            begin(w)
            g.vague = v
        g.end = w.end
        g.last_kind = kind
        g.article = False
        g.several = False
        i += 1
    flush()
    return out


# ---------------------------------------------------------------------------------------------
# Public API


def _qualifier(lex: _Lexicon, text: str, start: int) -> tuple[Qualifier, int]:
    """Qualifier phrase ending right before ``start`` ("more than", "بحوالي", "plus d'")."""
    if start == 0 or not lex.max_qualifier_words:
        return "exact", start
    prev = text[start - 1]
    lo = max(0, start - 40)
    if prev == "'":  # glued to the number: "plus d'une centaine"
        m = lex.qualifier_re.search(text, lo, start)
        if m is None:
            return "exact", start
        return lex.qualifiers[m.group("q")], m.start("q")
    if not prev.isspace():
        return "exact", start
    window = text[lo:start].rstrip()
    last = window[window.rfind(" ") + 1 :]
    last_words = lex.qualifier_last_words
    # Most numbers have no qualifier: one set lookup settles them (and one more for each
    # length of a clitic written on a qualifier: بحوالي).
    if last not in last_words:
        for n in lex.qualifier_clitic_lengths:
            if last[n:] in last_words:
                break
        else:
            return "exact", start
    parts = window.split()
    if lo > 0 and text[lo - 1].isalnum():
        parts = parts[1:]  # the window cut a word in two
    quals = lex.qualifiers
    for k in range(min(lex.max_qualifier_words, len(parts)), 0, -1):
        cand = " ".join(parts[-k:])
        q = quals.get(cand)
        if q is None:
            for clitic in lex.qualifier_clitics:
                if cand.startswith(clitic):
                    cand = cand[len(clitic) :]  # بحوالي، لأكثر من
                    q = quals.get(cand)
                    break
        if q is not None:
            return q, window.rfind(cand) + lo
    return "exact", start


def _unit_after(lex: _Lexicon, text: str, end: int) -> UnitClass | None:
    m = lex.unit_re.match(text, end, min(len(text), end + 40))
    if m is None:
        return None
    return lex.units[m.group("u")]


def _money_before(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j >= 0 and text[j] in _CURRENCY_SYMBOLS


def _last_scale(value: float) -> float:
    """The smallest scale a round amount was told in: 2000 -> 1000, 3e6 -> 1e6."""
    scale = 1000.0
    while value % (scale * 1000) == 0:
        scale *= 1000
    return scale


def _join_scale_and_digits(
    lex: _Lexicon, text: str, found: list[NumberMention]
) -> list[NumberMention]:
    """ "مليوناً و200 ألف" is 1,200,000: a scale in words, an "and" clitic, then a smaller
    amount in digits adds to it (the word run stops where the digits begin). With
    `digits_after_scale` (Mexican and Central American copy: "2 mil 500", "mil 200",
    "3 millones 200 mil") the digits follow the scale with only a space between, and must be
    below that scale."""
    out: list[NumberMention] = []
    for number in found:
        previous = out[-1] if out else None
        if previous is None or not (
            any(ch.isalpha() for ch in text[previous.start : previous.end])  # a scale
            and previous.value >= 1000
            and previous.value % 1000 == 0
            and 0 < number.value < previous.value
        ):
            out.append(number)
            continue
        between = text[previous.end : number.start]
        if (between.strip() in lex.and_clitics and between.strip()) or (
            lex.digits_after_scale
            and between.isspace()
            and text[number.start].isdigit()
            and number.value < _last_scale(previous.value)
        ):
            out[-1] = dataclasses.replace(
                previous,
                value=previous.value + number.value,
                end=number.end,
                is_words=False,
                unit_class=number.unit_class,
            )
            continue
        out.append(number)
    return out


def _join_bracketed_figures_and_scale(
    lex: _Lexicon, text: str, found: list[NumberMention]
) -> list[NumberMention]:
    """ "(47) ألف قرص" is 47,000, "(١٫٢) مليون حبة" 1.2 million: figures in brackets, then a
    scale word outside them (police copy that brackets its figures)."""
    out: list[NumberMention] = []
    for number in found:
        previous = out[-1] if out else None
        if (
            previous is not None
            and not previous.is_words
            and text[previous.end : number.start].strip() == ")"
            and text[previous.start - 1 : previous.start] == "("
        ):
            hit = _lookup(lex, text[number.start : number.end])
            if hit is not None and hit[0] in ("scale", "pscale") and number.value == hit[1]:
                out[-1] = dataclasses.replace(
                    number,
                    value=previous.value * number.value,
                    start=previous.start,
                    is_words=False,
                    qualifier=previous.qualifier,
                    qualifier_len=previous.qualifier_len,
                )
                continue
        out.append(number)
    return out


def find_numbers(
    text: str,
    language: str,
    dual_stems: tuple[str, ...] = (),
    dual_stems_no_oblique: tuple[str, ...] = (),
) -> list[NumberMention]:
    """All numbers in normalised ``text``, in text order.

    Ordinals ("3rd", "1er", "الثالث") and the digits of dates and clock times are not
    returned. ``dual_stems`` (a language with a numbers.toml [dual]): normalised singular
    nouns whose dual form counts 2 (شخص -> شخصان/شخصين, بندقية -> بندقيتان/بندقيتين/بندقيتا),
    with the language's proclitics (والشخصين). Stems in
    ``dual_stems_no_oblique`` only accept the nominative -ان dual, for nouns whose sound
    plural is also written -ين (متهم: متهمين is usually "accused" plural).
    """
    lex = _lexicon(language)
    out = _find_all(lex, text, None)
    if len(out) > 1 and "(" in text:
        out = _join_bracketed_figures_and_scale(lex, text, out)
    if (lex.and_clitics or lex.digits_after_scale) and len(out) > 1:
        out = _join_scale_and_digits(lex, text, out)
    if dual_stems or dual_stems_no_oblique:
        # tuple(): the compiled dual regex is cached per stem tuple (lists are unhashable).
        out.extend(_dual_mentions(lex, text, tuple(dual_stems), tuple(dual_stems_no_oblique)))
        out.sort(key=lambda n: n.start)
    return out


def _find_all(lex: _Lexicon, text: str, unit_override: UnitClass | None) -> list[NumberMention]:
    out: list[NumberMention] = []
    phrase_match = lex.phrase_re.match
    words = lex.words
    art_re = lex.article_before_re
    pos = 0  # end of the last phrase: candidates inside it are already handled
    for c in lex.candidate_re.finditer(text):
        p = c.start()
        if p < pos:
            continue
        if c.group()[-1] in _DIGITS:
            p = c.end() - 1
        elif art_re is not None and p > 0:
            hit = words.get(c.group())
            if hit is not None and hit[0] in ("mult", "scale", "approx"):
                a = art_re.search(text, max(pos, p - 6), p)
                if a is not None:
                    p = a.start()
        m = phrase_match(text, p)
        if m is None:
            continue
        pos = m.end()
        if m.group("d") is not None:
            mention, rest = _digit_mention(lex, text, m, unit_override)
            if mention is not None:
                out.append(mention)
            if rest < m.end():
                out.extend(_word_mentions(lex, text, rest, m.end()))
        else:
            out.extend(_word_mentions(lex, text, m.start(), m.end()))
    if lex.article_unit_re is not None:
        ones = [
            _word_mentions(lex, text, a.start(), a.end("a"))
            for a in lex.article_unit_re.finditer(text)
            if not any(n.start <= a.start() < n.end for n in out)
        ]
        if ones:
            out = sorted([*out, *(n for found in ones for n in found)], key=lambda n: n.start)
    return out


def _in_date_or_time(text: str, start: int, end: int) -> bool:
    """Digits that belong to "11/05/2022", "10:30" or "2022-05-11" are not counts."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before not in _DATE_SEPARATORS and after not in _DATE_SEPARATORS:
        return False
    lo = max(0, start - 11)
    return any(
        a <= start - lo < b
        for a, b in (m.span() for m in _DATE_TIME_RE.finditer(text[lo : end + 11]))
    )


def _digit_mention(
    lex: _Lexicon,
    text: str,
    m: re.Match[str],
    unit_override: UnitClass | None,
) -> tuple[NumberMention | None, int]:
    """The number starting with digits in phrase match ``m``, and where its words end."""
    ds, de = m.span("d")
    if _in_date_or_time(text, ds, de):
        return None, m.end()
    if ds >= 2 and text[ds - 1] == "-" and text[ds - 2].isalpha():
        return None, de  # a model name: "AK-47", "AR-15", "M-16"; words after it still count
    if lex.ordinal_re is not None and lex.ordinal_re.match(text, de):
        return None, m.end()
    tok = m.group("d")
    scale = 1.0
    end = de
    money = _money_before(text, ds)
    suf = m.group("suf")
    # "$5m" / "£1.2bn": only in a money context or unambiguous ("bn"); "5m" is metres.
    if suf is not None and (
        money or len(suf) > 1 or _unit_after(lex, text, m.end("suf")) in ("count", "money")
    ):  # "2.5m pills": a count unit settles it too
        scale = lex.scale_suffixes[suf]
        end = m.end("suf")
    # Scale and multiplier words after the digits: "1.2 million", "5 ملايين", "3 mil millones".
    rest = m.end()
    if m.end() > end:
        rest = end
        for t in lex.token_re.finditer(text, end, m.end()):
            hit = _lookup(lex, t.group())
            if hit is None or hit[0] not in ("scale", "pscale", "mult"):
                break
            scale *= hit[1]
            end = rest = t.end()
        else:
            rest = m.end()
    unit = unit_override or _unit_after(lex, text, end)
    if unit is None and money:
        unit = "money"
    value = _digits_value(tok, lex, unit, scale != 1.0)
    if value is None:
        return None, rest
    qualifier, qstart = _qualifier(lex, text, ds)
    year_like = (
        scale == 1.0 and unit is None and len(tok) == 4 and tok.isdigit() and 1900 <= value <= 2100
    )
    mention = _mention(
        value=value * scale,
        start=ds,
        end=end,
        qualifier=qualifier,
        is_words=False,
        qualifier_len=ds - qstart,
        is_year_like=year_like,
        unit_class=unit,
    )
    return mention, rest


_SINGLE_KINDS = {"value": False, "mult": False, "scale": False, "pscale": True, "vague": True}


def _single_word(lex: _Lexicon, text: str, start: int, end: int) -> list[NumberMention] | None:
    """Fast path for the commonest case, one plain number word ("three", "عشرات");
    None when the general composer is needed."""
    hit = lex.words.get(text[start:end])
    if hit is None or hit[0] not in _SINGLE_KINDS:
        return None
    word = text[start:end]
    if word in lex.teen_only or word in lex.teen_tens:
        return None
    kind, value = hit
    vague = _SINGLE_KINDS[kind]
    if vague:
        qualifier: Qualifier = "at_least"
        qlen = 0
    else:
        qualifier, qstart = _qualifier(lex, text, start)
        qlen = start - qstart
    return [
        _mention(
            value=value,
            start=start,
            end=end,
            qualifier=qualifier,
            is_words=True,
            qualifier_len=qlen,
            is_vague=vague,
            unit_class=_unit_after(lex, text, end),
        )
    ]


def _word_mentions(lex: _Lexicon, text: str, start: int, end: int) -> list[NumberMention]:
    if lex.negators and start > 0:
        before = text[max(0, start - 12) : start].split()
        if before and before[-1] in lex.negators:
            return []  # "no one was arrested"
    single = _single_word(lex, text, start, end)
    if single is not None:
        return single
    words: list[_Word] = []
    prev_end = start
    toks = [(t.group(), t.start(), t.end()) for t in lex.token_re.finditer(text, start, end)]
    i = 0
    while i < len(toks):
        w, s, e = toks[i]
        # Two-word entries ("a few", "some few") first.
        if i + 1 < len(toks):
            pair = w + " " + toks[i + 1][0]
            if pair in lex.several:
                words.append(_Word(pair, s, toks[i + 1][2], "several", 0.0, ""))
                prev_end = toks[i + 1][2]
                i += 2
                continue
        if w in lex.and_words or w in lex.of_words:
            i += 1
            continue
        hit = _lookup(lex, w)
        if hit is None:
            i += 1
            continue
        gap = text[prev_end:s]
        conn = ""
        if hit[2]:
            conn = "and"
        elif words:
            gap_words = set(gap.split())
            if gap_words & lex.of_words:
                conn = "of"
            elif gap_words & lex.and_words:
                conn = "and"
        if not words and hit[0] == "value" and w[hit[3] :] in lex.teen_tens:
            before = text[max(0, s - 20) : s].split()
            if before and any(
                c in lex.ordinal_words for c in _without_conjunction(lex, before[-1])
            ):
                i += 1  # "الحادي عشر": an ordinal (a date's day), not ten
                continue
        # Spans start after a proclitic: "وثلاثة" is reported from ث.
        words.append(_Word(w[hit[3] :], s + hit[3], e, hit[0], hit[1], conn))
        prev_end = e
        i += 1
    out: list[NumberMention] = []
    first = True
    for g in _compose(lex, words):
        value = g.value()
        if value <= 0:
            continue
        unit_class = _unit_after(lex, text, g.end)
        if g.only_frac and unit_class not in ("mass", "volume"):
            continue  # "half of the suspects" is not a quantity; "نصف طن" is
        if g.vague:
            qualifier: Qualifier = "approximate" if g.approx else "at_least"
            qstart = g.start
        else:
            qualifier, qstart = ("exact", g.start)
            if g.approx:
                qualifier = "approximate"
        if first and not g.vague:
            q, qs = _qualifier(lex, text, g.start)
            if q != "exact":
                qualifier, qstart = q, qs
        first = False
        out.append(
            _mention(
                value=value,
                start=g.start,
                end=g.end,
                qualifier=qualifier,
                is_words=True,
                qualifier_len=g.start - qstart,
                is_vague=bool(g.vague) and not g.approx,
                unit_class=unit_class,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Duals


def dual_forms(stem: str, language: str, oblique: bool = True) -> tuple[str, ...]:
    """Dual spellings of a singular noun (numbers.toml [dual]; () for a language without).

    Arabic: شخص -> شخصان, شخصين; ta marbuta (normalised to ه) becomes ت before the dual
    ending: بندقيه -> بندقيتان, بندقيتين and the construct بندقيتا ("بندقيتا قنص"). The
    construct of other nouns (مسدسا) is left out: without harakat it is the accusative
    singular. ``oblique=False`` drops the -ين form for nouns whose sound plural is also
    written -ين.
    """
    lex = _lexicon(language)
    stem = normalize_term(stem, language)
    endings = lex.dual_endings
    oblique_endings = lex.dual_oblique_endings if oblique else ()
    forms = [stem + e for e in (*endings, *oblique_endings)]
    for ending, written in lex.dual_stem_changes:
        if stem.endswith(ending):
            base = stem[: len(stem) - len(ending)] + written
            forms += [base + e for e in (*endings, *lex.dual_construct_endings, *oblique_endings)]
    return tuple(forms)


def is_dual_of(word: str, stem: str, language: str, oblique: bool = True) -> bool:
    """True if ``word`` (normalised, proclitics allowed: والشخصين) is the dual of ``stem``:
    the form find_numbers counts two with ``dual_stems``."""
    stems = ((stem,), ()) if oblique else ((), (stem,))
    return _dual_regex(language, *stems).fullmatch(word) is not None


@cache
def _dual_regex(
    language: str, stems: tuple[str, ...], no_oblique: tuple[str, ...]
) -> re.Pattern[str]:
    forms = [f for s in stems for f in dual_forms(s, language, True)]
    forms += [f for s in no_oblique for f in dual_forms(s, language, False)]
    clitics = _lexicon(language).clitic_regex
    return re.compile(rf"(?<!\w){clitics}(?:{trie_regex(forms)})(?!\w)")


def _dual_mentions(
    lex: _Lexicon, text: str, stems: tuple[str, ...], no_oblique: tuple[str, ...]
) -> list[NumberMention]:
    out = []
    for m in _dual_regex(lex.language, stems, no_oblique).finditer(text):
        after = text[m.end() : m.end() + 8].lstrip()
        if after.startswith(lex.dual_two):
            continue  # "شخصين اثنين": the number word already counts them
        out.append(
            _mention(value=2.0, start=m.start(), end=m.end(), qualifier="exact", is_words=True)
        )
    return out


_ONE_GROUP = re.compile(r"\d{1,3},\d{3}")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")


def writes_comma_thousands(
    text: str, numbers: Iterable[NumberMention], language: str, state: str | None = None
) -> bool:
    """Whether an article in a decimal-comma language writes thousands with a comma (Latin
    American copy: "1,150 paquetes", "US$412,000"): its ``state`` (the dateline's, else the
    most named) is one whose press does so ([digits] comma_thousands_states: Mexico, Central
    America...), or a count or an amount is grouped so. Then a weight "1,232 kilos" is 1232
    too. Not where measures have thousandths (ar "17,500 كيلو")."""
    lex = _lexicon(language)
    if lex.decimal_separator != "," or lex.thousandths_in_measures:
        return False
    if state is not None and state in lex.comma_thousands_states:
        return True
    return any(
        n.unit_class in ("count", "money")
        and not n.is_words
        and n.value >= 1000
        and _GROUPED.fullmatch(text[n.start : n.end]) is not None
        for n in numbers
    )


def comma_thousands_value(token: str) -> float | None:
    """ "1,232" as 1232 (one comma group), else None."""
    return float(token.replace(",", "")) if _ONE_GROUP.fullmatch(token) else None


def measures_have_thousandths(language: str) -> bool:
    """Whether the language's copy writes weights to the thousandth ("17,500 كيلو" = 17.5)."""
    return _lexicon(language).thousandths_in_measures


_ONE_GROUP_ANY = re.compile(r"\d{1,3}[.,]\d{3}")


def one_group_value(token: str) -> float | None:
    """ "1,080" or "1.080" as 1080 (one group of three after either separator), else None."""
    if _ONE_GROUP_ANY.fullmatch(token) is None:
        return None
    return float(token.replace(",", "").replace(".", ""))


# Cached: items re-read the same short digit strings ("500", "1,5", "17,500") with their unit
# over and over (10 µs a call: a normalisation and a full number scan of the token).
@lru_cache(maxsize=4096)
def parse_number(token: str, language: str, unit_hint: str | None = None) -> float | None:
    """Value of one number written as a token or short phrase ("3.400", "1,2 million",
    "two hundred and fifty", "ثلاث وعشرين"), or None if it is not exactly one number.

    ``unit_hint`` (a unit such as "kg", "t", "l", "pills", an ISO currency code, or one of
    "mass", "volume", "count", "money") replaces the unit word found after the number when
    reading an ambiguous separator.
    """
    text = normalize(token, language).normalized.strip()
    mentions = _find_all(_lexicon(language), text, _unit_class_of_hint(unit_hint))
    if len(mentions) != 1:
        return None
    return mentions[0].value
