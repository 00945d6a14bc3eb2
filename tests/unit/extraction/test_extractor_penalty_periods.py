"""Durations that run beside a prison term (a probation or suspension period, a non-parole
period, an expulsion) are no second term: one sentence event per defendant's term."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event, SentenceEvent


def _terms(events: list[Event]) -> list[tuple[int | None, str | None]]:
    return [(e.sentence_months, e.sentence_kind) for e in events if isinstance(e, SentenceEvent)]


def test_en_non_parole_period_is_no_second_term(extract_all: Extract) -> None:
    """ "18 years with a non-parole period of 12 years" is one 18-year term."""
    events = extract_all(
        "A Sydney man was sentenced in Brisbane on Friday to 18 years' imprisonment with a "
        "non-parole period of 12 years.",
        "en",
    )
    assert _terms(events) == [(216, "prison")]


def test_en_operational_period_is_the_suspension(extract_all: Extract) -> None:
    """ "a two-year sentence wholly suspended for an operational period of three years"."""
    events = extract_all(
        "A retired builder, 67, was given a two-year sentence wholly suspended for an "
        "operational period of three years.",
        "en",
    )
    assert _terms(events) == [(24, "suspended")]


def test_fr_sursis_pendant_is_the_probation_period(extract_all: Extract) -> None:
    """ "24 mois avec sursis pendant trois ans": vingt-quatre mois avec sursis, rien d'autre."""
    events = extract_all(
        "Le tribunal de Sion a condamné jeudi un Valaisan de 31 ans à 24 mois avec sursis "
        "pendant trois ans.",
        "fr",
    )
    assert _terms(events) == [(24, "suspended")]


def test_fr_long_expulsion_clause_is_no_term(extract_all: Extract) -> None:
    """ "une expulsion du territoire suisse pour une durée de dix ans" is no prison term."""
    events = extract_all(
        "Le tribunal de Genève a condamné mardi un homme de 34 ans à cinq ans de prison ainsi "
        "qu'à une expulsion du territoire suisse pour une durée de dix ans.",
        "fr",
    )
    assert _terms(events) == [(60, "prison")]
