"""Counts spread over a sentence, ages that are no terms, and the other general count
mechanisms of the persons3 round. Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type
from worker.models import Event, SentenceEvent


def _terms(events: list[Event]) -> list[int]:
    found = [e for e in of_type(events, "sentence") if isinstance(e, SentenceEvent)]
    return sorted(e.sentence_months or 0 for e in found)


def test_fr_demonym_age_is_not_a_term(extract_all: Extract) -> None:
    """ "un Tunisien de 44 ans ... à six ans": the age after a demonym is no second term."""
    text = "Le tribunal a condamné jeudi un Tunisien de 44 ans à six ans de prison."
    assert _terms(extract_all(text, "fr")) == [72]


def test_es_noun_age_after_article_is_not_a_term(extract_all: Extract) -> None:
    """ "un camionero de 52 años": years after an indefinite noun are an age."""
    text = "La Audiencia condenó el martes a un camionero de 52 años a nueve años de cárcel."
    assert _terms(extract_all(text, "es")) == [108]


def test_fr_age_range_after_cue_is_not_a_term(extract_all: Extract) -> None:
    """ "âgés de 20 à 25 ans": an age range, not a term."""
    text = "Trois guetteurs âgés de 20 à 25 ans ont été condamnés lundi à deux ans de prison."
    assert _terms(extract_all(text, "fr")) == [24]


def test_es_term_after_pena_de_stays(extract_all: Extract) -> None:
    """ "una pena de 15 años": a term head before "de" keeps the term."""
    text = "El tribunal impuso el lunes a un narcotraficante una pena de 15 años de prisión."
    assert _terms(extract_all(text, "es")) == [180]


def test_ar_law_year_is_not_a_term(extract_all: Extract) -> None:
    """ "القانون رقم 12 لسنة 2019": the unit names the law's year, no term."""
    text = (
        "قضت محكمة الجنايات يوم الأحد بالسجن خمس سنوات على متهم استنادا إلى القانون رقم 12 "
        "لسنة 2019."
    )
    assert _terms(extract_all(text, "ar")) == [60]
