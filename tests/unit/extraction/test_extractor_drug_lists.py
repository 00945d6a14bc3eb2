"""Drug quantities written the short way: a half after the unit ("una tonelada y media",
"deux tonnes et demie") and a unit left out in a list ("1.200 kilos de cocaína, 300 de
hachís"). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, drug_facts


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "La Guardia Civil incautó una tonelada y media de hachís en Cádiz.", 1.5),
        ("es", "Los agentes intervinieron dos toneladas y media de hachís.", 2.5),
        ("fr", "Les douaniers ont saisi deux tonnes et demie de résine de cannabis.", 2.5),
    ],
)
def test_half_after_the_unit_adds_half(
    extract_all: Extract, language: str, text: str, expected: float
) -> None:
    """A half after the unit adds half of it."""
    assert ("hashish", expected, "t") in drug_facts(extract_all(text, language))


def test_es_unit_left_out_in_a_list(extract_all: Extract) -> None:
    """ "300 de hachís y 50 de marihuana" after "1.200 kilos de cocaína" are kilos."""
    text = "La policía decomisó 1.200 kilos de cocaína, 300 de hachís y 50 de marihuana."
    assert drug_facts(extract_all(text, "es")) == {
        ("cocaine", 1200.0, "kg"),
        ("hashish", 300.0, "kg"),
        ("cannabis", 50.0, "kg"),
    }


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Les gendarmes ont saisi 420 kilos de chanvre indien à Mbour.", ("cannabis", 420.0)),
        ("fr", "La police a saisi 4,7 quintaux de kif traité à Oran.", ("hashish", 470.0)),
        ("en", "Officers recovered 46 kilogrammes of bhang in Mombasa.", ("cannabis", 46.0)),
    ],
)
def test_regional_names_of_cannabis(
    extract_all: Extract, language: str, text: str, expected: tuple[str, float]
) -> None:
    """Regional names: chanvre indien, kif traité (hashish), bhang."""
    substance, kilos = expected
    assert (substance, kilos, "kg") in drug_facts(extract_all(text, language))
