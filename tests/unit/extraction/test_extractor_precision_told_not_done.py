"""Sentences that tell no real action: a series told by its seasons and episodes, a bill's
powers, rewards for information, yearly and running totals, refused extraditions and custody
orders. Each trap gives no event of its type; a close sentence telling the action still does."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair, of_type, one
from worker.models import ArrestEvent

SERIES: list[TrapPair] = [
    (
        "en",
        "arrest",
        "The third season of the police series opens on Friday. At the end of the fourth "
        "episode, the young inspector is arrested by his own colleagues.",
        "The young inspector was arrested by his own colleagues on Friday.",
    ),
    (
        "es",
        "arrest",
        "La nueva temporada de la serie policial se estrena el jueves. En el sexto "
        "episodio, la inspectora protagonista es detenida por su propio jefe.",
        "El comisario fue detenido el viernes por la Guardia Civil en Málaga.",
    ),
    (
        "fr",
        "arrest",
        "La troisième saison de la série policière sort vendredi. Le héros est interpellé par "
        "ses propres collègues à la fin du quatrième épisode.",
        "Le commissaire a été interpellé vendredi par ses propres collègues à Lille.",
    ),
    (
        "ar",
        "raid",
        "بدأت شركة إنتاج تصوير مسلسل بوليسي جديد، ويتضمن مشاهد لمداهمات أوكار تجار المخدرات.",
        "داهمت الشرطة أوكار تجار المخدرات في المدينة يوم الجمعة.",
    ),
]


@pytest.mark.parametrize("pair", SERIES, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_series_told_by_its_seasons_and_episodes_gives_no_event(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A season, an episode, a production company or scenes of a series: fiction, no action."""
    check_trap_pair(extract_all, pair)


def test_an_actor_known_for_a_series_arrested_is_news(extract_all: Extract) -> None:
    """An actor's real arrest names his series: the series word alone frames no fiction."""
    text = "The actor, known for a crime drama on Netflix, was arrested by police on Monday."
    assert len(of_type(extract_all(text, "en"), "arrest")) == 1


POWERS_AND_REWARDS: list[TrapPair] = [
    (
        "ar",
        "seizure",
        "ويمنح مشروع القانون الجديد الشرطة صلاحية مصادرة ممتلكات المهربين.",
        "وصادرت الشرطة ممتلكات المهربين يوم الأحد.",
    ),
    (
        "ar",
        "sentence",
        "وينص مشروع القانون على معاقبة المروجين بالسجن خمس عشرة سنة.",
        "وقضت المحكمة بسجن المروج خمس عشرة سنة.",
    ),
    (
        "en",
        "arrest",
        "Police offered $20,000 for information that leads to the arrest of the gunman.",
        "Police arrested the gunman in a flat in Hull on Sunday.",
    ),
]


@pytest.mark.parametrize("pair", POWERS_AND_REWARDS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_powers_a_bill_grants_and_rewards_for_information_give_no_event(
    extract_all: Extract, pair: TrapPair
) -> None:
    """What a bill would allow or punish, and a reward for information leading to an arrest,
    tell no action."""
    check_trap_pair(extract_all, pair)


REFUSED: list[TrapPair] = [
    (
        "es",
        "extradition",
        "El Supremo denegó la extradición del empresario a Argentina.",
        "España extraditó el martes al empresario a Argentina.",
    ),
    (
        "fr",
        "extradition",
        "La chambre de l'instruction a refusé l'extradition du ressortissant vers l'Algérie.",
        "Le ressortissant a été extradé mardi vers l'Algérie.",
    ),
    (
        "ar",
        "extradition",
        "ورفضت السلطات البريطانية تسليمه إلى مصر.",
        "وسلمت السلطات البريطانية المتهم إلى مصر يوم الثلاثاء.",
    ),
]


@pytest.mark.parametrize("pair", REFUSED, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_refused_extradition_is_no_handover(extract_all: Extract, pair: TrapPair) -> None:
    """A court or a state refusing or denying an extradition hands no one over."""
    check_trap_pair(extract_all, pair)


def test_a_refusal_in_an_earlier_clause_leaves_the_handover(extract_all: Extract) -> None:
    """ "Après le rejet de son pourvoi, il a été extradé": the refusal is of the appeal."""
    text = "Après le rejet de son pourvoi, il a été extradé mardi vers l'Algérie."
    assert len(of_type(extract_all(text, "fr"), "extradition")) == 1


def test_the_accused_named_in_a_ruling_are_no_charge(extract_all: Extract) -> None:
    """ "condenó a tres de los imputados": the noun names the ruling's defendants."""
    text = "La Audiencia condenó el martes a tres de los imputados a ocho años de prisión."
    events = extract_all(text, "es")
    assert of_type(events, "charge") == []
    assert len(of_type(events, "sentence")) == 1


def test_a_custody_order_after_the_arrest_is_no_new_arrest(extract_all: Extract) -> None:
    """ "ordenó la detención preventiva de cuatro de ellos" after the arrests: a step."""
    text = (
        "La Policía Nacional detuvo el martes a seis personas en Vigo. El viernes, la jueza "
        "ordenó la detención preventiva de cuatro de ellos."
    )
    arrest = one(extract_all(text, "es"), ArrestEvent)
    assert arrest.persons_count == 6


TOTALS: list[TrapPair] = [
    (
        "en",
        "extradition",
        "Mexico has extradited more than 150 cartel members to the United States since 2021.",
        "Mexico extradited the cartel member to the United States on Tuesday.",
    ),
    (
        "es",
        "seizure",
        "En 2023, la Armada incautó más de 300 toneladas de cocaína en el Pacífico.",
        "La Armada incautó el martes 3 toneladas de cocaína en el Pacífico.",
    ),
    (
        "fr",
        "arrest",
        "Depuis 2021, les gendarmes ont interpellé plus de 400 passeurs dans la région.",
        "Les gendarmes ont interpellé mardi quatre passeurs dans la région.",
    ),
    (
        "ar",
        "seizure",
        "وفي عام 2023، ضبطت قوات الأمن أكثر من 40 طنا من الحشيش.",
        "وضبطت قوات الأمن يوم الثلاثاء 4 أطنان من الحشيش.",
    ),
]


@pytest.mark.parametrize("pair", TOTALS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_year_led_or_running_total_is_a_statistic(extract_all: Extract, pair: TrapPair) -> None:
    """ "since 2021" before a count, or a year opening the sentence before a rough figure or
    thousands: the figures of a period, not one action."""
    check_trap_pair(extract_all, pair)


def test_a_year_led_single_action_stays(extract_all: Extract) -> None:
    """ "In 2019, he was arrested in Madrid": a year-led action that counts no total is one
    action told back; so is one on the run "since 2019"."""
    for text in (
        "In 2019, he was arrested in Madrid by the Civil Guard.",
        "He had been on the run since 2019 when he was arrested in Spain.",
    ):
        assert len(of_type(extract_all(text, "en"), "arrest")) == 1, text


def test_a_rough_figure_in_a_year_is_a_total(extract_all: Extract) -> None:
    """ "seized about 80 tonnes of cocaine in 2024": a rough figure with a whole year as the
    only time is the year's total; "more than one tonne" is one load, it stays."""
    total = "Ecuadorian police seized about 80 tonnes of cocaine in 2024."
    assert of_type(extract_all(total, "en"), "seizure") == []
    load = "In 2024, customs officers seized more than one tonne of cocaine from a lorry."
    assert len(of_type(extract_all(load, "en"), "seizure")) == 1


def test_a_bill_that_would_give_police_powers_seizes_nothing(extract_all: Extract) -> None:
    """ "The bill would give officers powers to seize": a power granted, no seizure."""
    text = "The bill would give officers powers to seize cars used by drug dealers."
    assert of_type(extract_all(text, "en"), "seizure") == []


LAWS: list[TrapPair] = [
    (
        "es",
        "sentence",
        "La reforma permitiría decomisar bienes sin condena previa.",
        "El tribunal le impuso el martes una condena de seis años de prisión.",
    ),
    (
        "en",
        "seizure",
        "A new law lets the state confiscate assets without a conviction.",
        "Police confiscated the assets of the gang on Tuesday.",
    ),
    (
        "ar",
        "seizure",
        "ويتيح القانون الجديد مصادرة الأموال دون إدانة.",
        "وصادرت الشرطة أموال العصابة يوم الثلاثاء.",
    ),
]


@pytest.mark.parametrize("pair", LAWS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_what_a_law_allows_without_a_conviction_is_no_event(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A law that lets the state confiscate "without a conviction": no seizure, no ruling."""
    check_trap_pair(extract_all, pair)
