"""Offset-preserving normalisation (worker/extraction/text.py)."""

from __future__ import annotations

import re
import sys

import pytest

from worker.extraction.text import normalize, normalize_term, trie_regex


def _span_of(nt_text: str, needle: str) -> tuple[int, int]:
    i = nt_text.index(needle)
    return i, i + len(needle)


def test_arabic_indic_digits_become_ascii() -> None:
    """Arabic-Indic digits are folded to ASCII without changing length."""
    nt = normalize("ضبط ١٢٣ كيلو", "ar")
    assert "123" in nt.normalized
    assert len(nt.normalized) == len(nt.original)


def test_persian_digits_become_ascii() -> None:
    """Extended (Persian) digits are folded to ASCII too."""
    assert normalize("۴۵", "ar").normalized == "45"


def test_arabic_decimal_and_thousands_separators() -> None:
    """U+066B becomes '.', U+066C becomes ','; the Arabic comma is kept."""
    nt = normalize("١٢٫٥ و١٧٬٥٠٠، ثم", "ar")
    assert nt.normalized == "12.5 و17,500، ثم"


def test_tatweel_and_harakat_removed_with_offset_map() -> None:
    """Deleted marks shorten the text; to_original maps a span back onto the marked word."""
    original = "ألقت الشرطة القبضَ على ثلاثـــة مُتَّهَمِينَ"
    nt = normalize(original, "ar")
    assert "ثلاثه متهمين" in nt.normalized
    s, e = _span_of(nt.normalized, "متهمين")
    os_, oe = nt.to_original(s, e)
    assert original[os_:oe] == "مُتَّهَمِينَ"
    s, e = _span_of(nt.normalized, "ثلاثه")
    os_, oe = nt.to_original(s, e)
    assert original[os_:oe] == "ثلاثـــة"


def test_to_original_identity_without_deletions() -> None:
    """Without deletions offsets are shared and to_original is the identity."""
    nt = normalize("Police seized 3 tonnes", "en")
    assert nt.to_original(7, 13) == (7, 13)


def test_alef_forms_unified() -> None:
    """أ إ آ ٱ are all folded to bare alef."""
    assert normalize("أإآٱ", "ar").normalized == "اااا"


def test_alef_maqsura_and_ta_marbuta_folded() -> None:
    """ى becomes ي and ة becomes ه (lexicons get the same folding via normalize_term)."""
    assert normalize("مستشفى الشرطة", "ar").normalized == "مستشفي الشرطه"


def test_latin_lowercased_same_length() -> None:
    """Latin scripts are lower-cased; French accents are kept."""
    nt = normalize("La Gendarmerie a SAISI", "fr")
    assert nt.normalized == "la gendarmerie a saisi"


def test_cased_keeps_case_with_same_offsets() -> None:
    """``cased`` has the foldings but not lower-casing, for case-sensitive acronyms."""
    nt = normalize("L’OFAST et la DEA", "fr")
    assert nt.cased == "L'OFAST et la DEA"
    assert len(nt.cased) == len(nt.normalized)


def test_dotted_capital_i_keeps_length() -> None:
    """'İ' (whose lower() is two code points) is folded 1:1 so offsets stay right."""
    nt = normalize("İstanbul polisi", "en")
    assert nt.normalized == "istanbul polisi"
    assert len(nt.normalized) == len(nt.original)


def test_sharp_s_kept() -> None:
    """'ß' is not expanded to 'ss' (lower(), not casefold(): offsets must not move)."""
    assert normalize("Straße", "en").normalized == "straße"


def test_only_dotted_i_changes_length_under_lower() -> None:
    """Guard for the 1:1 assumption: U+0130 is the only code point lower() expands."""
    expanding = [
        c
        for c in range(sys.maxunicode + 1)
        if not 0xD800 <= c <= 0xDFFF and len(chr(c).lower()) != 1
    ]
    assert expanding == [0x130]


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("l’enquête", "l'enquête"),
        ("“saisie”", '"saisie"'),
        ("«\u00a0saisie\u00a0»", '" saisie "'),
        ("2013–2015", "2013-2015"),
        ("—", "-"),
        ("3\u202f400", "3 400"),
        ("3\u00a0400", "3 400"),
    ],
)
def test_typography_folded(raw: str, folded: str) -> None:
    """Typographic quotes, dashes and (narrow) no-break spaces become ASCII."""
    assert normalize(raw, "fr").normalized == folded


def test_bidi_and_zero_width_marks_removed() -> None:
    """Bidi controls and zero-width characters are deleted and offsets still map back."""
    original = "\u200fضبط\u200e 25\u200b كغ \u2067Sky ECC\u2069"
    nt = normalize(original, "ar")
    assert nt.normalized == "ضبط 25 كغ sky ecc"
    s, e = _span_of(nt.normalized, "sky ecc")
    os_, oe = nt.to_original(s, e)
    assert original[os_:oe] == "Sky ECC"


def test_normalize_term_collapses_spaces() -> None:
    """Lexicon terms are folded like text and single-spaced."""
    assert normalize_term("  كيلو   جرام ", "ar") == "كيلو جرام"
    assert normalize_term("Plus  de", "fr") == "plus de"


def test_normalize_term_matches_normalized_text() -> None:
    """A term normalised for a lexicon is found in normalised running text."""
    term = normalize_term("الإدارة العامة لمكافحة المخدرات", "ar")
    text = normalize("أعلنت الإدارةُ العامة لمكافحة المخدّرات", "ar").normalized
    assert term in text


def test_trie_regex_prefers_longest_term() -> None:
    """The trie alternation tries longer terms before their prefixes."""
    pat = re.compile(rf"\b(?:{trie_regex(['on', 'one', 'one hundred'])})\b")
    assert pat.findall("one hundred on one") == ["one hundred", "on", "one"]


def test_normalize_is_fast() -> None:
    """A 3 KB article normalises well under a millisecond."""
    import timeit

    text = ("ضبطت الأجهزة الأمنية ١٧٬٥٠٠ كيلو جرام من مخدر الحشيش، وألقت القبضَ. " * 50)[:3000]
    per_call = timeit.timeit(lambda: normalize(text, "ar"), number=50) / 50
    assert per_call < 0.001
