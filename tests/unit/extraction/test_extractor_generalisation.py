"""Round 3 rules, each checked on sentences written for it: Arabic duals, counts told in the
sentence before, the law-enforcement story check, running totals, weights after a drug."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import ArrestEvent, SeizureEvent, SentenceEvent

# A paragraph long enough for the story check, with no police, agency, drug or crime word.
_MATCH_REPORT = (
    "The visitors arrested their slide after the break and never looked back, winning the "
    "final quarter comfortably. Their captain had a clearance charged down in the first half, "
    "and the home coach said his side were sentenced to a long evening by their own errors. "
    "The crowd of forty thousand stayed until the end, singing through the rain while the "
    "players completed a lap of honour around the ground before the trophy presentation."
)


def test_ar_indefinite_plural_joined_to_one_more_is_a_dual(extract: Extract) -> None:
    """مواطنين ومقيم: once harakat are gone the dual reads as a plural; "and one more" makes
    it two citizens plus one resident."""
    event = one(extract("ألقت الشرطة القبض على مواطنين ومقيم لترويجهم الحشيش.", "ar"), ArrestEvent)
    assert event.persons_count == 3


def test_ar_indefinite_plural_with_dual_pronoun_is_two(extract: Extract) -> None:
    """مقيمين ... لترويجهما: a dual pronoun later in the clause tells the noun is a dual."""
    event = one(extract("تم القبض على مقيمين لترويجهما مادة الشبو.", "ar"), ArrestEvent)
    assert event.persons_count == 2


def test_ar_plain_plural_without_number_stays_uncounted(extract: Extract) -> None:
    """مقيمين with a plural pronoun and nothing joined: no number is given."""
    event = one(extract("تم القبض على مقيمين لترويجهم المخدرات.", "ar"), ArrestEvent)
    assert event.persons_count is None


def test_count_and_one_more_person_are_summed(extract: Extract) -> None:
    """ "three men and a woman": a single person joined by "and" adds one to the count."""
    event = one(extract("Police arrested three men and a woman at the border."), ArrestEvent)
    assert event.persons_count == 4


def test_ar_count_after_noun_and_one_more(extract: Extract) -> None:
    """مقيمين اثنين ومواطن: two residents (the number after its noun) and one citizen."""
    event = one(extract("ألقت الشرطة القبض على مقيمين اثنين ومواطن.", "ar"), ArrestEvent)
    assert event.persons_count == 3


def test_ar_plural_pronoun_takes_count_of_sentence_before(extract: Extract) -> None:
    """وتم القبض عليهم: the persons are the five the sentence before counted."""
    text = "رصدت الشرطة خمسة أشخاص يروجون المخدرات. وتم القبض عليهم في حي النسيم."
    event = one(extract(text, "ar"), ArrestEvent)
    assert event.persons_count == 5


def test_en_they_were_arrested_takes_count_of_sentence_before(extract: Extract) -> None:
    """ "Four men ... They were arrested": the pronoun refers to the counted men."""
    text = "Officers saw four men loading bags into a van. They were arrested at the scene."
    event = one(extract(text), ArrestEvent)
    assert event.persons_count == 4


def test_pronoun_does_not_reach_into_another_paragraph(extract: Extract) -> None:
    """A count in the previous paragraph belongs to another story."""
    text = "Five men were seen near the port.\n\nThey were arrested on Monday in another town."
    event = one(extract(text), ArrestEvent)
    assert event.persons_count is None


def test_es_plural_object_pronoun_is_a_person_object(extract_all: Extract) -> None:
    """ "Los detuvieron": the clitic is the arrested persons (counted the sentence before)."""
    text = "La policía vigilaba a cuatro sospechosos. Los detuvieron el martes."
    event = one(extract_all(text, "es"), ArrestEvent)
    assert event.persons_count == 4


def test_es_plural_passive_without_subject_refers_back(extract_all: Extract) -> None:
    """ "Fueron detenidos": a plural passive with no subject is the persons counted before."""
    text = "Los agentes sorprendieron a tres hombres descargando fardos. Fueron detenidos."
    event = one(extract_all(text, "es"), ArrestEvent)
    assert event.persons_count == 3


def test_fr_ils_ont_ete_interpelles_refers_back(extract_all: Extract) -> None:
    """ "Ils ont été interpellés": the subject pronoun is the persons counted before."""
    text = "Les gendarmes ont repéré trois hommes près du port. Ils ont été interpellés mardi."
    event = one(extract_all(text, "fr"), ArrestEvent)
    assert event.persons_count == 3


def test_article_without_law_enforcement_words_gives_no_event(extract: Extract) -> None:
    """A match report uses "arrested their slide", "charged down" and "sentenced to" with no
    police, agency, drug or crime word anywhere: no events."""
    assert extract(_MATCH_REPORT) == []


def test_story_check_counts_police_words(extract: Extract) -> None:
    """The same length of text with a police actor is a law-enforcement story."""
    text = _MATCH_REPORT + " Police arrested two men outside the ground after a fight."
    assert of_type(extract(text), "arrest")


def test_running_total_since_january_is_no_seizure(extract_all: Extract) -> None:
    """ "Depuis janvier, 40 tonnes ont été saisies": a running total, not one seizure."""
    text = "Depuis janvier, plus de 40 tonnes de cocaïne ont été saisies dans le port d'Anvers."
    assert of_type(extract_all(text, "fr"), "seizure") == []


def test_en_running_total_so_far_this_year_is_no_seizure(extract: Extract) -> None:
    """ "so far this year": a statistic over a period."""
    text = "Customs officers have seized 12 tonnes of cocaine at the port so far this year."
    assert of_type(extract(text), "seizure") == []


def test_weight_stated_after_drug_with_comma(extract_all: Extract) -> None:
    """ "pains de cocaïne, soit un poids de 2,5 tonnes": the weight is the drug's quantity."""
    text = "Les douaniers ont saisi 2 512 pains de cocaïne, soit un poids de 2,5 tonnes."
    event = one(extract_all(text, "fr"), SeizureEvent)
    assert [(i.substance, i.quantity, i.unit) for i in event.items] == [("cocaine", 2.5, "t")]


def test_weight_after_drug_does_not_cross_and(extract: Extract) -> None:
    """ "cocaine and 5 kg of heroin": the weight after "and" is the heroin's only."""
    event = one(extract("Police seized cocaine and 5 kg of heroin."), SeizureEvent)
    quantities = {i.substance: i.quantity for i in event.items}
    assert quantities == {"cocaine": None, "heroin": 5.0}


def test_claimed_report_is_no_arrest(extract: Extract) -> None:
    """ "had claimed that the MP was arrested": what others claimed is no event."""
    text = "Posts on social media had claimed that the politician was arrested at a roadblock."
    assert of_type(extract(text), "arrest") == []


def test_fr_rumour_report_is_no_arrest(extract_all: Extract) -> None:
    """ "avaient affirmé que l'élu avait été arrêté": an unconfirmed report."""
    text = "Plusieurs sites avaient affirmé mardi que l'élu avait été arrêté à un barrage."
    assert of_type(extract_all(text, "fr"), "arrest") == []


def test_es_denial_governs_a_long_report(extract_all: Extract) -> None:
    """ "negó el domingo que el alcalde ... haya sido detenido": the denial reaches far."""
    text = (
        "La Fiscalía General de la República negó el domingo que el alcalde de un municipio "
        "de Sinaloa haya sido detenido, como se difundió durante el fin de semana."
    )
    assert of_type(extract_all(text, "es"), "arrest") == []


def test_es_future_tense_verb_makes_a_plan(extract_all: Extract) -> None:
    """ "realizarán allanamientos": a future verb before a nominal trigger is a plan."""
    text = "La Gendarmería y la Policía Federal realizarán allanamientos en los búnkeres."
    assert of_type(extract_all(text, "es"), "raid") == []


def test_es_past_tense_verb_keeps_the_raid(extract_all: Extract) -> None:
    """The same sentence in the past tense is a raid."""
    text = "La Gendarmería y la Policía Federal realizaron allanamientos en los búnkeres."
    assert of_type(extract_all(text, "es"), "raid")


def test_fr_future_passive_after_trigger_makes_a_plan(extract_all: Extract) -> None:
    """ "des opérations seront menées": the future auxiliary after the noun."""
    text = "Dès lundi, des perquisitions seront menées dans les quartiers nord par la police."
    assert of_type(extract_all(text, "fr"), "raid") == []


def test_generic_action_judged_is_no_event(extract: Extract) -> None:
    """ "arrests alone would not solve the problem": a judgement, not an arrest."""
    text = "Charities warned that arrests alone would not solve the problem of exploitation."
    assert of_type(extract(text), "arrest") == []


def test_condition_with_if_is_no_event(extract: Extract) -> None:
    """ "If a teenager is arrested ...": a condition."""
    text = "If a 14-year-old is arrested and sent home with no support, the gang returns."
    assert of_type(extract(text), "arrest") == []


def test_ar_announced_plan_contents_are_no_raid(extract: Extract) -> None:
    """إن الخطة تتضمن ... وتنفيذ حملات مداهمة: what a plan includes has not happened."""
    text = (
        "وقال وكيل الوزارة إن الخطة تتضمن نشر ألفي عنصر أمني على الطرق الصحراوية، "
        "وتنفيذ حملات مداهمة لأوكار المهربين في الجنوب."
    )
    assert of_type(extract(text, "ar"), "raid") == []


def test_crackdown_alone_is_no_raid(extract: Extract) -> None:
    """ "announced a crackdown on drug gangs": a campaign, no premises searched."""
    text = "The government announced a nationwide crackdown on county lines drug gangs."
    assert of_type(extract(text), "raid") == []


def test_executing_search_warrants_is_a_raid(extract: Extract) -> None:
    """ "Agents executing search warrants at six residences": a raid."""
    text = "Agents executing search warrants at six residences in Houston found cash and pills."
    assert of_type(extract(text), "raid")


def test_ar_dual_noun_is_a_person_object(extract: Extract) -> None:
    """وأوقفت الشرطة شخصين: a dual person noun meets the verb's person object."""
    event = one(extract("وأوقفت الشرطة شخصين لبنانيين في المرفأ.", "ar"), ArrestEvent)
    assert event.persons_count == 2


def test_ar_current_month_is_no_warrant_cue(extract: Extract) -> None:
    """ "14 شتنبر الجاري": الجاري is "current", not جارٍ ضبطه (being sought)."""
    text = "تمكنت الشرطة، يوم الأحد 14 شتنبر الجاري، من توقيف ثلاثة أشخاص."
    event = one(extract(text, "ar"), ArrestEvent)
    assert event.persons_count == 3


def test_breakdown_after_comma_keeps_group_count(extract: Extract) -> None:
    """ "The four accused, three men ... and a woman ...": the breakdown is no extra persons."""
    text = "The four accused, three men from Brampton and a woman from Milton, were arrested."
    event = one(extract(text), ArrestEvent)
    assert event.persons_count == 4


def test_numbers_listed_by_place_after_a_count_are_summed(extract: Extract) -> None:
    """ "12 people in London, 5 in Leeds and 3 in York": 20 persons."""
    event = one(
        extract("Police arrested 12 people in London, 5 in Leeds and 3 in York."), ArrestEvent
    )
    assert event.persons_count == 20


def test_es_numbers_listed_by_place_after_a_count_are_summed(extract_all: Extract) -> None:
    """ "12 personas en Madrid, 15 en Barcelona y 7 en Valencia": 34 persons."""
    text = "Fueron detenidas 12 personas en Madrid, 15 en Barcelona y 7 en Valencia."
    event = one(extract_all(text, "es"), ArrestEvent)
    assert event.persons_count == 34


def test_count_before_a_date_is_not_listed(extract: Extract) -> None:
    """ "12 people in London on 5 May": the day is no further count."""
    event = one(extract("Police arrested 12 people in London on 5 May."), ArrestEvent)
    assert event.persons_count == 12


def test_es_participle_after_article_is_no_second_arrest(extract_all: Extract) -> None:
    """ "El detenido pasó a disposición judicial el lunes": the persons already arrested,
    not a second arrest dated by the hearing."""
    text = (
        "La Policía Nacional detuvo el sábado a un hombre en Alicante. "
        "El detenido pasó a disposición judicial el lunes."
    )
    assert len(of_type(extract_all(text, "es", "2025-03-18"), "arrest")) == 1


def test_es_participle_reference_alone_still_tells_the_arrest(extract_all: Extract) -> None:
    """With no other arrest told, "los dos detenidos" still says there was one."""
    text = "Los dos detenidos pasaron a disposición del juzgado de guardia de Lleida."
    assert of_type(extract_all(text, "es"), "arrest")


def test_es_subject_with_article_is_no_reference(extract_all: Extract) -> None:
    """ "Los agentes detuvieron a dos personas": article + noun is the subject, not a
    participle naming the arrested, even when another arrest is told."""
    text = (
        "Los agentes detuvieron a dos personas en Vigo el martes. "
        "El detenido de Cádiz pasó a disposición judicial el lunes."
    )
    arrests = [e for e in extract_all(text, "es") if isinstance(e, ArrestEvent)]
    assert [e.persons_count for e in arrests] == [2]


def test_ar_person_concerned_is_one_person(extract: Extract) -> None:
    """المعني بالأمر (the person concerned) is one person and a person object."""
    text = "وكانت الشرطة الإسبانية قد أوقفت المعني بالأمر في نوفمبر 2023 بمدينة مالقة."
    event = one(extract(text, "ar", "2024-03-15"), ArrestEvent)
    assert event.persons_count == 1


def test_agency_cited_as_source_did_not_act(extract: Extract) -> None:
    """ "according to Europol": the agency is quoted for figures, it did not act."""
    text = (
        "Spanish police seized 2 tonnes of cocaine in Algeciras on Monday. The port is a "
        "main entry point for cocaine into Europe, according to Europol."
    )
    event = one(extract(text), SeizureEvent)
    assert "Europol" not in [a.name for a in event.agencies]


def test_agency_acting_is_kept_next_to_a_cited_one(extract: Extract) -> None:
    """The same name acting in the action sentence stays."""
    text = "Europol coordinated the seizure of 2 tonnes of cocaine in Algeciras on Monday."
    event = one(extract(text), SeizureEvent)
    assert [a.name for a in event.agencies] == ["Europol"]


def test_ar_shared_agency_name_takes_the_named_state(extract_all: Extract) -> None:
    """المديرية العامة للأمن الوطني is Algeria's in an article set in Algeria."""
    text = (
        "أوقفت مصالح أمن ولاية سطيف بالجزائر خمسة أشخاص وحجزت 320 كيلوغراما من الكيف المعالج. "
        "وأوضح بيان المديرية العامة للأمن الوطني أن العملية جرت يوم الأحد."
    )
    names = {a.name for e in extract_all(text, "ar") for a in e.agencies}
    assert names == {"Algerian General Directorate of National Security"}


def test_es_intervinieron_premises_is_a_raid(extract_all: Extract) -> None:
    """ "intervinieron un laboratorio clandestino": premises after the verb make a raid."""
    text = "Los agentes intervinieron el domingo un laboratorio clandestino en el VRAEM."
    assert of_type(extract_all(text, "es"), "raid")


def test_es_declaro_culpables_is_a_conviction(extract_all: Extract) -> None:
    """ "declaró culpables a tres acusados": a conviction."""
    text = "El tribunal declaró culpables a tres acusados de tráfico de drogas."
    assert of_type(extract_all(text, "es"), "conviction")


def test_fr_font_face_a_des_accusations_is_a_charge(extract_all: Extract) -> None:
    """ "Ils font face à des accusations de trafic d'armes": charged."""
    text = "Les trois suspects font face à des accusations de trafic d'armes à Laval."
    assert of_type(extract_all(text, "fr"), "charge")


def test_state_of_being_in_custody_is_no_arrest(extract: Extract) -> None:
    """ "Its leaders are in custody": a state, not an arrest."""
    text = "Police said the gang's leaders are in custody and its guns are off the streets."
    assert of_type(extract(text), "arrest") == []


def test_potential_death_sentence_is_no_sentence(extract: Extract) -> None:
    """ "a potential death sentence": a figure of speech, no penalty imposed."""
    text = "The DEA agent said every pill this crew sold was a potential death sentence."
    assert of_type(extract(text), "sentence") == []


def test_conviction_on_the_day_of_the_sentence_is_that_ruling(extract_all: Extract) -> None:
    """Found guilty and sentenced the same day, in two sentences: one sentence event."""
    text = (
        "Le tribunal correctionnel de Lille a rendu son jugement le 23 mai. "
        "Les six prévenus ont tous été reconnus coupables le 23 mai. "
        "Le chef du réseau a été condamné le 23 mai à dix ans d'emprisonnement."
    )
    events = extract_all(text, "fr", "2025-05-24")
    assert of_type(events, "conviction") == []
    assert of_type(events, "sentence")


def test_yearly_record_total_is_no_seizure(extract_all: Extract) -> None:
    """ "En 2024, les autorités avaient saisi plus de trois tonnes, un record": a yearly
    total."""
    text = (
        "En 2024, les autorités sénégalaises avaient saisi plus de trois tonnes de cocaïne, "
        "un record."
    )
    assert of_type(extract_all(text, "fr", "2025-06-12"), "seizure") == []


def test_record_seizure_on_a_day_is_a_seizure(extract: Extract) -> None:
    """A record seizure told with its day is one action."""
    text = "Customs seized a record 3 tonnes of cocaine at the port on 12 March 2024."
    assert of_type(extract(text), "seizure")


def test_object_after_an_inserted_clause(extract_all: Extract) -> None:
    """ "a intercepté mardi, à environ 150 milles au large de Dakar, un voilier": the object
    after a clause between commas is still the verb's."""
    text = (
        "La Marine a intercepté mardi, à environ 150 milles nautiques au large de Dakar, "
        "un voilier transportant 1,2 tonne de cocaïne."
    )
    event = one(extract_all(text, "fr"), SeizureEvent)
    assert ("cocaine", 1.2, "t") in [(i.substance, i.quantity, i.unit) for i in event.items]


def test_agency_name_qualified_by_another_state(extract_all: Extract) -> None:
    """ "la Marine nationale sénégalaise": not the French Navy the bare name stands for."""
    text = "La Marine nationale sénégalaise a intercepté mardi un voilier chargé de cocaïne."
    names = {a.name for e in extract_all(text, "fr") for a in e.agencies}
    assert "French Navy" not in names


def test_fr_noun_after_article_is_no_reference(extract_all: Extract) -> None:
    """ "la saisie de 12 kg": a noun tells the action itself, it keeps its items."""
    text = (
        "Les opérations ont permis la saisie de 12 kg de cocaïne. "
        "Trois véhicules ont également été saisis."
    )
    seizures = [e for e in extract_all(text, "fr") if isinstance(e, SeizureEvent)]
    items = [i for e in seizures for i in e.items]
    assert ("cocaine", 12.0) in [(i.substance, i.quantity) for i in items]


def test_demonym_in_own_agency_name_locates_the_action(extract_all: Extract) -> None:
    """ "Australian Federal Police officers arrested ...": the action is in Australia."""
    text = "Australian Federal Police officers arrested three men at a warehouse on Saturday."
    event = one(extract_all(text, "en"), ArrestEvent)
    assert event.countries == ["AU"]


def test_undated_seizure_takes_the_lead_day(extract_all: Extract) -> None:
    """The lead gives the operation day; an undated seizure told later took place then,
    not on the day of the court hearing told last."""
    text = (
        "Le mardi 14 octobre 2025, les gendarmes ont démantelé un réseau de trafic à Lunel.\n\n"
        "Neuf personnes ont été interpellées le 14 octobre.\n\n"
        "Les opérations ont permis la saisie de 12 kg de cocaïne.\n\n"
        "Cinq personnes ont été mises en examen le 17 octobre."
    )
    events = extract_all(text, "fr", "2025-10-18")
    assert [e.occurred_on for e in of_type(events, "seizure")] == ["2025-10-14"]


def test_ar_indefinite_singular_defendant_is_one(extract: Extract) -> None:
    """بسجن متهم ... مدة ستة أعوام: one defendant; the six is the term, not a count."""
    events = extract("قضت المحكمة بسجن متهم في العقد الرابع من العمر مدة ستة أعوام.", "ar")
    assert [e.persons_count for e in events if isinstance(e, SentenceEvent)] == [1]


def test_fr_name_with_initial_after_a_day_word_is_one_person(extract_all: Extract) -> None:
    """ "a condamné mercredi Mehdi T., 29 ans": an anonymised name after one adverb."""
    text = "Le tribunal a condamné mercredi Mehdi T., 29 ans, à huit ans d'emprisonnement."
    events = extract_all(text, "fr")
    assert [e.persons_count for e in events if isinstance(e, SentenceEvent)] == [1]


def test_en_organiser_is_one_person(extract: Extract) -> None:
    """ "jailed the organiser of the plot, Darren Mills, 47": one person."""
    text = "The judge jailed the organiser of the plot, Darren Mills, 47, for 14 years."
    events = extract(text)
    assert [e.persons_count for e in events if isinstance(e, SentenceEvent)] == [1]


def test_en_number_and_participle_name_persons_already_arrested(extract: Extract) -> None:
    """ "Of the eleven arrested, seven were charged": no second arrest dated by the charge."""
    text = (
        "Officers arrested eleven people in raids on Tuesday 14 October.\n\n"
        "Of the eleven arrested, seven were charged on Thursday 16 October."
    )
    assert len(of_type(extract(text, "en", "2025-10-17"), "arrest")) == 1


def test_penalty_a_charge_could_carry_is_no_sentence(extract: Extract) -> None:
    """ "charges that could carry life imprisonment": what the law allows, not a sentence."""
    text = "The three suspects face charges that could carry life imprisonment, police said."
    assert of_type(extract(text), "sentence") == []


def test_ar_generic_drug_word_takes_no_weight_across_a_comma(extract: Extract) -> None:
    """ "الإمفيتامين المخدر، إضافة إلى 1.3 كيلوغرام من مادة الحشيش": the weight is the
    hashish's, not the generic word's."""
    text = (
        "ضبط بحوزتهم 118 ألف قرص من مادة الإمفيتامين المخدر، "
        "إضافة إلى 1.3 كيلوغرام من مادة الحشيش المخدر."
    )
    event = one(extract(text, "ar"), SeizureEvent)
    assert ("hashish", 1.3, "kg") in [(i.substance, i.quantity, i.unit) for i in event.items]


def test_weight_before_another_drug_is_that_drugs(extract: Extract) -> None:
    """ "الحشيش، إضافة إلى 2 كيلوغرام من مادة الشبو": the 2 kg are the methamphetamine's."""
    event = one(
        extract("ضبطت الشرطة كمية من الحشيش، إضافة إلى 2 كيلوغرام من مادة الشبو.", "ar"),
        SeizureEvent,
    )
    quantities = {i.substance: i.quantity for i in event.items}
    assert quantities == {"hashish": None, "methamphetamine": 2.0}


def test_en_yearly_total_is_no_seizure(extract_all: Extract) -> None:
    """ "In 2023, customs seized a total of 40 tonnes": a year's total, not one seizure."""
    text = (
        "Customs seized 300 kilos of cocaine in Felixstowe on Monday. In 2023, customs seized "
        "a total of 40 tonnes of cocaine at UK ports."
    )
    assert [e.occurred_on for e in extract_all(text, "en") if e.type == "seizure"] == ["2024-03-11"]


def test_ar_yearly_total_is_no_seizure(extract_all: Extract) -> None:
    """ "وخلال عام 2023، ضبطت الجمارك ما مجموعه 40 طنا": a year's total, not one seizure."""
    text = (
        "ضبطت الجمارك يوم الاثنين 300 كيلوغرام من الكوكايين في ميناء جدة. وخلال عام 2023، "
        "ضبطت الجمارك ما مجموعه 40 طنا من المخدرات."
    )
    assert len([e for e in extract_all(text, "ar") if e.type == "seizure"]) == 1


def test_es_yearly_total_is_no_seizure(extract_all: Extract) -> None:
    """ "En 2023, los agentes incautaron un total de 40 toneladas": a year's total."""
    text = (
        "La Guardia Civil incautó el lunes 300 kilos de cocaína en Algeciras. En 2023, los "
        "agentes incautaron un total de 40 toneladas de cocaína en los puertos españoles."
    )
    assert len([e for e in extract_all(text, "es") if e.type == "seizure"]) == 1


def test_en_running_total_after_the_news_is_no_arrest(extract_all: Extract) -> None:
    """ "The arrests bring to 45 the number of people detained since 2022": a tally."""
    text = (
        "Police arrested 12 people in Leeds on Tuesday. The arrests bring to 45 the number of "
        "people detained since the investigation began in 2022."
    )
    assert [e.persons_count for e in extract_all(text, "en") if isinstance(e, ArrestEvent)] == [12]


def test_fr_running_total_after_the_news_is_no_arrest(extract_all: Extract) -> None:
    """ "Ces interpellations portent à 45 le nombre de personnes arrêtées": a tally."""
    text = (
        "Les gendarmes ont interpellé mardi douze personnes à Lyon. Ces interpellations portent "
        "à 45 le nombre de personnes arrêtées depuis le début de l'enquête en 2022."
    )
    assert len([e for e in extract_all(text, "fr") if e.type == "arrest"]) == 1


def test_es_running_total_after_the_news_is_no_arrest(extract_all: Extract) -> None:
    """ "Con estas detenciones, ya son 45 los detenidos desde 2022": a tally."""
    text = (
        "La Policía detuvo el martes a doce personas en Sevilla. Con estas detenciones, ya son "
        "45 los detenidos desde que comenzó la investigación en 2022."
    )
    assert len([e for e in extract_all(text, "es") if e.type == "arrest"]) == 1


def test_ar_new_arrest_raising_the_tally_stays(extract_all: Extract) -> None:
    """ "ألقت الشرطة القبض على شخصين آخرين، ليرتفع عدد الموقوفين إلى 12": the new arrest
    told before the tally is news."""
    text = (
        "ألقت الشرطة القبض يوم الثلاثاء على شخصين آخرين في عمان، ليرتفع عدد الموقوفين في "
        "القضية إلى 12."
    )
    arrests = [e for e in extract_all(text, "ar") if isinstance(e, ArrestEvent)]
    assert [(e.background, e.persons_count) for e in arrests] == [(False, 2)]
