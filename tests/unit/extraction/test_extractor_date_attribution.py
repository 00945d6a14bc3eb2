"""Which date goes to which event (guide section 3 "date"): the action's own day, a day told
earlier in the same operation, not the day a statement was made, and background rulings
with their own year."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract


def test_old_plea_and_sentence_in_one_sentence_are_one_ruling(extract_all: Extract) -> None:
    """ "pleaded guilty last year ... and was sentenced": one background sentence of last
    year, no separate conviction."""
    text = (
        "A jury in Dallas on Thursday found a 31-year-old man guilty of drug trafficking. "
        "His cousin, Mark Doyle, pleaded guilty last year to a related charge and was "
        "sentenced to eight years in prison."
    )
    events = extract_all(text, "en", "2024-03-15")
    old = [(e.type, e.occurred_on) for e in events if e.background]
    assert old == [("sentence", "2023")]
