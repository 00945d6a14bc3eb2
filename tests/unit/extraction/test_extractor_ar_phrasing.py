"""Arabic press-release phrasings where the subject stands between the verb and its object."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ChargeEvent, DismantlingEvent, ExtraditionEvent


def test_ar_prosecution_between_referral_and_trial(extract_all: Extract) -> None:
    """ "أحالتهم النيابة العامة إلى المحاكمة": a charge, the prosecution between verb and court."""
    text = "وأحالتهم النيابة العامة إلى المحاكمة الجنائية بتهمة الاتجار في المخدرات."
    assert any(isinstance(e, ChargeEvent) for e in extract_all(text, "ar"))


def test_ar_toppled_gang_with_subject_between(extract_all: Extract) -> None:
    """ "أطاحت شرطة دبي بعصابة": the gang after the subject is dismantled."""
    text = "أطاحت شرطة دبي بعصابة لترويج المخدرات في منطقة القصيص."
    assert any(isinstance(e, DismantlingEvent) for e in extract_all(text, "ar"))


def test_ar_toppled_government_is_no_dismantling(extract_all: Extract) -> None:
    """ "أطاحت الاحتجاجات بالحكومة": no criminal group, no dismantling."""
    text = "أطاحت الاحتجاجات بالحكومة في العاصمة بعد أسابيع من المظاهرات."
    assert not any(isinstance(e, DismantlingEvent) for e in extract_all(text, "ar"))


def test_ar_named_person_handed_to_a_country(extract_all: Extract) -> None:
    """ "سلمت هندوراس أوريانا إلى الولايات المتحدة": a bare name handed to a country is an
    extradition, between both states."""
    text = "وسلمت هندوراس أوريانا إلى الولايات المتحدة يوم الثلاثاء."
    extradition = next(e for e in extract_all(text, "ar") if isinstance(e, ExtraditionEvent))
    assert set(extradition.countries) == {"HN", "US"}


def test_ar_goods_handed_to_prosecution_is_no_extradition(extract_all: Extract) -> None:
    """ "سلمت الشرطة المضبوطات إلى النيابة": no state receives anyone."""
    text = "وسلمت الشرطة المضبوطات إلى النيابة العامة في القاهرة."
    assert not any(isinstance(e, ExtraditionEvent) for e in extract_all(text, "ar"))
