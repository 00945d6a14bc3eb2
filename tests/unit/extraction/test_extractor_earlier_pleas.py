"""A guilty plea told as made at an earlier hearing, in a sentencing story, is its own
background conviction (guide: an earlier plea is a separate background conviction), even
when the story's ruling day was told just before it."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_en_plea_at_an_earlier_hearing_is_a_background_conviction(extract_all: Extract) -> None:
    """ "pleaded guilty at an earlier hearing" after "jailed on Friday" is an older step."""
    events = extract_all(
        "Three brothers were jailed at Cardiff Crown Court on Friday for supplying heroin. "
        "Each of them pleaded guilty at an earlier hearing.",
        "en",
        "2025-06-11",
    )
    convictions = of_type(events, "conviction")
    assert [(c.background, c.occurred_on) for c in convictions] == [(True, None)]
    assert [s.background for s in of_type(events, "sentence")] == [False]


def test_es_confession_at_an_earlier_hearing_is_a_background_conviction(
    extract_all: Extract,
) -> None:
    """ "se declararon culpables en una vista anterior" is no part of today's ruling."""
    events = extract_all(
        "La Audiencia de Málaga condenó el lunes a seis años de prisión a dos hombres por "
        "tráfico de cocaína. Ambos se declararon culpables en una vista anterior.",
        "es",
        "2025-06-11",
    )
    assert [c.background for c in of_type(events, "conviction")] == [True]


def test_en_verdict_the_same_day_stays_in_the_ruling(extract_all: Extract) -> None:
    """Without an earlier-hearing cue, a verdict told after the sentence is that ruling."""
    events = extract_all(
        "A man was jailed for nine years at Hull Crown Court on Friday. "
        "He was found guilty of importing cocaine.",
        "en",
        "2025-06-11",
    )
    assert of_type(events, "conviction") == []
