"""Persons counts: a definite bare number refers back to a group counted before."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ChargeEvent


def test_en_indictment_against_the_three(extract_all: Extract) -> None:
    """ "filed an indictment against the three": the three men counted before."""
    text = (
        "Three men were detained in Accra in May. Prosecutors filed an indictment against "
        "the three on Tuesday in Chicago."
    )
    assert one(extract_all(text), ChargeEvent).persons_count == 3


def test_fr_charges_against_the_four(extract_all: Extract) -> None:
    """ "contre les quatre": the four persons counted in the sentence before."""
    text = (
        "Quatre hommes ont été interpellés lundi à Nice. Le parquet a retenu mercredi des "
        "charges contre les quatre, mis en examen pour trafic."
    )
    assert one(extract_all(text, "fr"), ChargeEvent).persons_count == 4


def test_en_definite_number_before_a_noun_is_no_back_reference(extract_all: Extract) -> None:
    """ "the two cars" names things, not the persons counted before."""
    text = (
        "Five men were detained in Leeds on Monday. The two cars were searched. One man was "
        "charged on Tuesday with supplying heroin."
    )
    assert one(extract_all(text), ChargeEvent).persons_count == 1
