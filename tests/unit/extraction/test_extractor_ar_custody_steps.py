"""Arabic custody and committal phrasings: steps of an arrest, an arrest only when alone."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, Event, SeizureEvent


def _arrests(events: list[Event]) -> list[ArrestEvent]:
    return [e for e in events if isinstance(e, ArrestEvent)]


def test_ar_police_custody_alone_is_an_arrest(extract_all: Extract) -> None:
    """ "وُضع المشتبه فيهم الثلاثة تحت تدبير الحراسة النظرية": told alone, the arrest."""
    text = "وتم وضع المشتبه فيهم الثلاثة تحت تدبير الحراسة النظرية بأمر من النيابة العامة."
    arrests = _arrests(extract_all(text, "ar"))
    assert len(arrests) == 1
    assert arrests[0].persons_count == 3


def test_ar_police_custody_after_arrest_adds_no_event(extract_all: Extract) -> None:
    """Custody told after the arrest is a step of it: one arrest, no seizure."""
    text = (
        "أوقفت الشرطة القضائية بمراكش شخصين يشتبه في ارتباطهما بترويج المخدرات. "
        "وقد تم وضع المشتبه فيهما تحت تدبير الحراسة النظرية رهن إشارة البحث."
    )
    events = extract_all(text, "ar")
    assert len(_arrests(events)) == 1
    assert not any(isinstance(e, SeizureEvent) for e in events)


def test_ar_led_away_alone_is_an_arrest(extract_all: Extract) -> None:
    """ "اقتيد المشتبه فيه إلى مقر الشرطة": led away in custody."""
    text = "واقتيد المشتبه فيه إلى مقر الشرطة بعد مداهمة مخبئه."
    assert _arrests(extract_all(text, "ar"))


def test_ar_committal_to_prison_alone_is_an_arrest(extract_all: Extract) -> None:
    """ "وتم إيداعه السجن المحلي": committal of a suspect, told alone."""
    text = "وتم إيداعه السجن المحلي في انتظار استكمال التحقيق معه."
    assert _arrests(extract_all(text, "ar"))


def test_ar_deposit_of_money_is_no_arrest(extract_all: Extract) -> None:
    """ "أودع التاجر مبلغا": a deposit, no one committed to prison."""
    text = "وأودع التاجر مبلغ مليون دينار في حسابه البنكي بعد بيع المحل."
    assert not _arrests(extract_all(text, "ar"))


def test_ar_committal_after_a_ruling_is_no_arrest(extract_all: Extract) -> None:
    """ "قضت المحكمة بسجنه ... وأودع السجن": the ruling's committal, not an arrest."""
    text = "قضت المحكمة بسجن المتهم ست سنوات، وأودع السجن فور النطق بالحكم."
    assert not _arrests(extract_all(text, "ar"))


def test_ar_leading_away_masdar_alone_is_an_arrest(extract_all: Extract) -> None:
    """ "وتم اقتياد المشتبه بهما إلى مقر الأمن": the masdar of اقتيد, told alone."""
    arrests = _arrests(extract_all("وتم اقتياد المشتبه بهما إلى مقر الأمن.", "ar"))
    assert len(arrests) == 1
    assert arrests[0].persons_count == 2
