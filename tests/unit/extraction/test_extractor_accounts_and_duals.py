"""Frozen bank accounts are money seized; Arabic duals of vehicles and boats count two; the
ouguiya is money only in a story of Mauritania."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import SeizureEvent


def test_ar_frozen_accounts_value_is_money(extract_all: Extract) -> None:
    """ "جمدت حسابات مصرفية بقيمة 300 ألف يورو": money of the accounts, not a total value."""
    event = one(
        extract_all("وجمدت النيابة حسابات مصرفية بقيمة 300 ألف يورو في مرسيليا.", "ar"),
        SeizureEvent,
    )
    assert [(i.label, i.amount, i.currency) for i in event.items] == [
        ("bank accounts", 300_000, "EUR")
    ]
    assert event.total_value is None


def test_en_frozen_accounts_worth_is_money(extract_all: Extract) -> None:
    """ "froze bank accounts worth 2 million euros": the accounts hold that money."""
    event = one(
        extract_all("Prosecutors froze bank accounts worth 2 million euros in Madrid.", "en"),
        SeizureEvent,
    )
    assert [(i.category, i.amount) for i in event.items] == [("money", 2_000_000)]


def test_ar_dual_boats_count_two(extract_all: Extract) -> None:
    """ "زورقين" without a number is two boats."""
    event = one(extract_all("وحجزت الشرطة زورقين في نواكشوط فجر الأحد.", "ar"), SeizureEvent)
    assert [(i.category, i.count) for i in event.items] == [("vessel", 2)]


def test_ar_ouguiya_in_mauritania_is_money(extract_all: Extract) -> None:
    """ "800 ألف أوقية" in Nouakchott is Mauritanian money."""
    event = one(
        extract_all("وحجزت الشرطة في نواكشوط بموريتانيا 800 ألف أوقية نقدا.", "ar"),
        SeizureEvent,
    )
    assert [(i.amount, i.currency) for i in event.items] == [(800_000, "MRU")]


def test_ar_ouguiya_elsewhere_is_no_money(extract_all: Extract) -> None:
    """Outside Mauritania أوقية is an ounce: no amount of money."""
    event = one(extract_all("ضبطت الشرطة في عمان 3 أوقيات من الذهب.", "ar"), SeizureEvent)
    assert not [i for i in event.items if i.category == "money"]
