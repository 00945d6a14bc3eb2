"""Court outcomes and custody steps told around an operation: acquittals and withdrawn charges
bring no charge and take no persons from the ruling, released persons are no new arrest, the
law's or a possible penalty is no ruling, and a parole period is no second term."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair, of_type, one
from worker.models import ArrestEvent, ReleaseEvent, SentenceEvent

LAW_AND_POSSIBLE_PENALTIES: list[TrapPair] = [
    (
        "es",
        "sentence",
        "La Policía arrestó el martes a un comerciante en Quito. Afronta una posible condena de "
        "treinta años si es declarado culpable.",
        "La Policía arrestó el martes a un comerciante en Quito. El juez lo condenó el viernes "
        "a treinta años de prisión.",
    ),
    (
        "es",
        "sentence",
        "La Policía arrestó el martes a un comerciante en Quito. La norma sanciona el tráfico de "
        "armas con penas de 6 a 12 años de prisión.",
        "La Policía arrestó el martes a un comerciante en Quito. El juez lo condenó el viernes "
        "a doce años de prisión.",
    ),
]


@pytest.mark.parametrize("pair", LAW_AND_POSSIBLE_PENALTIES, ids=lambda p: f"{p[0]}-{p[1]}")
def test_law_and_possible_penalties_give_no_ruling(extract_all: Extract, pair: TrapPair) -> None:
    """ "sanciona ... con penas de", "afronta una posible condena ... si es declarado
    culpable": what the law provides or a court might impose is no sentence."""
    check_trap_pair(extract_all, pair)


def test_conditional_step_is_no_charge(extract_all: Extract) -> None:
    """ "que serían procesados por ...": a step told in the conditional is still to come."""
    text = (
        "Agentes antidrogas capturaron el jueves a cuatro hombres en Cúcuta. El fiscal pedirá "
        "su reclusión para los cuatro capturados, que serían procesados por tráfico de armas."
    )
    assert of_type(extract_all(text, "es"), "charge") == []


def test_withdrawn_charges_are_no_charge(extract_all: Extract) -> None:
    """ "Charges against ... were withdrawn": no charge is brought."""
    dropped = "Charges against the three dockers were dropped on Friday."
    assert of_type(extract_all(dropped), "charge") == []
    assert of_type(extract_all("The three dockers were charged on Friday with theft."), "charge")


def test_acquittal_present_tense_blocks_the_charge(extract_all: Extract) -> None:
    """ "El tribunal absuelve a otros tres procesados": the acquitted are no new charge."""
    text = "La Audiencia absuelve a otros tres procesados por falta de pruebas."
    assert of_type(extract_all(text, "es"), "charge") == []


@pytest.mark.parametrize(
    ("language", "text", "persons"),
    [
        (
            "es",
            "La Audiencia condenó el martes a seis años de prisión a un camionero por contrabando "
            "y absolvió a otros tres procesados.",
            1,
        ),
        (
            "fr",
            "Le tribunal a condamné mardi deux dockers à quatre ans de prison et relaxé trois "
            "autres prévenus.",
            2,
        ),
    ],
)
def test_acquitted_persons_are_not_the_ruling_s(
    extract_all: Extract, language: str, text: str, persons: int
) -> None:
    """The persons counted after an acquittal in the ruling's sentence are the acquitted."""
    assert one(extract_all(text, language), SentenceEvent).persons_count == persons


def test_others_released_are_no_new_arrest(extract_all: Extract) -> None:
    """ "Los otros dos detenidos quedaron en libertad": the persons released were arrested
    before; the release counts them once."""
    text = (
        "Los militares capturaron el sábado a seis hombres en Tumaco. Los otros tres detenidos "
        "quedaron en libertad ese mismo día."
    )
    events = extract_all(text, "es")
    assert one(events, ArrestEvent).persons_count == 6
    assert one(events, ReleaseEvent).persons_count == 3


def test_modified_participle_names_the_arrested(extract_all: Extract) -> None:
    """ "The female arrested suspect was charged": an arrest told before, a charge now."""
    text = (
        "Officers detained a man and a woman at the harbour on Sunday. The female arrested "
        "suspect was charged on Monday with smuggling."
    )
    events = extract_all(text)
    assert len(of_type(events, "arrest")) == 1
    assert len(of_type(events, "charge")) == 1


def test_cue_word_inside_a_trigger_phrase_does_not_block(extract_all: Extract) -> None:
    """ "released without charge": the negation word belongs to the release phrase."""
    events = extract_all("A 52-year-old fisherman was released without charge on Friday.")
    assert len(of_type(events, "release")) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "On Friday, Kowalski was cleared of every count and released."),
        ("es", "Martín Gómez fue interrogado durante horas y liberado el viernes."),
    ],
)
def test_coordinated_participle_shares_the_passive(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "X was cleared of every count and released": the release shares the passive
    subject of the first verb, one person."""
    assert one(extract_all(text, language), ReleaseEvent).persons_count == 1


@pytest.mark.parametrize(
    ("language", "text", "months"),
    [
        (
            "en",
            "Rangi Tane, 51, was sentenced on Friday to 16 years' imprisonment, with a "
            "non-parole period of nine years.",
            192,
        ),
        (
            "fr",
            "Il a été condamné vendredi à 18 ans de réclusion, avec une période de sûreté de "
            "douze ans.",
            216,
        ),
    ],
)
def test_parole_period_is_no_second_term(
    extract_all: Extract, language: str, text: str, months: int
) -> None:
    """A non-parole period or a "période de sûreté" is part of the term, not a ruling."""
    assert one(extract_all(text, language), SentenceEvent).sentence_months == months


def test_headline_group_term_is_the_sum_of_the_rulings(extract_all: Extract) -> None:
    """ "Two jailed for 15 years" over "nine years" and "six years": the headline's group term
    adds the two rulings up; no third ruling."""
    text = (
        "Two jailed for 15 years over heroin smuggling\n\nOwen Price, 39, was jailed for nine "
        "years and Liam Ward, 27, was jailed for six years at Cardiff Crown Court on Monday."
    )
    rulings = [e for e in extract_all(text) if isinstance(e, SentenceEvent)]
    assert sorted(e.sentence_months or 0 for e in rulings) == [72, 108]


def test_initial_before_a_lower_case_word_ends_no_sentence(extract_all: Extract) -> None:
    """ "Karim B. à dix ans et Mehdi T. à huit ans": an initial ends a name, so both terms
    stay in the ruling's sentence, one event each."""
    text = "Le tribunal a condamné jeudi Nadir K. à sept ans de prison et Sofiane L. à cinq ans."
    rulings = [e for e in extract_all(text, "fr") if isinstance(e, SentenceEvent)]
    assert sorted(e.sentence_months or 0 for e in rulings) == [60, 84]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Agentes antidrogas capturaron el jueves a cuatro hombres en Cúcuta. Está previsto "
            "que los cuatro sean imputados el viernes por tráfico de armas.",
        ),
        (
            "ar",
            "أوقفت الشرطة ثلاثة مهربين في الإسكندرية يوم الخميس. وأحيل الثلاثة إلى النيابة "
            "العامة لتوجيه الاتهام إليهم.",
        ),
    ],
)
def test_planned_or_purposed_charge_is_no_charge(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "Está previsto que ... sean imputados", "لتوجيه الاتهام": a charge planned or the
    purpose of a referral has not been brought."""
    assert of_type(extract_all(text, language), "charge") == []


HABITS_AND_LAWS: list[TrapPair] = [
    (
        "en",
        "sentence",
        "Officers detained a courier at the airport on Sunday. In that country, couriers are "
        "routinely sentenced to death.",
        "Officers detained a courier at the airport on Sunday. On Friday the court sentenced "
        "him to death.",
    ),
    (
        "es",
        "sentence",
        "Agentes detuvieron el domingo a un correo en el aeropuerto. Allí el contrabando de "
        "heroína se paga con la pena de muerte.",
        "Agentes detuvieron el domingo a un correo en el aeropuerto. El viernes el tribunal lo "
        "condenó a muerte.",
    ),
]


@pytest.mark.parametrize("pair", HABITS_AND_LAWS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_what_courts_do_as_a_rule_is_no_ruling(extract_all: Extract, pair: TrapPair) -> None:
    """ "are routinely sentenced to death", "se paga con la pena de muerte": a habit or the
    law's penalty, no ruling."""
    check_trap_pair(extract_all, pair)


def test_charging_officers_with_a_duty_is_no_charge(extract_all: Extract) -> None:
    """ "charged officers and men of the command to remain vigilant": an exhortation; the
    same verb with a crime stays a charge."""
    pair: TrapPair = (
        "en",
        "charge",
        "Officers seized 9 kg of heroin in Jos on Sunday. The commander charged officers and "
        "men of the unit to remain vigilant.",
        "Officers seized 9 kg of heroin in Jos on Sunday. Prosecutors charged two couriers "
        "with trafficking on Monday.",
    )
    check_trap_pair(extract_all, pair)


def test_other_detainees_opening_a_release_are_no_new_arrest(extract_all: Extract) -> None:
    """ "Otros tres detenidos fueron liberados": the participle opening the sentence is the
    subject of the release; "Otros tres detenidos en Vigo" alone still tells an arrest."""
    text = (
        "Los militares capturaron el sábado a seis hombres en Tumaco. Otros tres detenidos "
        "fueron liberados tras declarar."
    )
    events = extract_all(text, "es")
    assert one(events, ArrestEvent).persons_count == 6
    assert one(events, ReleaseEvent).persons_count == 3
    assert of_type(extract_all("Otros tres detenidos en Vigo por la misma trama.", "es"), "arrest")


def test_active_verb_before_its_object_stays_an_action(extract_all: Extract) -> None:
    """ "the police arrested suspects in Kano": an active verb whose object follows is no
    participle naming arrested persons, so the second day's arrest stays its own event."""
    text = (
        "Officers detained a courier in Jos on Monday. On Thursday the police detained "
        "smugglers in Kaduna."
    )
    assert len(of_type(extract_all(text), "arrest")) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Three dealers were jailed for a combined 20 years at Hull Crown Court on Monday. "
            "Ray Holt, 40, was jailed for eight years and Kim Lowe, 33, and Joe Sims, 25, for "
            "six years each.",
        ),
        (
            "es",
            "La Audiencia condenó el lunes a tres hombres a penas que suman 20 años de prisión. "
            "Raúl Vega fue condenado a ocho años y Pedro Sanz y Luis Mora, a seis años cada uno.",
        ),
    ],
)
def test_combined_terms_are_no_ruling_of_their_own(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "jailed for a combined 20 years", "penas que suman 20 años": the defendants' terms
    added up, no ruling of 20 years."""
    rulings = [e for e in extract_all(text, language) if isinstance(e, SentenceEvent)]
    assert 240 not in {e.sentence_months for e in rulings}
    assert {96, 72} <= {e.sentence_months for e in rulings}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "A court in Chittagong on Sunday sentenced three smugglers to death and four others "
            "to 15 years in prison.",
        ),
        (
            "es",
            "El tribunal condenó el jueves a tres contrabandistas a cadena perpetua y a otros "
            "cuatro a 15 años de prisión.",
        ),
    ],
)
def test_each_term_keeps_its_own_defendants(extract_all: Extract, language: str, text: str) -> None:
    """ "three smugglers to death and four others to 15 years": one ruling per term, "and"
    before a count opens the second defendants ("otros cuatro a 15 años" is no range)."""
    rulings = [e for e in extract_all(text, language) if isinstance(e, SentenceEvent)]
    assert sorted((e.sentence_months or 0, e.persons_count) for e in rulings) == [(0, 3), (180, 4)]


def test_one_defendant_s_term_is_never_a_sum(extract_all: Extract) -> None:
    """A named defendant's term stays a ruling even when the others add up to it (six
    years and a suspended two), and the group told first without a term does not make it
    a group's."""
    text = (
        "Four men were jailed at Hull Crown Court on Friday. Ray Holt, 30, was jailed for "
        "eight years. Kim Lowe, 28, and Joe Sims, 26, were each jailed for six years. Ali "
        "Kerr, 22, received a suspended sentence of two years."
    )
    rulings = [e for e in extract_all(text) if isinstance(e, SentenceEvent)]
    assert 96 in {e.sentence_months for e in rulings}


def test_acquitting_counted_convicts_is_no_ruling(extract_all: Extract) -> None:
    """ "ha absuelto a tres condenados por contrabando": the counted participle is the
    acquittal's object, no sentence."""
    text = "El Tribunal Supremo ha absuelto a tres condenados por contrabando de tabaco."
    assert of_type(extract_all(text, "es"), "sentence") == []


def test_judge_ordering_immediate_freedom_is_a_release(extract_all: Extract) -> None:
    """ "ordenó su inmediata libertad": an adjective before the noun keeps the release."""
    text = "Una jueza absolvió el martes a un exconcejal y ordenó su inmediata libertad."
    assert len(of_type(extract_all(text, "es"), "release")) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Ray Holt was found guilty on Friday; two other dockers were cleared of the charge.",
        ),
        (
            "fr",
            "Le tribunal a condamné vendredi Nadir Kaci à six ans de prison ; ses deux "
            "coprévenus ont été relaxés.",
        ),
    ],
)
def test_acquitted_subjects_are_not_the_ruling_s(
    extract_all: Extract, language: str, text: str
) -> None:
    """ "two other dockers were cleared": a count that is the acquittal's subject is not the
    ruling's, which keeps its one defendant."""
    rulings = [e for e in extract_all(text, language) if e.type in ("conviction", "sentence")]
    assert len(rulings) == 1
    assert rulings[0].persons_count == 1


def test_acquitted_and_released_keep_their_count(extract_all: Extract) -> None:
    """ "Two men were acquitted and released from custody": the acquitted are the
    released (two), and leaving custody is no arrest."""
    events = extract_all("Two men were acquitted on Friday and released from custody.")
    assert one(events, ReleaseEvent).persons_count == 2
    assert of_type(events, "arrest") == []


def test_acquitted_objects_are_not_the_ruling_s(extract_all: Extract) -> None:
    """ "برأت المحكمة ... متهمين اثنين وعاقبت الثالث بالسجن": the count right after the
    acquittal is its object; the ruling keeps its one defendant."""
    text = "برأت المحكمة يوم الخميس متهمين اثنين وعاقبت الثالث بالسجن سبع سنوات."
    assert one(extract_all(text, "ar"), SentenceEvent).persons_count == 1
