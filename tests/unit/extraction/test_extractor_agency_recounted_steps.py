"""A step the story recounts (background) whose own sentence names no agency takes the agency
the closest earlier sentence of its paragraph names, as a news step does."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, Event


def _names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_en_recounted_arrest_takes_the_agency_that_boarded(extract_all: Extract) -> None:
    """A court story recounts the operation: the men arrested after a boarding told with
    its agency were arrested by that agency."""
    text = (
        "A court in Cadiz on Friday jailed two sailors for eleven years for drug "
        "trafficking.\n\n"
        "In March 2022 officers of the Guardia Civil boarded their trawler off Barbate. "
        "The two sailors were arrested on board that night."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert arrest.background
    assert _names(arrest) == {"Guardia Civil"}


def test_es_recounted_arrest_takes_the_agency_of_its_paragraph(extract_all: Extract) -> None:
    """The same in Spanish: the recounted arrest follows the agency named before it in
    its paragraph."""
    text = (
        "La Audiencia de Cádiz condenó el viernes a dos marineros a once años de prisión "
        "por tráfico de drogas.\n\n"
        "En marzo de 2022 agentes de la Guardia Civil abordaron su pesquero frente a "
        "Barbate. Los dos marineros fueron detenidos esa misma noche en el puerto."
    )
    arrest = next(e for e in extract_all(text, "es") if isinstance(e, ArrestEvent))
    assert arrest.background
    assert _names(arrest) == {"Guardia Civil"}


def test_en_recounted_arrest_of_another_paragraph_takes_none(extract_all: Extract) -> None:
    """The agency of another paragraph is not carried: the recounted arrest told alone in
    its paragraph keeps no agency."""
    text = (
        "The Guardia Civil said on Friday it had seized 300 kilograms of hashish in "
        "Algeciras.\n\n"
        "In 2019 two brothers were arrested in Tarifa for smuggling tobacco."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent) and e.background]
    assert all(_names(a) == set() for a in arrests)
