"""Names of countries, places, agencies and currencies, per language.

Countries and currencies come from CLDR through Babel (every language Babel knows, so a new
lexicon folder gets them for free), checked against pycountry's ISO 3166/4217 tables. The
team's gazetteers add what CLDR lacks: ``shared/places.toml`` (unambiguous cities and ports),
``shared/agencies.toml`` (canonical English agency names), ``<lang>/demonyms.toml`` and
``<lang>/countries.toml`` (short and colloquial country names, ambiguous names to drop).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, cast

import pycountry
from babel import Locale, UnknownLocaleError

from worker.extraction.lexicon import SHARED_DIR, LexiconError, _read_toml, _strings
from worker.extraction.text import normalize_term

# CLDR territory codes that are not states (EU, UN, the world, "unknown region").
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})


@dataclass(frozen=True)
class Agency:
    name: str
    country: str  # ISO alpha-2 of its home state, "" when international
    kind: str
    acronyms: tuple[str, ...]
    aliases: dict[str, tuple[str, ...]]
    # Acronyms other bodies share ("AFP": also a news agency): they name this agency only in
    # an article that also names it in full.
    weak_acronyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class LocalForce:
    """A city's own force named head first ("Service de police de Trois-Rivières",
    "Policía Municipal de Madrid"): the place words after one of ``heads`` and ``english``
    make its name ("Trois-Rivières Police Service")."""

    english: str
    heads: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    country: str
    kind: str
    aliases: dict[str, tuple[str, ...]]
    # The name is also a town of another state (Liverpool, Alexandria, Valencia): it gives
    # its country only when nothing else in the article says where the action was.
    shared: bool = False
    # From the generated cities.toml (GeoNames): ``forms`` are matched in ``languages`` (those
    # of their script), ``name`` is only the output name; ``aliases`` stays empty.
    generated: bool = False
    forms: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()

    @property
    def weak(self) -> bool:
        """Its country counts only when nothing else says where the action was: a name other
        states' towns share, or a generated town (not vetted one by one: a word or a name
        it missed must not outvote the article's named states)."""
        return self.shared or self.generated


@cache
def iso_country_codes() -> frozenset[str]:
    return frozenset(c.alpha_2 for c in pycountry.countries)


@cache
def iso_currency_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _locale(language: str) -> Any:
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None


def cldr_country_names(language: str) -> dict[str, str]:
    """ISO alpha-2 -> the CLDR name of the country in ``language``."""
    locale = _locale(language)
    if locale is None:
        return {}
    valid = iso_country_codes()
    names: dict[str, str] = {}
    for code, name in cast("dict[str, str]", dict(locale.territories)).items():
        if code in valid and code not in _NOT_COUNTRIES:
            names[code] = name
    return names


def cldr_currency_names(language: str) -> dict[str, set[str]]:
    """ISO 4217 -> CLDR display names in ``language`` (singular and plural forms)."""
    locale = _locale(language)
    if locale is None:
        return {}
    valid = iso_currency_codes()
    names: dict[str, set[str]] = {}
    for code, name in cast("dict[str, str]", dict(locale.currencies)).items():
        if code in valid:
            names.setdefault(code, set()).add(name)
    plural = locale._data.get("currency_names_plural", {})
    for code in list(plural):
        if code not in valid:
            continue
        forms = plural[code]
        for form in dict(forms).values() if hasattr(forms, "keys") else ():
            if isinstance(form, str):
                names.setdefault(code, set()).add(form)
    return names


def _aliases(raw: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    table = raw.get("aliases", {})
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: aliases must be a table of languages")
    return {
        str(lang): _strings(values, f"{where}.aliases.{lang}") for lang, values in table.items()
    }


def load_agencies(path: Path = SHARED_DIR / "agencies.toml") -> tuple[Agency, ...]:
    data = _read_toml(path, required=False)
    agencies: list[Agency] = []
    for raw in cast("list[dict[str, Any]]", data.get("agency", [])):
        where = f"agencies.toml {raw.get('name')!r}"
        agencies.append(
            Agency(
                name=str(raw["name"]),
                country=str(raw.get("country", "")).upper(),
                kind=str(raw.get("kind", "other")),
                acronyms=_strings(raw.get("acronyms", []), where),
                aliases=_aliases(raw, where),
                weak_acronyms=_strings(raw.get("weak_acronyms", []), where),
            )
        )
    return tuple(agencies)


def load_local_forces(path: Path = SHARED_DIR / "agencies.toml") -> tuple[LocalForce, ...]:
    data = _read_toml(path, required=False)
    forces: list[LocalForce] = []
    for raw in cast("list[dict[str, Any]]", data.get("local_force", [])):
        where = f"agencies.toml local_force {raw.get('english')!r}"
        heads = raw.get("heads", {})
        if not isinstance(heads, dict):
            raise LexiconError(f"{where}: heads must be a table of languages")
        forces.append(
            LocalForce(
                english=str(raw["english"]),
                heads={
                    str(lang): _strings(v, f"{where}.heads.{lang}") for lang, v in heads.items()
                },
            )
        )
    return tuple(forces)


def load_state_force_heads(path: Path = SHARED_DIR / "agencies.toml") -> dict[str, tuple[str, ...]]:
    """Heads that make a national force of the state named right before them ("Ghana Navy",
    "Nigeria Customs Service"), by language: ``[state_force] heads.<lang>``."""
    data = _read_toml(path, required=False)
    table = data.get("state_force", {})
    if not isinstance(table, dict):
        raise LexiconError("agencies.toml: [state_force] must be a table")
    heads = table.get("heads", {})
    if not isinstance(heads, dict):
        raise LexiconError("agencies.toml: [state_force] heads must be a table of languages")
    return {
        str(lang): _strings(v, f"agencies.toml state_force.heads.{lang}")
        for lang, v in heads.items()
    }


def load_news_agencies(path: Path = SHARED_DIR / "news_agencies.toml") -> frozenset[str]:
    """Acronyms of wire services credited in brackets ("(EFE)"), as written."""
    data = _read_toml(path, required=False)
    return frozenset(_strings(data.get("acronyms"), "news_agencies.toml acronyms"))


def load_name_particles(path: Path = SHARED_DIR / "names.toml") -> tuple[str, ...]:
    """Lower-case particles inside a run of capitalised name words ("de", "van", "bin")."""
    data = _read_toml(path, required=False)
    return tuple(sorted(set(_strings(data.get("particles"), "names.toml particles"))))


def load_places(path: Path = SHARED_DIR / "places.toml") -> tuple[PlaceEntry, ...]:
    data = _read_toml(path, required=False)
    places: list[PlaceEntry] = []
    for raw in cast("list[dict[str, Any]]", data.get("place", [])):
        where = f"places.toml {raw.get('name')!r}"
        places.append(
            PlaceEntry(
                name=str(raw["name"]),
                country=str(raw.get("country", "")).upper(),
                kind=str(raw.get("kind", "city")),
                aliases=_aliases(raw, where),
                shared=bool(raw.get("shared", False)),
            )
        )
    return tuple(places)


_NO_ALIASES: dict[str, tuple[str, ...]] = {}  # shared by the generated towns: never written


def load_cities(path: Path = SHARED_DIR / "cities.toml") -> tuple[PlaceEntry, ...]:
    """The GeoNames towns of ``cities.toml`` (written by scripts/build_cities.py): under each
    script's table, ISO alpha-2 -> towns, each a string (its name, matched as written) or a
    list (its name, then the forms matched; the name too when ``first_is_form``);
    ``[scripts.<script>] languages`` are the languages its forms are matched in."""
    data = _read_toml(path, required=False)
    scripts = data.get("scripts", {})
    if not isinstance(scripts, dict):
        raise LexiconError("cities.toml: [scripts] must be a table")
    valid = iso_country_codes()
    cities: list[PlaceEntry] = []
    for script, spec in scripts.items():
        languages = _strings(spec.get("languages"), f"cities.toml scripts.{script}.languages")
        first_is_form = bool(spec.get("first_is_form", True))
        table = data.get(script, {})
        if not isinstance(table, dict):
            raise LexiconError(f"cities.toml: [{script}] must be a table")
        for code, items in table.items():
            if code not in valid or not isinstance(items, list):
                raise LexiconError(f"cities.toml [{script}] {code!r}: bad country or list")
            for item in items:
                strings = (item,) if isinstance(item, str) else _strings(item, f"cities {code}")
                forms = strings if first_is_form else strings[1:]
                if not forms:
                    raise LexiconError(f"cities.toml [{script}] {code}: {item!r} has no form")
                cities.append(
                    PlaceEntry(strings[0], code, "city", _NO_ALIASES, False, True, forms, languages)
                )
    return tuple(cities)


def place_names(place: PlaceEntry, language: str) -> tuple[str, ...]:
    """The names to match for ``place`` in ``language``: its aliases in that language and its
    English name (Latin-script names appear in every language's copy; matched capitalised).
    A generated town is matched by its aliases only (its script's languages)."""
    if place.generated:
        return place.forms if language in place.languages else ()
    return (place.name, *place.aliases.get(language, ()))


def agency_aliases(agency: Agency, language: str) -> tuple[str, ...]:
    """Aliases of ``agency`` matched in ``language`` (its English name is matched everywhere:
    news in every language quotes English agency names)."""
    return (agency.name, *agency.aliases.get(language, ()))


@dataclass(frozen=True)
class CountryNames:
    """Country names of one language: CLDR plus ``<lang>/countries.toml`` extras."""

    names: dict[str, tuple[str, ...]]  # ISO alpha-2 -> names


def load_country_names(language: str, folder: Path) -> CountryNames:
    overrides = _read_toml(folder / "countries.toml", required=False)
    excluded = {
        normalize_term(name, language)
        for name in _strings(overrides.get("exclude", []), f"{language}/countries.toml exclude")
    }
    names: dict[str, list[str]] = {}
    for code, name in cldr_country_names(language).items():
        if normalize_term(name, language) not in excluded:
            names.setdefault(code, []).append(name)
    extra = overrides.get("extra", {})
    if not isinstance(extra, dict):
        raise LexiconError(f"{language}/countries.toml: [extra] must be a table")
    valid = iso_country_codes()
    for code, forms in extra.items():
        code_upper = str(code).upper()
        if code_upper not in valid:
            raise LexiconError(f"{language}/countries.toml: unknown country code {code!r}")
        names.setdefault(code_upper, []).extend(_strings(forms, f"countries.{code}"))
    return CountryNames({code: tuple(dict.fromkeys(forms)) for code, forms in names.items()})
