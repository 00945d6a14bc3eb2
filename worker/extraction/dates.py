"""Dates in article text: explicit, year-less, month/year, weekday and relative dates.

Works on normalised text (:func:`worker.extraction.text.normalize`). Month and weekday names
come from CLDR through Babel (the locales of dates.toml [names]; Arabic: the ``ar`` names
plus the Levantine and Maghreb locales), passed through :func:`normalize_term` so they match
normalised text; per-language relative words, cue words, extra spellings and the date order
(dates.toml [order], [names], [links]) live in ``lexicons/<lang>/dates.toml``.

Resolution conventions (EXTRACTION_GUIDE.md section 3, "date"):

* A year-less day ("on 11 May") takes the year that puts it on or before the publication
  date; 29 February of a non-leap year is skipped.
* A weekday ("on Tuesday", "mardi", "el martes", "يوم الثلاثاء") is the most recent such day
  on or before the publication date (the publication day itself when it is that weekday);
  with its day of the month and no month ("el miércoles 7,") the most recent date that is
  both, within two months.
  With a "last" modifier ("last Tuesday", "mardi dernier", "el pasado martes",
  "الثلاثاء الماضي") it is strictly before. A "next" modifier (a plan) gives no date.
* Relative words ("yesterday", "hier", "ayer", "أمس") are publication date + offset;
  "two days ago" / "il y a deux jours" / "hace dos días" / "منذ يومين" count days back.
  A relative word next to a weekday ("overnight Tuesday", "أمس الأربعاء") gives way to it.
* Periods keep the precision the text gives: "last month", "earlier this month", "a
  principios de mes", "مطلع الشهر الماضي" a month; "this week", "la semana pasada", "over
  the weekend" the month they fall in (none when they straddle two); "last year", "l'an
  dernier", "earlier this year", "العام الماضي" a year ("this year" alone mostly compares).
  A day before a month period is that month's day ("el 3 de este mes", "الثالث عشر من الشهر
  الجاري"); a month name after it is the month meant ("el pasado mes de marzo").
* A night told by its two days ("dans la nuit de lundi à mardi", "the night of 3 to 4 May",
  "ليلة السبت إلى الأحد") is one mention of its second day (after midnight, when such
  operations end and the day they are dated to).
* A month alone is kept only after a cue ("in May", "en mai", "في مايو") or with a "last"
  modifier ("mai dernier", "مايو الماضي"), and resolved like a year-less day (strictly
  before the publication month with "last"). A bare year needs a cue too ("in 2021",
  "عام 2021"): a four-digit number alone is more often a count.
* Numeric dates are day-first ("11/05/2022") except in English ([order] month_before_day)
  where a day-first reading is impossible (month > 12); when both readings are valid in
  English, the one on or before
  and closest to the publication date wins (US and UK copy both occur). "2022/05/11" and
  ISO "2022-05-11" are year-first.
* Without a publication date, year-less, weekday, relative and year-less month dates are
  not resolved and not returned. Impossible dates (31 February) are skipped.

Everything is compiled once per language (:func:`_lexicon`); ``find_dates`` is one scan
for candidate starts (digits and date words) plus anchored matches at those candidates.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from babel.dates import get_day_names, get_month_names

from worker.extraction.lexicon import LexiconError, check_tables
from worker.extraction.numbers import indefinite_articles, parse_number
from worker.extraction.text import normalize_term, trie_regex

__all__ = [
    "DateKind",
    "DateMention",
    "bound_before",
    "day_after_told",
    "find_dates",
    "told_later",
]

# "span": the year of a report's period ("so far this year", "au premier semestre"): it
# dates only the actions its clause goes on to tell.
DateKind = Literal["explicit", "yearless", "weekday", "relative", "month", "year", "span"]


@dataclass(frozen=True)
class DateMention:
    """A date in the text given to :func:`find_dates`.

    ``value`` is ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; ``start``/``end`` cover the date
    expression (day, month name(s), year; or the weekday/relative word). ``period``: the
    month or year a range of days sums up ("du 3 au 9 mai": "2022-05"), the precision the
    text gives; ``value`` keeps the range's last day, which tells one operation from another.
    """

    value: str
    start: int
    end: int
    kind: DateKind
    period: str | None = None


# dates.toml: its tables, and the keys of those that are not word -> value tables (a
# misspelt name fails at load)
TABLES: frozenset[str] = frozenset(
    {
        "relative",
        "relative_months",
        "relative_weeks",
        "relative_blockers",
        "weekday_modifiers",
        "cues",
        "links",
        "clitics",
        "names",
        "order",
        "extra_months",
        "ordinal_days",
        "year_offsets",
        "day_after_told",
        "relative_years",
        "report_years",
        "seasons",
        "relative_weekends",
        "counted_days",
        "later",
        "day_alone",
        "day_month_words",
    }
)
TABLE_KEYS: dict[str, frozenset[str]] = {
    "relative_blockers": frozenset({"before", "after"}),
    "weekday_modifiers": frozenset({"past_before", "past_after", "future_before", "future_after"}),
    "cues": frozenset(
        {"year", "month", "month_past", "month_past_after", "month_current_after", "law"}
    ),
    "links": frozenset(
        {
            "day_month",
            "month_year",
            "day_suffixes",
            "range",
            "weekday_date",
            "period_month",
            "month_pairs_by_space",
        }
    ),
    "counted_days": frozenset(
        {
            "units",
            "two",
            "lead_prefixes",
            "ago_before",
            "ago_after",
            "ago_not_before",
            "later_before",
            "later_after",
            "earlier_after",
            "year_units",
            "two_years",
            "month_units",
            "two_months",
        }
    ),
    "later": frozenset({"words", "not_after", "not_before"}),
    "day_alone": frozenset({"leads"}),
    "clitics": frozenset({"prefixes"}),
    "names": frozenset({"locales", "abbreviations", "abbreviations_with_year"}),
    "order": frozenset({"month_before_day"}),
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
    relative_weekends: dict[str, int]  # "over the weekend": likewise, the latest Saturday-Sunday
    relative_years: dict[str, int]  # "last year", "earlier this year": years from publication
    report_years: frozenset[str]  # those that are a report's period ("so far this year")
    seasons: dict[str, int]  # "last summer", "l'été dernier": the season's last month
    day_month_words: dict[str, int]  # "يوم 12 الجاري", "le 12 courant": after a day only
    week_after_re: re.Pattern[str]  # "Tuesday last week", "mardi de la semaine dernière"
    day_alone_leads: frozenset[str]  # "el pasado día 3": a day of the month without its month
    day_links: frozenset[str]  # the day-month and month-year links ("de", "del", "of", "من")
    ago_blockers: frozenset[str]  # "قبل يومين من الحكم": before another event
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
    # Any day_after_told phrase anywhere: most sentences have none, and one C scan tells.
    day_after_told_probe: re.Pattern[str] | None
    # A day unit or the word for two days ("days", "jours", "يومين"): ago_re and told_re need
    # one, and their leading number pattern is slow to try at every position of a sentence.
    counted_days_probe: re.Pattern[str] | None
    # What each counted-days pattern holds besides a unit: its lead ("hace", "بعد") or a
    # unit right before its tail ("days ago", "jours plus tard"). Most sentences with a
    # "days" hold neither, and ago_re / told_re are slow to try at every position.
    ago_probe: re.Pattern[str] | None
    told_probe: re.Pattern[str] | None
    # "two years ago", "il y a trois mois", "hace dos años", "منذ شهرين": a year or a month
    # counted back from publication (kind, pattern, gate: a unit and its lead or tail).
    ago_periods: tuple[tuple[Literal["year", "month"], re.Pattern[str], re.Pattern[str]], ...]
    later_re: re.Pattern[str] | None  # "were later charged": a step of an untold day
    # The later words alone: later_re opens on an optional unit group with a look-behind,
    # which the engine tries at every position; most clauses have no later word at all.
    later_probe: re.Pattern[str] | None
    year_offset_re: re.Pattern[str] | None
    candidate_re: re.Pattern[str]
    day_before_re: re.Pattern[str]
    digit_re: re.Pattern[str]
    month_re: re.Pattern[str]
    ordinal_re: re.Pattern[str]
    word_after_re: re.Pattern[str]
    ago_re: re.Pattern[str] | None  # "two days ago", "il y a deux jours", "منذ يومين"
    told_re: re.Pattern[str] | None  # "five days later", "deux jours plus tard", "بعد يومين"
    # "two years later", "un an plus tôt", "dos años después", "بعد عامين": years counted
    # from the date told before.
    told_years_re: re.Pattern[str] | None
    range_gap_re: re.Pattern[str]  # what joins two days of one night ("to", "à", "إلى")
    weekday_date_links: frozenset[str]  # "يوم الثلاثاء الموافق 12 مايو"
    period_month_re: re.Pattern[str]  # "el pasado mes de marzo": the month named, not a period
    day_of_period_re: re.Pattern[str]  # "el 3 de este mes", "الثالث من الشهر الجاري"
    year_after_re: re.Pattern[str]  # "au début de l'année 2023": the year written after
    # [order] month_before_day: "May 11, 2022", "05/11/2022" may be month first
    month_before_day: bool = False
    # [names] abbreviations_with_year: "Jan 2022" is a month
    abbreviations_with_year: bool = False
    proclitics: tuple[str, ...] = ()  # [clitics] prefixes: "وأمس" is "أمس" with "and"
    # relative_blockers "after" written on the word ("yesterday's"): no word boundary
    glued_block_after: tuple[str, ...] = ()
    # [cues] law: "قانون المخدرات لعام 2016", "the Misuse of Drugs Act of 1971": a law's year
    law_words: tuple[str, ...] = ()


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
        # Copy often drops accents ("fevrier", "miercoles"); normalised Arabic has no marks
        # left, so this adds nothing there.
        out.setdefault(_unaccented(term).rstrip("."), idx + base)


def _flag(data: dict[str, Any], section: str, key: str, language: str, default: bool) -> bool:
    value = data.get(section, {}).get(key, default)
    if not isinstance(value, bool):
        raise LexiconError(f"{language}/dates.toml [{section}] {key}: expected true or false")
    return value


def _set(data: dict[str, Any], section: str, key: str, language: str) -> frozenset[str]:
    return frozenset(normalize_term(x, language) for x in data.get(section, {}).get(key, []))


def _later_re(table: dict[str, Any], language: str) -> re.Pattern[str] | None:
    """ "later", "ensuite", "posteriormente", "لاحقا" as a step's time. A unit before it
    ("hours later": same day, "months later") is captured so that the match is skipped; a
    part of the day after it ("later in the evening") makes no match."""

    def alt(key: str) -> str:
        return trie_regex(normalize_term(x, language) for x in table.get(key, []))

    if not table.get("words"):
        return None
    unit = rf"(?P<unit>(?<!\w)(?:{alt('not_after')})\s+)?" if table.get("not_after") else ""
    words = rf"(?<!\w)(?:{alt('words')})(?!\w)"
    not_before = rf"(?!\s+(?:{alt('not_before')})(?!\w))" if table.get("not_before") else ""
    return re.compile(rf"{unit}{words}{not_before}")


def _later_probe(table: dict[str, Any], language: str) -> re.Pattern[str] | None:
    """The later words of ``_later_re`` alone (every match of it holds one)."""
    if not table.get("words"):
        return None
    return re.compile(trie_regex(normalize_term(x, language) for x in table["words"]))


def bound_before(text: str, position: int, language: str) -> bool:
    """A bound word ends right before ``position`` ("since 1 March", "hasta el lunes",
    "منذ الأحد"): the date bounds a period, it is no action's day."""
    lex = _lexicon(language)
    return _ends_with(lex, text, position, lex.rel_block_before) is not None


def told_later(text: str, language: str) -> bool:
    """True when ``text`` (a trigger's clause, normalised) tells its action as later than
    the day told before without a day of its own ("seven were later charged", "ont ensuite
    été mis en examen", "أحيلوا لاحقا")."""
    return told_later_at(text, language) is not None


def told_later_at(text: str, language: str) -> int | None:
    """Where ``told_later`` finds its later word in ``text`` (None when it finds none)."""
    lex = _lexicon(language)
    later = lex.later_re
    if later is None or lex.later_probe is None or lex.later_probe.search(text) is None:
        return None
    return next(
        (m.start() for m in later.finditer(text) if m.groupdict().get("unit") is None), None
    )


_COUNT = r"(?P<n>\d{1,3}|[^\W\d_]+(?:\s+[^\W\d_]+)?)"  # a count, read by numbers.parse_number


def _counted_days_res(
    table: dict[str, Any], language: str
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """ "two days ago" / "il y a deux jours" / "منذ يومين" (days before publication) and "five
    days later" / "deux jours plus tard" / "بعد يومين" (days from the day told before)."""

    def alt(key: str) -> str | None:
        terms = [normalize_term(x, language) for x in table.get(key, [])]
        return trie_regex(terms) if terms else None

    units, two, clitic = alt("units"), alt("two"), alt("lead_prefixes")
    if units is None:
        return None, None
    prefix = f"(?:{clitic})?" if clitic else ""

    def before(lead: str | None, group: str) -> str | None:
        if lead is None:
            return None
        counted = rf"{_COUNT.replace('(?P<n>', f'(?P<{group}n>')}\s+(?:{units})"
        dual = rf"|(?P<{group}two>{two})" if two else ""
        return rf"(?<!\w){prefix}(?:{lead})\s+(?:{counted}{dual})(?!\w)"

    def after(tail: str | None, group: str) -> str | None:
        if tail is None:
            return None
        counted = _COUNT.replace("(?P<n>", f"(?P<{group}n>")
        dual = rf"(?P<{group}two>{two})" if two else None
        head = rf"(?:(?<!\w){counted}\s+(?:{units})" + (rf"|(?<!\w){dual}" if dual else "") + ")"
        return rf"{head}\s+(?:{tail})(?!\w)"

    def join(parts: list[str | None]) -> re.Pattern[str] | None:
        kept = [p for p in parts if p]
        return re.compile("|".join(f"(?:{p})" for p in kept)) if kept else None

    ago = join([before(alt("ago_before"), "ab"), after(alt("ago_after"), "aa")])
    told = join(
        [
            before(alt("later_before"), "lb"),
            after(alt("later_after"), "la"),
            after(alt("earlier_after"), "ea"),
        ]
    )
    return ago, told


def _counted_days_probe(table: dict[str, Any], language: str) -> re.Pattern[str] | None:
    """The day units and two-day words that every counted-days pattern contains."""
    terms = [normalize_term(x, language) for key in ("units", "two") for x in table.get(key, [])]
    return re.compile(trie_regex(terms)) if terms else None


def _counted_days_gate(
    table: dict[str, Any], language: str, lead_key: str, tail_keys: tuple[str, ...]
) -> re.Pattern[str] | None:
    """A pattern every match of one counted-days kind contains (``_counted_days_res``): its
    lead, or a unit (or the word for two days) and whitespace before its tail."""

    def terms(*keys: str) -> list[str]:
        return [normalize_term(x, language) for key in keys for x in table.get(key, [])]

    units, leads, tails = terms("units", "two"), terms(lead_key), terms(*tail_keys)
    parts = [trie_regex(leads)] if leads else []
    if units and tails:
        parts.append(rf"(?:{trie_regex(units)})\s+(?:{trie_regex(tails)})")
    return re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None


def _counted_periods(
    table: dict[str, Any], language: str
) -> tuple[tuple[Literal["year", "month"], re.Pattern[str], re.Pattern[str]], ...]:
    """ "two years ago", "il y a six mois", "hace tres años", "قبل عامين": the ago patterns
    of the day units built on the year and month units (``year_units``, ``two_years``,
    ``month_units``, ``two_months``), each with its gate."""
    out: list[tuple[Literal["year", "month"], re.Pattern[str], re.Pattern[str]]] = []
    kinds: tuple[tuple[Literal["year", "month"], str, str], ...] = (
        ("year", "year_units", "two_years"),
        ("month", "month_units", "two_months"),
    )
    for kind, units, two in kinds:
        if not table.get(units):
            continue
        shaped = {**table, "units": table[units], "two": table.get(two, [])}
        ago, _ = _counted_days_res(shaped, language)
        gate = _counted_days_gate(shaped, language, "ago_before", ("ago_after",))
        if ago is not None and gate is not None:
            out.append((kind, ago, gate))
    return tuple(out)


def _count_of(m: re.Match[str], language: str) -> tuple[int, int] | None:
    """(days, start) of a counted-days match: its number (the last word alone when two words
    do not read as one number: "arrested two days ago") or its dual unit."""
    for name, value in m.groupdict().items():
        if value is None:
            continue
        if name.endswith("two"):
            return 2, m.start(name)
        if name.endswith("n"):
            start = m.start(name)
            words = value.split()
            # "arrested two": the first word is no number, the count is the last word alone
            whole = len(words) < 2 or parse_number(words[0], language) is not None
            count = parse_number(value, language) if whole else None
            if count is None and " " in value.strip():
                last = value.rstrip().rsplit(None, 1)[1]
                start = m.start(name) + value.rstrip().rfind(last)
                count = parse_number(last, language)
            if count is None or count != int(count) or not 0 < count <= 60:
                return None
            return int(count), start
    return None


@cache
def _lexicon(language: str) -> _DateLexicon:
    """Compile one language's date tables and regexes (once per process)."""
    data = _load_toml(language)
    check_tables(data, TABLES, TABLE_KEYS, f"{language}/dates.toml")
    names = data.get("names", {})
    locales = tuple(str(loc) for loc in names.get("locales", [language]))
    has_abbreviations = _flag(data, "names", "abbreviations", language, True)
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
    relative_weekends = {
        normalize_term(k, language): int(v) for k, v in data.get("relative_weekends", {}).items()
    }
    relative_years = {
        normalize_term(k, language): int(v) for k, v in data.get("relative_years", {}).items()
    }
    report_years = {
        normalize_term(k, language): int(v) for k, v in data.get("report_years", {}).items()
    }
    relative_years.update(report_years)
    seasons = {normalize_term(k, language): int(v) for k, v in data.get("seasons", {}).items()}
    day_month_words = {
        normalize_term(k, language): int(v) for k, v in data.get("day_month_words", {}).items()
    }
    day_alone_leads = frozenset(
        normalize_term(x, language) for x in data.get("day_alone", {}).get("leads", [])
    )
    # Two-letter abbreviations ("ma") would match everywhere.
    months = {k: v for k, v in months.items() if len(k) >= 3 or not has_abbreviations}
    # Abbreviations ("mar", "may" in Spanish, "janv") only count next to a day number (or,
    # with [names] abbreviations_with_year, a year: "Jan 2022"); alone they are words ("en el
    # mar"). A language without abbreviations (Arabic: آب is August, يونيه a full spelling)
    # reads every name alone.
    abbreviations = frozenset(
        k for k in months if k not in wide and len(k) <= 5 and has_abbreviations
    )

    links = data.get("links", {})
    day_month = [normalize_term(x, language) for x in links.get("day_month", [])]
    month_year = [normalize_term(x, language) for x in links.get("month_year", [])]
    mon = trie_regex(months)
    # "مايو / أيار 2022", "أيار (مايو) 2022": Arabic copy often gives two month names; with
    # [links] month_pairs_by_space the second also follows with a space alone ("أبريل نيسان
    # 2022": the Levantine name after the standard one).
    by_space = _flag(data, "links", "month_pairs_by_space", language, False)
    pair_link = r"(?:\s*[/(-]\s*|\s+)" if by_space else r"\s*[/(-]\s*"
    mon_pair = rf"(?P<mon>{mon})\.?(?:{pair_link}(?:{mon})\.?\s*\)?)?"
    dm_link = rf"(?:(?:{trie_regex(day_month)})\s+)?" if day_month else ""
    my_link = rf"(?:(?:{trie_regex(month_year)})\s+)*" if month_year else ""
    year = r"(?P<year>(?:19|20)\d{2})(?!\d)"
    # "11th", "1er", "1º": [links] day_suffixes written on a day number
    suffixes = [normalize_term(x, language) for x in links.get("day_suffixes", [])]
    day_suffix = rf"(?:{trie_regex(suffixes)})?" if suffixes else ""
    # Two days joined by a range word ("the night of 3 to 4 May", "du 3 au 4 mai", "3-4 May").
    range_words = [normalize_term(x, language) for x in links.get("range", [])]
    range_gap = r"\s*-\s*"
    if range_words:
        range_gap = rf"(?:{range_gap}|\s+(?:{trie_regex(range_words)})(?:\s+|(?=\d)))"
    day_range = rf"(?:(?P<day0>\d{{1,2}}){day_suffix}{range_gap})?"
    # Digit-first forms, tried in order at a digit candidate.
    digit_re = re.compile(
        r"(?:(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?!\d)"
        r"|(?P<ya>\d{4})/(?P<yb>\d{1,2})/(?P<yc>\d{1,2})(?!\d)"
        r"|(?P<na>\d{1,2})(?P<sep>[/.-])(?P<nb>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})(?![\d/.-]\d)"
        rf"|{day_range}(?P<day>\d{{1,2}}){day_suffix}\s+{dm_link}{mon_pair}(?!\w)"
        rf"(?:,?\s+{my_link}{year})?"
        # A bare year; Latin letters after it make it something else ("2021s"), the Arabic
        # era mark م does not ("2021م").
        r"|(?P<bare>(?:19|20)\d{2})(?![\d]|[.,]\d|[a-z]))"
    )
    # Month-first forms: "May 11, 2022" and "May 11" ([order] month_before_day), "May 2022",
    # "mai 2022", "mayo de 2022", and a month alone (kept only with a cue, see _month_alone).
    year_after = rf"(?:,?\s+{my_link}{year})"
    month_before_day = _flag(data, "order", "month_before_day", language, False)
    if month_before_day:
        md = (
            # "May 3-4"; not "to" ("sentenced on May 3 to 12 years" is no range).
            rf"\s+(?P<mday>\d{{1,2}}){day_suffix}"
            rf"(?:-(?P<mday2>\d{{1,2}}){day_suffix})?(?!\d)"
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
    words = [
        *months,
        *weekdays,
        *relative,
        *ordinal_days,
        *relative_months,
        *relative_weeks,
        *relative_weekends,
        *relative_years,
        *seasons,
        *day_alone_leads,
        *day_month_words,
    ]
    # Candidates: date words, numeric-date shapes and years. Plain numbers are not candidates
    # (most digits in an article are quantities); a day number before a month name is found
    # by looking back from the month (day_before_re).
    candidate_re = re.compile(
        rf"\b(?:\d{{1,4}}[/.-]\d|(?:19|20)\d\d(?!\d)|(?:{trie_regex(words)})(?!\w))"
    )
    day_before_re = re.compile(
        rf"(?<![\w.,/])(?:\d{{1,2}}{day_suffix}{range_gap})?\d{{1,2}}{day_suffix}\s+{dm_link}$"
    )
    # "el pasado mes de marzo", "au début du mois de mars": a month name after the period.
    period_links = [normalize_term(x, language) for x in links.get("period_month", [])]
    any_link = trie_regex([*day_month, *month_year, *period_links])
    period_month_re = re.compile(rf"\s+(?:(?:{any_link})\s*)?(?:{mon})(?!\w)")
    # "el 3 de este mes", "le 3 du mois dernier", "الثالث عشر من الشهر الجاري": a link
    # between (or opening the period, "du mois dernier"); "arrested 12 last month" is a count.
    day_of_period_re = re.compile(
        rf"(?:(?<![\w.,/])(?P<d>\d{{1,2}}){day_suffix}|(?<!\w)(?P<o>{trie_regex(ordinal_days)}))"
        rf"\s+(?:(?P<link>{any_link})\s+)?$"
    )
    week_after_re = re.compile(
        rf"\s+(?:(?:{any_link})\s+)?(?P<week>{trie_regex(relative_weeks)})(?!\w)"
    )
    year_after_re = re.compile(rf"\s+{my_link}(?:19|20)\d{{2}}(?!\d)")

    def s(section: str, key: str) -> frozenset[str]:
        return _set(data, section, key, language)

    year_offsets = {
        normalize_term(k, language): int(v) for k, v in data.get("year_offsets", {}).items()
    }
    ago_re, told_re = _counted_days_res(data.get("counted_days", {}), language)
    ago_periods = _counted_periods(data.get("counted_days", {}), language)
    counted = data.get("counted_days", {})
    _, told_years_re = _counted_days_res(
        {**counted, "units": counted.get("year_units", []), "two": counted.get("two_years", [])},
        language,
    )
    day_after = {
        normalize_term(k, language): int(v) for k, v in data.get("day_after_told", {}).items()
    }
    year_offset_re = (
        re.compile(rf"[\s,]*(?P<yo>{trie_regex(year_offsets)})(?!\w)") if year_offsets else None
    )

    return _DateLexicon(
        law_words=tuple(sorted(s("cues", "law"))),
        proclitics=tuple(
            sorted(normalize_term(p, language) for p in data.get("clitics", {}).get("prefixes", []))
        ),
        relative_weekends=relative_weekends,
        relative_years=relative_years,
        report_years=frozenset(report_years),
        seasons=seasons,
        day_month_words=day_month_words,
        week_after_re=week_after_re,
        day_alone_leads=day_alone_leads,
        day_links=frozenset([*day_month, *month_year, *period_links]),
        ago_blockers=s("counted_days", "ago_not_before"),
        ago_re=ago_re,
        told_re=told_re,
        told_years_re=told_years_re,
        ago_periods=ago_periods,
        range_gap_re=re.compile(rf"(?:\s*[-/]?\s*|{range_gap})"),
        weekday_date_links=frozenset(
            normalize_term(x, language) for x in links.get("weekday_date", [])
        ),
        period_month_re=period_month_re,
        day_of_period_re=day_of_period_re,
        year_after_re=year_after_re,
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
        glued_block_after=tuple(
            sorted(b for b in s("relative_blockers", "after") if not b[:1].isalnum())
        ),
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
        later_re=_later_re(data.get("later", {}), language),
        later_probe=_later_probe(data.get("later", {}), language),
        day_after_told=day_after,
        day_after_told_probe=re.compile(trie_regex(day_after)) if day_after else None,
        counted_days_probe=_counted_days_probe(data.get("counted_days", {}), language),
        ago_probe=_counted_days_gate(
            data.get("counted_days", {}), language, "ago_before", ("ago_after",)
        ),
        told_probe=_counted_days_gate(
            data.get("counted_days", {}),
            language,
            "later_before",
            ("later_after", "earlier_after"),
        ),
        candidate_re=candidate_re,
        day_before_re=day_before_re,
        digit_re=digit_re,
        month_re=month_re,
        ordinal_re=ordinal_re,
        word_after_re=word_after_re,
        month_before_day=month_before_day,
        abbreviations_with_year=_flag(data, "names", "abbreviations_with_year", language, False),
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
    if last not in lasts and _without_proclitic(lex, last, lasts) is None:
        return None
    window = text[max(0, pos - 40) : pos]
    parts = window.replace("-", " ").split()
    if pos - 40 > 0 and parts and text[pos - 41].isalnum():
        parts = parts[1:]
    for k in range(min(4, len(parts)), 0, -1):
        cand = " ".join(parts[-k:])
        if cand in terms:
            return cand
        bare = _without_proclitic(lex, cand, terms)
        if bare is not None:
            return bare
    return None


def _without_proclitic(lex: _DateLexicon, word: str, terms: frozenset[str]) -> str | None:
    """``word`` without a proclitic of the language, when that is one of ``terms``."""
    for clitic in lex.proclitics:
        if word.startswith(clitic) and word[len(clitic) :] in terms:
            return word[len(clitic) :]
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


OPENING_DAY_SLACK = 3  # characters before an opening day phrase: "وفي", "- "


def opening_day_phrase(text: str, language: str) -> int:
    """The length of the `day_after_told` phrase normalised ``text`` opens with ("Le même
    jour, à l'aéroport ...", "وفي اليوم نفسه"), up to its end; 0 when it opens on none."""
    lex = _lexicon(language)
    if lex.day_after_told_probe is None or lex.day_after_told_probe.search(text) is None:
        return 0
    for phrase in lex.day_after_told:
        start = text.find(phrase, 0, OPENING_DAY_SLACK + len(phrase))
        end = start + len(phrase)
        if 0 <= start <= OPENING_DAY_SLACK and (end == len(text) or not text[end].isalnum()):
            return end
    return 0


def day_after_told(text: str, language: str) -> int | None:
    """Days from the day told before for "the following day", "le lendemain", "al día
    siguiente", "في اليوم التالي", "five days later", "deux jours plus tard", "بعد يومين" in
    normalised ``text`` (None when there is none)."""
    found = day_after_told_span(text, language)
    return None if found is None else found[2]


def day_after_told_span(text: str, language: str) -> tuple[int, int, int] | None:
    """(start, end, days) of the phrase ``day_after_told`` reads, or None."""
    lex = _lexicon(language)
    if (
        lex.counted_days_probe is None
        or lex.counted_days_probe.search(text) is None
        or lex.told_probe is None
        or lex.told_probe.search(text) is None
    ):
        told_re = None
    else:
        told_re = lex.told_re
    if lex.day_after_told_probe is None or lex.day_after_told_probe.search(text) is None:
        phrases: dict[str, int] = {}
    else:
        phrases = lex.day_after_told
    for phrase, offset in phrases.items():
        start = text.find(phrase)
        if start >= 0 and (start == 0 or not text[start - 1].isalnum()):
            end = start + len(phrase)
            if end == len(text) or not text[end].isalnum():
                return start, end, offset
    if told_re is not None:
        for m in told_re.finditer(text):
            counted = _count_of(m, language)
            if counted is not None:
                earlier = any(v is not None for k, v in m.groupdict().items() if k[:2] == "ea")
                return m.start(), m.end(), -counted[0] if earlier else counted[0]
    return None


def years_told_span(text: str, language: str) -> tuple[int, int, int] | None:
    """(start, end, years) of "two years later", "un an plus tôt" (negative), "dos años
    después", "بعد عامين" in normalised ``text``: years counted from the date told before."""
    told = _lexicon(language).told_years_re
    if told is None:
        return None
    for m in told.finditer(text):
        counted = _count_of(m, language)
        if counted is None:
            # "un an plus tôt", "a year later": the indefinite article counts one
            words = next((v for k, v in m.groupdict().items() if v and k.endswith("n")), "")
            if words.split()[-1:] and words.split()[-1] in indefinite_articles(language):
                counted = (1, m.start())
        if counted is not None and counted[0] <= 30:
            earlier = any(v is not None for k, v in m.groupdict().items() if k[:2] == "ea")
            return m.start(), m.end(), -counted[0] if earlier else counted[0]
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


HIJRI_YEARS_BELOW = 1900  # a numeric date's year below this is a Hijri (or no news) year


def _numeric(
    lex: _DateLexicon, a: int, b: int, y: int, published: datetime.date | None
) -> datetime.date | None:
    """Day-first numeric date; with [order] month_before_day (English) also month-first when
    that is the only or the closest-before-publication reading. A year before 1900 is no
    Gregorian year of the news ("5-9-1445": a Hijri date written beside the Gregorian one)."""
    if y < HIJRI_YEARS_BELOW:
        return None
    day_first = _date(y, b, a)
    if not lex.month_before_day:
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
    if (
        published is not None
        and lex.ago_re is not None
        and lex.counted_days_probe is not None
        and lex.counted_days_probe.search(text) is not None
        and lex.ago_probe is not None
        and lex.ago_probe.search(text) is not None
    ):
        out = _with_days_ago(lex, text, published, out)
    if published is not None:
        for kind, ago, gate in lex.ago_periods:
            if gate.search(text) is not None:
                out = _with_periods_ago(lex, text, published, out, (kind, ago))
    if len(out) > 1:
        out = _drop_weekdays_next_to_dates(lex, text, out)
    return out


def _with_days_ago(
    lex: _DateLexicon, text: str, published: datetime.date, out: list[DateMention]
) -> list[DateMention]:
    """Add "two days ago", "il y a deux jours", "hace dos días", "منذ يومين" (publication
    minus the days), in text order, where no other date stands."""
    assert lex.ago_re is not None
    added: list[DateMention] = []
    for m in lex.ago_re.finditer(text):
        counted = _count_of(m, lex.language)
        if counted is None:
            continue
        # "قبل يومين من الحكم": days before another event, not before publication.
        if _starts_with(lex, text, m.end(), lex.ago_blockers):
            continue
        days, start = counted
        if any(d.start < m.end() and start < d.end for d in out):
            continue
        day = published - datetime.timedelta(days=days)
        added.append(DateMention(_iso(day), start, m.end(), "relative"))
    if not added:
        return out
    return sorted([*out, *added], key=lambda d: d.start)


def _with_periods_ago(
    lex: _DateLexicon,
    text: str,
    published: datetime.date,
    out: list[DateMention],
    period: tuple[Literal["year", "month"], re.Pattern[str]],
) -> list[DateMention]:
    """Add "two years ago" (the publication year minus two) or "three months ago" (the
    publication month minus three), in text order, where no other date stands."""
    kind, ago = period
    added: list[DateMention] = []
    for m in ago.finditer(text):
        counted = _count_of(m, lex.language)
        if counted is None or _starts_with(lex, text, m.end(), lex.ago_blockers):
            continue
        count, start = counted
        if any(d.start < m.end() and start < d.end for d in out):
            continue
        if kind == "year":
            value = f"{published.year - count:04d}"
        else:
            index = published.year * 12 + published.month - 1 - count
            value = f"{index // 12:04d}-{index % 12 + 1:02d}"
        added.append(DateMention(value, start, m.end(), kind))
    if not added:
        return out
    return sorted([*out, *added], key=lambda d: d.start)


def _drop_weekdays_next_to_dates(
    lex: _DateLexicon, text: str, out: list[DateMention]
) -> list[DateMention]:
    """One mention for one day told twice or as a night.

    * A weekday next to an explicit date ("Tuesday, 11 May 2022", "الثلاثاء 11 مايو", "يوم
      الثلاثاء الموافق 11 مايو"): the explicit date is the mention.
    * A relative word next to a weekday ("overnight Tuesday", "أمس الأربعاء"): the weekday.
    * Two following weekdays of one night ("dans la nuit de lundi à mardi", "ليلة السبت
      إلى الأحد", "the night of Tuesday to Wednesday"): the night's second day, one mention.
    """

    def joined(a: DateMention, b: DateMention) -> bool:
        gap = text[a.end : b.start]
        if len(gap) <= 4:
            return True
        words = gap.strip(" ,")
        return words in lex.weekday_date_links

    out = _weekdays_over_relative_words(lex, text, out)
    keep: list[DateMention] = []
    skip = -1
    for i, d in enumerate(out):
        if i == skip:
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        prv = out[i - 1] if i else None
        if d.kind == "weekday":
            if nxt is not None and nxt.kind in ("explicit", "yearless") and joined(d, nxt):
                continue
            if prv is not None and prv.kind in ("explicit", "yearless") and joined(prv, d):
                continue
            if (
                nxt is not None
                and nxt.kind == "weekday"
                and lex.range_gap_re.fullmatch(text, d.end, nxt.start) is not None
                and (lex.weekdays[_weekday_word(lex, text, d)] + 1) % 7
                == lex.weekdays[_weekday_word(lex, text, nxt)]
            ):
                # the night's second day: the hours after midnight, when such operations
                # end, and the day annotators and agencies date them to
                keep.append(DateMention(nxt.value, d.start, nxt.end, "weekday"))
                skip = i + 1
                continue
        if nxt is not None and (period := _period(lex, text, d, nxt)) is not None:
            keep.append(period)
            skip = i + 1
            continue
        keep.append(d)
    return keep


_DAY_KINDS = frozenset({"explicit", "yearless", "weekday"})


def _period(lex: _DateLexicon, text: str, a: DateMention, b: DateMention) -> DateMention | None:
    """Two days joined by a range word ("du 28 mai au 3 juin", "between Monday and Friday",
    "entre el lunes y el viernes") more than a night apart: one period, told at the
    precision the two share (their month, else their year)."""
    if (
        a.kind not in _DAY_KINDS
        or b.kind not in _DAY_KINDS
        or (a.kind == "weekday") != (b.kind == "weekday")
    ):
        return None
    if len(a.value) != 10 or len(b.value) != 10 or b.value <= a.value:
        return None
    gap = lex.range_gap_re.fullmatch(text, a.end, b.start)
    if gap is None or not gap.group().strip(" -/"):
        return None  # a space or a dash alone is no range of two written dates
    days = (datetime.date.fromisoformat(b.value) - datetime.date.fromisoformat(a.value)).days
    if days < 2 or days > 62:
        return None
    if a.value[:7] == b.value[:7]:
        return DateMention(b.value, a.start, b.end, b.kind, period=a.value[:7])
    if a.value[:4] == b.value[:4]:
        return DateMention(b.value, a.start, b.end, b.kind, period=a.value[:4])
    return None


def _weekdays_over_relative_words(
    lex: _DateLexicon, text: str, out: list[DateMention]
) -> list[DateMention]:
    """ "overnight Tuesday", "اليوم الاثنين", "أمس الأربعاء": one weekday mention over both
    words (the weekday wins: an article may be dated a day after it was written); so is a
    relative word joined to a weekday by a range word ("overnight into Tuesday")."""
    keep: list[DateMention] = []
    for d in out:
        last = keep[-1] if keep else None
        if (
            last is not None
            and last.kind == "relative"
            and d.kind == "weekday"
            and d.start - last.end > 2
            and lex.range_gap_re.fullmatch(text, last.end, d.start) is not None
        ):
            keep[-1] = DateMention(d.value, last.start, d.end, "weekday")
            continue
        if last is not None and d.start - last.end <= 2:
            if last.kind == "relative" and d.kind == "weekday":
                keep[-1] = DateMention(d.value, last.start, d.end, "weekday")
                continue
            if last.kind == "weekday" and d.kind == "relative":
                keep[-1] = DateMention(last.value, last.start, d.end, "weekday")
                continue
        keep.append(d)
    return keep


def _weekday_word(lex: _DateLexicon, text: str, d: DateMention) -> str:
    """The weekday name a weekday mention covers (its last word that is one)."""
    covered = text[d.start : d.end]
    if covered in lex.weekdays:
        return covered
    return next(w for w in reversed(covered.split()) if w in lex.weekdays)


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
        found = _day_month(lex, m, int(g("day")), p, published)
        if found is not None and g("day0") is not None:
            found = _day_range(found, int(g("day0")))
        return found, end if found is None else found.end
    elif g("bare") is not None:
        cue = _ends_with(lex, text, p, lex.year_cues)
        if cue is None or _numbered_before(text, p, cue) or _law_before(lex, text, p, cue):
            return None, p
        return DateMention(g("bare"), p, end, "year"), end
    return (None if dt is None else DateMention(_iso(dt), p, end, "explicit")), end


def _numbered_before(text: str, pos: int, cue: str) -> bool:
    """A number right before the year's cue names a law or a decree by its number and year
    ("القانون رقم 50 لسنة 2017", "Law No. 50 of 2017"): no date."""
    head = text[max(0, pos - len(cue) - 30) : pos].rstrip()
    words = head.split()
    count = len(cue.split())
    if len(words) <= count:
        return False
    before = words[-count - 1].rstrip(".,")
    return before.isdigit()


LAW_REACH = 60  # "من قانون المخدرات والمؤثرات العقلية لعام 2016"


def _law_before(lex: _DateLexicon, text: str, pos: int, cue: str) -> bool:
    """A `law` cue word shortly before the year's cue, in its clause ("قانون المخدرات
    والمؤثرات العقلية لعام 2016", "la loi de 1970", "the Act of 1971"): the law's year, no
    date of an action."""
    if not lex.law_words:
        return False
    end = max(0, pos - len(cue) - 2)
    head = text[max(0, end - LAW_REACH) : end]
    for mark in ",.;:\u060c":
        head = head[head.rfind(mark) + 1 :]
    for word in lex.law_words:
        at = head.find(word)
        while at >= 0:
            lead = head[max(0, at - 2) : at]
            if not lead or not lead[-1].isalnum() or lead.endswith(lex.proclitics or ("\0",)):
                return True
            at = head.find(word, at + 1)
    return False


def _day_range(found: DateMention, first: int) -> DateMention:
    """A range of days ("the night of 3 to 4 May", "du 3 au 4 mai", "May 3-4"): the second
    day of a night (two following days); a longer range ("du 14 au 20 mai", "between 1 and
    7 June": a week's or a period's round-up) gives its month, the precision the text gives
    for the actions it sums up."""
    last = int(found.value[8:10])
    if last - first == 1:
        return found  # a night's second day (see _drop_weekdays_next_to_dates)
    if last - first > 1:
        return dataclasses.replace(found, period=found.value[:7])
    return found


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
    if word in lex.relative_months or word in lex.relative_weeks or word in lex.relative_weekends:
        return _at_relative_period(lex, text, p, word, published)
    if word in lex.relative_years:
        return _at_relative_year(lex, text, p, word, published)
    if word in lex.seasons:
        return _at_season(lex, text, p, word, published)
    if word in lex.day_alone_leads:
        return _at_day_alone(lex, text, p, word, published)
    if word in lex.day_month_words:
        return _at_day_month_word(lex, text, p, word, published)
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
    if gd.get("mday") is not None:  # English "May 11(, 2022)", "May 3-4"
        found = _month_day(lex, text, m, month, published)
        if found is not None and gd.get("mday2") is not None:
            found = _day_range(found, int(gd["mday"]))
        return found
    abbreviated = m.group("mon").rstrip(".") in lex.abbreviations
    if m.group("year") is not None:
        if abbreviated and not lex.abbreviations_with_year:
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


def _month_day(
    lex: _DateLexicon,
    text: str,
    m: re.Match[str],
    month: int,
    published: datetime.date | None,
) -> DateMention | None:
    """English month-first "May 11(, 2022)": the last day told ("May 3-4": 4)."""
    gd = m.groupdict()
    p = m.start()
    day = int(gd["mday2"] or gd["mday"])
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


def _at_relative(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    if published is None:
        return None
    end = p + len(word)
    if _ends_with(lex, text, p, lex.rel_block_before) is not None:
        return None
    if text.startswith(lex.glued_block_after, end) or _starts_with(
        lex, text, end, lex.rel_block_after
    ):
        return None
    dt = published + datetime.timedelta(days=lex.relative[word])
    return DateMention(_iso(dt), p, end, "relative")


def _at_relative_period(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    """ "last month", "this week", "over the weekend": the month they fall in, when only one
    month can be meant (a week or weekend that straddles two months gives no date). A day
    before a month period is that month's day ("el 3 de este mes", "الثالث من الشهر
    الجاري"); a month name after the period is the month meant ("el pasado mes de marzo")."""
    if published is None:
        return None
    end = p + len(word)
    if _ends_with(lex, text, p, lex.rel_block_before) is not None:
        return None
    if _starts_with(lex, text, end, lex.wd_future_after):
        return None  # "مطلع الشهر المقبل": a plan
    if lex.period_month_re.match(text, end) is not None:
        return None  # the month name that follows is the date
    if word in lex.relative_months:
        offset = lex.relative_months[word]
        # "مطلع الشهر الماضي", "début du mois dernier": a modifier after a bare period.
        if _starts_with(lex, text, end, lex.month_past_after):
            offset, end = -1, _word_end(lex, text, end)
        elif _starts_with(lex, text, end, lex.month_current_after):
            offset, end = 0, _word_end(lex, text, end)
        index = published.year * 12 + published.month - 1 + offset
        year, month = index // 12, index % 12 + 1
        day = lex.day_of_period_re.search(text, max(0, p - 30), p)
        if day is not None and (day.group("link") or word.split(maxsplit=1)[0] in lex.day_links):
            number = int(day.group("d")) if day.group("d") else lex.ordinal_days[day.group("o")]
            dt = _date(year, month, number)
            if dt is not None and dt <= published:
                return DateMention(_iso(dt), day.start(), end, "explicit")
        return DateMention(f"{year:04d}-{month:02d}", p, end, "month")
    if word in lex.relative_weekends:
        # The latest Saturday on or before publication, and the Sunday after it.
        saturday = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
        saturday -= datetime.timedelta(days=7 * -lex.relative_weekends[word])
        first, last = saturday, min(saturday + datetime.timedelta(days=1), published)
    else:
        weeks = lex.relative_weeks[word]
        first = published - datetime.timedelta(days=published.weekday() - 7 * weeks)
        last = min(first + datetime.timedelta(days=6), published)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return DateMention(f"{last.year:04d}-{last.month:02d}", p, end, "month")


_NEXT_WORD = re.compile(r"\s*[^\s.,;:!?()\"،؛؟]+")


def _word_end(lex: _DateLexicon, text: str, pos: int) -> int:
    """End of the one word after ``pos`` (a modifier such as "الماضي")."""
    m = _NEXT_WORD.match(text, pos)
    return pos if m is None else m.end()


def _at_relative_year(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    """ "last year", "l'an dernier", "el año pasado", "العام الماضي", "earlier this year":
    a year-precision date. Not after "since" / "than" / "compared with" (a comparison), nor
    before a written year ("au début de l'année 2023": the year is written)."""
    if published is None:
        return None
    end = p + len(word)
    if _ends_with(lex, text, p, lex.rel_block_before) is not None:
        return None
    if text.startswith("'s", end) or lex.year_after_re.match(text, end) is not None:
        return None
    kind: DateKind = "span" if word in lex.report_years else "year"
    return DateMention(f"{published.year + lex.relative_years[word]:04d}", p, end, kind)


def _at_season(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    """ "last summer", "l'été dernier", "el verano pasado", "الصيف الماضي": the year of the
    latest such season over before publication (its last month before the publication
    month), at year precision."""
    if published is None or _ends_with(lex, text, p, lex.rel_block_before) is not None:
        return None
    year = published.year if published.month > lex.seasons[word] else published.year - 1
    return DateMention(f"{year:04d}", p, p + len(word), "year")


def _at_day_month_word(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    """ "يوم 12 الجاري", "le 12 courant", "el 12 del corriente": a day of the publication
    month (the word alone, "التحقيق الجاري", is no date)."""
    if published is None:
        return None
    day = lex.day_of_period_re.search(text, max(0, p - 30), p)
    if day is None:
        return None
    number = int(day.group("d")) if day.group("d") else lex.ordinal_days[day.group("o")]
    index = published.year * 12 + published.month - 1 + lex.day_month_words[word]
    dt = _date(index // 12, index % 12 + 1, number)
    if dt is None or dt > published:
        return None
    return DateMention(_iso(dt), day.start(), p + len(word), "explicit")


_DAY_NUMBER = re.compile(r"\s+(\d{1,2})(?!\d|[.,:/]\d)")


def _at_day_alone(
    lex: _DateLexicon, text: str, p: int, word: str, published: datetime.date | None
) -> DateMention | None:
    """ "el pasado día 3", "el día 12": a day of the publication month, or of the month
    before when that day is still to come. With a month after it ("el día 3 de marzo") the
    month's own reading applies."""
    if published is None:
        return None
    m = _DAY_NUMBER.match(text, p + len(word))
    if m is None or _starts_with(lex, text, m.end(), lex.day_links):
        return None
    day = int(m.group(1))
    for back in (0, 1):
        index = published.year * 12 + published.month - 1 - back
        dt = _date(index // 12, index % 12 + 1, day)
        if dt is not None and dt <= published:
            return DateMention(_iso(dt), p, m.end(), "yearless")
    return None


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
    week = lex.week_after_re.match(text, end)
    if week is not None:
        # "Tuesday last week", "mardi de la semaine dernière": that week's Tuesday.
        monday = published - datetime.timedelta(
            days=published.weekday() - 7 * lex.relative_weeks[week.group("week")]
        )
        dt = monday + datetime.timedelta(days=lex.weekdays[word])
        return None if dt > published else DateMention(_iso(dt), p, week.end(), "weekday")
    numbered = _numbered_weekday(lex, text, end, lex.weekdays[word], published)
    if numbered is not None:
        day, day_end = numbered
        return DateMention(_iso(day), p, day_end, "weekday")
    delta = (published.weekday() - lex.weekdays[word]) % 7
    if strict and delta == 0:
        delta = 7
    dt = published - datetime.timedelta(days=delta)
    return DateMention(_iso(dt), p, end, "weekday")


# "el miércoles 7,", "le mardi 3 à l'aube", "on Wednesday the 7th": a day of the month right
# after the weekday, followed by punctuation or a short function word (not "3 hombres").
_DAY_AFTER_WEEKDAY = re.compile(
    r"\s+(?:the\s+)?(\d{1,2})(?!\d)(?:st|nd|rd|th|er)?(?=\s*(?:[,.;:)\u2013\u2014-]|$|\w{1,3}\b))"
)
NUMBERED_WEEKDAY_REACH = 62  # days back in which the weekday and its day number must agree


def _numbered_weekday(
    lex: _DateLexicon, text: str, end: int, weekday: int, published: datetime.date
) -> tuple[datetime.date, int] | None:
    """A weekday written with its day of the month and no month ("el miércoles 7"): the most
    recent date on or before publication that is that day of the month and that weekday."""
    m = _DAY_AFTER_WEEKDAY.match(text, end)
    if m is None:
        return None
    following = [word.strip(",.;:،") for word in text[m.end() : m.end() + 40].split()[:4]]
    if any(word in lex.months for word in following):
        # "martes 3 de marzo", "dimanche 10 au lundi 11 mai": a date with its month, read
        # at its digits
        return None
    number = int(m.group(1))
    for back in range(NUMBERED_WEEKDAY_REACH):
        day = published - datetime.timedelta(days=back)
        if day.day == number and day.weekday() == weekday:
            return day, m.end()
    return None
