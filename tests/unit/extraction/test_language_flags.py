"""Properties of a language read from its lexicon instead of its name (language.toml
[grammar], numbers.toml and dates.toml grammar tables)."""

from __future__ import annotations

import pytest

from worker.extraction import numbers
from worker.extraction.compiled import compile_language
from worker.extraction.lexicon import GRAMMAR_FLAGS, LexiconError, check_tables, grammar_flags


def test_grammar_flags_read_true_ones() -> None:
    """Only the flags set to true are returned."""
    data = {"grammar": {"demonyms_are_adjectives": True, "bare_term_after_plural_persons": False}}
    assert grammar_flags(data, "xx/language.toml") == {"demonyms_are_adjectives"}


def test_grammar_flags_reject_unknown_names() -> None:
    """A misspelt flag fails at start-up instead of silently switching nothing."""
    with pytest.raises(LexiconError, match="unknown flag"):
        grammar_flags({"grammar": {"demonym_are_adjectives": True}}, "xx/language.toml")


def test_grammar_flags_reject_non_booleans() -> None:
    """A flag is true or false, not a word list."""
    with pytest.raises(LexiconError, match="true or false"):
        grammar_flags({"grammar": {"demonyms_are_adjectives": "yes"}}, "xx/language.toml")


@pytest.mark.parametrize(
    ("language", "flags"),
    [
        ("en", {"demonyms_are_adjectives"}),
        ("fr", {"bare_participle_is_passive", "lowercase_weekdays"}),
        ("es", {"bare_participle_is_passive", "lowercase_weekdays"}),
        ("ar", {"bare_term_after_plural_persons", "adjectives_follow_nouns"}),
    ],
)
def test_each_language_sets_its_flags(language: str, flags: set[str]) -> None:
    """English demonyms are adjectives; an Arabic term follows its object bare and Arabic
    adjectives follow their noun; a French or
    Spanish participle without an active auxiliary is no active verb, and their weekdays are
    written in lower case."""
    compiled = compile_language(language, (), ())
    assert {f for f in GRAMMAR_FLAGS if getattr(compiled, f)} == flags


def test_misspelt_number_table_or_key_fails() -> None:
    """numbers.toml: a table or a grammar key the parser does not read fails at load."""
    where = "xx/numbers.toml"
    check_tables({"digits": {"decimal_separator": ","}}, numbers.TABLES, numbers.TABLE_KEYS, where)
    with pytest.raises(LexiconError, match="unknown table"):
        check_tables({"digit": {}}, numbers.TABLES, numbers.TABLE_KEYS, where)
    with pytest.raises(LexiconError, match="unknown keys"):
        check_tables(
            {"digits": {"decimal_seperator": ","}}, numbers.TABLES, numbers.TABLE_KEYS, where
        )
