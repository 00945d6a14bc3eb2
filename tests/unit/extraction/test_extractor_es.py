"""Spanish lexicon (lexicons/es): triggers, precision traps, numbers, items and arguments.

Sentences are written for these tests. The extractor is built on the real lexicon folder,
Spanish only, so the tests check the data files as shipped.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import one
from tests.unit.extraction.single_language import drug, extract_in
from worker.extraction import Extractor
from worker.models import (
    ArrestEvent,
    ChargeEvent,
    ConvictionEvent,
    DismantlingEvent,
    Event,
    ExtraditionEvent,
    RaidEvent,
    ReleaseEvent,
    SeizureEvent,
    SentenceEvent,
)


@pytest.fixture(scope="module")
def es_extractor() -> Extractor:
    return Extractor(languages=("es",))


def run(extractor: Extractor, text: str, published: str = "2024-03-15") -> list[Event]:
    return extract_in(extractor, "es", text, published)


# ---------------------------------------------------------------- event types


def test_detenidos_is_an_arrest_with_count(es_extractor: Extractor) -> None:
    """'han sido detenidas 14 personas' is one arrest of 14."""
    events = run(es_extractor, "En la operación han sido detenidas 14 personas en Huelva.")
    event = one(events, ArrestEvent)
    assert (event.persons_count, event.persons_count_qualifier) == (14, "exact")


def test_active_detuvo_needs_a_person(es_extractor: Extractor) -> None:
    """'los agentes detuvieron a dos personas' is an arrest of 2."""
    events = run(es_extractor, "Los agentes detuvieron a dos personas en el puerto.")
    assert one(events, ArrestEvent).persons_count == 2


def test_registros_are_a_raid(es_extractor: Extractor) -> None:
    """'se practicaron nueve registros' are searches of premises."""
    events = run(es_extractor, "Se practicaron nueve registros domiciliarios en Sevilla.")
    one(events, RaidEvent)


def test_allanamiento_is_a_raid(es_extractor: Extractor) -> None:
    """'allanamiento' (Latin American usage) is a raid."""
    one(run(es_extractor, "La policía realizó un allanamiento en Rosario."), RaidEvent)


def test_intervenidos_kilos_of_hashish(es_extractor: Extractor) -> None:
    """'se han intervenido 3.400 kilos de hachís': 3400 kg, not 3.4."""
    text = "Se han intervenido 3.400 kilos de hachís en una nave."
    item = drug(one(run(es_extractor, text), SeizureEvent), "hashish")
    assert (item.quantity, item.unit) == (3400, "kg")


def test_imputado_is_a_charge(es_extractor: Extractor) -> None:
    """'imputados' is a charge."""
    text = "Tres concejales han sido imputados por cohecho."
    one(run(es_extractor, text), ChargeEvent)


def test_condenado_gives_sentence_months(es_extractor: Extractor) -> None:
    """'condenado a 12 años de prisión' is a 144-month prison sentence."""
    text = "El tribunal ha condenado a 12 años de prisión al líder de la banda."
    event = one(run(es_extractor, text), SentenceEvent)
    assert (event.sentence_months, event.sentence_kind) == (144, "prison")


def test_cadena_perpetua_is_life(es_extractor: Extractor) -> None:
    """'cadena perpetua' is a life sentence."""
    text = "El narcotraficante fue condenado a cadena perpetua en Nueva York."
    assert one(run(es_extractor, text), SentenceEvent).sentence_kind == "life"


def test_declarado_culpable_is_a_conviction(es_extractor: Extractor) -> None:
    """'declarado culpable' without a penalty is a conviction."""
    text = "El empresario fue declarado culpable de blanqueo de capitales."
    one(run(es_extractor, text), ConvictionEvent)


def test_extraditado_a_gives_destination(es_extractor: Extractor) -> None:
    """'ha extraditado a España' is an extradition to ES."""
    text = "Colombia ha extraditado a España a un presunto narcotraficante."
    event = one(run(es_extractor, text), ExtraditionEvent)
    assert event.to_country == "ES"


def test_desarticulada_is_a_dismantling(es_extractor: Extractor) -> None:
    """'ha desarticulado una organización criminal' is a dismantling."""
    text = "La Guardia Civil ha desarticulado una organización criminal en Cádiz."
    one(run(es_extractor, text), DismantlingEvent)


def test_puesto_en_libertad_is_a_release(es_extractor: Extractor) -> None:
    """'quedó en libertad' is a release."""
    text = "El acusado quedó en libertad tras pagar la fianza."
    one(run(es_extractor, text), ReleaseEvent)


# ---------------------------------------------------------------- precision traps


def test_orden_de_detencion_is_not_an_arrest(es_extractor: Extractor) -> None:
    """A warrant ('orden de detención') announces no arrest."""
    text = "El juez dictó una orden de detención internacional contra el empresario."
    assert run(es_extractor, text) == []


def test_denial_is_not_an_arrest(es_extractor: Extractor) -> None:
    """'desmintió la detención' is a denial."""
    text = "El ministerio desmintió la detención de dos jóvenes en Valencia."
    assert run(es_extractor, text) == []


def test_plan_is_not_a_seizure(es_extractor: Extractor) -> None:
    """'el plan prevé ... incautaciones' is a plan."""
    text = "El plan prevé más controles e incautaciones en los puertos."
    assert run(es_extractor, text) == []


def test_maximum_penalty_is_not_a_sentence(es_extractor: Extractor) -> None:
    """'se enfrenta a penas de hasta 10 años de prisión' is a hypothesis."""
    text = "El detenido se enfrenta a penas de hasta 10 años de prisión."
    assert [e.type for e in run(es_extractor, text)] == ["arrest"]


def test_prosecutor_request_is_not_a_sentence(es_extractor: Extractor) -> None:
    """'la Fiscalía pide ocho años de prisión' is a request."""
    text = "La Fiscalía pide ocho años de prisión para el acusado."
    assert run(es_extractor, text) == []


def test_cardiac_arrest_is_not_an_arrest(es_extractor: Extractor) -> None:
    """'sufrió un paro cardíaco' and a stopped match are not arrests."""
    text = "El árbitro detuvo el partido porque un aficionado sufrió un paro cardíaco."
    assert run(es_extractor, text) == []


def test_aprovechar_la_ocasion_is_no_event(es_extractor: Extractor) -> None:
    """'aprovechó la ocasión' and a captured point are sports talk."""
    text = "El delantero aprovechó la ocasión y el equipo ha capturado un punto valioso."
    assert run(es_extractor, text) == []


def test_fugitive_is_not_arrested(es_extractor: Extractor) -> None:
    """'sigue prófugo' before an arrest word: not an arrest."""
    text = "El cabecilla sigue prófugo y sobre él pesa una orden de busca y captura."
    assert run(es_extractor, text) == []


def test_condemned_attack_is_not_a_sentence(es_extractor: Extractor) -> None:
    """'condenó el atentado' is a political condemnation."""
    assert run(es_extractor, "El Gobierno condenó el atentado contra la comisaría.") == []


# ---------------------------------------------------------------- numbers and items


def test_decimal_comma_tonnes(es_extractor: Extractor) -> None:
    """'2,5 toneladas' is 2.5 t."""
    text = "La Armada incautó 2,5 toneladas de cocaína en alta mar."
    item = drug(one(run(es_extractor, text), SeizureEvent), "cocaine")
    assert (item.quantity, item.unit) == (2.5, "t")


def test_money_with_scale(es_extractor: Extractor) -> None:
    """'1,2 millones de euros en efectivo' is cash of 1 200 000 EUR."""
    text = "Los agentes intervinieron 1,2 millones de euros en efectivo."
    money = [i for i in one(run(es_extractor, text), SeizureEvent).items if i.category == "money"]
    assert [(m.amount, m.currency) for m in money] == [(1_200_000, "EUR")]


def test_dollar_sign_is_local_peso(es_extractor: Extractor) -> None:
    """'$' in Argentina is the Argentine peso."""
    text = "En Argentina, la policía incautó $500.000 en efectivo."
    money = [i for i in one(run(es_extractor, text), SeizureEvent).items if i.category == "money"]
    assert [(m.amount, m.currency) for m in money] == [(500_000, "ARS")]


def test_ecstasy_pills(es_extractor: Extractor) -> None:
    """'200 pastillas de éxtasis' is MDMA counted in pills."""
    text = "Encontraron 30 kilos de marihuana y 200 pastillas de éxtasis."
    event = one(run(es_extractor, text), SeizureEvent)
    assert (drug(event, "MDMA").quantity, drug(event, "MDMA").unit) == (200, "pills")
    assert drug(event, "cannabis").quantity == 30


def test_weapons_counted_by_kind(es_extractor: Extractor) -> None:
    """Pistols, shotguns and cartridges are counted by kind."""
    text = "Se incautaron de 12 pistolas, cuatro escopetas y 150 cartuchos."
    counts = {
        (i.category, i.label, i.count) for i in one(run(es_extractor, text), SeizureEvent).items
    }
    assert {
        ("weapon", "pistol", 12),
        ("weapon", "shotgun", 4),
        ("ammunition", "ammunition", 150),
    } <= counts


def test_narcolancha_is_a_vessel(es_extractor: Extractor) -> None:
    """'dos narcolanchas' are vessels."""
    text = "La Guardia Civil intervino dos narcolanchas en el Guadalquivir."
    items = one(run(es_extractor, text), SeizureEvent).items
    assert [(i.category, i.count) for i in items] == [("vessel", 2)]


# ---------------------------------------------------------------- arguments


def test_approximate_qualifier(es_extractor: Extractor) -> None:
    """'unos 8.000 kilos' is 8000 kg, approximate."""
    text = "Las autoridades incautaron unos 8.000 kilos de cocaína."
    item = drug(one(run(es_extractor, text), SeizureEvent), "cocaine")
    assert (item.quantity, item.qualifier) == (8000, "approximate")


def test_at_least_persons(es_extractor: Extractor) -> None:
    """'más de 20 personas' is 20 with qualifier at_least."""
    text = "Más de 20 personas fueron detenidas en la redada."
    event = one(run(es_extractor, text), ArrestEvent)
    assert (event.persons_count, event.persons_count_qualifier) == (20, "at_least")


def test_country_names_locate(es_extractor: Extractor) -> None:
    """Spanish country names locate the action."""
    text = "Fueron detenidos 6 sospechosos en Colombia y Ecuador."
    assert one(run(es_extractor, text), ArrestEvent).countries == ["CO", "EC"]


def test_origin_country_is_not_location(es_extractor: Extractor) -> None:
    """'procedente de Brasil' is where the goods came from."""
    text = "En España se incautaron 900 kilos de cocaína procedente de Brasil."
    assert one(run(es_extractor, text), SeizureEvent).countries == ["ES"]


def test_named_agency(es_extractor: Extractor) -> None:
    """Guardia Civil is a named agency."""
    text = "La Guardia Civil ha detenido a cinco personas."
    assert "Guardia Civil" in [a.name for a in one(run(es_extractor, text), ArrestEvent).agencies]


def test_background_cue(es_extractor: Extractor) -> None:
    """'hace tres años' marks context, not news."""
    text = "Hace tres años fue detenido en Málaga por tráfico de drogas."
    assert one(run(es_extractor, text), ArrestEvent).background is True


def test_crime_category(es_extractor: Extractor) -> None:
    """'blanqueo de capitales' names money laundering."""
    text = "Detenidas nueve personas por blanqueo de capitales."
    assert "money_laundering" in one(run(es_extractor, text), ArrestEvent).crimes


def test_country_naming_a_street_is_not_a_location(es_extractor: Extractor) -> None:
    """'en la calle Venezuela de Madrid': the street's name is not a country of the arrest."""
    events = run(es_extractor, "La policía detuvo a dos hombres en la calle Venezuela de Madrid.")
    assert one(events, ArrestEvent).countries == ["ES"]


def test_una_tonelada_is_one_tonne(es_extractor: Extractor) -> None:
    """'una tonelada de cocaína': the article before a mass unit is the quantity 1 t."""
    item = drug(
        one(run(es_extractor, "La policía incautó una tonelada de cocaína."), SeizureEvent),
        "cocaine",
    )
    assert (item.quantity, item.unit) == (1.0, "t")


def test_secuestraron_goods_is_a_seizure(es_extractor: Extractor) -> None:
    """Rioplatense 'secuestraron 300 kilos de marihuana' seizes goods."""
    events = run(es_extractor, "Los gendarmes secuestraron 300 kilos de marihuana en un camión.")
    item = drug(one(events, SeizureEvent), "cannabis")
    assert (item.quantity, item.unit) == (300.0, "kg")


def test_secuestraron_a_person_is_not_a_seizure(es_extractor: Extractor) -> None:
    """'secuestraron a un empresario' is a kidnapping, not a seizure of goods."""
    events = run(es_extractor, "Unos desconocidos secuestraron a un empresario en Rosario.")
    assert not [e for e in events if isinstance(e, SeizureEvent)]


def test_pasta_basica_de_cocaina_keeps_its_quantity(es_extractor: Extractor) -> None:
    """'2,5 toneladas de pasta básica de cocaína' is 2.5 t of cocaine."""
    events = run(
        es_extractor, "La policía halló 2,5 toneladas de pasta básica de cocaína en Pichari."
    )
    item = drug(one(events, SeizureEvent), "cocaine")
    assert (item.quantity, item.unit) == (2.5, "t")


def test_insumos_quimicos_are_drug_precursors(es_extractor: Extractor) -> None:
    """'500 litros de insumos químicos' in a lab are drug precursors in litres."""
    events = run(es_extractor, "En el laboratorio se hallaron 500 litros de insumos químicos.")
    item = drug(one(events, SeizureEvent), "drug precursors")
    assert (item.quantity, item.unit) == (500.0, "l")


def test_unit_of_a_tax_agency_acts_not_its_parent(es_extractor: Extractor) -> None:
    """'el Servicio de Vigilancia Aduanera de la Agencia Tributaria': only the SVA acted."""
    text = (
        "El Servicio de Vigilancia Aduanera de la Agencia Tributaria incautó 900 kilos de "
        "hachís en Algeciras."
    )
    names = {a.name for a in one(run(es_extractor, text), SeizureEvent).agencies}
    assert names == {"Spanish Customs Surveillance Service"}


def test_parent_named_through_its_unit_did_not_act(es_extractor: Extractor) -> None:
    """'la Agencia Tributaria, a través de su Servicio de Vigilancia Aduanera': the SVA acted."""
    text = (
        "La Agencia Tributaria, a través de su Servicio de Vigilancia Aduanera, incautó 900 "
        "kilos de hachís en Algeciras."
    )
    names = {a.name for a in one(run(es_extractor, text), SeizureEvent).agencies}
    assert names == {"Spanish Customs Surveillance Service"}


def test_directorate_of_a_police_force_is_the_force(es_extractor: Extractor) -> None:
    """'la DIRANDRO de la Policía Nacional del Perú': the police force is the agency."""
    text = "Agentes de la DIRANDRO de la Policía Nacional del Perú incautaron 300 kilos de cocaína."
    names = {a.name for a in one(run(es_extractor, text), SeizureEvent).agencies}
    assert names == {"Peruvian National Police"}


def test_subject_pronoun_before_a_guilty_plea_is_one_person(es_extractor: Extractor) -> None:
    """ "Él se declaró culpable": the accented subject pronoun (the `subject_pronouns` role)
    is the defendant, like a name."""
    events = run(es_extractor, "Él se declaró culpable de tráfico de drogas ante el juez.")
    assert one(events, ConvictionEvent).persons_count == 1


def test_name_run_goes_over_the_longer_particle(es_extractor: Extractor) -> None:
    """ "del" is one particle (shared/names.toml), not "de" and a stray "l": the group's
    name runs on to "Valle"."""
    text = "La policía desarticuló el cártel de Juan Pérez del Valle en Sevilla."
    event = one(run(es_extractor, text), DismantlingEvent)
    assert [o.name for o in event.organizations] == ["Juan Pérez del Valle Cartel"]
