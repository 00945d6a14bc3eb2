"""A city's own force named head first ("Service de police de Trois-Rivières", "Policía
Municipal de Madrid") is an agency named after its city, in canonical English."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, Event


def _names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_fr_city_police_service_is_named_after_its_city(extract_all: Extract) -> None:
    """« le Service de police de Trois-Rivières » is the Trois-Rivières Police Service."""
    text = "Le Service de police de Trois-Rivières a arrêté mardi deux hommes à Shawinigan."
    arrest = next(e for e in extract_all(text, "fr") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Trois-Rivières Police Service"}


def test_es_municipal_police_is_named_after_its_city(extract_all: Extract) -> None:
    """La «Policía Municipal de Madrid» es la policía municipal de esa ciudad."""
    text = "La Policía Municipal de Madrid detuvo el lunes a tres hombres en Vallecas."
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Madrid Municipal Police"}


def test_fr_known_city_force_keeps_its_gazetteer_name(extract_all: Extract) -> None:
    """A city force the gazetteer lists keeps its entry, no second name is made up."""
    text = "Le Service de police de Laval a arrêté mardi deux hommes à Laval."
    arrest = next(e for e in extract_all(text, "fr") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Laval Police Service"}


def test_fr_head_without_a_place_name_is_no_agency(extract_all: Extract) -> None:
    """A head followed by lower-case words ("la police municipale de la ville") names no
    particular force."""
    text = "La police municipale de la ville a arrêté mardi deux hommes."
    arrest = next(e for e in extract_all(text, "fr") if isinstance(e, ArrestEvent))
    assert _names(arrest) == set()


def test_ar_fujairah_police_is_an_agency(extract_all: Extract) -> None:
    """شرطة الفجيرة is the Fujairah Police, like the other emirates' forces."""
    text = "تمكنت القيادة العامة لشرطة الفجيرة من ضبط 3 متهمين بحوزتهم 5 كيلوغرامات من الحشيش."
    arrest = next(e for e in extract_all(text, "ar") if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Fujairah Police"}


def test_en_state_force_missing_from_the_gazetteer_is_named_as_written(
    extract_all: Extract,
) -> None:
    """A state's name and a force head ("the Ghana Navy") name that state's force."""
    text = "The Ghana Navy arrested five men on a fishing vessel off Tema on Monday."
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert _names(arrest) == {"Ghana Navy"}


def test_en_force_head_without_a_state_is_no_agency(extract_all: Extract) -> None:
    """A force head after a word that names no state ("the Pacific Navy") is no agency."""
    text = "The Pacific Navy arrested five men on a fishing vessel on Monday."
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert _names(arrest) == set()


def test_es_provincial_investigations_police_is_named_by_its_province(
    extract_all: Extract,
) -> None:
    """ "la Policía de Investigaciones de Santa Fe" is that province's force, not Chile's
    PDI."""
    text = (
        "La Policía de Investigaciones de Santa Fe detuvo el martes a cuatro hombres en "
        "Rosario, Argentina."
    )
    names = {a.name for e in extract_all(text, "es") for a in e.agencies}
    assert names == {"Santa Fe Investigations Police"}


def test_fr_border_police_is_its_own_agency(extract_all: Extract) -> None:
    """« la police aux frontières » is the French Border Police, a unit outlets name apart
    from the national police."""
    text = "À Orly, la police aux frontières a interpellé lundi deux passeurs de cocaïne."
    names = {a.name for e in extract_all(text, "fr") for a in e.agencies}
    assert names == {"French Border Police"}
