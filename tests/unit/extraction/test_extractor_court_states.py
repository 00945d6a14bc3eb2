"""Which state a court step took place in when its sentence names no place: a demonym that
qualifies the court ("a Kuwaiti court", "la justice algérienne"), else the one state of the
article's other events (the arrest a national ministry made)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import ArrestEvent, SentenceEvent


def test_en_demonym_of_the_court_locates_the_ruling(extract_all: Extract) -> None:
    """ "A Kuwaiti court sentenced": the court is Kuwait's."""
    text = "A Kuwaiti court sentenced two men to death for trafficking heroin."
    assert one(extract_all(text), SentenceEvent).countries == ["KW"]


def test_fr_demonym_after_justice_locates_the_ruling(extract_all: Extract) -> None:
    """ "La justice algérienne a condamné": Algeria."""
    text = "La justice algérienne a condamné trois hommes à dix ans de prison pour trafic de kif."
    assert one(extract_all(text, "fr"), SentenceEvent).countries == ["DZ"]


def test_ar_demonym_after_court_construct_locates_the_ruling(extract_all: Extract) -> None:
    """ "محكمة الجنايات المصرية": the demonym closes the court's construct name."""
    text = "قضت محكمة الجنايات المصرية بإعدام متهمين اثنين بتهمة الاتجار بالمخدرات."
    assert one(extract_all(text, "ar"), SentenceEvent).countries == ["EG"]


def test_en_court_demonym_is_no_location_of_an_arrest(extract_all: Extract) -> None:
    """ "a warrant issued by a French judge" does not move an arrest told without a place."""
    text = "The suspect was arrested on Monday on a warrant issued by a French judge."
    assert "FR" not in one(extract_all(text), ArrestEvent).countries


def test_ar_court_step_takes_the_state_of_the_case(extract_all: Extract) -> None:
    """A court report naming no place takes the one state of the article's other events
    (the arrest by the Kuwaiti ministry's department)."""
    text = (
        "قضت محكمة الجنايات أمس بحبس متهمين اثنين 15 عاما بتهمة الاتجار بالمخدرات.\n\n"
        "وكانت الإدارة العامة لمكافحة المخدرات التابعة لوزارة الداخلية الكويتية قد ضبطت "
        "المتهمين وبحوزتهما 100 كيلوغرام من الحشيش في مارس الماضي."
    )
    assert one(extract_all(text, "ar"), SentenceEvent).countries == ["KW"]


def test_es_court_step_takes_the_state_of_the_case(extract_all: Extract) -> None:
    """A ruling naming no place takes the state where the arrest was told, not the origin
    country the article names more often."""
    text = (
        "Un tribunal condenó a dos hombres a diez años de prisión por tráfico de drogas.\n\n"
        "Ambos fueron detenidos en 2023 en Antofagasta con 30 kilos de marihuana procedente "
        "de Bolivia. La droga había entrado desde Bolivia por un paso no habilitado."
    )
    assert one(extract_all(text, "es"), SentenceEvent).countries == ["CL"]
