"""The TOML lexicons: no list names an entry twice (a repeat hides a typo or a merge slip)."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LEXICONS = Path(__file__).resolve().parents[3] / "worker" / "extraction" / "lexicons"


def _string_lists(node: Any, path: str) -> Iterator[tuple[str, list[str]]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _string_lists(value, f"{path}.{key}")
    elif isinstance(node, list):
        if node and all(isinstance(item, str) for item in node):
            yield path, node
        else:
            for index, item in enumerate(node):
                yield from _string_lists(item, f"{path}[{index}]")


def test_no_lexicon_list_repeats_an_entry() -> None:
    """Every string list of every lexicon file holds each entry once."""
    repeats: list[str] = []
    for file in sorted(LEXICONS.glob("*/*.toml")):
        with file.open("rb") as fh:
            data = tomllib.load(fh)
        for path, items in _string_lists(data, f"{file.parent.name}/{file.name}"):
            seen: set[str] = set()
            for item in items:
                if item in seen:
                    repeats.append(f"{path}: {item}")
                seen.add(item)
    assert not repeats, repeats
