"""Seizures: items, quantities, currencies, values and totals (ar + en)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import SeizedItem, SeizureEvent


def _seizure(extract: Extract, text: str, language: str = "en") -> SeizureEvent:
    event = one(extract(text, language), SeizureEvent)
    assert isinstance(event, SeizureEvent)
    return event


def _item(event: SeizureEvent, category: str, label: str | None = None) -> SeizedItem:
    found = [
        i for i in event.items if i.category == category and (label is None or i.label == label)
    ]
    assert len(found) == 1, event.items
    return found[0]


def test_en_drug_quantity_and_unit(extract: Extract) -> None:
    """Tonnes of cocaine: substance, quantity, unit."""
    event = _seizure(extract, "Customs officers seized 2.5 tonnes of cocaine in the port.")
    item = _item(event, "drug")
    assert (item.substance, item.quantity, item.unit) == ("cocaine", 2.5, "t")


def test_en_pounds_are_converted_to_kg(extract: Extract) -> None:
    """Pounds with no metric figure become kg."""
    event = _seizure(extract, "Agents seized 100 pounds of methamphetamine.")
    item = _item(event, "drug")
    assert item.unit == "kg"
    assert item.quantity is not None
    assert abs(item.quantity - 45.359) < 0.01


def test_en_pills_are_counted_as_pills(extract: Extract) -> None:
    """Tablets are the unit 'pills'."""
    event = _seizure(extract, "Police seized 12,000 ecstasy tablets.")
    item = _item(event, "drug")
    assert (item.substance, item.quantity, item.unit) == ("MDMA", 12000.0, "pills")


def test_ar_captagon_pills(extract: Extract) -> None:
    """Arabic: حبة كبتاجون with a count of pills."""
    event = _seizure(extract, "أحبطت الجمارك تهريب 300 ألف حبة كبتاجون.", "ar")
    item = _item(event, "drug")
    assert (item.substance, item.quantity, item.unit) == ("captagon", 300000.0, "pills")


def test_en_cash_in_euros(extract: Extract) -> None:
    """Cash seized: amount and ISO currency."""
    event = _seizure(extract, "Officers seized €250,000 in cash during the search.")
    item = _item(event, "money")
    assert (item.amount, item.currency) == (250000.0, "EUR")


def test_en_conversion_in_brackets_is_not_a_second_amount(extract: Extract) -> None:
    """'€5.5 million ($6 million)' is one amount."""
    event = _seizure(extract, "Police seized €5.5 million ($6 million) in cash.")
    assert [i.currency for i in event.items if i.category == "money"] == ["EUR"]


def test_ar_colloquial_currency(extract: Extract) -> None:
    """ريال سعودي is SAR."""
    event = _seizure(extract, "صادرت السلطات مبلغ 50 ألف ريال سعودي نقدا.", "ar")
    assert (_item(event, "money").amount, _item(event, "money").currency) == (50000.0, "SAR")


def test_ar_bare_dinar_takes_the_country(extract: Extract) -> None:
    """A bare دينار is decided by the country of the action (Jordan: JOD)."""
    event = _seizure(extract, "ضبطت الشرطة في الأردن 9000 دينار نقدا.", "ar")
    assert _item(event, "money").currency == "JOD"


def test_en_street_value_is_not_money(extract: Extract) -> None:
    """The street value of drugs is not a seized amount."""
    event = _seizure(extract, "Police seized 40 kg of heroin with a street value of £2 million.")
    assert [i.category for i in event.items] == ["drug"]
    assert event.total_value is None


def test_en_value_goes_to_the_goods(extract: Extract) -> None:
    """'watches worth €300,000': the value of the watches, not cash."""
    event = _seizure(extract, "Investigators seized 3 cars and luxury watches worth €300,000.")
    watch = _item(event, "watch")
    assert (watch.amount, watch.currency) == (300000.0, "EUR")
    assert _item(event, "vehicle").count == 3
    assert all(i.category != "money" for i in event.items)


def test_en_total_value_of_assets(extract: Extract) -> None:
    """'assets worth €4 million' is the seizure's total value."""
    event = _seizure(extract, "Police seized assets worth €4 million.")
    assert event.total_value is not None
    assert (event.total_value.amount, event.total_value.currency) == (4000000.0, "EUR")


def test_ar_weapons_by_kind_with_dual(extract: Extract) -> None:
    """بندقيتا قنص is 2 sniper rifles; ثلاثة مسدسات is 3 pistols; uncounted kinds: null."""
    text = "وصادرت الشرطة بندقيتا قنص وثلاثة مسدسات وذخيرة."
    event = _seizure(extract, text, "ar")
    assert _item(event, "weapon", "sniper rifle").count == 2
    assert _item(event, "weapon", "pistol").count == 3
    assert _item(event, "ammunition").count is None


def test_en_generic_weapons_dropped_when_specific(extract: Extract) -> None:
    """'weapons, including 2 rifles' lists the rifles only."""
    event = _seizure(extract, "Police seized weapons, including 2 rifles and 5 pistols.")
    assert sorted((i.label, i.count) for i in event.items) == [("pistol", 5), ("rifle", 2)]


def test_en_container_count_goes_to_the_item(extract: Extract) -> None:
    """'more than 10 packages of explosives': 10 explosives at_least."""
    event = _seizure(extract, "Officers seized more than 10 packages of plastic explosives.")
    item = _item(event, "explosive")
    assert (item.count, item.qualifier) == (10, "at_least")


def test_en_seized_the_opportunity_is_not_a_seizure(extract: Extract) -> None:
    """A lexical trap: seized the opportunity."""
    assert extract("The opposition seized the opportunity to attack the government.") == []


def test_en_raided_the_fridge_is_not_a_raid(extract: Extract) -> None:
    """A lexical trap: raided the fridge."""
    assert extract("The kids raided the fridge after school.") == []


def test_ar_inflation_control_is_not_an_event(extract: Extract) -> None:
    """السيطرة على التضخم is economics."""
    assert extract("يسعى البنك المركزي إلى السيطرة على التضخم هذا العام.", "ar") == []


def test_ar_drug_trafficking_words_are_not_items(extract: Extract) -> None:
    """'لتهريب المخدرات' names a crime; the seized thing is the cash."""
    text = "صادرت الشرطة 20 ألف يورو نقدا من شبكة لتهريب المخدرات."
    event = _seizure(extract, text, "ar")
    assert [i.category for i in event.items] == ["money"]
