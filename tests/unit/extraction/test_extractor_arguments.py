"""Locations, agencies, organizations, crimes and dates of events (ar + en)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, DismantlingEvent, RaidEvent, SeizureEvent


def test_en_countries_where_it_happened(extract: Extract) -> None:
    """Country names locate the action."""
    event = one(extract("Police arrested 5 people in Spain and Portugal."), ArrestEvent)
    assert event.countries == ["ES", "PT"]


def test_en_assisting_countries_are_not_locations(extract: Extract) -> None:
    """'with the cooperation of France and Belgium' does not locate the arrest."""
    text = "With the cooperation of France and Belgium, police in Serbia arrested 9 people."
    assert one(extract(text), ArrestEvent).countries == ["RS"]


def test_ar_assisting_countries_are_not_locations(extract: Extract) -> None:
    """بالتعاون مع فرنسا وبلجيكا: assisting countries."""
    text = "وبالتعاون مع فرنسا وبلجيكا، اعتقلت الشرطة في صربيا 9 أشخاص."
    assert one(extract(text, "ar"), ArrestEvent).countries == ["RS"]


def test_ar_country_with_proclitic(extract: Extract) -> None:
    """وهولندا / بالمغرب: proclitics are handled by the matcher."""
    text = "نفذت الشرطة مداهمات في صربيا وهولندا."
    assert one(extract(text, "ar"), RaidEvent).countries == ["RS", "NL"]


def test_en_demonym_of_the_actors_locates(extract: Extract) -> None:
    """'French investigators raided...' locates the raid in France."""
    assert one(extract("French investigators raided 12 homes."), RaidEvent).countries == ["FR"]


def test_en_demonym_of_the_suspect_does_not_locate(extract: Extract) -> None:
    """'a French national' is a nationality, not a place."""
    event = one(extract("Police arrested a French national in Portugal."), ArrestEvent)
    assert event.countries == ["PT"]


def test_en_city_gives_place_and_country(extract: Extract) -> None:
    """An unambiguous city from the places gazetteer."""
    event = one(extract("Customs officers seized 2 tonnes of cocaine in Rotterdam."), SeizureEvent)
    assert event.countries == ["NL"]
    assert [p.name for p in event.places] == ["Rotterdam"]


def test_en_named_agency(extract: Extract) -> None:
    """A named agency, canonical English name and mention as written."""
    event = one(extract("Europol said 14 suspects were arrested in Spain."), ArrestEvent)
    assert [(a.name, a.mention) for a in event.agencies] == [("Europol", "Europol")]


def test_en_generic_police_is_not_an_agency(extract: Extract) -> None:
    """'police' alone is not an agency."""
    assert one(extract("Police arrested 3 men in Leeds."), ArrestEvent).agencies == []


def test_ar_named_agency(extract: Extract) -> None:
    """اليوروبول is Europol."""
    event = one(extract("وقال اليوروبول إنه تم القبض على 14 شخصا.", "ar"), ArrestEvent)
    assert [a.name for a in event.agencies] == ["Europol"]


def test_ar_generic_police_is_not_an_agency(extract: Extract) -> None:
    """الشرطة alone is not an agency."""
    assert one(extract("اعتقلت الشرطة 3 أشخاص.", "ar"), ArrestEvent).agencies == []


def test_en_known_organization(extract: Extract) -> None:
    """Well-known criminal groups are named."""
    event = one(extract("Police arrested 4 members of the 'Ndrangheta in Calabria."), ArrestEvent)
    assert [o.name for o in event.organizations] == ["'Ndrangheta"]


def test_en_cartel_pattern(extract: Extract) -> None:
    """'the X cartel' names a cartel."""
    text = "Police dismantled the Pacheco cartel and arrested 11 people."
    assert [o.name for o in one(extract(text), DismantlingEvent).organizations] == [
        "Pacheco Cartel"
    ]


def test_ar_known_organization(extract: Extract) -> None:
    """بينك بانثر is the Pink Panthers."""
    text = "اعتقلت الشرطة زعيما سابقا لعصابة بينك بانثر."
    assert [o.name for o in one(extract(text, "ar"), ArrestEvent).organizations] == [
        "Pink Panthers"
    ]


def test_en_crime_category(extract: Extract) -> None:
    """Crime cue words give crime categories."""
    event = one(extract("Police arrested 6 people for money laundering."), ArrestEvent)
    assert event.crimes == ["money_laundering"]


def test_en_date_of_the_action(extract: Extract) -> None:
    """An explicit date in the trigger sentence."""
    event = one(extract("Police arrested 5 people on 3 March 2024."), ArrestEvent)
    assert event.occurred_on == "2024-03-03"


def test_ar_yearless_date(extract: Extract) -> None:
    """A year-less date takes the year that puts it before publication."""
    event = one(extract("في 11 مايو، اعتقلت الشرطة 5 أشخاص.", "ar", "2022-05-31"), ArrestEvent)
    assert event.occurred_on == "2022-05-11"


def test_en_date_in_previous_sentence(extract: Extract) -> None:
    """The operation's day stated in the sentence before."""
    text = "Raids took place on 9 February 2024. A total of 17 people were arrested."
    assert one(extract(text), ArrestEvent).occurred_on == "2024-02-09"
