"""Different occasions stay separate: an undated action takes the day stated earlier in its
paragraph, so it does not merge into another day's operation."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract
from worker.models import ArrestEvent


def test_en_two_operations_two_arrests(extract_all: Extract) -> None:
    """Monday's crew and Thursday's workers are two arrests, each with its day."""
    text = (
        "In the first case, officers stopped a boat near Cadiz on Monday. They recovered 900 "
        "kilograms of hashish. The three men on board were arrested.\n\n"
        "On Thursday, police raided a warehouse in Malaga. Two men were detained there."
    )
    arrests = [e for e in extract_all(text) if isinstance(e, ArrestEvent)]
    assert sorted((a.occurred_on, a.persons_count) for a in arrests) == [
        ("2024-03-11", 3),
        ("2024-03-14", 2),
    ]


def test_fr_another_operation_the_same_day_is_another_arrest(extract_all: Extract) -> None:
    """ "Le même jour, ... lors d'une autre opération": two arrests on one day."""
    text = (
        "Les policiers ont interpellé mardi cinq personnes à Marseille. Le même jour, trois "
        "personnes ont été interpellées à Toulouse lors d'une autre opération."
    )
    arrests = [e for e in extract_all(text, "fr") if e.type == "arrest"]
    assert sorted(e.persons_count or 0 for e in arrests) == [3, 5]


def test_en_separate_operation_undated_is_another_seizure(extract_all: Extract) -> None:
    """ "In a separate operation, officers seized ...": its own seizure, not merged into
    the first one's."""
    text = (
        "Customs officers seized 40 kilos of cocaine at the port of Durban on Monday. In a "
        "separate operation, officers seized 12 kilos of heroin from a truck near Pretoria."
    )
    seizures = [e for e in extract_all(text, "en") if e.type == "seizure"]
    assert len(seizures) == 2


def test_ar_another_operation_is_another_arrest(extract_all: Extract) -> None:
    """ "وفي عملية أخرى": the arrests of that sentence are another event."""
    text = (
        "ألقت الشرطة القبض يوم الثلاثاء على أربعة أشخاص في الزرقاء. وفي عملية أخرى، ألقت "
        "الشرطة القبض على شخصين في إربد."
    )
    arrests = [e for e in extract_all(text, "ar") if e.type == "arrest"]
    assert sorted(e.persons_count or 0 for e in arrests) == [2, 4]


def test_es_another_operation_is_another_arrest(extract_all: Extract) -> None:
    """ "En otro operativo": the arrests of that sentence are another event."""
    text = (
        "La Guardia Civil detuvo el martes a cinco personas en Sevilla. En otro operativo, "
        "los agentes detuvieron a tres personas en Huelva."
    )
    arrests = [e for e in extract_all(text, "es") if e.type == "arrest"]
    assert sorted(e.persons_count or 0 for e in arrests) == [3, 5]


def test_en_two_separate_operations_summary_is_not_one_operation(extract_all: Extract) -> None:
    """ "in two separate operations" (plural) sums up both: the lead is no third event."""
    text = (
        "Police arrested nine suspects in two separate operations on Tuesday. Five were "
        "arrested in Mombasa. Four were arrested in Nairobi."
    )
    arrests = [e for e in extract_all(text, "en") if e.type == "arrest"]
    assert len(arrests) <= 2


def test_en_news_told_as_another_in_a_series_is_one_seizure(extract_all: Extract) -> None:
    """ "It is another seizure of cocaine at the port" describes the news seizure itself: no
    second event."""
    text = (
        "Customs seized 300 kilos of cocaine at Felixstowe on Monday. It is another seizure of "
        "cocaine hidden in bananas at the port."
    )
    assert len([e for e in extract_all(text, "en") if e.type == "seizure"]) == 1


def test_es_separate_operation_marker_carries_to_its_paragraph(extract_all: Extract) -> None:
    """A "distinct action" opened in one sentence goes on in the next ones of its paragraph:
    the lorry's drugs and driver are a second seizure and a second arrest."""
    text = (
        "Agentes de la Policía Federal detuvieron a dos hombres en un almacén de Tijuana y "
        "les incautaron 30 kilos de cocaína.\n\n"
        "En una acción distinta, la policía estatal paró una camioneta en Hermosillo. "
        "Dentro encontraron 200 kilos de marihuana. El conductor fue detenido en el lugar."
    )
    events = extract_all(text, "es")
    assert sorted(e.persons_count or 0 for e in events if e.type == "arrest") == [1, 2]
    assert len([e for e in events if e.type == "seizure"]) == 2


def test_en_separate_marker_stops_at_the_paragraph_end(extract_all: Extract) -> None:
    """The marker opens an occasion for its own paragraph only: the next paragraph's
    recap of the first arrest is not a third arrest."""
    text = (
        "Officers arrested three men at a warehouse in Leeds on Monday.\n\n"
        "In a separate operation, detectives stopped a van on the M62. "
        "They found 8 kilos of heroin and arrested the driver.\n\n"
        "The three men arrested in Leeds remain in custody."
    )
    events = extract_all(text, "en")
    assert sorted(e.persons_count or 0 for e in events if e.type == "arrest") == [1, 3]
