"""Which date goes to which event (guide section 3 "date"): the action's own day, a day told
earlier in the same operation, not the day a statement was made, and background rulings
with their own year."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract


def test_old_plea_and_sentence_in_one_sentence_are_one_ruling(extract_all: Extract) -> None:
    """ "pleaded guilty last year ... and was sentenced": one background sentence of last
    year, no separate conviction."""
    text = (
        "A jury in Dallas on Thursday found a 31-year-old man guilty of drug trafficking. "
        "His cousin, Mark Doyle, pleaded guilty last year to a related charge and was "
        "sentenced to eight years in prison."
    )
    events = extract_all(text, "en", "2024-03-15")
    old = [(e.type, e.occurred_on) for e in events if e.background]
    assert old == [("sentence", "2023")]


def test_statement_day_after_a_long_speaker_name_is_skipped(extract_all: Extract) -> None:
    """ "أعلنت المديرية ... في وزارة الداخلية، اليوم الاثنين، القبض على": the day set off by
    commas after the speaker is the statement's; the arrest has no day of its own."""
    text = (
        "أعلنت المديرية العامة لمكافحة المخدرات في وزارة الداخلية، اليوم الاثنين، القبض "
        "على خمسة متهمين بحيازة مواد مخدرة في محافظة البصرة."
    )
    (arrest,) = [e for e in extract_all(text, "ar", "2024-06-03") if e.type == "arrest"]
    assert arrest.occurred_on is None


def test_statement_day_after_a_bracketed_name_is_skipped(extract_all: Extract) -> None:
    """ "قالت وكالة الشرطة الأوروبية (يوروبول) اليوم الخميس إن": Thursday is the statement's;
    the raids' Tuesday, told after "أن", is the operation's."""
    text = (
        "قالت وكالة الشرطة الأوروبية (يوروبول) اليوم الخميس إن الشرطة اعتقلت 20 شخصا في "
        "إسبانيا وفرنسا. وأوضحت الوكالة في بيان أن المحققين نفذوا يوم الثلاثاء 30 عملية "
        "مداهمة في مدريد وليون."
    )
    events = extract_all(text, "ar", "2023-04-13")
    assert {(e.type, e.occurred_on) for e in events} >= {
        ("arrest", "2023-04-11"),
        ("raid", "2023-04-11"),
    }


def test_day_after_said_that_is_the_actions(extract_all: Extract) -> None:
    """ "Police said that on Tuesday officers arrested four men": the reported clause has
    begun, Tuesday is the arrest's."""
    text = "Police said that on Tuesday officers arrested four men in Leeds."
    (arrest,) = [e for e in extract_all(text, "en", "2024-03-15") if e.type == "arrest"]
    assert arrest.occurred_on == "2024-03-12"


def test_plan_day_in_the_sentence_before_is_not_carried(extract_all: Extract) -> None:
    """ "... were charged yesterday and will appear in court today. Officers found ...":
    the undated seizure does not take the hearing's day."""
    text = (
        "Two men were charged yesterday and will appear before magistrates today. Officers "
        "found 30 kilograms of cocaine in their van."
    )
    (seizure,) = [e for e in extract_all(text, "en", "2024-03-15") if e.type == "seizure"]
    assert seizure.occurred_on == "2024-03-14"


def test_days_later_in_the_sentence_before_give_the_day(extract_all: Extract) -> None:
    """ "On 4 March ... Six days later, officers stopped a lorry. A search found ... The
    driver was arrested": the search and the arrest are on 10 March."""
    text = (
        "On 4 March officers at the port found 300 kilograms of cocaine in a container.\n\n"
        "Six days later, officers stopped a lorry at the same port. A search of the trailer "
        "found 20 kilograms of heroin. The driver was arrested at the scene."
    )
    events = extract_all(text, "en", "2024-03-15")
    assert [e.occurred_on for e in events if e.type == "arrest"] == ["2024-03-10"]
    assert sorted(str(e.occurred_on) for e in events if e.type == "seizure") == [
        "2024-03-04",
        "2024-03-10",
    ]


def test_undated_action_takes_the_day_of_the_action_before_it(extract_all: Extract) -> None:
    """The lead's day reaches the raids of the next paragraph, and through them the arrests
    told after them, not the day of the later court step."""
    text = (
        "Un réseau de trafic de cocaïne opérait depuis deux ans à Nîmes. Les enquêteurs le "
        "surveillaient depuis l'été.\n\nLe mardi 12 mars, les gendarmes ont démantelé ce "
        "réseau.\n\nDès 6 heures, dix perquisitions ont été menées. Six personnes ont été "
        "interpellées.\n\nQuatre d'entre elles ont été mises en examen vendredi."
    )
    events = extract_all(text, "fr", "2024-03-18")
    assert [(e.type, e.occurred_on) for e in events if e.type in ("arrest", "raid")] == [
        ("raid", "2024-03-12"),
        ("arrest", "2024-03-12"),
    ]


def test_later_step_takes_no_day_from_the_operation(extract_all: Extract) -> None:
    """ "Eleven people were arrested on Tuesday ... seven were later charged": the charge's
    day is not told."""
    text = (
        "Eleven people were arrested on Tuesday after police raided homes in Liverpool. Of "
        "those arrested, seven were later charged with conspiracy to supply cocaine."
    )
    events = extract_all(text, "en", "2025-10-16")
    assert {(e.type, e.occurred_on) for e in events if e.type in ("arrest", "charge")} == {
        ("arrest", "2025-10-14"),
        ("charge", None),
    }


def test_later_step_of_an_old_story_is_background(extract_all: Extract) -> None:
    """ "In March 2022 officers found 500 kilograms ... three men were later jailed": an old
    ruling, background, with no day of its own."""
    text = (
        "Police in Bangkok arrested a fugitive on Thursday. In March 2022 border officers "
        "found 500 kilograms of cocaine in a cargo ship, and three men were later jailed over "
        "the plot."
    )
    (sentence,) = [e for e in extract_all(text, "en", "2025-11-22") if e.type == "sentence"]
    assert (sentence.background, sentence.occurred_on) == (True, None)


def test_ruling_issued_on_a_day_has_that_day(extract_all: Extract) -> None:
    """ "أصدرت محكمة أمن الدولة، الثلاثاء، حكما": the verb issues the ruling, so Tuesday is
    the sentence's day, not a statement's."""
    text = (
        "أصدرت محكمة أمن الدولة، الثلاثاء، حكما بوضع ثلاثة متهمين بالأشغال المؤقتة مدة عشر "
        "سنوات بعد إدانتهم بتهريب المخدرات."
    )
    (sentence,) = [e for e in extract_all(text, "ar", "2025-07-09") if e.type == "sentence"]
    assert sentence.occurred_on == "2025-07-08"


def test_date_of_an_action_named_in_a_ruling_is_not_the_rulings(extract_all: Extract) -> None:
    """ "impone cuatro años ... a los tripulantes de la narcolancha interceptada en noviembre
    de 2022": the interception's month is neither the ruling's day nor a reason to call the
    ruling background."""
    text = (
        "La Audiencia de Cádiz condenó el jueves a seis años de prisión al patrón de la "
        "narcolancha. El tribunal impone además cuatro años de prisión a cada uno de los dos "
        "tripulantes de la embarcación interceptada en noviembre de 2022."
    )
    rulings = [e for e in extract_all(text, "es", "2025-10-17") if e.type == "sentence"]
    assert {(e.occurred_on, e.background) for e in rulings} == {("2025-10-16", False)}


def test_statement_days_after_more_speech_verbs(extract_all: Extract) -> None:
    """ "dijo el martes", "told reporters on Friday": the statement's day, not the action's."""
    text = "La policía dijo el martes que detuvo a cinco personas en Cádiz."
    (arrest,) = [e for e in extract_all(text, "es", "2024-03-15") if e.type == "arrest"]
    assert arrest.occurred_on is None
    text = "The police chief told reporters on Friday that officers arrested five men."
    (arrest,) = [e for e in extract_all(text, "en", "2024-03-15") if e.type == "arrest"]
    assert arrest.occurred_on is None


def test_reported_clause_with_a_pronoun_suffix(extract_all: Extract) -> None:
    """ "وأضاف أنه في 3 مايو داهمت الفرق ...": the day after "أنه" is the raid's."""
    text = (
        "قال مدير الإدارة العامة لمكافحة المخدرات إن معلومات وردت عن تشكيل عصابي. وأضاف أنه "
        "في 3 مايو داهمت الفرق المختصة شقة سكنية وتمكنت من القبض على المتهمين التسعة."
    )
    events = extract_all(text, "ar", "2023-05-10")
    assert {(e.type, e.occurred_on) for e in events if e.type in ("raid", "arrest")} == {
        ("raid", "2023-05-03"),
        ("arrest", "2023-05-03"),
    }


def test_verdict_verb_is_no_statement(extract_all: Extract) -> None:
    """ "declaró este jueves culpables": "declaró" delivers the verdict, Thursday is its."""
    text = "El tribunal declaró este jueves culpables a tres acusados de tráfico de drogas."
    (verdict,) = [e for e in extract_all(text, "es", "2025-10-03") if e.type == "conviction"]
    assert verdict.occurred_on == "2025-10-02"


def test_undated_lead_takes_the_day_of_its_detail_sentence(extract_all: Extract) -> None:
    """ "Colombia ha extraditado a España a ... / Llegó el miércoles a Barajas": the sentence
    after the lead tells the same operation and gives its day."""
    text = (
        "Colombia ha extraditado a España a Jairo Ortiz, un ciudadano colombiano reclamado por "
        "la Audiencia Nacional.\n\nOrtiz llegó el miércoles al aeropuerto de Barajas en un "
        "vuelo procedente de Bogotá."
    )
    (extradition,) = extract_all(text, "es", "2023-12-01")
    assert extradition.occurred_on == "2023-11-29"


def test_lead_detail_day_that_bounds_a_period_is_not_taken(extract_all: Extract) -> None:
    """ "Investigators had followed him since 4 March": a bound, not the extradition's day."""
    text = (
        "A man wanted for cocaine smuggling has been extradited from Spain to the UK. "
        "Investigators had followed him since 4 March."
    )
    (extradition,) = extract_all(text, "en", "2024-03-15")
    assert extradition.occurred_on is None


def test_old_date_of_a_relative_clause_action_is_not_the_extradition_day(
    extract_all: Extract,
) -> None:
    """ "The suspect, who was first detained in October, was extradited on Tuesday": October
    is the arrest's (background), Tuesday the extradition's (news)."""
    text = (
        "The suspect, who was first detained in October in Madrid, was extradited to the "
        "United States on Tuesday."
    )
    events = {e.type: (e.occurred_on, e.background) for e in extract_all(text, "en")}
    assert events == {"extradition": ("2024-03-12", False), "arrest": ("2023-10", True)}


def test_ar_year_of_a_numbered_law_is_no_date(extract_all: Extract) -> None:
    """ "وفق المادة 28 من القانون رقم 50 لسنة 2017": the law's year, not the ruling's."""
    text = (
        "أصدرت محكمة الجنايات يوم الأحد حكما بالسجن المؤبد بحق متهم بالاتجار بالمخدرات، استنادا "
        "إلى القانون رقم 50 لسنة 2017، كما حكمت على متهم ثان بالسجن عشر سنوات."
    )
    events = [e for e in extract_all(text, "ar", "2025-06-25") if e.type == "sentence"]
    assert events
    assert all(not e.background for e in events)
    assert all(e.occurred_on != "2017" for e in events)


def test_arrest_years_ago_takes_that_year_not_the_extraditions_day(
    extract_all: Extract,
) -> None:
    """ "detenido hace dos años ... y extraditado el lunes": the old arrest is of two years
    before publication; the extradition keeps its Monday."""
    text = "El hombre fue detenido hace dos años en Francia y extraditado el lunes a España."
    events = extract_all(text, "es", "2025-06-10")
    assert {(e.type, e.occurred_on) for e in events} == {
        ("arrest", "2023"),
        ("extradition", "2025-06-09"),
    }


def test_round_up_of_a_range_of_days_is_dated_by_its_month(extract_all: Extract) -> None:
    """ "du 3 au 9 juin, les gendarmes ont interpellé 30 personnes": the events of a
    week's round-up take the month, not the range's last day."""
    text = (
        "Du 3 au 9 juin, les gendarmes ont interpellé 30 personnes et saisi 12 kilos de "
        "cannabis dans le département."
    )
    events = extract_all(text, "fr", "2024-06-12")
    assert {(e.type, e.occurred_on) for e in events} == {
        ("arrest", "2024-06"),
        ("seizure", "2024-06"),
    }


def test_day_right_before_the_statement_verb_is_the_statements(extract_all: Extract) -> None:
    """ "Police on Wednesday said they arrested two men on Monday": Wednesday is the day of
    the statement, Monday the arrest's."""
    text = "Police in Leeds on Wednesday said they arrested two men on Monday near the station."
    (arrest,) = [e for e in extract_all(text, "en", "2024-04-11") if e.type == "arrest"]
    assert arrest.occurred_on == "2024-04-08"


def test_hearing_day_of_the_next_sentence_is_not_the_arrests(extract_all: Extract) -> None:
    """ "Two men were arrested in Hull. They appeared in court on Wednesday.": Wednesday is
    the hearing's; the arrest's day is not told."""
    text = "Two men were arrested in Hull with cocaine. They appeared in court on Wednesday."
    (arrest,) = [e for e in extract_all(text, "en", "2024-04-11") if e.type == "arrest"]
    assert arrest.occurred_on is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Deux hommes interpellés à Nantes avec de la cocaïne ont été présentés mercredi "
            "à un juge d'instruction.",
            "fr",
        ),
        (
            "Los dos hombres detenidos en Vigo con cocaína fueron puestos el miércoles a "
            "disposición judicial.",
            "es",
        ),
        ("مثل يوم الأربعاء أمام المحكمة شخصان ألقي القبض عليهما في إربد بحوزتهما هيروين", "ar"),
    ],
)
def test_court_step_day_in_the_arrests_sentence_is_not_the_arrests(
    extract_all: Extract, text: str, language: str
) -> None:
    """A day told with the court step ("présentés mercredi à un juge", "puestos el miércoles
    a disposición judicial", "مثل يوم الأربعاء أمام المحكمة") is not the arrest's."""
    (arrest,) = [e for e in extract_all(text, language, "2024-04-11") if e.type == "arrest"]
    assert arrest.occurred_on is None


def test_arrest_day_before_a_court_step_stays_the_arrests(extract_all: Extract) -> None:
    """ "arrested on Monday and appeared in court on Wednesday": Monday stays the arrest's."""
    text = "A man was arrested in Hull on Monday and appeared in court on Wednesday."
    (arrest,) = [e for e in extract_all(text, "en", "2024-04-11") if e.type == "arrest"]
    assert arrest.occurred_on == "2024-04-08"


def test_day_a_report_was_published_is_not_the_next_actions(extract_all: Extract) -> None:
    """ "selon un bilan publié jeudi. Les policiers ont aussi saisi ...": Thursday is the
    report's day; the undated seizure does not take it."""
    text = (
        "Les policiers ont interpellé 80 personnes en février, selon un bilan publié jeudi. "
        "Ils ont aussi saisi 20 kilos de résine de cannabis."
    )
    (seizure,) = [e for e in extract_all(text, "fr", "2024-03-14") if e.type == "seizure"]
    assert seizure.occurred_on != "2024-03-14"


def test_undated_seizure_after_a_hearing_takes_the_operations_day(extract_all: Extract) -> None:
    """ "... arrested on Monday. They appeared in court on Wednesday. Officers also seized
    ...": the seizure looks back past the hearing's day to the operation's."""
    text = (
        "Police arrested three men on Monday in Leeds. They appeared in court on Wednesday. "
        "Officers also seized five kilograms of cocaine and a pistol at the house."
    )
    (seizure,) = [e for e in extract_all(text, "en", "2024-04-11") if e.type == "seizure"]
    assert seizure.occurred_on == "2024-04-08"


def test_following_day_between_a_day_and_the_trigger_counts_from_it(
    extract_all: Extract,
) -> None:
    """ "searched a warehouse on Monday and the following day arrested its owner": the
    arrest is Tuesday's, counted from Monday in the same sentence."""
    text = (
        "Customs officers searched a warehouse in Hull on Monday and the following day "
        "arrested its owner, a 52-year-old man."
    )
    events = extract_all(text, "en", "2024-03-15")
    (arrest,) = [e for e in events if e.type == "arrest"]
    assert arrest.occurred_on == "2024-03-12"


def test_day_after_an_action_named_after_it_is_not_counted(extract_all: Extract) -> None:
    """ "Le mardi 5 mars, le lendemain de la perquisition, les gendarmes ont interpellé":
    the phrase in apposition says what the day is; the arrest keeps the day written."""
    text = (
        "Le mardi 5 mars, le lendemain de la perquisition, les gendarmes ont interpellé "
        "deux hommes à Rennes."
    )
    events = extract_all(text, "fr", "2024-03-15")
    (arrest,) = [e for e in events if e.type == "arrest"]
    assert arrest.occurred_on == "2024-03-05"
    assert all(e.occurred_on != "2024-03-06" for e in events)


def test_later_the_same_evening_keeps_the_day_told_before(extract_all: Extract) -> None:
    """ "were arrested later the same evening": "later" within the day told before is no
    later step of unknown day (dates.toml `[later] not_before`); the arrest takes Monday."""
    text = (
        "Officers raided a flat in Derby on Monday and found 2 kilograms of cocaine. Two "
        "more suspects were arrested later the same evening in Nottingham."
    )
    events = extract_all(text, "en", "2024-03-15")
    assert {e.occurred_on for e in events if e.type == "arrest"} == {"2024-03-11"}


def test_old_announcement_month_dates_the_action_it_reports(extract_all: Extract) -> None:
    """ "وكانت الإدارة قد أعلنت في يناير الماضي ضبط": a past month right after the
    announcement verb is, at month precision, the time of the seizure announced after it."""
    text = (
        "ضبطت الشرطة أمس الأحد 20 كيلوغراما من الهيروين في ميناء العقبة. وكانت إدارة "
        "مكافحة المخدرات قد أعلنت في يناير الماضي ضبط شحنة من الحشيش في الميناء نفسه."
    )
    events = extract_all(text, "ar", "2024-06-10")
    old = [e.occurred_on for e in events if e.type == "seizure" and e.background]
    assert old == ["2024-01"]


def test_old_announcement_month_does_not_date_an_action_told_before_it(
    extract_all: Extract,
) -> None:
    """ "The raid was carried out by ..., the agency, which announced in January that it had
    dismantled a ring": January is not the raid's."""
    text = (
        "Police raided a house in Coventry on Sunday. The raid was led by detectives from "
        "the regional unit, which announced in January the dismantling of a heroin ring."
    )
    events = extract_all(text, "en", "2024-06-10")
    assert {e.occurred_on for e in events if e.type == "raid"} == {"2024-06-09"}


def test_second_coordinated_step_takes_the_date_after_its_trigger(extract_all: Extract) -> None:
    """ "arrested in Lisbon in March 2022 and extradited to Spain in June 2022": the
    extradition is June, the date after its own trigger, not the arrest's March."""
    text = (
        "The smuggler was sentenced on Thursday to 12 years in prison. He had been arrested "
        "in Lisbon by Portuguese police in March 2022 and extradited to Spain in June 2022."
    )
    events = extract_all(text, "en", "2024-03-15")
    assert {e.occurred_on for e in events if e.type == "extradition"} == {"2022-06"}


def test_ar_extradition_after_arrest_takes_its_own_month(extract_all: Extract) -> None:
    """ "أوقف في المغرب في أكتوبر 2022، قبل أن يسلم إلى فرنسا في فبراير 2023": the handover
    is February 2023, not the arrest's October."""
    text = (
        "قضت المحكمة يوم الخميس بسجن المهرب عشر سنوات. وكان المتهم قد أوقف في الدار البيضاء "
        "في أكتوبر 2022، قبل أن تسلمه السلطات المغربية إلى فرنسا في فبراير 2023."
    )
    events = extract_all(text, "ar", "2024-03-15")
    assert {e.occurred_on for e in events if e.type == "extradition"} == {"2023-02"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The court jailed him on Thursday for 14 years. He escaped from a prison in Lima "
            "in 2018 and was arrested in Bolivia three years later.",
            "2021",
        ),
        (
            "fr",
            "Le tribunal l'a condamné jeudi à 12 ans de prison. En mars 2023, l'Espagne avait "
            "extradé vers la France ce trafiquant, arrêté à Malaga deux ans plus tôt.",
            "2021-03",
        ),
        (
            "es",
            "El tribunal lo condenó el jueves a 10 años de prisión. Se fugó de la cárcel de "
            "Cali en 2017 y fue detenido en Ecuador un año después.",
            "2018",
        ),
    ],
)
def test_years_counted_from_the_date_told_before(
    extract_all: Extract, language: str, text: str, expected: str
) -> None:
    """ "escaped in 2018 and was arrested three years later", "arrêté deux ans plus tôt"
    (after "en mars 2023"): the arrest's year is counted from the date told before it."""
    events = extract_all(text, language, "2024-03-15")
    assert expected in {e.occurred_on for e in events if e.type == "arrest"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Police in Lima arrested a cartel accountant on Tuesday. His cousin, a former "
            "smuggler, was extradited to the United States in 2021 and later sentenced to 30 "
            "years in prison.",
        ),
        (
            "es",
            "La policía detuvo el martes en Lima a un contador del cártel. Su primo fue "
            "extraditado a Estados Unidos en 2021 y posteriormente condenado a 30 años de "
            "prisión.",
        ),
    ],
)
def test_later_step_does_not_take_the_year_of_the_step_before(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "extradited in 2021 and later sentenced": the later sentence has no date of its own
    and does not inherit the extradition's year."""
    events = extract_all(text, language, "2024-03-15")
    assert {e.occurred_on for e in events if e.type == "sentence"} == {None}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The coast guard said on Thursday it had seized 400 kilos of cocaine from a fishing "
            "boat and arrested its four crew members.\n\nThe crew were escorted to port on "
            "Wednesday.",
        ),
        (
            "fr",
            "La marine a annoncé jeudi avoir saisi 400 kilos de cocaïne sur un chalutier et "
            "arrêté ses quatre marins.\n\nLe chalutier a été escorté jusqu'au port mercredi.",
        ),
    ],
)
def test_lead_does_not_take_the_day_of_a_handover_step(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "escorted to port on Wednesday" after a lead dated only by its announcement: that
    day is the escort's, not the seizure's nor the arrest's."""
    events = extract_all(text, language, "2024-03-15")
    assert "2024-03-13" not in {e.occurred_on for e in events if e.type in ("seizure", "arrest")}
