"""Bulleted lists: the items of list lines belong to the seizure introduced just before."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import SeizureEvent


def test_fr_bullet_lines_after_colon_join_the_seizure(extract_all: Extract) -> None:
    """ "Ont été saisis :" then "- 8 kg de cannabis" and "- 2 fusils": both items."""
    text = "Ont été saisis lors de l'opération :\n- 8 kg de cannabis\n- 2 fusils\nFin de l'article."
    event = one(extract_all(text, "fr"), SeizureEvent)
    assert {(i.substance or i.label, i.quantity or i.count) for i in event.items} == {
        ("cannabis", 8),
        ("rifle", 2),
    }


def test_en_bullets_without_colon_are_not_joined(extract_all: Extract) -> None:
    """A list not introduced by the seizure sentence (no colon) is not its items."""
    # The line has no verb: "4 kg ... were found" would tell a seizure of its own (a passive).
    text = "Police seized a car on Monday.\n- 4 kg of cocaine in Spain, a record for the port."
    event = one(extract_all(text), SeizureEvent)
    assert all(i.category != "drug" for i in event.items)
