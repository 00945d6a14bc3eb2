"""How `event-worker eval` compares gold and predicted events (worker/evaluation.py)."""

from __future__ import annotations

from typing import Any

from worker.evaluation import AgencyName, score_article


def _event(**fields: Any) -> dict[str, Any]:
    return {"type": "arrest", "background": False, **fields}


def _field(metric: str, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Any:
    return dict(score_article("", gold, predicted))[f"field:{metric}"]


def test_country_noun_and_adjective_name_one_agency() -> None:
    """ "Uruguay National Police" and "Uruguayan National Police" are one agency."""
    assert AgencyName("Uruguay National Police").matches(AgencyName("Uruguayan National Police"))


def test_an_implicit_state_matches_a_named_one() -> None:
    """ "Anti-Narcotics Force" (the state left implicit) matches "Pakistan Anti-Narcotics
    Force"."""
    assert AgencyName("Anti-Narcotics Force").matches(AgencyName("Pakistan Anti-Narcotics Force"))


def test_linking_words_of_a_translated_name_do_not_count() -> None:
    """ "Department for Drug Control" and "Department of Drug Control" are one translated name."""
    assert AgencyName("Kuwait General Department for Drug Control").matches(
        AgencyName("Kuwaiti General Department of Drug Control")
    )


def test_british_and_american_spelling_name_one_agency() -> None:
    """ "Organised" and "Organized" spell one agency's name."""
    assert AgencyName("Organised Crime Unit").matches(AgencyName("Organized Crime Unit"))


def test_a_different_word_still_makes_a_different_agency() -> None:
    """Tolerance stops at spelling and linking words: customs is not the police."""
    assert not AgencyName("Kuwait General Department for Customs").matches(
        AgencyName("Kuwait General Department for Drug Control")
    )


def test_an_acronym_and_the_official_name_of_one_gazetteer_agency_match() -> None:
    """The gazetteer gives "DPCI" and "Directorate for Priority Crime Investigation" to one
    body: an analyst reads them as the same agency."""
    assert AgencyName("Directorate for Priority Crime Investigation").matches(
        AgencyName("South Africa Hawks")
    )
    assert AgencyName("DPCI").matches(AgencyName("South Africa Hawks"))


def test_a_state_prefixed_english_name_resolves_to_the_gazetteer_agency() -> None:
    """ "French Anti-Narcotics Office" is the gazetteer's OFAST, the state written or not."""
    assert AgencyName("French Anti-Narcotics Office").matches(AgencyName("OFAST"))


def test_two_gazetteer_agencies_do_not_match_through_the_gazetteer() -> None:
    """Two bodies the gazetteer keeps apart stay apart: OFAST is not the Hawks."""
    assert not AgencyName("OFAST").matches(AgencyName("South Africa Hawks"))


def test_two_states_forces_differ() -> None:
    """Colombia's National Police is not Ecuador's."""
    assert not AgencyName("Colombian National Police").matches(
        AgencyName("Ecuadorian National Police")
    )


def test_agency_field_is_tolerant_and_exact_field_is_strict() -> None:
    """The agencies field counts a naming variant as found; agencies_exact does not."""
    gold = [_event(agencies=["Uruguayan National Police"])]
    predicted = [_event(agencies=["Uruguay National Police"])]
    tolerant = _field("agencies", gold, predicted)
    exact = _field("agencies_exact", gold, predicted)
    assert (tolerant.tp, tolerant.fp, tolerant.fn) == (1, 0, 0)
    assert (exact.tp, exact.fp, exact.fn) == (0, 1, 1)
