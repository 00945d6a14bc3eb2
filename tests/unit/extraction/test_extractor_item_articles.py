"""An item word after a singular indefinite article counts one ("un pistolet", "a sawn-off
shotgun", "d'un fusil d'assaut"); "a few rifles" counts nothing. Sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract
from worker.models import SeizureEvent


def _weapons(events: list[SeizureEvent]) -> dict[str | None, int | None]:
    return {i.label: i.count for e in events for i in e.items if i.category == "weapon"}


@pytest.mark.parametrize(
    ("language", "text", "label"),
    [
        ("fr", "Les gendarmes ont saisi 3 kg de cocaïne et un pistolet à Nîmes.", "pistol"),
        ("fr", "La saisie porte sur 3 kg d'héroïne et d'un fusil d'assaut.", "automatic rifle"),
        ("es", "Los agentes intervinieron 5 kilos de cocaína y una escopeta en Cádiz.", "shotgun"),
        ("en", "Officers seized 2 kilograms of heroin and a sawn-off shotgun in Leeds.", "shotgun"),
    ],
)
def test_indefinite_article_counts_one(
    extract_all: Extract, language: str, text: str, label: str
) -> None:
    """The article before the weapon is a count of one."""
    seizures = [e for e in extract_all(text, language) if isinstance(e, SeizureEvent)]
    assert _weapons(seizures).get(label) == 1


def test_en_a_few_is_not_one(extract_all: Extract) -> None:
    """ "a few rifles" gives no count."""
    text = "Officers seized 2 kilograms of heroin and a few rifles in Leeds."
    seizures = [e for e in extract_all(text) if isinstance(e, SeizureEvent)]
    assert _weapons(seizures).get("rifle") is None


def test_ar_singular_firearm_is_one(extract_all: Extract) -> None:
    """ "سلاح ناري" (a firearm) is one weapon."""
    text = "وضبطت الشرطة أمس بحوزته 5 كيلوغرامات من الحشيش وسلاحاً نارياً."
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    assert [i.count for e in seizures for i in e.items if i.category == "weapon"] == [1]


def test_ar_kif_with_quintals_is_cannabis(extract_all: Extract) -> None:
    """ "4 قناطير من الكيف" is 400 kg of cannabis; "وكيف" (and how) is no drug."""
    text = "وكيف تمكنت عناصر الدرك أمس من حجز 4 قناطير من الكيف بتيارت."
    seizures = [e for e in extract_all(text, "ar") if isinstance(e, SeizureEvent)]
    drugs = [(i.substance, i.quantity, i.unit) for e in seizures for i in e.items]
    assert drugs == [("cannabis", 400.0, "kg")]


def test_en_ecstasy_tablets_are_no_computers(extract_all: Extract) -> None:
    """ "5,000 ecstasy tablets" are pills, not tablet computers."""
    text = "Customs officers seized 40 kilos of heroin and 5,000 ecstasy tablets on Monday."
    seizures = [e for e in extract_all(text) if isinstance(e, SeizureEvent)]
    assert {i.category for e in seizures for i in e.items} == {"drug"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Los agentes incautaron el lunes un fusil AK-47 y 5 kilos de cocaína."),
        ("en", "Police seized an AK-47 rifle and 5 kilograms of cocaine on Monday."),
        ("fr", "Les enquêteurs ont saisi un fusil de type kalachnikov et 5 kg de cocaïne."),
    ],
)
def test_weapon_word_and_its_model_are_one_weapon(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "un fusil AK-47", "an AK-47 rifle": one automatic rifle, not two weapons."""
    seizures = [e for e in extract_all(text, language) if isinstance(e, SeizureEvent)]
    assert _weapons(seizures) == {"automatic rifle": 1}
