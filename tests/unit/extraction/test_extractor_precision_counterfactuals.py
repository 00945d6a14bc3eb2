"""Sentences that tell no action: counterfactual conditions, what a statute does to whoever is
convicted, a handover of arrested persons to a police station or a prosecutor, the running
year's tally, a charge hearing announced far before its noun, an interest in requesting an
extradition, French judicial and political senses, the Spanish noun "imputado". Each trap gives
no event of its type; a close sentence telling the action still does."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair, of_type

COUNTERFACTUALS: list[TrapPair] = [
    (
        "en",
        "conviction",
        "Had he been found guilty of the fraud count, the councillor would have lost his seat.",
        "The councillor was found guilty of the fraud count on Wednesday.",
    ),
    (
        "en",
        "conviction",
        "Had they been convicted, the two pilots would have been barred from flying.",
        "The two pilots were convicted of smuggling in Lisbon on Tuesday.",
    ),
    (
        "es",
        "sentence",
        "De haber sido condenada, la exdiputada habría pasado nueve años en la cárcel.",
        "La exdiputada fue condenada a nueve años de cárcel por cohecho.",
    ),
]


@pytest.mark.parametrize("pair", COUNTERFACTUALS, ids=lambda p: f"{p[0]}-{p[3][:12]}")
def test_a_counterfactual_condition_tells_no_verdict(extract_all: Extract, pair: TrapPair) -> None:
    """ "Had he been found guilty", "De haber sido condenada": it did not happen."""
    check_trap_pair(extract_all, pair)


def test_a_past_step_after_having_been_keeps_its_event(extract_all: Extract) -> None:
    """ "Después de haber sido condenado": a fact told back, not a condition."""
    text = "Después de haber sido condenado a seis años, el empresario huyó a Paraguay."
    assert len(of_type(extract_all(text, "es"), "sentence")) == 1


STATUTE_SUBJECTS: list[TrapPair] = [
    (
        "en",
        "conviction",
        "Under the amended code, a person convicted of poaching is liable to a fine and prison.",
        "A man convicted of poaching was fined by the court in Arusha on Friday.",
    ),
    (
        "es",
        "sentence",
        "Las personas condenadas por contrabando no podrán ocupar cargos públicos durante diez "
        "años.",
        "Tres personas fueron condenadas a diez años de prisión por contrabando.",
    ),
]


@pytest.mark.parametrize("pair", STATUTE_SUBJECTS, ids=lambda p: f"{p[0]}-{p[3][:12]}")
def test_whoever_the_statute_speaks_of_is_no_defendant(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "a person convicted of ... is liable to", "las personas condenadas por": the law."""
    check_trap_pair(extract_all, pair)


def test_a_statute_penalty_list_far_after_its_verb_is_no_sentence(extract_all: Extract) -> None:
    """ "poaching attracts a fine of ... and life imprisonment": the law's penalty."""
    text = (
        "Under the wildlife act, poaching attracts a fine of 20 million shillings or twice the "
        "value of the trophy, whichever is higher, and life imprisonment."
    )
    assert of_type(extract_all(text, "en"), "sentence") == []


HANDOVERS_TO_BODIES: list[TrapPair] = [
    (
        "en",
        "extradition",
        "The four poachers were handed over to the Wildlife Crimes Unit in Mombasa for action.",
        "The fugitive was handed over to Italy at Rome airport on Friday.",
    ),
    (
        "ar",
        "extradition",
        "وسُلّم الموقوفون إلى مخفر شرطة الزرقاء لاستكمال الإجراءات.",
        "وسلمت السلطات المغربية المتهم إلى فرنسا أمس.",
    ),
    (
        "ar",
        "extradition",
        "وتم تسليمهم والمضبوطات إلى الجهات المختصة.",
        "وتم تسليم المتهم إلى السلطات الإيطالية أمس.",
    ),
]


@pytest.mark.parametrize("pair", HANDOVERS_TO_BODIES, ids=lambda p: f"{p[0]}-{p[3][:12]}")
def test_a_handover_to_a_station_or_unit_is_no_extradition(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A recipient that is a station, a unit or the competent body of a named town: no state."""
    check_trap_pair(extract_all, pair)


RUNNING_YEAR: list[TrapPair] = [
    (
        "en",
        "extradition",
        "Peru has extradited dozens of fugitives this year, the justice ministry said.",
        "Peru extradited the fugitive to Chile on Thursday, the justice ministry said.",
    ),
    (
        "fr",
        "arrest",
        "Plus de 400 interpellations ont été réalisées cette année dans le département.",
        "Quatre personnes ont été interpellées jeudi dans le département.",
    ),
    (
        "es",
        "extradition",
        "Este año, Paraguay ha extraditado a decenas de prófugos.",
        "Paraguay extraditó al prófugo a Brasil el martes.",
    ),
]


@pytest.mark.parametrize("pair", RUNNING_YEAR, ids=lambda p: f"{p[0]}-{p[3][:12]}")
def test_a_rough_count_this_year_is_a_tally(extract_all: Extract, pair: TrapPair) -> None:
    """ "has extradited dozens of fugitives this year": the year's figures, not one action."""
    check_trap_pair(extract_all, pair)


def test_a_small_count_in_another_clause_this_year_keeps_the_arrest(extract_all: Extract) -> None:
    """The count nearest the trigger decides: "arrested two ... who stole dozens this year"."""
    text = "Police arrested two men who had stolen dozens of bicycles this year."
    assert len(of_type(extract_all(text, "en"), "arrest")) == 1


FAR_COURT_STEPS: list[TrapPair] = [
    (
        "es",
        "charge",
        "Los seis capturados serán llevados el lunes a Bogotá y presentados ante un juez de "
        "control de garantías en una audiencia de imputación de cargos.",
        "Los seis capturados fueron presentados el lunes ante un juez, que les imputó cargos.",
    ),
]


@pytest.mark.parametrize("pair", FAR_COURT_STEPS, ids=lambda p: f"{p[0]}-{p[3][:12]}")
def test_a_future_hearing_far_before_the_charge_noun_is_a_plan(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A future verb far before a charge noun in its clause announces the hearing's purpose."""
    check_trap_pair(extract_all, pair)


INTERESTS_IN_REQUESTING: list[TrapPair] = [
    (
        "es",
        "extradition",
        "Argentina ha manifestado interés en solicitar la extradición del empresario.",
        "El empresario fue extraditado a Argentina el viernes.",
    ),
    (
        "fr",
        "extradition",
        "La Belgique a fait part de son intention de réclamer son extradition.",
        "Il a été extradé vers la Belgique vendredi.",
    ),
]


@pytest.mark.parametrize("pair", INTERESTS_IN_REQUESTING, ids=lambda p: f"{p[0]}-{p[3][:12]}")
def test_an_interest_in_requesting_an_extradition_is_none(
    extract_all: Extract, pair: TrapPair
) -> None:
    """An interest in or an intention to request an extradition is no handover."""
    check_trap_pair(extract_all, pair)


FRENCH_SENSES: list[TrapPair] = [
    (
        "fr",
        "seizure",
        "La juge d'instruction, saisie par le parquet, a ordonné une expertise psychiatrique.",
        "Les douaniers ont saisi 12 kilos de résine de cannabis à Perpignan.",
    ),
    (
        "fr",
        "arrest",
        "Les sénateurs ont interpellé le gouvernement sur la sécurité dans les ports.",
        "Les policiers ont interpellé deux passeurs mardi soir.",
    ),
    (
        "fr",
        "arrest",
        "Les agents ont choisi la médiation plutôt que de procéder à des arrestations.",
        "Les agents ont procédé à deux arrestations devant la gare.",
    ),
    (
        "fr",
        "arrest",
        "Des messages faisant état d'une interpellation au marché circulent depuis lundi sur "
        "les réseaux.",
        "L'arrestation d'un trafiquant a eu lieu lundi à Lille.",
    ),
    (
        "fr",
        "release",
        "Le procureur s'est opposé à leur remise en liberté.",
        "Les trois suspects ont été remis en liberté lundi.",
    ),
    (
        "fr",
        "extradition",
        "La chambre du conseil a remis en liberté sous conditions trois des prévenus.",
        "Berne a remis mardi aux autorités italiennes un homme de 41 ans.",
    ),
]


@pytest.mark.parametrize("pair", FRENCH_SENSES, ids=lambda p: f"{p[0]}-{p[2][:16]}")
def test_french_judicial_and_political_senses_tell_no_action(
    extract_all: Extract, pair: TrapPair
) -> None:
    """ "saisie par le parquet", "interpellé le gouvernement", "plutôt que de procéder",
    "informations faisant état", "s'est opposé à leur remise en liberté", "a remis en liberté"."""
    check_trap_pair(extract_all, pair)


def test_the_spanish_noun_imputado_tells_no_charge(extract_all: Extract) -> None:
    """ "Un tercer imputado, detenido en 2022, ...": a defendant named, no charge."""
    trap = "Un tercer imputado, detenido en 2022, tiene antecedentes por lavado de activos."
    real = "El concejal fue imputado el martes por lavado de activos."
    assert of_type(extract_all(trap, "es"), "charge") == []
    assert len(of_type(extract_all(real, "es"), "charge")) == 1


def test_no_such_sentence_has_yet_been_handed_down(extract_all: Extract) -> None:
    """ "no such sentence has yet been handed down": "yet" after "has" breaks no clause."""
    text = "No such sentence has yet been handed down in the case."
    assert of_type(extract_all(text, "en"), "sentence") == []


def test_an_active_pluperfect_interception_of_goods_is_no_arrest(extract_all: Extract) -> None:
    """ "Border officers had intercepted the parcel": the officers acted, nobody was held."""
    text = "Border officers had intercepted the parcel at the airport on 4 June."
    events = extract_all(text, "en")
    assert of_type(events, "arrest") == []
    assert len(of_type(events, "seizure")) == 1


def test_a_past_conditional_of_the_goods_worth_blocks_no_action(extract_all: Extract) -> None:
    """ "heroin that could have been sold for ...": the goods' worth, the actions stand."""
    text = (
        "Officers seized heroin that could have been sold for 3 million dollars and arrested "
        "two couriers."
    )
    events = extract_all(text, "en")
    assert len(of_type(events, "seizure")) == 1
    assert len(of_type(events, "arrest")) == 1
