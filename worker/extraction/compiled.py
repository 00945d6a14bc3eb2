"""A language ready to use: its lexicon, its gazetteers and one phrase automaton over all.

Built once per language when the ``Extractor`` is constructed; read-only afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from worker.extraction.gazetteer import (
    Agency,
    LocalForce,
    PlaceEntry,
    agency_aliases,
    cldr_country_names,
    cldr_currency_names,
    iso_currency_codes,
    load_country_names,
    place_names,
)
from worker.extraction.lexicon import (
    GAP_ONLY_ROLES,
    LEXICON_ROOT,
    CurrencySpec,
    LanguageLexicon,
    LexiconError,
    _read_toml,
    _strings,
    load_language,
)
from worker.extraction.matcher import CaseRule, PhraseMatcher, Term, TermKind
from worker.extraction.text import normalize, normalize_term

_WORD = re.compile(r"\w+")

# Proper names take no inflection suffix ("مغربي" is not Morocco); single-person nouns take
# none either, or "متهم" would also match the plural "متهمين".
_PROPER_NAME_KINDS = frozenset({"country", "place", "demonym", "agency", "organization"})
_EXACT_ROLES = frozenset({"single_person_nouns", "dual_person_nouns"})


@dataclass(frozen=True)
class CompiledLanguage:
    lexicon: LanguageLexicon
    matcher: PhraseMatcher
    agencies: tuple[Agency, ...]
    places: tuple[PlaceEntry, ...]
    currencies: tuple[CurrencySpec, ...]  # the lexicon's colloquial forms, then CLDR names
    person_suffixes: frozenset[str]
    connectors: frozenset[str]  # words that join a list of places; clitic prefixes included
    prefixes: frozenset[str]  # clitic prefixes of the language (normalised)
    passive_auxiliaries: frozenset[str]  # "was", "has been": a name before them is a person
    dual_person_suffixes: frozenset[str]  # a pronoun for two persons: ضبطهما
    # Words looked up right before a trigger or a person noun (never searched for):
    singular_auxiliaries: frozenset[str] = frozenset()  # "was", "fue", "a été": one person
    plural_auxiliaries: frozenset[str] = frozenset()  # "were": "all six were arrested"
    single_determiners: frozenset[str] = frozenset()  # "une", "un seul": one
    verb_coordinators: frozenset[str] = frozenset()  # "localisé puis arrêté": one subject
    other_words: frozenset[str] = frozenset()  # "otras once personas": besides the one named
    auxiliaries: frozenset[str] = frozenset()  # every auxiliary above: the action is asserted
    singular_object_pronouns: frozenset[str] = frozenset()  # "lo detuvo", "l'a condamné": one
    single_person_suffixes: frozenset[str] = frozenset()  # a pronoun for one person: اعتقاله
    plural_pronouns: frozenset[str] = frozenset()  # "they were arrested", "arrested them"
    plural_object_pronouns: frozenset[str] = frozenset()  # "los detuvieron", "les a arrêtés"
    generic_agent_nouns: frozenset[str] = frozenset()  # "officials", "agents": weak anchors
    definite_articles: frozenset[str] = frozenset()  # "el detenido": a participle as a noun
    possessives: frozenset[str] = frozenset()  # "his arrest", "su detención": a reference
    partitive_leads: frozenset[str] = frozenset()  # "of the eleven arrested, seven ...": a subset
    source_cues: frozenset[str] = frozenset()  # "according to UNODC": a source, not an actor
    # "handed over to the NCA", "a la orden del Ministerio Público": it received the suspects
    handover_cues: frozenset[str] = frozenset()
    street_nouns: frozenset[str] = frozenset()  # "rue de Hongrie": a street, not the country
    # "the SVA of the Tax Agency", "the Tax Agency through its SVA": the parent did not act
    parent_links: frozenset[str] = frozenset()  # unit, link, parent
    unit_links: frozenset[str] = frozenset()  # parent, link, unit
    during_words: frozenset[str] = frozenset()  # "during the raids": a trigger as time adverb
    ordinal_words: frozenset[str] = frozenset()  # "لمتهم ثالث": a person noun + ordinal is one
    judge_charges: frozenset[str] = frozenset()  # "mis en examen": a judge's act, not police's
    # "released without charge", "sans poursuites": the police let the person go
    police_releases: frozenset[str] = frozenset()
    each_of: frozenset[str] = frozenset()  # "a cada uno de los dos estibadores": persons
    partitive_links: frozenset[str] = frozenset()  # "two of the five suspects": two of them
    cargo_verbs: frozenset[str] = frozenset()  # "a boat carrying 52 migrants": its passengers
    # "suspended for 18 months": the period after one is how long a suspension runs
    suspension_leads: tuple[str, ...] = ()
    one_words: frozenset[str] = frozenset()  # "un año", "a year": a unit after one counts one
    # "y media", "and a half", "ونصف" right after a unit: half a unit more
    half_after: re.Pattern[str] = re.compile(r"(?!)")
    # "de tipo", "من نوع": a classifier between a quantity and what it names
    kind_of: re.Pattern[str] = re.compile(r"(?!)")
    # "police", "الشرطة": the common noun that, with a demonym, names a state's police
    generic_force_nouns: frozenset[str] = frozenset()
    # Endings shared by the dual and the plural once harakat are gone (مواطنين): such a noun
    # without a number is two persons when the clause speaks of it as two.
    dual_plural_endings: tuple[str, ...] = ()
    # Verb endings of the future tense ("realizarán", "mèneront", "seront"): such a verb next
    # to a trigger makes it a plan, whatever the verb.
    future_endings: tuple[str, ...] = ()
    # Past participle endings ("detenidos", "interpellés"): such a trigger after a definite
    # article names persons already arrested (nouns such as "la saisie" do not end so).
    participle_endings: tuple[str, ...] = ()

    @property
    def language(self) -> str:
        return self.lexicon.language

    def agency_country(self, name: str) -> str:
        """ISO code of an agency's home state ("" for international agencies)."""
        countries: dict[str, str] | None = self.__dict__.get("_agency_countries")
        if countries is None:  # built once (the dataclass is frozen: set through __dict__)
            countries = {}
            for agency in self.agencies:
                countries.setdefault(agency.name, agency.country)
            self.__dict__["_agency_countries"] = countries
        return countries.get(name, "")

    def weak_acronyms(self) -> dict[str, frozenset[str]]:
        """Agency name -> its weak acronyms as written (see ``Agency.weak_acronyms``)."""
        weak: dict[str, frozenset[str]] | None = self.__dict__.get("_weak_acronyms")
        if weak is None:  # built once (the dataclass is frozen: set through __dict__)
            weak = {a.name: frozenset(a.weak_acronyms) for a in self.agencies if a.weak_acronyms}
            self.__dict__["_weak_acronyms"] = weak
        return weak

    def state_variant(self, name: str, state: str) -> str:
        """The same kind of agency of another state: "Jordan Anti-Narcotics Department" of
        SY is "Syrian Anti-Narcotics Department" (the English name's leading state word
        replaced by the other state's adjective); "" when the name does not start with its
        state ("Royal Moroccan Gendarmerie"). The variant is registered with its state and
        kind, like a gazetteer name."""
        variants: dict[tuple[str, str], str] = self.__dict__.setdefault("_state_variants", {})
        found = variants.get((name, state))
        if found is not None:
            return found
        variant = ""
        rest = _without_state(name)
        if rest:
            # The state's own agency of that name when the gazetteer knows it ("Gendarmerie
            # nationale" in a Mauritanian story: the Mauritanian Gendarmerie); none, but the
            # state has agencies of that kind, no guess ("National Police" of the US).
            kind = self.agency_kind(name)
            own = [a for a in self.agencies if a.country == state]
            same = next((a.name for a in own if _without_state(a.name).lower() == rest.lower()), "")
            if same:
                variant = same
            elif not any(a.kind == kind for a in own):
                variant = f"{_english_adjective(state)} {rest}"
        if variant:
            self.agency_country(name)  # the tables exist from here on
            self.agency_kind(name)
            self.__dict__["_agency_countries"].setdefault(variant, state)
            self.__dict__["_agency_kinds"].setdefault(variant, self.agency_kind(name))
        variants[(name, state)] = variant
        return variant

    def is_generic_agency_name(self, written: str) -> bool:
        """Whether an agency name as found in a text (normalised) is made only of
        ``generic_agency_words``; short function words ("de", "la", "al") do not count.
        Memoised: the same few names recur in every article."""
        memo: dict[str, bool] = self.__dict__.setdefault("_generic_names", {})
        found = memo.get(written)
        if found is None:
            generic = self.generic_agency_words()
            words = [w for w in _WORD.findall(written) if len(w) > 2]
            found = bool(words) and all(w in generic for w in words)
            memo[written] = found
        return found

    def generic_agency_words(self) -> frozenset[str]:
        """Words found in the names of agencies of three states or more ("national",
        "directorate", "مكافحة", "gendarmerie"): a name made of these alone ("الإدارة العامة
        لمكافحة المخدرات", "Gendarmerie nationale") does not say which state's agency it is."""
        words: frozenset[str] | None = self.__dict__.get("_generic_agency_words")
        if words is None:  # built once (the dataclass is frozen: set through __dict__)
            states: dict[str, set[str]] = {}
            for agency in self.agencies:
                for alias in agency_aliases(agency, self.language):
                    for word in _WORD.findall(normalize_term(alias, self.language)):
                        states.setdefault(word, set()).add(agency.country)
            words = frozenset(word for word, codes in states.items() if len(codes) >= 3)
            self.__dict__["_generic_agency_words"] = words
        return words

    def agency_kind(self, name: str) -> str:
        """An agency's kind (police, customs, ministry, ...; "" for an unknown name)."""
        kinds: dict[str, str] | None = self.__dict__.get("_agency_kinds")
        if kinds is None:
            kinds = {}
            for agency in self.agencies:
                kinds.setdefault(agency.name, agency.kind)
            self.__dict__["_agency_kinds"] = kinds
        return kinds.get(name, "")


@cache
def english_state_forms() -> tuple[tuple[str, str], ...]:
    """English country names and demonyms (lower case) -> ISO code, longest first: the
    state words that lead canonical agency names ("Jordan ...", "Syrian ...")."""
    forms: dict[str, str] = {}
    for code, country in cldr_country_names("en").items():
        forms[country.lower()] = code
    for code, demonyms in load_language("en").demonyms.items():
        for demonym in demonyms:
            forms.setdefault(demonym.lower(), code)
    return tuple(sorted(forms.items(), key=lambda item: -len(item[0])))


@cache
def _without_state(name: str) -> str:
    """An English agency name without its leading state word ("Jordan Anti-Narcotics
    Department" -> "Anti-Narcotics Department"); "" when it starts with none."""
    lowered = name.lower()
    for form, _code in english_state_forms():
        if lowered.startswith(form + " "):
            return name[len(form) + 1 :]
    return ""


@cache
def _english_adjective(state: str) -> str:
    """ "Syrian" for SY: the first English demonym, else the CLDR country name."""
    demonyms = load_language("en").demonyms.get(state, ())
    return demonyms[0] if demonyms else cldr_country_names("en").get(state, state)


def _rewrites(morphology: dict[str, object], language: str) -> tuple[tuple[str, str], ...]:
    raw = morphology.get("initial_rewrites", [])
    if not isinstance(raw, list):
        raise LexiconError(f"{language}/language.toml: initial_rewrites must be a list of pairs")
    pairs: list[tuple[str, str]] = []
    for pair in raw:
        if not isinstance(pair, list) or len(pair) != 2:
            raise LexiconError(f"{language}/language.toml: bad initial_rewrites entry {pair!r}")
        pairs.append(
            (normalize_term(str(pair[0]), language), normalize_term(str(pair[1]), language))
        )
    return tuple(pairs)


class _EntryBuilder:
    """Turns lexicon phrases into (normalised key, Term) pairs for the automaton."""

    def __init__(
        self,
        language: str,
        rewrites: tuple[tuple[str, str], ...],
        closed_endings: tuple[str, ...] = (),
    ) -> None:
        self.language = language
        self.rewrites = rewrites
        self.closed_endings = closed_endings
        self.entries: list[tuple[str, Term]] = []

    def add(
        self,
        phrases: tuple[str, ...] | list[str],
        kind: TermKind,
        key: str = "",
        index: int = 0,
        *,
        proper_name: bool = False,
        case_sensitive: bool = False,
    ) -> None:
        for phrase in phrases:
            wildcard = phrase.endswith("*")
            raw = phrase.rstrip("*").strip()
            if not raw:
                continue
            normalized = normalize_term(raw, self.language)
            surface = " ".join(normalize(raw, self.language).cased.split())
            case_rule: CaseRule = "none"
            if case_sensitive:
                case_rule = "exact"
            elif proper_name and surface[:1].isupper():
                case_rule = "capital"
            # Particles and cue words are written in full; one- or two-letter words would
            # otherwise also match longer words ("لا" + "يه" in "ولاية").
            inflects = (
                kind not in _PROPER_NAME_KINDS
                and kind != "modality"
                and key not in _EXACT_ROLES
                and len(normalized) > 2
                # A word ending in ta marbuta takes no suffix as written (مصادرة -> مصادرتها),
                # and after folding ة to ه a suffix would match other words (مصادرها).
                and not (self.closed_endings and raw.endswith(self.closed_endings))
            )
            term = Term(kind, key, index, surface, case_rule, wildcard, inflects)
            self.entries.append((normalized, term))
            for source, target in self.rewrites:
                # Arabic ال + ل -> لل: "للمغرب" holds "لمغرب", not "المغرب".
                if normalized.startswith(source) and len(normalized) > len(source) + 1:
                    self.entries.append((target + normalized[len(source) :], term))


def _hedged(phrases: Iterable[str], hedges: Iterable[str]) -> list[str]:
    """ "un narcotraficante" -> "un presunto narcotraficante", "a former smuggler": a
    determiner and a noun with a hedge word between them are still one person."""
    hedge_list = list(hedges)
    out: list[str] = []
    for phrase in phrases:
        words = phrase.split()
        if len(words) != 2 or words[1] in hedge_list:
            continue
        out.extend(f"{words[0]} {hedge} {words[1]}" for hedge in hedge_list)
    return out


def _lexicon_entries(builder: _EntryBuilder, lexicon: LanguageLexicon) -> None:
    for i, trigger in enumerate(lexicon.triggers):
        builder.add(trigger.phrases, "trigger", trigger.event_type, i)
    for role, phrases in lexicon.roles.items():
        if role == "agency_heads":  # its own kind: "Police Department" must not swallow "police"
            builder.add(phrases, "agency_head", role, proper_name=True)
        elif role not in GAP_ONLY_ROLES:
            builder.add(phrases, "role", role)
            if role == "single_person_nouns":
                builder.add(_hedged(phrases, lexicon.roles.get("hedge_words", ())), "role", role)
    for i, cue in enumerate(lexicon.modality):
        builder.add(cue.phrases, "modality", cue.kind, i)
    for i, item in enumerate(lexicon.items):
        builder.add(item.phrases, "item", item.category, i)
    for i, drug in enumerate(lexicon.drugs):
        builder.add(drug.phrases, "drug", drug.substance, i)
    for i, unit in enumerate(lexicon.units):
        builder.add(unit.phrases, "unit", unit.unit, i)
    for crime, phrases in lexicon.crimes.items():
        builder.add(phrases, "crime", crime)
    for i, org in enumerate(lexicon.organizations):
        builder.add(org.phrases, "organization", org.name, i, proper_name=True)
    for i, pattern in enumerate(lexicon.organization_patterns):
        builder.add(pattern.heads, "org_head", "", i)
    for i, sentence_unit in enumerate(lexicon.sentence_units):
        builder.add(sentence_unit.phrases, "sentence_unit", "", i)
    for kind, phrases in lexicon.sentence_kinds.items():
        builder.add(phrases, "sentence_kind", kind)
    for code, forms in lexicon.demonyms.items():
        builder.add(forms, "demonym", code, proper_name=True)


def _currencies(lexicon: LanguageLexicon) -> tuple[CurrencySpec, ...]:
    """The lexicon's colloquial forms first (they carry country rules), then CLDR names and
    the ISO codes themselves (matched case-sensitively: "EUR", "USD")."""
    excluded = {normalize_term(name, lexicon.language) for name in lexicon.currency_excludes}
    cldr = tuple(
        CurrencySpec(
            code=code,
            phrases=tuple(
                sorted(n for n in names if normalize_term(n, lexicon.language) not in excluded)
            ),
        )
        for code, names in sorted(cldr_currency_names(lexicon.language).items())
    )
    codes = tuple(
        CurrencySpec(code=code, phrases=(code,), case_sensitive=True)
        for code in sorted(iso_currency_codes())
    )
    return (*lexicon.currencies, *cldr, *codes)


def _gazetteer_entries(
    builder: _EntryBuilder,
    language: str,
    folder: Path,
    agencies: tuple[Agency, ...],
    places: tuple[PlaceEntry, ...],
    *,
    local_forces: tuple[LocalForce, ...] = (),
    state_force_heads: dict[str, tuple[str, ...]] | None = None,
) -> None:
    state_force_heads = state_force_heads or {}
    for code, names in load_country_names(language, folder).names.items():
        builder.add(names, "country", code, proper_name=True)
    for i, place in enumerate(places):
        builder.add(place_names(place, language), "place", place.country, i, proper_name=True)
    for i, agency in enumerate(agencies):
        builder.add(agency.acronyms, "agency", agency.name, i, case_sensitive=True)
        builder.add(agency.weak_acronyms, "agency", agency.name, i, case_sensitive=True)
        builder.add(agency_aliases(agency, language), "agency", agency.name, i, proper_name=True)
    builder.add(state_force_heads.get(language, ()), "agency_head", "state_force", proper_name=True)
    for i, force in enumerate(local_forces):
        # Head first, place after: the key is the English kind the name ends with.
        builder.add(force.heads.get(language, ()), "agency_head", force.english, i)


def compile_language(
    language: str,
    agencies: tuple[Agency, ...],
    places: tuple[PlaceEntry, ...],
    root: Path = LEXICON_ROOT,
    *,
    local_forces: tuple[LocalForce, ...] = (),
    state_force_heads: dict[str, tuple[str, ...]] | None = None,
) -> CompiledLanguage:
    lexicon = load_language(language, root)
    folder = root / language
    morphology = _read_toml(folder / "language.toml", required=False).get("morphology", {})
    builder = _EntryBuilder(
        language,
        _rewrites(morphology, language),
        _strings(morphology.get("closed_endings"), f"{language} closed_endings"),
    )
    _lexicon_entries(builder, lexicon)
    _gazetteer_entries(
        builder,
        language,
        folder,
        agencies,
        places,
        local_forces=local_forces,
        state_force_heads=state_force_heads,
    )
    currencies = _currencies(lexicon)
    for i, currency in enumerate(currencies):
        builder.add(
            currency.phrases, "currency", currency.code, i, case_sensitive=currency.case_sensitive
        )
    prefixes = _normalized_set(lexicon.prefixes, language)
    matcher = PhraseMatcher(
        builder.entries,
        prefixes=prefixes | {""},
        suffixes=_normalized_set(lexicon.suffixes, language),
        short_word_prefixes=_normalized_set(
            _strings(morphology.get("short_word_prefixes"), f"{language} short_word_prefixes"),
            language,
        ),
    )
    return CompiledLanguage(
        lexicon=lexicon,
        matcher=matcher,
        agencies=agencies,
        places=places,
        currencies=currencies,
        person_suffixes=_normalized_set(
            _strings(morphology.get("person_suffixes"), f"{language} person_suffixes"), language
        ),
        connectors=_normalized_set(lexicon.roles.get("connectors", ()), language) | prefixes,
        prefixes=prefixes,
        passive_auxiliaries=_normalized_set(lexicon.roles.get("passive_auxiliaries", ()), language),
        dual_person_suffixes=_normalized_set(
            _strings(morphology.get("dual_person_suffixes"), f"{language} dual_person_suffixes"),
            language,
        ),
        singular_auxiliaries=_role_set(lexicon, "singular_auxiliaries"),
        verb_coordinators=_role_set(lexicon, "verb_coordinators"),
        plural_auxiliaries=_role_set(lexicon, "plural_auxiliaries"),
        single_determiners=_role_set(lexicon, "single_determiners"),
        other_words=_role_set(lexicon, "other_words"),
        singular_object_pronouns=_role_set(lexicon, "singular_object_pronouns"),
        plural_pronouns=_role_set(lexicon, "plural_pronouns"),
        plural_object_pronouns=_role_set(lexicon, "plural_object_pronouns"),
        generic_agent_nouns=_role_set(lexicon, "generic_agent_nouns"),
        definite_articles=_role_set(lexicon, "definite_articles"),
        possessives=_role_set(lexicon, "possessives"),
        partitive_leads=_role_set(lexicon, "partitive_leads"),
        source_cues=_role_set(lexicon, "source_cues"),
        handover_cues=_role_set(lexicon, "handover_cues"),
        street_nouns=_role_set(lexicon, "street_nouns"),
        parent_links=_role_set(lexicon, "parent_links"),
        unit_links=_role_set(lexicon, "unit_links"),
        during_words=_role_set(lexicon, "during_words"),
        ordinal_words=_role_set(lexicon, "ordinal_words"),
        judge_charges=_role_set(lexicon, "judge_charges"),
        police_releases=_role_set(lexicon, "police_releases"),
        each_of=_role_set(lexicon, "each_of"),
        partitive_links=_role_set(lexicon, "partitive_links"),
        cargo_verbs=_role_set(lexicon, "cargo_verbs"),
        suspension_leads=tuple(sorted(_role_set(lexicon, "suspension_leads"))),
        one_words=_role_set(lexicon, "one_words"),
        half_after=_phrase_regex(_role_set(lexicon, "half_after"), r"\s*(?:", r")(?!\w)"),
        kind_of=_phrase_regex(_role_set(lexicon, "kind_of_links"), "(?:", r")\s*"),
        generic_force_nouns=_role_set(lexicon, "generic_force_nouns"),
        participle_endings=tuple(
            sorted(
                _normalized_set(
                    _strings(
                        morphology.get("participle_endings"), f"{language} participle_endings"
                    ),
                    language,
                )
            )
        ),
        future_endings=tuple(
            sorted(
                _normalized_set(
                    _strings(morphology.get("future_endings"), f"{language} future_endings"),
                    language,
                )
            )
        ),
        dual_plural_endings=tuple(
            sorted(
                _normalized_set(
                    _strings(
                        morphology.get("dual_plural_endings"), f"{language} dual_plural_endings"
                    ),
                    language,
                )
            )
        ),
        auxiliaries=_role_set(lexicon, "singular_auxiliaries")
        | _role_set(lexicon, "plural_auxiliaries")
        | _role_set(lexicon, "passive_auxiliaries"),
        single_person_suffixes=_normalized_set(
            _strings(
                morphology.get("single_person_suffixes"), f"{language} single_person_suffixes"
            ),
            language,
        ),
    )


def _phrase_regex(phrases: frozenset[str], before: str, after: str) -> re.Pattern[str]:
    """One regex for a role's phrases (longest first, any run of spaces between words); a
    pattern that never matches when the language lists none."""
    if not phrases:
        return re.compile(r"(?!)")
    alternatives = (
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(before + "|".join(alternatives) + after)


def _role_set(lexicon: LanguageLexicon, role: str) -> frozenset[str]:
    return _normalized_set(lexicon.roles.get(role, ()), lexicon.language)


def _normalized_set(values: frozenset[str] | tuple[str, ...], language: str) -> frozenset[str]:
    return frozenset(normalize_term(v, language) for v in values)
