"""Sentence boundaries around abbreviations, and states that are not actions."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.extraction.compiled import Titles
from worker.extraction.context import split_sentences
from worker.extraction.lexicon import load_language
from worker.models import ArrestEvent, SeizureEvent


def test_month_abbreviation_before_day_is_no_boundary() -> None:
    """ "on Oct. 9 seized" stays one sentence."""
    text = "Officers on Oct. 9 seized 40 kilograms. Nothing else."
    assert next(text[s.start : s.end] for s in split_sentences(text)).endswith("40 kilograms.")


def test_title_before_name_is_no_boundary() -> None:
    """ "Dr. Patel was arrested" stays one sentence."""
    text = "Dr. Patel was arrested. Police said so."
    titles = Titles.of(load_language("en").roles["titles"])
    assert [text[s.start : s.end] for s in split_sentences(text, titles)] == [
        "Dr. Patel was arrested.",
        "Police said so.",
    ]


def test_en_abbreviated_date_reaches_its_seizure(extract_all: Extract) -> None:
    """The date "Oct. 9" and the seizure after it are one sentence, so the date is kept."""
    text = "Customs officers on Oct. 9 seized 40 kilograms of cocaine in Dover."
    event = one(extract_all(text), SeizureEvent)
    assert event.occurred_on == "2023-10-09"


def test_en_remain_in_custody_is_no_new_arrest(extract_all: Extract) -> None:
    """ "remain in custody" describes a state after the arrest, not another arrest."""
    text = "Police arrested two men on Monday. Both remain in custody pending trial on Friday."
    assert len(of_type(extract_all(text), "arrest")) == 1
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_each_language_lists_its_own_titles() -> None:
    """Spanish "Gral." and "Dra." (the es `titles` role) end no sentence before a name."""
    text = "El Gral. Ruiz y la Dra. Gómez fueron detenidos. Nada más."
    titles = Titles.of(load_language("es").roles["titles"])
    assert [text[s.start : s.end] for s in split_sentences(text, titles)] == [
        "El Gral. Ruiz y la Dra. Gómez fueron detenidos.",
        "Nada más.",
    ]
