"""Numbers and money read by the article's state: comma thousands in Mexican and Central
American copy, "$" in dollar states, values told with the goods (total value, not cash)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, drug_facts, one
from worker.models import Event, SeizureEvent


def _money(events: list[Event]) -> list[tuple[float | None, str | None]]:
    return [
        (i.amount, i.currency)
        for e in events
        if isinstance(e, SeizureEvent)
        for i in e.items
        if i.category == "money"
    ]


def test_es_panama_dateline_reads_comma_thousands_in_a_weight(extract_all: Extract) -> None:
    """A Panama City dispatch writes "1,356 kilos" for 1356 kg."""
    text = "CIUDAD DE PANAMÁ.- La policía panameña decomisó 1,356 kilos de cocaína en Colón."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 1356.0, "kg")}


def test_es_honduras_dateline_reads_comma_thousands(extract_all: Extract) -> None:
    """A Tegucigalpa dispatch writes "2,740 kilos" for 2740 kg (not 2.74)."""
    text = "TEGUCIGALPA, Honduras.- Agentes hondureños aseguraron 2,740 kilos de cocaína."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 2740.0, "kg")}


def test_es_colombia_dateline_keeps_the_decimal_comma(extract_all: Extract) -> None:
    """A Bogotá dispatch writes "1,275 toneladas" for 1.275 t: Colombia's comma is decimal."""
    text = "BOGOTÁ.- La Policía incautó 1,275 toneladas de cocaína en el puerto de Buenaventura."
    assert drug_facts(extract_all(text, "es")) == {("cocaine", 1.275, "t")}


def test_es_glued_quetzales_read_as_money(extract_all: Extract) -> None:
    """ "Q318,000" glued to its prefix is three hundred and eighteen thousand quetzales."""
    text = "GUATEMALA.- Agentes de la PNC incautaron Q318,000 en efectivo en Escuintla."
    assert _money(extract_all(text, "es")) == [(318000.0, "GTQ")]


def test_es_dollar_sign_in_panama_is_usd_beside_colombia(extract_all: Extract) -> None:
    """ "$" in a story of Panama's police is USD though a Colombian city is named too."""
    text = (
        "La Policía Nacional de Panamá decomisó $38,500 en efectivo a un viajero que llegó "
        "de Medellín, Colombia, al aeropuerto de Tocumen."
    )
    assert _money(extract_all(text, "es")) == [(38500.0, "USD")]


def test_en_us_dollar_sign_is_usd_in_canada(extract_all: Extract) -> None:
    """ "US$" is USD even in a Canadian story, where a bare "$" is CAD."""
    text = "Toronto police seized US$60,000 in cash and three handguns in Toronto, Canada."
    assert _money(extract_all(text)) == [(60000.0, "USD")]


def test_en_glued_scale_letter_value_is_total_not_cash(extract_all: Extract) -> None:
    """ "worth R420m" after the drugs is the seizure's total value, never money seized."""
    text = "Police seized 95 kg of cocaine worth R420m at Durban harbour on Monday."
    event = one(extract_all(text), SeizureEvent)
    assert _money([event]) == []
    assert event.total_value is not None
    assert (event.total_value.amount, event.total_value.currency) == (420_000_000, "ZAR")


def test_en_amount_before_the_drug_is_its_value(extract_all: Extract) -> None:
    """ "a Sh900 million heroin haul": the amount prices the heroin, no cash was seized."""
    text = "Detectives seized a Sh900 million heroin haul in Mombasa, Kenya, on Friday."
    event = one(extract_all(text), SeizureEvent)
    assert _money([event]) == []
    assert event.total_value is not None
    assert event.total_value.amount == 900_000_000


def test_en_cash_cue_speaks_for_the_amount_right_before_it(extract_all: Extract) -> None:
    """ "worth Rs 3bn and Rs 80,000 in cash": only the second amount is cash."""
    text = "Police seized 4 kg of heroin worth Rs 3bn and Rs 80,000 in cash in Lahore, Pakistan."
    assert _money(extract_all(text)) == [(80000.0, "PKR")]


def test_en_amount_before_drug_money_is_cash(extract_all: Extract) -> None:
    """ "Rs 3 lakh drug money" is cash seized, not a value of drugs."""
    text = "Police recovered 2 kg heroin and Rs 3 lakh drug money in Ludhiana, India."
    assert _money(extract_all(text)) == [(300000.0, "INR")]
