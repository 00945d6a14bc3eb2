"""Extraditions told with the handing side as subject and the persons between the verb and
the receiving state: "handed over two men to US Marshals", « ont été remis mardi à la
France »; a handover to a body of the same state stays none."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import Article, Event, ExtraditionEvent

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _extraditions(text: str, language: str) -> list[ExtraditionEvent]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    events: list[Event] = _ALL.extract(article).events
    return [e for e in events if isinstance(e, ExtraditionEvent)]


def test_en_handed_over_persons_to_a_foreign_agency() -> None:
    """ "Ghana handed over a Dutch national to the National Crime Agency": the agency is
    another state's than the one the article tells from."""
    text = (
        "Ghana on Tuesday handed over a Dutch national to the National Crime Agency at "
        "Accra airport to face cocaine charges."
    )
    found = _extraditions(text, "en")
    assert len(found) == 1
    assert found[0].persons_count == 1


def test_en_handed_over_persons_to_a_named_state_agency() -> None:
    """ "handed over three men to US Marshals": the recipient names a state."""
    text = "The prosecutor's office handed over three men to US Marshals at the airport on Monday."
    found = _extraditions(text, "en")
    assert len(found) == 1
    assert found[0].persons_count == 3


def test_en_handed_over_to_local_police_is_no_extradition() -> None:
    """ "handed over the two suspects to the police": the same state's body, no extradition."""
    text = "Villagers handed over the two suspects to the police on Sunday in Kumasi."
    assert _extraditions(text, "en") == []


def test_fr_handed_to_a_state_with_the_day_between() -> None:
    """« ont été remis jeudi à l'Italie »: an extradition of the two."""
    text = "Les deux hommes ont été remis jeudi à l'Italie par les autorités suisses."
    found = _extraditions(text, "fr")
    assert len(found) == 1
    assert found[0].persons_count == 2


def test_fr_handed_to_the_judge_is_no_extradition() -> None:
    """« remis à la justice » names no state: no extradition by the new forms."""
    text = "Le rapport a été remis au juge d'instruction mardi."
    assert _extraditions(text, "fr") == []
