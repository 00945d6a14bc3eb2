"""A network dismantled told by a noun after a verb of announcing: "the breakup of a ring",
"the takedown of a network", « la chute d'un réseau », "la caída de una banda"."""

from __future__ import annotations

import pytest

from worker.extraction import Extractor
from worker.models import Article

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _types(text: str, language: str) -> list[str]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    return [e.type for e in _ALL.extract(article).events]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Detectives announced the breakup of a cocaine ring in the harbour district."),
        ("en", "The force announced the takedown of a smuggling network on Thursday."),
        ("fr", "Les policiers ont annoncé mercredi la chute d'un réseau de revendeurs à Nîmes."),
        ("es", "Los Mossos anunciaron la caída de una banda de ladrones de joyerías."),
    ],
)
def test_dismantling_told_by_a_noun(language: str, text: str) -> None:
    """The noun with its group is a dismantling."""
    assert _types(text, language) == ["dismantling"]


def test_en_breakup_of_a_marriage_is_no_dismantling() -> None:
    """ "the breakup of their marriage": no group, no dismantling."""
    text = "The defendant's lawyer said the breakup of his marriage had left him in debt."
    assert "dismantling" not in _types(text, "en")
