"""Nationwide campaigns: operations run at once in many provinces are a raid besides their
arrest and seizure; Maghreb balance reports count suspects with the singular accusative; a
province's seizure told apart from the total is its own event."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import Article, Event

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _events(text: str, language: str) -> list[Event]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    return _ALL.extract(article).events


def test_ar_simultaneous_operations_in_provinces_give_a_raid() -> None:
    """ "عمليات متزامنة في 30 ولاية" with arrests and a seizure: raid, arrest and seizure."""
    text = (
        "نفذت مصالح الشرطة عمليات متزامنة في 30 ولاية أسفرت عن توقيف 95 شخصا وحجز طنين "
        "من الكيف المعالج."
    )
    assert sorted(e.type for e in _events(text, "ar")) == ["arrest", "raid", "seizure"]


def test_ar_province_seizure_singled_out_is_its_own_event() -> None:
    """The campaign's total seizure and one province's part told apart: two seizures."""
    text = (
        "نفذت مصالح الشرطة عمليات متزامنة في 30 ولاية أسفرت عن توقيف 95 شخصا وحجز 3 أطنان "
        "من الكيف المعالج.\n\n"
        "وفي ولاية تلمسان وحدها، تم حجز 700 كيلوغرام من الكيف المعالج."
    )
    assert len([e for e in _events(text, "ar") if e.type == "seizure"]) == 2


def test_ar_suspects_counted_with_the_singular_accusative() -> None:
    """ "توقيف 140 مشتبها فيه": 140 persons, not one."""
    text = "أسفرت العملية عن توقيف 140 مشتبها فيه في عدة أحياء من العاصمة."
    arrests = [e for e in _events(text, "ar") if e.type == "arrest"]
    assert [getattr(a, "persons_count", None) for a in arrests] == [140]


def test_fr_simultaneous_operations_give_a_raid() -> None:
    """« des opérations simultanées dans 12 départements »: a raid."""
    text = (
        "Les gendarmes ont mené des opérations simultanées dans 12 départements jeudi et "
        "interpellé 40 personnes."
    )
    assert "raid" in {e.type for e in _events(text, "fr")}


def test_es_simultaneous_operations_give_a_raid() -> None:
    """ "operativos simultáneos en siete provincias": a raid."""
    text = "La Policía realizó operativos simultáneos en siete provincias y detuvo a 33 personas."
    assert "raid" in {e.type for e in _events(text, "es")}
