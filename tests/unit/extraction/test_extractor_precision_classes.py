"""Precision classes of unseen articles, each as a pair: the trap sentence gives no event of
its type, and a close sentence that tells the action still gives one (hypotheticals and the
law's penalties, plans and aims, treaties and court steps, acquittals, figurative senses and
fiction, rumours, custody statuses and trends, a prosecutor's conduct of a case)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair, of_type

HYPOTHETICALS: list[TrapPair] = [
    (
        "en",
        "conviction",
        "Under the law, anyone convicted of selling drugs near a school can be given the death "
        "penalty.",
        "The man was convicted of selling drugs near a school on Monday.",
    ),
    (
        "en",
        "sentence",
        "The offence carries life imprisonment.",
        "The court sentenced him to life imprisonment on Monday.",
    ),
    (
        "fr",
        "conviction",
        "S'il était jugé et reconnu coupable, il encourrait dix ans de prison.",
        "Il a été reconnu coupable lundi par le tribunal correctionnel.",
    ),
    (
        "fr",
        "sentence",
        "Quiconque est condamné pour trafic peut écoper de dix ans.",
        "Il a été condamné lundi à dix ans de prison pour trafic.",
    ),
    (
        "es",
        "sentence",
        "De ser capturado y condenado, podría enfrentar cadena perpetua.",
        "Fue condenado el lunes a cadena perpetua por narcotráfico.",
    ),
    (
        "ar",
        "sentence",
        "وفي حال ثبوت التهمة، قد يحكم عليه بالسجن عشر سنوات.",
        "وقضت المحكمة بسجن المتهم عشر سنوات.",
    ),
]


@pytest.mark.parametrize("pair", HYPOTHETICALS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_conditions_and_the_law_give_no_ruling(extract_all: Extract, pair: TrapPair) -> None:
    """ "If convicted", "anyone convicted ... can be given", "the offence carries", "S'il
    était jugé": a penalty the law allows or a condition, not a ruling."""
    check_trap_pair(extract_all, pair)


PLANS: list[TrapPair] = [
    (
        "en",
        "seizure",
        "The aim is to arrest the dealers and seize their phones.",
        "Officers arrested those who ran the lines and seized their phones on Monday.",
    ),
    (
        "en",
        "raid",
        "Raids are planned on addresses across the city.",
        "Police raided six addresses across the city on Tuesday.",
    ),
    (
        "fr",
        "arrest",
        "L'objectif est de démanteler les points de deal et d'interpeller les trafiquants.",
        "Les policiers ont démantelé mardi les points de deal et interpellé les trafiquants.",
    ),
    (
        "fr",
        "arrest",
        "Il y aura des interpellations et des saisies, a prévenu le préfet.",
        "Douze personnes ont été interpellées mardi, a indiqué le préfet.",
    ),
    (
        "es",
        "arrest",
        "El objetivo es desarticular la organización y detener a sus miembros.",
        "La Policía desarticuló el lunes la organización y detuvo a sus miembros.",
    ),
    (
        "ar",
        "arrest",
        "تهدف الحملة إلى ضبط المخدرات والقبض على المروجين.",
        "وأسفرت الحملة عن ضبط المخدرات والقبض على المروجين.",
    ),
]


@pytest.mark.parametrize("pair", PLANS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_aims_and_plans_give_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """An operation's aim or an announced plan, and a verb joined to it by "and", is not its
    result."""
    check_trap_pair(extract_all, pair)


def test_a_purpose_does_not_reach_the_result_told_after_it(extract_all: Extract) -> None:
    """ "An operation aimed at drug dealers led to 12 arrests": the purpose governs only the
    verb right after it."""
    cases = [
        ("en", "An operation aimed at drug dealers led to 12 arrests in the city on Tuesday."),
        ("fr", "Une opération visant les dealers a permis l'interpellation de douze personnes."),
        ("ar", "حملة أمنية تهدف إلى مكافحة المخدرات أسفرت عن ضبط عشرة أشخاص."),
    ]
    for language, text in cases:
        assert len(of_type(extract_all(text, language), "arrest")) == 1, text


TREATIES: list[TrapPair] = [
    (
        "en",
        "extradition",
        "The two countries signed an extradition treaty in 2022.",
        "Spain extradited the suspect to the United States on Monday under a 2022 treaty.",
    ),
    (
        "en",
        "extradition",
        "A Supreme Court judge committed him for extradition to the United States.",
        "He was extradited to the United States on Monday.",
    ),
    (
        "es",
        "extradition",
        "Ambos países firmaron un tratado de extradición en 2022.",
        "El sospechoso fue extraditado el lunes a Estados Unidos.",
    ),
    (
        "ar",
        "extradition",
        "ووقع البلدان مذكرة تفاهم تتضمن تسليم المطلوبين.",
        "وسلمت السلطات المتهم إلى الولايات المتحدة أمس.",
    ),
    (
        "fr",
        "seizure",
        "La cour a été saisie d'une demande d'extradition.",
        "La police a saisi mardi une tonne de résine de cannabis.",
    ),
]


@pytest.mark.parametrize("pair", TREATIES, ids=lambda p: f"{p[0]}-{p[1]}")
def test_treaties_and_court_steps_are_no_action(extract_all: Extract, pair: TrapPair) -> None:
    """A treaty or a court step toward a handover is not the handover; a court "saisie d'une
    demande" hears it, nothing is seized."""
    check_trap_pair(extract_all, pair)


ACQUITTALS: list[TrapPair] = [
    (
        "en",
        "charge",
        "Smith, who had been charged with drug trafficking, was acquitted on Monday.",
        "Prosecutors charged three men with drug trafficking on Monday.",
    ),
    (
        "fr",
        "charge",
        "Poursuivi pour trafic de stupéfiants, il a été relaxé par le tribunal.",
        "Trois hommes ont été mis en examen mardi pour trafic de stupéfiants.",
    ),
    (
        "es",
        "charge",
        "El tribunal absolvió al acusado, a quien la Fiscalía imputaba el delito de narcotráfico.",
        "La Fiscalía imputó el lunes a tres hombres por narcotráfico.",
    ),
    (
        "ar",
        "sentence",
        "قضت المحكمة ببراءة المتهمين من تهمة الاتجار بالمخدرات.",
        "وقضت المحكمة بسجن المتهم عشر سنوات.",
    ),
]


@pytest.mark.parametrize("pair", ACQUITTALS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_an_acquittal_is_no_charge_or_ruling(extract_all: Extract, pair: TrapPair) -> None:
    """The charge an acquittal rules on is no new charge, and an acquittal no sentence."""
    check_trap_pair(extract_all, pair)


FIGURATIVE: list[TrapPair] = [
    (
        "en",
        "charge",
        "The governor charged them to remain vigilant against drug dealers.",
        "Police charged them with drug dealing on Monday.",
    ),
    (
        "es",
        "sentence",
        "El partido parecía sentenciado tras el segundo gol.",
        "El tribunal condenó al narcotraficante a 15 años de cárcel.",
    ),
    (
        "fr",
        "sentence",
        "Le match semblait condamné après le deuxième but.",
        "Il a été condamné lundi à dix ans de prison pour trafic.",
    ),
]


@pytest.mark.parametrize("pair", FIGURATIVE, ids=lambda p: f"{p[0]}-{p[1]}")
def test_figurative_senses_are_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """Exhorting ("charged them to remain vigilant") and a match "sentenced" are no action."""
    check_trap_pair(extract_all, pair)


FICTION: list[TrapPair] = [
    (
        "en",
        "arrest",
        "In episode 15 of the series, the officer raids a warehouse and arrests two dealers.",
        "Actor John Smith, known for his role in the series, was arrested on Monday.",
    ),
    (
        "fr",
        "arrest",
        "Dans l'épisode 3 de la série, le commissaire perquisitionne un entrepôt et arrête deux "
        "dealers.",
        "L'acteur, connu pour son rôle dans la série, a été interpellé lundi.",
    ),
    (
        "es",
        "arrest",
        "En la serie, el agente detiene al narcotraficante en el capítulo 3.",
        "El actor, conocido por su papel en la serie, fue detenido el lunes.",
    ),
    (
        "ar",
        "arrest",
        "وفي الحلقة الخامسة من المسلسل، يداهم الضابط مستودعا ويعتقل تاجرين.",
        "وألقت الشرطة القبض على بطل المسلسل أمس في منزله.",
    ),
]


@pytest.mark.parametrize("pair", FICTION, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_fiction_frame_gives_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """A sentence opened by a fiction frame ("In episode 15 of the series") tells a plot; the
    same words elsewhere in a sentence ("his role in the series") frame nothing."""
    check_trap_pair(extract_all, pair)


def test_a_fiction_frame_ends_with_its_paragraph(extract_all: Extract) -> None:
    """The frame covers the rest of its paragraph only: the news in the next one counts."""
    text = (
        "In the first episode, the detective arrests a cartel boss. He then raids a warehouse.\n"
        "Police arrested the show's lead actor on Monday at his home in Madrid."
    )
    assert len(of_type(extract_all(text, "en"), "arrest")) == 1
    assert of_type(extract_all(text, "en"), "raid") == []


RUMOURS: list[TrapPair] = [
    (
        "en",
        "arrest",
        "Police dismissed as false social media reports that the singer had been arrested.",
        "The singer was arrested on Monday at his home, police said.",
    ),
    (
        "en",
        "arrest",
        "The rapper was seen at a concert on the day of the alleged arrest.",
        "The rapper was arrested on Monday after a concert.",
    ),
    (
        "fr",
        "arrest",
        "Selon les publications incriminées, trois bagagistes auraient été arrêtés.",
        "Trois bagagistes ont été arrêtés mardi à l'aéroport.",
    ),
    (
        "es",
        "arrest",
        "Según publicaciones en redes sociales, tres funcionarios habrían sido detenidos.",
        "Tres funcionarios fueron detenidos el lunes en el aeropuerto.",
    ),
    (
        "ar",
        "arrest",
        "وتداول رواد مواقع التواصل الاجتماعي أنباء عن القبض على المطرب.",
        "وألقت الشرطة القبض على المطرب أمس في منزله.",
    ),
]


@pytest.mark.parametrize("pair", RUMOURS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_reports_and_rumours_are_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """What social media reports, an "alleged arrest" and the French hearsay conditional
    ("auraient été arrêtés") do not assert that the action happened."""
    check_trap_pair(extract_all, pair)


STATUSES: list[TrapPair] = [
    (
        "en",
        "arrest",
        "He was being held at the county jail on a $85,000 bond.",
        "He was arrested on Monday and taken to the county jail.",
    ),
    (
        "en",
        "seizure",
        "Seizures at the ports have risen steeply, with a record 2 tonnes last year.",
        "Customs officers seized 1.5 tonnes of cocaine at the border on Monday.",
    ),
    (
        "fr",
        "arrest",
        "Le nombre de personnes interpellées a augmenté de 18 %.",
        "Douze personnes ont été interpellées mardi à Marseille.",
    ),
    (
        "es",
        "seizure",
        "Las incautaciones en la frontera han aumentado, con un récord de 1,5 toneladas el año "
        "pasado.",
        "La Guardia Civil incautó el lunes 1,5 toneladas de cocaína en la frontera.",
    ),
]


@pytest.mark.parametrize("pair", STATUSES, ids=lambda p: f"{p[0]}-{p[1]}")
def test_custody_status_and_trends_are_no_action(extract_all: Extract, pair: TrapPair) -> None:
    """A custody status ("was being held on a bond") and a trend ("seizures have risen") are
    no action."""
    check_trap_pair(extract_all, pair)


PROCEDURE: list[TrapPair] = [
    (
        "en",
        "charge",
        "The case was prosecuted by Assistant U.S. Attorney John Smith.",
        "Prosecutors charged the man with trafficking on Monday.",
    ),
    (
        "es",
        "charge",
        "La audiencia de formulación de cargos estaba prevista para el lunes.",
        "La Fiscalía imputó el lunes a tres hombres por narcotráfico.",
    ),
]


@pytest.mark.parametrize("pair", PROCEDURE, ids=lambda p: f"{p[0]}-{p[1]}")
def test_conduct_of_a_case_and_scheduled_hearings_are_no_charge(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "The case was prosecuted by" names the prosecutor; a hearing "estaba prevista" is on
    the calendar, not held."""
    check_trap_pair(extract_all, pair)


def test_a_concession_is_no_condition(extract_all: Extract) -> None:
    """ "Même s'il a été interpellé mardi": a concession asserts the arrest."""
    text = "Même s'il a été interpellé mardi, le suspect nie les faits."
    assert len(of_type(extract_all(text, "fr"), "arrest")) == 1


MORE_TRAPS: list[TrapPair] = [
    (
        "en",
        "arrest",
        "The crackdown is intended to disrupt supply lines and arrest dealers.",
        "The crackdown disrupted supply lines and officers arrested six dealers on Monday.",
    ),
    (
        "en",
        "conviction",
        "Those convicted face up to 20 years in prison.",
        "Two men were convicted on Monday of importing cocaine.",
    ),
    (
        "fr",
        "conviction",
        "Les personnes reconnues coupables risquent jusqu'à dix ans de prison.",
        "Les deux hommes ont été reconnus coupables lundi de trafic de stupéfiants.",
    ),
    (
        "es",
        "sentence",
        "Si es declarado culpable, enfrentaría una pena de cadena perpetua.",
        "Fue condenado el lunes a cadena perpetua por narcotráfico.",
    ),
    (
        "es",
        "arrest",
        "Se espera que haya más detenciones en los próximos días.",
        "La Policía detuvo el lunes a otras tres personas.",
    ),
    (
        "fr",
        "arrest",
        "D'autres interpellations ne sont pas exclues.",
        "Deux autres personnes ont été interpellées mardi.",
    ),
    (
        "en",
        "arrest",
        "Reports that the actor was arrested are false, police said.",
        "The actor was arrested on Monday, police said.",
    ),
    (
        "en",
        "charge",
        "The coach charged his players to keep their focus.",
        "Police charged the coach with drug possession on Monday.",
    ),
    (
        "en",
        "arrest",
        "Arrests for drug offences rose 18% last year.",
        "Police made 18 arrests for drug offences on Monday.",
    ),
    (
        "es",
        "arrest",
        "El sospechoso permanece detenido en la cárcel de la ciudad.",
        "El sospechoso fue detenido el lunes en la ciudad.",
    ),
    (
        "ar",
        "sentence",
        "وتنص المادة 33 على معاقبة المتاجرين بالمخدرات بالسجن المشدد.",
        "وقضت المحكمة بسجن المتهم عشر سنوات.",
    ),
]


@pytest.mark.parametrize("pair", MORE_TRAPS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_more_phrasings_of_the_classes(extract_all: Extract, pair: TrapPair) -> None:
    """Other phrasings of the same classes: a verb joined by "and" to a purpose, whoever the
    law's penalty falls on, an expected or possible action, a report judged false after it, an
    exhortation, a trend, a custody status and what a law article provides."""
    check_trap_pair(extract_all, pair)


def test_a_plan_article_gives_no_event(extract_all: Extract) -> None:
    """A strategy announced with its aims, planned raids, expected arrests, the law's penalty
    and trend figures tells no action at all."""
    text = (
        "The government on Monday unveiled a new strategy against county lines drug dealing, "
        "with police forces across England given extra funding.\n"
        "The goal of the strategy is to arrest the gang leaders and seize their phones, "
        "the Home Secretary said. Raids are planned on addresses in several cities, and police "
        "chiefs said further arrests were expected.\n"
        "Under the law, anyone convicted of supplying class A drugs near a school can be given "
        "a life sentence.\n"
        "Figures published with the plan show that seizures of cocaine at the border have risen "
        "sharply in the past five years."
    )
    assert extract_all(text, "en") == []


def test_an_acquittal_article_gives_no_charge_or_conviction(extract_all: Extract) -> None:
    """An acquittal story: the charge it rules on, the verdict and the prosecutor's conduct of
    the case are no new events."""
    text = (
        "A man accused of running a cocaine ring was acquitted of all charges on Friday after a "
        "three-week trial.\n"
        "The 45-year-old, who had been charged with conspiracy to supply class A drugs, was found "
        "not guilty by the jury. The case was prosecuted by the Crown Prosecution Service."
    )
    events = extract_all(text, "en")
    assert [e.type for e in events if e.type in ("charge", "conviction", "seizure")] == []


def test_a_plea_of_not_guilty_keeps_the_charge(extract_all: Extract) -> None:
    """ "charged ... and pleaded not guilty": a plea, not an acquittal; the charge stands."""
    text = "He was charged with drug trafficking on Monday and pleaded not guilty."
    assert len(of_type(extract_all(text, "en"), "charge")) == 1


def test_a_fiction_review_gives_no_event(extract_all: Extract) -> None:
    """Two sentences framed as a series' plot: the whole review tells fiction."""
    text = (
        "La nueva temporada de la serie policial se estrena el viernes.\n"
        "En el primer capítulo, el inspector detiene a un narcotraficante en el puerto y la "
        "policía incauta dos toneladas de cocaína.\n"
        "La trama sigue a un agente infiltrado en un cártel que acaba extraditado a Estados Unidos."
    )
    assert extract_all(text, "es") == []


def test_close_real_sentences_keep_their_events(extract_all: Extract) -> None:
    """The new cues do not reach real actions: a treaty named after a handover, a trend told
    of a figure after a comma, an earlier acquittal before a new charge, a seizure "en hausse"
    compared with last year, a raid after "anyone"."""
    cases = [
        ("en", "extradition", "Spain extradited the suspect under a 2022 treaty."),
        (
            "en",
            "seizure",
            "Officers seized 2 tonnes of cocaine, a figure that has risen each year.",
        ),
        (
            "en",
            "charge",
            "The man, who had been acquitted of a similar charge in 2019, was charged on Monday "
            "with trafficking.",
        ),
        (
            "fr",
            "seizure",
            "La police a saisi 2 tonnes de cocaïne, un chiffre en hausse par rapport à 2023.",
        ),
        ("en", "raid", "Officers arrested anyone found carrying drugs during the raid on Monday."),
    ]
    for language, event_type, text in cases:
        assert len(of_type(extract_all(text, language), event_type)) == 1, text


FIGURES_OF_SPEECH: list[TrapPair] = [
    (
        "en",
        "charge",
        "The debate was emotionally charged as lawmakers discussed the drug bill.",
        "Police charged two men with drug dealing on Monday.",
    ),
    (
        "en",
        "sentence",
        "The government condemned the attack on the police station.",
        "The court condemned him to death on Monday.",
    ),
    (
        "fr",
        "sentence",
        "Le gouvernement a condamné l'agression des policiers.",
        "Le tribunal a condamné le meurtrier à vingt ans de réclusion.",
    ),
    (
        "es",
        "sentence",
        "El Gobierno condenó el ataque contra la comisaría.",
        "El tribunal condenó a los acusados a diez años de prisión por el asesinato.",
    ),
    (
        "es",
        "sentence",
        "Un gol de penalti condenó al equipo al descenso.",
        "El juez condenó al narcotraficante a doce años de cárcel.",
    ),
    (
        "en",
        "seizure",
        "Liverpool seized the initiative after half-time.",
        "Customs officers seized 40 kilos of cocaine on Monday.",
    ),
]


@pytest.mark.parametrize("pair", FIGURES_OF_SPEECH, ids=lambda p: f"{p[0]}-{p[1]}")
def test_denouncing_and_other_senses_are_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """To condemn an attack denounces it, a "charged" debate is tense, a team "condemned to
    relegation" lost and one that "seized the initiative" played well."""
    check_trap_pair(extract_all, pair)


LAW_AND_COURT_STEPS: list[TrapPair] = [
    (
        "en",
        "extradition",
        "A judge ordered his extradition to the United States.",
        "He was extradited to the United States on Monday.",
    ),
    (
        "es",
        "extradition",
        "La jueza ordenó su extradición a Estados Unidos.",
        "El sospechoso fue extraditado el lunes a Estados Unidos.",
    ),
    (
        "fr",
        "sentence",
        "Le code pénal punit le trafic de stupéfiants de dix ans d'emprisonnement.",
        "Le tribunal l'a condamné lundi à dix ans d'emprisonnement pour trafic.",
    ),
    (
        "ar",
        "sentence",
        "وقد يحكم على المتهم بالسجن المؤبد.",
        "وقضت المحكمة بسجن المتهم عشر سنوات.",
    ),
    (
        "en",
        "raid",
        "Further raids are to take place in the coming weeks.",
        "Police raided six addresses across the city on Tuesday.",
    ),
]


@pytest.mark.parametrize("pair", LAW_AND_COURT_STEPS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_orders_laws_and_coming_steps_are_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """An extradition ordered, a penalty the penal code provides or one that may come, and
    raids still to take place are not the action itself."""
    check_trap_pair(extract_all, pair)


REPORTS_AND_HABITS: list[TrapPair] = [
    (
        "en",
        "arrest",
        'The agency dismissed as "baseless and malicious" reports that the footballer had been '
        "arrested at the airport.",
        "The footballer was arrested at the airport on Monday, the agency said.",
    ),
    (
        "es",
        "arrest",
        "La Policía calificó de falsas las versiones de que el cantante había sido detenido.",
        "El cantante fue detenido el lunes en su domicilio.",
    ),
    (
        "ar",
        "arrest",
        "ووصفت الشرطة الأنباء عن القبض على اللاعب بأنها كاذبة.",
        "وألقت الشرطة القبض على اللاعب أمس في المطار.",
    ),
    (
        "ar",
        "seizure",
        "وتعلن السلطات بشكل شبه يومي عن عمليات ضبط للمخدرات على الحدود.",
        "وأعلنت السلطات أمس ضبط 20 كيلوغراما من المخدرات على الحدود.",
    ),
    (
        "fr",
        "seizure",
        "Les douanes annoncent quasi quotidiennement des saisies de cocaïne dans le port.",
        "Les douanes ont annoncé mardi une saisie de 300 kilos de cocaïne dans le port.",
    ),
]


@pytest.mark.parametrize("pair", REPORTS_AND_HABITS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_reports_judged_false_and_habits_are_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """A report "dismissed as" false or called false before or after it, and actions the
    authorities announce "almost daily", tell no action."""
    check_trap_pair(extract_all, pair)


YEARLY_TOTALS: list[TrapPair] = [
    (
        "en",
        "seizure",
        "Police say more than 300 illegal guns were seized across the country last year.",
        "Police seized 300 illegal guns across the country on Monday in a coordinated operation.",
    ),
    (
        "fr",
        "seizure",
        "Plus de 300 armes ont été saisies dans tout le pays l'an dernier, selon la police.",
        "Plus de 300 armes ont été saisies mardi dans tout le pays lors d'une opération.",
    ),
]


@pytest.mark.parametrize("pair", YEARLY_TOTALS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_country_wide_year_is_a_total(extract_all: Extract, pair: TrapPair) -> None:
    """An action over the whole country with a whole year as its date is a yearly total; with
    a day it is one operation."""
    check_trap_pair(extract_all, pair)


def test_a_court_seized_of_a_request_seizes_nothing(extract_all: Extract) -> None:
    """ "The court was seized of a request": the court hears it; "seized 2 kg" still counts."""
    assert extract_all("The High Court is seized of the extradition request.", "en") == []
    real = "Officers seized 2 kg of cocaine at the port on Monday."
    assert len(of_type(extract_all(real, "en"), "seizure")) == 1


def test_a_match_that_seemed_sentenced_is_sport(extract_all: Extract) -> None:
    """ "the match seemed sentenced": lost, not a penalty."""
    assert extract_all("After the second goal the match seemed sentenced.", "en") == []


def test_fiction_frames_with_a_possessive_or_new(extract_all: Extract) -> None:
    """ "In the show's third season", "In its second season", "En la nueva serie" frame a plot;
    "In a series of raids" frames nothing."""
    traps = [
        ("en", "In the show's third season, the detective arrests a cartel boss."),
        ("en", "In its second season, agents raid a lab and seize 40 kilos of meth."),
        ("es", "En la nueva serie, la policía detiene a un capo."),
    ]
    for language, text in traps:
        assert extract_all(text, language) == [], text
    real = "In a series of raids, police arrested 12 people on Monday."
    assert len(of_type(extract_all(real, "en"), "arrest")) == 1
