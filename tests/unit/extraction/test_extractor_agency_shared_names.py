"""Agency names that several states give their own force ("the National Police",
"Policía Nacional Civil", "حرس الحدود") are the force of the state the article is about."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent, Event


def _names(events: list[Event]) -> set[str]:
    return {a.name for e in events for a in e.agencies}


def test_en_national_police_is_the_article_state_force(extract_all: Extract) -> None:
    """ "the National Police" in a story set in Ecuador is Ecuador's National Police."""
    text = (
        "GUAYAQUIL, Ecuador - Three men were arrested on Thursday in Manta with 200 kilograms "
        "of cocaine, the National Police said."
    )
    assert _names(extract_all(text)) == {"Ecuador National Police"}


def test_es_policia_nacional_civil_is_guatemala_in_guatemala(extract_all: Extract) -> None:
    """La « Policía Nacional Civil » de un relato guatemalteco es la PNC de Guatemala."""
    text = (
        "La Policía Nacional Civil detuvo el martes a dos hombres en Zacapa, Guatemala, con "
        "300 kilos de cocaína."
    )
    assert _names(extract_all(text, "es")) == {"Guatemala National Civil Police"}


def test_ar_border_guard_is_the_article_state_force(extract_all: Extract) -> None:
    """قوات حرس الحدود in an Egyptian story are Egypt's border guard, not another state's."""
    text = (
        "تمكنت قوات حرس الحدود المتمركزة في منطقة السلوم بمصر من ضبط 3 أطنان من مخدر "
        "الحشيش وضبط 4 أشخاص."
    )
    assert "Egyptian Border Guard" in _names(extract_all(text, "ar"))
    assert "Algerian Border Guard" not in _names(extract_all(text, "ar"))


def test_ar_customs_services_are_the_article_state_customs(extract_all: Extract) -> None:
    """مصالح الجمارك in a Moroccan story are Morocco's customs administration."""
    text = (
        "أوقفت عناصر الشرطة بالمعبر الحدودي بني أنصار بالناظور بالمغرب، يوم الأحد، بتنسيق مع "
        "مصالح الجمارك، شخصين بعدما تم ضبط 12 كيلوغراما من الكوكايين."
    )
    assert "Moroccan Customs Administration" in _names(extract_all(text, "ar"))


def test_fr_police_nationale_is_the_article_state_force(extract_all: Extract) -> None:
    """« la police nationale » d'un récit sénégalais est la police du Sénégal."""
    text = "À Dakar, au Sénégal, la police nationale a interpellé mardi trois hommes."
    assert _names(extract_all(text, "fr")) == {"Senegalese National Police"}


def test_fr_police_nationale_in_france_stays_french(extract_all: Extract) -> None:
    """« la police nationale » d'un récit français reste la police française."""
    text = "À Marseille, la police nationale a interpellé mardi trois hommes."
    assert _names(extract_all(text, "fr")) == {"French National Police"}


def test_en_weak_acronym_counts_after_the_full_name(extract_all: Extract) -> None:
    """ "The AFP" is the Australian Federal Police in an article that names it in full."""
    text = (
        "The Australian Federal Police and Border Force announced the results on Friday.\n\n"
        "The AFP arrested two men at a warehouse in Dandenong South on Wednesday."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert "Australian Federal Police" in {a.name for a in arrest.agencies}


def test_en_weak_acronym_alone_is_no_agency(extract_all: Extract) -> None:
    """ "AFP" alone (also a news agency) names no agency."""
    text = "Police arrested two men in Manila on Wednesday, AFP reported."
    assert _names(extract_all(text)) == set()


def test_en_acronym_defined_in_brackets_names_the_agency(extract_all: Extract) -> None:
    """An acronym the article defines in brackets after an agency's name ("the Ghana Revenue
    Authority (GRA)") is that agency when it is used alone later."""
    text = (
        "The Ghana Revenue Authority (GRA) was set up in 2009.\n\n"
        "On Tuesday, GRA officers arrested five men at the port of Tema, Ghana."
    )
    arrest = next(e for e in extract_all(text) if isinstance(e, ArrestEvent))
    assert _names([arrest]) == {"Ghana Revenue Authority"}


def test_es_bare_armada_is_the_article_state_navy(extract_all: Extract) -> None:
    """«la Armada» de un relato colombiano es la Armada de Colombia."""
    text = (
        "Unidades de la Armada interceptaron el miércoles una lancha cerca de Tumaco, "
        "Colombia, con 2.100 kilos de cocaína."
    )
    assert _names(extract_all(text, "es")) == {"Colombian Navy"}


def test_es_lower_case_armada_is_an_adjective(extract_all: Extract) -> None:
    """«una banda armada» es un adjetivo, no la Armada."""
    text = "La policía detuvo el martes en Cali, Colombia, a los miembros de una banda armada."
    assert "Colombian Navy" not in _names(extract_all(text, "es"))


def test_es_wire_service_in_brackets_is_no_acronym(extract_all: Extract) -> None:
    """A wire service credited in brackets after an agency («la Policía Nacional (EFE)») does
    not become that agency's acronym: the dateline «MADRID (EFE)» names no agency."""
    text = (
        "MADRID (EFE) - Dos hombres fueron detenidos el martes en Vallecas.\n\n"
        "Así lo informó la Guardia Civil (EFE)."
    )
    mentions = {a.mention for e in extract_all(text, "es") for a in e.agencies}
    assert "EFE" not in mentions


def test_es_ministerio_publico_is_the_article_state_prosecution(extract_all: Extract) -> None:
    """El «Ministerio Público» de un relato guatemalteco es el de Guatemala."""
    text = (
        "El Ministerio Público allanó el jueves una finca en Gualán, Zacapa, Guatemala, "
        "donde se incautaron dos toneladas de cocaína."
    )
    assert "Guatemala Public Ministry" in _names(extract_all(text, "es"))


def test_es_ministerio_publico_of_an_unlisted_state_is_dropped(extract_all: Extract) -> None:
    """En un relato mexicano, el «Ministerio Público» no es el de otro Estado."""
    text = (
        "El Ministerio Público allanó el jueves una casa en Culiacán, México, donde se "
        "incautaron 200 kilos de metanfetamina."
    )
    assert not any("Ministry" in n for n in _names(extract_all(text, "es")))


def test_ar_generic_name_listed_under_a_state_named_in_passing_is_dropped(
    extract_all: Extract,
) -> None:
    """ "إدارة مكافحة المخدرات" in a Syrian story that names Jordan once, as the shipment's
    destination, is not Jordan's department."""
    text = (
        "دمشق - ضبطت إدارة مكافحة المخدرات شحنة كبتاغون في ريف دمشق أمس، وألقت القبض على "
        "ثلاثة أشخاص في حمص وحماة واللاذقية، وكانت الشحنة معدة للتهريب إلى الأردن."
    )
    assert "Jordan Anti-Narcotics Department" not in _names(extract_all(text, "ar"))


def test_ar_generic_name_of_the_story_state_is_kept(extract_all: Extract) -> None:
    """The same name in a Jordanian story stays Jordan's department."""
    text = (
        "عمّان - ضبطت إدارة مكافحة المخدرات شحنة كبتاغون في إربد أمس، وألقت القبض على ثلاثة "
        "أشخاص في الزرقاء، وكانت الشحنة قادمة من سوريا."
    )
    assert "Jordan Anti-Narcotics Department" in _names(extract_all(text, "ar"))


def test_ar_generic_name_becomes_the_story_state_agency(extract_all: Extract) -> None:
    """That name in a story set in Syria is Syria's department of the same kind."""
    text = (
        "دمشق - ضبطت إدارة مكافحة المخدرات شحنة كبتاغون في ريف دمشق أمس، وألقت القبض على "
        "ثلاثة أشخاص في حمص وحماة واللاذقية، وكانت الشحنة معدة للتهريب إلى الأردن."
    )
    assert "Syrian Anti-Narcotics Department" in _names(extract_all(text, "ar"))


def test_en_a_state_named_inside_a_generic_name_keeps_its_agency(extract_all: Extract) -> None:
    """ "the US Department of Justice" in a Mexican story is the US department, not a
    Mexican one: the name says whose it is."""
    text = (
        "Mexican marines arrested three men in Culiacán, Mexico, on Monday, and the US "
        "Department of Justice charged them the same day. The men, all Mexican nationals, "
        "were held in Mexico City."
    )
    names = _names(extract_all(text))
    assert "US Department of Justice" in names
    assert not any(n.startswith("Mexican Department") for n in names)
