"""Lexicons are data: the rule modules of worker/extraction hold no language's words.

A string literal (docstrings aside) with an Arabic-script letter, or with a Latin letter
with diacritics outside a regex character class, is a word list or a language's regex that
belongs in lexicons/<lang>/*.toml. Character classes such as "[A-ZÀ-Þ]" are script ranges
(capital letters), not words; punctuation of any script ("،", "؟") is structure.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest

import worker.extraction
from worker.extraction import dates, lexicon, numbers

PACKAGE = Path(worker.extraction.__file__).parent
# text.py folds scripts (alef forms, ta marbuta, Persian letters, harakat): it defines the
# characters every lexicon term is compared with, not a language's words.
NOT_RULE_MODULES = frozenset({"text.py"})
# A regex character class, escapes and all: "[A-ZÀ-ÖØ-Þ]", "[^\\W\\d_]".
_CHARACTER_CLASS = re.compile(r"\[(?:\\.|[^\]\\])*\]")


def _is_arabic_letter(character: str) -> bool:
    return character.isalpha() and unicodedata.name(character, "").startswith("ARABIC")


def _is_accented_latin(character: str) -> bool:
    return (
        character.isalpha()
        and not character.isascii()
        and unicodedata.name(character, "").startswith("LATIN")
    )


def language_words(literal: str) -> bool:
    """Whether a string literal holds a language's letters (see the module docstring)."""
    if any(_is_arabic_letter(c) for c in literal):
        return True
    return any(_is_accented_latin(c) for c in _CHARACTER_CLASS.sub("", literal))


def offending_literals(source: str) -> set[str]:
    """The string literals of a module's source, docstrings aside, that hold words."""
    tree = ast.parse(source)
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and language_words(node.value)
    }


RULE_MODULES = sorted(
    path.name for path in PACKAGE.glob("*.py") if path.name not in NOT_RULE_MODULES
)


@pytest.mark.parametrize("module", RULE_MODULES)
def test_rule_module_holds_no_language_words(module: str) -> None:
    """No Arabic word and no accented Latin word in a rule module's string literals: they
    go to the lexicons (events.toml [roles], language.toml, items.toml, ...)."""
    found = offending_literals((PACKAGE / module).read_text(encoding="utf-8"))
    assert not found, f"{module}: move these to lexicons/<lang>/*.toml: {sorted(found)}"


def test_guard_finds_words_and_lets_script_ranges_pass() -> None:
    """The check itself: an Arabic word, an accented word and an accented regex alternative
    are found; a capital-letter class, Arabic punctuation and docstrings are not."""
    source = '''
"""Module docstring: "بعد", "después de" are examples here."""
LEADS = ("بعد", "after")
CUES = ("âgé",)
PATTERN = r"\\b(?:tras|después de)\\b"
CAPITAL = r"[A-ZÀ-ÖØ-Þ][\\w'-]+"
COMMAS = ",،"
'''
    assert offending_literals(source) == {"بعد", "âgé", r"\b(?:tras|después de)\b"}


LANGUAGES = frozenset(lexicon.available_languages())


def language_branches(source: str) -> set[str]:
    """Language codes a module compares something with (``language == "ar"``, ``in ("fr",
    "es")``) or keys a table by: a rule that holds for one language reads a property of the
    language from its lexicon instead."""
    found: set[str] = set()

    def codes(node: ast.AST) -> set[str]:
        if isinstance(node, ast.Constant) and node.value in LANGUAGES:
            return {node.value}
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return {c for element in node.elts for c in codes(element)}
        return set()

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            for operand in (node.left, *node.comparators):
                found |= codes(operand)
        elif isinstance(node, ast.Dict):
            for key in node.keys:
                if key is not None:
                    found |= codes(key)
    return found


@pytest.mark.parametrize("module", RULE_MODULES)
def test_rule_module_names_no_language(module: str) -> None:
    """No rule module branches on a language's name: properties of a language are flags in
    its lexicon (language.toml [grammar], numbers.toml [digits], dates.toml [order], ...)."""
    found = language_branches((PACKAGE / module).read_text(encoding="utf-8"))
    assert not found, f"{module}: branches on {sorted(found)}; read a lexicon flag instead"


def test_language_guard_finds_branches() -> None:
    """The check itself: comparisons with a language code and tables keyed by one are found;
    a language code passed as an argument (English output names) is not."""
    source = """
if language == "ar":
    pass
if lex.language in ("fr", "es"):
    pass
LOCALES = {"en": ("en",)}
names = cldr_country_names("en")
"""
    assert language_branches(source) == {"ar", "fr", "es", "en"}
    assert language_branches('names = cldr_country_names("en")') == set()


def _adding_a_language() -> str:
    readme = (PACKAGE.parents[1] / "README.md").read_text(encoding="utf-8")
    return readme.split("### Adding a language", 1)[1].split("\n### ", 1)[0]


def test_readme_names_every_role_a_language_fills() -> None:
    """README's "Adding a language" lists every role the lexicon loader accepts."""
    section = _adding_a_language()
    roles = lexicon.EVENT_ROLES | lexicon.ITEM_ROLES | lexicon.MODALITY_ROLES
    missing = sorted(role for role in roles if f"`{role}`" not in section)
    assert not missing, f"README 'Adding a language' does not name: {missing}"


def test_readme_names_every_flag_table_and_key() -> None:
    """README's "Adding a language" lists the language.toml [grammar] flags and every table
    and grammar key of numbers.toml and dates.toml."""
    section = _adding_a_language()
    names = {f"`{flag}`" for flag in lexicon.GRAMMAR_FLAGS}
    for module in (numbers, dates):
        names |= {f"`[{table}]`" for table in module.TABLES}
        names |= {f"`{key}`" for keys in module.TABLE_KEYS.values() for key in keys}
    missing = sorted(name for name in names if name not in section)
    assert not missing, f"README 'Adding a language' does not name: {missing}"
