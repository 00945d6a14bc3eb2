"""Agencies named by their members ("les gendarmes", "los guardias civiles"): the force is
the one named institution those members belong to, in the story's state; generic officers
("policiers", "policías") name no agency. Canonical names follow common English usage."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.extraction import Extractor
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


def test_fr_gendarmes_in_france_are_the_french_gendarmerie(extract_all: Extract) -> None:
    """Gendarmes acting in France are the French Gendarmerie."""
    text = "Les gendarmes ont interpellé trois hommes mardi à Toulouse."
    assert _names(extract_all(text, "fr")) == {"French Gendarmerie"}


def test_fr_gendarmes_in_senegal_are_the_senegalese_gendarmerie(extract_all: Extract) -> None:
    """The same word in a story set in Senegal names Senegal's gendarmerie."""
    text = "Les gendarmes ont interpellé trois hommes mardi à Dakar."
    assert _names(extract_all(text, "fr")) == {"Senegalese Gendarmerie"}


def test_fr_gendarmes_of_a_state_without_one_name_no_agency(extract_all: Extract) -> None:
    """In a state the gazetteer lists no gendarmerie for, the word names no agency."""
    text = "Les gendarmes ont interpellé trois hommes mardi à Bruxelles."
    assert _names(extract_all(text, "fr")) == set()


def test_es_guardias_civiles_are_the_guardia_civil(extract_all: Extract) -> None:
    """Members of the Guardia Civil named in the plural name the force."""
    text = "Los guardias civiles detuvieron a tres hombres en Algeciras el martes."
    assert _names(extract_all(text, "es")) == {"Guardia Civil"}


def test_es_generic_police_officers_name_no_agency(extract_all: Extract) -> None:
    """Generic police officers are no named institution."""
    text = "Varios policías detuvieron a tres hombres en Algeciras el martes."
    assert _names(extract_all(text, "es")) == set()


def test_ar_jordan_intelligence_has_its_common_english_name(extract_all: Extract) -> None:
    """Jordan's intelligence service is named as English usage has it: the General
    Intelligence Directorate."""
    text = "أعلنت دائرة المخابرات العامة الأردنية أمس القبض على ثلاثة أشخاص في عمان."
    assert _names(extract_all(text, "ar")) == {"Jordan General Intelligence Directorate"}


def test_generic_name_of_a_listed_state_is_its_gazetteer_agency() -> None:
    """A name many states share, taken as the story's state's agency, is the agency the
    gazetteer lists for that state ("gendarmes" of Madagascar: the Malagasy National
    Gendarmerie), not a name made from another state's entry."""
    compiled = Extractor()._compiled["fr"]
    assert compiled.state_agency_named("gendarmes", "MG") == "Malagasy National Gendarmerie"
    assert compiled.state_agency_named("gendarmes", "BE") == ""


def test_es_policias_nacionales_are_the_national_police(extract_all: Extract) -> None:
    """Members of Spain's national police named in the plural name the force."""
    text = "Dos policías nacionales detuvieron a un hombre en Sevilla el martes."
    assert _names(extract_all(text, "es")) == {"Spanish National Police"}
