"""Date expressions as news copy writes them (worker/extraction/dates.py, guide section 3
"date"): parts of the day, nights, counted days, periods and their precision."""

from __future__ import annotations

import datetime

import pytest

from worker.extraction.dates import DateMention, day_after_told, find_dates
from worker.extraction.text import normalize

THU = datetime.date(2026, 5, 14)  # publication day used throughout: a Thursday


def dates(text: str, language: str, published: datetime.date = THU) -> list[tuple[str, str]]:
    normalized = normalize(text, language).normalized
    return [(d.value, d.kind) for d in find_dates(normalized, language, published)]


def values(text: str, language: str, published: datetime.date = THU) -> list[str]:
    return [value for value, _ in dates(text, language, published)]


def mentions(text: str, language: str) -> list[DateMention]:
    return find_dates(normalize(text, language).normalized, language, THU)


# --- nights and parts of the day ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Officers raided the farm on the night of Monday to Tuesday.", "en"),
        ("Les gendarmes sont intervenus dans la nuit de lundi à mardi.", "fr"),
        ("Los agentes actuaron en la noche del lunes al martes.", "es"),
        ("داهمت القوات المزرعة ليلة الاثنين إلى الثلاثاء", "ar"),
        ("داهمت القوات المزرعة ليل الاثنين الثلاثاء", "ar"),
    ],
)
def test_night_of_two_weekdays_is_one_date_of_its_second_day(text: str, language: str) -> None:
    """A night named by its two days is one mention: its second day (after midnight)."""
    assert dates(text, language) == [("2026-05-12", "weekday")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The boat was boarded on the night of 3 to 4 May.", "en"),
        ("Le bateau a été arraisonné dans la nuit du 3 au 4 mai.", "fr"),
        ("La embarcación fue abordada la noche del 3 al 4 de mayo.", "es"),
        ("تم اعتراض القارب ليلة 3 إلى 4 مايو", "ar"),
    ],
)
def test_night_of_two_numbered_days_is_its_second_day(text: str, language: str) -> None:
    """ "the night of 3 to 4 May": one mention, 4 May (after midnight)."""
    assert values(text, language) == ["2026-05-04"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("L'opération s'est déroulée du 3 au 9 mai.", "fr"),
        ("Les gendarmes ont interpellé 30 personnes entre le 3 et le 9 mai.", "fr"),
        ("Between 3 and 9 May, officers arrested 30 people.", "en"),
        ("Officers arrested 30 people on May 3-9.", "en"),
        ("Entre el 3 y el 9 de mayo, los agentes detuvieron a 30 personas.", "es"),
        ("ألقت الشرطة خلال الفترة من 3 إلى 9 مايو القبض على 30 شخصا", "ar"),
    ],
)
def test_longer_day_range_is_its_month(text: str, language: str) -> None:
    """A range longer than a night (a round-up's "du 3 au 9 mai") is one mention told at
    month precision; its value keeps the last day (what keeps operations apart)."""
    (found,) = mentions(text, language)
    assert (found.value, found.period) == ("2026-05-09", "2026-05")


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("Between Monday and Wednesday, officers arrested 30 people.", "en", "2026-05"),
        ("Du lundi au mercredi, les gendarmes ont interpellé 30 personnes.", "fr", "2026-05"),
        ("Entre el lunes y el miércoles, la policía detuvo a 30 personas.", "es", "2026-05"),
        ("Du 27 avril au 3 mai, les gendarmes ont interpellé 30 personnes.", "fr", "2026"),
        ("From April 27 to May 3, officers arrested 30 people.", "en", "2026"),
    ],
)
def test_two_days_joined_as_a_period_are_one_coarser_date(
    text: str, language: str, period: str
) -> None:
    """Two days more than a night apart joined by a range word are one period: the month
    they share, else their year."""
    (found,) = mentions(text, language)
    assert found.period == period


def test_two_weekdays_of_two_actions_stay_apart() -> None:
    """ "arrested on Monday and charged on Friday": two days, each its action's."""
    assert values("Police arrested him on Monday and charged him on Friday.", "en") == [
        "2026-05-11",
        "2026-05-08",
    ]


def test_month_first_to_is_no_range() -> None:
    """ "sentenced on May 3 to 12 years": the day is 3 May, "to 12" is the term."""
    assert values("He was sentenced on May 3 to 12 years in prison.", "en") == ["2026-05-03"]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("Police arrested him early on Tuesday.", "en", "2026-05-12"),
        ("Police arrested him in the early hours of Sunday.", "en", "2026-05-10"),
        ("Police arrested him overnight Tuesday.", "en", "2026-05-12"),
        ("La policía lo detuvo la madrugada del domingo.", "es", "2026-05-10"),
        ("La policía lo detuvo en la tarde de ayer.", "es", "2026-05-13"),
        ("La policía lo detuvo ayer por la noche.", "es", "2026-05-13"),
        ("Les policiers l'ont interpellé hier matin.", "fr", "2026-05-13"),
        ("ألقت الشرطة القبض عليه فجر الثلاثاء", "ar", "2026-05-12"),
        ("ألقت الشرطة القبض عليه مساء أمس", "ar", "2026-05-13"),
        ("ألقت الشرطة القبض عليه عصر أمس", "ar", "2026-05-13"),
    ],
)
def test_parts_of_the_day(text: str, language: str, value: str) -> None:
    """Morning, evening, night and dawn words keep the day they qualify."""
    assert values(text, language) == [value]


def test_relative_word_gives_way_to_the_weekday_next_to_it() -> None:
    """ "أمس الأربعاء" is one mention: the weekday (the article may be dated a day late)."""
    assert dates("ألقت الشرطة القبض عليه أمس الأربعاء", "ar") == [("2026-05-13", "weekday")]


def test_weekday_then_muwafiq_date_is_the_date() -> None:
    """ "يوم الثلاثاء الموافق 12 مايو": one explicit day, the weekday is dropped."""
    assert dates("تم الضبط يوم الثلاثاء الموافق 12 مايو", "ar") == [("2026-05-12", "yearless")]


# --- counted days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested him two days ago.", "en"),
        ("Les gendarmes l'ont interpellé il y a deux jours.", "fr"),
        ("La policía lo detuvo hace dos días.", "es"),
        ("ألقت الشرطة القبض عليه منذ يومين", "ar"),
        ("ألقت الشرطة القبض عليه قبل يومين", "ar"),
    ],
)
def test_days_ago_count_back_from_publication(text: str, language: str) -> None:
    """ "two days ago", "il y a deux jours", "hace dos días", "منذ يومين": a day."""
    assert dates(text, language) == [("2026-05-12", "relative")]


def test_days_before_another_event_are_not_days_ago() -> None:
    """ "قبل يومين من المحاكمة" counts from the trial, not from publication."""
    assert dates("اعتقل قبل يومين من المحاكمة", "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "value", "kind"),
    [
        ("He was first arrested two years ago in Lisbon.", "en", "2024", "year"),
        ("L'homme avait été interpellé il y a trois ans à Nice.", "fr", "2023", "year"),
        ("El hombre fue detenido hace dos años en Vigo.", "es", "2024", "year"),
        ("واعتقل الرجل قبل عامين في بيروت", "ar", "2024", "year"),
        ("واعتقل الرجل منذ ثلاث سنوات في بيروت", "ar", "2023", "year"),
        ("Officers seized the boat six months ago.", "en", "2025-11", "month"),
        ("Les douaniers ont saisi le bateau il y a deux mois.", "fr", "2026-03", "month"),
        ("Los agentes incautaron la lancha hace tres meses.", "es", "2026-02", "month"),
        ("ضبطت الجمارك القارب قبل شهرين", "ar", "2026-03", "month"),
    ],
)
def test_years_and_months_ago_count_back_at_their_precision(
    text: str, language: str, value: str, kind: str
) -> None:
    """ "two years ago", "il y a deux mois", "hace tres meses", "قبل عامين": a year or a
    month counted back from publication, not a day."""
    assert dates(text, language) == [(value, kind)]


def test_years_before_another_event_are_not_years_ago() -> None:
    """ "قبل عامين من المحاكمة" counts from the trial, not from publication."""
    assert dates("اعتقل قبل عامين من المحاكمة", "ar") == []


def test_word_before_a_count_of_years_is_not_read_into_it() -> None:
    """ "arrested two years ago": the mention starts at the count, not at the verb."""
    (found,) = mentions("He was arrested two years ago.", "en")
    assert normalize("He was arrested two years ago.", "en").normalized[found.start :] == (
        "two years ago."
    )


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He was arrested a year ago in Porto.", "en"),
        ("Il a été arrêté il y a un an à Nice.", "fr"),
        ("Fue detenido hace un año en Vigo.", "es"),
    ],
)
def test_a_year_ago_is_last_year(text: str, language: str) -> None:
    """ "a year ago", "il y a un an", "hace un año": the year before publication."""
    assert dates(text, language) == [("2025", "year")]


def test_vague_count_of_days_is_no_date() -> None:
    """ "a few days ago" gives no day."""
    assert dates("Police arrested him a few days ago.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "offset"),
    [
        ("Five days later, officers stopped a lorry.", "en", 5),
        ("Two days earlier, the same men had been seen.", "en", -2),
        ("Trois jours plus tard, il a été interpellé.", "fr", 3),
        ("Dos días después fue detenido.", "es", 2),
        ("وبعد يومين ألقي القبض عليه", "ar", 2),
        ("وبعد ثلاثة أيام ألقي القبض عليه", "ar", 3),
        ("He appeared in court the same day.", "en", 0),
        ("Il avait été repéré l'avant-veille.", "fr", -2),
        ("Fue trasladado ese mismo día.", "es", 0),
    ],
)
def test_days_counted_from_the_day_told_before(text: str, language: str, offset: int) -> None:
    """ "five days later", "trois jours plus tard", "بعد يومين": days from the day before."""
    assert day_after_told(normalize(text, language).normalized, language) == offset


# --- periods and their precision ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("The network was dismantled earlier this month.", "en", "2026-05"),
        ("The network was dismantled late last month.", "en", "2026-04"),
        ("The network was dismantled at the end of April.", "en", "2026-04"),
        ("The network was dismantled in the first week of April.", "en", "2026-04"),
        ("Le réseau a été démantelé en début de mois.", "fr", "2026-05"),
        ("Le réseau a été démantelé au début du mois de mars.", "fr", "2026-03"),
        ("La red fue desarticulada a principios de mes.", "es", "2026-05"),
        ("La red fue desarticulada a finales del mes pasado.", "es", "2026-04"),
        ("La red fue desarticulada el pasado mes de marzo.", "es", "2026-03"),
        ("تم تفكيك الشبكة مطلع الشهر الجاري", "ar", "2026-05"),
        ("تم تفكيك الشبكة مطلع الشهر الماضي", "ar", "2026-04"),
        ("تم تفكيك الشبكة أواخر الشهر الماضي", "ar", "2026-04"),
    ],
)
def test_month_periods(text: str, language: str, value: str) -> None:
    """Month periods keep month precision; a month named after the period is the month."""
    assert dates(text, language) == [(value, "month")]


def test_next_month_period_is_no_date() -> None:
    """ "مطلع الشهر المقبل" is a plan."""
    assert dates("ستنطلق الحملة مطلع الشهر المقبل", "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("La operación se realizó el 3 de este mes.", "es", "2026-05-03"),
        ("La operación se realizó el 3 del mes pasado.", "es", "2026-04-03"),
        ("L'opération a eu lieu le 3 du mois dernier.", "fr", "2026-04-03"),
        ("تمت العملية في الثالث عشر من الشهر الجاري", "ar", "2026-05-13"),
        ("تمت العملية في 3 من الشهر الماضي", "ar", "2026-04-03"),
    ],
)
def test_day_of_a_month_period(text: str, language: str, value: str) -> None:
    """A day before "this month" / "last month" is that month's day."""
    assert values(text, language) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Fue detenido el pasado día 3.", "2026-05-03"),
        ("Fue detenido el día 20.", "2026-04-20"),
    ],
)
def test_spanish_day_alone(text: str, value: str) -> None:
    """ "el pasado día 3": a day of the publication month, else of the month before."""
    assert dates(text, "es") == [(value, "yearless")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested him over the weekend.", "en"),
        ("Les gendarmes l'ont interpellé le week-end dernier.", "fr"),
        ("La policía lo detuvo el pasado fin de semana.", "es"),
    ],
)
def test_weekend_is_the_month_it_falls_in(text: str, language: str) -> None:
    """The latest weekend (9-10 May) gives its month, like a week."""
    assert dates(text, language) == [("2026-05", "month")]


def test_weekend_straddling_two_months_is_no_date() -> None:
    """Published Monday 1 June 2026, the weekend was 30-31 May: month only when one."""
    assert dates("Police arrested him over the weekend.", "en", datetime.date(2026, 6, 2)) == [
        ("2026-05", "month")
    ]
    assert dates("Police arrested him over the weekend.", "en", datetime.date(2025, 6, 2)) == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("He pleaded guilty last year.", "en", "2025"),
        ("He pleaded guilty earlier this year.", "en", "2026"),
        ("Il avait été condamné l'an dernier.", "fr", "2025"),
        ("Il avait été condamné l'année dernière.", "fr", "2025"),
        ("Fue condenado el año pasado.", "es", "2025"),
        ("Fue detenido a principios de año.", "es", "2026"),
        ("صدر بحقه حكم العام الماضي", "ar", "2025"),
        ("ألقي القبض عليه مطلع العام الجاري", "ar", "2026"),
    ],
)
def test_relative_years(text: str, language: str, value: str) -> None:
    """ "last year", "l'an dernier", "el año pasado", "العام الماضي": a year-precision date."""
    assert dates(text, language) == [(value, "year")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It was the biggest seizure this year.", "en"),
        ("Seizures rose sharply compared with last year.", "en"),
        ("Last year's seizures were smaller.", "en"),
        ("Les saisies ont doublé par rapport à l'an dernier.", "fr"),
        ("Es la mayor incautación de este año.", "es"),
    ],
)
def test_years_that_compare_are_no_dates(text: str, language: str) -> None:
    """ "this year" alone, "compared with last year", "last year's": no action date."""
    assert dates(text, language) == []


def test_month_name_keeps_its_year_after_the_period() -> None:
    """ "au début de l'année 2023": the written year, not last year / this year."""
    assert values("Le réseau était actif au début de l'année 2023.", "fr") == ["2023"]


def test_numeric_order_by_language() -> None:
    """3/5/2026 is 3 May in French, Spanish and Arabic (Arabic-Indic digits too); in English
    the reading closest before publication (5 March is before, 3 May too: 3 May wins)."""
    assert values("Interpellé le 3/5/2026.", "fr") == ["2026-05-03"]
    assert values("Detenido el 3/5/2026.", "es") == ["2026-05-03"]
    assert values("تم الضبط بتاريخ ٣/٥/٢٠٢٦", "ar") == ["2026-05-03"]
    assert values("Arrested on 3/5/2026.", "en") == ["2026-05-03"]
    assert values("Arrested on 5/13/2026.", "en") == ["2026-05-13"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تم الضبط في 3 جانفي", "2026-01-03"),
        ("تم الضبط في 3 فيفري", "2026-02-03"),
        ("تم الضبط في 3 أفريل", "2026-04-03"),
        ("تم الضبط في 3 جوان", "2025-06-03"),
        ("تم الضبط في 3 جويلية", "2025-07-03"),
        ("تم الضبط في 3 أوت", "2025-08-03"),
        ("تم الضبط في الثالث من أيار/مايو", "2026-05-03"),
    ],
)
def test_maghreb_and_levantine_month_names(text: str, value: str) -> None:
    """Maghreb (جانفي، فيفري، أفريل، جوان، جويلية، أوت) and paired Levantine month names."""
    assert values(text, "ar") == [value]


def test_night_mention_covers_both_days() -> None:
    """The night's mention spans both weekday names (evidence shows the whole night)."""
    text = "Les gendarmes sont intervenus dans la nuit de lundi à mardi."
    (found,) = mentions(text, "fr")
    assert normalize(text, "fr").normalized[found.start : found.end] == "lundi à mardi"


def test_relative_word_and_weekday_make_one_span() -> None:
    """ "اليوم الاثنين" is one mention covering both words."""
    text = "أعلنت الوزارة اليوم الاثنين ضبط الشحنة"
    (found,) = mentions(text, "ar")
    assert normalize(text, "ar").normalized[found.start : found.end] == "اليوم الاثنين"


@pytest.mark.parametrize(
    ("text", "language", "later"),
    [
        ("seven were later charged with conspiracy", "en", True),
        ("the men were subsequently released", "en", True),
        ("Hours later, he was released", "en", False),
        ("a search later in the evening", "en", False),
        ("ont ensuite été mis en examen", "fr", True),
        ("quelques heures plus tard, il a été relâché", "fr", False),
        ("fue posteriormente puesto en libertad", "es", True),
        ("horas más tarde fue liberado", "es", False),
        ("أحيلوا لاحقا إلى النيابة العامة", "ar", True),
        ("arrested on Monday", "en", False),
    ],
)
def test_told_later(text: str, language: str, later: bool) -> None:
    """ "later" / "ensuite" / "posteriormente" / "لاحقا" tell a step of an untold day; "hours
    later" and "later in the evening" do not."""
    from worker.extraction.dates import told_later

    assert told_later(normalize(text, language).normalized, language) is later


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested him on Tuesday last week.", "en"),
        ("Les gendarmes l'ont interpellé mardi de la semaine dernière.", "fr"),
        ("La policía lo detuvo el martes de la semana pasada.", "es"),
        ("ألقت الشرطة القبض عليه يوم الثلاثاء من الأسبوع الماضي", "ar"),
    ],
)
def test_weekday_of_last_week(text: str, language: str) -> None:
    """ "Tuesday last week" is that week's Tuesday (5 May), not this week's."""
    assert dates(text, language) == [("2026-05-05", "weekday")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("تم الضبط يوم 12 الجاري", "ar"),
        ("L'interpellation a eu lieu le 12 courant.", "fr"),
        ("La detención se produjo el 12 del corriente.", "es"),
    ],
)
def test_day_of_the_current_month(text: str, language: str) -> None:
    """ "يوم 12 الجاري", "le 12 courant", "el 12 del corriente": the 12th of this month."""
    assert values(text, language) == ["2026-05-12"]


def test_current_without_a_day_is_no_date() -> None:
    """ "التحقيق الجاري" (the ongoing investigation) is no date."""
    assert dates("يتواصل التحقيق الجاري مع المتهمين", "ar") == []


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("La Guardia Civil lo detuvo esta madrugada.", "es", "2026-05-14"),
        ("La Guardia Civil lo detuvo la pasada noche.", "es", "2026-05-13"),
        ("La Guardia Civil lo detuvo en la jornada de ayer.", "es", "2026-05-13"),
        ("أوقفت مصالح الأمن المشتبه فيه عشية أمس", "ar", "2026-05-13"),
        ("أوقفت مصالح الأمن المشتبه فيه صبيحة اليوم", "ar", "2026-05-14"),
        ("ألقت الشرطة القبض عليه الليلة الماضية", "ar", "2026-05-13"),
    ],
)
def test_more_relative_day_words(text: str, language: str, value: str) -> None:
    """Regional words for this morning, last night and yesterday evening."""
    assert dates(text, language) == [(value, "relative")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Police arrested 12 last month.", "en"),
        ("La policía detuvo a 12 el mes pasado.", "es"),
        ("Les gendarmes en ont interpellé 12 le mois dernier.", "fr"),
    ],
)
def test_count_before_a_month_period_is_no_day(text: str, language: str) -> None:
    """ "arrested 12 last month": a count, the date is the month (a day needs a link)."""
    assert dates(text, language) == [("2026-04", "month")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Seizures rose in the first half of 2024.", "en"),
        ("Les saisies ont augmenté au premier semestre 2024.", "fr"),
        ("Las incautaciones crecieron durante el tercer trimestre de 2024.", "es"),
        ("ارتفعت المضبوطات خلال النصف الأول من 2024", "ar"),
    ],
)
def test_part_of_a_year_is_that_year(text: str, language: str) -> None:
    """ "the first half of 2024", "premier semestre 2024", "tercer trimestre de 2024",
    "النصف الأول من 2024": a year-precision date."""
    assert dates(text, language) == [("2024", "year")]


@pytest.mark.parametrize(
    ("text", "language", "published", "value"),
    [
        ("He was arrested last summer in Porto.", "en", datetime.date(2026, 1, 20), "2025"),
        ("Il a été interpellé l'été dernier à Nice.", "fr", datetime.date(2026, 9, 20), "2026"),
        ("Fue detenido el verano pasado en Vigo.", "es", datetime.date(2026, 8, 3), "2025"),
        ("واعتقل الصيف الماضي في بيروت", "ar", datetime.date(2026, 10, 1), "2026"),
    ],
)
def test_last_season_is_the_year_of_the_latest_one_over(
    text: str, language: str, published: datetime.date, value: str
) -> None:
    """ "last summer", "l'été dernier": the year of the latest summer over before
    publication (in August, the one before), at year precision."""
    assert dates(text, language, published) == [(value, "year")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Over the past week, officers arrested 45 people.", "en"),
        ("Au cours des sept derniers jours, les policiers ont interpellé 45 personnes.", "fr"),
        ("Durante la última semana, la policía detuvo a 45 personas.", "es"),
        ("ألقت الشرطة خلال الأيام السبعة الماضية القبض على 45 شخصا", "ar"),
    ],
)
def test_past_week_of_a_round_up_is_its_month(text: str, language: str) -> None:
    """ "over the past week", "les sept derniers jours", "la última semana", "الأيام السبعة
    الماضية": a week's round-up, told like last week (its month)."""
    assert dates(text, language) == [("2026-05", "month")]


def test_overnight_into_a_weekday_is_that_weekday() -> None:
    """ "overnight into Tuesday": the relative word and the weekday a range word joins are
    one mention, the weekday (the night's second day), not publication day."""
    assert values("Two men were held overnight into Tuesday in Hull.", "en") == ["2026-05-12"]


# --- a weekday with its day of the month ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("El lunes 4, los agentes detuvieron a dos hombres.", "es"),
        ("Le lundi 4, les policiers ont interpellé deux hommes.", "fr"),
        ("Police arrested two men on Monday the 4th.", "en"),
    ],
)
def test_a_weekday_with_its_day_number_is_that_day(text: str, language: str) -> None:
    """ "El lunes 4" with no month: the last 4th of a month that fell on a Monday (4 May
    2026), not the last Monday before publication (11 May)."""
    assert values(text, language) == ["2026-05-04"]


def test_a_weekday_before_a_count_stays_the_last_such_weekday() -> None:
    """ "El lunes 3 hombres ...": the number counts men; Monday is 11 May."""
    assert values("El lunes 3 hombres fueron detenidos en el puerto.", "es") == ["2026-05-11"]


def test_a_weekday_day_number_that_does_not_fit_falls_back_to_the_weekday() -> None:
    """No 9th fell on a Monday in the two months before publication: the weekday alone."""
    assert values("El lunes 9, los agentes detuvieron a dos hombres.", "es") == ["2026-05-11"]
