"""Which agencies an event is credited with when the article names several: the steps and
rulings of one case take the agencies of the case, and in a story of several operations an action
without an agency of its own takes the agencies told just before it."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, ChargeEvent, Event, ReleaseEvent, SentenceEvent


def _names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_en_sentence_is_credited_to_the_police_of_its_case(extract_all: Extract) -> None:
    """A prison term ends the case the police built: the agency whose arrest led to it is
    credited with the ruling too."""
    text = (
        "The Guardia Civil arrested the captain of a speedboat in Cadiz on Monday. "
        "On Thursday a court in Cadiz sentenced him to eight years in prison for drug "
        "trafficking."
    )
    sentence = next(e for e in extract_all(text) if isinstance(e, SentenceEvent))
    assert _names(sentence) == {"Guardia Civil"}


def test_en_step_takes_the_agency_of_a_later_statement(extract_all: Extract) -> None:
    """One operation told in several steps: an agency named only where another step is
    told (a later statement) is credited with every step of it."""
    text = (
        "Border Force officers seized 30 kilograms of heroin in a lorry at Dover on "
        "Tuesday.\n\n"
        "The driver was arrested at the port, the National Crime Agency said on Wednesday."
    )
    events = extract_all(text)
    assert {e.type for e in events} == {"seizure", "arrest"}
    assert all(_names(e) == {"UK Border Force", "National Crime Agency"} for e in events)


def test_en_ruling_of_a_story_of_two_operations_takes_no_case(extract_all: Extract) -> None:
    """A story of two operations has no single case: a ruling takes only the agencies its
    own sentences name."""
    text = (
        "The Guardia Civil arrested three men in Cadiz on Monday.\n\n"
        "Separately, the National Crime Agency arrested two men in Dover on Wednesday.\n\n"
        "A court in London later sentenced one of them to six years in prison."
    )
    sentence = next(e for e in extract_all(text) if isinstance(e, SentenceEvent))
    assert _names(sentence) == set()


def test_en_second_operation_arrest_takes_the_agency_told_before(
    extract_all: Extract,
) -> None:
    """In a story of two operations, an arrest paragraph that names no agency follows the
    agency of the operation told just before it, not every agency of the article."""
    text = (
        "The Guardia Civil seized 2 tonnes of hashish on a beach in Cadiz on Monday. "
        "Three men were arrested.\n\n"
        "Separately, the National Crime Agency seized 40 kilograms of cocaine in a lorry "
        "at Dover on Wednesday.\n\n"
        "Two men were arrested in Kent."
    )
    arrests = sorted(
        (e for e in extract_all(text) if isinstance(e, ArrestEvent)),
        key=lambda e: e.evidence[0].start,
    )
    assert len(arrests) == 2
    assert _names(arrests[1]) == {"National Crime Agency"}


def test_en_summary_agency_of_the_other_operation_is_left_out(extract_all: Extract) -> None:
    """A lead that names the agencies of two operations together does not credit each
    operation with the agency that ran the other one."""
    text = (
        "Border Force and the National Crime Agency gave details of two separate "
        "operations this week.\n\n"
        "On Monday, Border Force officers at Dover found 500 kilograms of cocaine in a "
        "lorry.\n\n"
        "On Thursday, the National Crime Agency searched a warehouse in Leeds and seized "
        "20 kilograms of heroin. Three men were arrested."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"National Crime Agency"}


def test_en_prosecutor_of_the_charge_did_not_make_the_arrest(extract_all: Extract) -> None:
    """An arrest that names no agency takes the agencies of the operation, not the
    prosecutor named only where the charge is told."""
    text = (
        "DEA agents seized 10 kilograms of fentanyl in a house in Houston on Monday.\n\n"
        "Two men were arrested.\n\n"
        "On Wednesday the Harris County District Attorney's Office charged them with drug "
        "trafficking."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"DEA"}


def test_es_directorate_named_with_its_acronym_is_its_police(extract_all: Extract) -> None:
    """Una dirección policial citada con su sigla entre paréntesis y su policía madre
    («la Dirección Antidrogas (Dirandro) de la Policía Nacional del Perú») es la policía."""
    text = (
        "Agentes de la Dirección Antidrogas (Dirandro) de la Policía Nacional del Perú "
        "detuvieron el domingo a tres personas en Pichari."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Peruvian National Police"}


def test_en_release_on_conditions_takes_no_police_agency(extract_all: Extract) -> None:
    """A release on conditions is not credited to the police who made the arrest."""
    text = (
        "The National Crime Agency arrested three men in Leeds on Monday.\n\n"
        "Two of them were released on strict conditions the following day."
    )
    release = next(e for e in extract_all(text) if isinstance(e, ReleaseEvent))
    assert _names(release) == set()


def test_en_release_on_police_bail_keeps_the_police_agency(extract_all: Extract) -> None:
    """A release on bail pending further enquiries is the police's decision: it keeps their
    agency."""
    text = (
        "The National Crime Agency arrested three men in Leeds on Monday.\n\n"
        "Two of them have been released on bail pending further enquiries."
    )
    release = next(e for e in extract_all(text) if isinstance(e, ReleaseEvent))
    assert _names(release) == {"National Crime Agency"}


def test_en_prosecutors_charge_does_not_take_the_investigators(extract_all: Extract) -> None:
    """A charge its own sentence credits to a prosecutor's office does not also take the
    investigators the article names elsewhere."""
    text = (
        "Officers searched 14 properties on Tuesday and detained 11 people in Lodz, Poland.\n\n"
        "Prosecutors from the National Prosecutor's Office charged 10 of the detainees on "
        "Thursday with drug trafficking.\n\n"
        "The investigation had been supported by Europol."
    )
    charge = next(e for e in extract_all(text) if isinstance(e, ChargeEvent))
    assert _names(charge) == {"Polish National Prosecutor's Office"}


def test_en_generic_national_police_yields_to_the_unit_named(extract_all: Extract) -> None:
    """ "Polish police" next to the bureau that ran the operation is that bureau, not a
    second agency."""
    text = (
        "Polish police arrested 11 people in Lodz on Tuesday, the Central Investigation "
        "Bureau of Police (CBŚP) said."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Polish Central Bureau of Investigation"}


def test_fr_police_nationale_is_not_a_generic_mention(extract_all: Extract) -> None:
    """« la police nationale » is the force's own name, kept next to its office OFAST."""
    text = (
        "Les enquêteurs de l'Office anti-stupéfiants et de la police nationale ont interpellé "
        "mardi douze personnes à Lyon."
    )
    arrest = next(e for e in extract_all(text, "fr") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"OFAST", "French National Police"}


def test_en_steps_a_court_story_recounts_share_the_case_agencies(extract_all: Extract) -> None:
    """The arrest and seizure a sentencing story recounts are one operation: each is
    credited with both agencies that ran it."""
    text = (
        "A court in Cadiz sentenced three men to eight years in prison on Thursday for drug "
        "trafficking.\n\n"
        "The men were detained at sea by the Guardia Civil. Officers of the Customs "
        "Surveillance Service seized 2 tonnes of hashish from their boat."
    )
    steps = [e for e in extract_all(text) if e.background]
    assert {e.type for e in steps} == {"arrest", "seizure"}
    assert all(
        _names(e) == {"Guardia Civil", "Spanish Customs Surveillance Service"} for e in steps
    )
