"""Durations that run beside a prison term (a probation or suspension period, a non-parole
period, an expulsion) are no second term: one sentence event per defendant's term."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event, SentenceEvent


def _terms(events: list[Event]) -> list[tuple[int | None, str | None]]:
    return [(e.sentence_months, e.sentence_kind) for e in events if isinstance(e, SentenceEvent)]


def test_en_non_parole_period_is_no_second_term(extract_all: Extract) -> None:
    """ "14 years with a non-parole period of nine years" is one 14-year term."""
    events = extract_all(
        "A Perth man was sentenced in Darwin on Monday to 14 years' jail with a "
        "non-parole period of nine years.",
        "en",
    )
    assert _terms(events) == [(168, "prison")]


def test_en_operational_period_is_the_suspension(extract_all: Extract) -> None:
    """ "a 20-month sentence wholly suspended for an operational period of two years"."""
    events = extract_all(
        "A former nurse, 52, was given a 20-month sentence wholly suspended for an "
        "operational period of two years.",
        "en",
    )
    assert _terms(events) == [(20, "suspended")]


def test_fr_sursis_pendant_is_the_probation_period(extract_all: Extract) -> None:
    """ "18 mois avec sursis pendant deux ans": dix-huit mois avec sursis, rien d'autre."""
    events = extract_all(
        "Le tribunal de Nîmes a condamné jeudi un Gardois de 31 ans à 18 mois avec sursis "
        "pendant deux ans.",
        "fr",
    )
    assert _terms(events) == [(18, "suspended")]


def test_fr_long_expulsion_clause_is_no_term(extract_all: Extract) -> None:
    """ "une expulsion du territoire national pour une durée de sept ans" is no prison term."""
    events = extract_all(
        "Le tribunal de Bâle a condamné mardi un homme de 40 ans à cinq ans de prison ainsi "
        "qu'à une expulsion du territoire national pour une durée de sept ans.",
        "fr",
    )
    assert _terms(events) == [(60, "prison")]
