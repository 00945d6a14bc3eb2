"""One person told by a pronoun or a singular subject: an auxiliary split by an adverb, a
verb coordinated after the first verb's complement."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, ChargeEvent, ExtraditionEvent, ReleaseEvent


def test_en_auxiliary_split_by_adverb_is_one(extract_all: Extract) -> None:
    """ "He has now been released": "has ... been" split by an adverb is still singular."""
    text = "He has now been released on bail by the magistrates."
    release = next(e for e in extract_all(text) if isinstance(e, ReleaseEvent))
    assert release.persons_count == 1


def test_fr_auxiliary_split_by_phrase_is_one(extract_all: Extract) -> None:
    """ "avait pour sa part été interpellé": the singular auxiliary split by an incise."""
    text = "Elle avait pour sa part été interpellée à Marseille la semaine dernière."
    arrest = next(e for e in extract_all(text, "fr") if isinstance(e, ArrestEvent))
    assert arrest.persons_count == 1


def test_fr_plural_auxiliary_split_is_not_one(extract_all: Extract) -> None:
    """ "avaient pour leur part été interpellés": plural, not one person."""
    text = "Les convoyeurs avaient pour leur part été interpellés à Marseille."
    arrest = next(e for e in extract_all(text, "fr") if isinstance(e, ArrestEvent))
    assert arrest.persons_count != 1


def test_en_verb_after_complement_shares_subject(extract_all: Extract) -> None:
    """ "was detained at the airport and later charged": the charge has the arrest's one
    person."""
    text = "The courier was detained at the airport and later charged with importing heroin."
    charge = next(e for e in extract_all(text) if isinstance(e, ChargeEvent))
    assert charge.persons_count == 1


def test_en_verb_after_incise_shares_subject(extract_all: Extract) -> None:
    """ "was arrested in Spain and, after months of appeals, extradited": one person."""
    text = (
        "She was arrested in Spain in May 2021 and, after months of appeals, extradited to Italy."
    )
    extradition = next(e for e in extract_all(text) if isinstance(e, ExtraditionEvent))
    assert extradition.persons_count == 1
