"""Where a shipment or a traveller came from or was going is no location of the action: the
verbs of a route ("importée du Maroc", "arrivés d'Espagne", "enviadas a Bélgica",
"procedente del Perú") govern the state after them like "en provenance de" and "con destino
a" do."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, SeizureEvent


def test_fr_imported_from_is_no_location(extract_all: Extract) -> None:
    """ "résine importée du Maroc" seized at Perpignan: France only."""
    text = "Les gendarmes ont saisi une tonne de résine de cannabis importée du Maroc à Perpignan."
    assert one(extract_all(text, "fr"), SeizureEvent).countries == ["FR"]


def test_fr_arrived_from_is_no_location(extract_all: Extract) -> None:
    """ "deux hommes arrivés d'Espagne" arrested at Marseille: France only."""
    text = (
        "La police a interpellé deux hommes arrivés d'Espagne à Marseille avec 20 kg de cannabis."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).countries == ["FR"]


def test_fr_destined_for_is_no_location(extract_all: Extract) -> None:
    """ "destinée au Royaume-Uni" seized at Calais: France only."""
    text = "Les douaniers ont saisi à Calais 300 kg de cocaïne destinée au Royaume-Uni."
    assert one(extract_all(text, "fr"), SeizureEvent).countries == ["FR"]


def test_es_sent_to_is_no_location(extract_all: Extract) -> None:
    """ "que iban a ser enviadas a Bélgica" seized in Callao: Peru only."""
    text = (
        "La Policía incautó en Callao dos toneladas de cocaína que iban a ser enviadas a Bélgica."
    )
    assert one(extract_all(text, "es"), SeizureEvent).countries == ["PE"]


def test_es_origin_with_contracted_article(extract_all: Extract) -> None:
    """ "procedente del Ecuador" (de + el) is an origin like "procedente de"."""
    text = "La Guardia Civil incautó en Algeciras 900 kilos de cocaína procedente del Ecuador."
    assert one(extract_all(text, "es"), SeizureEvent).countries == ["ES"]


def test_en_production_country_is_no_location(extract_all: Extract) -> None:
    """ "pills produced in Myanmar" seized in Chiang Rai: Thailand only."""
    text = (
        "Thai police seized two million methamphetamine pills produced in Myanmar "
        "in Chiang Rai on Sunday."
    )
    assert one(extract_all(text), SeizureEvent).countries == ["TH"]


def test_es_state_across_the_border_is_no_location(extract_all: Extract) -> None:
    """ "que intentaba cruzar a Ecuador" arrested in Tumbes: Peru only."""
    text = (
        "La Policía Nacional detuvo el martes en Tumbes a un hombre que intentaba cruzar a "
        "Ecuador con cinco kilos de cocaína."
    )
    assert one(extract_all(text, "es"), ArrestEvent).countries == ["PE"]


def test_en_origin_state_does_not_pick_a_shared_agency_name(extract_all: Extract) -> None:
    """ "Drones from Pakistan": the state after an origin cue tells no story's state, so the
    "Border Security Force" that seized in Punjab is not read as Pakistan's."""
    text = (
        "Drones from Pakistan dropped heroin in Punjab, where the Border Security Force "
        "seized three kilograms on Sunday."
    )
    assert one(extract_all(text), SeizureEvent).countries == ["IN"]


def test_en_originated_in_is_no_location(extract_all: Extract) -> None:
    """ "bananas that originated in Ecuador" seized at Felixstowe: Britain only."""
    text = (
        "Customs officers at Felixstowe seized 1.5 tonnes of cocaine hidden in a shipment "
        "of bananas that originated in Ecuador."
    )
    assert one(extract_all(text), SeizureEvent).countries == ["GB"]
