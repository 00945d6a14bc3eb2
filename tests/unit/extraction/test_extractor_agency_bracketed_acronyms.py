"""An acronym the article defines in brackets after an agency's name names that body, even
when the gazetteer gives the acronym to another state's body: one body, one name."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_fr_acronym_defined_for_the_story_state_body_is_not_another_state(
    extract_all: Extract,
) -> None:
    """In a Mauritanian story, "la Direction générale de la sûreté nationale (DGSN)" and the
    later "la DGSN" are one Mauritanian body, not also Morocco's DGSN."""
    text = (
        "NOUAKCHOTT - Les policiers mauritaniens de la Direction générale de la sûreté "
        "nationale (DGSN) ont saisi mardi 40 kilogrammes de cocaïne dans un entrepôt de "
        "Nouakchott, en Mauritanie. Deux Mauritaniens ont été interpellés. La DGSN a ensuite "
        "perquisitionné une villa à Nouadhibou, où un troisième homme a été arrêté."
    )
    events = extract_all(text, "fr")
    assert events
    assert all(
        _names(e) == {"Mauritanian General Directorate of National Security"} for e in events
    )
