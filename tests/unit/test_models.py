"""The public message models of CONTRACT.md sections 1 and 2."""

from datetime import date

import pytest
from pydantic import ValidationError

from worker.models import (
    EVENT_ADAPTER,
    ArrestEvent,
    Article,
    ArticleRef,
    Evidence,
    SeizedItem,
    SeizureEvent,
    make_event_id,
)


def _event_fields() -> dict[str, object]:
    return {
        "event_id": "e1",
        "article": ArticleRef(id="a1"),
        "evidence": [Evidence(start=0, end=4, text="held")],
        "confidence": 0.8,
        "extractor_version": "test",
    }


def test_article_accepts_body_as_alias_of_text() -> None:
    """Scrapers that send `body` instead of `text` are understood."""
    article = Article.model_validate({"id": "a", "body": "Police arrested two men."})
    assert article.text == "Police arrested two men."


def test_article_accepts_content_as_alias_of_text() -> None:
    """`content` is the other accepted alias of `text`."""
    assert Article.model_validate({"id": "a", "content": "x"}).text == "x"


def test_article_ignores_unknown_fields() -> None:
    """Extra fields from a newer scraper do not make the message invalid."""
    article = Article.model_validate({"id": "a", "text": "x", "scraper_build": 7})
    assert article.id == "a"


def test_article_requires_id() -> None:
    """A message without `id` is invalid."""
    with pytest.raises(ValidationError, match="id"):
        Article.model_validate({"text": "x"})


def test_article_rejects_overlong_id() -> None:
    """Ids are limited to 512 characters."""
    with pytest.raises(ValidationError):
        Article.model_validate({"id": "x" * 513, "text": "x"})


def test_article_language_keeps_primary_subtag_lower_case() -> None:
    """'EN-gb' is read as the ISO 639-1 code 'en'."""
    assert Article.model_validate({"id": "a", "text": "x", "language": "EN-gb"}).language == "en"


def test_article_language_rejects_non_iso_code() -> None:
    """A language name instead of a code is a schema error."""
    with pytest.raises(ValidationError, match="ISO 639-1"):
        Article.model_validate({"id": "a", "text": "x", "language": "english"})


def test_article_published_date_from_datetime_with_z() -> None:
    """A UTC date-time with a trailing Z gives its calendar day."""
    article = Article.model_validate(
        {"id": "a", "text": "x", "published_at": "2024-03-14T23:30:00Z"}
    )
    assert article.published_date() == date(2024, 3, 14)


def test_article_rejects_unparseable_published_at() -> None:
    """`published_at` must be ISO 8601."""
    with pytest.raises(ValidationError, match="ISO 8601"):
        Article.model_validate({"id": "a", "text": "x", "published_at": "last Tuesday"})


def test_event_union_discriminates_on_type() -> None:
    """A serialised seizure reads back as a SeizureEvent with its items."""
    event = SeizureEvent(
        **_event_fields(),  # type: ignore[arg-type]
        items=[SeizedItem(category="drug", substance="cocaine", quantity=2.0, unit="kg")],
    )
    parsed = EVENT_ADAPTER.validate_json(event.model_dump_json())
    assert isinstance(parsed, SeizureEvent)
    assert parsed.items[0].substance == "cocaine"


def test_arrest_has_no_seizure_fields() -> None:
    """Fields of other types are absent from an arrest (records are typed)."""
    payload = ArrestEvent(**_event_fields()).model_dump()  # type: ignore[arg-type]
    assert "items" not in payload
    assert "sentence_months" not in payload
    assert payload["type"] == "arrest"


def test_event_requires_evidence() -> None:
    """Every event carries at least one evidence span."""
    fields = _event_fields() | {"evidence": []}
    with pytest.raises(ValidationError):
        ArrestEvent(**fields)  # type: ignore[arg-type]


def test_event_rejects_lower_case_country_code() -> None:
    """Countries are ISO 3166-1 alpha-2 in upper case."""
    with pytest.raises(ValidationError):
        ArrestEvent(**_event_fields(), countries=["rs"])  # type: ignore[arg-type]


def test_event_id_is_deterministic() -> None:
    """Same article text and extractor version give the same id."""
    first = make_event_id("a1", "text", "1.0", "arrest", 10)
    assert first == make_event_id("a1", "text", "1.0", "arrest", 10)


def test_event_id_changes_with_extractor_version() -> None:
    """A new extractor version gives new ids (its events may differ)."""
    assert make_event_id("a1", "text", "1.0", "arrest", 10) != make_event_id(
        "a1", "text", "1.1", "arrest", 10
    )
