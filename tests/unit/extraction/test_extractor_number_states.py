"""Numbers and money read by the article's state: comma thousands in Mexican and Central
American copy, "$" in dollar states, values told with the goods (total value, not cash)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, drug_facts, one
from worker.models import Event, SeizureEvent


def _money(events: list[Event]) -> list[tuple[float | None, str | None]]:
    return [
        (i.amount, i.currency)
        for e in events
        if isinstance(e, SeizureEvent)
        for i in e.items
        if i.category == "money"
    ]


def test_es_panama_dateline_reads_comma_thousands_in_a_weight(extract_all: Extract) -> None:
    """A Panama City dispatch writes "1,356 kilos" for 1356 kg."""
    text = "CIUDAD DE PANAMÁ.- La policía panameña decomisó 1,356 kilos de cocaína en Colón."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 1356.0, "kg")}


def test_es_honduras_dateline_reads_comma_thousands(extract_all: Extract) -> None:
    """A Tegucigalpa dispatch writes "2,740 kilos" for 2740 kg (not 2.74)."""
    text = "TEGUCIGALPA, Honduras.- Agentes hondureños aseguraron 2,740 kilos de cocaína."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 2740.0, "kg")}


def test_es_colombia_dateline_keeps_the_decimal_comma(extract_all: Extract) -> None:
    """A Bogotá dispatch writes "1,275 toneladas" for 1.275 t: Colombia's comma is decimal."""
    text = "BOGOTÁ.- La Policía incautó 1,275 toneladas de cocaína en el puerto de Buenaventura."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 1.275, "t")}


def test_es_glued_quetzales_read_as_money(extract_all: Extract) -> None:
    """ "Q318,000" glued to its prefix is three hundred and eighteen thousand quetzales."""
    text = "GUATEMALA.- Agentes de la PNC incautaron Q318,000 en efectivo en Escuintla."
    assert _money(extract_all(text, "es")) == [(318000.0, "GTQ")]


def test_es_dollar_sign_in_panama_is_usd_beside_colombia(extract_all: Extract) -> None:
    """ "$" in a story of Panama's police is USD though a Colombian city is named too."""
    text = (
        "La Policía Nacional de Panamá decomisó $38,500 en efectivo a un viajero que llegó "
        "de Medellín, Colombia, al aeropuerto de Tocumen."
    )
    assert _money(extract_all(text, "es")) == [(38500.0, "USD")]


def test_en_us_dollar_sign_is_usd_in_canada(extract_all: Extract) -> None:
    """ "US$" is USD even in a Canadian story, where a bare "$" is CAD."""
    text = "Toronto police seized US$60,000 in cash and three handguns in Toronto, Canada."
    assert _money(extract_all(text)) == [(60000.0, "USD")]


def test_en_glued_scale_letter_value_is_total_not_cash(extract_all: Extract) -> None:
    """ "worth R420m" after the drugs is the seizure's total value, never money seized."""
    text = "Police seized 95 kg of cocaine worth R420m at Durban harbour on Monday."
    event = one(extract_all(text), SeizureEvent)
    assert _money([event]) == []
    assert event.total_value is not None
    assert (event.total_value.amount, event.total_value.currency) == (420_000_000, "ZAR")


def test_en_amount_before_the_drug_is_its_value(extract_all: Extract) -> None:
    """ "a Sh900 million heroin haul": the amount prices the heroin, no cash was seized."""
    text = "Detectives seized a Sh900 million heroin haul in Mombasa, Kenya, on Friday."
    event = one(extract_all(text), SeizureEvent)
    assert _money([event]) == []
    assert event.total_value is not None
    assert event.total_value.amount == 900_000_000


def test_en_cash_cue_speaks_for_the_amount_right_before_it(extract_all: Extract) -> None:
    """ "worth Rs 3bn and Rs 80,000 in cash": only the second amount is cash."""
    text = "Police seized 4 kg of heroin worth Rs 3bn and Rs 80,000 in cash in Lahore, Pakistan."
    assert _money(extract_all(text)) == [(80000.0, "PKR")]


def test_en_amount_before_drug_money_is_cash(extract_all: Extract) -> None:
    """ "Rs 3 lakh drug money" is cash seized, not a value of drugs."""
    text = "Police recovered 2 kg heroin and Rs 3 lakh drug money in Ludhiana, India."
    assert _money(extract_all(text)) == [(300000.0, "INR")]


def _weapons(events: list[Event]) -> set[tuple[str, int | None]]:
    return {
        (i.category, i.count)
        for e in events
        if isinstance(e, SeizureEvent)
        for i in e.items
        if i.category in ("weapon", "ammunition", "explosive")
    }


def test_en_weapons_total_with_some_parts_counts_the_total(extract_all: Extract) -> None:
    """ "11 firearms, including four shotguns": eleven weapons, the shotguns are among them."""
    text = "Police seized 11 firearms, including four shotguns, from a farm near Pretoria."
    assert _weapons(extract_all(text)) == {("weapon", 11)}


def test_es_weapons_total_with_one_part_counts_the_total(extract_all: Extract) -> None:
    """ "17 armas de fuego, entre ellas tres escopetas": diecisiete armas."""
    text = "La policía decomisó 17 armas de fuego, entre ellas tres escopetas, en Cali."
    assert _weapons(extract_all(text, "es")) == {("weapon", 17)}


def test_fr_weapons_total_with_dont_counts_the_total(extract_all: Extract) -> None:
    """ "sept armes, dont trois fusils d'assaut": sept armes."""
    text = "Les gendarmes ont saisi sept armes, dont trois fusils d'assaut, à Nîmes."
    assert _weapons(extract_all(text, "fr")) == {("weapon", 7)}


def test_ar_weapons_total_then_a_dual_part_counts_the_total(extract_all: Extract) -> None:
    """ "48 قطعة سلاح بينها مسدسان": forty-eight weapons, the two pistols among them."""
    text = "ضبطت الشرطة 48 قطعة سلاح بينها مسدسان في ديالى."
    assert _weapons(extract_all(text, "ar")) == {("weapon", 48)}


def test_en_parts_adding_up_still_tell_the_total(extract_all: Extract) -> None:
    """ "six guns, including four pistols and two rifles": the parts say it all."""
    text = "Police seized six guns, including four pistols and two rifles, in Leeds."
    assert _weapons(extract_all(text)) == {("weapon", 4), ("weapon", 2)}


def test_fr_weight_of_tablets_of_a_drug(extract_all: Extract) -> None:
    """ "3,4 tonnes de comprimés de tramadol": the weight is the tramadol's."""
    text = "Les douaniers ont saisi 3,4 tonnes de comprimés de tramadol dans un entrepôt de Lomé."
    assert drug_facts(extract_all(text, "fr")) == {("tramadol", 3.4, "t")}


def test_es_weight_of_tablets_of_a_drug(extract_all: Extract) -> None:
    """ "1,6 toneladas de pastillas de tramadol": la cantidad es del tramadol."""
    text = "La Guardia Civil intervino 1,6 toneladas de pastillas de tramadol en Algeciras."
    assert drug_facts(extract_all(text, "es")) == {("tramadol", 1.6, "t")}


def test_en_gallons_of_a_liquid_drug_are_litres(extract_all: Extract) -> None:
    """ "100 gallons of liquid meth" is about 378.54 litres."""
    text = "Agents seized 100 gallons of liquid methamphetamine in Nogales, Arizona."
    assert drug_facts(extract_all(text)) == {("methamphetamine", 378.54, "l")}


def test_fr_grams_with_three_digits_after_the_comma_are_whole(extract_all: Extract) -> None:
    """ "1,250 gramme" is 1250 g: a seized weight in grams is never told to the milligram."""
    text = "Les policiers ont saisi 1,250 gramme de cannabis et 2,4 kg de cocaïne à Lille."
    assert drug_facts(extract_all(text, "fr")) == {
        ("cannabis", 1250.0, "g"),
        ("cocaine", 2.4, "kg"),
    }


def test_en_grams_beside_kilograms_stay_grams(extract_all: Extract) -> None:
    """ "1,250g of cannabis and 1.2kg of cocaine": 1250 g, not rounded to kilograms."""
    text = "Officers seized 1,250g of cannabis and 1.2kg of cocaine from a flat in Leeds."
    assert drug_facts(extract_all(text)) == {("cannabis", 1250.0, "g"), ("cocaine", 1.2, "kg")}


def test_ar_thousands_sign_groups_a_weight(extract_all: Extract) -> None:
    """ "٢٬٣٠٠ كيلوغرام": the Arabic thousands sign makes it 2300 kg (not 2.3)."""
    text = "ضبطت الشرطة ٢٬٣٠٠ كيلوغرام من الحشيش في ميناء طنجة."
    assert drug_facts(extract_all(text, "ar")) == {("hashish", 2300.0, "kg")}


def test_ar_decimal_sign_with_a_scale_word(extract_all: Extract) -> None:
    """ "٣٫٤ مليون قرص كبتاجون" is 3.4 million captagon pills."""
    text = "ضبطت الجمارك ٣٫٤ مليون قرص كبتاجون في منفذ الحديثة."
    assert drug_facts(extract_all(text, "ar")) == {("captagon", 3_400_000.0, "pills")}


def test_es_figures_after_mil_add_to_it(extract_all: Extract) -> None:
    """ "Mil 400 cartuchos" and "3 mil 200 kilos" (Mexican copy) are 1400 and 3200."""
    text = "La Marina aseguró 3 mil 200 kilos de cocaína, dos fusiles y mil 400 cartuchos."
    events = extract_all(text, "es")
    assert drug_facts(events) == {("cocaine", 3200.0, "kg")}
    assert ("ammunition", 1400) in _weapons(events)


def test_en_dollar_sign_in_mexico_is_usd_beside_pesos(extract_all: Extract) -> None:
    """English copy names pesos as pesos: its bare "$" in Mexico is the US dollar."""
    text = "Mexican soldiers seized 1.5 million pesos and $48,000 in cash in Culiacán, Sinaloa."
    assert sorted(_money(extract_all(text))) == [(48000.0, "USD"), (1_500_000.0, "MXN")]


def test_ar_financial_value_of_the_drugs_is_the_total(extract_all: Extract) -> None:
    """ "وتقدر القيمة المالية للمواد المخدرة بنحو 3 ملايين جنيه": the drugs' value, not cash."""
    text = (
        "ضبطت الشرطة 40 كيلوجرام من مخدر الحشيش ومبلغ مالي في الجيزة، وتقدر القيمة المالية "
        "للمواد المخدرة المضبوطة بنحو 3 ملايين جنيه."
    )
    events = extract_all(text, "ar")
    assert [a for a, _ in _money(events)] == [None]
    event = one(events, SeizureEvent)
    assert event.total_value is not None
    assert event.total_value.amount == 3_000_000


def test_es_value_on_the_international_market_is_no_cash(extract_all: Extract) -> None:
    """ "en el mercado internacional supera los 80 millones de soles": a value, not money."""
    text = (
        "La policía peruana incautó 900 kilos de cocaína en el Callao. El valor de la droga en "
        "el mercado internacional supera los 80 millones de soles."
    )
    assert _money(extract_all(text, "es")) == []


def test_es_tonnes_with_three_decimals_stay_decimal_in_mexico(extract_all: Extract) -> None:
    """ "1,356 toneladas" in a Mexican story is 1.356 t: a thousand tonnes is no seizure."""
    text = "CIUDAD DE MÉXICO.- La Marina aseguró 1,356 toneladas de cocaína en Manzanillo."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 1.356, "t")}


def test_ar_bracketed_decimal_then_million(extract_all: Extract) -> None:
    """ "(٢٫٦) مليون حبة كبتاجون": bracketed figures then the scale word, 2.6 million."""
    text = "أحبطت الجمارك تهريب (٢٫٦) مليون حبة كبتاجون في ميناء جدة الإسلامي."
    assert drug_facts(extract_all(text, "ar")) == {("captagon", 2_600_000.0, "pills")}


def test_ar_bracketed_figures_then_thousand(extract_all: Extract) -> None:
    """ "(36) ألف قرص إمفيتامين" is 36,000 pills."""
    text = "ضبطت الشرطة (36) ألف قرص إمفيتامين في الرياض."
    assert drug_facts(extract_all(text, "ar")) == {("amphetamine", 36_000.0, "pills")}
