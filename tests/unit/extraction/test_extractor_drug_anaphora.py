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


def test_ar_substance_in_quotes_takes_the_pills_before(extract_all: Extract) -> None:
    """ "25 ألف قرص مخدر من نوع «إكستازي»": quotes round the name do not cut it off."""
    text = "تمكنت الوحدات الأمنية أمس من حجز 25 ألف قرص مخدر من نوع «إكستازي» بمدنين."
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    assert ("MDMA", 25000.0, "pills") in _drugs(seizures)


def test_ar_pills_after_and_are_not_the_weight_of_the_drug_before(extract_all: Extract) -> None:
    """ "ثلاثين كيلوغراماً من الحشيش و14 ألف قرص من المؤثرات العقلية": the pills after
    "and" are another drug (psychotropic, unspecified), not the hashish's amount."""
    text = (
        "وضبطت الشرطة أمس بحوزتهما ثلاثين كيلوغراماً من مادة الحشيش و14 ألف قرص من المؤثرات العقلية."
    )
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    assert _drugs(seizures) == {("hashish", 30.0, "kg"), ("unspecified", 14000.0, "pills")}


def test_es_generic_weight_beside_specific_weights_is_their_total(extract_all: Extract) -> None:
    """ "cinco toneladas de droga" beside cocaine weights is no extra item."""
    text = (
        "Los agentes intervinieron cinco toneladas de droga: 3.000 kilos de cocaína y "
        "2.000 kilos de hachís."
    )
    seizures = [e for e in extract_all(text, "es") if isinstance(e, SeizureEvent)]
    assert all(substance != "unspecified" for substance, _, _ in _drugs(seizures))


def test_ar_search_told_as_time_owns_no_seized_cash(extract_all: Extract) -> None:
    """ "صادروا خلال المداهمات 1,4 مليون يورو": the raids are the time of the seizure; the
    cash after them is seized."""
    text = "وقال البيان إن المحققين صادروا خلال المداهمات 1,4 مليون يورو نقداً."
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    money = [(i.amount, i.currency) for e in seizures for i in e.items if i.category == "money"]
    assert money == [(1_400_000.0, "EUR")]


def test_ar_bracketed_amount_before_its_currency(extract_all: Extract) -> None:
    """ "ومبلغ (48000) ريال": an amount in brackets is still money."""
    text = "وضبطت الشرطة أمس بحوزتهم 24 كيلوجراما من الحشيش ومبلغ (48000) ريال في الرياض."
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    money = [(i.amount, i.currency) for e in seizures for i in e.items if i.category == "money"]
    assert money == [(48000.0, "SAR")]


def test_ar_of_the_type_between_pills_and_substance(extract_all: Extract) -> None:
    """ "4300 قرص مهلوس من نوع "إكستازي"": the pills are ecstasy; "أورو" is the euro."""
    text = 'وتم أمس حجز 4300 قرص مهلوس من نوع "إكستازي" و9500 أورو بالدار البيضاء.'
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    items = {(i.substance or i.currency, i.quantity or i.amount) for e in seizures for i in e.items}
    assert items == {("MDMA", 4300.0), ("EUR", 9500.0)}
