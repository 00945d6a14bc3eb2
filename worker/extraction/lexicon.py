"""Loading and validating the TOML lexicons of one language into typed, frozen dataclasses.

A language is a folder ``lexicons/<lang>/`` of TOML files (format in
docs/extraction-design.md). Nothing here knows a language: every word the engine looks for
comes from these files, so adding a language is adding a folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast, get_args

from worker.models import EVENT_TYPES, EventType, ItemCategory, Unit

LEXICON_ROOT = Path(__file__).with_name("lexicons")
SHARED_DIR = LEXICON_ROOT / "shared"

ObjectRequirement = Literal[
    "any",
    "person",
    "goods",
    "person_or_goods",
    "group",
    "premises",
    "state",
    "executed",
    "term",
]
CueKind = Literal["negation", "future", "hypothetical", "warrant", "request", "statistic"]
NameSide = Literal["before", "after"]
SentenceKindName = Literal["life", "death", "suspended"]

_OBJECT_REQUIREMENTS: tuple[str, ...] = get_args(ObjectRequirement)
_CUE_KINDS: tuple[str, ...] = get_args(CueKind)
_ITEM_CATEGORIES: tuple[str, ...] = get_args(ItemCategory)
_UNITS: tuple[str, ...] = get_args(Unit)

# Word lists of events.toml [roles] that the engine knows how to use; an unknown role name is
# a typo in a lexicon and fails loudly at start-up rather than silently matching nothing.
# Roles only looked up in the text between two hits, never searched for: one-letter
# connectors such as Arabic و would otherwise hit everywhere.
EVENT_GAP_ROLES: frozenset[str] = frozenset(
    {
        "connectors",
        "count_gap_words",
        "passive_auxiliaries",
        "singular_auxiliaries",
        "plural_auxiliaries",
        "single_determiners",
        "added_determiners",
        "period_leads",
        "hedge_words",
        "verb_coordinators",
        "infinitive_links",
        "other_words",
        "singular_object_pronouns",
        "plural_pronouns",
        "plural_object_pronouns",
        "generic_agent_nouns",
        "definite_articles",
        "possessives",
        "demonstratives",
        "evaluative_verbs",
        "partitive_leads",
        "source_cues",
        "handover_cues",
        "credit_cues",
        "entrusted_cues",
        "tip_cues",
        "tip_verbs",
        "reported_clause",
        "ruling_verbs",
        "street_nouns",
        "locality_nouns",
        "based_suffixes",
        "parent_links",
        "unit_links",
        "during_words",
        "ordinal_words",
        "judge_charges",
        "each_of",
        "police_releases",
        "partitive_links",
        "cargo_verbs",
        "bystander_verbs",
        "at_large",
        "suspension_leads",
        "one_words",
        "half_after",
        "kind_of_links",
        "generic_force_nouns",
        "personal_a",
        "personal_a_exceptions",
        "subject_pronouns",
        "not_names",
        "not_surnames",
        "alias_words",
        "not_local_words",
        "titles",
        "state_links",
        "term_leads",
        "dual_term_units",
        "single_term_units",
        "range_links",
        "range_from",
        "follow_links",
        "term_prepositions",
        "age_cues",
        "age_after",
        "duration_of",
        "other_penalties",
        "range_summaries",
        "age_links",
        "age_list_leads",
        "age_list_units",
        "term_heads",
        "person_links",
        "breakdown_leads",
        "dual_pronouns",
        "genitive_endings",
        "one_of",
        "group_pronouns",
        "executions",
        "held_links",
        "aboard_links",
        "partitive_pronouns",
        "imposed_words",
        "custody_steps",
        "linked_triggers",
        "object_links",
        "home_states",
        "handover_bodies",
        "noun_triggers",
        "noun_determiners",
        "region_heads",
        "same_region_words",
        "one_words_after",
        "plan_nouns",
        "object_determiners",
        "neutral_determiners",
        "noun_object_determiners",
        "object_prepositions",
        "object_ends",
        "not_person_heads",
        "plural_nouns",
        "active_auxiliaries",
        "singular_subject_triggers",
        "defendant_verbs",
        "singular_defendant_verbs",
        "relative_leads",
        "apposition_leads",
    }
)
# Roles whose phrases are searched for in the text, like triggers.
SEARCHED_ROLES: frozenset[str] = frozenset(
    {
        "person_nouns",
        "appearance_verbs",
        "court_steps",
        "handover_steps",
        "relation_nouns",
        "single_person_nouns",
        "dual_person_nouns",
        "agent_nouns",
        "court_nouns",
        "group_nouns",
        "total",
        "part",
        "assist",
        "origin",
        "personal_origin",
        "destination",
        "border",
        "clause_breaks",
        "separate_occasion",
        "roundup_openers",
        "premises",
        "agency_heads",
        "period_totals",
    }
)
EVENT_ROLES: frozenset[str] = SEARCHED_ROLES | EVENT_GAP_ROLES
# items.toml lists looked up next to a hit, never searched for.
ITEM_GAP_ROLES: frozenset[str] = frozenset(
    {"not_one_after_article", "calibre_words", "load_nouns", "value_links", "one_unit_words"}
)
ITEM_ROLES: frozenset[str] = ITEM_GAP_ROLES | frozenset(
    {
        "containers",
        "value",
        "total_value",
        "excluded_value",
        "cash",
        "generic_goods",
        "locative",
    }
)
# modality.toml lists looked up around a trigger or a date, never searched for.
MODALITY_GAP_ROLES: frozenset[str] = frozenset(
    {
        "future_words",
        "earlier_clause_leads",
        "split_pluperfect_auxiliaries",
        "split_pluperfect_particles",
    }
)
MODALITY_ROLES: frozenset[str] = (
    frozenset(
        {
            "blockers",
            "background",
            "elapsed",
            "past_after",
            "pluperfect",
            "announcement",
            "record",
            "running_since",
            "current_year",
            "fiction_frames",
            "fiction_plots",
            "sport_words",
        }
    )
    | MODALITY_GAP_ROLES
)
GAP_ONLY_ROLES: frozenset[str] = EVENT_GAP_ROLES | MODALITY_GAP_ROLES | ITEM_GAP_ROLES
# language.toml [grammar]: true/false properties of the language the rules read instead of
# its name (all false when absent).
GRAMMAR_FLAGS: frozenset[str] = frozenset(
    {
        "demonyms_are_adjectives",
        "bare_term_after_plural_persons",
        "bare_participle_is_passive",
        "lowercase_weekdays",
        "adjectives_follow_nouns",
    }
)


class LexiconError(ValueError):
    """A lexicon file is missing, malformed or refers to an unknown name."""


@dataclass(frozen=True)
class TriggerSpec:
    """Words that announce one event type.

    ``object`` says what must follow (or surround) the trigger for it to count: ``person``
    (Arabic إيقاف, English "held"), ``goods``, ``group`` (a network for تصفية) or
    ``person_or_goods`` (Arabic ضبط: an arrest when persons follow, ``alternative`` when goods).
    """

    event_type: EventType
    strength: float
    phrases: tuple[str, ...]
    object: ObjectRequirement = "any"
    alternative: EventType | None = None


@dataclass(frozen=True)
class ModalityCue:
    """Words that make a nearby trigger not an event (denial, plan, hypothesis, warrant)."""

    kind: CueKind
    before: int  # characters before the trigger in which the cue counts
    after: int  # characters after the trigger
    types: frozenset[str]  # empty: every event type
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class ItemSpec:
    category: ItemCategory
    label: str
    phrases: tuple[str, ...]
    generic: bool = False  # "weapons", "drugs": dropped when a specific kind is present
    count: int | None = None  # a count the word itself carries (Arabic dual: بندقيتا = 2)


@dataclass(frozen=True)
class DrugSpec:
    substance: str
    phrases: tuple[str, ...]
    generic: bool = False
    # "the same drug", "المخدر ذاته": the substance named last before it (``substance`` when
    # none is)
    anaphoric: bool = False
    # a word that names the drug only when weighed ("5 kg of ice"): no item without a quantity
    measured: bool = False


@dataclass(frozen=True)
class UnitSpec:
    unit: Unit
    factor: float  # multiply the stated amount by this to get ``unit`` (pounds -> kg)
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class CurrencySpec:
    """A currency name; ``code`` may be "" when only the article's country decides it."""

    code: str
    phrases: tuple[str, ...]
    by_country: dict[str, str] = field(default_factory=dict)
    case_sensitive: bool = False


@dataclass(frozen=True)
class OrganizationSpec:
    name: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class OrganizationPattern:
    """A head word ("cartel", "clan") whose name stands on ``name_side`` of it."""

    heads: tuple[str, ...]
    name_side: NameSide
    label: str  # how the canonical name is built: "{name} cartel"


@dataclass(frozen=True)
class SentenceUnit:
    months: float
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class LanguageLexicon:
    """Everything the engine needs to know about one language."""

    language: str
    prefixes: frozenset[str]
    suffixes: frozenset[str]
    triggers: tuple[TriggerSpec, ...]
    roles: dict[str, tuple[str, ...]]
    modality: tuple[ModalityCue, ...]
    items: tuple[ItemSpec, ...]
    drugs: tuple[DrugSpec, ...]
    units: tuple[UnitSpec, ...]
    currencies: tuple[CurrencySpec, ...]
    crimes: dict[str, tuple[str, ...]]
    organizations: tuple[OrganizationSpec, ...]
    organization_patterns: tuple[OrganizationPattern, ...]
    sentence_units: tuple[SentenceUnit, ...]
    sentence_kinds: dict[SentenceKindName, tuple[str, ...]]
    demonyms: dict[str, tuple[str, ...]]
    # CLDR currency names that are common words here ("bolivianos" = Bolivians).
    currency_excludes: tuple[str, ...] = ()
    # events.toml [abbreviations]: a word as written in agency heads -> the full word
    # ("Dept" -> "Department").
    abbreviations: dict[str, str] = field(default_factory=dict)
    # items.toml [currency_scales]: a scale letter between figures and a currency symbol
    # ("5M€") -> its value.
    currency_scales: dict[str, float] = field(default_factory=dict)
    # events.toml [ordinals]: an ordinal by a person noun ("a third", "ثالث") -> its rank
    ordinals: dict[str, int] = field(default_factory=dict)


def available_languages(root: Path = LEXICON_ROOT) -> tuple[str, ...]:
    """Languages with a lexicon folder (one holding an events.toml)."""
    if not root.is_dir():
        return ()
    return tuple(
        sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "events.toml").is_file())
    )


def _read_toml(path: Path, required: bool = True) -> dict[str, Any]:
    if not path.is_file():
        if required:
            raise LexiconError(f"missing lexicon file: {path}")
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a list of strings")
    return tuple(v for v in cast("list[str]", value) if v.strip())


def _table_list(data: dict[str, Any], key: str, where: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise LexiconError(f"{where}: [[{key}]] must be an array of tables")
    return cast("list[dict[str, Any]]", value)


def _choice(value: object, allowed: tuple[str, ...], where: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise LexiconError(f"{where}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _roles(data: dict[str, Any], allowed: frozenset[str], where: str) -> dict[str, tuple[str, ...]]:
    roles: dict[str, tuple[str, ...]] = {}
    for name, phrases in data.items():
        if name not in allowed:
            raise LexiconError(f"{where}: unknown role {name!r}")
        roles[name] = _strings(phrases, f"{where}.{name}")
    return roles


def _load_triggers(data: dict[str, Any], where: str) -> tuple[TriggerSpec, ...]:
    triggers: list[TriggerSpec] = []
    for i, raw in enumerate(_table_list(data, "trigger", where)):
        here = f"{where} trigger #{i + 1}"
        alternative = raw.get("alternative")
        triggers.append(
            TriggerSpec(
                event_type=cast("EventType", _choice(raw.get("type"), EVENT_TYPES, here)),
                strength=float(raw.get("strength", 0.7)),
                phrases=_strings(raw.get("phrases"), here),
                object=cast(
                    "ObjectRequirement",
                    _choice(raw.get("object", "any"), _OBJECT_REQUIREMENTS, here),
                ),
                alternative=(
                    None
                    if alternative is None
                    else cast("EventType", _choice(alternative, EVENT_TYPES, here))
                ),
            )
        )
    return tuple(triggers)


def _load_modality(data: dict[str, Any], where: str) -> tuple[ModalityCue, ...]:
    cues: list[ModalityCue] = []
    for i, raw in enumerate(_table_list(data, "cue", where)):
        here = f"{where} cue #{i + 1}"
        types = frozenset(_strings(raw.get("types", []), here))
        unknown = types.difference(EVENT_TYPES)
        if unknown:
            raise LexiconError(f"{here}: unknown event types {sorted(unknown)}")
        cues.append(
            ModalityCue(
                kind=cast("CueKind", _choice(raw.get("kind"), _CUE_KINDS, here)),
                before=int(raw.get("before", 60)),
                after=int(raw.get("after", 0)),
                types=types,
                phrases=_strings(raw.get("phrases"), here),
            )
        )
    return tuple(cues)


def _load_items(
    data: dict[str, Any], where: str
) -> tuple[tuple[ItemSpec, ...], tuple[DrugSpec, ...], tuple[UnitSpec, ...]]:
    items = tuple(
        ItemSpec(
            category=cast(
                "ItemCategory", _choice(raw.get("category"), _ITEM_CATEGORIES, f"{where} item")
            ),
            label=str(raw.get("label", raw.get("category"))),
            phrases=_strings(raw.get("phrases"), f"{where} item"),
            generic=bool(raw.get("generic", False)),
            count=None if raw.get("count") is None else int(raw["count"]),
        )
        for raw in _table_list(data, "item", where)
    )
    drugs = tuple(
        DrugSpec(
            substance=str(raw["substance"]),
            phrases=_strings(raw.get("phrases"), f"{where} drug"),
            generic=bool(raw.get("generic", False)),
            anaphoric=bool(raw.get("anaphoric", False)),
            measured=bool(raw.get("measured", False)),
        )
        for raw in _table_list(data, "drug", where)
    )
    units = tuple(
        UnitSpec(
            unit=cast("Unit", _choice(raw.get("unit"), _UNITS, f"{where} unit")),
            factor=float(raw.get("factor", 1.0)),
            phrases=_strings(raw.get("phrases"), f"{where} unit"),
        )
        for raw in _table_list(data, "unit", where)
    )
    return items, drugs, units


def _load_currencies(data: dict[str, Any], where: str) -> tuple[CurrencySpec, ...]:
    currencies: list[CurrencySpec] = []
    for raw in _table_list(data, "currency", where):
        by_country = raw.get("by_country", {})
        if not isinstance(by_country, dict):
            raise LexiconError(f"{where}: by_country must be a table")
        currencies.append(
            CurrencySpec(
                code=str(raw.get("code", "")),
                phrases=_strings(raw.get("phrases"), f"{where} currency"),
                by_country={str(k): str(v) for k, v in by_country.items()},
                case_sensitive=bool(raw.get("case_sensitive", False)),
            )
        )
    return tuple(currencies)


def _load_organizations(
    data: dict[str, Any], where: str
) -> tuple[tuple[OrganizationSpec, ...], tuple[OrganizationPattern, ...]]:
    organizations = tuple(
        OrganizationSpec(name=str(raw["name"]), phrases=_strings(raw.get("phrases"), where))
        for raw in _table_list(data, "organization", where)
    )
    patterns = tuple(
        OrganizationPattern(
            heads=_strings(raw.get("heads"), where),
            name_side=cast("NameSide", _choice(raw.get("name_side"), ("before", "after"), where)),
            label=str(raw.get("label", "{name}")),
        )
        for raw in _table_list(data, "pattern", where)
    )
    return organizations, patterns


def _load_sentence_terms(
    data: dict[str, Any], where: str
) -> tuple[tuple[SentenceUnit, ...], dict[SentenceKindName, tuple[str, ...]]]:
    units = tuple(
        SentenceUnit(months=float(raw["months"]), phrases=_strings(raw.get("phrases"), where))
        for raw in _table_list(data, "unit", where)
    )
    kinds: dict[SentenceKindName, tuple[str, ...]] = {}
    for kind in get_args(SentenceKindName):
        kinds[kind] = _strings(data.get(kind), f"{where}.{kind}")
    return units, kinds


def check_tables(
    data: dict[str, Any], tables: frozenset[str], keys: dict[str, frozenset[str]], where: str
) -> None:
    """Fail on a table of a lexicon file, or a key of one of ``keys``' tables, that the
    engine does not read: a typo would otherwise silently change nothing."""
    for table, content in data.items():
        if table not in tables:
            raise LexiconError(f"{where}: unknown table [{table}]")
        known = keys.get(table)
        if known is not None and isinstance(content, dict):
            unknown = sorted(set(content) - known)
            if unknown:
                raise LexiconError(f"{where} [{table}]: unknown keys {unknown}")


def grammar_flags(data: dict[str, Any], where: str) -> frozenset[str]:
    """The language.toml [grammar] flags set to true; an unknown name or a value that is not
    true/false fails loudly."""
    table = data.get("grammar", {})
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: [grammar] must be a table")
    for name, value in table.items():
        if name not in GRAMMAR_FLAGS:
            raise LexiconError(f"{where} [grammar]: unknown flag {name!r}")
        if not isinstance(value, bool):
            raise LexiconError(f"{where} [grammar] {name}: expected true or false")
    return frozenset(name for name, value in table.items() if value)


def _load_currency_scales(data: dict[str, Any], where: str) -> dict[str, float]:
    table = data.get("currency_scales", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in table.values()
    ):
        raise LexiconError(f"{where}: [currency_scales] must be a table of numbers")
    return {str(letters): float(value) for letters, value in table.items()}


def _load_abbreviations(data: dict[str, Any], where: str) -> dict[str, str]:
    table = data.get("abbreviations", {})
    if not isinstance(table, dict) or not all(isinstance(v, str) for v in table.values()):
        raise LexiconError(f"{where}: [abbreviations] must be a table of strings")
    return {str(short): str(full) for short, full in table.items()}


def _load_ordinals(data: dict[str, Any], where: str) -> dict[str, int]:
    table = data.get("ordinals", {})
    if not isinstance(table, dict) or not all(
        isinstance(v, int) and not isinstance(v, bool) and v > 1 for v in table.values()
    ):
        raise LexiconError(f"{where}: [ordinals] must be a table of ranks (integers above 1)")
    return {str(phrase): int(rank) for phrase, rank in table.items()}


def _load_demonyms(data: dict[str, Any], where: str) -> dict[str, tuple[str, ...]]:
    table = data.get("demonyms", {})
    if not isinstance(table, dict):
        raise LexiconError(f"{where}: [demonyms] must be a table")
    return {str(code).upper(): _strings(forms, where) for code, forms in table.items()}


def load_language(language: str, root: Path = LEXICON_ROOT) -> LanguageLexicon:
    """Read and validate ``lexicons/<language>/*.toml``."""
    folder = root / language
    events = _read_toml(folder / "events.toml")
    where = f"{language}/events.toml"
    morphology = _read_toml(folder / "language.toml", required=False).get("morphology", {})
    modality = _read_toml(folder / "modality.toml", required=False)
    items_data = _read_toml(folder / "items.toml", required=False)
    items, drugs, units = _load_items(items_data, f"{language}/items.toml")
    organizations, patterns = _load_organizations(
        _read_toml(folder / "organizations.toml", required=False), f"{language}/organizations.toml"
    )
    sentence_units, sentence_kinds = _load_sentence_terms(
        events.get("sentence", {}), f"{where} [sentence]"
    )
    roles = _roles(events.get("roles", {}), EVENT_ROLES, f"{where} [roles]")
    roles.update(_roles(items_data.get("roles", {}), ITEM_ROLES, f"{language}/items.toml"))
    roles.update(
        _roles(
            {k: v for k, v in modality.items() if k != "cue"},
            MODALITY_ROLES,
            f"{language}/modality.toml",
        )
    )
    crimes_table = _read_toml(folder / "crimes.toml", required=False).get("crimes", {})
    currency_data = _read_toml(folder / "currencies.toml", required=False)
    return LanguageLexicon(
        language=language,
        prefixes=frozenset(_strings(morphology.get("prefixes"), "prefixes")),
        suffixes=frozenset(_strings(morphology.get("suffixes"), "suffixes")),
        triggers=_load_triggers(events, where),
        roles=roles,
        modality=_load_modality(modality, f"{language}/modality.toml"),
        items=items,
        drugs=drugs,
        units=units,
        currencies=_load_currencies(currency_data, f"{language}/currencies.toml"),
        currency_excludes=_strings(
            currency_data.get("exclude", []), f"{language}/currencies.toml exclude"
        ),
        crimes={str(k): _strings(v, f"crimes.{k}") for k, v in crimes_table.items()},
        organizations=organizations,
        organization_patterns=patterns,
        sentence_units=sentence_units,
        sentence_kinds=sentence_kinds,
        demonyms=_load_demonyms(
            _read_toml(folder / "demonyms.toml", required=False), f"{language}/demonyms.toml"
        ),
        abbreviations=_load_abbreviations(events, where),
        ordinals=_load_ordinals(events, where),
        currency_scales=_load_currency_scales(items_data, f"{language}/items.toml"),
    )
