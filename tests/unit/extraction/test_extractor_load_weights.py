"""A load told in one sentence and weighed in a later one (items.toml `load_nouns`): the
weight goes to the seizure that named the drug without a weight."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, drug_facts


def test_es_packages_weighed_later_give_the_weight(extract_all: Extract) -> None:
    """ "Los fardos ... arrojaron un peso de 850 kilogramos" weighs the cocaine seized."""
    events = extract_all(
        "La Armada interceptó una lancha rápida con fardos de cocaína frente a Barahona.\n\n"
        "Los fardos pesaron en total 850 kilogramos, según el parte de la Armada.",
        "es",
    )
    assert drug_facts(events) == {("cocaine", 850, "kg")}


def test_en_haul_weighed_later_gives_the_weight(extract_all: Extract) -> None:
    """ "The haul weighed 96 kilograms" after a seizure of methamphetamine with no weight."""
    events = extract_all(
        "Customs officers found cocaine hidden in a load of timber at the port of Napier."
        "\n\nThe haul weighed 41 kilograms, officials said on Friday.",
        "en",
    )
    assert drug_facts(events) == {("cocaine", 41, "kg")}


def test_two_weights_in_the_later_sentence_give_none(extract_all: Extract) -> None:
    """Two weights in the load's sentence are parts or other loads: no weight is guessed."""
    events = extract_all(
        "Customs officers found cocaine hidden in a container at the port of Tilbury.\n\n"
        "The packages weighed between 40 kilograms and 60 kilograms each, officials said.",
        "en",
    )
    assert drug_facts(events) == {("cocaine", None, None)}
