"""Generated towns (shared/cities.toml, from GeoNames): a local story set in a town the
hand-picked places lack gets the town's country; a name that is a word, a person's name or
another state's town too gives none, and a town only locates what nothing else does.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract
from worker.extraction.matcher import NameTable, Term
from worker.models import Event


def _countries(events: list[Event]) -> set[str]:
    return {c for e in events for c in e.countries}


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        (
            "en",
            "Officers arrested two men in Middlesbrough on Tuesday with 3 kilos of cocaine.",
            "GB",
        ),
        (
            "es",
            "Agentes detuvieron el martes en Benidorm a dos hombres con cinco kilos de hachís.",
            "ES",
        ),
        (
            "fr",
            "Les policiers ont interpellé mardi à Renens deux hommes avec trois kilos de cocaïne.",
            "CH",
        ),
    ],
)
def test_a_town_gives_its_country(
    extract_all: Extract, language: str, text: str, country: str
) -> None:
    """A town no hand-picked place names locates the action in its state."""
    assert _countries(extract_all(text, language)) == {country}


def test_a_town_named_like_a_word_gives_no_country(extract_all: Extract) -> None:
    """Bath is a town, but mostly a word: it is left out of the generated towns."""
    text = "Officers arrested two men in Bath on Tuesday with 3 kilos of cocaine."
    assert _countries(extract_all(text, "en")) == set()


def test_a_name_two_states_share_gives_no_country(extract_all: Extract) -> None:
    """Kettering is a town of England and one of Ohio of the same size: no guess."""
    text = "Officers arrested two men in Kettering on Tuesday with 3 kilos of cocaine."
    assert _countries(extract_all(text, "en")) == set()


def test_a_town_written_as_a_surname_is_none_in_the_article(extract_all: Extract) -> None:
    """Rangel after a first name is a surname, and the same person when written alone."""
    text = (
        "Officers arrested Luis Alberto Rangel on Tuesday with 3 kilos of cocaine. "
        "Rangel was charged with trafficking on Wednesday."
    )
    assert _countries(extract_all(text, "en")) == set()


def test_a_town_does_not_outweigh_a_named_state(extract_all: Extract) -> None:
    """A town mentioned in passing (where the boat came from) adds no country to an action
    the article locates otherwise: a generated town is weak."""
    text = (
        "Police in Spain arrested two men on Tuesday, a week after their boat had left "
        "Babahoyo, with 3 kilos of cocaine."
    )
    assert _countries(extract_all(text, "en")) == {"ES"}


def test_a_weak_place_takes_the_state_of_the_sentence_before(extract_all: Extract) -> None:
    """A sentence whose only place is a town takes the state the action before it names,
    not every state of the article's operations; the town stays among its places."""
    text = (
        "Police arrested three men in Italy on Monday. Two flats were raided in Renens. "
        "In France, officers seized 5 kilos of heroin on Tuesday."
    )
    raids = [e for e in extract_all(text, "en") if e.type == "raid"]
    assert [(e.countries, [p.name for p in e.places]) for e in raids] == [(["IT"], ["Renens"])]


def _table() -> NameTable:
    return NameTable(
        [
            ("ashton-under-lyne", "Ashton-under-Lyne", Term("place", "GB", 1)),
            ("ashton", "Ashton", Term("place", "GB", 2)),
            ("la rochelle", "La Rochelle", Term("place", "FR", 3)),
        ]
    )


def test_name_table_takes_the_longest_capitalised_name() -> None:
    """A name of several words wins over the one-word name it starts with, and a name is
    found only capitalised (lower case is a word) or in capitals (a dateline)."""
    cased = "ASHTON - Raids in Ashton-under-Lyne and la rochelle, then in La Rochelle."
    text = cased.lower()
    found = [(text[m.start : m.end], m.term.key) for m in _table().find(text, cased)]
    assert found == [("ashton", "GB"), ("ashton-under-lyne", "GB"), ("la rochelle", "FR")]


def test_name_table_skips_a_name_after_a_first_name() -> None:
    """ "John Ashton" is a person: neither that Ashton nor a later one is a town."""
    cased = "Police said John Ashton was held. Ashton denies it."
    assert _table().find(cased.lower(), cased) == []


def test_a_lexicon_word_is_no_town(extract_all: Extract) -> None:
    """ "Ganja" opening a sentence is the drug, not the town of Azerbaijan: a lexicon hit
    that covers a town's first letter keeps the word."""
    text = "Ganja and cocaine were seized from two men arrested by officers on Tuesday."
    events = extract_all(text, "en")
    assert events
    assert _countries(events) == set()


def test_a_weak_place_picks_its_state_among_those_before(extract_all: Extract) -> None:
    """When the town's state is one of those the action before names, it is the one."""
    text = (
        "Police in Colombia and the United States arrested two men on Monday. "
        "Two flats were raided in Manhattan."
    )
    raids = [e for e in extract_all(text, "en") if e.type == "raid"]
    assert [e.countries for e in raids] == [["US"]]


def test_arabic_script_towns_are_not_generated(extract_all: Extract) -> None:
    """cities.toml holds Latin-script towns only (build_cities.py WRITTEN): Arabic ones gained
    no country on any Arabic split and cost a quarter of Arabic extraction speed."""
    text = "ضبطت الشرطة أمس في بنيدورم شخصين بحوزتهما خمسة كيلوغرامات من الحشيش."
    events = extract_all(text, "ar")
    assert events
    assert _countries(events) == set()


def test_an_arabic_word_is_no_town(extract_all: Extract) -> None:
    """الأشهر ("the months") is also a Turkish town's Arabic name, and مرفأ ("port") a
    Ukrainian one's, once the matcher folds the hamza away: common words are left out."""
    text = "ضبطت الشرطة في مرفأ الصيد خلال الأشهر الماضية ثلاثة أطنان من الحشيش."
    events = extract_all(text, "ar")
    assert events
    assert _countries(events) == set()


def test_a_town_joined_to_a_name_by_a_hyphen_is_a_surname(extract_all: Extract) -> None:
    """Valenzuela is a Philippine town, but in "Rios-Valenzuela" it ends a family name."""
    text = "Officers arrested Jesus Rios-Valenzuela on Tuesday with 3 kilos of cocaine."
    assert _countries(extract_all(text, "en")) == set()


def test_a_town_after_a_lower_case_word_stays_a_town(extract_all: Extract) -> None:
    """After "in" (or any lower-case word) the same name is a place."""
    text = "On Tuesday officers arrested two men in Valenzuela with 3 kilos of cocaine."
    assert _countries(extract_all(text, "en")) == {"PH"}


def test_a_town_named_like_a_surname_leaves_the_person_count(extract_all: Extract) -> None:
    """ "Judge Ana Gallardo sentenced Mark Holloway": the judge's surname (a Spanish town)
    and the defendant's (a London district) still leave one sentenced person."""
    text = (
        "On Tuesday, District Judge Ana Gallardo sentenced Mark Holloway, 31, to 210 months "
        "in prison for trafficking cocaine."
    )
    (event,) = [e for e in extract_all(text, "en") if e.type == "sentence"]
    assert event.persons_count == 1
