"""A duration of a trial or an investigation is no term of a sentence."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type
from worker.models import SentenceEvent


def test_en_length_of_the_trial_is_no_second_term(extract_all: Extract) -> None:
    """ "jailed for eight years after a two-week trial": one sentence of 96 months."""
    text = "The courier was jailed for eight years on Tuesday after a two-week trial in Leeds."
    sentences = of_type(extract_all(text), "sentence")
    assert [e.sentence_months for e in sentences if isinstance(e, SentenceEvent)] == [96]


def test_fr_duree_d_enquete_is_no_term(extract_all: Extract) -> None:
    """ "condamné à six ans ... au terme de trois mois d'enquête": one term, six years."""
    text = (
        "Le passeur a été condamné mardi à six ans de prison, au terme de trois mois d'enquête "
        "des douaniers."
    )
    sentences = of_type(extract_all(text, "fr"), "sentence")
    assert [e.sentence_months for e in sentences if isinstance(e, SentenceEvent)] == [72]


def test_es_meses_de_investigacion_is_no_term(extract_all: Extract) -> None:
    """ "condenado a cinco años ... tras ocho meses de investigación": one term."""
    text = (
        "El patrón fue condenado el lunes a cinco años de prisión, tras ocho meses de "
        "investigación de la Guardia Civil."
    )
    sentences = of_type(extract_all(text, "es"), "sentence")
    assert [e.sentence_months for e in sentences if isinstance(e, SentenceEvent)] == [60]
