"""The flag a vessel flies names the state it is registered in, not where the action
happened (events.toml `origin` role)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import SeizureEvent


def test_es_flag_state_is_no_location(extract_all: Extract) -> None:
    """ "un pesquero con bandera de Portugal" seized off Cádiz is located in Spain."""
    event = one(
        extract_all(
            "La Guardia Civil interceptó un pesquero con bandera de Portugal frente a Cádiz "
            "y se incautó de 900 kilos de cocaína.",
            "es",
        ),
        SeizureEvent,
    )
    assert event.countries == ["ES"]


def test_en_flag_state_is_no_location(extract_all: Extract) -> None:
    """ "a ship flying the flag of Panama" boarded off Cork: Ireland only."""
    event = one(
        extract_all(
            "The Irish Navy boarded a cargo ship flying the flag of Panama off Cork and seized "
            "2 tonnes of cocaine.",
            "en",
        ),
        SeizureEvent,
    )
    assert event.countries == ["IE"]


def test_fr_flag_state_is_no_location(extract_all: Extract) -> None:
    """ "battant pavillon de la Belgique" au large de Brest: la France seule."""
    event = one(
        extract_all(
            "La Marine nationale a intercepté un voilier battant pavillon de la Belgique au "
            "large de Brest et saisi 1,2 tonne de cocaïne.",
            "fr",
        ),
        SeizureEvent,
    )
    assert event.countries == ["FR"]
