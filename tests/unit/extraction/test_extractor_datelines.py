"""Datelines: the dispatch day is the report date, not the action date, and relative words
count from it."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent


def test_fr_weekday_in_action_clause_wins_over_dateline(extract_all: Extract) -> None:
    """ "DAKAR, 14 mars (AFP) - ... mardi": the action is Tuesday, not the dispatch day."""
    text = "DAKAR, 14 mars (AFP) - La police a interpellé mardi trois passeurs présumés."
    assert one(extract_all(text, "fr"), ArrestEvent).occurred_on == "2024-03-12"


def test_en_dateline_alone_is_not_the_action_date(extract_all: Extract) -> None:
    """With no day in the action clause, the dispatch day is not taken as the action's."""
    text = "LAGOS, March 14 (Wire) - Police arrested nine suspects in a dawn operation."
    assert one(extract_all(text), ArrestEvent).occurred_on != "2024-03-14"


def test_en_yesterday_counts_from_the_dateline(extract_all: Extract) -> None:
    """ "LIMA, March 12 (Wire) - ... yesterday" is March 11 although published March 15."""
    text = "LIMA, March 12 (Wire) - Peruvian police arrested four men yesterday in Callao."
    assert one(extract_all(text), ArrestEvent).occurred_on == "2024-03-11"


def test_place_and_publication_day_line_is_a_dateline(extract_all: Extract) -> None:
    """ "Cádiz, 12 de junio de 2024. La Guardia Civil ha detenido ...": the opening line's
    day is the release's; the arrest takes the day the text tells later for it."""
    text = (
        "NOTA INFORMATIVA\n\n"
        "Cádiz, 12 de junio de 2024. La Guardia Civil ha detenido a seis personas por "
        "tráfico de hachís en Barbate.\n\n"
        "El pasado 7 de junio, los agentes registraron tres viviendas en Barbate, donde "
        "fueron detenidos los seis investigados."
    )
    events = extract_all(text, "es", "2024-06-12")
    assert {e.occurred_on for e in events if e.type == "arrest"} == {"2024-06-07"}


def test_lead_after_a_headline_takes_its_detail_sentence_day(extract_all: Extract) -> None:
    """Headline, then a dateline and a lead dated only by its announcement ("informó este
    jueves"), then a sentence telling the operation's day without an action word of its
    own: that day (the dateline past the headline is the dispatch's, not the action's)."""
    text = (
        "La Armada incauta una tonelada de cocaína en un velero\n\n"
        "CARTAGENA, 14 mar (Agencia) - La Armada incautó una tonelada de cocaína en un "
        "velero y detuvo a sus dos tripulantes, informó este jueves la institución.\n\n"
        "El operativo tuvo lugar el martes a unas 40 millas de la costa."
    )
    events = extract_all(text, "es", "2024-03-14")
    assert {e.occurred_on for e in events if e.type == "arrest"} == {"2024-03-12"}


def test_lead_after_a_bare_place_line_takes_its_detail_sentence_day(extract_all: Extract) -> None:
    """A dispatch place told as a sentence of its own ("BARRANQUILLA.") before the lead
    does not stop the lead from taking the day its detail sentence tells."""
    text = (
        "Capturan a tres hombres con cocaína en una lancha\n\n"
        "BARRANQUILLA. - La Policía informó que incautó 500 kilos de cocaína en una lancha "
        "y capturó a sus tres ocupantes.\n\n"
        "Según el reporte, el operativo ocurrió la noche del pasado lunes cerca de la costa."
    )
    events = extract_all(text, "es", "2024-03-14")
    assert {e.occurred_on for e in events if e.type == "arrest"} == {"2024-03-11"}
