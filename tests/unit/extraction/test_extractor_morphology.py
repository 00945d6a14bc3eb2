"""Matcher morphology and report-style details (Arabic clitics, duals, singulars, datelines)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import ArrestEvent, RaidEvent, SeizureEvent


def test_ar_dual_pronoun_on_trigger_is_two(extract: Extract) -> None:
    """ضبطهما: the dual pronoun on the trigger is two persons."""
    assert (
        one(extract("وتمكنت القوات من ضبطهما في منزل مهجور.", "ar"), ArrestEvent).persons_count == 2
    )


def test_ar_number_word_after_noun(extract: Extract) -> None:
    """المشتبه فيهم السبعة: a number word after its noun."""
    text = "أسفر الكمين عن توقيف المشتبه فيهم السبعة."
    assert one(extract(text, "ar"), ArrestEvent).persons_count == 7


def test_ar_singular_item_counts_one(extract: Extract) -> None:
    """A singular noun with no number (بندقية آلية) is one item."""
    event = one(extract("وعثر بحوزتهما على بندقية آلية و45 طلقة.", "ar"), SeizureEvent)
    counts = {i.category: i.count for i in event.items}
    assert counts == {"weapon": 1, "ammunition": 45}


def test_ar_generic_drug_word_classifies_the_specific_one(extract: Extract) -> None:
    """3 كيلو جرام لمخدر الشابو: the quantity goes to methamphetamine."""
    event = one(extract("وضبط بحوزته 3 كيلو جرام لمخدر الشابو.", "ar"), SeizureEvent)
    assert [(i.substance, i.quantity, i.unit) for i in event.items] == [
        ("methamphetamine", 3.0, "kg")
    ]


def test_ar_country_after_lam_article(extract: Extract) -> None:
    """للمغرب is ل + المغرب: the article's alef is dropped after ل."""
    text = "نفذت قوات الأمن التابعة للمغرب مداهمة على 3 منازل."
    assert one(extract(text, "ar"), RaidEvent).countries == ["MA"]


def test_ar_ta_marbuta_word_takes_no_suffix(extract: Extract) -> None:
    """مصادرها (its sources) is not مصادرة (confiscation)."""
    assert extract("ودعت الوزارة إلى استقاء المعلومات من مصادرها الرسمية.", "ar") == []


def test_ar_short_particle_inside_a_word_is_not_a_cue(extract: Extract) -> None:
    """ولاية holds و + لا + ية but is no negation: the arrest stands."""
    text = "اعتقلت شرطة ولاية وهران 4 أشخاص."
    assert one(extract(text, "ar"), ArrestEvent).persons_count == 4


def test_ar_long_denial_window(extract: Extract) -> None:
    """A denial verb governs the rumour it introduces, however long."""
    text = (
        "نفت وزارة الداخلية ما تم تداوله على بعض صفحات مواقع التواصل الاجتماعي خلال الساعات "
        "الماضية بشأن القبض على لاعب كرة قدم شهير."
    )
    assert of_type(extract(text, "ar"), "arrest") == []


def test_ar_booking_a_seat_is_not_a_seizure(extract: Extract) -> None:
    """حجز فريق ... مقعده: a booking, not a seizure (حجز needs goods)."""
    assert extract("حجز الفريق مقعده في المباراة النهائية بعد فوز صعب.", "ar") == []


def test_en_dateline_is_not_the_action_date(extract: Extract) -> None:
    """'MADRID, Feb 17 (Wire) -' dates the dispatch; 'on Monday' dates the action."""
    text = "MADRID, Feb 17 (Wire) - Police arrested 5 people on Monday, 12 February 2024."
    assert one(extract(text, published="2024-02-17"), ArrestEvent).occurred_on == "2024-02-12"


def test_en_metric_figure_preferred(extract: Extract) -> None:
    """'62 pounds (28.12 kilograms)': the metric figure is used."""
    event = one(
        extract("Troopers seized 62 pounds (28.12 kilograms) of methamphetamine."), SeizureEvent
    )
    assert [(i.quantity, i.unit) for i in event.items] == [(28.12, "kg")]


def test_en_named_person_before_passive(extract: Extract) -> None:
    """'Harjit Sandhu, 27, was charged': one person."""
    event = extract("Harjit Sandhu, 27, was charged with drug trafficking.")
    assert [e.persons_count for e in event if e.type == "charge"] == [1]


def test_en_if_convicted_is_not_a_conviction(extract: Extract) -> None:
    """A cue containing the trigger ('if convicted') blocks it."""
    assert extract("If convicted, the suspect could spend decades in prison.") == []


def test_en_region_is_not_a_country(extract: Extract) -> None:
    """'Central America' is not the United States."""
    event = one(
        extract("Police raided 3 warehouses used by gangs from Central America."), RaidEvent
    )
    assert event.countries == []
