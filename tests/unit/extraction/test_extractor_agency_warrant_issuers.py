"""An agency named as the issuer of a warrant or notice ("a Red Notice issued by
Interpol", "une notice rouge d'Interpol") did not make the arrest it led to; named as an
actor, it did."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


def test_en_interpol_issuing_a_red_notice_did_not_arrest(extract_all: Extract) -> None:
    """Interpol named only for its Red Notice is not credited with the arrest."""
    text = (
        "The Royal Thai Police arrested the man in Phuket on Monday on a Red Notice "
        "issued by Interpol."
    )
    assert _names(extract_all(text)) == {"Royal Thai Police"}


def test_fr_interpol_of_the_notice_did_not_arrest(extract_all: Extract) -> None:
    """The same in French: "sur la base d'une notice rouge d'Interpol"."""
    text = (
        "La police espagnole a interpellé l'homme mardi à Malaga sur la base d'une notice "
        "rouge d'Interpol."
    )
    assert _names(extract_all(text, "fr")) == {"Spanish National Police"}


def test_en_interpol_named_as_an_actor_is_kept(extract_all: Extract) -> None:
    """Interpol named as one of those who made the arrest stays."""
    text = "Interpol and the Royal Thai Police arrested the man in Phuket on Monday."
    assert _names(extract_all(text)) == {"Interpol", "Royal Thai Police"}
