"""Charges, convictions, sentences, extraditions, dismantlings and releases (ar + en)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import (
    ChargeEvent,
    DismantlingEvent,
    ExtraditionEvent,
    ReleaseEvent,
    SentenceEvent,
)


def test_en_sentence_months_and_kind(extract: Extract) -> None:
    """'sentenced to 8 years in prison': 96 months, prison."""
    event = one(extract("A court sentenced the smuggler to 8 years in prison."), SentenceEvent)
    assert isinstance(event, SentenceEvent)
    assert (event.sentence_months, event.sentence_kind) == (96, "prison")


def test_ar_sentence_years(extract: Extract) -> None:
    """قضت المحكمة بالسجن 10 سنوات: 120 months."""
    event = one(extract("قضت المحكمة بالسجن 10 سنوات على المتهم.", "ar"), SentenceEvent)
    assert isinstance(event, SentenceEvent)
    assert event.sentence_months == 120


def test_en_life_sentence(extract: Extract) -> None:
    """Life imprisonment: kind life."""
    event = one(extract("The drug lord was sentenced to life in prison on Friday."), SentenceEvent)
    assert isinstance(event, SentenceEvent)
    assert event.sentence_kind == "life"


def test_en_conviction_and_sentence_in_one_ruling(extract: Extract) -> None:
    """Found guilty and sentenced in one ruling: one sentence event."""
    events = extract("He was found guilty and sentenced to 5 years in jail.")
    assert [e.type for e in events] == ["sentence"]


def test_en_maximum_penalty_is_not_a_sentence(extract: Extract) -> None:
    """'faces up to 20 years' is not a sentence."""
    assert of_type(extract("If convicted, he faces up to 20 years in prison."), "sentence") == []


def test_ar_maximum_penalty_is_not_a_sentence(extract: Extract) -> None:
    """يواجه عقوبة تصل: a maximum penalty."""
    assert of_type(extract("ويواجه المتهم عقوبة تصل إلى السجن 15 عاما.", "ar"), "sentence") == []


def test_en_charge(extract: Extract) -> None:
    """Charged: a charge event with its count."""
    event = one(extract("Prosecutors charged 3 men with drug trafficking."), ChargeEvent)
    assert event.persons_count == 3


def test_en_extradition_from_and_to(extract: Extract) -> None:
    """Extradited from Spain to the United States."""
    event = one(
        extract("The suspect was extradited from Spain to the United States."), ExtraditionEvent
    )
    assert isinstance(event, ExtraditionEvent)
    assert (event.from_country, event.to_country) == ("ES", "US")


def test_en_extradition_request_is_not_an_extradition(extract: Extract) -> None:
    """A request alone is not an extradition."""
    assert of_type(extract("France requested the extradition of the banker."), "extradition") == []


def test_ar_extradition(extract: Extract) -> None:
    """تسليم المتهم من إسبانيا إلى المغرب."""
    event = one(extract("تم تسليم المتهم من إسبانيا إلى المغرب.", "ar"), ExtraditionEvent)
    assert isinstance(event, ExtraditionEvent)
    assert (event.from_country, event.to_country) == ("ES", "MA")


def test_en_dismantling(extract: Extract) -> None:
    """A network said to be dismantled."""
    assert one(extract("Police dismantled a drug trafficking network."), DismantlingEvent)


def test_ar_dismantling_with_tasfiya(extract: Extract) -> None:
    """تصفية + a criminal organisation is a dismantling."""
    text = "شاركت الشرطة في تصفية أكبر منظمة إجرامية لتهريب المخدرات."
    assert one(extract(text, "ar"), DismantlingEvent).crimes == ["drug_trafficking"]


def test_ar_tasfiya_of_accounts_is_not_dismantling(extract: Extract) -> None:
    """تصفية الحسابات (settling scores) is not a dismantling."""
    events = extract("وقعت الجريمة بدافع تصفية الحسابات بين عائلتين.", "ar")
    assert of_type(events, "dismantling") == []


def test_en_release_on_bail(extract: Extract) -> None:
    """Released on bail."""
    assert one(extract("The two suspects were released on bail."), ReleaseEvent).persons_count == 2


def test_en_press_release_is_not_a_release(extract: Extract) -> None:
    """'released a statement' is a trap."""
    assert extract("The ministry released a statement on Monday.") == []


def test_ar_release(extract: Extract) -> None:
    """أفرج عن + persons."""
    assert one(extract("أفرجت السلطات عن 12 معتقلا.", "ar"), ReleaseEvent).type == "release"


def test_ar_penalty_kick_is_not_an_event(extract: Extract) -> None:
    """ركلة جزاء is football."""
    assert extract("احتسب الحكم ركلة جزاء في الدقيقة الأخيرة.", "ar") == []


def test_en_arresting_a_decline_is_not_an_arrest(extract: Extract) -> None:
    """'arrested their slide' halts a trend: no arrest."""
    events = extract(
        "The home side finally arrested their slide with a narrow win on Saturday.",
        "en",
        "2025-03-10",
    )
    assert events == []
