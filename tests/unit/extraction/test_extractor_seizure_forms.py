"""Seizures told in other forms: items on bulleted lines after a colon, currencies glued
to their figures, other seizure verbs, a rough lead figure told exactly later.

Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import SeizureEvent


def _money(event: SeizureEvent) -> set[tuple[float | None, str | None]]:
    return {(i.amount, i.currency) for i in event.items if i.category == "money"}


def _drugs(event: SeizureEvent) -> set[tuple[str | None, float | None, str | None]]:
    return {(i.substance, i.quantity, i.unit) for i in event.items if i.category == "drug"}


def test_en_verb_before_a_colon_takes_the_bulleted_items(extract_all: Extract) -> None:
    """ "officers found:" then bullets: the verb's goods are on the lines after it."""
    text = (
        "During the raid on Tuesday in Leeds, officers found:\n"
        "- 12 kilograms of cocaine;\n"
        "- 3 pistols."
    )
    seizure = one(extract_all(text), SeizureEvent)
    assert ("cocaine", 12.0, "kg") in _drugs(seizure)


def test_en_currency_letters_glued_to_the_figures(extract_all: Extract) -> None:
    """ "Sh2.4 million" in a Kenyan story is 2.4 million shillings."""
    text = "Kenyan detectives seized Sh2.4 million in cash in Mombasa on Tuesday."
    assert _money(one(extract_all(text), SeizureEvent)) == {(2_400_000.0, "KES")}


def test_en_one_letter_currency_glued_to_the_figures(extract_all: Extract) -> None:
    """ "N7 million" is naira."""
    text = "Nigerian police seized N7 million in cash in Kano on Tuesday."
    assert _money(one(extract_all(text), SeizureEvent)) == {(7_000_000.0, "NGN")}


def test_en_one_letter_before_a_small_figure_is_no_money(extract_all: Extract) -> None:
    """ "a P9 phone": a one-letter prefix before a small figure is a model, not pesos."""
    text = "Police seized a P9 phone and two rifles in Manila on Tuesday."
    assert _money(one(extract_all(text), SeizureEvent)) == set()


def test_es_quetzal_letter_glued_to_the_figures(extract_all: Extract) -> None:
    """ "Q2.1 millones" is 2.1 million quetzales."""
    text = "La policía guatemalteca incautó Q2.1 millones en efectivo el martes en Petén."
    assert _money(one(extract_all(text, "es"), SeizureEvent)) == {(2_100_000.0, "GTQ")}


def test_en_search_turned_up_goods(extract_all: Extract) -> None:
    """ "a search turned up 40 kilograms of heroin" is a seizure."""
    text = "On Tuesday a search of the lorry in Dover turned up 40 kilograms of heroin."
    assert ("heroin", 40.0, "kg") in _drugs(one(extract_all(text), SeizureEvent))


def test_en_rough_weight_in_tonnes_repeats_an_exact_one_in_kilograms(
    extract_all: Extract,
) -> None:
    """ "more than 2.1 tonnes" and "2,140 kilograms" of one drug are one quantity."""
    text = (
        "Police seized more than 2.1 tonnes of cocaine in Rotterdam on Tuesday. "
        "The seizure consisted of 2,140 kilograms of cocaine hidden in fruit boxes."
    )
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("cocaine", 2140.0, "kg")}


def test_en_plural_scale_repeats_the_exact_count(extract_all: Extract) -> None:
    """ "hundreds of thousands of pills" is the "about 340,000 pills" told later."""
    text = (
        "Police seized hundreds of thousands of captagon pills in Beirut on Tuesday. "
        "The seizure consisted of about 340,000 captagon pills hidden in a truck."
    )
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("captagon", 340000.0, "pills")}


def test_en_goods_before_a_passive_seizure_verb(extract_all: Extract) -> None:
    """ "four rifles were found": in a passive the goods come before the verb."""
    text = "Police said four rifles were found in the boot of the car in Leeds on Monday."
    event = one(extract_all(text), SeizureEvent)
    assert [(i.category, i.count) for i in event.items] == [("weapon", 4)]


def test_fr_goods_before_a_passive_seizure_verb(extract_all: Extract) -> None:
    """ "deux fusils ont été trouvés": the goods are the passive's subject."""
    text = "Mardi à Nantes, deux fusils ont été trouvés par les policiers."
    event = one(extract_all(text, "fr"), SeizureEvent)
    assert [(i.category, i.count) for i in event.items] == [("weapon", 2)]


def test_ar_found_verb_apart_from_its_preposition(extract_all: Extract) -> None:
    """ "عثرت الشرطة على": the subject between the verb and على, the goods still follow."""
    text = "وعثرت الشرطة أمس على 12 كيلوغراما من الحشيش داخل شاحنة في تلمسان."
    assert ("hashish", 12.0, "kg") in _drugs(one(extract_all(text, "ar"), SeizureEvent))


def test_en_oxycodone_is_its_own_substance(extract_all: Extract) -> None:
    """ "800 oxycodone tablets" are oxycodone pills."""
    text = "Police seized 800 oxycodone tablets in Boston on Monday."
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("oxycodone", 800.0, "pills")}


def test_en_counterfeit_oxycodone_is_fentanyl(extract_all: Extract) -> None:
    """ "counterfeit oxycodone pills" are pressed fentanyl pills."""
    text = "Agents seized 2,000 counterfeit oxycodone pills in Phoenix on Monday."
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("fentanyl", 2000.0, "pills")}


def test_en_pills_with_a_colour_and_a_described_substance(extract_all: Extract) -> None:
    """ "150,000 blue pills believed to contain fentanyl": the count, one adjective, the
    pills, and the substance told after a few words."""
    text = "Soldiers seized 150,000 blue pills believed to contain fentanyl in Sonora on Monday."
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("fentanyl", 150000.0, "pills")}


def test_en_same_drug_before_and_after_the_pills(extract_all: Extract) -> None:
    """ "counterfeit oxycodone pills containing fentanyl": one drug named twice keeps the
    count of the pills."""
    text = "Agents seized 9,000 counterfeit oxycodone pills containing fentanyl in Tucson."
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("fentanyl", 9000.0, "pills")}


def test_goods_before_a_later_arrest_verb_stay_with_the_seizure(extract_all: Extract) -> None:
    """ "intercepted 90 kilograms of hashish and arrested three men": the arrest owns what
    follows it, not the drug told before it."""
    text = "On Sunday the coast guard intercepted 90 kilograms of hashish and arrested three men."
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("hashish", 90.0, "kg")}


def test_ar_goods_before_a_later_arrest_verb_stay_with_the_seizure(extract_all: Extract) -> None:
    """ "أحبطت تهريب 90 كيلوغراما من الحشيش وقبضت على ثلاثة": the hashish is the seizure's."""
    text = (
        "الدوريات أحبطت، يوم الأحد، محاولة تهريب 90 كيلوغراما من الحشيش، وقبضت على ثلاثة مخالفين."
    )
    assert ("hashish", 90.0, "kg") in _drugs(one(extract_all(text, "ar"), SeizureEvent))


def test_en_count_before_a_drug_name_that_holds_the_pills(extract_all: Extract) -> None:
    """ "6,500 ecstasy pills": the pills are part of the drug's name, the count is theirs."""
    text = "Police seized 6,500 ecstasy pills in Hull on Monday."
    assert _drugs(one(extract_all(text), SeizureEvent)) == {("MDMA", 6500.0, "pills")}


def test_fr_count_before_psychotropic_tablets(extract_all: Extract) -> None:
    """ "12 300 comprimés psychotropes": unspecified drugs counted in pills."""
    text = "Les policiers ont saisi lundi à Oran 12 300 comprimés psychotropes."
    assert _drugs(one(extract_all(text, "fr"), SeizureEvent)) == {("unspecified", 12300.0, "pills")}


def test_es_blocked_accounts_are_frozen_funds(extract_all: Extract) -> None:
    """ "el bloqueo de 30 cuentas bancarias con un saldo de 95.000 euros": frozen funds."""
    text = "La policía procedió el lunes al bloqueo de 30 cuentas con un saldo de 95.000 euros."
    assert _money(one(extract_all(text, "es"), SeizureEvent)) == {(95000.0, "EUR")}


def test_es_blow_to_finances_is_no_money(extract_all: Extract) -> None:
    """ "un golpe de 50 millones de dólares a las finanzas": an estimate, not money seized."""
    text = (
        "La policía incautó el lunes 2 toneladas de cocaína en Tumaco, un golpe de 50 millones "
        "de dólares a las finanzas del cartel."
    )
    assert _money(one(extract_all(text, "es"), SeizureEvent)) == set()


def _weapons(event: SeizureEvent) -> set[tuple[str | None, int | None]]:
    return {(i.label, i.count) for i in event.items if i.category == "weapon"}


def test_en_calibre_between_the_count_and_the_weapon(extract_all: Extract) -> None:
    """ "three .50-caliber sniper rifles": the calibre is no count and does not hide one."""
    text = "Soldiers seized three .50-caliber sniper rifles in Sonora on Monday."
    assert _weapons(one(extract_all(text), SeizureEvent)) == {("sniper rifle", 3)}


def test_en_calibre_alone_is_no_count(extract_all: Extract) -> None:
    """ "9mm pistols": nine is the calibre; the pistols are uncounted."""
    text = "Police seized 9mm pistols in Leeds on Monday."
    assert _weapons(one(extract_all(text), SeizureEvent)) == {("pistol", None)}


def test_en_total_told_by_its_included_parts(extract_all: Extract) -> None:
    """ "seven rifles, including four AK-47 rifles and three shotguns": the parts stay, the
    total that they add up to goes."""
    text = (
        "Police seized seven rifles, including four AK-47 rifles and three shotguns, "
        "in Laredo on Monday."
    )
    counts = sorted(c for _, c in _weapons(one(extract_all(text), SeizureEvent)) if c)
    assert counts == [3, 4]


def test_ar_algerian_dinar_abbreviation(extract_all: Extract) -> None:
    """ "مبلغ مالي قدره 300 ألف دج": دج is the Algerian dinar."""
    text = "وتم أمس في باتنة حجز مبلغ مالي قدره 300 ألف دج."
    assert _money(one(extract_all(text, "ar"), SeizureEvent)) == {(300000.0, "DZD")}


def test_ar_dual_of_a_bladed_weapon(extract_all: Extract) -> None:
    """ "سكينين": the dual counts two knives."""
    text = "وتم أمس في باتنة حجز سكينين ومبلغ مالي."
    assert ("knife", 2) in _weapons(one(extract_all(text, "ar"), SeizureEvent))
