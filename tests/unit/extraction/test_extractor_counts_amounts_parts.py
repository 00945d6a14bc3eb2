"""Persons counts: amounts of money are no count; one more person told by an ordinal."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, ChargeEvent, ExtraditionEvent


def test_en_amount_before_passive_is_no_count(extract_all: Extract) -> None:
    """ "... who took more than $4 million ... were extradited": the amount is no count."""
    text = (
        "Three men who took more than $4 million from investors were extradited "
        "to the United States on Tuesday."
    )
    assert one(extract_all(text), ExtraditionEvent).persons_count == 3


def test_en_glued_scale_amount_is_no_count(extract_all: Extract) -> None:
    """ "defrauded investors of £3.5m were charged": the amount never adds to the five."""
    text = "Five suspects who defrauded investors of £3.5m were charged on Friday."
    assert one(extract_all(text), ChargeEvent).persons_count == 5


def test_en_third_man_completes_the_pair(extract_all: Extract) -> None:
    """ "Two men were arrested ... A third man was also detained": three persons."""
    text = "Two men were arrested in Bristol on Tuesday. A third man was also detained."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_fr_second_man_is_one_of_the_two(extract_all: Extract) -> None:
    """ "Deux hommes ... Un second homme": the second of the two told, no third one."""
    text = (
        "Deux hommes ont été interpellés mardi à Brest. Un premier suspect a été arrêté "
        "dans la rue. Un second homme a été interpellé dans un hall voisin."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 2


def test_en_ordinal_alone_is_one(extract_all: Extract) -> None:
    """ "A fourth suspect was arrested in York": with no group told before, one person."""
    text = "A fourth suspect was arrested in York on Saturday."
    assert one(extract_all(text), ArrestEvent).persons_count == 1


def test_en_second_man_after_a_single(extract_all: Extract) -> None:
    """ "Police arrested a man ... A second man was arrested": two persons."""
    text = "Police arrested a man in Dover on Monday. A second man was arrested in Kent that day."
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_ar_accusative_ordinal_after_pair(extract_all: Extract) -> None:
    """ "أوقفت شخصين ... كما أوقفت شخصا ثالثا": the third person after the pair, three."""
    text = "أوقفت الشرطة شخصين في ميناء وهران يوم الاثنين، كما أوقفت شخصا ثالثا في اليوم نفسه."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3


def test_es_number_and_unknown_trade_before_passive(extract_all: Extract) -> None:
    """ "Dos estibadores fueron detenidos": a number and a trade the lexicon lacks."""
    text = "Dos estibadores fueron detenidos el lunes en el puerto de Valencia."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 2


def test_en_counted_goods_released_are_no_persons(extract_all: Extract) -> None:
    """ "Two containers were released": goods released give no persons count."""
    events = extract_all("Two containers were released by customs on Monday.")
    assert all(getattr(e, "persons_count", None) is None for e in events)


def test_en_following_morning_is_another_day(extract_all: Extract) -> None:
    """ "A fourth man was arrested ... the following morning": another day, another arrest."""
    text = (
        "Three men were arrested in Sydney on Tuesday. A fourth man was arrested in Perth "
        "the following morning."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert sorted(e.persons_count or 0 for e in arrests) == [1, 3]


def test_en_goods_word_before_the_head_is_one_person(extract_all: Extract) -> None:
    """ "arrested a suspected drug dealer": the drug word qualifies the head, one person."""
    text = "Police in Kano arrested a suspected drug dealer on Friday."
    assert one(extract_all(text), ArrestEvent).persons_count == 1
