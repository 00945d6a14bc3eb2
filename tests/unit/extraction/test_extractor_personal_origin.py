"""Where a suspect comes from, lived before, is wanted or fled from (the `personal_origin`
cues: "a national of Colombia", "recherché en Italie", "que había huido de Colombia", "كان
يقيم في إسبانيا") is no location of the action."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent


def test_en_earlier_home_is_no_location(extract_all: Extract) -> None:
    """ "who had been living in Dubai": the arrest in Madrid is Spain's only."""
    text = "Police in Madrid arrested a Dutch citizen who had been living in Dubai for years."
    assert one(extract_all(text), ArrestEvent).countries == ["ES"]


def test_fr_origin_of_the_suspect_is_no_location(extract_all: Extract) -> None:
    """ "un homme originaire du Maroc" arrested at Lyon: France only."""
    text = "Les gendarmes ont interpellé à Lyon un homme originaire du Maroc."
    assert one(extract_all(text, "fr"), ArrestEvent).countries == ["FR"]


def test_es_state_that_wants_the_suspect_is_no_location(extract_all: Extract) -> None:
    """ "buscado en Francia" arrested in Madrid: Spain only."""
    text = "La Policía detuvo en Madrid a un hombre buscado en Francia por narcotráfico."
    assert one(extract_all(text, "es"), ArrestEvent).countries == ["ES"]


def test_es_state_fled_from_is_no_location(extract_all: Extract) -> None:
    """ "que había huido de Colombia": Spain only."""
    text = "La Policía detuvo en Madrid a un hombre que había huido de Colombia."
    assert one(extract_all(text, "es"), ArrestEvent).countries == ["ES"]


def test_ar_earlier_residence_is_no_location(extract_all: Extract) -> None:
    """ "كان يقيم في إسبانيا": the arrest in Dubai is the Emirates' only."""
    text = "ألقت الشرطة القبض في دبي على مواطن أوروبي كان يقيم في إسبانيا."
    assert one(extract_all(text, "ar"), ArrestEvent).countries == ["AE"]


def test_ar_country_after_a_person_noun_is_a_nationality(extract_all: Extract) -> None:
    """ "مواطنا إسبانيا": the accusative demonym is written like the country's name; the
    arrest in Tangier is Morocco's only."""
    text = "اعتقلت الشرطة المغربية في طنجة مواطنا إسبانيا بحوزته 20 كيلوغراما من الحشيش."
    assert one(extract_all(text, "ar"), ArrestEvent).countries == ["MA"]


def test_fr_state_a_suspect_came_back_from_is_no_location(extract_all: Extract) -> None:
    """ "un homme qui revenait d'Espagne" arrested at Perpignan: France only."""
    text = (
        "Les gendarmes ont arrêté à Perpignan un homme qui revenait d'Espagne avec 50 kg de résine."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).countries == ["FR"]
