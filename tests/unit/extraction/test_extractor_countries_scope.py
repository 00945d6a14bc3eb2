"""Which countries locate an action: a town whose name other states share decides only when
nothing better does; a route or registration country is no location; an extradition takes
place between two states."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, one
from worker.models import (
    ArrestEvent,
    ConvictionEvent,
    ExtraditionEvent,
    SeizureEvent,
    SentenceEvent,
)


def test_en_shared_town_name_yields_to_agency_home_state(extract_all: Extract) -> None:
    """Liverpool (also a Sydney suburb) does not make an Australian Federal Police arrest
    British."""
    text = "Australian Federal Police officers arrested two men at a warehouse in Liverpool."
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert arrest.countries == ["AU"]


def test_en_shared_town_name_decides_when_alone(extract_all: Extract) -> None:
    """With nothing else to locate the action, Liverpool still gives its country."""
    text = "Officers arrested two men at a warehouse in Liverpool on Monday."
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert arrest.countries == ["GB"]


def test_en_transit_port_is_not_the_location(extract_all: Extract) -> None:
    """ "arrived from Brazil via Antwerp": Antwerp is on the route, not where the seizure was."""
    text = (
        "Canada Border Services Agency officers seized 650 kilograms of cocaine in a "
        "container that had arrived from Brazil via Antwerp."
    )
    seizure = next(e for e in extract_all(text) if isinstance(e, SeizureEvent))
    assert "BE" not in seizure.countries


def test_fr_registration_country_is_not_the_location(extract_all: Extract) -> None:
    """« un poids lourd immatriculé en Espagne » : the truck's plates do not locate the
    seizure."""
    text = (
        "Les douaniers ont saisi 300 kg de résine de cannabis dans un poids lourd "
        "immatriculé en Espagne au péage de Saint-Arnoult."
    )
    seizure = next(e for e in extract_all(text, "fr") if isinstance(e, SeizureEvent))
    assert "ES" not in seizure.countries


def test_en_extradition_lists_both_states(extract_all: Extract) -> None:
    """An extradition's countries are the state that hands over and the one that receives."""
    text = "Colombia extradited the cartel leader to the United States on Thursday."
    extradition = next(e for e in extract_all(text) if isinstance(e, ExtraditionEvent))
    assert set(extradition.countries) == {"CO", "US"}


def test_fr_court_sentence_takes_the_court_city_country(extract_all: Extract) -> None:
    """A sentence told after the sentence naming the court's city is in that city's state."""
    text = (
        "Le tribunal correctionnel de Marseille a rendu mardi son jugement dans un dossier de "
        "trafic de cocaïne. Le principal prévenu a écopé de huit ans de prison ferme."
    )
    assert one(extract_all(text, "fr"), SentenceEvent).countries == ["FR"]


def test_en_conviction_without_place_takes_article_country(extract_all: Extract) -> None:
    """A conviction whose sentence names no place is in the article's dominant country."""
    text = (
        "Jurors at the Crown Court in Leeds heard the case over three weeks. The defendant "
        "was convicted of conspiracy to supply cocaine on Friday."
    )
    assert one(extract_all(text), ConvictionEvent).countries == ["GB"]


def test_en_smuggling_destination_toward_is_no_location(extract_all: Extract) -> None:
    """ "smuggle cocaine toward the Dominican Republic": a route, not where the jury sat."""
    text = (
        "A federal jury in Miami found a boat captain guilty of conspiring to smuggle "
        "cocaine toward the Dominican Republic."
    )
    assert one(extract_all(text, "en"), ConvictionEvent).countries == ["US"]


def test_ar_route_via_is_no_location(extract_all: Extract) -> None:
    """ "بتهريب الكوكايين إلى الولايات المتحدة عبر المكسيك": Mexico is a route."""
    text = (
        "وضبطت الشرطة الكولومبية في بوغوتا يوم الاثنين طنين من الكوكايين كانت معدة للتهريب "
        "عبر المكسيك."
    )
    assert "MX" not in one(extract_all(text, "ar"), SeizureEvent).countries


def test_es_dateline_country_locates_an_unplaced_operation(extract_all: Extract) -> None:
    """ "GUATEMALA. La Policía Nacional Civil ...": the dateline's country, not the homes of
    every state whose police bears that name."""
    text = (
        "GUATEMALA. La Policía Nacional Civil informó este viernes de la incautación de dos "
        "toneladas de cocaína en una finca."
    )
    assert one(extract_all(text, "es", "2024-10-18"), SeizureEvent).countries == ["GT"]


def test_en_background_step_takes_the_story_country(extract_all: Extract) -> None:
    """An earlier arrest told without a place happened where the story is told."""
    text = (
        "A court in Ghana on Thursday granted bail to four suspects. They had been arrested "
        "in 2022 after a long investigation."
    )
    arrest = one(extract_all(text, "en", "2023-10-20"), ArrestEvent)
    assert (arrest.background, arrest.countries) == (True, ["GH"])


def test_en_a_country_named_town_of_another_state_is_no_location(extract_all: Extract) -> None:
    """ "the town of Mexico, Pampanga": a country name followed by a place of another state
    is a town of that state."""
    text = (
        "Philippine agents raided a warehouse in the town of Mexico, Pampanga, on Monday and "
        "seized 500 kilograms of methamphetamine."
    )
    countries = {c for e in extract_all(text) for c in e.countries}
    assert "MX" not in countries
    assert "PH" in countries


@pytest.mark.parametrize(
    ("language", "text", "country", "neighbour"),
    [
        (
            "ar",
            "ضبطت القوات المسلحة الأردنية أمس مليون حبة كبتاغون على الحدود الشمالية مع سوريا.",
            "JO",
            "SY",
        ),
        (
            "en",
            "Jordanian troops seized one million captagon pills on the border with Syria on "
            "Wednesday.",
            "JO",
            "SY",
        ),
        (
            "es",
            "El Ejército venezolano decomisó el martes dos toneladas de cocaína en la frontera "
            "con Colombia.",
            "VE",
            "CO",
        ),
    ],
)
def test_the_state_across_the_border_is_no_location(
    extract_all: Extract, language: str, text: str, country: str, neighbour: str
) -> None:
    """ "on the border with Syria": the neighbour across the border is not where the
    action was (events.toml `border`)."""
    countries = {c for e in extract_all(text, language) for c in e.countries}
    assert country in countries
    assert neighbour not in countries


def test_ar_news_agency_credit_is_no_egyptian_city(extract_all: Extract) -> None:
    """ "(قنا)", the Qatar News Agency's credit, is not the Egyptian city of Qena."""
    text = "الدوحة (قنا) - ضبطت الجمارك القطرية أمس كمية من الحشيش في مطار حمد الدولي."
    countries = {c for e in extract_all(text, "ar") for c in e.countries}
    assert "EG" not in countries


def test_es_a_place_in_a_criminal_group_name_is_no_location(extract_all: Extract) -> None:
    """ "el cártel de Sinaloa" names a group, not where the arrest in Peru was."""
    text = "La policía peruana detuvo el lunes a dos miembros del cártel de Sinaloa en Lima, Perú."
    countries = {c for e in extract_all(text, "es") for c in e.countries}
    assert countries == {"PE"}
