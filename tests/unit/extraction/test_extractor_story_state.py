"""Which state a story is set in: the suspects' nationality, an origin of the drugs or a
helping partner does not outvote the state the story tells its action in."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, SeizureEvent


def test_es_suspects_nationality_does_not_name_the_police(extract_all: Extract) -> None:
    """ "detuvieron a cuatro ciudadanos colombianos": the suspects' nationality, told closer to
    a bare "Policía Nacional" than the town and state, does not make it Colombia's police."""
    text = (
        "Agentes de la Policía Nacional capturaron a cuatro ciudadanos colombianos y a dos "
        "venezolanos el martes en una casa de San Miguelito, en la capital de Panamá."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert [a.name for a in arrest.agencies] == ["Panamanian National Police"]
    assert arrest.countries == ["PA"]


def test_en_state_named_before_generic_name_keeps_its_agency(extract_all: Extract) -> None:
    """ "In Bulgaria, the operation was led by the General Directorate Border Police": a state
    named in the clause right before a name made of shared words says whose agency it is,
    even when another state leads the story."""
    text = (
        "Police in Romania, Romania's prosecutors and the Romanian Border Police arrested "
        "eleven people in Romania on Tuesday. In Bulgaria, the operation was led by the "
        "General Directorate Border Police, which arrested two men."
    )
    names = {a.name for e in extract_all(text) for a in e.agencies}
    assert "Bulgarian Border Police" in names


def test_es_state_of_a_tip_is_no_location(extract_all: Extract) -> None:
    """ "a raíz de una información de la policía marroquí": the state whose police passed the
    tip is not where the arrest took place (a long tip phrase is read whole)."""
    text = (
        "La Guardia Civil detuvo a dos hombres en Algeciras el lunes a raíz de una "
        "información de la policía marroquí."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert arrest.countries == ["ES"]


def test_es_state_of_a_partner_that_passed_information_is_no_location(
    extract_all: Extract,
) -> None:
    """ "con información de la Armada de Colombia": the partner's state is no location."""
    text = (
        "La Policía Nacional incautó 900 kilos de cocaína en Guayaquil el domingo con "
        "información de la Armada de Colombia."
    )
    seizure = next(e for e in extract_all(text, "es") if isinstance(e, SeizureEvent))
    assert seizure.countries == ["EC"]


def test_fr_state_of_a_partner_that_passed_intelligence_is_no_location(
    extract_all: Extract,
) -> None:
    """The partner that passed intelligence (« grâce aux renseignements de la marine
    colombienne ») gives no location either."""
    text = (
        "Les douaniers ont saisi 900 kg de cocaïne au Havre dimanche grâce aux "
        "renseignements de la marine colombienne."
    )
    seizure = next(e for e in extract_all(text, "fr") if isinstance(e, SeizureEvent))
    assert seizure.countries == ["FR"]


def test_es_home_of_the_agency_told_with_the_action_over_a_partner(extract_all: Extract) -> None:
    """With no place the gazetteer knows, the event's state is the home of the agency its own
    sentence names, not that of a partner a later sentence names with its country's name."""
    text = (
        "El Servicio Nacional Aeronaval incautó 1.200 kilos de cocaína el martes en una "
        "lancha cerca de una isla del Pacífico. La Armada de Colombia aportó datos de "
        "rastreo para el operativo."
    )
    seizure = next(e for e in extract_all(text, "es") if isinstance(e, SeizureEvent))
    assert seizure.countries == ["PA"]


def test_en_state_a_network_is_based_in_is_no_location(extract_all: Extract) -> None:
    """ "a network based in Tanzania": where the suspects are based is not where police
    acted."""
    text = (
        "Police in Mombasa seized 200 kg of heroin on Monday and arrested four members of a "
        "network based in Tanzania."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert arrest.countries == ["KE"]


def test_es_state_a_trafficker_lives_in_is_no_location(extract_all: Extract) -> None:
    """ "un narcotraficante radicado en Colombia" arrested in Madrid: Spain only."""
    text = (
        "Agentes detuvieron el lunes en Madrid a un narcotraficante radicado en Colombia "
        "con 20 kilos de cocaína."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert arrest.countries == ["ES"]


def test_en_state_before_based_is_no_location(extract_all: Extract) -> None:
    """ "a Kenya-based supplier": where the supplier is based is not where police acted."""
    text = (
        "Police in Kampala arrested three men on Friday, among them a Kenya-based supplier, "
        "with 8 kg of heroin."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert arrest.countries == ["UG"]
