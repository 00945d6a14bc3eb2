"""Agency round-ups told one operation per paragraph, by rank ("In the first operation",
"la deuxième opération", "el segundo operativo", "العملية الثانية"), and a lead whose seizure
sums up the operations told after it."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import Article, Event, SeizureEvent

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _events(text: str, language: str) -> list[Event]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    return _ALL.extract(article).events


def _drugs(events: list[Event]) -> list[list[tuple[str | None, float | None]]]:
    return sorted(
        sorted((i.substance, i.quantity) for i in e.items if i.category == "drug")
        for e in events
        if isinstance(e, SeizureEvent)
    )


_EN_ROUNDUP = (
    "The narcotics force seized drugs in three operations across the province, a spokesman "
    "said on Friday.\n\n"
    "In the first operation, officials arrested a man near the bus terminal and recovered "
    "25 kilograms of hashish from his van.\n\n"
    "In the second operation, a passenger was arrested at the airport with 900 grams of "
    "heroin.\n\n"
    "In the third operation, officers arrested two brothers and recovered 8 kilograms of "
    "opium from their shop."
)


def test_en_ranked_operations_give_one_arrest_each() -> None:
    """Three ranked paragraphs: three arrests (1, 1, 2), none merged into another."""
    arrests = [e for e in _events(_EN_ROUNDUP, "en") if e.type == "arrest"]
    assert sorted(getattr(a, "persons_count", None) or 0 for a in arrests) == [1, 1, 2]


def test_en_ranked_operations_give_one_seizure_each() -> None:
    """Each paragraph's seizure is its own; the lead's unquantified drugs add none."""
    assert _drugs(_events(_EN_ROUNDUP, "en")) == [
        [("hashish", 25.0)],
        [("heroin", 900.0)],
        [("opium", 8.0)],
    ]


def test_fr_ranked_operations_are_separate() -> None:
    """« Lors de la première opération ... / Dans la deuxième opération ... »: two seizures."""
    text = (
        "Lors de la première opération, les douaniers ont saisi 12 kilos de cocaïne dans un "
        "camion.\n\n"
        "Dans la deuxième opération, les douaniers ont saisi 30 kilos de résine de cannabis "
        "dans une voiture."
    )
    assert len(_drugs(_events(text, "fr"))) == 2


def test_ar_ranked_operations_are_separate() -> None:
    """ "ففي العملية الأولى ... وفي العملية الثانية ...": two arrests."""
    text = (
        "ففي العملية الأولى، أوقفت الشرطة شخصين بحوزتهما 10 كيلوغرامات من الحشيش.\n\n"
        "وفي العملية الثانية، أوقفت الشرطة ثلاثة أشخاص بحوزتهم 4 كيلوغرامات من الكوكايين."
    )
    arrests = [e for e in _events(text, "ar") if e.type == "arrest"]
    assert sorted(getattr(a, "persons_count", None) or 0 for a in arrests) == [2, 3]


def test_en_lead_seizure_summing_up_the_operations_is_no_event() -> None:
    """ "seizing more than 2 million pills and crystal meth" then the two operations with
    2,050,000 pills and 9 kg of crystal meth: two seizures, not three."""
    text = (
        "Police said on Sunday they had foiled two smuggling attempts, seizing more than 2 "
        "million captagon pills and a quantity of crystal meth.\n\n"
        "In the first operation, on 3 March, officers at the port found 2,050,000 captagon "
        "pills in a container of oranges.\n\n"
        "In the second case, on 9 March, officers raided a flat and found 9 kilograms of "
        "crystal meth."
    )
    assert len(_drugs(_events(text, "en"))) == 2


def test_en_lead_seizure_of_other_goods_stays() -> None:
    """A lead seizure whose goods are not told again after it is an operation of its own."""
    text = (
        "Customs seized 3 tonnes of cocaine at the port on Monday.\n\n"
        "In another operation, officers found 5 kilograms of heroin in a car.\n\n"
        "In a third operation, police found 2 kilograms of cannabis in a flat."
    )
    assert len(_drugs(_events(text, "en"))) == 3
