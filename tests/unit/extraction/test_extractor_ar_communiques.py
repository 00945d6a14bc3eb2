"""Arabic police communiqués: bracketed figures before a scale word, subjects holding goods
words before the object link of قبض, counts after a dual that are no tablet counts, duals
written with harakat, lone units, and relative days."""

from __future__ import annotations

import datetime

from tests.unit.extraction.conftest import Extract, drug_facts, of_type
from worker.extraction.dates import find_dates
from worker.extraction.numbers import find_numbers
from worker.extraction.text import normalize
from worker.models import ArrestEvent, SeizureEvent


def _values(text: str) -> list[float]:
    normalized = normalize(text, "ar").normalized
    return [n.value for n in find_numbers(normalized, "ar")]


def test_ar_bracketed_figure_takes_scale_after_bracket() -> None:
    """ "(35) ألف" is 35,000: the figure in brackets still takes the scale word after it."""
    assert _values("ضبطت الدورية (35) ألف قرص مخدر") == [35_000.0]


def test_ar_bracketed_decimal_figure_takes_million() -> None:
    """ "(٣٫٥) مليون" with the Arabic decimal separator is 3,500,000."""
    assert _values("إحباط تهريب (٣٫٥) مليون حبة") == [3_500_000.0]


def test_ar_bracketed_figure_alone_stays() -> None:
    """A bracketed figure without a scale after it keeps its own value."""
    assert _values("ضبط (٦٠٠) قرص") == [600.0]


def test_ar_bracketed_count_of_pills_in_seizure(extract_all: Extract) -> None:
    """ "وضُبط بحوزته (18) ألف قرص إمفيتامين": 18,000 pills."""
    text = "قبضت الدوريات على مقيم، وضُبط بحوزته (18) ألف قرص إمفيتامين مخدر."
    assert ("amphetamine", 18_000.0, "pills") in drug_facts(extract_all(text, "ar"))


def test_ar_linked_arrest_after_agency_with_drug_word(extract_all: Extract) -> None:
    """ "قبضت إدارة مكافحة المخدرات ... على ثلاثة أشخاص": the drug word belongs to the
    subject's name; the object after على is persons, an arrest of three."""
    text = "قبضت إدارة مكافحة المخدرات في المنطقة الشرقية فجر الأحد على ثلاثة أشخاص في الدمام."
    arrests = of_type(extract_all(text, "ar"), "arrest")
    assert len(arrests) == 1
    assert isinstance(arrests[0], ArrestEvent)
    assert arrests[0].persons_count == 3


def test_ar_two_after_dual_is_not_a_count_of_tablets(extract_all: Extract) -> None:
    """ "مقيمين اثنين وبحوزتهما أقراص": the two are the residents, not the tablets."""
    text = "ضبطت الشرطة مقيمين اثنين وبحوزتهما أقراص الكبتاغون في سيارتهما."
    facts = drug_facts(extract_all(text, "ar"))
    assert all(quantity is None for _, quantity, _ in facts)


def test_ar_ensnared_verbal_noun_is_an_arrest(extract_all: Extract) -> None:
    """ "تمكنت الشرطة من الإيقاع بمروجَين": caught, an arrest of the persons after ب."""
    text = "تمكنت دوريات الشرطة من الإيقاع بأربعة مروجين في حي شعبي بالمدينة."
    arrests = of_type(extract_all(text, "ar"), "arrest")
    assert len(arrests) == 1
    assert isinstance(arrests[0], ArrestEvent)
    assert arrests[0].persons_count == 4


def _arrest_count(extract_all: Extract, text: str) -> int | None:
    arrests = of_type(extract_all(text, "ar"), "arrest")
    assert len(arrests) == 1
    assert isinstance(arrests[0], ArrestEvent)
    return arrests[0].persons_count


def test_ar_dual_written_with_harakat_counts_two(extract_all: Extract) -> None:
    """ "مقيمَيْن" with the dual's harakat is two residents (bare مقيمين stays a plural)."""
    text = "وألقت دوريات الأمن القبض على مقيمَيْن من الجنسية الباكستانية في الدمام."
    assert _arrest_count(extract_all, text) == 2


def test_ar_agreeing_dual_adjective_adds_nobody(extract_all: Extract) -> None:
    """ "متهمَيْن آخرَيْن": the adjective agrees with the dual noun, still two persons."""
    text = "وأوقفت الشرطة متهمَيْن آخرَيْن في القضية ذاتها بمدينة سلا."
    assert _arrest_count(extract_all, text) == 2


def test_ar_partners_dual_counts_two(extract_all: Extract) -> None:
    """ "شريكين له": two accomplices."""
    text = "وأسفرت التحريات عن توقيف شريكين له في مدينة مكناس."
    assert _arrest_count(extract_all, text) == 2


def test_ar_indefinite_unit_alone_is_one(extract_all: Extract) -> None:
    """ "حجزت قنطاراً من الكيف المعالج": one quintal, 100 kg."""
    text = "وحجزت وحدات الدرك قنطاراً من الكيف المعالج على متن سيارة سياحية."
    assert ("hashish", 100.0, "kg") in drug_facts(extract_all(text, "ar"))


def test_ar_nominative_dual_tonnes_then_kilos(extract_all: Extract) -> None:
    """ "طنان و400 كيلوغرام" is 2.4 tonnes."""
    text = "وضبطت قوات خفر السواحل طنان و400 كيلوغرام من الحشيش على متن قارب."
    assert ("hashish", 2.4, "t") in drug_facts(extract_all(text, "ar"))


def test_ar_unit_after_a_number_is_not_one_more(extract_all: Extract) -> None:
    """ "9 كيلوغرامات من حشيشة الكيف": the second drug word takes no weight of one kg."""
    text = "وضُبط بحوزتهم 9 كيلوغراماً من حشيشة الكيف داخل المنزل."
    assert all(quantity != 1.0 for _, quantity, _ in drug_facts(extract_all(text, "ar")))


def test_ar_pills_count_is_no_money_count(extract_all: Extract) -> None:
    """ "(22) ألف قرص إضافة إلى مبلغ مالي": the tablets are of the sentence's drug, and
    the sum of money is not counted in tablets."""
    text = (
        "وقبضت الشرطة على مقيم لترويجه أقراص الإمفيتامين، وضُبط بحوزته (22) ألف قرص إضافة"
        " إلى مبلغ مالي."
    )
    events = extract_all(text, "ar")
    assert ("amphetamine", 22_000.0, "pills") in drug_facts(events)
    seizures = [e for e in events if isinstance(e, SeizureEvent)]
    money = [i for s in seizures for i in s.items if i.category == "money"]
    assert all(i.count is None for i in money)


def test_ar_singular_hallucinogen_pill_is_unspecified(extract_all: Extract) -> None:
    """ "3200 قرص مهلوس": an unspecified drug in pills."""
    text = "وأسفرت العملية عن حجز 3200 قرص مهلوس وتوقيف شخصين."
    assert ("unspecified", 3200.0, "pills") in drug_facts(extract_all(text, "ar"))


def test_ar_evening_of_the_day_before_yesterday() -> None:
    """ "مساء أمس الأول" is two days before publication."""
    published = datetime.date(2025, 3, 12)
    text = normalize("وأوقفت الشرطة مساء أمس الأول شابين في الحي", "ar").normalized
    assert [d.value for d in find_dates(text, "ar", published)] == ["2025-03-10"]


def test_ar_definite_count_after_construct(extract_all: Extract) -> None:
    """ "أفراد الشبكة الستة": the definite number after the construct counts the members."""
    text = "وأوقفت عناصر الأمن أفراد الشبكة الستة في مدينة وجدة."
    assert _arrest_count(extract_all, text) == 6
