"""Persons counts of court and custody steps told with names listed or verbs joined."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ChargeEvent, ConvictionEvent, SentenceEvent


def test_en_arrested_and_charged_share_the_count(extract_all: Extract) -> None:
    """ "were arrested and charged": the charge joined by "and" has the arrest's persons."""
    text = "Two women, aged 33 and 47, were arrested and charged with supplying heroin."
    charge = next(e for e in extract_all(text) if isinstance(e, ChargeEvent))
    assert charge.persons_count == 2


def test_en_surnames_joined_before_a_plea_count_each(extract_all: Extract) -> None:
    """ "Okafor and Brandt pleaded guilty": two surnames of full names told before."""
    text = (
        "Detectives identified Daniel Okafor and Henrik Brandt as the couriers.\n"
        "Okafor and Brandt pleaded guilty in March to conspiracy to supply cocaine."
    )
    conviction = next(e for e in extract_all(text) if isinstance(e, ConvictionEvent))
    assert conviction.persons_count == 2


def test_en_names_with_ages_before_each_sentenced(extract_all: Extract) -> None:
    """ "X, 31, and Y, 26, were each sentenced": an adverb between the auxiliary and the
    trigger keeps the names listed as its subject."""
    text = (
        "Owen Pritchard, 31, and Callum Bright, 26, were each sentenced to seven years "
        "at Cardiff Crown Court."
    )
    sentence = next(e for e in extract_all(text) if isinstance(e, SentenceEvent))
    assert sentence.persons_count == 2


def test_en_names_then_relative_clause_before_the_trigger(extract_all: Extract) -> None:
    """ "X, 31, and Y, 26, who ran the phone line, were jailed": the relative clause
    between the names and the auxiliary is skipped."""
    text = (
        "Owen Pritchard, 31, and Callum Bright, 26, who ran the phone line from a flat, "
        "were jailed for seven years at Cardiff Crown Court."
    )
    sentence = next(e for e in extract_all(text) if isinstance(e, SentenceEvent))
    assert sentence.persons_count == 2
