"""Background: pluperfect actions, the clause of a coordinated action, month dates, dates
carried from the sentence before, and requests that are no action (guide section 1)."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_fr_pluperfect_seizure_is_background(extract_all: Extract) -> None:
    """ "avaient saisi" tells a past before the story: background."""
    text = (
        "Le tribunal correctionnel de Nantes a condamné jeudi deux hommes à quatre ans de "
        "prison. Lors de leur interpellation, les gendarmes avaient saisi 12 kilos de cocaïne."
    )
    (seizure,) = of_type(extract_all(text, "fr"), "seizure")
    assert seizure.background is True


def test_es_pluperfect_arrest_is_background(extract_all: Extract) -> None:
    """ "habían detenido" in a sentencing story is background."""
    text = (
        "La Audiencia de Sevilla condenó este jueves a tres hombres a seis años de prisión. "
        "Los agentes de la Policía Nacional los habían detenido en un almacén de Dos Hermanas."
    )
    (arrest,) = of_type(extract_all(text, "es"), "arrest")
    assert arrest.background is True


def test_en_pluperfect_in_reported_speech_is_news(extract_all: Extract) -> None:
    """ "Police said they had arrested": a backshifted report of the news, not background."""
    text = "Police said on Friday that they had arrested three men in a raid on a warehouse."
    (arrest,) = of_type(extract_all(text, "en"), "arrest")
    assert arrest.background is False


def test_ar_coordinated_action_keeps_the_cue_tense(extract_all: Extract) -> None:
    """ "كانت قد ضبطت الشهر الماضي ...، واعتقلت": the date belongs to the first clause, the
    second action shares its pluperfect."""
    text = (
        "وأضاف المتحدث أن قوات الحدود كانت قد ضبطت الشهر الماضي مليون حبة كبتاغون في قضاء "
        "القائم، واعتقلت أربعة مهربين كانوا ينقلونها."
    )
    (arrest,) = of_type(extract_all(text, "ar", "2024-08-14"), "arrest")
    assert arrest.background is True


def test_month_two_months_back_late_in_the_month_is_background(extract_all: Extract) -> None:
    """An April action told on 27 June is over 60 days old: background."""
    text = "The agency dismantled a smuggling network in April and arrested 40 people."
    events = extract_all(text, "en", "2023-06-27")
    assert {e.type: e.background for e in events} == {"dismantling": True, "arrest": True}


def test_undated_action_takes_the_past_month_of_the_sentence_before(
    extract_all: Extract,
) -> None:
    """ "arrested in July 2009. During that operation officers had seized ...": the seizure
    keeps the story's month."""
    text = (
        "The man was released on parole on Wednesday. He had been arrested in July 2009 in "
        "Marbella. During that operation, officers seized 3 tonnes of hashish on a yacht."
    )
    (seizure,) = of_type(extract_all(text, "en", "2022-11-24"), "seizure")
    assert (seizure.occurred_on, seizure.background) == ("2009-07", True)


def test_es_request_for_a_seizure_is_no_seizure(extract_all: Extract) -> None:
    """ "la Fiscalía pidió el decomiso": a request, not a seizure."""
    text = (
        "La Policía Nacional detuvo el martes a un empresario en Valencia. La Fiscalía pidió "
        "el decomiso de sus viviendas y vehículos."
    )
    assert of_type(extract_all(text, "es"), "seizure") == []


def test_undated_arrest_in_a_verdict_story_is_background(extract_all: Extract) -> None:
    """A story led by a verdict recounts the undated arrest that led to it as background."""
    text = (
        "A federal jury in Miami on Thursday found a boat captain guilty of smuggling cocaine. "
        "He and three crew members were detained at sea by the Coast Guard."
    )
    (arrest,) = of_type(extract_all(text, "en"), "arrest")
    assert arrest.background is True


def test_en_found_guilty_of_smuggling_is_no_seizure(extract_all: Extract) -> None:
    """ "found a captain guilty of smuggling cocaine" is a verdict, not goods found."""
    text = "A jury on Thursday found a boat captain guilty of smuggling cocaine into Florida."
    assert of_type(extract_all(text, "en"), "seizure") == []


def test_fr_pluperfect_with_a_recent_weekday_is_news(extract_all: Extract) -> None:
    """ "avaient été interpellés mardi": the story's own recent day, not background."""
    text = (
        "Quatre hommes ont été mis en examen vendredi à Marseille. Ils avaient été interpellés "
        "mardi par les enquêteurs de l'Office anti-stupéfiants."
    )
    (arrest,) = of_type(extract_all(text, "fr", "2025-04-11"), "arrest")
    assert (arrest.background, arrest.occurred_on) == (False, "2025-04-08")


def test_en_maximum_penalty_is_no_sentence(extract_all: Extract) -> None:
    """ "punishable with a minimum of 10 years and up to 20 years in jail": the law, not a
    ruling."""
    text = (
        "Under the law, trafficking in a commercial quantity is punishable with a minimum of "
        "10 years and up to 20 years in jail."
    )
    assert of_type(extract_all(text, "en"), "sentence") == []


def test_es_conditional_infinitive_is_no_verdict(extract_all: Extract) -> None:
    """ "De ser hallado culpable, podría enfrentar cadena perpetua": a hypothesis."""
    text = (
        "El narcotraficante fue extraditado el jueves a Nueva York. De ser hallado culpable, "
        "podría enfrentar una pena de cadena perpetua."
    )
    events = extract_all(text, "es")
    assert of_type(events, "conviction") == []
    assert of_type(events, "sentence") == []


def test_ar_announcement_day_after_the_subject_is_not_the_action_day(
    extract_all: Extract,
) -> None:
    """ "أعلنت وزارة الداخلية الكويتية اليوم الخميس ... ضبط": Thursday is the statement's day;
    the raid on Tuesday is the operation's."""
    text = (
        "أعلنت وزارة الداخلية الكويتية اليوم الخميس ضبط خمسة متهمين وبحوزتهم كميات من "
        "المخدرات.\n\nوقالت الوزارة في بيان إن رجال المكافحة داهموا مساء الثلاثاء ثلاثة مواقع."
    )
    (arrest,) = of_type(extract_all(text, "ar", "2024-03-07"), "arrest")
    assert arrest.occurred_on == "2024-03-05"


def test_en_verdict_in_an_after_clause_keeps_its_own_month(extract_all: Extract) -> None:
    """ "sentenced him on Friday after a jury found him guilty in October": the verdict is
    an earlier, background conviction; the sentence keeps Friday."""
    text = (
        "A federal judge on Friday sentenced the ring leader to 25 years in prison after a jury "
        "found him guilty in October of conspiracy."
    )
    events = extract_all(text, "en", "2024-02-17")
    (sentence,) = of_type(events, "sentence")
    (conviction,) = of_type(events, "conviction")
    assert (sentence.occurred_on, sentence.background) == ("2024-02-16", False)
    assert (conviction.occurred_on, conviction.background) == ("2023-10", True)


def test_es_reported_day_is_the_statement_day(extract_all: Extract) -> None:
    """ "reportaron este viernes la incautación, tras allanamientos realizados el jueves": the
    seizure is Thursday's, Friday is the report's."""
    text = (
        "La Policía Nacional Civil reportaron este viernes la mayor incautación del año, tras "
        "una serie de allanamientos realizados el jueves en una finca."
    )
    (seizure,) = of_type(extract_all(text, "es", "2024-10-18"), "seizure")
    assert seizure.occurred_on == "2024-10-17"


def test_ar_same_year_after_a_relative_year(extract_all: Extract) -> None:
    """ "في مارس من العام الماضي" then "في يونيو من العام نفسه": June of that same past year."""
    text = (
        "وكانت الشرطة قد ضبطت المتهمين الأربعة في مارس من العام الماضي. وأحالتهم النيابة "
        "العامة إلى محكمة الجنايات في يونيو من العام نفسه."
    )
    (charge,) = of_type(extract_all(text, "ar", "2023-06-12"), "charge")
    assert (charge.occurred_on, charge.background) == ("2022-06", True)


def test_en_release_the_following_day(extract_all: Extract) -> None:
    """ "released ... the following day" after an arrest on 26 January is 27 January."""
    text = (
        "Two men were arrested at the house on January 26. Both men were released on strict "
        "conditions the following day."
    )
    (release,) = of_type(extract_all(text, "en", "2023-02-10"), "release")
    assert release.occurred_on == "2023-01-27"


def test_en_date_after_a_future_verb_is_the_plans(extract_all: Extract) -> None:
    """ "are being held ... and will be arraigned on Monday": Monday is the plan's day, not
    the day of the detention told on Tuesday."""
    text = (
        "Police arrested four suspects in Mombasa on Tuesday. The suspects are being held at "
        "Port Reitz police station and will be arraigned on Monday."
    )
    (arrest,) = of_type(extract_all(text, "en", "2025-03-14"), "arrest")
    assert arrest.occurred_on == "2025-03-11"


def test_ar_kana_subject_qad_is_background(extract_all: Extract) -> None:
    """ "وكانت شعبة المعلومات ... قد نفذت ... عملية دهم ...، وضبطت": كان + subject + قد is a
    pluperfect; the coordinated seizure shares it, even 56 days back."""
    text = (
        "وكانت شعبة المعلومات في قوى الأمن الداخلي قد نفذت في 18 تموز الماضي عملية دهم "
        "لمستودع في أطراف البلدة، وضبطت أكثر من أربعة ملايين حبة كبتاغون."
    )
    events = extract_all(text, "ar", "2024-09-12")
    assert {e.type: e.background for e in events} == {"raid": True, "seizure": True}


def test_en_ruling_coordinated_after_an_old_arrest_is_background(extract_all: Extract) -> None:
    """ "He was arrested in 2019 ... and jailed": the ruling shares the arrest's past and
    takes no day from the news sentence before."""
    text = (
        "Police arrested a man in Leeds on Tuesday. He was arrested in 2019 for drug "
        "trafficking and jailed for four years."
    )
    (sentence,) = of_type(extract_all(text, "en"), "sentence")
    assert (sentence.background, sentence.occurred_on) == (True, None)


def test_es_ruling_coordinated_after_an_old_arrest_is_background(extract_all: Extract) -> None:
    """ "Fue detenido en 2018 ... y condenado": one past story, background."""
    text = (
        "La Policía Nacional detuvo el martes a un hombre en Málaga. Fue detenido en 2018 en "
        "Algeciras y condenado a cinco años de prisión."
    )
    (sentence,) = of_type(extract_all(text, "es"), "sentence")
    assert sentence.background is True


def test_ar_ruling_coordinated_after_an_old_arrest_is_background(extract_all: Extract) -> None:
    """ "واعتقل الرجل عام 2018 ... وحكم عليه": the ruling of that past story is background."""
    text = (
        "ألقت الشرطة القبض يوم الثلاثاء على رجل في عمان. واعتقل الرجل عام 2018 في الزرقاء "
        "وحكم عليه بالسجن خمس سنوات."
    )
    (sentence,) = of_type(extract_all(text, "ar"), "sentence")
    assert sentence.background is True


def test_fr_start_of_the_year_seizure_is_background(extract_all: Extract) -> None:
    """ "En début d'année, les douaniers ont saisi": an earlier seizure, background."""
    text = (
        "Les douaniers ont saisi lundi 300 kilos de cocaïne au Havre. En début d'année, les "
        "douaniers ont saisi 2 tonnes de cocaïne dans le même port."
    )
    events = of_type(extract_all(text, "fr"), "seizure")
    assert sorted(e.background for e in events) == [False, True]


def test_es_start_of_the_year_seizure_is_background(extract_all: Extract) -> None:
    """ "A principios de año, los agentes incautaron": an earlier seizure, background."""
    text = (
        "La Guardia Civil incautó el lunes 300 kilos de cocaína en Algeciras. A principios de "
        "año, los agentes incautaron dos toneladas en el mismo puerto."
    )
    events = of_type(extract_all(text, "es"), "seizure")
    assert sorted(e.background for e in events) == [False, True]


def test_ar_earlier_this_year_seizure_is_background(extract_all: Extract) -> None:
    """ "وفي وقت سابق من هذا العام، ضبطت": an earlier seizure, background."""
    text = (
        "ضبطت الجمارك يوم الاثنين 300 كيلوغرام من الكوكايين في ميناء جدة. وفي وقت سابق من هذا "
        "العام، ضبطت الجمارك طنين من الكوكايين في الميناء نفسه."
    )
    events = of_type(extract_all(text, "ar"), "seizure")
    assert sorted(e.background for e in events) == [False, True]


def test_en_arrested_several_times_before_is_no_event(extract_all: Extract) -> None:
    """ "He had been arrested several times before": a record, not one arrest."""
    text = (
        "Police arrested a man in Leeds on Tuesday. He had been arrested several times before "
        "for drug dealing."
    )
    assert len(of_type(extract_all(text, "en"), "arrest")) == 1


def test_fr_convicted_several_times_is_no_event(extract_all: Extract) -> None:
    """ "avait déjà été condamné à plusieurs reprises": a record, no ruling."""
    text = (
        "Les gendarmes ont interpellé mardi un homme à Lyon. Il était connu des services de "
        "police et avait déjà été condamné à plusieurs reprises."
    )
    events = extract_all(text, "fr")
    assert [e.type for e in events] == ["arrest"]


def test_es_arrested_on_several_occasions_is_no_event(extract_all: Extract) -> None:
    """ "ya había sido arrestado en varias ocasiones": a record, not one arrest."""
    text = (
        "La Policía detuvo el martes a un hombre en Málaga. El detenido ya había sido "
        "arrestado en varias ocasiones por tráfico de drogas."
    )
    assert len(of_type(extract_all(text, "es"), "arrest")) == 1


def test_ar_arrested_several_times_is_no_event(extract_all: Extract) -> None:
    """ "سبق أن أوقف عدة مرات": a record, not one arrest."""
    text = (
        "ألقت الشرطة القبض يوم الثلاثاء على رجل في عمان. والمتهم من أصحاب السوابق وسبق أن أوقف "
        "عدة مرات."
    )
    assert len(of_type(extract_all(text, "ar"), "arrest")) == 1


def test_fr_ruling_after_a_record_told_before_it_stays(extract_all: Extract) -> None:
    """ "un récidiviste condamné à plusieurs reprises, a écopé de six ans": the record
    before the ruling does not silence it."""
    text = (
        "Le tribunal de Lille a jugé mardi trois trafiquants. Le meneur, un homme de 40 ans "
        "condamné à plusieurs reprises, a écopé de six ans de prison ferme."
    )
    assert of_type(extract_all(text, "fr"), "sentence") != []


def test_fr_pluperfect_of_a_relative_clause_is_not_the_rulings(extract_all: Extract) -> None:
    """ "Un quatrième homme, qui avait loué le box, a été condamné": the ruling is news."""
    text = (
        "Le tribunal de Lille a condamné mardi trois hommes à cinq ans de prison. Un quatrième "
        "homme, qui avait loué le box, a été condamné à 30 mois de prison."
    )
    events = of_type(extract_all(text, "fr"), "sentence")
    assert [e.background for e in events] == [False, False]


def test_es_pluperfect_of_a_relative_clause_is_not_the_rulings(extract_all: Extract) -> None:
    """ "Un cuarto hombre, que había alquilado el local, fue condenado": the ruling is news."""
    text = (
        "La Audiencia de Málaga condenó el martes a tres hombres a cinco años de prisión. Un "
        "cuarto hombre, que había alquilado el local, fue condenado a 30 meses de prisión."
    )
    events = of_type(extract_all(text, "es"), "sentence")
    assert [e.background for e in events] == [False, False]


def test_en_arrest_weeks_before_a_bail_hearing_is_background(extract_all: Extract) -> None:
    """A court's day leads ("granted bail on Thursday"); the arrest of 20 February that led
    to it is the story's past."""
    text = (
        "A court in Accra on Thursday granted bail to two women accused of smuggling cocaine. "
        "Officers arrested the two women on 20 February at Kotoka airport."
    )
    (arrest,) = of_type(extract_all(text, "en"), "arrest")
    assert (arrest.occurred_on, arrest.background) == ("2024-02-20", True)


def test_es_arrest_weeks_before_a_ruling_is_background(extract_all: Extract) -> None:
    """ "La Audiencia condenó el jueves ... fueron detenidos el 20 de febrero": the arrest
    weeks before the ruling is background."""
    text = (
        "La Audiencia de Cádiz condenó el jueves a dos hombres a seis años de prisión. Los dos "
        "hombres fueron detenidos el 20 de febrero en Algeciras con 300 kilos de hachís."
    )
    (arrest,) = of_type(extract_all(text, "es"), "arrest")
    assert arrest.background is True


def test_en_arrest_days_before_a_bail_hearing_stays_news(extract_all: Extract) -> None:
    """An arrest two days before the court's day is the same story's news."""
    text = (
        "A court in Accra on Thursday granted bail to two women accused of smuggling cocaine. "
        "Officers arrested the two women on Tuesday at Kotoka airport."
    )
    (arrest,) = of_type(extract_all(text, "en"), "arrest")
    assert arrest.background is False


def test_en_denial_story_confirms_an_older_arrest_as_background(extract_all: Extract) -> None:
    """A story that opens with a denial ("denied that the mayor had been arrested") and
    confirms an arrest of three weeks before: that arrest is background."""
    text = (
        "The Interior Ministry on Thursday denied that the mayor of Rivera had been arrested. "
        "Prosecutors confirmed that two of his aides were arrested on 20 February in a "
        "bribery inquiry."
    )
    (arrest,) = of_type(extract_all(text, "en"), "arrest")
    assert (arrest.occurred_on, arrest.background) == ("2024-02-20", True)


def test_fr_denial_story_confirms_an_older_arrest_as_background(extract_all: Extract) -> None:
    """ "Le ministère a démenti l'interpellation ... deux adjoints ont été interpellés le 20
    février": the older arrest is background."""
    text = (
        "Le ministère de l'Intérieur a démenti jeudi l'interpellation du maire de Perpignan. "
        "Le parquet a confirmé que deux de ses adjoints ont été interpellés le 20 février "
        "dans une enquête pour corruption."
    )
    (arrest,) = of_type(extract_all(text, "fr"), "arrest")
    assert arrest.background is True


def test_en_denial_story_keeps_a_recent_arrest_as_news(extract_all: Extract) -> None:
    """An arrest of the same week, told after a denial, stays news."""
    text = (
        "The Interior Ministry on Thursday denied that the mayor of Rivera had been arrested. "
        "Prosecutors confirmed that two of his aides were arrested on Tuesday in a bribery "
        "inquiry."
    )
    (arrest,) = of_type(extract_all(text, "en"), "arrest")
    assert arrest.background is False


def test_en_action_after_an_elapsed_time_is_background(extract_all: Extract) -> None:
    """ "The arrests come two years after officers seized 3 tonnes": the seizure is the
    earlier action, background."""
    text = (
        "Police arrested three men in Hull on Tuesday. The arrests come two years after "
        "officers seized 3 tonnes of cocaine at the same port."
    )
    (seizure,) = of_type(extract_all(text, "en"), "seizure")
    assert seizure.background is True


def test_fr_action_after_an_elapsed_time_is_background(extract_all: Extract) -> None:
    """ "deux ans après la saisie de 3 tonnes": the seizure is background."""
    text = (
        "Les policiers ont interpellé mardi trois hommes au Havre. Ces interpellations "
        "interviennent deux ans après la saisie de 3 tonnes de cocaïne dans le même port."
    )
    (seizure,) = of_type(extract_all(text, "fr"), "seizure")
    assert seizure.background is True


def test_ar_action_after_an_elapsed_time_is_background(extract_all: Extract) -> None:
    """ "بعد عامين من ضبط 3 أطنان": the seizure is background."""
    text = (
        "ألقت الشرطة القبض يوم الثلاثاء على ثلاثة رجال في ميناء العقبة. وتأتي هذه الاعتقالات "
        "بعد عامين من ضبط 3 أطنان من الكوكايين في الميناء نفسه."
    )
    (seizure,) = of_type(extract_all(text, "ar"), "seizure")
    assert seizure.background is True


def test_en_news_after_an_elapsed_time_and_a_comma_stays_news(extract_all: Extract) -> None:
    """ "Two years after the murder, police arrested a suspect": the news itself."""
    text = "Two years after the murder of a shopkeeper in Hull, police arrested a suspect."
    (arrest,) = of_type(extract_all(text, "en"), "arrest")
    assert arrest.background is False


def test_fr_recap_cue_makes_the_action_background(extract_all: Extract) -> None:
    """ "Pour rappel, les douaniers ont saisi ...": a recap of the story's past."""
    text = (
        "Les policiers ont interpellé mardi trois hommes au Havre. Pour rappel, les douaniers "
        "ont saisi deux tonnes de cocaïne dans ce port au printemps."
    )
    (seizure,) = of_type(extract_all(text, "fr"), "seizure")
    assert seizure.background is True


def test_es_recap_cue_makes_the_action_background(extract_all: Extract) -> None:
    """ "Cabe recordar que los agentes incautaron ...": a recap of the story's past."""
    text = (
        "La Policía detuvo el martes a tres hombres en Algeciras. Cabe recordar que los "
        "agentes ya incautaron dos toneladas de hachís en la zona."
    )
    (seizure,) = of_type(extract_all(text, "es"), "seizure")
    assert seizure.background is True


def test_en_not_the_first_time_makes_the_action_background(extract_all: Extract) -> None:
    """ "It is not the first time the gang has been targeted: officers seized ...": past."""
    text = (
        "Police arrested three men in Hull on Tuesday. It is not the first time the gang has "
        "been targeted: officers seized 2 tonnes of cannabis from its members."
    )
    (seizure,) = of_type(extract_all(text, "en"), "seizure")
    assert seizure.background is True
