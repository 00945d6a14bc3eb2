"""Participles that name persons already arrested are references, not new actions
(mentions._names_the_persons): they would only bring the date of a later step."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract


def test_auxiliary_before_participle_is_a_finite_verb(extract_all: Extract) -> None:
    """ "The three were charged Thursday" tells the charge and its day; it is no reference
    like "the three charged"."""
    text = (
        "Customs officers seized 600 kilograms of cocaine at the port this month, and three "
        "men have been charged, the agency said. The three were charged Thursday with "
        "importing cocaine."
    )
    (charge,) = [e for e in extract_all(text, "en", "2024-03-15") if e.type == "charge"]
    assert charge.occurred_on == "2024-03-14"


def test_participle_after_a_person_noun_is_a_reference(extract_all: Extract) -> None:
    """ "Les quatre autres personnes interpellées ont été relâchées" names persons already
    arrested: no second arrest on the day of the later steps."""
    text = (
        "Mardi, les gendarmes ont interpellé huit personnes à Sète.\n\n"
        "Vendredi, quatre d'entre elles ont été mises en examen. Les quatre autres personnes "
        "interpellées ont été remises en liberté."
    )
    arrests = [e for e in extract_all(text, "fr", "2024-03-18") if e.type == "arrest"]
    assert [a.occurred_on for a in arrests] == ["2024-03-12"]
