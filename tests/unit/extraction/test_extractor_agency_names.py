"""One agency, one gazetteer entry, whatever name the text gives it: its acronym, its official
English name (long or short form), a translation or its local-language name all resolve to
the entry's canonical name (shared/agencies.toml). Sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.extraction.conftest import Extract
from worker.extraction.gazetteer import Agency, load_agencies
from worker.extraction.lexicon import LEXICON_ROOT


def _agencies() -> tuple[Agency, ...]:
    return load_agencies(Path(LEXICON_ROOT) / "shared" / "agencies.toml")


def _entries_named(form: str) -> set[str]:
    """Entries whose canonical name, English alias or acronym is ``form`` (case-insensitive
    for names, as written for acronyms)."""
    key = form.lower()
    return {
        a.name
        for a in _agencies()
        if key in {n.lower() for n in (a.name, *a.aliases.get("en", ()))}
        or form in (*a.acronyms, *a.weak_acronyms)
    }


@pytest.mark.parametrize(
    ("form", "agency"),
    [
        ("Directorate for Priority Crime Investigation", "South Africa Hawks"),
        ("South African Directorate for Priority Crime Investigation", "South Africa Hawks"),
        ("Office anti-stupéfiants", "OFAST"),
        ("French Anti-Narcotics Office", "OFAST"),
        (
            "General Directorate of Narcotics and Psychotropic Substances Affairs",
            "Iraqi General Directorate of Narcotics Affairs",
        ),
        (
            "General Directorate of Narcotics Affairs",
            "Iraqi General Directorate of Narcotics Affairs",
        ),
        ("Libyan Customs", "Libyan Customs Authority"),
        ("Libyan Customs Authority", "Libyan Customs Authority"),
        ("Mexican Secretariat of National Defense", "Mexican Army"),
        ("SEDENA", "Mexican Army"),
        ("Special Anti-Drug Prosecutor's Office", "Spanish Anti-Drug Prosecutor's Office"),
        ("Spanish Anti-Drug Prosecutor's Office", "Spanish Anti-Drug Prosecutor's Office"),
        (
            "Bolivian Special Force to Combat Drug Trafficking",
            "Bolivian Special Force to Fight Drug Trafficking",
        ),
        (
            "Costa Rican Judicial Investigation Department",
            "Costa Rican Judicial Investigation Agency",
        ),
        ("National Directorate for Drug Control", "Dominican National Drug Control Directorate"),
        ("Directorate of Narcotics and Drugs Police", "Ivorian Narcotics Police Directorate"),
        ("Venezuelan Bolivarian National Guard", "Venezuelan National Guard"),
        ("National Bolivarian Armed Forces", "Venezuelan Armed Forces"),
        ("Peruvian National Police Anti-Drug Directorate", "Peruvian Anti-Drug Directorate"),
        ("National Superintendency of Customs and Tax Administration", "Peruvian Customs"),
        ("Intelligence Processing and Action against Clandestine Financial Circuits", "TRACFIN"),
        ("Lebanese Army Intelligence Directorate", "Lebanese Army Intelligence Directorate"),
        (
            "Kuwait General Administration for Drug Control",
            "Kuwait General Department of Drug Control",
        ),
        ("Implementation Agency for Crime and Security", "CARICOM IMPACS"),
    ],
)
def test_english_forms_resolve_to_one_entry(form: str, agency: str) -> None:
    """An acronym, an official English name or its short form names exactly one entry."""
    assert _entries_named(form) == {agency}


def test_acronym_named_entries_carry_an_english_name() -> None:
    """An entry whose canonical name is an acronym also lists a full English name."""
    bare = [
        a.name
        for a in _agencies()
        if a.name.replace("-", "").isupper()
        and not any(len(alias.split()) >= 3 for alias in a.aliases.get("en", ()))
    ]
    assert bare == []


@pytest.mark.parametrize(
    ("language", "text", "agency"),
    [
        (
            "en",
            "The Directorate for Priority Crime Investigation arrested a customs clerk in "
            "Durban, South Africa, on Thursday.",
            "South Africa Hawks",
        ),
        (
            "en",
            "Mexico's Secretariat of National Defense seized 40 kilograms of fentanyl in "
            "Culiacán, Mexico, on Monday.",
            "Mexican Army",
        ),
        (
            "en",
            "The Special Anti-Drug Prosecutor's Office charged five men over 2 tonnes of "
            "hashish landed in Cádiz, Spain.",
            "Spanish Anti-Drug Prosecutor's Office",
        ),
        (
            "es",
            "Efectivos de la Fuerza de Seguridad Interinstitucional Nacional detuvieron el "
            "martes a tres hombres con 100 kilos de cocaína en Colón, Honduras.",
            "Honduran National Interinstitutional Security Force",
        ),
        (
            "es",
            "Agentes de la Dirección de Investigación Judicial aprehendieron el lunes a dos "
            "sospechosos con 50 paquetes de droga en Chiriquí, Panamá.",
            "Panamanian National Police",
        ),
        (
            "fr",
            "La police de l'air et des frontières a interpellé mardi un voyageur avec 3 kilos "
            "d'or à l'aéroport d'Antananarivo, à Madagascar.",
            "Malagasy Air and Border Police",
        ),
        (
            "fr",
            "La préfecture de police d'Abidjan a interpellé jeudi six personnes et saisi 20 "
            "kilos de cannabis à Abidjan, en Côte d'Ivoire.",
            "Abidjan Police Prefecture",
        ),
        (
            "fr",
            "L'Office de lutte contre le trafic illicite de migrants a interpellé lundi "
            "quatre passeurs à Calais.",
            "French Office for Combating Illicit Migrant Smuggling",
        ),
        (
            "ar",
            "أوقفت مديرية المخابرات في الجيش اللبناني أمس ثلاثة أشخاص وضبطت مليون حبة "
            "كبتاغون في الهرمل.",
            "Lebanese Army Intelligence Directorate",
        ),
        (
            "ar",
            "ضبطت قوة الشرطة البحرية في بونتلاند أمس قاربا محملا بالأسلحة قبالة بوصاصو في الصومال.",
            "Puntland Maritime Police Force",
        ),
        (
            "en",
            "The Royal Bahamas Defence Force seized 600 pounds of marijuana off Andros, "
            "Bahamas, on Sunday.",
            "Royal Bahamas Defence Force",
        ),
        (
            "en",
            "Sri Lanka Customs seized 12 kilograms of heroin at Colombo port on Friday.",
            "Sri Lanka Customs",
        ),
        (
            "en",
            "The Sri Lanka Police Special Task Force arrested four men with 30 kilograms of "
            "cannabis in Jaffna, Sri Lanka, on Monday.",
            "Sri Lanka Police Special Task Force",
        ),
        (
            "fr",
            "Une frégate de l'opération Atalante a saisi samedi 2 tonnes d'héroïne à bord "
            "d'un boutre au large de la Somalie.",
            "EU Naval Force Atalanta",
        ),
        (
            "en",
            "Mauritian customs seized 8 kilograms of heroin at the port of Port Louis, "
            "Mauritius, on Wednesday.",
            "Mauritius Revenue Authority",
        ),
        (
            "ar",
            "ضبطت الجمارك الجامايكية أمس 200 كيلوغرام من الماريجوانا في ميناء كينغستون.",
            "Jamaica Customs Agency",
        ),
        (
            "en",
            "The Armed Border Force seized 15 kilograms of charas near the Nepal border in "
            "Bihar, India, on Tuesday.",
            "Sashastra Seema Bal",
        ),
        (
            "es",
            "El Comando Conjunto de las Fuerzas Armadas decomisó el jueves 2 toneladas de "
            "cocaína en Esmeraldas, Ecuador.",
            "Ecuadorian Armed Forces",
        ),
        (
            "es",
            "El Comando Conjunto de las Fuerzas Armadas incautó el viernes 300 kilos de "
            "cocaína en Ayacucho, Perú.",
            "Peruvian Armed Forces",
        ),
        (
            "es",
            "La Fuerza Aérea Boliviana interceptó el miércoles una avioneta con 400 kilos de "
            "cocaína en Beni, Bolivia.",
            "Bolivian Air Force",
        ),
    ],
)
def test_new_names_are_found(extract_all: Extract, language: str, text: str, agency: str) -> None:
    """A body added to the gazetteer, or one written by a newly listed name, is named."""
    events = extract_all(text, language=language)
    assert events
    assert agency in {a.name for e in events for a in e.agencies}
