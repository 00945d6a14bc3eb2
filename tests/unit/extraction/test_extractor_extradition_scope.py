"""Extradition precision: a handover names the receiving state after the verb; approvals of
an extradition and running totals of extraditions are no handover."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_en_handed_over_to_prosecutors_is_no_extradition(extract_all: Extract) -> None:
    """Suspects "two Colombians" taken to a port and handed to prosecutors: no state receives
    them."""
    text = (
        "The crew, two Colombians and a Peruvian, were taken to Manzanillo and handed over to "
        "federal prosecutors on Monday."
    )
    assert of_type(extract_all(text, "en"), "extradition") == []


def test_en_approved_extradition_is_no_extradition(extract_all: Extract) -> None:
    """A court approving an extradition and a president signing the order hand nobody over."""
    text = (
        "The Supreme Court approved his extradition last year, and the president signed the "
        "extradition order in February."
    )
    assert of_type(extract_all(text, "en", "2024-05-17"), "extradition") == []


def test_ar_running_total_of_extraditions_is_a_statistic(extract_all: Extract) -> None:
    """ "تسلم العراق منذ مطلع العام الجاري أكثر من عشرين مطلوباً" is a running total, even
    though the cue holds the blocker "العام الجاري"."""
    text = (
        "أعلنت وزارة الداخلية اليوم تسلّم متهمَين اثنين من السلطات التركية. وأكدت الوزارة أن "
        "العراق تسلّم منذ مطلع العام الجاري أكثر من عشرين مطلوباً من دول مختلفة."
    )
    events = of_type(extract_all(text, "ar", "2025-05-14"), "extradition")
    assert [e.persons_count for e in events] == [2]  # type: ignore[union-attr]


def test_es_count_of_extraditions_is_a_statistic(extract_all: Extract) -> None:
    """ "el hondureño número 62 extraditado ... desde que": a running count."""
    text = (
        "Se trata del hondureño número 62 extraditado a Estados Unidos desde que en 2012 se "
        "reformó la Constitución."
    )
    assert of_type(extract_all(text, "es"), "extradition") == []


def test_fr_lawyer_fought_the_extradition_is_no_extradition(extract_all: Extract) -> None:
    """ "Son avocat avait combattu l'extradition": opposing it is no handover."""
    text = "Son avocat avait combattu l'extradition devant la Cour suprême, en vain."
    assert of_type(extract_all(text, "fr"), "extradition") == []
