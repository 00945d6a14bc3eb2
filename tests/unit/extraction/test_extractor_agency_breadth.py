"""Each state's police, gendarmerie, customs, navy, ministry and prosecution are known in the
four languages (shared/agencies.toml), as outlets write them: demonym forms, official names,
acronyms. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


@pytest.mark.parametrize(
    ("language", "text", "agency"),
    [
        (
            "fr",
            "La gendarmerie nigérienne a saisi lundi 300 kilos de résine de cannabis près "
            "d'Agadez, au Niger.",
            "Nigerien Gendarmerie",
        ),
        (
            "ar",
            "ضبطت الديوانة التونسية أمس 40 كيلوغراما من القنب الهندي في ميناء رادس.",
            "Tunisian Customs",
        ),
        (
            "ar",
            "ضبطت قوات الأمن العام السوري شحنة من حبوب الكبتاغون في ريف دمشق وأوقفت ثلاثة أشخاص.",
            "Syrian General Security",
        ),
        (
            "ar",
            "أعلن جهاز الردع لمكافحة الجريمة المنظمة والإرهاب القبض على خمسة أشخاص في طرابلس "
            "بليبيا وضبط كمية من الحشيش.",
            "Libyan Deterrence Apparatus",
        ),
        (
            "es",
            "Agentes del Servicio Nacional de Fronteras decomisaron el martes 500 paquetes de "
            "cocaína en Darién, Panamá.",
            "Panamanian National Border Service",
        ),
        (
            "es",
            "La Policía Nacional Bolivariana detuvo el domingo a cuatro hombres con 200 kilos "
            "de cocaína en Zulia, Venezuela.",
            "Venezuelan Bolivarian National Police",
        ),
        (
            "en",
            "Officers of the Economic and Organised Crime Office arrested two men in Accra, "
            "Ghana, on Monday.",
            "Ghana Economic and Organised Crime Office",
        ),
        (
            "en",
            "The Rwanda Investigation Bureau arrested three suspects in Kigali on Friday with "
            "20 kilograms of cannabis.",
            "Rwanda Investigation Bureau",
        ),
        (
            "fr",
            "Les éléments de la gendarmerie royale ont saisi lundi deux tonnes de chira près de "
            "Larache.",
            "Royal Moroccan Gendarmerie",
        ),
        (
            "fr",
            "La direction centrale de la police judiciaire a démantelé mardi un réseau de "
            "trafic de cocaïne à Marseille.",
            "French National Police",
        ),
        (
            "ar",
            "تمكنت عناصر المنطقة الإقليمية للأمن بالناظور أمس من توقيف شخصين وحجز طن من الشيرا.",
            "Moroccan General Directorate of National Security",
        ),
        (
            "ar",
            "ألقت قيادة شرطة البصرة أمس القبض على ثلاثة متهمين بحوزتهم كمية من الكريستال.",
            "Iraqi Ministry of Interior",
        ),
        (
            "es",
            "La Fuerza Naval decomisó el lunes dos toneladas de cocaína frente a Manabí, Ecuador.",
            "Ecuadorian Navy",
        ),
        (
            "en",
            "Garda officers arrested two men in Limerick on Friday and seized cannabis worth "
            "200,000 euros.",
            "An Garda Síochána",
        ),
    ],
)
def test_agencies_outside_the_usual_states_are_named(
    extract_all: Extract, language: str, text: str, agency: str
) -> None:
    """An action by a state's own force, customs or special unit names that agency."""
    assert agency in _names(extract_all(text, language))


def test_fr_police_nationale_of_a_togolese_story_is_togo(extract_all: Extract) -> None:
    """« la police nationale » d'un récit togolais est la police du Togo."""
    text = "À Lomé, au Togo, la police nationale a interpellé mardi trois hommes."
    assert _names(extract_all(text, "fr")) == {"Togolese National Police"}


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "La Fiscalía General de la República capturó el lunes a dos hombres en San "
            "Salvador, El Salvador, con 50 kilos de cocaína.",
            "Salvadoran Attorney General's Office",
        ),
        (
            "La Fiscalía General de la República detuvo el lunes a dos hombres en Culiacán, "
            "México, con 50 kilos de cocaína.",
            "Mexican Attorney General's Office",
        ),
    ],
)
def test_es_fiscalia_general_de_la_republica_is_the_article_state(
    extract_all: Extract, text: str, agency: str
) -> None:
    """La « Fiscalía General de la República » es la del Estado del relato."""
    assert _names(extract_all(text, "es")) == {agency}


@pytest.mark.parametrize(
    ("language", "text", "agency"),
    [
        (
            "fr",
            "Près de Ben Guerdane, en Tunisie, la garde nationale a intercepté lundi un camion "
            "chargé de 500 kilos de cannabis.",
            "Tunisian National Guard",
        ),
        (
            "fr",
            "À Agadez, au Niger, la garde nationale a saisi lundi 300 kilos de résine de cannabis.",
            "Nigerien National Guard",
        ),
        (
            "es",
            "La Secretaría de Seguridad detuvo el lunes a dos hombres en Tegucigalpa, Honduras.",
            "Honduran Ministry of Security",
        ),
        (
            "es",
            "La Secretaría de Seguridad detuvo el lunes a dos hombres en Culiacán, México.",
            "Mexican Security Ministry",
        ),
    ],
)
def test_shared_official_names_are_the_article_state_agency(
    extract_all: Extract, language: str, text: str, agency: str
) -> None:
    """An official name several states give their body ("garde nationale", "Secretaría de
    Seguridad") is the body of the state the article names."""
    assert _names(extract_all(text, language)) == {agency}
