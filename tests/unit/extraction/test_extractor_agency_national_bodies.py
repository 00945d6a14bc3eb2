"""National anti-narcotics bodies and regional forces the gazetteer names: an Arabic
directorate name several Gulf states share goes to the state the article names; UK forces
and regional organised crime units, Latin American anti-drug units are their state's."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


@pytest.mark.parametrize(
    ("city", "agency"),
    [
        ("الدوحة", "Qatar Ministry of Interior"),
        ("المنامة", "Bahrain Drugs Control Directorate"),
        ("الكويت", "Kuwait General Department of Drug Control"),
    ],
)
def test_ar_shared_drug_directorate_is_the_named_state(
    extract_all: Extract, city: str, agency: str
) -> None:
    """«الإدارة العامة لمكافحة المخدرات» is the directorate of the state the article names."""
    text = f"ضبطت الإدارة العامة لمكافحة المخدرات 15 كيلوغراما من الحشيش في {city} يوم الأحد."
    assert _names(extract_all(text, "ar")) == {agency}


def test_ar_omani_drug_directorate_is_omani(extract_all: Extract) -> None:
    """Oman's directorate-general for narcotics is the Royal Oman Police's, not Saudi's."""
    text = (
        "ضبطت المديرية العامة لمكافحة المخدرات والمؤثرات العقلية 30 كيلوغراما من الحشيش "
        "في مسقط يوم الخميس."
    )
    assert _names(extract_all(text, "ar")) == {"Royal Oman Police"}


def test_en_uk_regional_crime_unit_is_an_agency(extract_all: Extract) -> None:
    """A UK regional organised crime unit is a named agency."""
    text = "Officers from the Eastern Region Special Operations Unit arrested two men in Ipswich."
    assert _names(extract_all(text)) == {"Eastern Region Special Operations Unit"}


def test_en_surrey_police_is_the_british_force(extract_all: Extract) -> None:
    """ "Surrey Police" is the English county force, not a Canadian town's."""
    events = extract_all("Surrey Police arrested three men in Woking on Tuesday.")
    assert _names(events) == {"Surrey Police"}
    assert {c for e in events for c in e.countries} == {"GB"}


def test_es_uruguayan_anti_drug_brigade_is_the_national_police(extract_all: Extract) -> None:
    """«la Brigada Nacional Antidrogas» is a unit of Uruguay's police."""
    text = "La Brigada Nacional Antidrogas incautó 120 kilos de cocaína en Montevideo el lunes."
    assert _names(extract_all(text, "es")) == {"Uruguay National Police"}


def test_fr_bare_gendarmerie_is_the_named_state(extract_all: Extract) -> None:
    """«la gendarmerie» alone is the gendarmerie of the state the story tells of."""
    text = (
        "Trois hommes ont été interpellés lundi à Marseille. L'enquête, menée par l'OFAST et "
        "la gendarmerie, se poursuit."
    )
    assert _names(extract_all(text, "fr")) == {"OFAST", "French Gendarmerie"}


def test_es_portuguese_judiciary_police_credited_as_partner(extract_all: Extract) -> None:
    """«con la colaboración de la Policía Judiciaria de Portugal»: Portugal's force, credited
    with the Spanish operation it took part in."""
    text = (
        "Cinco personas fueron detenidas en Huelva y se intervinieron 900 kilos de hachís.\n\n"
        "La operación ha sido desarrollada por la Guardia Civil con la colaboración de la "
        "Policía Judiciaria de Portugal."
    )
    assert _names(extract_all(text, "es")) == {"Guardia Civil", "Portuguese Judiciary Police"}
