"""Money written with scale letters, currency names that are demonyms, counted demonyms."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import ArrestEvent, SeizureEvent


def test_es_scale_letter_before_euro_sign(extract_all: Extract) -> None:
    """ "3M€" is three million euros."""
    event = one(extract_all("La Guardia Civil intervino 3M€ en efectivo.", "es"), SeizureEvent)
    assert [(i.amount, i.currency) for i in event.items] == [(3_000_000, "EUR")]


def test_fr_milliard_letters_before_euro_sign(extract_all: Extract) -> None:
    """ "2 Md€" is two billion euros."""
    event = one(extract_all("Les enquêteurs ont saisi 2 Md€ d'avoirs.", "fr"), SeizureEvent)
    assert [(i.amount, i.currency) for i in event.items if i.category == "money"] == [
        (2_000_000_000, "EUR")
    ]


def test_es_bolivianos_are_people_not_money(extract_all: Extract) -> None:
    """ "tres bolivianos" after an arrest are three Bolivians, not a sum in BOB."""
    events = extract_all("La policía detuvo a tres bolivianos en el aeropuerto de Barajas.", "es")
    assert one(events, ArrestEvent).persons_count == 3
    assert of_type(events, "seizure") == []


def test_en_counted_demonym_is_persons(extract_all: Extract) -> None:
    """ "arrested four Albanians": a counted demonym is the persons count."""
    text = "Police arrested four Albanians in Durham on Sunday."
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_en_bare_dollars_take_the_acting_agency_state(extract_all: Extract) -> None:
    """A bare "$" in a story whose only place is shared with other states' towns takes the
    home state of the agency that acted (Australian Federal Police: AUD)."""
    text = (
        "Australian Federal Police officers searched a home in Liverpool on Saturday and "
        "seized $96,000 in cash."
    )
    seizures = [e for e in extract_all(text) if isinstance(e, SeizureEvent)]
    money = [i for e in seizures for i in e.items if i.category == "money"]
    assert [(m.amount, m.currency) for m in money] == [(96000.0, "AUD")]


def test_en_kenyan_shillings(extract_all: Extract) -> None:
    """ "KSh 250,000" in Kenya is KES."""
    text = "Police in Nairobi, Kenya seized KSh 250,000 and 10 kilograms of heroin on Monday."
    seizures = [e for e in extract_all(text) if isinstance(e, SeizureEvent)]
    money = [(i.amount, i.currency) for e in seizures for i in e.items if i.category == "money"]
    assert money == [(250000.0, "KES")]


def test_es_pounds_of_a_drug_are_weight_not_sterling(extract_all: Extract) -> None:
    """ "45 libras de marihuana" is a weight (about 20.4 kg), not 45 pounds sterling; and
    "US$412,000" is four hundred and twelve thousand dollars."""
    text = "Los agentes incautaron 45 libras de marihuana y US$412,000 en efectivo en Zacapa."
    seizures = [e for e in extract_all(text, "es") if isinstance(e, SeizureEvent)]
    items = [(i.category, i.currency, i.amount) for e in seizures for i in e.items]
    assert ("money", "USD", 412000.0) in items
    assert all(currency != "GBP" for _, currency, _ in items)


def test_en_bare_currency_names(extract_all: Extract) -> None:
    """ "410,000 zlotys" is PLN and "1.5 million baht" THB, as the press writes them."""
    text = "Officers seized 410,000 zlotys and 1.5 million baht in cash in Warsaw on Monday."
    seizures = [e for e in extract_all(text) if isinstance(e, SeizureEvent)]
    money = {(i.amount, i.currency) for e in seizures for i in e.items if i.category == "money"}
    assert money == {(410000.0, "PLN"), (1_500_000.0, "THB")}


def test_en_cash_worth_amount_is_the_cash(extract_all: Extract) -> None:
    """ "cash worth $X" is X in cash, not the value of the other goods."""
    event = one(
        extract_all("Deputies seized cash worth $86,000 and a pickup truck in Tulsa.", "en"),
        SeizureEvent,
    )
    assert [(i.amount, i.currency) for i in event.items if i.category == "money"] == [
        (86_000, "USD")
    ]
    assert event.total_value is None


def test_fr_cash_with_value_cue_is_the_cash(extract_all: Extract) -> None:
    """ "des espèces d'une valeur de" tells the amount of the cash itself."""
    event = one(
        extract_all("Les douaniers ont saisi des espèces d'une valeur de 75 000 euros.", "fr"),
        SeizureEvent,
    )
    assert [(i.amount, i.currency) for i in event.items if i.category == "money"] == [
        (75_000, "EUR")
    ]


def test_drug_word_of_an_agency_name_is_no_seized_drug(extract_all: Extract) -> None:
    """The "Narcotics" or "Drug" of an agency's own name names no seized drug."""
    event = one(
        extract_all(
            "The Anti-Narcotics Force recovered 52,000 rupees from two men in Quetta.", "en"
        ),
        SeizureEvent,
    )
    assert [i.category for i in event.items] == ["money"]


def test_indian_amount_in_crore_is_seized_cash(extract_all: Extract) -> None:
    """ "Rs 1.5 crore in cash" is 15 million rupees of cash."""
    event = one(
        extract_all("Police in Ludhiana seized Rs 1.5 crore in cash on Friday.", "en"),
        SeizureEvent,
    )
    assert [(i.amount, i.currency) for i in event.items] == [(15_000_000, "INR")]


def test_en_decimal_millions_before_euros_is_the_amount(extract_all: Extract) -> None:
    """ "4.2 million euros": the scale word opens the currency phrase "million euros"."""
    event = one(
        extract_all("Investigators seized 4.2 million euros in cash in Valencia.", "en"),
        SeizureEvent,
    )
    assert [(i.amount, i.currency) for i in event.items] == [(4_200_000, "EUR")]


def test_en_mil_glued_to_digits_is_millions(extract_all: Extract) -> None:
    """Malaysian copy: "RM2.4mil" is 2.4 million ringgit."""
    event = one(
        extract_all("Police in Penang seized RM2.4mil in cash on Monday.", "en"),
        SeizureEvent,
    )
    assert [(i.amount, i.currency) for i in event.items if i.amount] == [(2_400_000, "MYR")]


def test_value_goes_to_the_goods_before_it_not_to_earlier_cash(extract_all: Extract) -> None:
    """ "RM90,000 in cash, two motorcycles and jewellery worth RM15,000": the cash keeps its
    amount; the value is the jewellery's."""
    event = one(
        extract_all(
            "Police in Ipoh seized RM90,000 in cash, two motorcycles and jewellery worth RM15,000.",
            "en",
        ),
        SeizureEvent,
    )
    amounts = {(i.category, i.amount) for i in event.items if i.amount is not None}
    assert amounts == {("money", 90_000), ("jewelry", 15_000)}
