"""A warrant word that qualifies the persons taken ("arrested six wanted men") blocks no
arrest: the persons arrested were wanted."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type
from worker.models import ArrestEvent


def test_wanted_before_the_person_noun_keeps_the_arrest(extract_all: Extract) -> None:
    """ "arrested three wanted suspects": an arrest of three."""
    text = "Officers arrested three wanted suspects in Bristol on Friday."
    events = extract_all(text, "en")
    assert [e.persons_count for e in events if isinstance(e, ArrestEvent)] == [3]


def test_wanted_after_the_person_noun_keeps_the_arrest(extract_all: Extract) -> None:
    """ "arrested a woman wanted for fraud": an arrest."""
    text = "Detectives arrested a woman wanted for fraud in Glasgow on Monday."
    assert len(of_type(extract_all(text, "en"), "arrest")) == 1


def test_search_for_a_wanted_man_is_no_arrest(extract_all: Extract) -> None:
    """ "are searching for a man wanted for murder": nobody was arrested."""
    text = "Police are searching for a man wanted for murder, officers said."
    assert of_type(extract_all(text, "en"), "arrest") == []
