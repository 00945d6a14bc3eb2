"""construct() builds the same record as model_construct(), only faster."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel, Field

from worker.extraction.construct import construct
from worker.models import EVENT_CLASSES, ArticleRef, Evidence, NamedMention


def _same(a: BaseModel, b: BaseModel) -> None:
    assert type(a) is type(b)
    assert list(a.__dict__.items()) == list(b.__dict__.items())
    assert a.model_fields_set == b.model_fields_set
    assert a.__pydantic_extra__ == b.__pydantic_extra__
    assert a.__pydantic_private__ == b.__pydantic_private__
    assert a.model_dump_json() == b.model_dump_json()
    assert a.model_dump(exclude_unset=True) == b.model_dump(exclude_unset=True)


@pytest.mark.parametrize("event_type", sorted(EVENT_CLASSES))
def test_events_match_model_construct(event_type: str) -> None:
    values: dict[str, Any] = {
        "event_id": "e1",
        "article": ArticleRef(id="a1", language="en"),
        "evidence": [construct(Evidence, start=0, end=2, text="ab")],
        "confidence": 0.5,
        "extractor_version": "0",
        "countries": ["FR"],
        "agencies": [NamedMention(name="Europol", mention="Europol")],
        "persons_count": 3,
    }
    cls = EVENT_CLASSES[event_type]  # type: ignore[index]
    expected = cls.model_construct(**values)
    built = construct(cls, **values)
    _same(expected, built)
    # Default lists are fresh per record, as model_construct makes them.
    assert built.places is not construct(cls, **values).places


def test_extra_names_are_dropped() -> None:
    _same(
        Evidence.model_construct(start=1, end=2, text="b", other=3),
        construct(Evidence, start=1, end=2, text="b", other=3),
    )


class _Aliased(BaseModel):
    name: str = Field(alias="Name")
    tags: list[str] = ["x"]


def test_classes_with_aliases_or_mutable_defaults_fall_back() -> None:
    _same(_Aliased.model_construct(Name="n"), construct(_Aliased, Name="n"))
