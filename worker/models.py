"""The public message shapes of CONTRACT.md: articles in, typed event records out.

These models are the single source of the JSON Schemas in ``schemas/``; change them only
together with a new ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Annotated, Literal, TypeAlias, get_args

from pydantic import (
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    TypeAdapter,
    field_validator,
)

SCHEMA_VERSION: Literal["1"] = "1"

CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
PartialDate = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Qualifier = Literal["exact", "approximate", "at_least"]
EventType = Literal[
    "arrest",
    "raid",
    "seizure",
    "charge",
    "conviction",
    "sentence",
    "extradition",
    "dismantling",
    "release",
]
EVENT_TYPES: tuple[EventType, ...] = get_args(EventType)
ItemCategory = Literal[
    "money",
    "drug",
    "weapon",
    "ammunition",
    "explosive",
    "vehicle",
    "vessel",
    "jewelry",
    "watch",
    "electronics",
    "document",
    "real_estate",
    "other",
]
Unit = Literal["g", "kg", "t", "pills", "l"]
SentenceKind = Literal["prison", "suspended", "life", "death"]


def parse_published_at(value: str) -> date | datetime:
    """Parse an ISO 8601 date or date-time (a trailing ``Z`` is accepted)."""
    text = value.strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))


class Article(BaseModel):
    """An article message as the scraper publishes it (CONTRACT.md section 1)."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)

    id: Annotated[str, StringConstraints(min_length=1, max_length=512)]
    text: str = Field(validation_alias=AliasChoices("text", "body", "content"))
    title: str | None = None
    url: str | None = None
    language: str | None = Field(
        default=None, description="ISO 639-1 code; detected when absent or null"
    )
    published_at: str | None = Field(
        default=None, description="ISO 8601 date or date-time: base for relative dates"
    )
    source: str | None = None

    @field_validator("language", mode="before")
    @classmethod
    def _normalise_language(cls, value: object) -> object:
        # Scrapers send "EN", "en-GB" or "" often enough; keep the primary subtag.
        if isinstance(value, str):
            primary = value.strip().replace("_", "-").split("-", 1)[0].lower()
            if not primary:
                return None
            if len(primary) != 2 or not primary.isascii() or not primary.isalpha():
                raise ValueError(f"not an ISO 639-1 code: {value!r}")
            return primary
        return value

    @field_validator("published_at", mode="before")
    @classmethod
    def _check_published_at(cls, value: object) -> object:
        if isinstance(value, str):
            if not value.strip():
                return None
            try:
                parse_published_at(value)
            except ValueError as exc:
                raise ValueError(f"not an ISO 8601 date or date-time: {value!r}") from exc
            return value.strip()
        return value

    def published_date(self) -> date | None:
        """The publication day, the base for relative and year-less dates."""
        if self.published_at is None:
            return None
        parsed = parse_published_at(self.published_at)
        return parsed.date() if isinstance(parsed, datetime) else parsed


class ArticleRef(BaseModel):
    """The article an event came from, with the language actually used for extraction."""

    id: str
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published_at: str | None = None
    source: str | None = None


class Evidence(BaseModel):
    """A span of the article's ``text`` (offsets in Unicode code points, end exclusive)."""

    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]
    text: str


class NamedMention(BaseModel):
    """A canonical name and the words the article used for it."""

    name: str
    mention: str


class Place(BaseModel):
    name: str
    country: CountryCode | None = None


class MoneyValue(BaseModel):
    amount: float
    currency: CurrencyCode


class SeizedItem(BaseModel):
    """One kind of thing seized; which fields are filled depends on ``category``."""

    category: ItemCategory
    label: str | None = None
    count: int | None = None
    quantity: float | None = None
    unit: Unit | None = None
    substance: str | None = None
    amount: float | None = None
    currency: CurrencyCode | None = None
    qualifier: Qualifier | None = None


class _EventBase(BaseModel):
    model_config = ConfigDict(extra="forbid")

    event_id: str
    schema_version: Literal["1"] = SCHEMA_VERSION
    article: ArticleRef
    background: bool = False
    occurred_on: PartialDate | None = None
    countries: list[CountryCode] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    agencies: list[NamedMention] = Field(default_factory=list)
    organizations: list[NamedMention] = Field(default_factory=list)
    crimes: list[str] = Field(default_factory=list)
    evidence: Annotated[list[Evidence], Field(min_length=1)]
    confidence: Annotated[float, Field(ge=0.0, le=1.0)]
    extractor_version: str


class _PersonsEvent(_EventBase):
    persons_count: Annotated[int, Field(ge=0)] | None = None
    persons_count_qualifier: Qualifier | None = None


class ArrestEvent(_PersonsEvent):
    type: Literal["arrest"] = "arrest"


class RaidEvent(_EventBase):
    type: Literal["raid"] = "raid"


class SeizureEvent(_EventBase):
    type: Literal["seizure"] = "seizure"
    items: list[SeizedItem] = Field(default_factory=list)
    total_value: MoneyValue | None = None


class ChargeEvent(_PersonsEvent):
    type: Literal["charge"] = "charge"


class ConvictionEvent(_PersonsEvent):
    type: Literal["conviction"] = "conviction"


class SentenceEvent(_PersonsEvent):
    type: Literal["sentence"] = "sentence"
    sentence_months: Annotated[int, Field(ge=0)] | None = None
    sentence_kind: SentenceKind | None = None


class ExtraditionEvent(_PersonsEvent):
    type: Literal["extradition"] = "extradition"
    from_country: CountryCode | None = None
    to_country: CountryCode | None = None


class DismantlingEvent(_EventBase):
    type: Literal["dismantling"] = "dismantling"


class ReleaseEvent(_PersonsEvent):
    type: Literal["release"] = "release"


Event: TypeAlias = Annotated[
    ArrestEvent
    | RaidEvent
    | SeizureEvent
    | ChargeEvent
    | ConvictionEvent
    | SentenceEvent
    | ExtraditionEvent
    | DismantlingEvent
    | ReleaseEvent,
    Field(discriminator="type"),
]

EVENT_ADAPTER: TypeAdapter[Event] = TypeAdapter(Event)

EVENT_CLASSES: dict[EventType, type[_EventBase]] = {
    "arrest": ArrestEvent,
    "raid": RaidEvent,
    "seizure": SeizureEvent,
    "charge": ChargeEvent,
    "conviction": ConvictionEvent,
    "sentence": SentenceEvent,
    "extradition": ExtraditionEvent,
    "dismantling": DismantlingEvent,
    "release": ReleaseEvent,
}


def make_event_id(
    article_id: str, text: str, extractor_version: str, event_type: str, anchor: int
) -> str:
    """A deterministic id: the same article text and extractor version give the same ids.

    ``anchor`` tells apart two events of one type in one article (the offset of the first
    evidence span is a good one: it is stable for a given text and extractor).
    """
    digest = hashlib.sha256()
    for part in (article_id, text, extractor_version, event_type, str(anchor)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()[:32]


DeadLetterReason = Literal[
    "not_utf8", "not_json", "schema_invalid", "too_large", "extraction_failed"
]


class DeadLetterHeaders(BaseModel):
    """Headers of a dead-letter message; its key and value are the original bytes, unchanged."""

    model_config = ConfigDict(populate_by_name=True)

    error_reason: DeadLetterReason = Field(alias="error-reason")
    error_detail: str = Field(alias="error-detail", description="Short human-readable text")
    source_topic: str = Field(alias="source-topic")
    source_partition: str = Field(alias="source-partition", pattern=r"^\d+$")
    source_offset: str = Field(alias="source-offset", pattern=r"^\d+$")
    failed_at: str = Field(alias="failed-at", description="ISO 8601 date-time, UTC")
