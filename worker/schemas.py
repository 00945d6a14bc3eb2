"""JSON Schemas of the public messages, generated from the pydantic models."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from worker.models import EVENT_ADAPTER, SCHEMA_VERSION, Article, DeadLetterHeaders

_BASE = "https://schemas.event-worker.dev"


def generate_schemas() -> dict[str, dict[str, Any]]:
    """File name to schema document, for every public message of CONTRACT.md."""
    article = Article.model_json_schema(mode="validation")
    article["$id"] = f"{_BASE}/article.v{SCHEMA_VERSION}.json"
    article["title"] = "Article message (input topic)"

    event = EVENT_ADAPTER.json_schema(mode="serialization")
    event["$id"] = f"{_BASE}/event.v{SCHEMA_VERSION}.json"
    event["title"] = "Law-enforcement event message (output topic)"

    dead_letter = {
        "$id": f"{_BASE}/dead-letter.v{SCHEMA_VERSION}.json",
        "title": "Dead-letter message (dead-letter topic)",
        "description": (
            "Key and value are the original message's bytes, unchanged. The headers below "
            "say why the message could not be processed and where it came from."
        ),
        "type": "object",
        "properties": {
            "key": {"description": "Original key bytes, unchanged (may be absent)"},
            "value": {"description": "Original value bytes, unchanged"},
            "headers": DeadLetterHeaders.model_json_schema(by_alias=True),
        },
        "required": ["value", "headers"],
    }
    return {
        f"article.v{SCHEMA_VERSION}.json": article,
        f"event.v{SCHEMA_VERSION}.json": event,
        f"dead-letter.v{SCHEMA_VERSION}.json": dead_letter,
    }


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def write_schemas(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in generate_schemas().items():
        path = directory / name
        path.write_text(render(schema), encoding="utf-8")
        written.append(path)
    return written
