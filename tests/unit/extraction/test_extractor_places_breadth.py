"""Regional capitals, provinces, ports, border crossings and airports locate an action in
their state, in every language's spelling; country names in their long and local forms
(shared/places.toml, <lang>/countries.toml). Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _countries(events: list[Event]) -> set[str]:
    return {c for e in events for c in e.countries}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("ar", "ضبطت عناصر الدرك الملكي بمدينة تيزنيت أمس طنا من مخدر الشيرا.", "MA"),
        ("ar", "أحبطت قوات الحدود أمس محاولة تهريب مليون حبة مخدرة في منفذ طريبيل.", "IQ"),
        ("ar", "ضبطت الشرطة في جواتيمالا أمس طنين من الكوكايين.", "GT"),
        ("ar", "أوقفت الشرطة أمس ثلاثة أشخاص في المملكة المغربية بحوزتهم كمية من الكوكايين.", "MA"),
        (
            "es",
            "Agentes detuvieron el martes a tres hombres en Sinaloa con 40 kilos de metanfetamina.",
            "MX",
        ),
        (
            "en",
            "Deputies arrested two men in Texas on Monday with 20 pounds of methamphetamine.",
            "US",
        ),
        ("en", "Soldiers seized 2 million methamphetamine pills in Myanmar on Monday.", "MM"),
        (
            "fr",
            "Les douaniers ont saisi lundi 300 kilos de cocaïne à l'aéroport de Roissy.",
            "FR",
        ),
    ],
)
def test_places_and_country_forms_locate_the_action(
    extract_all: Extract, language: str, text: str, country: str
) -> None:
    """A place or a country form the gazetteers now know gives the action's country."""
    assert country in _countries(extract_all(text, language))


def test_a_city_and_its_region_count_as_one_mention(extract_all: Extract) -> None:
    """ "Nuevo Laredo, Tamaulipas" is one mention of Mexico: the state the story names
    more often stays the court story's country."""
    text = (
        "A federal jury convicted a man on Monday of smuggling 20 rifles. Prosecutors said "
        "the rifles were bound for Nuevo Laredo, Tamaulipas. The man, a U.S. citizen, had "
        "lived in the United States all his life."
    )
    events = [e for e in extract_all(text) if e.type == "conviction"]
    assert events
    assert events[0].countries == ["US"]
