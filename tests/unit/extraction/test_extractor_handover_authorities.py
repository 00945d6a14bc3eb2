"""A person handed to "the X authorities" (a destination cue, an authorities word and a
demonym) goes to state X: the extradition's to_country."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ExtraditionEvent


def test_fr_handed_to_french_authorities(extract_all: Extract) -> None:
    """ "remis aux autorités françaises" sends the person to France."""
    event = one(
        extract_all(
            "Le fugitif a été extradé d'Espagne et remis aux autorités françaises mardi.", "fr"
        ),
        ExtraditionEvent,
    )
    assert event.to_country == "FR"


def test_es_handed_to_us_authorities(extract_all: Extract) -> None:
    """ "entregado a las autoridades estadounidenses" sends the person to the United States."""
    event = one(
        extract_all(
            "El capo fue entregado a las autoridades estadounidenses el martes en el aeropuerto "
            "de Bogotá.",
            "es",
        ),
        ExtraditionEvent,
    )
    assert event.to_country == "US"
