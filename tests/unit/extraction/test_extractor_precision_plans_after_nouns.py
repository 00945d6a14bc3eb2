"""Plans, denials and fiction told after the action word or far from it: a future passive a few
words after an action noun ("searches and seizures will be carried out"), an arrest said to be
non-existent, a play that tells the story of an arrest, a statutory maximum told long before the
penalty's noun, a goal announced with an adjective ("l'objectif affiché est de"). Each trap
gives no event of its type; a close sentence telling the action still does."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair, of_type

PLANS_AFTER_NOUNS: list[TrapPair] = [
    (
        "fr",
        "raid",
        "Le préfet a indiqué que des perquisitions ciblées et des contrôles d'identité seront "
        "menés dans les quartiers nord tout au long de l'été.",
        "Des perquisitions ont été menées mardi dans les quartiers nord par les gendarmes.",
    ),
    (
        "en",
        "raid",
        "The chief constable said that raids on suspected stash houses will be carried out "
        "across the county in the spring.",
        "Officers carried out raids on three suspected stash houses in the county on Monday.",
    ),
    (
        "es",
        "raid",
        "La delegada anunció que los allanamientos y los controles de carretera se llevarán a "
        "cabo durante las fiestas.",
        "Los agentes realizaron el jueves cuatro allanamientos en el barrio de San Martín.",
    ),
    (
        "en",
        "raid",
        "The council was told that raids planned on licensed premises would start next month.",
        "Police raided two licensed premises in the town centre on Friday night.",
    ),
]


@pytest.mark.parametrize("pair", PLANS_AFTER_NOUNS, ids=lambda p: f"{p[0]}-{p[3][:12]}")
def test_a_future_passive_after_an_action_noun_is_a_plan(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A future passive of carrying out, a few words after the action noun: no raid yet."""
    check_trap_pair(extract_all, pair)


def test_a_verb_followed_by_a_plan_for_other_searches_keeps_its_event(
    extract_all: Extract,
) -> None:
    """ "Seized ... and more searches will be carried out": the seizure happened."""
    text = "Customs officers seized 40 kg of cannabis and more searches will be carried out."
    assert len(of_type(extract_all(text, "en"), "seizure")) == 1


def test_a_plan_after_a_comma_does_not_reach_the_noun_before(extract_all: Extract) -> None:
    """A comma before the future verb starts another subject: the searches told happened."""
    text = (
        "Los registros practicados el martes permitieron decomisar 20 kilos de cocaína, y el "
        "juicio se llevará a cabo en mayo."
    )
    assert len(of_type(extract_all(text, "es"), "raid")) == 1


NOT_HAPPENED: list[TrapPair] = [
    (
        "es",
        "arrest",
        "El colegio de periodistas advirtió que difundir detenciones inexistentes siembra "
        "confusión entre los vecinos.",
        "La Policía confirmó dos detenciones en el barrio de La Merced el sábado.",
    ),
    (
        "fr",
        "arrest",
        "Le syndicat dénonce des arrestations imaginaires relayées sur les réseaux sociaux.",
        "La police a procédé à deux arrestations samedi à Roubaix.",
    ),
    (
        "ar",
        "arrest",
        "يقدم المسرح البلدي الأسبوع القادم عملا جديدا يحكي قصة موظف يلقى القبض عليه في قضية "
        "رشوة لم يرتكبها.",
        "ألقت الشرطة القبض على موظف متهم بالرشوة في المدينة يوم الأحد.",
    ),
]


@pytest.mark.parametrize("pair", NOT_HAPPENED, ids=lambda p: f"{p[0]}-{p[1]}")
def test_an_arrest_said_not_to_exist_or_told_by_a_play_gives_no_event(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A non-existent arrest, or one in the story a play tells, is no arrest."""
    check_trap_pair(extract_all, pair)


def test_a_statutory_maximum_far_before_the_penalty_noun_is_no_sentence(
    extract_all: Extract,
) -> None:
    """ "La loi fixe la peine maximale encourue pour ... à vingt ans": the law, no ruling."""
    trap = (
        "La loi fixe la peine maximale encourue pour le blanchiment commis en réunion à vingt "
        "ans de réclusion."
    )
    real = "Le tribunal a condamné le passeur à vingt ans de réclusion criminelle jeudi."
    check_trap_pair(extract_all, ("fr", "sentence", trap, real))


def test_a_goal_announced_with_an_adjective_is_no_dismantling(extract_all: Extract) -> None:
    """ "Le but affiché est de démanteler ...": a goal, nothing dismantled."""
    trap = "Le but affiché est de démanteler les filières qui approvisionnent la ville."
    real = "Les enquêteurs ont démantelé une filière qui approvisionnait la ville en cocaïne."
    check_trap_pair(extract_all, ("fr", "dismantling", trap, real))
