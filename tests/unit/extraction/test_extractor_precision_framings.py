"""Precision classes of unseen articles, second round, each as a pair: the trap gives no event
of its type, a close sentence that tells the action still gives one (campaign framings,
goods received, anaphoric and evaluative mentions, generic nouns, charges described, type
confusions)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair, of_type


def test_a_security_campaign_frames_arrests_and_is_no_raid(extract_all: Extract) -> None:
    """حملة أمنية "targeting hotspots and holders of unlicensed weapons" frames the arrests it
    made: a raid needs premises searched or stormed."""
    check_trap_pair(
        extract_all,
        (
            "ar",
            "raid",
            "وفي إطار حملات أمنية مكثفة تستهدف البؤر الإجرامية وحائزي الأسلحة غير المرخصة، "
            "تمكنت أجهزة الأمن من ضبط 14 متهما.",
            "ونفذت أجهزة الأمن حملة أمنية على عدة منازل في المدينة وتمكنت من ضبط 14 متهما.",
        ),
    )


def test_goods_received_are_no_extradition(extract_all: Extract) -> None:
    """تسلم with a shipment as its object: goods received, no person handed over."""
    check_trap_pair(
        extract_all,
        (
            "ar",
            "extradition",
            "وتسلم المتهم الثاني الشحنة من مخزن قرب الميناء قبل نقلها إلى العاصمة.",
            "وتسلمت السلطات المغربية المتهم الثاني من إسبانيا يوم الأحد.",
        ),
    )


# language, event type, the action told, a later reference to it, a later new action
References = tuple[str, str, str, str, str]

REFERENCES: list[References] = [
    (
        "en",
        "seizure",
        "Customs seized 2 tonnes of cocaine at the port on Monday.",
        "On Thursday, the minister said these seizures confirm the role of the country as a "
        "transit hub.",
        "Customs seized 300 kilograms of heroin at the airport on Thursday, the minister said.",
    ),
    (
        "en",
        "arrest",
        "Police arrested five men in the capital on Monday.",
        "On Thursday the interior minister praised the arrests as a turning point.",
        "On Thursday police arrested two more men in the north.",
    ),
    (
        "fr",
        "seizure",
        "Les douaniers ont saisi 2 tonnes de cocaïne au port lundi.",
        "Jeudi, ces saisies ont été présentées par le ministre comme la preuve du rôle du pays.",
        "Les douaniers ont saisi jeudi 300 kilos d'héroïne à l'aéroport, a déclaré le ministre.",
    ),
    (
        "es",
        "seizure",
        "La policía incautó 2 toneladas de cocaína en el puerto el lunes.",
        "El jueves, estas incautaciones fueron presentadas por el ministro como prueba del papel "
        "del país.",
        "La policía incautó el jueves 300 kilos de heroína en el aeropuerto, dijo el ministro.",
    ),
    (
        "ar",
        "seizure",
        "ضبطت الشرطة طنين من الكوكايين في الميناء يوم الاثنين.",
        "ويوم الخميس، قدم الوزير هذه الضبطيات دليلا على دور البلاد كمنطقة عبور.",
        "وضبطت الشرطة يوم الخميس 300 كيلوغرام من الهيروين في المطار، بحسب ما قال الوزير.",
    ),
]


@pytest.mark.parametrize("case", REFERENCES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_a_demonstrative_or_evaluative_mention_refers_back(
    extract_all: Extract, case: References
) -> None:
    """ "These seizures confirm ...", "the minister praised the arrests": a trigger noun after a
    demonstrative or an evaluative verb refers to the action told before (one event); a new
    action told on another day is still a second one."""
    language, event_type, told, reference, new = case
    assert len(of_type(extract_all(f"{told}\n\n{reference}", language), event_type)) == 1
    assert len(of_type(extract_all(f"{told}\n\n{new}", language), event_type)) == 2


CHARGES_ELSEWHERE: list[TrapPair] = [
    (
        "en",
        "charge",
        "He was arrested in Madrid on Monday. He is wanted by a federal court in Texas, where he "
        "faces charges of drug trafficking.",
        "He was arrested in Madrid on Monday. He was charged in a federal court in Texas with "
        "drug trafficking.",
    ),
    (
        "es",
        "charge",
        "Fue detenido el lunes en Madrid. Es requerido por una corte federal de Texas, donde "
        "enfrenta cargos por narcotráfico.",
        "Fue detenido el lunes en Madrid. Fue imputado el martes por una corte federal de "
        "Texas por narcotráfico.",
    ),
    (
        "ar",
        "charge",
        "وسلمت السلطات المغربية المتهم إلى فرنسا لمواجهة تهم تهريب المخدرات.",
        "ووجهت النيابة العامة إلى المتهم تهم تهريب المخدرات.",
    ),
]


@pytest.mark.parametrize("pair", CHARGES_ELSEWHERE, ids=lambda p: p[0])
def test_charges_faced_where_one_is_wanted_are_no_new_charge(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "wanted in Texas, where he faces charges", "donde enfrenta cargos", "لمواجهة تهم": the
    charges of the case elsewhere, not brought in the story."""
    check_trap_pair(extract_all, pair)


def test_a_participle_after_the_convicted_qualifies_them(extract_all: Extract) -> None:
    """ "a condamné sept prévenus poursuivis pour l'importation": the participle after a person
    noun in a ruling's object describes the defendants; the same charge told as its own
    clause is one."""
    check_trap_pair(
        extract_all,
        (
            "fr",
            "charge",
            "Le tribunal a condamné lundi sept prévenus poursuivis pour l'importation de cocaïne.",
            "Sept personnes ont été mises en examen lundi pour l'importation de cocaïne.",
        ),
    )


def test_the_indictment_cited_as_a_source_is_no_second_charge(extract_all: Extract) -> None:
    """ "According to the 31-count indictment, the group laundered ...", "Selon l'acte
    d'accusation": the document the narrative cites, a charge told elsewhere (one event); a
    new indictment told on another day is a second one."""
    told = "Five men were charged in Miami on Monday with drug trafficking."
    trap = "According to the 31-count indictment filed in 2019, the group laundered $40 million."
    new = "A 31-count indictment was also unsealed in 2019 against the group's leader."
    assert len(of_type(extract_all(f"{told}\n\n{trap}"), "charge")) == 1
    assert len(of_type(extract_all(f"{told}\n\n{new}"), "charge")) == 2
    told_fr = "Cinq hommes ont été mis en examen lundi à Marseille pour trafic."
    trap_fr = "Selon l'acte d'accusation de 2019, le groupe a écoulé des tonnes de cocaïne."
    assert len(of_type(extract_all(f"{told_fr}\n\n{trap_fr}", "fr"), "charge")) == 1


def test_an_aprehension_of_drugs_is_a_seizure(extract_all: Extract) -> None:
    """es "la aprehensión de 650 kilos de cocaína": goods, a seizure, no arrest; "la
    aprehensión de tres sospechosos" stays an arrest."""
    trap = extract_all(
        "La policía informó el lunes de la aprehensión de 650 kilos de cocaína.", "es"
    )
    assert of_type(trap, "arrest") == []
    assert len(of_type(trap, "seizure")) == 1
    real = extract_all("La policía informó el lunes de la aprehensión de tres sospechosos.", "es")
    assert len(of_type(real, "arrest")) == 1


DATA_AND_DISRUPTIONS: list[TrapPair] = [
    (
        "en",
        "seizure",
        "Investigators read thousands of messages recovered from the cracked encrypted phone "
        "network.",
        "Officers recovered two pistols and a phone from the car on Monday.",
    ),
    (
        "fr",
        "seizure",
        "Les enquêteurs ont lu des messages récupérés sur le téléphone crypté du suspect.",
        "Les enquêteurs ont récupéré deux pistolets et un téléphone dans la voiture lundi.",
    ),
    (
        "es",
        "seizure",
        "Los investigadores leyeron mensajes recuperados del teléfono cifrado del sospechoso.",
        "Los agentes recuperaron dos pistolas y un teléfono en el coche el lunes.",
    ),
    (
        "en",
        "dismantling",
        "The cyber attack disrupted payments across the banking network for two days.",
        "Police disrupted the trafficking network on Monday.",
    ),
]


@pytest.mark.parametrize("pair", DATA_AND_DISRUPTIONS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_data_recovered_and_payments_disrupted_are_no_event(
    extract_all: Extract, pair: TrapPair
) -> None:
    """Messages recovered from a phone are data, not goods seized; disrupted payments break up
    no network."""
    check_trap_pair(extract_all, pair)


OTHER_PENALTIES: list[tuple[str, str, int]] = [
    (
        "fr",
        "Il a été condamné lundi à quatre ans de prison et à une expulsion du territoire pour "
        "dix ans à l'issue de sa peine.",
        48,
    ),
    (
        "es",
        "Fue condenado el lunes a cuatro años de prisión y a la expulsión del territorio durante "
        "diez años.",
        48,
    ),
    (
        "en",
        "He was sentenced on Monday to four years in prison and banned from driving for ten years.",
        48,
    ),
    ("ar", "وقضت المحكمة بسجن المتهم أربع سنوات ومنعه من السفر لمدة عشر سنوات.", 48),
]


@pytest.mark.parametrize("case", OTHER_PENALTIES, ids=lambda c: c[0])
def test_a_ban_or_expulsion_length_is_no_prison_term(
    extract_all: Extract, case: tuple[str, str, int]
) -> None:
    """ "une expulsion du territoire pour dix ans", "banned from driving for ten years": the
    length of a penalty that is no prison term; the prison term stays the one ruling."""
    language, text, months = case
    rulings = of_type(extract_all(text, language), "sentence")
    assert [getattr(r, "sentence_months", None) for r in rulings] == [months]


GENERIC_STATEMENTS: list[TrapPair] = [
    (
        "en",
        "raid",
        '"Raids are never pleasant for the families," the director of the film said.',
        "Police raided the family home on Monday, the director of the film said.",
    ),
    (
        "fr",
        "raid",
        "« Les perquisitions ne sont jamais agréables pour les familles », a dit le réalisateur.",
        "Les policiers ont perquisitionné le domicile familial lundi, a dit le réalisateur.",
    ),
    (
        "es",
        "raid",
        '"Los allanamientos nunca son agradables para las familias", dijo el director.',
        "La policía allanó la vivienda familiar el lunes, dijo el director.",
    ),
]


@pytest.mark.parametrize("pair", GENERIC_STATEMENTS, ids=lambda p: p[0])
def test_a_generic_statement_on_a_kind_of_action_is_no_event(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "Raids are never pleasant", "Les perquisitions ne sont jamais agréables": a plural
    trigger noun with a timeless copula tells no occasion."""
    check_trap_pair(extract_all, pair)


def test_searches_still_under_way_are_a_raid(extract_all: Extract) -> None:
    """ "sont toujours en cours" (still under way) is no generic statement."""
    events = extract_all(
        "Les perquisitions au domicile des suspects sont toujours en cours lundi soir.", "fr"
    )
    assert len(of_type(events, "raid")) == 1


# language, the range summary, the terms told one by one, the number of rulings they make
RANGES: list[tuple[str, str, str, int]] = [
    (
        "en",
        "Four of the five defendants were sentenced on Monday to terms of up to seven years.",
        "Smith was jailed for six and a half years, Jones for six years and Brown for four years.",
        3,
    ),
    (
        "es",
        "Los cinco acusados fueron condenados el lunes a penas de entre cuatro y 14 años.",
        "El líder fue condenado a 12 años y dos de sus lugartenientes a ocho años.",
        2,
    ),
    (
        "fr",
        "Les sept prévenus ont été condamnés lundi à des peines allant de deux à dix ans.",
        "Le chef du réseau a été condamné à neuf ans et son adjoint à cinq ans.",
        2,
    ),
]


@pytest.mark.parametrize("case", RANGES, ids=lambda c: c[0])
def test_a_range_summing_up_the_terms_told_is_no_extra_ruling(
    extract_all: Extract, case: tuple[str, str, str, int]
) -> None:
    """ "terms of up to seven years", "penas de entre cuatro y 14 años": a range over the
    defendants whose terms are told one by one adds no ruling; told alone, it is the one."""
    language, summary, terms, rulings = case
    assert len(of_type(extract_all(f"{summary} {terms}", language), "sentence")) == rulings
    assert len(of_type(extract_all(summary, language), "sentence")) == 1


def test_an_arrest_restated_with_its_law_merges_with_the_arrest_told(
    extract_all: Extract,
) -> None:
    """ "وتم توقيف المتهمين وفق أحكام المادة (28) من قانون المخدرات لعام 2016": the law's year
    is no date of the arrest, so the restated arrest joins the one told (no background
    arrest); an arrest told with a year of its own is still an older one."""
    told = "ألقت الأجهزة الأمنية يوم الاثنين القبض على ثلاثة متهمين بحوزتهم كمية من الحشيش."
    law = "وتم توقيف المتهمين وفق أحكام المادة (28) من قانون المخدرات والمؤثرات العقلية لعام 2016."
    older = "وكانت الشرطة قد ألقت القبض على أحدهم عام 2016."
    assert len(of_type(extract_all(f"{told}\n\n{law}", "ar"), "arrest")) == 1
    assert len(of_type(extract_all(f"{told}\n\n{older}", "ar"), "arrest")) == 2


SURVEILLANCE_AND_CAMPAIGNS: list[TrapPair] = [
    (
        "ar",
        "raid",
        "وتم تفتيش القارب الذي كان محل متابعة منذ أيام.",
        "وتم تفتيش المحل الذي كان يستخدمه المتهم.",
    ),
    (
        "ar",
        "raid",
        "وشنت المصالح الأمنية حملة على الأشخاص محل بحث.",
        "وداهمت المصالح الأمنية منزل أحد الأشخاص المطلوبين.",
    ),
    (
        "en",
        "raid",
        "As part of a crackdown targeting drug dens and holders of unlicensed weapons, police "
        "arrested 12 suspects on Monday.",
        "Police raided three drug dens on Monday and arrested 12 suspects.",
    ),
    (
        "fr",
        "raid",
        "Le bateau était sous surveillance depuis plusieurs jours quand les gendarmes l'ont "
        "arraisonné.",
        "Les gendarmes ont perquisitionné le hangar où le bateau était amarré.",
    ),
    (
        "es",
        "raid",
        "La embarcación estaba bajo vigilancia desde hacía días.",
        "Los agentes allanaron la nave donde estaba la embarcación.",
    ),
]


@pytest.mark.parametrize("pair", SURVEILLANCE_AND_CAMPAIGNS, ids=lambda p: p[0])
def test_monitoring_and_campaign_framings_are_no_raid(extract_all: Extract, pair: TrapPair) -> None:
    """ "محل متابعة" (under monitoring: محل is no shop), "sous surveillance", "bajo vigilancia",
    "a crackdown targeting drug dens": no premises searched, no raid."""
    check_trap_pair(extract_all, pair)


REQUESTS: list[TrapPair] = [
    (
        "en",
        "sentence",
        "The prosecution is seeking 22 years for the clan patriarch.",
        "The court sentenced the clan patriarch to 22 years on Monday.",
    ),
    (
        "es",
        "sentence",
        "La Fiscalía solicita para el patriarca del clan 22 años de prisión.",
        "La Audiencia condenó al patriarca del clan a 22 años de prisión.",
    ),
    (
        "fr",
        "seizure",
        "Le ministère public avait requis des peines de cinq à dix ans ainsi que la confiscation "
        "de leurs biens.",
        "Le tribunal a ordonné la confiscation de leurs biens.",
    ),
    (
        "ar",
        "sentence",
        "وطالبت النيابة العامة بالسجن المؤبد للمتهمين.",
        "وقضت المحكمة بالسجن المؤبد للمتهمين.",
    ),
]


@pytest.mark.parametrize("pair", REQUESTS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_what_the_prosecution_asks_for_is_no_ruling_or_seizure(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "is seeking 22 years", "solicita 22 años", "avait requis ... la confiscation", "طالبت
    النيابة": a request, neither a sentence nor a seizure."""
    check_trap_pair(extract_all, pair)


ASKED: list[TrapPair] = [
    (
        "en",
        "seizure",
        "Prosecutors have asked that the property be seized.",
        "Officers seized the property on Monday.",
    ),
    (
        "en",
        "sentence",
        "Prosecutors asked that he be jailed for 10 years.",
        "The judge jailed him for 10 years on Monday.",
    ),
    (
        "ar",
        "seizure",
        "والتمست النيابة العامة مصادرة الأموال المحجوزة.",
        "وقررت المحكمة مصادرة الأموال المحجوزة.",
    ),
]


@pytest.mark.parametrize("pair", ASKED, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_prosecutor_asking_that_it_be_done_is_no_action(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "asked that the property be seized", "التمست النيابة مصادرة": a request."""
    check_trap_pair(extract_all, pair)


PENALTIES_FACED: list[TrapPair] = [
    (
        "en",
        "sentence",
        "He was extradited to the United States on Monday, where he faces 20 years in prison.",
        "He was sentenced in the United States on Monday to 20 years in prison.",
    ),
    (
        "en",
        "sentence",
        "He was flown to Texas on Monday to face a sentence of 20 years.",
        "He was sentenced in Texas on Monday to 20 years.",
    ),
    (
        "es",
        "sentence",
        "Fue extraditado el lunes a Estados Unidos, donde enfrenta 20 años de prisión.",
        "Fue condenado el lunes en Estados Unidos a 20 años de prisión.",
    ),
]


@pytest.mark.parametrize("pair", PENALTIES_FACED, ids=lambda p: p[0])
def test_a_penalty_faced_where_one_is_sent_is_no_ruling(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "where he faces 20 years", "to face a sentence of", "donde enfrenta 20 años": the
    charge cue's longer phrases also stand in the cue of possible penalties."""
    check_trap_pair(extract_all, pair)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The men behind the network are never arrested, the report said."),
        ("fr", "Les commanditaires ne sont jamais interpellés, selon le rapport."),
        ("es", "Los jefes nunca son detenidos, según el informe."),
    ],
)
def test_a_generic_copula_before_a_trigger_still_negates(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "are never arrested", "ne sont jamais interpellés": the generic-statement phrases
    hide the shorter negation word, so they stand in the negation cue too."""
    assert of_type(extract_all(text, language), "arrest") == []
