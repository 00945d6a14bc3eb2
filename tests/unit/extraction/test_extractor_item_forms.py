"""Seized-item forms: converted imperial weights, thousands written with a comma in a
decimal-comma language, colloquial substance names and words that name a drug only when
weighed. Sentences are written for these tests."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.unit.extraction.conftest import Extract, drug_facts
from worker.models import SeizureEvent


def test_en_pounds_become_kilograms_with_two_decimals(extract_all: Extract) -> None:
    """ "3,200 pounds" is 1451.50 kg (1 lb = 0.45359237 kg, two decimals)."""
    text = "The Coast Guard seized 3,200 pounds of cocaine from a speedboat on Friday."
    assert drug_facts(extract_all(text)) == {("cocaine", 1451.5, "kg")}


def test_en_lbs_abbreviation_becomes_kilograms(extract_all: Extract) -> None:
    """ "45 lbs" is 20.41 kg."""
    text = "Troopers seized 45 lbs of methamphetamine from a pickup truck."
    assert drug_facts(extract_all(text)) == {("methamphetamine", 20.41, "kg")}


def test_ar_pounds_become_kilograms(extract_all: Extract) -> None:
    """ "رطل" is a pound: 100 رطل = 45.36 kg."""
    text = "ضبطت الشرطة 100 رطل من الكوكايين داخل قارب."
    assert drug_facts(extract_all(text, "ar")) == {("cocaine", 45.36, "kg")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "La Armada incautó 2,300 kilos de cocaína en una lancha.",
            ("cocaine", 2300.0, "kg"),
        ),
        ("es", "Decomisaron 1,100 kilos de marihuana en un camión.", ("cannabis", 1100.0, "kg")),
        (
            "es",
            "Incautaron 3,500 litros de precursores químicos en un laboratorio.",
            ("drug precursors", 3500.0, "l"),
        ),
        ("fr", "Les douaniers ont saisi 1,200 kg de cocaïne au port.", ("cocaine", 1200.0, "kg")),
    ],
)
def test_comma_group_with_trailing_zeros_is_thousands(
    extract_all: Extract, language: str, text: str, expected: tuple[str, float, str]
) -> None:
    """A weight "2,300 kilos" is 2300: a decimal is not written with trailing zeros."""
    assert drug_facts(extract_all(text, language)) == {expected}


def test_es_comma_group_without_trailing_zeros_stays_decimal(extract_all: Extract) -> None:
    """ "2,915 kilos" in Spanish stays 2.915 (the guide's example)."""
    text = "Los agentes incautaron 2,915 kilos de cocaína en el domicilio."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 2.915, "kg")}


def test_ar_egyptian_thousandths_stay_kilograms(extract_all: Extract) -> None:
    """Egyptian police style "17,500 كيلو" is still 17.5 kg."""
    text = "ضبطت مباحث المخدرات 17,500 كيلو حشيش بحوزة عاطل."
    assert drug_facts(extract_all(text, "ar")) == {("hashish", 17.5, "kg")}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Police seized 184 kg of syabu in Penang.", ("methamphetamine", 184.0, "kg")),
        ("en", "Officers found 12 kg of ice in the car.", ("methamphetamine", 12.0, "kg")),
        ("fr", "La police a saisi 3 kg de shabu à Manille.", ("methamphetamine", 3.0, "kg")),
        ("ar", "ضبطت الشرطة 3 كيلو آيس مع المتهم.", ("methamphetamine", 3.0, "kg")),
        ("ar", "ضبطت الشرطة 7 كيلو بانغو في مزرعة.", ("cannabis", 7.0, "kg")),
        ("ar", "حجزت الشرطة 40 كيلوغراما من الشيرة في شاحنة.", ("hashish", 40.0, "kg")),
    ],
)
def test_colloquial_substance_names(
    extract_all: Extract, language: str, text: str, expected: tuple[str, float, str]
) -> None:
    """Street and regional names reach the canonical substance."""
    assert drug_facts(extract_all(text, language)) == {expected}


def test_en_ice_without_weight_is_no_drug(extract_all: Extract) -> None:
    """ "ICE agents" or "ice" with no weight names no drug."""
    text = "ICE agents seized 4 kg of heroin in a warehouse in Newark."
    assert drug_facts(extract_all(text)) == {("heroin", 4.0, "kg")}


def test_en_weight_of_the_lead_goes_to_a_seizure_told_without_it(extract_all: Extract) -> None:
    """The lead tells "60 kilograms of heroin", the seizure sentence only "found the heroin"."""
    text = (
        "Four men who tried to smuggle 60 kilograms of heroin through Dover have been jailed.\n"
        "The men were arrested in May after officers stopped the van and found the heroin "
        "behind boxes."
    )
    assert drug_facts(extract_all(text)) == {("heroin", 60.0, "kg")}


def test_en_weight_told_after_the_seizure_sentence(extract_all: Extract) -> None:
    """ "The 1.3 tonnes of cocaine were hidden in ...": the weight of the seizure before it."""
    text = (
        "Police arrested four men on Monday after a raid in the port. "
        "Officers seized a shipment of cocaine. "
        "The 1.3 tonnes of cocaine were hidden in banana boxes."
    )
    assert drug_facts(extract_all(text)) == {("cocaine", 1.3, "t")}


def test_ar_court_story_weight_goes_to_the_recalled_seizure(extract_all: Extract) -> None:
    """A ruling over "25 كيلوغراما من الشابو", the recalled seizure names only "المخدرات"."""
    text = (
        "قضت محكمة الجنايات بالسجن المشدد على متهمين بعد إدانتهما بحيازة 25 كيلوغراما "
        "من الشابو بقصد الاتجار.\n"
        "وتعود تفاصيل القضية إلى مارس الماضي عندما ألقت الشرطة القبض على المتهمين "
        "وضبطت المخدرات داخل سيارة."
    )
    assert drug_facts(extract_all(text, "ar")) == {("methamphetamine", 25.0, "kg")}


def test_weight_of_another_seizure_is_not_taken(extract_all: Extract) -> None:
    """Two seizures each told with its own weight: neither takes the other's."""
    text = (
        "Police seized 184 kg of methamphetamine in Penang on Monday. "
        "In a separate operation on Friday, officers seized heroin in Johor."
    )
    drugs = drug_facts(extract_all(text))
    assert ("methamphetamine", 184.0, "kg") in drugs
    assert ("heroin", 184.0, "kg") not in drugs


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "es",
            "La Audiencia condenó a tres hombres por introducir 150 kilos de cocaína en un "
            "contenedor.\nLos agentes detuvieron a los tres en 2023 e incautaron la cocaína en "
            "el puerto.",
            ("cocaine", 150.0, "kg"),
        ),
        (
            "fr",
            "Trois hommes ont été condamnés pour avoir importé 80 kilos de cocaïne au Havre.\n"
            "Les douaniers avaient saisi la cocaïne dans un conteneur en 2023.",
            ("cocaine", 80.0, "kg"),
        ),
    ],
)
def test_ruling_weight_goes_to_the_recalled_seizure(
    extract_all: Extract, language: str, text: str, expected: tuple[str, float, str]
) -> None:
    """The weight told with the ruling is the recalled seizure's ("incautaron la cocaína")."""
    assert drug_facts(extract_all(text, language)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Customs seized a 4-tonne load of cannabis at the port.", ("cannabis", 4.0, "t")),
        ("Police seized a 250-kilogram heroin shipment in a warehouse.", ("heroin", 250.0, "kg")),
    ],
)
def test_en_hyphenated_weight_adjective(
    extract_all: Extract, text: str, expected: tuple[str, float, str]
) -> None:
    """ "a 4-tonne load of cannabis": the number and its unit joined by a hyphen."""
    assert drug_facts(extract_all(text)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ضبطت الشرطة كيلوغرامين من الهيروين في سيارة.", {("heroin", 2.0, "kg")}),
        (
            "ضبطت الشرطة 40 كيلوغراما من الحشيش وكيلوجرامين من الشبو.",
            {("hashish", 40.0, "kg"), ("methamphetamine", 2.0, "kg")},
        ),
        ("ضبطت الشرطة غرامين من الكوكايين مع المتهم.", {("cocaine", 2.0, "g")}),
    ],
)
def test_ar_dual_unit_without_number_is_two(
    extract_all: Extract, text: str, expected: set[tuple[str, float, str]]
) -> None:
    """ "كيلوغرامين", "غرامين": the dual of a unit is two of it."""
    assert drug_facts(extract_all(text, "ar")) == expected


def test_ar_broken_plural_of_tonne_is_no_dual(extract_all: Extract) -> None:
    """ "أطنان" is the plural of طن: a drug word before "7 أطنان" takes no two tonnes."""
    text = "أحبطت الشرطة عملية للتهريب الدولي للمخدرات، وحجزت 7 أطنان من الشيرا."
    assert drug_facts(extract_all(text, "ar")) == {("hashish", 7.0, "t")}


def test_ar_the_drug_refers_to_the_named_substance(extract_all: Extract) -> None:
    """ "320 جرام من المخدر" after "مخدر الشابو": the drug named before it."""
    text = "ضبطت الشرطة عاطلا لاتجاره في مخدر الشابو وبحوزته 320 جرام من المخدر."
    assert drug_facts(extract_all(text, "ar")) == {("methamphetamine", 320.0, "g")}


def test_ar_preposition_on_a_classifier_before_the_substance(extract_all: Extract) -> None:
    """ "5 كيلو لمخدر الحشيش": the weight is the hashish's, not an unnamed drug's."""
    text = "ضبطت الشرطة 5 كيلو لمخدر الحشيش مع المتهم."
    assert drug_facts(extract_all(text, "ar")) == {("hashish", 5.0, "kg")}


def _weapons(events: Sequence[object]) -> set[tuple[str, str | None, int | None]]:
    return {
        (i.category, i.label, i.count)
        for e in events
        if isinstance(e, SeizureEvent)
        for i in e.items
        if i.category in ("weapon", "ammunition", "explosive")
    }


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los agentes intervinieron dos centenares de cartuchos y una escopeta."),
        ("fr", "Les gendarmes ont saisi deux centaines de cartouches et un pistolet."),
    ],
)
def test_count_of_hundreds_noun(extract_all: Extract, language: str, text: str) -> None:
    """ "dos centenares de", "deux centaines de" count 200 rounds."""
    assert ("ammunition", "ammunition", 200) in _weapons(extract_all(text, language))


def test_ar_singular_bladed_weapon_is_one(extract_all: Extract) -> None:
    """ "وسلاح أبيض" with no number is one knife."""
    text = "ضبطت الشرطة عاطلا وبحوزته 20 قرص ترامادول وسلاح أبيض."
    assert ("weapon", "knife", 1) in _weapons(extract_all(text, "ar"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ضبطت الشرطة بندقيتي كلاشنيكوف مع المهربين.", ("weapon", "automatic rifle", 2)),
        ("ضبطت الشرطة فردي خرطوش في المنزل.", ("weapon", "shotgun", 2)),
        ("ضبطت الشرطة طبنجتين في السيارة.", ("weapon", "pistol", 2)),
        ("ضبطت الشرطة قطعتي سلاح في المنزل.", ("weapon", "weapons", 2)),
        ("ضبطت الشرطة قنبلتين يدويتين في المخزن.", ("explosive", "grenade", 2)),
    ],
)
def test_ar_dual_weapons_count_two(
    extract_all: Extract, text: str, expected: tuple[str, str, int]
) -> None:
    """An Arabic dual weapon noun (also in construct: بندقيتي) counts two."""
    assert expected in _weapons(extract_all(text, "ar"))


def test_ar_umbrella_weapons_word_before_another_category_is_kept(extract_all: Extract) -> None:
    """ "أربع قطع سلاح وقنبلتين": the weapons word classifies no grenade; both are counted."""
    found = _weapons(extract_all("ضبطت الشرطة أربع قطع سلاح وقنبلتين يدويتين.", "ar"))
    assert found == {("weapon", "weapons", 4), ("explosive", "grenade", 2)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Customs seized 1.2 tonnes of cocaine in the port on Monday. The 1,200 kilos of "
            "cocaine seized were hidden in banana boxes.",
            {("cocaine", 1.2, "t")},
        ),
        (
            "es",
            "La Guardia Civil se incautó de 2 toneladas de hachís en Cádiz. Los 2.000 kilos de "
            "hachís incautados estaban ocultos en una furgoneta.",
            {("hashish", 2.0, "t")},
        ),
    ],
)
def test_one_weight_in_two_units_is_counted_once(
    extract_all: Extract, language: str, text: str, expected: set[tuple[str, float, str]]
) -> None:
    """The same weight told again in another unit is one quantity, as first told."""
    assert drug_facts(extract_all(text, language)) == expected


def test_weights_of_two_operations_stay_apart(extract_all: Extract) -> None:
    """Two seizures of one substance, each with its weight: one weight each."""
    text = (
        "Police seized 184 kg of syabu in Johor on Monday. In a separate raid in Penang on "
        "Tuesday, officers seized 62 kg of syabu."
    )
    weights = [
        [(i.quantity, i.unit) for i in e.items if i.category == "drug"]
        for e in extract_all(text)
        if isinstance(e, SeizureEvent)
    ]
    assert sorted(weights) == [[(62.0, "kg")], [(184.0, "kg")]]


def test_es_goods_told_with_an_arrest_go_to_the_nearest_seizure(extract_all: Extract) -> None:
    """Two operations; the cocaine told with the boat's arrests is not the warehouse's."""
    text = (
        "El lunes, los agentes hallaron 900 kilos de marihuana en una bodega de Cali.\n"
        "Un día después, la Armada interceptó una lancha cerca de Tumaco. A bordo se "
        "encontraban tres hombres que fueron capturados, y 1.500 kilos de cocaína."
    )
    substances = sorted(
        sorted(i.substance or "" for i in e.items if i.category == "drug")
        for e in extract_all(text, "es")
        if isinstance(e, SeizureEvent)
    )
    assert substances == [["cannabis"], ["cocaine"]]


def test_es_article_with_comma_thousands_reads_weights_so(extract_all: Extract) -> None:
    """ "1,150 paquetes" shows the article's comma thousands: "1,232 kilos" is 1232."""
    text = (
        "La policía ocupó 1,150 paquetes de cocaína en una lancha. Los paquetes tienen un "
        "peso total de 1,232 kilos de cocaína."
    )
    assert ("cocaine", 1232.0, "kg") in drug_facts(extract_all(text, "es"))


def test_ar_comma_grouped_money_keeps_egyptian_thousandths(extract_all: Extract) -> None:
    """Egyptian copy groups money with a comma yet "17,750 كيلو" stays 17.75 kg."""
    text = "ضبطت الشرطة 17,750 كيلو حشيش و5,000 جنيه بحوزة المتهم."
    assert ("hashish", 17.75, "kg") in drug_facts(extract_all(text, "ar"))


def test_ar_maghreb_psychotropic_pills_are_unspecified_pills(extract_all: Extract) -> None:
    """ "القرقوبي" (Maghreb psychotropic pills): a count of unspecified pills."""
    text = "حجزت الشرطة 5000 قرص من القرقوبي بحوزة المشتبه فيه."
    assert drug_facts(extract_all(text, "ar")) == {("unspecified", 5000.0, "pills")}


def test_en_indefinite_article_before_a_hyphenated_prefix_counts_one(
    extract_all: Extract,
) -> None:
    """ "a semi-automatic rifle": the article counts one though the word starts after "semi-"."""
    found = _weapons(extract_all("Police seized three pistols and a semi-automatic rifle."))
    assert found == {("weapon", "pistol", 3), ("weapon", "automatic rifle", 1)}


def test_ar_raw_materials_are_precursors_and_a_unit_with_a_half_is_one_and_a_half(
    extract_all: Extract,
) -> None:
    """ "طن ونصف من المواد الأولية" in a captagon lab: 1.5 t of drug precursors."""
    text = (
        "دهمت القوة معملا لتصنيع الكبتاغون وضبطت فيه 200 ألف حبة كبتاغون وطن ونصف من "
        "المواد الأولية المستخدمة في التصنيع."
    )
    assert drug_facts(extract_all(text, "ar")) == {
        ("captagon", 200000.0, "pills"),
        ("drug precursors", 1.5, "t"),
    }


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "ar",
            "تتصاعد عمليات تهريب الكبتاغون. وضبطت الشرطة 9 ملايين حبة مخبأة داخل ألواح خشبية.",
            {("captagon", 9_000_000.0, "pills")},
        ),
        (
            "en",
            "Ecstasy use is rising in the city. On Friday officers found 2,000 pills in a flat.",
            {("MDMA", 2000.0, "pills")},
        ),
        ("en", "Officers found 2,000 pills in a flat.", set()),
        (
            "es",
            "Un pasajero expulsó 60 cápsulas con un total de 800 gramos de cocaína.",
            {("cocaine", 800.0, "g")},
        ),
    ],
)
def test_pills_without_a_drug_word_take_the_story_substance(
    extract_all: Extract, language: str, text: str, expected: set[tuple[str, float, str]]
) -> None:
    """A bare count of pills is of the one substance named before; capsules holding a weight
    add nothing."""
    assert drug_facts(extract_all(text, language)) == expected


def test_fr_bulleted_list_goes_on_past_a_line_with_its_own_verb(extract_all: Extract) -> None:
    """A bullet with its own seizure verb does not end the list: the weapons after it count."""
    text = (
        "Les enquêteurs ont démantelé un réseau à Marseille.\n"
        "Bilan des saisies réalisées lors des perquisitions :\n"
        "- 40 kg de cocaïne ;\n"
        "- 300 000 euros en numéraire, découverts dans une cave ;\n"
        "- quatre armes de poing et environ 200 cartouches."
    )
    found = _weapons(extract_all(text, "fr"))
    assert ("weapon", "pistol", 4) in found
    assert ("ammunition", "ammunition", 200) in found


def test_en_abbreviated_unit_with_a_dot(extract_all: Extract) -> None:
    """ "45 lbs. of methamphetamine": the unit's abbreviation dot ends no sentence."""
    text = "Agents seized 45 lbs. of methamphetamine in Arizona."
    assert drug_facts(extract_all(text)) == {("methamphetamine", 20.41, "kg")}


def test_en_pills_take_the_drug_they_tested_positive_for(extract_all: Extract) -> None:
    """ "12,500 pills ... that tested positive for fentanyl": fentanyl pills, counted."""
    events = extract_all(
        "Troopers found 12,500 white pills stamped K9 that tested positive for fentanyl "
        "in a van near Yuma.",
        "en",
    )
    assert drug_facts(events) == {("fentanyl", 12_500, "pills")}


def test_en_pills_before_another_weighed_drug_take_no_substance(extract_all: Extract) -> None:
    """ "2,000 pills and 3 kg of cocaine": a number between, so the pills are not cocaine."""
    events = extract_all("Officers found 2,000 pills and 3 kg of cocaine in the car.", "en")
    assert ("cocaine", 2_000, "pills") not in drug_facts(events)
