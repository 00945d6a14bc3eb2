"""Spanish regional vocabulary and verb forms of law enforcement (lexicons/es).

Sentences are written for these tests; the extractor is Spanish only, on the real lexicons.
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
    RaidEvent,
    SeizureEvent,
)


@pytest.fixture(scope="module")
def es_extractor() -> Extractor:
    return Extractor(languages=("es",))


def run(extractor: Extractor, text: str, published: str = "2024-03-15") -> list[Event]:
    return extract_in(extractor, "es", text, published)


def test_apresar_is_an_arrest(es_extractor: Extractor) -> None:
    """Caribbean 'apresaron a dos hombres' is an arrest of two."""
    events = run(
        es_extractor, "Agentes de la Policía apresaron a dos hombres en San Pedro de Macorís."
    )
    assert one(events, ArrestEvent).persons_count == 2


def test_apresados_passive_is_an_arrest(es_extractor: Extractor) -> None:
    """'fueron apresados tres jóvenes' is an arrest of three."""
    events = run(es_extractor, "En la redada fueron apresados tres jóvenes en Santiago.")
    assert one(events, ArrestEvent).persons_count == 3


def test_registraron_premises_is_a_raid(es_extractor: Extractor) -> None:
    """'registraron un almacén' searches premises: a raid."""
    events = run(es_extractor, "Los agentes registraron un almacén en Almería el martes.")
    one(events, RaidEvent)


def test_registrar_without_premises_is_no_raid(es_extractor: Extractor) -> None:
    """'registró un aumento' records a figure: no raid."""
    events = run(es_extractor, "La policía registró un aumento de los robos en Málaga.")
    assert not [e for e in events if isinstance(e, RaidEvent)]


def test_se_registro_at_premises_is_no_raid(es_extractor: Extractor) -> None:
    """'se registraron disparos contra viviendas' tells what happened: no search."""
    events = run(es_extractor, "Anoche se registraron disparos contra varias viviendas de Rosario.")
    assert not [e for e in events if isinstance(e, RaidEvent)]


def test_lab_put_out_of_use_is_a_raid(es_extractor: Extractor) -> None:
    """'inhabilitaron un laboratorio clandestino' is a raid on the lab."""
    events = run(
        es_extractor, "Militares del Ejército inhabilitaron un laboratorio clandestino en Durango."
    )
    one(events, RaidEvent)


def test_maceration_pits_destroyed_are_a_raid(es_extractor: Extractor) -> None:
    """'destruyeron ocho pozas de maceración' is a raid on a jungle lab."""
    events = run(es_extractor, "Los policías destruyeron ocho pozas de maceración en el Putumayo.")
    one(events, RaidEvent)


def test_drugs_destroyed_are_no_raid(es_extractor: Extractor) -> None:
    """'destruyeron 200 kilos de marihuana' names no premises: no raid."""
    events = run(es_extractor, "Los agentes destruyeron 200 kilos de marihuana en Tijuana.")
    assert not [e for e in events if isinstance(e, RaidEvent)]


def test_processing_lab_with_adjective_is_no_charge(es_extractor: Extractor) -> None:
    """'laboratorios clandestinos de procesamiento' process drugs: no charge."""
    events = run(
        es_extractor,
        "La policía allanó dos laboratorios clandestinos de procesamiento en el Chapare.",
    )
    assert not [e for e in events if isinstance(e, ChargeEvent)]


def test_dio_cumplimiento_a_orden_de_cateo_is_a_raid(es_extractor: Extractor) -> None:
    """'dio cumplimiento a una orden de cateo' executes a search warrant: a raid."""
    events = run(
        es_extractor, "La Fiscalía dio cumplimiento a una orden de cateo en una casa de Mexicali."
    )
    one(events, RaidEvent)


def test_executed_arrest_warrant_is_an_arrest(es_extractor: Extractor) -> None:
    """'cumplimentaron una orden de aprehensión' executes an arrest warrant: an arrest."""
    events = run(
        es_extractor,
        "Agentes ministeriales cumplimentaron una orden de aprehensión contra un hombre en Toluca.",
    )
    one(events, ArrestEvent)


def test_arrest_warrant_only_issued_is_no_arrest(es_extractor: Extractor) -> None:
    """'un juez emitió una orden de captura' is a warrant issued, not acted on."""
    events = run(es_extractor, "Un juez emitió una orden de captura contra el exalcalde de Cali.")
    assert not [e for e in events if isinstance(e, ArrestEvent)]


def test_lab_taken_apart_is_a_raid_not_a_dismantling(es_extractor: Extractor) -> None:
    """'desmanteló un laboratorio clandestino' is a raid on the lab; no group was dismantled."""
    events = run(es_extractor, "El Ejército desmanteló un laboratorio clandestino en Michoacán.")
    one(events, RaidEvent)
    assert not [e for e in events if isinstance(e, DismantlingEvent)]


def test_sujetos_are_counted(es_extractor: Extractor) -> None:
    """'la detención de cinco sujetos' counts five persons."""
    events = run(es_extractor, "Se logró la detención de cinco sujetos en Saltillo.")
    assert one(events, ArrestEvent).persons_count == 5


def test_masculinos_and_femina_are_counted(es_extractor: Extractor) -> None:
    """'dos masculinos y una fémina' are three persons arrested."""
    events = run(es_extractor, "Fueron aprehendidos dos masculinos y una fémina en Escuintla.")
    assert one(events, ArrestEvent).persons_count == 3


def test_captured_teenager_is_one_person(es_extractor: Extractor) -> None:
    """'fue capturado un adolescente' is an arrest of one."""
    events = run(es_extractor, "En Guayaquil fue capturado un adolescente con un revólver.")
    assert one(events, ArrestEvent).persons_count == 1


def test_extortionists_captured_are_counted(es_extractor: Extractor) -> None:
    """'capturó a 4 extorsionadores' needs a person noun: an arrest of four."""
    events = run(es_extractor, "La Policía capturó a 4 extorsionadores en Trujillo.")
    assert one(events, ArrestEvent).persons_count == 4


def test_cocaine_base_names_are_cocaine(es_extractor: Extractor) -> None:
    """'base de coca' and 'bazuco' are cocaine with their weight."""
    events = run(es_extractor, "La policía incautó 35 kilos de base de coca en Ayacucho.")
    item = drug(one(events, SeizureEvent), "cocaine")
    assert (item.quantity, item.unit) == (35.0, "kg")


def test_gallons_of_acetone_are_precursors_in_litres(es_extractor: Extractor) -> None:
    """'50 galones de acetona' are lab precursors, in litres."""
    events = run(es_extractor, "El Ejército decomisó 50 galones de acetona en Nariño.")
    item = drug(one(events, SeizureEvent), "drug precursors")
    assert item.unit == "l"
    assert item.quantity == pytest.approx(189.27, rel=1e-3)


def test_mexican_thousands_weight(es_extractor: Extractor) -> None:
    """'2 mil 300 kilos de cocaína' is 2300 kg."""
    events = run(es_extractor, "La Marina aseguró 2 mil 300 kilos de cocaína en Lázaro Cárdenas.")
    item = drug(one(events, SeizureEvent), "cocaine")
    assert (item.quantity, item.unit) == (2300.0, "kg")


def test_success_verb_with_infinitive_is_the_arrest(es_extractor: Extractor) -> None:
    """'lograron capturar a tres hombres' tells the arrest done."""
    events = run(es_extractor, "Los policías lograron capturar a tres hombres en Pereira.")
    assert one(events, ArrestEvent).persons_count == 3


def test_success_verb_with_infinitive_is_the_seizure(es_extractor: Extractor) -> None:
    """'logró decomisar 90 kilos de cocaína' tells the seizure done."""
    events = run(es_extractor, "La Policía logró decomisar 90 kilos de cocaína en Arica.")
    item = drug(one(events, SeizureEvent), "cocaine")
    assert (item.quantity, item.unit) == (90.0, "kg")


def test_intervenir_a_persons_is_an_arrest(es_extractor: Extractor) -> None:
    """Peruvian 'intervinieron a cuatro personas' detains them: an arrest of four."""
    events = run(es_extractor, "Agentes de la Policía intervinieron a cuatro personas en Piura.")
    assert one(events, ArrestEvent).persons_count == 4
    assert not [e for e in events if isinstance(e, SeizureEvent)]


def test_ledger_registro_is_no_raid(es_extractor: Extractor) -> None:
    """'una libreta con el registro de las ventas' is a record, not a search."""
    events = run(
        es_extractor,
        "Los agentes decomisaron 3 kilos de cocaína y una libreta con el registro de las ventas.",
    )
    assert not [e for e in events if isinstance(e, RaidEvent)]


def test_official_records_are_no_raid(es_extractor: Extractor) -> None:
    """'figura en los registros oficiales' names records, not searches."""
    events = run(es_extractor, "El detenido figura en los registros oficiales como comerciante.")
    assert not [e for e in events if isinstance(e, RaidEvent)]


def test_ingresaron_a_premises_is_a_raid(es_extractor: Extractor) -> None:
    """'ingresaron a seis domicilios' enters premises: a raid."""
    events = run(
        es_extractor, "Los detectives ingresaron a seis domicilios de Valparaíso el lunes."
    )
    one(events, RaidEvent)


def test_ingreso_en_prision_is_no_raid(es_extractor: Extractor) -> None:
    """'ingresó en prisión' is a custody step, no search of premises."""
    events = run(es_extractor, "El acusado ingresó en prisión el viernes en Córdoba.")
    assert not [e for e in events if isinstance(e, RaidEvent)]


def test_secuestro_de_goods_is_a_seizure(es_extractor: Extractor) -> None:
    """Rioplatense 'el secuestro de 12 kilos de marihuana' is a seizure."""
    events = run(
        es_extractor, "Los policías concretaron el secuestro de 12 kilos de marihuana en Salta."
    )
    item = drug(one(events, SeizureEvent), "cannabis")
    assert (item.quantity, item.unit) == (12.0, "kg")


def test_secuestro_de_a_person_is_no_seizure(es_extractor: Extractor) -> None:
    """'el secuestro de un ganadero' is a kidnapping: no seizure."""
    events = run(es_extractor, "El secuestro de un ganadero en Tucumán conmocionó a la provincia.")
    assert not [e for e in events if isinstance(e, SeizureEvent)]


def test_ubico_goods_is_a_seizure(es_extractor: Extractor) -> None:
    """Andean 'la policía ubicó 90 kilos de cocaína' found the goods: a seizure."""
    events = run(es_extractor, "La policía ubicó 90 kilos de cocaína en un camión en Oruro.")
    one(events, SeizureEvent)


def test_ubicado_between_countries_is_no_seizure(es_extractor: Extractor) -> None:
    """'ubicado entre Colombia y Ecuador' places a country: no seizure."""
    events = run(
        es_extractor, "El puerto, ubicado entre Colombia y Ecuador, mueve 40 kilos de carga."
    )
    assert not [e for e in events if isinstance(e, SeizureEvent)]


def test_goods_before_a_participle_after_an_arrest_are_seized(es_extractor: Extractor) -> None:
    """'cuatro detenidos y 15 kilos de heroína decomisados': the heroin is the seizure's."""
    events = run(
        es_extractor,
        "El balance del operativo fue de cuatro detenidos y 15 kilos de heroína decomisados.",
    )
    assert one(events, ArrestEvent).persons_count == 4
    item = drug(one(events, SeizureEvent), "heroin")
    assert (item.quantity, item.unit) == (15.0, "kg")


def test_sentencia_condenatoria_is_a_conviction(es_extractor: Extractor) -> None:
    """'dictó sentencia condenatoria contra tres acusados' convicts three."""
    events = run(
        es_extractor, "El tribunal dictó sentencia condenatoria contra tres acusados en Cusco."
    )
    assert one(events, ConvictionEvent).persons_count == 3


def test_hallo_culpables_is_a_conviction(es_extractor: Extractor) -> None:
    """'el jurado halló culpables a dos hombres' is a conviction."""
    events = run(es_extractor, "El jurado halló culpables a dos hombres de contrabando en Miami.")
    one(events, ConvictionEvent)


def test_presento_acusacion_is_a_charge(es_extractor: Extractor) -> None:
    """'la Fiscalía presentó acusación contra ocho personas' charges eight."""
    events = run(
        es_extractor, "La Fiscalía presentó acusación contra ocho personas por lavado de activos."
    )
    assert one(events, ChargeEvent).persons_count == 8
