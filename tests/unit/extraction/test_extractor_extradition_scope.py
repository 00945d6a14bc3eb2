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
