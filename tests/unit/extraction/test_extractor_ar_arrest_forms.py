"""Arabic arrests told verb-subject-object and handovers that are no extradition."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, ChargeEvent, Event, ExtraditionEvent


def _arrests(events: list[Event]) -> list[ArrestEvent]:
    return [e for e in events if isinstance(e, ArrestEvent)]


def test_ar_bare_verb_with_subject_before_link_is_an_arrest(extract_all: Extract) -> None:
    """ "قبض رجال الأمن على تاجر": the subject stands between the verb and "على"."""
    text = "وقبض رجال الأمن على تاجر مخدرات في حي شعبي بالمدينة."
    arrests = _arrests(extract_all(text, "ar"))
    assert len(arrests) == 1
    assert arrests[0].persons_count == 1


def test_ar_bare_verb_with_person_subject_and_day_between(extract_all: Extract) -> None:
    """ "قبض أفراد الدورية، بعد مطاردة، على السائق": a person noun as the subject, an incise
    before "على": the driver is the one arrested."""
    text = "قبض أفراد الدورية، بعد مطاردة قصيرة، على السائق قرب الحدود."
    arrests = _arrests(extract_all(text, "ar"))
    assert len(arrests) == 1
    assert arrests[0].persons_count == 1


def test_ar_bare_verb_without_link_takes_money_not_a_person(extract_all: Extract) -> None:
    """ "قبض الموظف رشوة": no "على", the person is the subject who received money."""
    text = "وقبض الموظف رشوة كبيرة من أحد المقاولين مقابل تسهيل معاملة."
    assert not _arrests(extract_all(text, "ar"))


def test_ar_bare_verb_with_pronoun_on_link(extract_all: Extract) -> None:
    """ "قبضت الشرطة عليه": the pronoun on "على" is the person arrested."""
    text = "وقبضت الشرطة عليه داخل مخبئه في ضواحي العاصمة."
    assert _arrests(extract_all(text, "ar"))


def test_ar_lone_person_noun_counts_one(extract_all: Extract) -> None:
    """ "تم توقيف شخص": the bare singular noun is one person."""
    text = "وتم توقيف شخص يشتبه في تورطه بتهريب الأقراص المهلوسة."
    arrests = _arrests(extract_all(text, "ar"))
    assert arrests
    assert arrests[0].persons_count == 1


def test_ar_handover_to_competent_body_is_no_extradition(extract_all: Extract) -> None:
    """ "وتم تسليمهما إلى جهات الاختصاص": a body of the same state, no state named."""
    text = "أوقفت الشرطة وافدين من جنسية آسيوية بتهمة السرقة، وتم تسليمهما إلى جهات الاختصاص."
    events = extract_all(text, "ar")
    assert _arrests(events)
    assert not any(isinstance(e, ExtraditionEvent) for e in events)


def test_ar_handover_to_foreign_authorities_stays_an_extradition(extract_all: Extract) -> None:
    """ "تسليمه إلى السلطات البريطانية": a demonym names the receiving state."""
    text = "واعتقلت شرطة أبوظبي المتهم، وتم تسليمه أمس إلى السلطات البريطانية."
    assert any(isinstance(e, ExtraditionEvent) for e in extract_all(text, "ar"))


def test_ar_handover_to_his_country_stays_an_extradition(extract_all: Extract) -> None:
    """ "تسليمه إلى بلاده": the person's own state receives him."""
    text = "وسلمت السلطات المطلوب إلى بلاده يوم الأحد بعد انتهاء الإجراءات."
    assert any(isinstance(e, ExtraditionEvent) for e in extract_all(text, "ar"))


def test_ar_ongoing_work_to_hand_over_is_a_plan(extract_all: Extract) -> None:
    """ "جار العمل مع الإنتربول لتسليمه": a handover still being arranged, no event."""
    text = "وأوضحت المديرية أنه جار العمل مع الإنتربول لتسليمه إلى السلطات الإيطالية."
    assert not any(isinstance(e, ExtraditionEvent) for e in extract_all(text, "ar"))


def test_ar_held_pending_handover_is_an_arrest_only(extract_all: Extract) -> None:
    """ "أوقفته في انتظار تسليمه": the arrest happened, the handover awaits."""
    text = "وأوقفته الشرطة الإسبانية في انتظار تسليمه إلى المغرب."
    events = extract_all(text, "ar")
    assert _arrests(events)
    assert not any(isinstance(e, ExtraditionEvent) for e in events)


def test_ar_plural_passive_with_counted_subject_is_an_arrest(extract_all: Extract) -> None:
    """ "وكان أربعة مهربين قد ضُبطوا": the plural verb's subject is persons, nothing after."""
    text = "وكان أربعة مهربين قد ضُبطوا فجر أمس على الحدود الشمالية."
    arrests = _arrests(extract_all(text, "ar"))
    assert len(arrests) == 1
    assert arrests[0].persons_count == 4


def test_ar_caught_in_the_grip_of_police(extract_all: Extract) -> None:
    """ "ووقع في قبضة الأمن ثلاثة مهربين": fallen into the hands of the police."""
    text = "ووقع في قبضة رجال الأمن ثلاثة مهربين بعد مطاردة طويلة."
    arrests = _arrests(extract_all(text, "ar"))
    assert len(arrests) == 1
    assert arrests[0].persons_count == 3


def test_ar_prosecutor_attributes_charges(extract_all: Extract) -> None:
    """ "أسند المدعي العام تهم ... إلى خمسة متهمين": a charge, the prosecutor between."""
    text = "وأسند المدعي العام تهم الاتجار بالمخدرات إلى خمسة متهمين يوم الاثنين."
    assert any(isinstance(e, ChargeEvent) for e in extract_all(text, "ar"))


def test_ar_wanted_man_as_object_is_one_person(extract_all: Extract) -> None:
    """ "قبضت الشرطة على مطلوب": a wanted man, one person arrested (not an extradition)."""
    text = "وقبضت الشرطة على مطلوب في قضية اتجار بالمخدرات بموجب نشرة حمراء."
    events = extract_all(text, "ar")
    arrests = _arrests(events)
    assert len(arrests) == 1
    assert arrests[0].persons_count == 1
    assert not any(isinstance(e, ExtraditionEvent) for e in events)


def test_ar_accusative_person_noun_counts_one(extract_all: Extract) -> None:
    """ "أوقفت الشرطة شخصا": the indefinite accusative noun is one person."""
    text = "وأوقفت الشرطة شخصا يشتبه في ترويجه الأقراص المخدرة قرب المدرسة."
    arrests = _arrests(extract_all(text, "ar"))
    assert arrests
    assert arrests[0].persons_count == 1


def test_ar_owner_of_seized_goods_is_arrested(extract_all: Extract) -> None:
    """ "وأوقفت صاحبها": the owner of the goods, one person arrested."""
    text = "وحجزت الشرطة 5 كيلوغرامات من الكوكايين في مستودع، وأوقفت صاحبها."
    arrests = _arrests(extract_all(text, "ar"))
    assert len(arrests) == 1
    assert arrests[0].persons_count == 1


def test_ar_driver_and_companion_are_two(extract_all: Extract) -> None:
    """ "سائق الشاحنة ومرافقه": the driver and his companion, two persons."""
    text = "وتم إلقاء القبض على سائق الشاحنة ومرافقه عند نقطة التفتيش."
    arrests = _arrests(extract_all(text, "ar"))
    assert arrests
    assert arrests[0].persons_count == 2
