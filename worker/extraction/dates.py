"""Dates in article text: explicit, year-less, month/year, weekday and relative dates.

Works on normalised text (:func:`worker.extraction.text.normalize`). Month and weekday names
come from CLDR through Babel (Arabic: the ``ar`` names plus the Levantine and Maghreb
locales), passed through :func:`normalize_term` so they match normalised text; per-language
relative words, cue words and extra spellings live in ``lexicons/<lang>/dates.toml``.

Resolution conventions (EXTRACTION_GUIDE.md section 3, "date"):

* A year-less day ("on 11 May") takes the year that puts it on or before the publication
  date; 29 February of a non-leap year is skipped.
* A weekday ("on Tuesday", "mardi", "el martes", "يوم الثلاثاء") is the most recent such day
  on or before the publication date (the publication day itself when it is that weekday).
  With a "last" modifier ("last Tuesday", "mardi dernier", "el pasado martes",
  "الثلاثاء الماضي") it is strictly before. A "next" modifier (a plan) gives no date.
* Relative words ("yesterday", "hier", "ayer", "أمس") are publication date + offset.
* A month alone is kept only after a cue ("in May", "en mai", "في مايو") or with a "last"
  modifier ("mai dernier", "مايو الماضي"), and resolved like a year-less day (strictly
  before the publication month with "last"). A bare year needs a cue too ("in 2021",
  "عام 2021"): a four-digit number alone is more often a count.
* Numeric dates are day-first ("11/05/2022") except in English where a day-first reading is
  impossible (month > 12); when both readings are valid in English, the one on or before
  and closest to the publication date wins (US and UK copy both occur). "2022/05/11" and
  ISO "2022-05-11" are year-first.
* Without a publication date, year-less, weekday, relative and year-less month dates are
  not resolved and not returned. Impossible dates (31 February) are skipped.

Everything is compiled once per language (:func:`_lexicon`); ``find_dates`` is one scan
for candidate starts (digits and date words) plus anchored matches at those candidates.
"""

from __future__ import annotations

import datetime
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from babel.dates import get_day_names, get_month_names

from worker.extraction.text import normalize_term, trie_regex

__all__ = ["DateKind", "DateMention", "day_after_told", "find_dates"]

DateKind = Literal["explicit", "yearless", "weekday", "relative", "month", "year"]


@dataclass(frozen=True)
class DateMention:
    """A date in the text given to :func:`find_dates`.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``start``/``end`` cover the date
    expression (day, month name(s), year; or the weekday/relative word).
    """

    value: str
    start: int
    end: int
    kind: DateKind


_BABEL_LOCALES: dict[str, tuple[str, ...]] = {
    "en": ("en",),
    "fr": ("fr",),
    "es": ("es",),
    "ar": (
        "ar",
        "ar_EG",
        "ar_SY",
        "ar_LB",
        "ar_IQ",
        "ar_JO",
        "ar_MA",
        "ar_DZ",
        "ar_TN",
        "ar_MR",
    ),
}


@dataclass(frozen=True)
class _DateLexicon:
    language: str
    months: dict[str, int]
    abbreviations: frozenset[str]
    weekdays: dict[str, int]
    relative: dict[str, int]
    relative_months: dict[str, int]  # "last month": months from the publication month
    relative_weeks: dict[str, int]  # "this week": a month only when the week is in one month
    ordinal_days: dict[str, int]
    rel_block_before: frozenset[str]
    rel_block_after: frozenset[str]
    wd_past_before: frozenset[str]
    wd_past_after: frozenset[str]
    wd_future_before: frozenset[str]
    wd_future_after: frozenset[str]
    year_cues: frozenset[str]
    month_cues: frozenset[str]
    month_past: frozenset[str]
    month_past_after: frozenset[str]
    month_current_after: frozenset[str]
    year_offsets: dict[str, int]  # "of last year" after a month: years from publication
    day_after_told: dict[str, int]  # "the following day": days from the day told before
    year_offset_re: re.Pattern[str] | None
    candidate_re: re.Pattern[str]
    day_before_re: re.Pattern[str]
    digit_re: re.Pattern[str]
    month_re: re.Pattern[str]
    ordinal_re: re.Pattern[str]
    word_after_re: re.Pattern[str]


def _load_toml(language: str) -> dict[str, Any]:
    res = resources.files("worker.extraction").joinpath("lexicons", language, "dates.toml")
    with res.open("rb") as fh:
        return tomllib.load(fh)


def _unaccented(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def _names(language: str, table: dict[int, str], out: dict[str, int], base: int = 0) -> None:
    for idx, name in table.items():
        term = normalize_term(name, language)
        out.setdefault(term, idx + base)
        if term.endswith("."):
            out.setdefault(term[:-1], idx + base)
        if language != "ar":
            # Copy often drops accents ("fevrier", "miercoles").
            out.setdefault(_unaccented(term).rstrip("."), idx + base)


def _set(data: dict[str, Any], section: str, key: str, language: str) -> frozenset[str]:
    return frozenset(normalize_term(x, language) for x in data.get(section, {}).get(key, []))


@cache
def _lexicon(language: str) -> _DateLexicon:
    """Compile one language's date tables and regexes (once per process)."""
    data = _load_toml(language)
    locales = _BABEL_LOCALES.get(language, (language,))
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    contexts: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")
    widths: tuple[Literal["wide", "abbreviated"], ...] = ("wide", "abbreviated")
    wide: dict[str, int] = {}
    for loc in locales:
        for context in contexts:
            _names(language, dict(get_month_names("wide", context, loc)), wide)
        for width in widths:
            for context in contexts:
                _names(language, dict(get_month_names(width, context, loc)), months)
        # Abbreviated weekdays ("Tue", "mar.") are too ambiguous in running text.
        for context in contexts:
            _names(language, dict(get_day_names("wide", context, loc)), weekdays)
    for name, idx in data.get("extra_months", {}).items():
        months.setdefault(normalize_term(name, language), int(idx))
    relative = {normalize_term(k, language): int(v) for k, v in data.get("relative", {}).items()}
    ordinal_days = {
        normalize_term(k, language): int(v) for k, v in data.get("ordinal_days", {}).items()
    }
    relative_months = {
        normalize_term(k, language): int(v) for k, v in data.get("relative_months", {}).items()
    }
    relative_weeks = {
        normalize_term(k, language): int(v) for k, v in data.get("relative_weeks", {}).items()
    }
    # Two-letter abbreviations ("ma") would match everywhere.
    months = {k: v for k, v in months.items() if len(k) >= 3 or language == "ar"}
    # Abbreviations ("mar", "may" in Spanish, "janv") only count next to a day number (or, in
    # English, a year: "Jan 2022"); alone they are words ("en el mar").
    # Arabic has no abbreviations; its extra spellings (يونيه) are full names.
    abbreviations = frozenset(
        k for k in months if k not in wide and len(k) <= 5 and language != "ar"
    )

    links = data.get("links", {})
    day_month = [normalize_term(x, language) for x in links.get("day_month", [])]
    month_year = [normalize_term(x, language) for x in links.get("month_year", [])]
    mon = trie_regex(months)
    # "مايو / أيار 2022", "أيار (مايو) 2022": Arabic copy often gives two month names.
    # Levantine names also follow the standard one with a space alone ("أبريل نيسان 2022").
    pair_link = r"(?:\s*[/(-]\s*|\s+)" if language == "ar" else r"\s*[/(-]\s*"
    mon_pair = rf"(?P<mon>{mon})\.?(?:{pair_link}(?:{mon})\.?\s*\)?)?"
    dm_link = rf"(?:(?:{trie_regex(day_month)})\s+)?" if day_month else ""
    my_link = rf"(?:(?:{trie_regex(month_year)})\s+)*" if month_year else ""
    year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
    day_suffix = r"(?:st|nd|rd|th|er|º|ª)?"
    # Digit-first forms, tried in order at a digit candidate.
    digit_re = re.compile(
        r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
        r"|(?P<ya>\d{4})/(?P<yb>\d{1,2})/(?P<yc>\d{1,2})(?!\d)"
        r"|(?P<na>\d{1,2})(?P<sep>[/.-])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})(?![\d/.-]\d)"
        rf"|(?P<day>\d{{1,2}}){day_suffix}\s+{dm_link}{mon_pair}(?!\w)(?:,?\s+{my_link}{year})?"
        # A bare year; Latin letters after it make it something else ("2021s"), the Arabic
        # era mark م does not ("2021م").
        r"|(?P<bare>(?:19|20)\d{2})(?![\d]|[.,]\d|[a-z]))"
    )
    # Month-first forms: "May 11, 2022" and "May 11" (English only), "May 2022", "mai 2022",
    # "mayo de 2022", and a month alone (kept only with a cue, see _month_alone).
    year_after = rf"(?:,?\s+{my_link}{year})"
    if language == "en":
        md = (
            r"\s+(?P<mday>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
            r"(?:(?:,\s*|\s+)(?P<myear>(?:19|20)\d{2})(?!\d))?"
        )
        month_re = re.compile(rf"{mon_pair}(?!\w)(?:{md}|{year_after})?")
    else:
        month_re = re.compile(rf"{mon_pair}(?!\w){year_after}?")
    ordinal_re = re.compile(
        rf"(?P<ord>{trie_regex(ordinal_days)})\s+{dm_link}{mon_pair}(?!\w)"
        rf"(?:,?\s+{my_link}{year})?"
    )
    word_after_re = re.compile(r"\s*([^\s.,;:!?()\"،؛؟]+(?:\s+[^\s.,;:!?()\"،؛؟]+)?)")
    words = [*months, *weekdays, *relative, *ordinal_days, *relative_months, *relative_weeks]
    # Candidates: date words, numeric-date shapes and years. Plain numbers are not candidates
    # (most digits in an article are quantities); a day number before a month name is found
    # by looking back from the month (day_before_re).
    candidate_re = re.compile(
        rf"\b(?:\d{{1,4}}[/.-]\d|(?:19|20)\d\d(?!\d)|(?:{trie_regex(words)})(?!\w))"
    )
    day_before_re = re.compile(rf"(?<![\w.,/])\d{{1,2}}{day_suffix}\s+{dm_link}$")

    def s(section: str, key: str) -> frozenset[str]:
        return _set(data, section, key, language)

    year_offsets = {
        normalize_term(k, language): int(v) for k, v in data.get("year_offsets", {}).items()
    }
    year_offset_re = (
        re.compile(rf"[\s,]*(?P<yo>{trie_regex(year_offsets)})(?!\w)") if year_offsets else None
    )

    return _DateLexicon(
        language=language,
        months=months,
        abbreviations=abbreviations,
        weekdays=weekdays,
        relative=relative,
        relative_months=relative_months,
        relative_weeks=relative_weeks,
        ordinal_days=ordinal_days,
        rel_block_before=s("relative_blockers", "before"),
        rel_block_after=s("relative_blockers", "after"),
        wd_past_before=s("weekday_modifiers", "past_before"),
        wd_past_after=s("weekday_modifiers", "past_after"),
        wd_future_before=s("weekday_modifiers", "future_before"),
        wd_future_after=s("weekday_modifiers", "future_after"),
        year_cues=s("cues", "year"),
        month_cues=s("cues", "month"),
        month_past=s("cues", "month_past"),
        month_past_after=s("cues", "month_past_after"),
        month_current_after=s("cues", "month_current_after"),
        year_offsets=year_offsets,
        year_offset_re=year_offset_re,
        day_after_told={
            normalize_term(k, language): int(v) for k, v in data.get("day_after_told", {}).items()
        },
        candidate_re=candidate_re,
        day_before_re=day_before_re,
        digit_re=digit_re,
        month_re=month_re,
        ordinal_re=ordinal_re,
        word_after_re=word_after_re,
    )


# ---------------------------------------------------------------------------------------------
# Helpers


def _date(y: int, m: int, d: int) -> datetime.date | None:
    try:
        return datetime.date(y, m, d)
    except ValueError:
        return None


def _iso(d: datetime.date) -> str:
    return d.isoformat()


def _yearless(m: int, d: int, published: datetime.date) -> datetime.date | None:
    """The (month, day) on or before ``published``."""
    for y in (published.year, published.year - 1):
        dt = _date(y, m, d)
        if dt is None:
            return None  # 31 April, or 29 February in a non-leap year
        if dt <= published:
            return dt
    return None


def _ends_with(lex: _DateLexicon, text: str, pos: int, terms: frozenset[str]) -> str | None:
    """The term of ``terms`` (1-4 words) that ends right before ``pos``, if any."""
    if not terms:
        return None
    # Fast path: the word right before ``pos`` must end one of the terms.
    head = text[max(0, pos - 24) : pos].replace("-", " ").rstrip()
    last = head[head.rfind(" ") + 1 :]
    lasts = _last_words(terms)
    if last not in lasts and not (lex.language == "ar" and last[1:] in lasts):
        return None
    window = text[max(0, pos - 40) : pos]
    parts = window.replace("-", " ").split()
    if pos - 40 > 0 and parts and text[pos - 41].isalnum():
        parts = parts[1:]
    for k in range(min(4, len(parts)), 0, -1):
        cand = " ".join(parts[-k:])
        if cand in terms:
            return cand
        if lex.language == "ar" and cand[:1] in ("و", "ف", "ب", "ل") and cand[1:] in terms:
            return cand[1:]
    return None


@cache
def _last_words(terms: frozenset[str]) -> frozenset[str]:
    return frozenset(t.split()[-1] for t in terms)


def _starts_with(lex: _DateLexicon, text: str, pos: int, terms: frozenset[str]) -> bool:
    """True if one of ``terms`` (1-2 words) follows ``pos``."""
    if not terms:
        return False
    m = lex.word_after_re.match(text, pos)
    if m is None:
        return False
    two = m.group(1)
    return two in terms or two.split()[0] in terms


SAME_YEAR = 100  # year_offsets value of "of that year", "de ese año": the year told before
# The digit/period/comma check before the year is a lookbehind after its first two digits,
# so that the pattern starts with literals: the engine then skips to a "1" or "2" in C
# instead of trying the lookbehind at every position (4x faster over an article).
YEAR_IN_TEXT = re.compile(r"(?:19|20)(?<![\d.,][12][09])\d{2}(?![\d.,]\d|\d)")


def day_after_told(text: str, language: str) -> int | None:
    """Days from the day told before for "the following day", "le lendemain", "al día
    siguiente", "في اليوم التالي" in normalised ``text`` (None when there is none)."""
    for phrase, offset in _lexicon(language).day_after_told.items():
        start = text.find(phrase)
        if start >= 0 and (start == 0 or not text[start - 1].isalnum()):
            end = start + len(phrase)
            if end == len(text) or not text[end].isalnum():
                return offset
    return None


def _year_offset(
    lex: _DateLexicon, text: str, end: int, published: datetime.date | None
) -> tuple[int, int] | None:
    """(year, end) of a year told right after a month or a day relative to publication ("in
    March last year", "en mars de l'année dernière", "في مارس من العام الماضي") or to the
    year told before ("14 de septiembre de ese año", "في يونيو من العام نفسه")."""
    if lex.year_offset_re is None or published is None:
        return None
    m = lex.year_offset_re.match(text, end)
    if m is None:
        return None
    offset = lex.year_offsets[m.group("yo")]
    if offset != SAME_YEAR:
        return published.year + offset, m.end()
    years = YEAR_IN_TEXT.findall(text, 0, end)
    return (int(years[-1]), m.end()) if years else None  # else: _told_year (find_dates)


def _told_year(
    lex: _DateLexicon, text: str, found: DateMention, context_year: int | None
) -> DateMention:
    """A year-less day or month followed by "of that year" whose year was told in an earlier
    sentence (``context_year``)."""
    if context_year is None or lex.year_offset_re is None:
        return found
    if found.kind not in ("yearless", "month"):
        return found
    m = lex.year_offset_re.match(text, found.end)
    if m is None or lex.year_offsets[m.group("yo")] != SAME_YEAR:
        return found
    kind: DateKind = "explicit" if len(found.value) == 10 else "month"
    return DateMention(f"{context_year:04d}{found.value[4:]}", found.start, m.end(), kind)


def _month_alone(
    lex: _DateLexicon, text: str, span: tuple[int, int], month: int, published: datetime.date
) -> tuple[str, int] | None:
    """A month name without day or year: kept after a cue or with a past/current modifier."""
    start, end = span
    strict = False
    if _starts_with(lex, text, end, lex.month_past_after):
        strict = True
    elif _starts_with(lex, text, end, lex.month_current_after):
        if month != published.month:
            return None
        return f"{published.year:04d}-{month:02d}", end
    elif _ends_with(lex, text, start, lex.month_past) is not None:
        strict = True
    elif _ends_with(lex, text, start, lex.month_cues) is None:
        return None
    y = published.year
    if month > published.month or (strict and month == published.month):
        y -= 1
    return f"{y:04d}-{month:02d}", end


def _numeric(
    lex: _DateLexicon, a: int, b: int, y: int, published: datetime.date | None
) -> datetime.date | None:
    """Day-first numeric date; in English also month-first when that is the only or the
    closest-before-publication reading."""
    day_first = _date(y, b, a)
    if lex.language != "en":
        return day_first
    month_first = _date(y, a, b)
    if day_first is None or month_first is None or day_first == month_first:
        return day_first or month_first
    if published is None:
        return day_first
    readings = [d for d in (day_first, month_first) if d <= published]
    if not readings:
        return day_first
    return max(readings)


# ---------------------------------------------------------------------------------------------
# Public API


def find_dates(
    text: str, language: str, published: datetime.date | None, context_year: int | None = None
) -> list[DateMention]:
    """All dates in normalised ``text``, in text order (see the module docstring).
    ``context_year``: the last year told before ``text`` (for "of that year")."""
    lex = _lexicon(language)
    if isinstance(published, datetime.datetime):
        published = published.date()
    out: list[DateMention] = []
    pos = 0
    for c in lex.candidate_re.finditer(text):
        p = c.start()
        if p < pos:
            continue
        word = c.group()
        found: DateMention | None
        if word[0].isdigit():
            found, consumed = _at_digit(lex, text, p, published)
            pos = max(pos, consumed)  # an impossible "31 February 2022" is skipped whole
        elif (
            word in lex.months
            and (d := lex.day_before_re.search(text, max(pos, p - 24), p)) is not None
        ):
            found, consumed = _at_digit(lex, text, d.start(), published)
            pos = max(pos, consumed)
        else:
            found = _at_word(lex, text, p, word, published)
        if found is not None:
            found = _told_year(lex, text, found, context_year)
            out.append(found)
            pos = found.end
    if len(out) > 1:
        out = _drop_weekdays_next_to_dates(out)
    return out


def _drop_weekdays_next_to_dates(out: list[DateMention]) -> list[DateMention]:
    """Drop a weekday next to an explicit date ("Tuesday, 11 May 2022", "الثلاثاء 11 مايو").

    The explicit date is the mention."""
    keep: list[DateMention] = []
    for i, d in enumerate(out):
        if d.kind == "weekday":
            nxt = out[i + 1] if i + 1 < len(out) else None
            prv = out[i - 1] if i else None
            if nxt is not None and nxt.kind in ("explicit", "yearless") and nxt.start - d.end <= 4:
                continue
            if prv is not None and prv.kind in ("explicit", "yearless") and d.start - prv.end <= 4:
                continue
        keep.append(d)
    return keep


def _at_digit(
    lex: _DateLexicon, text: str, p: int, published: datetime.date | None
) -> tuple[DateMention | None, int]:
    """The date starting with the digit at ``p`` and the end of what the pattern consumed."""
    if p > 0 and (
        text[p - 1].isdigit() or (text[p - 1] in ".,/-:" and p > 1 and text[p - 2].isdigit())
    ):
        return None, p  # inside a number or another date ("1,2021", "05-2022")
    m = lex.digit_re.match(text, p)
    if m is None:
        return None, p
    g = m.group
    end = m.end()
    dt: datetime.date | None = None
    if g("iy") is not None:
        dt = _date(int(g("iy")), int(g("im")), int(g("id")))
    elif g("ya") is not None:
        dt = _date(int(g("ya")), int(g("yb")), int(g("yc")))
    elif g("na") is not None:
        y = int(g("ny"))
        if y < 100:
            if g("sep") != "/":
                return None, end  # "1.5.22" is more often a version or a score than a date
            y += 2000
        dt = _numeric(lex, int(g("na")), int(g("nb")), y, published)
    elif g("day") is not None:
        return _day_month(lex, m, int(g("day")), p, published), end
    elif g("bare") is not None:
        if _ends_with(lex, text, p, lex.year_cues) is None:
            return None, p
        return DateMention(g("bare"), p, end, "year"), end
    return (None if dt is None else DateMention(_iso(dt), p, end, "explicit")), end


def _day_month(
    lex: _DateLexicon, m: re.Match[str], day: int, start: int, published: datetime.date | None
) -> DateMention | None:
    month = lex.months[m.group("mon").rstrip(".")]
    year = m.group("year")
    if year is not None:
        dt = _date(int(year), month, day)
        return None if dt is None else DateMention(_iso(dt), start, m.end(), "explicit")
    if published is None:
        return None
    offset = _year_offset(lex, m.string, m.end(), published)
    if offset is not None:
        dt = _date(offset[0], month, day)
        return None if dt is None else DateMention(_iso(dt), start, offset[1], "explicit")
    dt = _yearless(month, day, published)
    return None if dt is None else DateMention(_iso(dt), start, m.end(), "yearless")


def _at_word(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    if word in lex.ordinal_days:
        m = lex.ordinal_re.match(text, p)
        if m is not None:
            return _day_month(lex, m, lex.ordinal_days[m.group("ord")], p, published)
        if word not in lex.relative and word not in lex.weekdays and word not in lex.months:
            return None
    if word in lex.months:
        return _at_month(lex, text, p, published)
    if word in lex.relative_months or word in lex.relative_weeks:
        return _at_relative_period(lex, text, p, word, published)
    if word in lex.relative:
        return _at_relative(lex, text, p, word, published)
    if word in lex.weekdays:
        return _at_weekday(lex, text, p, word, published)
    return None


def _at_month(
    lex: _DateLexicon, text: str, p: int, published: datetime.date | None
) -> DateMention | None:
    m = lex.month_re.match(text, p)
    if m is None:
        return None
    month = lex.months[m.group("mon").rstrip(".")]
    gd = m.groupdict()
    if gd.get("mday") is not None:  # English "May 11(, 2022)"
        day = int(gd["mday"])
        if gd.get("myear") is not None:
            dt = _date(int(gd["myear"]), month, day)
            return None if dt is None else DateMention(_iso(dt), p, m.end(), "explicit")
        if published is None:
            return None
        offset = _year_offset(lex, text, m.end(), published)
        if offset is not None:
            dt = _date(offset[0], month, day)
            return None if dt is None else DateMention(_iso(dt), p, offset[1], "explicit")
        dt = _yearless(month, day, published)
        return None if dt is None else DateMention(_iso(dt), p, m.end(), "yearless")
    abbreviated = m.group("mon").rstrip(".") in lex.abbreviations
    if m.group("year") is not None:
        if abbreviated and lex.language != "en":
            return None
        return DateMention(f"{m.group('year')}-{month:02d}", p, m.end(), "month")
    if published is None or abbreviated:
        return None
    offset = _year_offset(lex, text, m.end(), published)
    if offset is not None:
        return DateMention(f"{offset[0]:04d}-{month:02d}", p, offset[1], "month")
    res = _month_alone(lex, text, (p, m.end()), month, published)
    if res is None:
        return None
    return DateMention(res[0], p, res[1], "month")


def _at_relative(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    if published is None:
        return None
    end = p + len(word)
    if _ends_with(lex, text, p, lex.rel_block_before) is not None:
        return None
    if text.startswith("'s", end) or _starts_with(lex, text, end, lex.rel_block_after):
        return None
    dt = published + datetime.timedelta(days=lex.relative[word])
    return DateMention(_iso(dt), p, end, "relative")


def _at_relative_period(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    """ "last month", "this week": the month they fall in, when only one month can be meant
    (a week that straddles two months gives no date)."""
    if published is None:
        return None
    end = p + len(word)
    if _ends_with(lex, text, p, lex.rel_block_before) is not None:
        return None
    if word in lex.relative_months:
        index = published.year * 12 + published.month - 1 + lex.relative_months[word]
        return DateMention(f"{index // 12:04d}-{index % 12 + 1:02d}", p, end, "month")
    monday = published - datetime.timedelta(days=published.weekday() - 7 * lex.relative_weeks[word])
    last = min(monday + datetime.timedelta(days=6), published)
    if (monday.year, monday.month) != (last.year, last.month):
        return None
    return DateMention(f"{last.year:04d}-{last.month:02d}", p, end, "month")


def _at_weekday(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    if published is None:
        return None
    end = p + len(word)
    if _ends_with(lex, text, p, lex.wd_future_before) is not None:
        return None
    if _starts_with(lex, text, end, lex.wd_future_after):
        return None
    strict = _ends_with(lex, text, p, lex.wd_past_before) is not None or _starts_with(
        lex, text, end, lex.wd_past_after
    )
    delta = (published.weekday() - lex.weekdays[word]) % 7
    if strict and delta == 0:
        delta = 7
    dt = published - datetime.timedelta(days=delta)
    return DateMention(_iso(dt), p, end, "weekday")
