"""The committed JSON Schemas agree with the models."""

from pathlib import Path

import pytest

from worker.models import EVENT_TYPES
from worker.schemas import generate_schemas, render

SCHEMAS_DIR = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("name", sorted(generate_schemas()))
def test_committed_schema_matches_models(name: str) -> None:
    """schemas/ is regenerated with `event-worker schemas` whenever a model changes."""
    committed = (SCHEMAS_DIR / name).read_text(encoding="utf-8")
    assert committed == render(generate_schemas()[name]), (
        f"schemas/{name} drifted from the models: run `event-worker schemas schemas`"
    )


def test_event_schema_lists_every_event_type() -> None:
    """The event schema is a union over every event type of the models."""
    text = render(generate_schemas()["event.v1.json"])
    for event_type in EVENT_TYPES:
        assert f'"const": "{event_type}"' in text
