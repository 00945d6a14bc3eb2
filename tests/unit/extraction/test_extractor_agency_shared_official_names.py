"""An official customs name several states' bodies share, written bare, is the body of the
state the story names."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import Event


def _names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_ar_bare_general_authority_of_customs_in_an_iraqi_story(extract_all: Extract) -> None:
    """ "الهيئة العامة للجمارك" in a story set in Iraq is Iraq's customs authority."""
    text = (
        "بغداد - تمكنت الهيئة العامة للجمارك من ضبط 30 كيلوغراما من مادة الكريستال المخدرة "
        "في منفذ الشلامجة الحدودي جنوبي العراق، والقبض على سائق شاحنة عراقي."
    )
    events = extract_all(text, "ar")
    assert events
    assert all(_names(e) == {"Iraqi General Customs Authority"} for e in events)


def test_fr_bare_direction_generale_des_douanes_in_a_senegalese_story(
    extract_all: Extract,
) -> None:
    """ "La Direction générale des douanes" in a story set in Senegal is Senegal's customs."""
    text = (
        "DAKAR - La Direction générale des douanes a saisi mardi 300 kilogrammes de cocaïne "
        "au port de Dakar, au Sénégal. Deux Sénégalais ont été interpellés."
    )
    events = extract_all(text, "fr")
    assert events
    assert all(_names(e) == {"Senegalese Customs"} for e in events)


def test_es_bare_fuerzas_armadas_in_an_ecuadorian_story(extract_all: Extract) -> None:
    """ "las Fuerzas Armadas" in a story set in Ecuador are Ecuador's armed forces."""
    text = (
        "GUAYAQUIL - Agentes de la Policía Nacional del Ecuador allanaron el martes una "
        "bodega en Guayaquil, con apoyo de las Fuerzas Armadas, e incautaron 40 fusiles. "
        "Cinco ecuatorianos fueron detenidos en el lugar."
    )
    events = extract_all(text, "es")
    assert events
    assert all("Ecuadorian Armed Forces" in _names(e) for e in events)


def test_es_bare_fuerzas_armadas_in_a_peruvian_story(extract_all: Extract) -> None:
    """The same bare name in a story set in Peru is Peru's armed forces, not Ecuador's."""
    text = (
        "LIMA - La Policía Nacional del Perú, con apoyo de las Fuerzas Armadas, destruyó el "
        "jueves un laboratorio de cocaína en el Vraem, en Perú, y detuvo a tres peruanos."
    )
    events = extract_all(text, "es")
    assert events
    assert all("Peruvian Armed Forces" in _names(e) for e in events)
    assert not any("Ecuadorian Armed Forces" in _names(e) for e in events)
