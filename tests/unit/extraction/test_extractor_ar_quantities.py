"""Arabic weights and counts as press releases write them: compound weights, dual units with
a half, and dual scales followed by more."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.extraction.numbers import find_numbers
from worker.extraction.text import normalize
from worker.models import SeizureEvent


def _drug(extract_all: Extract, text: str) -> tuple[float | None, str | None]:
    seizure = next(e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent))
    item = next(i for i in seizure.items if i.category == "drug")
    return item.quantity, item.unit


def test_ar_compound_weight_tonnes_and_kilos(extract_all: Extract) -> None:
    """ "أربعة أطنان و200 كيلوغرام" is one weight: 4.2 tonnes."""
    text = "ضبطت الشرطة أربعة أطنان و200 كيلوغرام من مخدر الشيرا داخل شاحنة."
    assert _drug(extract_all, text) == (4.2, "t")


def test_ar_dual_unit_with_half(extract_all: Extract) -> None:
    """ "طنين ونصف" is two and a half tonnes."""
    text = "ضبطت الشرطة طنين ونصف من الحشيش داخل مستودع."
    assert _drug(extract_all, text) == (2.5, "t")


def test_en_compound_weight_tonnes_and_kilograms(extract_all: Extract) -> None:
    """ "2 tonnes and 300 kilograms" is one weight: 2.3 tonnes."""
    text = "Police seized 2 tonnes and 300 kilograms of cocaine at the port on Monday."
    seizure = next(e for e in extract_all(text) if isinstance(e, SeizureEvent))
    item = next(i for i in seizure.items if i.category == "drug")
    assert (item.quantity, item.unit) == (2.3, "t")


def _values(text: str) -> list[float]:
    normalized = normalize(text, "ar").normalized
    return [n.value for n in find_numbers(normalized, "ar")]


def test_ar_construct_hundreds_before_thousand() -> None:
    """ "مليون ومئتي ألف" is 1,200,000 (مئتي is the construct form of مئتان)."""
    assert _values("مليون ومئتي ألف قرص") == [1_200_000.0]


def test_ar_dual_scale_followed_by_more() -> None:
    """ "مليونان وثلاثمائة ألف" is 2,300,000, not 2 million times 300 thousand."""
    assert _values("مليونان وثلاثمائة ألف") == [2_300_000.0]


def test_ar_maghreb_quintal_and_kif(extract_all: Extract) -> None:
    """ "3 قناطير و20 كلغ من الكيف المعالج": quintals of 100 kg plus kilograms, of hashish."""
    text = "وتمكنت مصالح الشرطة من توقيف 5 أشخاص مع حجز 3 قناطير و20 كلغ من الكيف المعالج."
    seizure = next(e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent))
    item = next(i for i in seizure.items if i.category == "drug")
    assert (item.substance, item.quantity, item.unit) == ("hashish", 320.0, "kg")
