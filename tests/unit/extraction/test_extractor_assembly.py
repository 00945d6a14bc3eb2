"""Counting, merging, background, evidence, ids and languages (ar + en)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.extraction import Extractor
from worker.models import ArrestEvent, Article, ExtraditionEvent


def test_en_no_action_no_events(extract: Extract) -> None:
    """An article with no law-enforcement action yields no records."""
    assert extract("The city council approved the new budget for schools.") == []


def test_en_one_operation_one_event_per_type(extract: Extract) -> None:
    """Several mentions of one operation give one event per type."""
    text = (
        "Police arrested 20 people in raids on Tuesday. The arrests followed a year-long "
        "probe. Officers seized 5 kg of cocaine during the raids."
    )
    events = extract(text)
    assert sorted(e.type for e in events) == ["arrest", "raid", "seizure"]


def test_ar_repeated_paragraph_is_one_event(extract: Extract) -> None:
    """A scraped repeat of a paragraph is not a second arrest."""
    sentence = "وألقت الشرطة القبض على 6 أشخاص في عملية أمنية واسعة بمدينة فاس."
    events = extract(f"{sentence}\nوأوضح المصدر أن التحقيقات مستمرة.\n{sentence}", "ar")
    assert len(of_type(events, "arrest")) == 1
    assert one(events, ArrestEvent).persons_count == 6


def test_en_different_dates_are_separate_events(extract: Extract) -> None:
    """Clearly different occasions are separate events."""
    text = "Police arrested 3 men on 2 January 2024. Police arrested 4 women on 9 March 2024."
    counts = [e.persons_count or 0 for e in extract(text) if isinstance(e, ArrestEvent)]
    assert sorted(counts) == [3, 4]


def test_en_past_year_is_background(extract: Extract) -> None:
    """An arrest in an earlier year recounted as context is background."""
    text = (
        "Spain extradited the businessman to France on Monday. He had been arrested in "
        "Madrid in 2019."
    )
    events = extract(text)
    assert one(events, ArrestEvent).background is True
    assert one(events, ExtraditionEvent).background is False


def test_ar_previously_is_background(extract: Extract) -> None:
    """سبق أن: recounted earlier action."""
    events = extract("وكان قد سبق أن تم القبض على المتهم في قضية مماثلة.", "ar")
    assert one(events, ArrestEvent).background is True


def test_en_news_is_not_background(extract: Extract) -> None:
    """The article's own news has background false."""
    assert one(extract("Police arrested 2 people yesterday."), ArrestEvent).background is False


def test_evidence_offsets_equal_the_text(extract: Extract) -> None:
    """Evidence spans are offsets into the text as received (diacritics included)."""
    text = "خبرٌ عاجل.\nأَلْقَتِ الشُّرْطَةُ القَبْضَ عَلَى 3 أشخاص في المدينة."
    events = extract(text, "ar")
    event = one(events, ArrestEvent)
    for span in event.evidence:
        assert text[span.start : span.end] == span.text
        assert "القَبْضَ" in span.text


def test_event_ids_are_deterministic(extractor: Extractor) -> None:
    """The same text and version give the same event ids."""
    article = Article(
        id="a1", text="Police arrested 3 people and seized 2 kg of heroin.", language="en"
    )
    first = [e.event_id for e in extractor.extract(article).events]
    second = [e.event_id for e in extractor.extract(article).events]
    assert first == second
    assert len(set(first)) == len(first) == 2


def test_unsupported_language(extractor: Extractor) -> None:
    """A language without a lexicon: supported False, no events."""
    article = Article(
        id="de", text="Die Polizei hat gestern fünf Personen festgenommen.", language="de"
    )
    result = extractor.extract(article)
    assert (result.supported, result.events) == (False, [])


def test_language_is_detected_when_missing(extractor: Extractor) -> None:
    """No language given: detected (Arabic here) and used."""
    article = Article(id="x", text="ألقت الشرطة القبض على خمسة أشخاص في مدينة الدار البيضاء أمس.")
    result = extractor.extract(article)
    assert (result.language, result.supported) == ("ar", True)
    assert one(result.events, ArrestEvent).persons_count == 5


def test_german_detected_as_unsupported(extractor: Extractor) -> None:
    """A German article without language is detected as German and not forced into English."""
    article = Article(
        id="y",
        text="Die Polizei hat gestern in Berlin fünf Personen wegen Drogenhandels festgenommen.",
    )
    result = extractor.extract(article)
    assert (result.language, result.supported) == ("de", False)


def test_pathological_input_is_fast(extractor: Extractor) -> None:
    """100 KB of repeated trigger words stays well under a second of CPU (about 30 ms here;
    CPU time, so a busy shared machine does not fail it)."""
    import time

    text = "arrested seized raid arrest warrant " * 3000
    start = time.process_time()
    extractor.extract(Article(id="big", text=text, language="en"))
    assert time.process_time() - start < 1.0
