"""Shared fixtures of the extractor tests: one Extractor for the whole session.

The engine reads the team's gazetteers (shared/agencies.toml, shared/places.toml,
<lang>/demonyms.toml). While one of them is not in the repository yet, a minimal stand-in
with the few names these tests use is written into a copy of the lexicon folder.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from pydantic import BaseModel

from worker.extraction import Extractor
from worker.extraction.lexicon import LEXICON_ROOT
from worker.models import Article, Event, SeizureEvent

_STAND_INS: dict[str, str] = {
    "shared/agencies.toml": """
[[agency]]
name = "Europol"
country = ""
kind = "international"
acronyms = ["Europol"]
aliases.ar = ["اليوروبول", "يوروبول"]

[[agency]]
name = "Guardia Civil"
country = "ES"
kind = "police"
acronyms = []
aliases.en = ["Civil Guard"]
aliases.ar = ["الحرس المدني الإسباني"]

[[agency]]
name = "National Crime Agency"
country = "GB"
kind = "police"
acronyms = ["NCA"]
aliases.ar = ["الوكالة الوطنية لمكافحة الجريمة"]
""",
    "shared/places.toml": """
[[place]]
name = "Rotterdam"
country = "NL"
kind = "port"
aliases.ar = ["روتردام"]

[[place]]
name = "Belgrade"
country = "RS"
kind = "city"
aliases.ar = ["بلغراد"]
""",
    "ar/demonyms.toml": """
[demonyms]
FR = ["فرنسي", "فرنسية", "الفرنسي", "الفرنسية", "الفرنسيون", "الفرنسيين"]
ES = ["إسباني", "إسبانية", "الإسباني", "الإسبانية"]
""",
    "en/demonyms.toml": """
[demonyms]
FR = ["French"]
ES = ["Spanish"]
""",
}


@pytest.fixture(scope="session")
def extractor(tmp_path_factory: pytest.TempPathFactory) -> Extractor:
    root = tmp_path_factory.mktemp("lexicons")
    shutil.copytree(LEXICON_ROOT, root, dirs_exist_ok=True)
    for relative, content in _STAND_INS.items():
        target = root / relative
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
    return Extractor(languages=("ar", "en"), lexicon_root=Path(root))


Extract = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Extract:
    """extract(text, language="en", published="2024-03-15") -> events."""

    def run(
        text: str, language: str | None = "en", published: str | None = "2024-03-15"
    ) -> list[Event]:
        article = Article(id="test", text=text, language=language, published_at=published)
        return extractor.extract(article).events

    return run


def of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.type == event_type]


TrapPair = tuple[str, str, str, str]  # language, event type, trap, close real sentence


def check_trap_pair(extract_all: Extract, pair: TrapPair) -> None:
    """The trap gives no event of the type; the close real sentence still gives one."""
    language, event_type, trap, real = pair
    assert of_type(extract_all(trap, language), event_type) == [], trap
    assert len(of_type(extract_all(real, language), event_type)) >= 1, real


def drug_facts(events: list[Event]) -> set[tuple[str | None, float | None, str | None]]:
    """(substance, quantity, unit) of every drug item seized in the events."""
    return {
        (i.substance, i.quantity, i.unit)
        for e in events
        if isinstance(e, SeizureEvent)
        for i in e.items
        if i.category == "drug"
    }


EventT = TypeVar("EventT", bound=BaseModel)


def one(events: list[Event], event_class: type[EventT]) -> EventT:
    """The only event of a class (ArrestEvent...), typed for the checks that follow."""
    found = [e for e in events if isinstance(e, event_class)]
    assert len(found) == 1, f"expected one {event_class.__name__}, got {[e.type for e in events]}"
    return found[0]


@pytest.fixture(scope="session")
def extract_all() -> Extract:
    """Like ``extract`` on the shipped lexicons of every language: extract_all(text, "fr")."""
    extractor = Extractor()

    def run(
        text: str, language: str | None = "en", published: str | None = "2024-03-15"
    ) -> list[Event]:
        article = Article(id="test", text=text, language=language, published_at=published)
        return extractor.extract(article).events

    return run
