"""Passive triggers: the persons stand before the auxiliary, and an asserted action is not
undone by a warrant or request cue around it."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import ArrestEvent, ExtraditionEvent, ReleaseEvent


def test_en_passive_release_with_person_subject(extract_all: Extract) -> None:
    """ "Four suspects were freed": the persons come before the trigger."""
    event = one(extract_all("Four suspects were freed on Tuesday evening."), ReleaseEvent)
    assert event.persons_count == 4


def test_en_passive_release_of_a_thing_is_no_event(extract_all: Extract) -> None:
    """ "The statement was released": no person, no release."""
    assert of_type(extract_all("The statement was released on Tuesday evening."), "release") == []


def test_en_both_men_is_two(extract_all: Extract) -> None:
    """ "both men" counts two."""
    text = "Both men were released on bail after questioning."
    assert one(extract_all(text), ReleaseEvent).persons_count == 2


def test_en_fugitive_past_does_not_block_extradition(extract_all: Extract) -> None:
    """ "wanted ... has been extradited": the auxiliary asserts it; the cue is background."""
    text = "A man wanted in Italy for years has been extradited from Brazil to Rome."
    assert one(extract_all(text), ExtraditionEvent).persons_count == 1


def test_en_request_then_asserted_extradition(extract_all: Extract) -> None:
    """After fighting the request for years, "he was extradited" is an extradition."""
    text = "He fought the request for six years until he was extradited to Spain in 2019."
    assert len(of_type(extract_all(text), "extradition")) == 1


def test_en_request_alone_stays_blocked(extract_all: Extract) -> None:
    """A request with no asserted transfer is still no extradition."""
    assert (
        of_type(extract_all("Spain has requested his extradition from Peru."), "extradition") == []
    )


def test_en_arrest_on_a_warrant_is_an_arrest(extract_all: Extract) -> None:
    """ "was arrested on a warrant": the arrest happened."""
    text = "The businessman was arrested on a warrant issued by a court in Lyon."
    assert one(extract_all(text), ArrestEvent).persons_count == 1
