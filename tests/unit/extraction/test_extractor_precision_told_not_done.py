"""Sentences that tell no real action: a series told by its seasons and episodes, a bill's
powers, rewards for information, yearly and running totals, refused extraditions and custody
orders. Each trap gives no event of its type; a close sentence telling the action still does."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair, of_type

SERIES: list[TrapPair] = [
    (
        "en",
        "arrest",
        "The third season of the police series opens on Friday. At the end of the fourth "
        "episode, the young inspector is arrested by his own colleagues.",
        "The young inspector was arrested by his own colleagues on Friday.",
    ),
    (
        "es",
        "arrest",
        "La tercera temporada de la serie policial se estrena el viernes. Al final del cuarto "
        "episodio, el comisario protagonista es detenido por sus compañeros.",
        "El comisario fue detenido el viernes por la Guardia Civil en Málaga.",
    ),
    (
        "fr",
        "arrest",
        "La troisième saison de la série policière sort vendredi. Le héros est interpellé par "
        "ses propres collègues à la fin du quatrième épisode.",
        "Le commissaire a été interpellé vendredi par ses propres collègues à Lille.",
    ),
    (
        "ar",
        "raid",
        "بدأت شركة إنتاج تصوير مسلسل بوليسي جديد، ويتضمن مشاهد لمداهمات أوكار تجار المخدرات.",
        "داهمت الشرطة أوكار تجار المخدرات في المدينة يوم الجمعة.",
    ),
]


@pytest.mark.parametrize("pair", SERIES, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_series_told_by_its_seasons_and_episodes_gives_no_event(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A season, an episode, a production company or scenes of a series: fiction, no action."""
    check_trap_pair(extract_all, pair)


def test_an_actor_known_for_a_series_arrested_is_news(extract_all: Extract) -> None:
    """An actor's real arrest names his series: the series word alone frames no fiction."""
    text = "The actor, known for a crime drama on Netflix, was arrested by police on Monday."
    assert len(of_type(extract_all(text, "en"), "arrest")) == 1
