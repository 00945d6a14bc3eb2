"""Language identification for articles that arrive without a language.

py3langid restricted to the languages a law-enforcement news feed plausibly carries: the
supported ones plus common neighbours, so that a German article is recognised as German
(and reported unsupported) instead of being forced into the closest supported language.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from py3langid.langid import MODEL_FILE, LanguageIdentifier

PLAUSIBLE_LANGUAGES: tuple[str, ...] = (
    "ar", "en", "fr", "es", "de", "it", "pt", "nl", "ru", "tr", "fa", "ur", "he", "id",
    "pl", "ro", "sq", "sr", "hr", "el", "uk", "zh", "ja", "ko", "hi", "sw",
)  # fmt: skip
MIN_LETTERS = 20  # below this, identification is a guess


@cache
def _identifier(languages: tuple[str, ...]) -> Any:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(languages))
    return identifier


def detect_language(text: str, supported: tuple[str, ...]) -> str | None:
    """The ISO 639-1 code of ``text``, or None when there is too little text to tell."""
    sample = text[:4000]
    if sum(ch.isalpha() for ch in sample[:400]) < MIN_LETTERS:
        return None
    languages = tuple(sorted(set(PLAUSIBLE_LANGUAGES) | set(supported)))
    code, _score = _identifier(languages).classify(sample)
    return str(code)
