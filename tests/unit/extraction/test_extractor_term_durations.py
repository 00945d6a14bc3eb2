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


def test_en_terms_of_several_defendants_in_one_unit_are_not_summed(extract_all: Extract) -> None:
    """ "Hale to 10 years, Moss to eight years": two terms, not one of 18 years."""
    text = "The judge on Friday jailed Hale for 10 years, Moss for eight years."
    sentences = of_type(extract_all(text), "sentence")
    months = sorted(e.sentence_months or 0 for e in sentences if isinstance(e, SentenceEvent))
    assert months == [96, 120]


def test_es_years_and_months_stay_one_term(extract_all: Extract) -> None:
    """ "ocho años y seis meses": one term of 102 months (a smaller unit adds)."""
    text = "La Audiencia condenó el martes al patrón a ocho años y seis meses de prisión."
    sentences = of_type(extract_all(text, "es"), "sentence")
    assert [e.sentence_months for e in sentences if isinstance(e, SentenceEvent)] == [102]
