"""Charges as other legal systems tell them: a provisional charge lodged before a magistrate
(Mauritius, Seychelles), "formellement accusés" (Québec), "formalizados" (Chile), "imputados
por el delito de" after a hearing, and وجّه إلى المتهمين تهمة: each is a charge event."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import Article, ChargeEvent, Event

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _charges(text: str, language: str) -> list[ChargeEvent]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    events: list[Event] = _ALL.extract(article).events
    return [e for e in events if isinstance(e, ChargeEvent)]


def test_fr_provisional_charge_lodged_is_a_charge() -> None:
    """ "Une accusation provisoire ... a été logée contre" the suspect: a charge of one person."""
    text = (
        "Une accusation provisoire de blanchiment d'argent a été logée contre le suspect, "
        "âgé de 34 ans, qui a été reconduit en cellule policière."
    )
    charges = _charges(text, "fr")
    assert len(charges) == 1
    assert charges[0].persons_count == 1


def test_en_provisional_charge_lodged_is_a_charge() -> None:
    """ "a provisional charge of drug trafficking was lodged against them": a charge."""
    text = (
        "The two men appeared before the Victoria magistrate on Monday, where a provisional "
        "charge of drug trafficking was lodged against them."
    )
    charges = _charges(text, "en")
    assert len(charges) == 1
    assert charges[0].persons_count == 2


def test_fr_formally_accused_feminine_is_a_charge() -> None:
    """ "Une femme a été formellement accusée" (Québec usage): a charge."""
    text = "Une femme de 52 ans a été formellement accusée mardi de trafic de cocaïne à Laval."
    assert len(_charges(text, "fr")) == 1


def test_es_prosecutor_formalises_with_the_day_between() -> None:
    """ "La Fiscalía formalizó el miércoles a dos hombres": a charge of two persons."""
    charges = _charges(
        "La Fiscalía formalizó el miércoles a dos hombres por tráfico de drogas.", "es"
    )
    assert len(charges) == 1
    assert charges[0].persons_count == 2


def test_es_formalise_an_agreement_is_no_charge() -> None:
    """ "formalizó un acuerdo": no person is its object, no charge."""
    text = "El ministerio formalizó el lunes un acuerdo de cooperación contra el narcotráfico."
    assert _charges(text, "es") == []


def test_es_imputed_for_the_offence_after_a_hearing_is_a_charge() -> None:
    """ "quedaron imputados por el delito de" after the hearing: a charge of the five."""
    text = (
        "La policía detuvo a cinco personas el lunes en Temuco.\n\n"
        "Tras la audiencia, los cinco detenidos quedaron imputados por el delito de tráfico "
        "ilícito de estupefacientes."
    )
    charges = _charges(text, "es")
    assert len(charges) == 1
    assert charges[0].persons_count == 5


def test_ar_charge_with_the_accused_between_verb_and_charge() -> None:
    """ "وجهت إلى المتهمين الثلاثة تهمة": the persons stand between the verb and the charge."""
    charges = _charges("وقد وجهت إلى المتهمين الثلاثة تهمة حيازة مواد مخدرة بقصد الاتجار.", "ar")
    assert len(charges) == 1
    assert charges[0].persons_count == 3


def test_ar_directed_an_appeal_to_citizens_is_no_charge() -> None:
    """ "وجهت الشرطة نداء إلى المواطنين": an appeal, no charge."""
    assert _charges("وجهت الشرطة نداء إلى المواطنين للإبلاغ عن مروجي المخدرات.", "ar") == []


def test_es_after_being_arrested_is_no_condition() -> None:
    """ "luego de ser detenidos" is a step told before, not "de ser detenidos" (if arrested):
    the arrest stands and shares the subject's count."""
    text = (
        "Cuatro hombres fueron formalizados el jueves por narcotráfico, luego de ser "
        "detenidos por Carabineros en un control carretero."
    )
    article = Article(id="t", text=text, language="es", published_at="2024-03-15")
    arrests = [e for e in _ALL.extract(article).events if e.type == "arrest"]
    assert len(arrests) == 1
    assert arrests[0].persons_count == 4
