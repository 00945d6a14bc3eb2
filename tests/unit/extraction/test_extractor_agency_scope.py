"""Agencies belong to their operation: in a story of two operations, each action takes the
agencies of its own sentence or of its paragraph's lead, not those of the other one."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, SeizureEvent


def _names(event: ArrestEvent | SeizureEvent) -> set[str]:
    return {a.name for a in event.agencies}


def test_en_undated_arrest_takes_its_paragraph_agency(extract_all: Extract) -> None:
    """An arrest sentence without an agency takes the one its paragraph opened with."""
    text = (
        "The Guardia Civil seized 2 tonnes of hashish on a beach in Cadiz on Monday. "
        "Three men were arrested.\n\n"
        "In a separate case, the Spanish National Police seized 40 kilograms of marijuana "
        "in Valencia on Wednesday. Two women were arrested."
    )
    arrests = sorted(
        (e for e in extract_all(text) if isinstance(e, ArrestEvent)),
        key=lambda e: e.evidence[0].start,
    )
    assert len(arrests) == 2
    assert _names(arrests[0]) == {"Guardia Civil"}
    assert _names(arrests[1]) == {"Spanish National Police"}


def test_en_agency_in_other_operation_paragraph_stays_there(extract_all: Extract) -> None:
    """An agency named without an action in the paragraph of the second operation is not
    credited with the first one."""
    text = (
        "The Guardia Civil seized 2 tonnes of hashish on a beach in Cadiz on Monday.\n\n"
        "On Wednesday officers seized 40 kilograms of marijuana in a van in Valencia. "
        "The Customs Surveillance Service took part in that operation."
    )
    seizures = sorted(
        (e for e in extract_all(text) if isinstance(e, SeizureEvent)),
        key=lambda e: e.evidence[0].start,
    )
    assert len(seizures) == 2
    assert "Spanish Customs Surveillance Service" not in _names(seizures[0])


def test_en_garda_drugs_bureau_is_its_own_unit(extract_all: Extract) -> None:
    """The Garda National Drugs and Organised Crime Bureau is named as the unit, not as the
    Garda in general."""
    text = (
        "Officers from the Garda National Drugs and Organised Crime Bureau seized cannabis "
        "worth €1m in a van in Cork on Friday."
    )
    seizure = next(e for e in extract_all(text) if isinstance(e, SeizureEvent))
    assert _names(seizure) == {"Garda National Drugs and Organised Crime Bureau"}


def test_en_regional_police_service_is_an_agency(extract_all: Extract) -> None:
    """A Canadian regional police service is a named agency."""
    text = "Halton Regional Police arrested four men in Oakville on Tuesday."
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Halton Regional Police Service"}


def test_ar_jordan_gendarmerie_is_an_agency(extract_all: Extract) -> None:
    """قوات الدرك in a Jordanian story is the Jordanian Gendarmerie."""
    text = "نفذت إدارة مكافحة المخدرات مداهمة في محافظة الزرقاء بالأردن بمشاركة قوات الدرك."
    names = {a.name for e in extract_all(text, "ar") for a in e.agencies}
    assert "Jordanian Gendarmerie" in names
    assert "DEA" not in names


def test_fr_regional_customs_directorate_is_french_customs(extract_all: Extract) -> None:
    """« la direction interrégionale des douanes » is the French customs service."""
    text = (
        "La direction interrégionale des douanes de Paris a saisi 38 kg de cocaïne à "
        "l'aéroport de Roissy jeudi."
    )
    seizure = next(e for e in extract_all(text, "fr") if isinstance(e, SeizureEvent))
    assert _names(seizure) == {"French Customs"}


def test_es_policia_nacional_takes_the_named_state(extract_all: Extract) -> None:
    """ "la Policía Nacional", an official name of several states' police: the state the
    article names decides (Spain here)."""
    text = "Agentes de la Policía Nacional detuvieron el sábado en Alicante a un joven de 24 años."
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Spanish National Police"}


def test_es_policia_nacional_in_colombia_is_colombian(extract_all: Extract) -> None:
    """The same name in a story set in Colombia is the Colombian police."""
    text = "La Policía Nacional detuvo el martes en Medellín a tres presuntos narcotraficantes."
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Colombian National Police"}


def test_es_shared_name_takes_the_state_of_the_agency_beside_it(extract_all: Extract) -> None:
    """ "Policía Nacional" (a name several states use) next to a Spanish agency is Spain's,
    even when the suspects' nationalities name other states."""
    text = (
        "Agentes de la Policía Nacional y del Servicio de Vigilancia Aduanera detuvieron el "
        "martes a dos colombianos y un ecuatoriano que transportaban 50 kilos de cocaína."
    )
    arrests = [e for e in extract_all(text, language="es") if isinstance(e, ArrestEvent)]
    assert len(arrests) == 1
    assert _names(arrests[0]) == {
        "Spanish National Police",
        "Spanish Customs Surveillance Service",
    }


def test_en_city_police_department_is_an_agency(extract_all: Extract) -> None:
    """A force named by its city and a head ("Tulsa Police Department") is an agency, named
    as written, "Dept." spelled out."""
    text = "Tulsa Police Dept. officers arrested three men with 4 kilograms of cocaine on Monday."
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert len(arrests) == 1
    assert _names(arrests[0]) == {"Tulsa Police Department"}


def test_en_county_sheriff_office_is_an_agency(extract_all: Extract) -> None:
    """A county sheriff's office names an agency with its county."""
    text = "Deputies from the Pima County Sheriff's Office seized 20 kilograms of fentanyl."
    seizures = [e for e in extract_all(text) if isinstance(e, SeizureEvent)]
    assert len(seizures) == 1
    assert _names(seizures[0]) == {"Pima County Sheriff's Office"}


def test_en_generic_or_national_head_is_no_local_agency(extract_all: Extract) -> None:
    """ "the National Police Service" or a country before the head makes no local agency."""
    text = "The National Police Service arrested three men in Nairobi on Monday."
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert len(arrests) == 1
    assert all(a.name != "National Police Service" for a in arrests[0].agencies)


def test_fr_generic_gendarmerie_takes_the_named_state(extract_all: Extract) -> None:
    """ "la brigade de gendarmerie" in a story set in Senegal is Senegal's gendarmerie."""
    text = (
        "La brigade de gendarmerie de Mbour, au Sénégal, a interpellé mardi deux hommes en "
        "possession de 60 kilos de chanvre indien."
    )
    arrests = [e for e in extract_all(text, language="fr") if isinstance(e, ArrestEvent)]
    assert len(arrests) == 1
    assert _names(arrests[0]) == {"Senegalese Gendarmerie"}


def test_es_shared_name_of_an_unlisted_state_is_dropped(extract_all: Extract) -> None:
    """ "la Policía Nacional" in a story set in a state whose force the gazetteer does not
    give that name (Venezuela) is none of the listed states' forces."""
    text = "La Policía Nacional detuvo el martes a tres hombres en Caracas, Venezuela."
    arrests = [e for e in extract_all(text, language="es") if isinstance(e, ArrestEvent)]
    assert len(arrests) == 1
    assert not arrests[0].agencies


def test_es_agency_hit_as_acronym_and_name_is_kept(extract_all: Extract) -> None:
    """ "Europol" (matched both as acronym and as name) is one agency, not a shared name."""
    text = "La Policía Nacional detuvo a nueve personas en Marbella con el apoyo de Europol."
    arrests = [e for e in extract_all(text, language="es") if isinstance(e, ArrestEvent)]
    assert len(arrests) == 1
    assert "Europol" in _names(arrests[0])
