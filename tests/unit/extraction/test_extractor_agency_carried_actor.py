"""An action whose sentence names no agency takes the actor told before it in its paragraph;
a sentence that names agencies only as helpers (after an assistance cue) does not replace
that actor."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, Event


def _names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_en_helper_sentence_does_not_replace_the_actor(extract_all: Extract) -> None:
    """The dockers were arrested by the force that seized the container, helped by the
    agency that flagged it, not by the helper alone."""
    text = (
        "The Guardia Civil arrested three men in Cadiz on Monday.\n\n"
        "On Wednesday the National Police seized 400 kilograms of cocaine in a container at "
        "the port of Valencia. The container had been flagged with the help of Europol. Two "
        "dockers were arrested at the port."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    second = next(a for a in arrests if a.persons_count == 2)
    assert "Spanish National Police" in _names(second)


def test_es_helper_after_a_bare_support_cue_does_not_replace_the_actor(
    extract_all: Extract,
) -> None:
    """The same with "con apoyo de" (no article), an assistance cue too."""
    text = (
        "La Guardia Civil detuvo el lunes a tres hombres en Cádiz.\n\n"
        "El miércoles la Policía Nacional incautó 400 kilos de cocaína en un contenedor en el "
        "puerto de Valencia. El contenedor fue detectado con apoyo de Europol. Dos estibadores "
        "fueron detenidos en el puerto."
    )
    arrests = [e for e in extract_all(text, "es") if isinstance(e, ArrestEvent)]
    second = next(a for a in arrests if a.persons_count == 2)
    assert "Spanish National Police" in _names(second)
