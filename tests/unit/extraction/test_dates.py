"""Dates in article text (worker/extraction/dates.py, guide section 3 "date")."""

from __future__ import annotations

import datetime

import pytest

from worker.extraction.dates import DateMention, day_after_told, find_dates, years_told_span
from worker.extraction.text import normalize

FRI = datetime.date(2022, 5, 13)  # publication day used throughout: a Friday


def dates(text: str, language: str, published: datetime.date | None = FRI) -> list[DateMention]:
    return find_dates(normalize(text, language).normalized, language, published)


def one(text: str, language: str, published: datetime.date | None = FRI) -> DateMention:
    found = dates(text, language, published)
    assert len(found) == 1, found
    return found[0]


def covered(text: str, language: str, d: DateMention) -> str:
    return normalize(text, language).normalized[d.start : d.end]


# --- explicit dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police raided the flat on 11 May 2022.", "en", "2022-05-11"),
        ("Police raided the flat on May 11, 2022.", "en", "2022-05-11"),
        ("Police raided the flat on May 11th, 2022.", "en", "2022-05-11"),
        ("Police raided the flat on 11th May 2022.", "en", "2022-05-11"),
        ("The trial opened on Sept. 5, 2021.", "en", "2021-09-05"),
        ("Les gendarmes sont intervenus le 11 mai 2022.", "fr", "2022-05-11"),
        ("Les gendarmes sont intervenus le 1er mars 2021.", "fr", "2021-03-01"),
        ("Les gendarmes sont intervenus le 3 février 2021.", "fr", "2021-02-03"),
        ("Les gendarmes sont intervenus le 3 fevrier 2021.", "fr", "2021-02-03"),
        ("La operación se realizó el 11 de mayo de 2022.", "es", "2022-05-11"),
        ("La operación se realizó el 11 de mayo del 2022.", "es", "2022-05-11"),
        ("La operación se realizó el 2 de septiembre de 2021.", "es", "2021-09-02"),
        ("تم الضبط في 11 مايو 2022", "ar", "2022-05-11"),
        ("تم الضبط في ١١ مايو / أيار ٢٠٢٢", "ar", "2022-05-11"),
        ("تم الضبط في 11 أيار (مايو) 2022", "ar", "2022-05-11"),
        ("تم الضبط في 2 كانون الثاني 2022", "ar", "2022-01-02"),
        ("تم الضبط في 10 تشرين الأول 2021", "ar", "2021-10-10"),
        ("تم الضبط في 3 يوليوز 2021", "ar", "2021-07-03"),
        ("تم الضبط في 5 جانفي 2022", "ar", "2022-01-05"),
        ("تم الضبط في 14 غشت 2021", "ar", "2021-08-14"),
        ("تم الضبط في 11 من مايو عام 2022", "ar", "2022-05-11"),
        ("تم الضبط في 11 مايو 2022م", "ar", "2022-05-11"),
    ],
)
def test_explicit_dates(text: str, language: str, value: str) -> None:
    """Day, month name and year give an explicit date in all four languages."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "explicit")


def test_explicit_date_span() -> None:
    """The span covers both Arabic month names and the year."""
    text = "تم الضبط في ١١ مايو / أيار ٢٠٢٢ بالقاهرة"
    assert covered(text, "ar", one(text, "ar")) == "11 مايو / ايار 2022"


def test_explicit_date_needs_no_publication_date() -> None:
    """Explicit dates are resolved even when the publication date is unknown."""
    assert one("Police raided the flat on 11 May 2022.", "en", None).value == "2022-05-11"


def test_invalid_date_skipped() -> None:
    """31 February is not a date, and its month/year is not reported instead."""
    assert dates("The raid took place on 31 February 2022.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Arrested on 2022-05-11.", "en", "2022-05-11"),
        ("Interpellé le 11/05/2022.", "fr", "2022-05-11"),
        ("Detenido el 11/05/2022.", "es", "2022-05-11"),
        ("Detenido el 11.05.2022.", "es", "2022-05-11"),
        ("تم الضبط بتاريخ 11/05/2022", "ar", "2022-05-11"),
        ("تم الضبط بتاريخ 2022/05/11", "ar", "2022-05-11"),
        ("Arrested on 25/12/2021.", "en", "2021-12-25"),
        ("Arrested on 12/25/2021.", "en", "2021-12-25"),
        ("Interpellé le 11/05/22.", "fr", "2022-05-11"),
    ],
)
def test_numeric_dates(text: str, language: str, value: str) -> None:
    """Numeric dates: ISO, day-first, year-first; English month-first when day-first fails."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "explicit")


def test_english_ambiguous_numeric_date_closest_before_publication() -> None:
    """English 05/04/2022 published 13 May 2022: 4 May (US) is closer than 5 April (UK)."""
    assert one("Arrested on 05/04/2022.", "en").value == "2022-05-04"


def test_english_ambiguous_numeric_date_future_reading_rejected() -> None:
    """English 04/06/2022 published 13 May 2022: 4 June is after publication, so 6 April."""
    assert one("Arrested on 04/06/2022.", "en").value == "2022-04-06"


def test_non_english_numeric_dates_are_day_first() -> None:
    """fr 05/04/2022 is 5 April whatever the publication date."""
    assert one("Interpellé le 05/04/2022.", "fr").value == "2022-04-05"


# --- year-less dates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police raided the flat on 11 May.", "en", "2022-05-11"),
        ("Police raided the flat on May 11.", "en", "2022-05-11"),
        ("Les gendarmes sont intervenus le 11 mai.", "fr", "2022-05-11"),
        ("Les gendarmes sont intervenus le 1er mai.", "fr", "2022-05-01"),
        ("Les gendarmes sont intervenus le premier mai.", "fr", "2022-05-01"),
        ("La operación se realizó el 11 de mayo.", "es", "2022-05-11"),
        ("تم الضبط في 11 أيار", "ar", "2022-05-11"),
        ("تم الضبط في الحادي عشر من مايو", "ar", "2022-05-11"),
        ("تم الضبط في الخامس والعشرين من أبريل", "ar", "2022-04-25"),
        ("تم الضبط في 5 جانفي", "ar", "2022-01-05"),
    ],
)
def test_yearless_dates(text: str, language: str, value: str) -> None:
    """A day and month without year take the publication year when on or before it."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "yearless")


def test_yearless_after_publication_goes_to_previous_year() -> None:
    """'on 20 December' published 13 May 2022 is 20 December 2021."""
    assert one("Police raided the flat on 20 December.", "en").value == "2021-12-20"


def test_yearless_on_publication_day_is_same_year() -> None:
    """'on 13 May' published 13 May 2022 is that same day."""
    assert one("Police raided the flat on 13 May.", "en").value == "2022-05-13"


def test_yearless_without_publication_date_skipped() -> None:
    """Without a publication date a year-less date cannot be resolved."""
    assert dates("Police raided the flat on 11 May.", "en", None) == []


def test_yearless_feb_29_in_non_leap_year_skipped() -> None:
    """29 February has no on-or-before year among 2022 and 2021: skipped."""
    assert dates("Police raided the flat on 29 February.", "en") == []


# --- month and year precision ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The network was dismantled in May 2022.", "en", "2022-05"),
        ("The network was dismantled in May of 2021.", "en", "2021-05"),
        ("Le réseau a été démantelé en mai 2022.", "fr", "2022-05"),
        ("La red fue desarticulada en mayo de 2022.", "es", "2022-05"),
        ("تم تفكيك الشبكة في مايو 2022", "ar", "2022-05"),
        ("تم تفكيك الشبكة في أيار 2022", "ar", "2022-05"),
        ("تم تفكيك الشبكة في مايو / أيار 2022", "ar", "2022-05"),
    ],
)
def test_month_and_year(text: str, language: str, value: str) -> None:
    """A month with a year gives YYYY-MM."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "month")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The network was dismantled in March.", "en", "2022-03"),
        ("The network was dismantled last May.", "en", "2021-05"),
        ("Le réseau a été démantelé en mars.", "fr", "2022-03"),
        ("Le réseau a été démantelé en mai dernier.", "fr", "2021-05"),
        ("La red fue desarticulada en marzo.", "es", "2022-03"),
        ("La red fue desarticulada el pasado mayo.", "es", "2021-05"),
        ("تم تفكيك الشبكة في شهر مارس", "ar", "2022-03"),
        ("تم تفكيك الشبكة في مايو الماضي", "ar", "2021-05"),
        ("تم تفكيك الشبكة في مايو الجاري", "ar", "2022-05"),
    ],
)
def test_month_alone_with_cue(text: str, language: str, value: str) -> None:
    """A month alone after a cue is resolved on or before publication (strictly with 'last')."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "month")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("La operación se desarrolló durante el mes de marzo.", "es", "2022-03"),
        ("L'enquête a abouti au mois de mars.", "fr", "2022-03"),
        ("The raids took place during the month of March.", "en", "2022-03"),
    ],
)
def test_month_alone_after_month_of(text: str, language: str, value: str) -> None:
    """ "durante el mes de marzo", "au mois de mars": the month noun and link cue the month."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "month")


def test_month_alone_without_cue_skipped() -> None:
    """A bare month name ('May' as a modal verb, 'mars' the planet) is not a date."""
    assert dates("Suspects may face charges.", "en") == []
    assert dates("Le rover explore Mars.", "fr") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The network was active in 2021.", "en"),
        ("The network has been active since 2021.", "en"),
        ("The network grew from mid-2021.", "en"),
        ("Le réseau était actif en 2021.", "fr"),
        ("Le réseau est actif depuis 2021.", "fr"),
        ("La red operaba en 2021.", "es"),
        ("La red operaba desde 2021.", "es"),
        ("La red operaba a finales de 2021.", "es"),
        ("نشطت الشبكة عام 2021", "ar"),
        ("نشطت الشبكة في عام 2021", "ar"),
        ("نشطت الشبكة منذ 2021", "ar"),
    ],
)
def test_year_with_cue(text: str, language: str) -> None:
    """A year after a cue word gives YYYY."""
    d = one(text, language)
    assert (d.value, d.kind) == ("2021", "year")


def test_bare_four_digit_number_not_a_year() -> None:
    """'2000 people' and 'the 2021 raid' have no year cue: no date."""
    assert dates("Police arrested 2000 people.", "en") == []
    assert dates("The 2021 raid was a success.", "en") == []


# --- weekdays --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police arrested him on Tuesday.", "en", "2022-05-10"),
        ("Les gendarmes l'ont interpellé mardi.", "fr", "2022-05-10"),
        ("La policía lo detuvo el martes.", "es", "2022-05-10"),
        ("La policía lo detuvo el miércoles.", "es", "2022-05-11"),
        ("La policía lo detuvo el miercoles.", "es", "2022-05-11"),
        ("ألقت الشرطة القبض عليه يوم الثلاثاء", "ar", "2022-05-10"),
        ("ألقت الشرطة القبض عليه يوم الأحد", "ar", "2022-05-08"),
        ("ألقت الشرطة القبض عليه يوم الاثنين", "ar", "2022-05-09"),
    ],
)
def test_weekday_most_recent_on_or_before(text: str, language: str, value: str) -> None:
    """A weekday is the most recent such day on or before the publication date."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "weekday")


def test_weekday_same_as_publication_day() -> None:
    """'on Friday' in an article published on a Friday is the publication day."""
    assert one("Police arrested him on Friday.", "en").value == "2022-05-13"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested him last Friday.", "en"),
        ("Les gendarmes l'ont interpellé vendredi dernier.", "fr"),
        ("La policía lo detuvo el pasado viernes.", "es"),
        ("La policía lo detuvo el viernes pasado.", "es"),
        ("ألقت الشرطة القبض عليه الجمعة الماضي", "ar"),
    ],
)
def test_weekday_with_last_is_strictly_before(text: str, language: str) -> None:
    """'last Friday' published on a Friday is a week earlier."""
    assert one(text, language).value == "2022-05-06"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The suspect will appear in court next Monday.", "en"),
        ("Le suspect sera jugé lundi prochain.", "fr"),
        ("El sospechoso comparecerá el próximo lunes.", "es"),
        ("سيمثل المتهم أمام المحكمة الاثنين المقبل", "ar"),
    ],
)
def test_weekday_with_next_is_not_a_date(text: str, language: str) -> None:
    """A 'next' weekday is a plan, not an action date."""
    assert dates(text, language) == []


def test_weekday_without_publication_date_skipped() -> None:
    """Without a publication date a weekday cannot be resolved."""
    assert dates("Police arrested him on Tuesday.", "en", None) == []


def test_weekday_next_to_explicit_date_dropped() -> None:
    """'Tuesday, May 10, 2022' is one explicit date, not also a weekday."""
    found = dates("Police arrested him on Tuesday, May 10, 2022.", "en")
    assert [(d.value, d.kind) for d in found] == [("2022-05-10", "explicit")]
    found = dates("تم الضبط يوم الثلاثاء ١٠ مايو ٢٠٢٢", "ar")
    assert [(d.value, d.kind) for d in found] == [("2022-05-10", "explicit")]


# --- relative words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police arrested him yesterday.", "en", "2022-05-12"),
        ("Police arrested him the day before yesterday.", "en", "2022-05-11"),
        ("Police arrested him this morning.", "en", "2022-05-13"),
        ("Police arrested him last night.", "en", "2022-05-12"),
        ("Les gendarmes l'ont interpellé hier.", "fr", "2022-05-12"),
        ("Les gendarmes l'ont interpellé avant-hier.", "fr", "2022-05-11"),
        ("Les gendarmes l'ont interpellé ce matin.", "fr", "2022-05-13"),
        ("Les gendarmes l'ont interpellé aujourd'hui.", "fr", "2022-05-13"),
        ("La policía lo detuvo ayer.", "es", "2022-05-12"),
        ("La policía lo detuvo anteayer.", "es", "2022-05-11"),
        ("La policía lo detuvo esta mañana.", "es", "2022-05-13"),
        ("La policía lo detuvo hoy.", "es", "2022-05-13"),
        ("ألقت الشرطة القبض عليه أمس", "ar", "2022-05-12"),
        ("ألقت الشرطة القبض عليه البارحة", "ar", "2022-05-12"),
        ("ألقت الشرطة القبض عليه أول أمس", "ar", "2022-05-11"),
        ("ألقت الشرطة القبض عليه صباح اليوم", "ar", "2022-05-13"),
        ("ألقت الشرطة القبض عليه اليوم", "ar", "2022-05-13"),
    ],
)
def test_relative_words(text: str, language: str, value: str) -> None:
    """Relative day words are the publication date plus their offset."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "relative")


def test_relative_word_span_multiword() -> None:
    """'أول أمس' is one mention covering both words."""
    text = "ألقت الشرطة القبض عليه أول أمس"
    assert covered(text, "ar", one(text, "ar")) == "اول امس"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Today's hearing was postponed.", "en"),
        ("The case has been open until today.", "en"),
        ("وفي اليوم التالي أفرج عنه", "ar"),
        ("في نفس اليوم أفرج عنه", "ar"),
    ],
)
def test_relative_blockers(text: str, language: str) -> None:
    """'today's', 'until today', 'اليوم التالي' (the next day) are not publication-relative."""
    assert dates(text, language) == []


def test_relative_without_publication_date_skipped() -> None:
    """Without a publication date a relative word cannot be resolved."""
    assert dates("La policía lo detuvo ayer.", "es", None) == []


def test_publication_datetime_accepted() -> None:
    """A datetime publication value works like its date."""
    published = datetime.datetime(2022, 5, 13, 23, 30)
    assert one("La policía lo detuvo ayer.", "es", published).value == "2022-05-12"


# --- general ---------------------------------------------------------------------------------


def test_several_dates_in_text_order() -> None:
    """Every date of a sentence is returned, in text order."""
    text = "Arrested on Tuesday, charged on 11 May and convicted in 2021."
    assert [d.value for d in dates(text, "en")] == ["2022-05-10", "2022-05-11", "2021"]


def test_numbers_in_text_are_not_dates() -> None:
    """Quantities are not dates ('11 kilos', '3.5 tonnes')."""
    assert dates("Police seized 11 kilos and 3.5 tonnes.", "en") == []


def test_empty_text() -> None:
    """Empty text gives no dates."""
    assert find_dates("", "ar", FRI) == []


def test_abbreviated_month_alone_is_not_a_date() -> None:
    """Spanish 'mar' (sea) / 'may' are month abbreviations only next to a day number."""
    assert dates("El alijo llegó en el mar.", "es") == []
    assert dates("La droga llegó por mar 2022 veces.", "es") == []
    assert one("Detenido el 11 mar 2022.", "es").value == "2022-03-11"


def test_english_abbreviated_month_with_year() -> None:
    """English 'Jan 2022' is a month with year."""
    d = one("The network was dismantled in Jan 2022.", "en")
    assert (d.value, d.kind) == ("2022-01", "month")


def test_egyptian_month_spelling_with_year() -> None:
    """Egyptian 'يونية' (June) with a year is a month date."""
    d = one("تم تفكيك الشبكة في يونية 2021", "ar")
    assert (d.value, d.kind) == ("2021-06", "month")


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Customs seized the cargo last month.", "en", "2022-04"),
        ("La Policía detuvo al sospechoso el mes pasado.", "es", "2022-04"),
        ("Les douaniers ont saisi la cargaison le mois dernier.", "fr", "2022-04"),
        ("ضبطت الشرطة الشحنة الشهر الماضي", "ar", "2022-04"),
    ],
)
def test_last_month_is_month_precision(text: str, language: str, value: str) -> None:
    """ "last month" is the month before publication, at month precision."""
    d = one(text, language)
    assert (d.value, d.kind) == (value, "month")


def test_this_week_inside_one_month_is_that_month() -> None:
    """ "this week" in a week wholly in May (published Friday 13 May) is May 2022."""
    d = one("Police arrested two men this week.", "en")
    assert (d.value, d.kind) == ("2022-05", "month")


def test_week_straddling_two_months_gives_no_date() -> None:
    """ "last week" spanning April and May cannot name one month: no date."""
    assert dates("Police arrested two men last week.", "en", datetime.date(2022, 5, 6)) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police arrested him in March last year.", "en", "2021-03"),
        ("Il avait été interpellé en mars de l'année dernière.", "fr", "2021-03"),
        ("Fue detenido en marzo del año pasado.", "es", "2021-03"),
        ("ضبطت الشرطة المتهمين في مارس من العام الماضي", "ar", "2021-03"),
        ("Fue detenido el 3 de marzo del año pasado.", "es", "2021-03-03"),
    ],
)
def test_month_of_last_year(text: str, language: str, value: str) -> None:
    """A month or day followed by "last year" is in the year before publication."""
    assert one(text, language).value == value


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The agents seized the boat on 14 September of that year.", "en", "2003-09-14"),
        ("Los agentes lo detuvieron el 14 de septiembre de ese año.", "es", "2003-09-14"),
        ("Les gendarmes l'ont arrêté en septembre de la même année.", "fr", "2003-09"),
        ("وأحالتهم النيابة إلى المحكمة في يونيو من العام نفسه", "ar", "2003-06"),
    ],
)
def test_month_of_that_year_takes_the_year_told_before(
    text: str, language: str, value: str
) -> None:
    """ "of that year" takes the year written before the sentence (here 2003)."""
    found = find_dates(normalize(text, language).normalized, language, FRI, 2003)
    assert [d.value for d in found] == [value]


def test_arabic_two_month_names_without_separator() -> None:
    """Standard and Levantine month names side by side ("أبريل نيسان 2022") are one date."""
    assert one("سلمت هندوراس المتهم في أبريل نيسان 2021", "ar").value == "2021-04"


@pytest.mark.parametrize(
    ("text", "language", "offset"),
    [
        ("Both men were released the following day.", "en", 1),
        ("Il a été relâché le lendemain.", "fr", 1),
        ("Fue liberado al día siguiente.", "es", 1),
        ("وأفرج عنه في اليوم التالي", "ar", 1),
        ("Il avait été interpellé la veille.", "fr", -1),
    ],
)
def test_day_after_the_day_told_before(text: str, language: str, offset: int) -> None:
    """ "the following day", "le lendemain", "la veille": days from the day told before."""
    assert day_after_told(normalize(text, language).normalized, language) == offset


def test_arabic_short_month_name_is_a_full_name() -> None:
    """Arabic writes no abbreviated month (dates.toml abbreviations = false): the two-letter
    Levantine آب (August) counts, alone with a year too."""
    assert one("اعتقل المتهم في 3 آب 2021", "ar").value == "2021-08-03"
    assert one("وقعت العملية في آب 2021", "ar").value == "2021-08"


def test_french_abbreviation_with_a_year_alone_is_no_date() -> None:
    """Only a language with abbreviations_with_year (English "Jan 2022") reads an abbreviated
    month with a year alone: French "janv 2022" needs a day."""
    assert dates("la saisie de janv 2022", "fr") == []
    assert one("la saisie du 3 janv 2022", "fr").value == "2022-01-03"


def test_arabic_evening_of_the_day_before_yesterday() -> None:
    """ "مساء أمس الأول" is two days before publication, not yesterday."""
    assert one("داهمت الشرطة مساء أمس الأول منزلا في الحي", "ar").value == "2022-05-11"


def test_hijri_numeric_date_is_not_a_date() -> None:
    """A Hijri date written in digits ("12-10-1443هـ") beside the weekday is no Gregorian
    date: only the weekday is read."""
    found = dates("ضبطت الشرطة يوم الأربعاء 12-10-1443هـ شحنة من الحشيش", "ar")
    assert [d.value for d in found] == ["2022-05-11"]


def test_years_counted_from_the_date_told_before() -> None:
    """ "three years later", "deux ans plus tôt", "un año después", "بعد عامين": years
    counted from the date told before (negative when earlier)."""
    assert (years_told_span("in peru three years later", "en") or (0, 0, 0))[2] == 3
    assert (years_told_span("à malaga deux ans plus tôt", "fr") or (0, 0, 0))[2] == -2
    assert (years_told_span("en quito un año después", "es") or (0, 0, 0))[2] == 1
    assert (years_told_span("وبعد عامين", "ar") or (0, 0, 0))[2] == 2
