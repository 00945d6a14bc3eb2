"""Dates of the steps a court story recounts (guide section 3 "date"): the arrest and
seizure behind a ruling take the day the text tells for them, or none, never the hearing's."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract


def test_pluperfect_arrest_after_a_ruling_takes_no_hearing_day(extract_all: Extract) -> None:
    """ "Le tribunal a condamné mercredi ... Il avait été interpellé chez lui": the arrest
    is the case's past, undated; Wednesday is the ruling's alone."""
    text = (
        "Le tribunal correctionnel de Nantes a condamné mercredi un homme de 41 ans à cinq "
        "ans de prison pour trafic de stupéfiants. Il avait été interpellé chez lui, où les "
        "policiers avaient saisi 3 kg d'héroïne."
    )
    events = extract_all(text, "fr", "2024-06-14")
    dates = {(e.type, e.occurred_on) for e in events}
    assert ("sentence", "2024-06-12") in dates
    assert ("arrest", None) in dates
    assert ("seizure", None) in dates


def test_arabic_pluperfect_arrest_after_a_ruling_takes_no_hearing_day(
    extract_all: Extract,
) -> None:
    """ "قضت المحكمة أمس ... وكانت الشرطة قد ضبطت": the recounted arrest keeps no day."""
    text = (
        "قضت محكمة الجنايات أمس الثلاثاء بالسجن المشدد عشر سنوات على متهمين اثنين بتجارة "
        "المخدرات. وكانت الشرطة قد ألقت القبض عليهما وضبطت معهما 40 كيلوغراما من الحشيش."
    )
    events = extract_all(text, "ar", "2024-06-12")
    dates = {(e.type, e.occurred_on) for e in events}
    assert ("sentence", "2024-06-11") in dates
    assert ("arrest", None) in dates


def test_arabic_referral_day_is_not_the_arrests(extract_all: Extract) -> None:
    """ "وتم القبض على ... وأحيلوا يوم الخميس إلى النيابة": Thursday is the referral's
    (a court step); the arrest keeps the raid's Monday told before."""
    text = (
        "داهمت دورية للشرطة يوم الاثنين منزلا في مدينة المفرق. وتم القبض على أربعة أشخاص "
        "داخل المنزل، وأحيلوا يوم الخميس إلى النيابة العامة."
    )
    events = extract_all(text, "ar", "2024-06-14")
    (arrest,) = [e for e in events if e.type == "arrest"]
    assert arrest.occurred_on == "2024-06-10"


def test_goods_held_at_an_old_arrest_share_its_month(extract_all: Extract) -> None:
    """ "jailed on Tuesday a man who was arrested in January with 12 kilograms": the goods
    were seized at the arrest, in January, as the case's past; not on the ruling's day."""
    text = (
        "A judge in Cardiff on Tuesday jailed a man who was arrested in January with 12 "
        "kilograms of heroin in his van."
    )
    events = extract_all(text, "en", "2024-09-20")
    (seizure,) = [e for e in events if e.type == "seizure"]
    assert (seizure.occurred_on, seizure.background) == ("2024-01", True)
