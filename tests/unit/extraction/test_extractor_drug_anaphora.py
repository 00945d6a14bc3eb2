"""A drug named again as "the same drug" / "هذا المخدر" / "la misma droga" takes the
substance named before it. Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import SeizureEvent


def _drugs(events: list[SeizureEvent]) -> set[tuple[str | None, float | None, str | None]]:
    return {
        (i.substance, i.quantity, i.unit) for e in events for i in e.items if i.category == "drug"
    }


def test_en_same_drug_takes_the_earlier_substance(extract_all: Extract) -> None:
    """ "3 tonnes of the same drug" after hashish is hashish."""
    text = (
        "Police seized 2 tonnes of hashish in Tangier on Monday. On Tuesday officers seized "
        "3 tonnes of the same drug in Nador."
    )
    seizures = [e for e in extract_all(text) if isinstance(e, SeizureEvent)]
    assert ("hashish", 3.0, "t") in _drugs(seizures)


def test_ar_this_drug_takes_the_earlier_substance(extract_all: Extract) -> None:
    """ "2,3 طن من هذا المخدر" after الشيرا is hashish."""
    text = "حجزت الشرطة طنين من الشيرا بطنجة. وفي عملية ثانية تم حجز 2,3 طن من هذا المخدر بالناظور."
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    assert ("hashish", 2.3, "t") in _drugs(seizures)


def test_es_unquantified_anaphora_adds_no_item(extract_all: Extract) -> None:
    """ "la droga" without a quantity names nothing new: one cocaine item only."""
    text = (
        "La Guardia Civil incautó 40 kilos de cocaína en Algeciras; la droga iba oculta "
        "en un camión."
    )
    seizures = [e for e in extract_all(text, "es") if isinstance(e, SeizureEvent)]
    assert _drugs(seizures) == {("cocaine", 40.0, "kg")}
