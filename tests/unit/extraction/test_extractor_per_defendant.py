"""Per-defendant listings in one ruling: a term joined by "y a" / "and to" belongs to the same
ruling however far it is, and "a cada uno de los dos ..." counts its persons whatever the
noun. Sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

from tests.unit.extraction.conftest import Extract
from worker.models import SentenceEvent


def _terms(events: Sequence[object]) -> set[tuple[int | None, int | None]]:
    return {(e.sentence_months, e.persons_count) for e in events if isinstance(e, SentenceEvent)}


def test_es_coordinated_term_far_from_the_trigger(extract_all: Extract) -> None:
    """ "a 12 años al líder de ..., y a ocho años a tres de sus colaboradores": two terms."""
    text = (
        "La Audiencia Nacional ha condenado a 12 años de prisión al líder de una organización "
        "que introducía hachís en la costa de Cádiz con lanchas rápidas desde hace años, y a "
        "ocho años a tres de sus colaboradores."
    )
    assert _terms(extract_all(text, "es")) == {(144, 1), (96, 3)}


def test_es_each_of_the_n_counts_persons(extract_all: Extract) -> None:
    """ "a cada uno de los dos estibadores" are two persons."""
    text = (
        "El tribunal impone nueve años de prisión al cabecilla y seis años a cada uno de "
        "los dos estibadores del puerto."
    )
    assert (72, 2) in _terms(extract_all(text, "es"))
