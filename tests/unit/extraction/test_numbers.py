"""Numbers as articles write them (worker/extraction/numbers.py, guide section 4)."""

from __future__ import annotations

import dataclasses

import pytest

from worker.extraction.numbers import (
    NumberMention,
    dual_forms,
    find_numbers,
    is_dual_of,
    parse_number,
)
from worker.extraction.text import normalize


def nums(text: str, language: str, **kw: tuple[str, ...]) -> list[NumberMention]:
    return find_numbers(normalize(text, language).normalized, language, **kw)


def values(text: str, language: str) -> list[float]:
    return [n.value for n in nums(text, language)]


def only(text: str, language: str) -> NumberMention:
    found = nums(text, language)
    assert len(found) == 1, found
    return found[0]


def covered(text: str, language: str, n: NumberMention) -> str:
    return normalize(text, language).normalized[n.start : n.end]


# --- separators ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Se intervinieron 3.400 kilos de hachís.", "es", 3400.0),
        ("Se intervinieron 2,915 kilos de cocaína.", "es", 2.915),
        ("Les douaniers ont saisi 2,915 kilos de cocaïne.", "fr", 2.915),
        ("Customs seized 2,915 kilos of cocaine.", "en", 2915.0),
        ("Customs seized 3.4 tonnes of cocaine.", "en", 3.4),
        ("ضبط 17,500 كيلو جرام من البانجو", "ar", 17.5),
        ("ضبط (31.700) كيلو غرام من الحشيش", "ar", 31.7),
        ("ضبط 1,2 طن من الكوكايين", "ar", 1.2),
        ("ضبط ١٢٫٥ كجم من الهيروين", "ar", 12.5),
        ("Les gendarmes ont saisi 3 400 kilos de résine.", "fr", 3400.0),
        ("Les gendarmes ont saisi 3\u202f400 kilos de résine.", "fr", 3400.0),
        ("Se decomisaron 1.234.567 euros.", "es", 1234567.0),
        ("Officers found $1,234,567 in cash.", "en", 1234567.0),
        ("Se incautaron 1.234,5 kilos.", "es", 1234.5),
        ("They seized 1,234.5 kilos.", "en", 1234.5),
    ],
)
def test_separators_by_language_and_unit(text: str, language: str, value: float) -> None:
    """Thousands vs decimal separators follow language, unit and plausibility."""
    assert [n.value for n in nums(text, language) if not n.is_words] == [pytest.approx(value)]


def test_count_unit_forces_thousands_in_french() -> None:
    """A count cannot be fractional: fr '2,500 personnes' is 2500, not 2.5."""
    assert only("Au total, 2,500 personnes ont été contrôlées.", "fr").value == 2500.0


def test_count_unit_forces_thousands_in_arabic() -> None:
    """Arabic '1,500 شخص' is a count: 1500."""
    assert only("تم توقيف 1,500 شخص", "ar").value == 1500.0


def test_arabic_weight_with_zero_decimals_is_thousands() -> None:
    """Arabic '1,000 طن' with decimals '000' stays a thousands reading (1000 t)."""
    assert only("تهريب 1,000 طن من القمح", "ar").value == 1000.0


def test_arabic_comma_without_unit_is_thousands() -> None:
    """Arabic ',' + 3 digits with no weight unit after it is a thousands separator."""
    assert only("صادرت الشرطة 2,500 جهاز", "ar").value == 2500.0


def test_arabic_dot_money_thousands() -> None:
    """Arabic '5.000 درهم' (Maghreb copy) is five thousand dirhams."""
    assert only("حجز مبلغ 5.000 درهم", "ar").value == 5000.0


def test_decimal_with_two_digits() -> None:
    """One separator and not three digits after it is always a decimal."""
    assert only("Se incautaron 1,25 toneladas.", "es").value == pytest.approx(1.25)


def test_parse_number_unit_hint_mass_arabic() -> None:
    """parse_number uses the unit hint for the ambiguous Arabic comma."""
    assert parse_number("17,500", "ar", unit_hint="kg") == pytest.approx(17.5)
    assert parse_number("17,500", "ar") == 17500.0


def test_parse_number_unit_hint_count() -> None:
    """A count hint makes fr/es '2,515' a thousands number; a weight keeps it decimal."""
    assert parse_number("2,515", "es", unit_hint="pills") == 2515.0
    assert parse_number("2,515", "es", unit_hint="kg") == pytest.approx(2.515)


def test_parse_number_weight_with_trailing_zeros_is_thousands() -> None:
    """A weight '2,300' in es/fr is 2300: a decimal is not written with trailing zeros."""
    assert parse_number("2,300", "es", unit_hint="kg") == 2300.0
    assert parse_number("3,500", "fr", unit_hint="l") == 3500.0


def test_parse_number_words_and_scales() -> None:
    """parse_number reads words and scales, and rejects text with no single number."""
    assert parse_number("two hundred and fifty", "en") == 250.0
    assert parse_number("1,2 million", "fr") == 1_200_000.0
    assert parse_number("ثلاث وعشرين", "ar") == 23.0
    assert parse_number("police", "en") is None
    assert parse_number("3 and 4", "en") is None


def test_parse_number_arabic_indic_digits() -> None:
    """parse_number normalises its input (Arabic-Indic digits, ٫)."""
    assert parse_number("٣١٫٧", "ar") == pytest.approx(31.7)


# --- scales ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Officers seized 1.2 million euros.", "en", 1_200_000.0),
        ("La police a saisi 1,2 million d'euros.", "fr", 1_200_000.0),
        ("Se incautaron 1,2 millones de euros.", "es", 1_200_000.0),
        ("ضبط 5 ملايين قرص مخدر", "ar", 5_000_000.0),
        ("مصادرة 2 مليون دولار", "ar", 2_000_000.0),
        ("تجميد 3 مليار جنيه", "ar", 3_000_000_000.0),
        ("ضبط 100 ألف قرص", "ar", 100_000.0),
        ("Se incautaron 3 mil kilos.", "es", 3000.0),
        ("Assets worth $5m were frozen.", "en", 5_000_000.0),
        ("Assets worth £1.2bn were frozen.", "en", 1_200_000_000.0),
        ("Se intervinieron 2 mil millones de pesos.", "es", 2_000_000_000.0),
    ],
)
def test_digits_with_scale_words(text: str, language: str, value: float) -> None:
    """Scale words after digits multiply them (million, millones, ملايين, mil, m, bn)."""
    found = [n for n in nums(text, language) if not n.is_words]
    assert [n.value for n in found] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Customs recovered Rs 3 crore.", 30_000_000.0),
        ("The gang took 2.5 crores from investors.", 25_000_000.0),
        ("Officers found 12 lakh rupees.", 1_200_000.0),
        ("Police seized Rs 8 lac in notes.", 800_000.0),
    ],
)
def test_south_asian_scale_words(text: str, value: float) -> None:
    """English lakh (100,000) and crore (10,000,000) are scales after digits."""
    found = [n for n in nums(text, "en") if not n.is_words]
    assert [n.value for n in found] == [pytest.approx(value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cash of Rs 12,50,000 was recovered.", 1_250_000.0),
        ("Assets worth Rs 3,40,00,000 were frozen.", 34_000_000.0),
        ("He paid Rs 1,05,500.50 in bribes.", 105_500.5),
    ],
)
def test_lakh_grouped_digits(text: str, value: float) -> None:
    """English reads South Asian digit grouping ("12,50,000") as one whole amount."""
    assert values(text, "en") == [pytest.approx(value)]


def test_lakh_grouping_is_english_data_only() -> None:
    """A language whose numbers.toml does not enable lakh_groups does not read "12,50,000"
    as one amount."""
    assert values("Se incautaron 12,50,000 pesos.", "es") != [1_250_000.0]


def test_scale_span_covers_scale_word() -> None:
    """The mention span covers digits and scale word."""
    text = "Se incautaron 1,2 millones de euros."
    n = only(text, "es")
    assert covered(text, "es", n) == "1,2 millones"


def test_spaced_m_is_not_million() -> None:
    """'a 5 m boat' is five metres: a lone 'm' is a scale only in a money context."""
    assert values("They found a 5m boat.", "en") == [5.0]


def test_vague_plural_scale_alone() -> None:
    """'millions d'euros' alone is a vague at-least million."""
    n = only("Des millions d'euros ont été blanchis.", "fr")
    assert (n.value, n.qualifier, n.is_vague) == (1_000_000.0, "at_least", True)


# --- number words ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police arrested three suspects.", "en", 3.0),
        ("They seized two hundred and fifty kilos.", "en", 250.0),
        ("Officers recovered twenty-five pistols.", "en", 25.0),
        ("A total of one thousand and one tablets.", "en", 1001.0),
        ("The ring moved three million two hundred thousand pills.", "en", 3_200_000.0),
        ("They seized twenty-five hundred rounds.", "en", 2500.0),
        ("Les enquêteurs ont interpellé vingt-trois personnes.", "fr", 23.0),
        ("Quatre-vingt-dix armes ont été saisies.", "fr", 90.0),
        ("Quatre-vingt-dix-sept personnes ont été contrôlées.", "fr", 97.0),
        ("Soixante et onze kilos ont été saisis.", "fr", 71.0),
        ("Soixante-dix-sept kilos ont été saisis.", "fr", 77.0),
        ("Quatre-vingts policiers étaient mobilisés.", "fr", 80.0),
        ("Vingt et un suspects ont été interpellés.", "fr", 21.0),
        ("Deux cents kilos ont été saisis.", "fr", 200.0),
        ("Deux mille comprimés ont été saisis.", "fr", 2000.0),
        ("La policía detuvo a veintitrés personas.", "es", 23.0),
        ("Se incautaron doscientos cincuenta kilos.", "es", 250.0),
        ("Fueron detenidos treinta y un sospechosos.", "es", 31.0),
        ("Se intervinieron ciento veinte armas.", "es", 120.0),
        ("Se intervinieron cien mil pastillas.", "es", 100_000.0),
        ("ضبط ثلاثة وعشرون متهما", "ar", 23.0),
        ("ضبط ثلاث وعشرين قطعة سلاح", "ar", 23.0),
        ("ضبط خمسة عشر شخصا", "ar", 15.0),
        ("ضبط ثلاث عشرة سيارة", "ar", 13.0),
        ("ضبط أحد عشر متهما", "ar", 11.0),
        ("ضبط اثنا عشر متهما", "ar", 12.0),
        ("ضبط ثلاثة آلاف وخمسمائة قرص", "ar", 3500.0),
        ("ضبط ألفين وخمسمائة قرص", "ar", 2500.0),
        ("ضبط مائة وخمسة وعشرين كيلو", "ar", 125.0),
        ("ضبط ثلاث مئة كيلو", "ar", 300.0),
        ("ضبط عشرين ألفا من الأقراص", "ar", 20_000.0),
        ("تم القبض على اثنين من المتهمين", "ar", 2.0),
        ("تم القبض على اثنتين من النساء", "ar", 2.0),
    ],
)
def test_number_words(text: str, language: str, value: float) -> None:
    """Spelled-out numbers are composed in all four languages."""
    n = only(text, language)
    assert n.value == value
    assert n.is_words


def test_dozen_words() -> None:
    """'a dozen' is 12 (exact), 'two dozen' 24, 'una docena' 12, 'une douzaine' about 12."""
    assert (only("Police seized a dozen pistols.", "en").value) == 12.0
    assert only("They found two dozen rifles.", "en").value == 24.0
    assert only("Se intervino una docena de armas.", "es").value == 12.0
    n = only("Une douzaine de suspects ont été interpellés.", "fr")
    assert (n.value, n.qualifier) == (12.0, "approximate")


def test_french_approximate_nouns() -> None:
    """'une centaine de', 'un millier de' are approximate amounts."""
    n = only("Une centaine de gendarmes ont participé.", "fr")
    assert (n.value, n.qualifier, n.is_vague) == (100.0, "approximate", False)
    assert only("Un millier de comprimés ont été saisis.", "fr").value == 1000.0


def test_spanish_approximate_nouns() -> None:
    """'un centenar de' is about 100."""
    n = only("Participaron un centenar de agentes.", "es")
    assert (n.value, n.qualifier) == (100.0, "approximate")


def test_arabic_word_span_excludes_proclitic() -> None:
    """'وثلاثة' is reported from the number itself, not from the و conjunction."""
    text = "ضبط سيارتين وثلاثة متهمين"
    n = only(text, "ar")
    assert covered(text, "ar", n) == "ثلاثه"


def test_bare_articles_are_not_numbers() -> None:
    """'a', 'un', 'una' on their own are articles, not the number 1."""
    assert nums("A man was arrested in a raid.", "en") == []
    assert nums("Un homme a été interpellé.", "fr") == []
    assert nums("Uno de los detenidos es una mujer.", "es") == []


def test_arabic_one_of_is_not_a_number() -> None:
    """'أحد المتهمين' (one of the accused) is not the count 1 (أحد needs عشر)."""
    assert nums("فر أحد المتهمين", "ar") == []


def test_arabic_monday_is_not_two() -> None:
    """'يوم الاثنين' is Monday, not the number two."""
    assert nums("تم الضبط يوم الاثنين", "ar") == []


def test_adjacent_unrelated_numbers_split() -> None:
    """'five of the ten' gives two numbers, not one composed number."""
    assert values("Five of the ten suspects were released.", "en") == [5.0, 10.0]


# --- vague quantities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Hundreds of officers took part.", "en", 100.0),
        ("Dozens of suspects were arrested.", "en", 12.0),
        ("Tens of thousands of pills were seized.", "en", 10_000.0),
        ("Several hundred migrants were found.", "en", 100.0),
        ("Several thousand rounds were found.", "en", 1000.0),
        ("A few hundred kilos were seized.", "en", 100.0),
        ("Des centaines de policiers ont été mobilisés.", "fr", 100.0),
        ("Plusieurs centaines de kilos ont été saisis.", "fr", 100.0),
        ("Des dizaines de milliers de comprimés ont été saisis.", "fr", 10_000.0),
        ("Cientos de agentes participaron.", "es", 100.0),
        ("Se incautaron miles de pastillas.", "es", 1000.0),
        ("Varios cientos de kilos fueron incautados.", "es", 100.0),
        ("شارك مئات الأفراد في الحملة", "ar", 100.0),
        ("ضبط عدة مئات من الأقراص", "ar", 100.0),
        ("ضبط عشرات الآلاف من الأقراص", "ar", 10_000.0),
        ("ضبط آلاف الأقراص المخدرة", "ar", 1000.0),
        ("ضبط عشرات المتهمين", "ar", 10.0),
    ],
)
def test_vague_quantities(text: str, language: str, value: float) -> None:
    """Plural quantity words give the unit value, qualifier at_least, is_vague."""
    n = only(text, language)
    assert (n.value, n.qualifier, n.is_vague, n.is_words) == (value, "at_least", True, True)


def test_several_span_includes_prefix() -> None:
    """'عدة مئات' / 'plusieurs centaines' spans start at the vague prefix."""
    text = "ضبط عدة مئات من الأقراص"
    assert covered(text, "ar", only(text, "ar")) == "عده مئات"
    text = "Plusieurs centaines de kilos ont été saisis."
    assert covered(text, "fr", only(text, "fr")) == "plusieurs centaines"


def test_several_alone_is_not_a_number() -> None:
    """'several suspects' has no number (guide: persons_count null)."""
    assert nums("Several suspects were arrested.", "en") == []
    assert nums("Plusieurs suspects ont été interpellés.", "fr") == []
    assert nums("تم القبض على عدة متهمين", "ar") == []


# --- qualifiers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "qualifier", "phrase"),
    [
        ("Police arrested more than 300 people.", "en", "at_least", "more than"),
        ("Police arrested over 300 people.", "en", "at_least", "over"),
        ("Police arrested at least 12 people.", "en", "at_least", "at least"),
        ("Police seized about 300 kilos.", "en", "approximate", "about"),
        ("Police seized nearly 300 kilos.", "en", "approximate", "nearly"),
        ("Police seized an estimated 300 kilos.", "en", "approximate", "an estimated"),
        ("Police seized some two hundred kilos.", "en", "approximate", "some"),
        ("Les gendarmes ont saisi environ 300 kilos.", "fr", "approximate", "environ"),
        ("Les gendarmes ont saisi près de 300 kilos.", "fr", "approximate", "près de"),
        ("Les gendarmes ont saisi quelque 300 kilos.", "fr", "approximate", "quelque"),
        ("Les gendarmes ont saisi plus de 300 kilos.", "fr", "at_least", "plus de"),
        ("Les gendarmes ont interpellé au moins 12 personnes.", "fr", "at_least", "au moins"),
        ("Se incautaron unos 300 kilos.", "es", "approximate", "unos"),
        ("Se incautaron cerca de 300 kilos.", "es", "approximate", "cerca de"),
        ("Se incautaron casi 300 kilos.", "es", "approximate", "casi"),
        ("Se incautaron alrededor de 300 kilos.", "es", "approximate", "alrededor de"),
        ("Se detuvo a más de 30 personas.", "es", "at_least", "más de"),
        ("Se detuvo al menos a 30 personas.", "es", "exact", ""),
        ("Se detuvo a al menos 30 personas.", "es", "at_least", "al menos"),
        ("ضبط حوالي 300 كيلو", "ar", "approximate", "حوالي"),
        ("ضبط نحو 300 كيلو", "ar", "approximate", "نحو"),
        ("ضبط قرابة 300 كيلو", "ar", "approximate", "قرابه"),
        ("ضبط ما يقرب من 300 كيلو", "ar", "approximate", "ما يقرب من"),
        ("ضبط زهاء 300 كيلو", "ar", "approximate", "زهاء"),
        ("ضبط أكثر من 300 كيلو", "ar", "at_least", "اكثر من"),
        ("ضبط ما يزيد على 300 كيلو", "ar", "at_least", "ما يزيد علي"),
        ("ضبط ما يزيد عن 300 كيلو", "ar", "at_least", "ما يزيد عن"),
        ("ضبط ما لا يقل عن 300 كيلو", "ar", "at_least", "ما لا يقل عن"),
        ("ضبط بحوالي 300 كيلو", "ar", "approximate", "حوالي"),
    ],
)
def test_qualifiers(text: str, language: str, qualifier: str, phrase: str) -> None:
    """Qualifier words right before a number set its qualifier and qualifier_start."""
    norm = normalize(text, language).normalized
    n = only(text, language)
    assert n.qualifier == qualifier
    assert norm[n.qualifier_start : n.start].strip() == phrase


def test_qualifier_before_word_number() -> None:
    """Qualifiers also apply to spelled-out numbers ('more than twenty')."""
    n = only("Police arrested more than twenty people.", "en")
    assert (n.value, n.qualifier) == (20.0, "at_least")


def test_qualifier_start_survives_dataclass_replace() -> None:
    """Shifting a mention with dataclasses.replace keeps qualifier_start consistent."""
    n = only("Police arrested more than 300 people.", "en")
    shifted = dataclasses.replace(n, start=n.start + 100, end=n.end + 100)
    assert shifted.start - shifted.qualifier_start == n.start - n.qualifier_start


def test_qualifier_must_be_whole_word() -> None:
    """'moreover 300' is not 'over 300'."""
    assert only("Moreover 300 kilos were seized.", "en").qualifier == "exact"


# --- years, ordinals, dates ------------------------------------------------------------------


def test_year_like_flag() -> None:
    """A bare 4-digit integer 1900-2100 without a unit is flagged is_year_like."""
    n = only("The network was active in 2021.", "en")
    assert (n.value, n.is_year_like) == (2021.0, True)


def test_year_range_number_with_unit_not_year_like() -> None:
    """'2000 kilos' has a unit after it: a quantity, not a year."""
    assert only("Customs seized 2000 kilos.", "en").is_year_like is False


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 3rd suspect fled.", "en"),
        ("He was the 21st person arrested.", "en"),
        ("Le 1er suspect a fui.", "fr"),
        ("C'est la 2e saisie.", "fr"),
        ("Es el 3º detenido.", "es"),
        ("Es la 2ª operación.", "es"),
        ("The third suspect fled.", "en"),
        ("Le troisième suspect a fui.", "fr"),
        ("El tercer detenido huyó.", "es"),
        ("فر المتهم الثالث", "ar"),
    ],
)
def test_ordinals_not_returned(text: str, language: str) -> None:
    """Ordinals are not counts and are not returned."""
    assert nums(text, language) == []


def test_arabic_ordinal_teen_not_ten() -> None:
    """'الحادي عشر' (eleventh) is an ordinal: عشر in it is not the count 10."""
    assert nums("في الحادي عشر من مايو", "ar") == []


@pytest.mark.parametrize(
    "text",
    ["Arrested on 11/05/2022.", "The raid began at 10:30.", "Filed on 2022-05-11."],
)
def test_date_and_time_digits_not_returned(text: str) -> None:
    """Digits of numeric dates and clock times are not counts."""
    assert nums(text, "en") == []


# --- units -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Customs seized 300 kilos.", "en", "mass"),
        ("Customs seized 300 litres of precursors.", "en", "volume"),
        ("Police arrested 30 people.", "en", "count"),
        ("Officers found 300 euros.", "en", "money"),
        ("Officers found $300.", "en", "money"),
        ("La police a saisi 1,2 million d'euros.", "fr", "money"),
        ("ضبط (31.700) كيلو غرام", "ar", "mass"),
        ("ضبط 20 طربة حشيش", "ar", "count"),
        ("Se incautaron 300 toneladas.", "es", "mass"),
    ],
)
def test_unit_class_after_number(text: str, language: str, unit: str) -> None:
    """The unit word after a number is classified (it drives separator decisions)."""
    assert only(text, language).unit_class == unit


def test_arabic_proclitic_on_digits() -> None:
    """A conjunction glued to digits ('و1,2 طن') does not hide the number."""
    assert values("ضبط 3 أطنان و1,2 طن", "ar") == [3.0, pytest.approx(1.2)]


def test_offsets_point_into_given_text() -> None:
    """start/end index the string passed to find_numbers."""
    text = normalize("Police seized 2,915 kilos.", "en").normalized
    n = find_numbers(text, "en")[0]
    assert text[n.start : n.end] == "2,915"


# --- Arabic duals ----------------------------------------------------------------------------


def test_dual_forms_ta_marbuta() -> None:
    """A ta-marbuta noun's dual replaces ه with ت; the construct -تا is included."""
    forms = set(dual_forms("بندقية", "ar"))
    assert forms == {"بندقيهان", "بندقيهين", "بندقيتان", "بندقيتا", "بندقيتين"}


def test_is_dual_of_with_proclitics() -> None:
    """is_dual_of accepts proclitics and both cases."""
    assert is_dual_of("شخصان", "شخص", "ar")
    assert is_dual_of("والشخصين", "شخص", "ar")
    assert is_dual_of("بندقيتا", "بندقية", "ar")
    assert not is_dual_of("شخص", "شخص", "ar")
    assert not is_dual_of("مسدسا", "مسدس", "ar")  # accusative singular, not a dual


def test_is_dual_of_no_oblique() -> None:
    """With oblique=False the -ين form (also a sound plural) is rejected."""
    assert is_dual_of("متهمان", "متهم", "ar", oblique=False)
    assert not is_dual_of("متهمين", "متهم", "ar", oblique=False)


def test_find_numbers_duals() -> None:
    """Duals of given stems are 2 (بندقيتا قنص = 2 sniper rifles; شخصان = 2 persons)."""
    text = "ضبط بندقيتا قنص وتوقيف شخصين"
    found = nums(text, "ar", dual_stems=("بندقية", "شخص"))
    assert [(n.value, n.is_words) for n in found] == [(2.0, True), (2.0, True)]
    assert covered(text, "ar", found[0]) == "بندقيتا"


def test_find_numbers_duals_need_stems() -> None:
    """Without stems no dual is reported."""
    assert nums("ضبط بندقيتا قنص", "ar") == []


def test_dual_followed_by_two_word_not_doubled() -> None:
    """'شخصين اثنين' is one count of 2, reported by the number word."""
    found = nums("توقيف شخصين اثنين", "ar", dual_stems=("شخص",))
    assert [n.value for n in found] == [2.0]


def test_dual_no_oblique_stems() -> None:
    """Stems passed as no-oblique only match the -ان dual."""
    found = nums("توقيف متهمان ومتهمين", "ar", dual_stems_no_oblique=("متهم",))
    assert [n.value for n in found] == [2.0]


# --- general ---------------------------------------------------------------------------------


def test_mixed_sentence_english() -> None:
    """Several numbers in one sentence, in text order."""
    text = "Police arrested 36 people and seized 2,915 kilos and €1.2 million in 2021."
    assert values(text, "en") == [36.0, 2915.0, 1_200_000.0, 2021.0]


def test_empty_text() -> None:
    """Empty text gives no numbers."""
    assert find_numbers("", "fr") == []


# --- fractions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("They seized half a million pills.", "en", 500_000.0),
        ("They laundered two and a half million dollars.", "en", 2_500_000.0),
        ("They seized half a ton of cocaine.", "en", 0.5),
        ("Ils ont saisi un million et demi d'euros.", "fr", 1_500_000.0),
        ("Ils ont saisi une demi-tonne de résine.", "fr", 0.5),
        ("Se incautaron medio millón de euros.", "es", 500_000.0),
        ("Se incautaron dos millones y medio de euros.", "es", 2_500_000.0),
        ("Se incautó media tonelada de hachís.", "es", 0.5),
        ("Se intervino media docena de armas.", "es", 6.0),
        ("ضبط مليون ونصف قرص", "ar", 1_500_000.0),
        ("ضبط نصف مليون قرص", "ar", 500_000.0),
        ("ضبط نصف طن من الحشيش", "ar", 0.5),
        ("ضبط ثلاثة ونصف كيلو", "ar", 3.5),
    ],
)
def test_fractions(text: str, language: str, value: float) -> None:
    """Half (and quarter in Arabic) compose with scales and stand alone before a weight."""
    assert only(text, language).value == value


def test_lone_fraction_without_weight_is_not_a_number() -> None:
    """'half of the suspects' / 'نصف المتهمين' are not quantities."""
    assert nums("Half of the suspects were released.", "en") == []
    assert nums("أفرج عن نصف المتهمين", "ar") == []


def test_million_suffix_with_count_unit() -> None:
    """'2.5m pills': a count unit after the suffix makes 'm' a million."""
    assert only("Police seized 2.5m pills.", "en").value == 2_500_000.0


def test_no_one_is_not_one() -> None:
    """'no one was arrested' has no count."""
    assert nums("No one was arrested.", "en") == []


def test_article_before_a_mass_unit_is_one() -> None:
    """'a tonne', 'une tonne', 'una tonelada' are 1 of a mass unit; a bare article is not."""
    for text, language in (
        ("seized a tonne of cocaine", "en"),
        ("une tonne de cocaïne", "fr"),
        ("una tonelada de cocaína", "es"),
    ):
        (number,) = find_numbers(text, language)
        assert (number.value, number.unit_class) == (1.0, "mass")
    assert find_numbers("arrested a man", "en") == []


def test_half_with_its_own_scale_restates_the_scale() -> None:
    """ "مليون ونصف مليون حبة" is one and a half million, not two and a half."""
    assert values("ضبط مليون ونصف مليون حبة", "ar") == [1_500_000.0]
    assert values("ضبط مليونين ونصف المليون قرص", "ar") == [2_500_000.0]


def test_model_name_digits_are_no_number() -> None:
    """ "AK-47" names a rifle: 47 is no count; the number words after it still are."""
    assert values("an AK-47 and four pistols", "en") == [4.0]


def test_ar_scale_word_and_digits_add_up() -> None:
    """ "مليوناً و200 ألف" is 1,200,000; "3 ملايين و500 ألف" is 3,500,000."""
    assert values("ضبط مليوناً و200 ألف حبة", "ar") == [1_200_000.0]
    assert values("ضبط 3 ملايين و500 ألف قرص", "ar") == [3_500_000.0]


def test_is_dual_of_agrees_with_find_numbers() -> None:
    """is_dual_of accepts a word exactly when find_numbers counts it two for that stem (one
    set of proclitics, read from numbers.toml [clitics])."""
    for word in ("الشخصين", "وبالشخصين", "فللشخصين", "شخصين", "كشخصان", "الشخص", "شخصينا"):
        counted = [n.value for n in nums(word, "ar", dual_stems=("شخص",))] == [2.0]
        assert is_dual_of(word, "شخص", "ar") == counted, word


def test_no_dual_without_dual_grammar() -> None:
    """A language whose numbers.toml has no [dual] table has no dual forms."""
    assert dual_forms("person", "en") == ()
    assert not is_dual_of("persons", "person", "en")


def test_hundreds_noun_after_a_count_is_a_scale() -> None:
    """ "deux centaines" = 200, "dos centenares" = 200; alone they stay vague."""
    assert [n.value for n in find_numbers("deux centaines de cartouches", "fr")] == [200.0]
    assert [n.value for n in find_numbers("dos centenares de balas", "es")] == [200.0]
    (alone,) = find_numbers("des centaines de cartouches", "fr")
    assert alone.is_vague


# --- Spanish scale then digits ("2 mil 500") -------------------------------------------------


def test_es_digits_after_mil_add_to_it() -> None:
    """Mexican '3 mil 750 cartuchos' is one number, 3750."""
    assert only("Aseguraron 3 mil 750 cartuchos.", "es").value == 3750.0


def test_es_bare_mil_then_digits_add() -> None:
    """'mil 400 kilos' is 1400."""
    assert only("Se decomisaron mil 400 kilos de marihuana.", "es").value == 1400.0


def test_es_digits_after_millones_below_the_scale_add() -> None:
    """'4 millones 350 mil pesos' is 4,350,000."""
    assert only("Les aseguraron 4 millones 350 mil pesos.", "es").value == 4_350_000.0


def test_es_digits_after_mil_at_or_above_the_scale_stay_apart() -> None:
    """'8 mil 1998' is no number of the form: a year above the scale stays apart."""
    assert values("Eran 8 mil 1998 fue el año.", "es") == [8000.0, 1998.0]


def test_es_scale_then_y_stays_two_numbers() -> None:
    """'entre 6 mil y 9 mil' are two numbers."""
    assert values("entre 6 mil y 9 mil personas", "es") == [6000.0, 9000.0]
