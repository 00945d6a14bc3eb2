"""Releases a court orders for part of a group: "two of them", "tres de los detenidos",
"Two of the accused", and bail told with its object between the verb and the noun."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import Article, Event, ReleaseEvent

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _releases(text: str, language: str) -> list[ReleaseEvent]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    events: list[Event] = _ALL.extract(article).events
    return [e for e in events if isinstance(e, ReleaseEvent)]


def test_es_judge_orders_release_of_three_of_them() -> None:
    """ "ordenó la libertad de tres de ellos": a release of three."""
    text = (
        "La Policía detuvo a cinco hombres el lunes en Cádiz. Un juez ordenó la libertad "
        "de tres de ellos el miércoles."
    )
    releases = _releases(text, "es")
    assert len(releases) == 1
    assert releases[0].persons_count == 3


def test_es_part_of_the_detainees_set_free() -> None:
    """ "a tres de los detenidos": the participle noun after the link names the group."""
    releases = _releases("El juez dejó en libertad con cargos a tres de los detenidos.", "es")
    assert len(releases) == 1
    assert releases[0].persons_count == 3


def test_en_two_of_the_accused_released_on_bail() -> None:
    """ "Two of the accused" counts two, not the one "accused"."""
    releases = _releases("Two of the accused were released on bail of R5,000 each.", "en")
    assert len(releases) == 1
    assert releases[0].persons_count == 2


def test_es_part_across_a_clause_break_is_not_the_release() -> None:
    """ "16 de los arrestados, mientras que los demás quedaron en libertad": the sixteen went
    to prison, they are no count of the release told after "mientras que"."""
    text = (
        "El juez envió a prisión a 16 de los arrestados, mientras que los demás quedaron "
        "en libertad con cargos."
    )
    releases = _releases(text, "es")
    assert len(releases) == 1
    assert releases[0].persons_count != 16


def test_en_bail_granted_with_the_pronoun_between() -> None:
    """ "granted them bail": a release."""
    text = "The magistrate granted them bail of 40,000 shillings each on Thursday."
    assert len(_releases(text, "en")) == 1


def test_fr_provisional_liberty_is_a_release() -> None:
    """ "mis en liberté provisoire": a release of the two."""
    releases = _releases("Les deux suspects ont été mis en liberté provisoire vendredi.", "fr")
    assert len(releases) == 1
    assert releases[0].persons_count == 2
