"""Articles with no news action that still read like one: a film or stage work reviewed,
hearsay and pictures later found false, a bill's powers, a match stopped, a chance seized.
Each pair: the trap sentence gives no event of its type, a close real sentence still does."""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import Extract, TrapPair, check_trap_pair

WORKS: list[TrapPair] = [
    (
        "en",
        "arrest",
        "The feature film ends when the young courier is arrested by two detectives at the port.",
        "The young courier was arrested by two detectives at the port on Friday, police said.",
    ),
    (
        "fr",
        "arrest",
        "La pièce de théâtre montre un passeur arrêté par deux gendarmes sur un quai de gare.",
        "Un passeur a été arrêté mardi par deux gendarmes sur un quai de la gare de Lyon.",
    ),
    (
        "es",
        "raid",
        "El cortometraje muestra el allanamiento de una vivienda por la policía al amanecer.",
        "La policía realizó el martes el allanamiento de una vivienda en Cali al amanecer.",
    ),
    (
        "ar",
        "arrest",
        "ويروي الفيلم قصة شاب تم القبض عليه في الميناء بعد مطاردة طويلة.",
        "وتم القبض على شاب في الميناء بعد مطاردة طويلة مع الشرطة يوم الاثنين.",
    ),
]


@pytest.mark.parametrize("pair", WORKS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_film_or_stage_work_gives_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """A sentence naming a film or stage work ("feature film", "pièce de théâtre",
    "cortometraje", "يروي الفيلم") tells its plot, not the news."""
    check_trap_pair(extract_all, pair)


HEARSAY: list[TrapPair] = [
    (
        "en",
        "arrest",
        "There were rumours that the mayor had been arrested by federal agents on Sunday.",
        "The mayor was arrested by federal agents on Sunday, the prosecutor said.",
    ),
    (
        "fr",
        "arrest",
        "Selon des rumeurs, le maire aurait été interpellé dimanche par la police judiciaire.",
        "Selon le parquet, le maire a été interpellé dimanche par la police judiciaire.",
    ),
    (
        "es",
        "arrest",
        "Según las versiones, el alcalde fue detenido el domingo por la policía.",
        "Según la fiscalía, el alcalde fue detenido el domingo por la policía.",
    ),
    (
        "ar",
        "arrest",
        "وانتشرت شائعات عن اعتقال رئيس البلدية من قبل الشرطة يوم الأحد.",
        "وأعلنت الشرطة اعتقال رئيس البلدية يوم الأحد في مدينة صفاقس.",
    ),
]


@pytest.mark.parametrize("pair", HEARSAY, ids=lambda p: f"{p[0]}-{p[1]}")
def test_hearsay_gives_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """Rumours and posts ("rumours that", "selon des rumeurs", "según versiones", "شائعات عن")
    tell an unconfirmed action; the same action told by the prosecutor is one."""
    check_trap_pair(extract_all, pair)


DEBUNKED: list[TrapPair] = [
    (
        "en",
        "raid",
        "Accounts shared pictures of a police raid on the stadium, which later turned out to be "
        "from a drill.",
        "Police carried out a raid on the stadium on Tuesday, seizing weapons and cash.",
    ),
    (
        "es",
        "raid",
        "Las cuentas difundieron fotos de un allanamiento al estadio que resultaron ser antiguas.",
        "La policía realizó el martes un allanamiento al estadio y decomisó armas.",
    ),
    (
        "fr",
        "raid",
        "Des comptes ont diffusé des photos d'une perquisition au stade, qui se sont révélées "
        "fausses.",
        "Les gendarmes ont mené mardi une perquisition au stade et saisi des armes.",
    ),
    (
        "ar",
        "raid",
        "ونشرت حسابات صورا قيل إنها لمداهمة مقر الجمعية، ليتبين لاحقا أنها قديمة.",
        "ونفذت الشرطة مداهمة لمقر الجمعية يوم الثلاثاء وحجزت أسلحة.",
    ),
]


@pytest.mark.parametrize("pair", DEBUNKED, ids=lambda p: f"{p[0]}-{p[1]}")
def test_pictures_found_false_give_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """Pictures said to show an action and later found old or fake ("turned out to be",
    "resultaron ser antiguas", "se sont révélées fausses", "ليتبين لاحقا") tell none."""
    check_trap_pair(extract_all, pair)


POWERS: list[TrapPair] = [
    (
        "en",
        "seizure",
        "The bill would also allow officers to seize cash found in cars at the border.",
        "Officers seized cash found in cars at the border on Monday, customs said.",
    ),
    (
        "es",
        "seizure",
        "La reforma permitiría a la policía decomisar el dinero hallado en vehículos en la "
        "frontera.",
        "La policía decomisó el lunes el dinero hallado en vehículos en la frontera.",
    ),
    (
        "fr",
        "seizure",
        "Le texte permettrait aux policiers de saisir l'argent trouvé dans les voitures à la "
        "frontière.",
        "Les policiers ont saisi lundi l'argent trouvé dans les voitures à la frontière.",
    ),
    (
        "ar",
        "seizure",
        "وينص القانون الجديد على أن يسمح للشرطة بحجز الأموال في السيارات عند الحدود.",
        "وحجزت الشرطة يوم الاثنين أموالا في السيارات عند الحدود.",
    ),
]


@pytest.mark.parametrize("pair", POWERS, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_power_granted_gives_no_event(extract_all: Extract, pair: TrapPair) -> None:
    """A law that would let officers act ("allow officers to", "permitiría a la policía",
    "permettrait aux policiers", "يسمح للشرطة") tells no action taken."""
    check_trap_pair(extract_all, pair)


STOPPED_OR_SEIZED: list[TrapPair] = [
    (
        "es",
        "arrest",
        "El partido estuvo detenido veinte minutos por la lluvia en el segundo tiempo.",
        "El delantero estuvo detenido veinte minutos en la comisaría tras la pelea.",
    ),
    (
        "fr",
        "arrest",
        "Le match a été arrêté vingt minutes à cause des fumigènes lancés en tribune.",
        "Le supporter a été arrêté à cause des fumigènes lancés en tribune.",
    ),
    (
        "ar",
        "arrest",
        "وقال المدرب إن فريقه قبض على الفرصة ولم يترك النقاط تضيع.",
        "وقالت الشرطة إنها قبضت على المشتبه به في منزله يوم الاثنين.",
    ),
]


@pytest.mark.parametrize("pair", STOPPED_OR_SEIZED, ids=lambda p: f"{p[0]}-{p[1]}")
def test_a_match_stopped_or_a_chance_seized_is_no_arrest(
    extract_all: Extract, pair: TrapPair
) -> None:
    """A match "detenido"/"arrêté" is stopped, a chance seized (قبض على الفرصة) holds no
    person: no arrest; a person so held still gives one."""
    check_trap_pair(extract_all, pair)
