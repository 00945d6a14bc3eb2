"""Goods told after "and" that closes an arrest, right before a seizure verb of their own
("the driver was arrested and 800 kilograms ... were seized"), are that seizure's."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import Article, SeizureEvent

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _seizure_drugs(text: str, language: str) -> list[tuple[str | None, float | None]]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    seizures = [e for e in _ALL.extract(article).events if isinstance(e, SeizureEvent)]
    assert len(seizures) == 1
    return [(i.substance, i.quantity) for i in seizures[0].items if i.category == "drug"]


def test_fr_goods_subject_of_a_passive_after_an_arrest() -> None:
    """« Le convoyeur a été interpellé et 300 kilos de cocaïne ont été saisis »."""
    text = "Le convoyeur a été interpellé et 300 kilos de cocaïne ont été saisis à Lille."
    assert _seizure_drugs(text, "fr") == [("cocaine", 300.0)]


def test_fr_goods_before_a_bare_participle_after_an_arrest() -> None:
    """« quatre personnes ont été interpellées et 6 kilos d'héroïne saisis »."""
    text = "Quatre personnes ont été interpellées et 6 kilos d'héroïne saisis mardi."
    assert _seizure_drugs(text, "fr") == [("heroin", 6.0)]


def test_en_goods_subject_of_a_passive_after_an_arrest() -> None:
    """ "The skipper was detained and 90 kilograms of cocaine were seized"."""
    text = "The skipper was detained and 90 kilograms of cocaine were seized from the yacht."
    assert _seizure_drugs(text, "en") == [("cocaine", 90.0)]


def test_es_goods_carried_by_the_arrested_are_the_operations_own_seizure() -> None:
    """ "detuvieron a un hombre que transportaba 40 kilos" on Tuesday, then another arrest
    "con 2 kilos" on Thursday: each operation has its own seizure."""
    text = (
        "El martes en Motril, los agentes detuvieron a un hombre que transportaba 60 kilos "
        "de hachís en su furgoneta.\n\n"
        "El jueves en Almería, fue arrestado un joven con 3 kilos de marihuana."
    )
    article = Article(id="t", text=text, language="es", published_at="2024-03-15")
    seizures = [e for e in _ALL.extract(article).events if isinstance(e, SeizureEvent)]
    found = sorted((str(s.occurred_on), i.substance, i.quantity) for s in seizures for i in s.items)
    assert found == [("2024-03-12", "hashish", 60.0), ("2024-03-14", "cannabis", 3.0)]
