"""A country name written where a person's name stands ("Jordan Smith", "Chad Miller, 34,",
"Israel Fernández") names a person, not where the action happened; a country name that goes
on with an institution's or a place's name ("Kenya Defence Forces", "Panama City") stays a
country."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, ChargeEvent, SeizureEvent


def test_en_country_as_first_name_of_arrested_person(extract_all: Extract) -> None:
    """ "arrested Georgia Evans" in Manchester: Georgia is her first name, the arrest is
    British."""
    text = "Detectives in Manchester arrested Georgia Evans and seized cannabis from her flat."
    assert one(extract_all(text), ArrestEvent).countries == ["GB"]


def test_en_country_as_first_name_before_age(extract_all: Extract) -> None:
    """ "Chad Miller, 34," opening the sentence is a man charged in Ohio, not Chad."""
    text = (
        "Chad Miller, 34, was charged with possession of heroin after officers stopped "
        "his car in Ohio."
    )
    assert one(extract_all(text), ChargeEvent).countries == ["US"]


def test_en_country_alone_before_age_is_a_person(extract_all: Extract) -> None:
    """ "a man named Jordan, 27," in Bradford: the age set off by commas makes Jordan a
    person."""
    text = "West Yorkshire Police arrested a man named Jordan, 27, in Bradford on Friday."
    assert "JO" not in one(extract_all(text), ArrestEvent).countries


def test_en_country_after_title_is_a_person(extract_all: Extract) -> None:
    """ "Mr Jordan was charged" is a man's surname."""
    text = "Mr Jordan was charged with supplying heroin after a raid in Leeds."
    assert "JO" not in one(extract_all(text), ChargeEvent).countries


def test_es_country_as_first_name(extract_all: Extract) -> None:
    """ "a Israel Fernández, de 28 años" arrested in Seville is a man, not Israel."""
    text = (
        "Los agentes arrestaron en Sevilla a Israel Fernández, de 28 años, con dos kilos de hachís."
    )
    events = extract_all(text, "es")
    assert one(events, ArrestEvent).countries == ["ES"]
    assert one(events, ArrestEvent).persons_count == 1


def test_en_country_in_force_name_stays_a_country(extract_all: Extract) -> None:
    """ "The Kenya Defence Forces", "Pakistan Rangers": a capitalised word of an institution
    after the country is no surname."""
    for text, code in (
        ("The Kenya Defence Forces arrested three suspects near the border.", "KE"),
        ("Pakistan Rangers arrested three smugglers on Sunday.", "PK"),
        ("Police in Panama City arrested three suspects on Sunday.", "PA"),
    ):
        assert one(extract_all(text), ArrestEvent).countries == [code], text


def test_en_country_before_weekday_stays_a_country(extract_all: Extract) -> None:
    """ "seized in Colombia Tuesday" (news style, no "on"): a weekday is no surname."""
    text = "Police seized two tonnes of cocaine in Colombia Tuesday."
    assert one(extract_all(text), SeizureEvent).countries == ["CO"]


def test_en_country_name_inside_a_place_name_is_the_place(extract_all: Extract) -> None:
    """ "Jersey City" is a city of the United States, not the island of Jersey."""
    text = "Police in Jersey City arrested three men with two kilograms of heroin."
    assert one(extract_all(text), ArrestEvent).countries == ["US"]


def test_es_personal_a_name_before_the_crime_drug_is_the_object(extract_all: Extract) -> None:
    """ "detuvo en Málaga a Jordan García ... por tráfico de cocaína": the name after the
    personal "a" is the arrested person; the drug of the charge named after it is no goods
    object that would leave the arrest without a person."""
    text = (
        "La Policía Nacional detuvo en Málaga a Jordan García, de 30 años, por tráfico de cocaína."
    )
    arrest = one(extract_all(text, "es"), ArrestEvent)
    assert arrest.countries == ["ES"]
    assert arrest.persons_count == 1
