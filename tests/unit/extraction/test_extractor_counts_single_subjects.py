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


def test_es_date_before_singular_auxiliary_is_no_collective(extract_all: Extract) -> None:
    """ "El pasado martes fue extraditado ... el colombiano": the day before "fue" is no
    collective subject; the singular auxiliary is one person."""
    text = "El pasado martes fue extraditado a Estados Unidos el colombiano Luis Ortega."
    extradition = next(e for e in extract_all(text, "es") if isinstance(e, ExtraditionEvent))
    assert extradition.persons_count == 1


def test_fr_infinitive_link_shares_subject(extract_all: Extract) -> None:
    """ "arrêtée à Madrid, en juin, avant d'être remise": the infinitive has the subject
    of the arrest, one person."""
    text = "Elle a été arrêtée à Madrid, en juin, avant d'être extradée vers la Belgique."
    extradition = next(e for e in extract_all(text, "fr") if isinstance(e, ExtraditionEvent))
    assert extradition.persons_count == 1


def test_en_infinitive_link_shares_subject(extract_all: Extract) -> None:
    """ "was detained in Lagos before being extradited": one person for the extradition."""
    text = "He was detained in Lagos last year before being extradited to the Netherlands."
    extradition = next(e for e in extract_all(text) if isinstance(e, ExtraditionEvent))
    assert extradition.persons_count == 1


def test_fr_opening_participle_then_pronoun_is_one(extract_all: Extract) -> None:
    """ "Extradée vers l'Italie en 2015, elle a ensuite été jugée": the opening participle's
    subject is the singular pronoun after the comma."""
    text = "Extradée vers l'Italie en 2015, elle a été jugée à Milan deux ans plus tard."
    extradition = next(e for e in extract_all(text, "fr") if isinstance(e, ExtraditionEvent))
    assert extradition.persons_count == 1


def test_en_opening_participle_then_plural_pronoun_is_not_one(extract_all: Extract) -> None:
    """ "Extradited to Spain in 2015, they ...": a plural pronoun is no single person."""
    text = "Extradited to Spain in 2015, they were tried in Madrid two years later."
    extradition = next(e for e in extract_all(text) if isinstance(e, ExtraditionEvent))
    assert extradition.persons_count != 1
