"""A match report's figurative "raid", "arrested the slide" or "قبضوا على" gives no event
(mentions.py `_sport_sentences`, `sport_words` in modality.toml)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract

_REPORT_EN = (
    "The visitors dominated the first half-time spell and the striker scored twice. "
    "A late raid down the left arrested the slide, and the goalkeeper kept the lead "
    "until the final whistle."
)


def test_a_match_report_in_english_gives_no_event(extract_all: Extract) -> None:
    """Sport sentences with no police, drug or crime word: "raid" and "arrested" are the
    game's, though the article names the police elsewhere."""
    text = _REPORT_EN + " Police officers said the crowd of 20,000 was peaceful."
    assert extract_all(text, "en") == []


def test_police_arresting_fans_in_a_match_report_is_an_arrest(extract_all: Extract) -> None:
    """A sentence of the same report with a police word keeps its arrest."""
    text = _REPORT_EN + " After the match, police arrested three fans outside the ground."
    assert [e.type for e in extract_all(text, "en")] == ["arrest"]


def test_one_sport_word_in_a_police_story_frames_nothing(extract_all: Extract) -> None:
    """A single "match" does not make a crime story a match report."""
    text = "Two men were arrested on Tuesday near the stadium before the match."
    assert [e.type for e in extract_all(text, "en")] == ["arrest"]


def test_a_match_report_in_french_gives_no_event(extract_all: Extract) -> None:
    """« On a arrêté leurs contres »: the coach speaks of the game."""
    text = (
        "Le buteur a égalisé juste avant la mi-temps. Après le match, l'entraîneur s'est "
        "félicité: « On a arrêté leurs attaques et l'arbitre a bien tenu le match »."
    )
    assert extract_all(text, "fr") == []


def test_a_match_report_in_arabic_gives_no_event(extract_all: Extract) -> None:
    """The players' "raids" on the goal are the game's."""
    text = (
        "سيطر الفريق على المباراة منذ البداية، وشنّ لاعبوه غارات متتالية على المرمى في الشوط "
        "الأول، وقال المدرب إن لاعبيه قبضوا على الفرصة في الشوط الثاني."
    )
    assert extract_all(text, "ar") == []


def test_match_report_headline_without_sport_word_is_no_raid(extract_all: Extract) -> None:
    """The headline of a match report ("United raid the fortress") names no sport word; the
    report's sport words make it sport too."""
    text = (
        "City Rovers raid the northern fortress to go top\n\n"
        "The striker scored twice before half-time, and the goalkeeper saved a penalty kick "
        "in stoppage time as the referee waved play on."
    )
    assert extract_all(text, "en") == []
