"""Balance reports told paragraph by paragraph ("Dans le cadre de la lutte contre ...",
"Par ailleurs, ...", "من جهة أخرى، ..."): each paragraph's operation is an event."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type
from worker.models import ArrestEvent, Event


def _arrest_counts(events: list[Event]) -> list[int]:
    return sorted(e.persons_count or 0 for e in events if isinstance(e, ArrestEvent))


def test_ar_report_paragraphs_are_separate_arrests(extract_all: Extract) -> None:
    """Each paragraph opening on a framework phrase keeps its own arrest and count."""
    text = (
        "حصيلة أسبوعية لعمليات الجيش.\n"
        "ففي إطار مكافحة الإرهاب، أوقفت مفارز الجيش 6 عناصر دعم للجماعات الإرهابية.\n"
        "وفي إطار محاربة الجريمة المنظمة، أوقفت مفارز مشتركة 52 تاجر مخدرات.\n"
        "من جهة أخرى، أوقفت وحدات حرس السواحل 118 شخصاً بولايات الشرق.\n"
        "وفي سياق آخر، تم توقيف 204 مهاجراً غير شرعي."
    )
    assert _arrest_counts(extract_all(text, "ar")) == [6, 52, 118, 204]


def test_fr_report_paragraphs_are_separate_arrests(extract_all: Extract) -> None:
    """ "Dans le cadre de la lutte contre ..." and "Par ailleurs, ..." open operations."""
    text = (
        "Bilan de la semaine.\n"
        "Dans le cadre de la lutte contre le terrorisme, les détachements ont arrêté "
        "7 éléments de soutien.\n"
        "Dans le cadre de la lutte contre la contrebande, les gardes-côtes ont arrêté "
        "23 trafiquants.\n"
        "Par ailleurs, 96 migrants clandestins ont été interpellés dans le sud."
    )
    assert _arrest_counts(extract_all(text, "fr")) == [7, 23, 96]


def test_es_report_paragraphs_are_separate_arrests(extract_all: Extract) -> None:
    """ "En el marco de la lucha contra ..." and "Por otra parte, ..." open operations."""
    text = (
        "Balance semanal.\n"
        "En el marco de la lucha contra el terrorismo, las unidades detuvieron a 9 "
        "elementos de apoyo.\n"
        "Por otra parte, los guardacostas detuvieron a 61 personas en la costa."
    )
    assert _arrest_counts(extract_all(text, "es")) == [9, 61]


def test_en_report_paragraphs_are_separate_arrests(extract_all: Extract) -> None:
    """ "As part of the fight against ..." and "In addition, ..." open operations."""
    text = (
        "Weekly report.\n"
        "As part of the fight against terrorism, units arrested 8 terrorist supporters.\n"
        "In addition, border guards arrested 74 people in the south."
    )
    assert _arrest_counts(extract_all(text, "en")) == [8, 74]


def test_fr_single_par_ailleurs_paragraph_adds_a_detail(extract_all: Extract) -> None:
    """One "Par ailleurs" paragraph in a story of one operation tells a detail of it."""
    text = (
        "Les gendarmes ont saisi 12 kilos de cocaïne jeudi à Nantes.\n"
        "Par ailleurs, 30 000 euros en liquide ont été saisis dans le coffre."
    )
    assert len(of_type(extract_all(text, "fr"), "seizure")) == 1


def test_fr_raid_noun_against_buildings_is_a_raid(extract_all: Extract) -> None:
    """ "a mené un raid contre plusieurs bâtiments": the noun with premises is a raid."""
    text = "Les gendarmes ont mené jeudi un raid contre deux immeubles de Roubaix."
    assert len(of_type(extract_all(text, "fr"), "raid")) == 1


def test_fr_air_raid_is_no_raid(extract_all: Extract) -> None:
    """ "un raid aérien" is a military strike, no police raid."""
    text = "Un raid aérien a visé des bâtiments près de la frontière, selon la police."
    assert of_type(extract_all(text, "fr"), "raid") == []


def test_same_day_paragraph_at_another_place_is_another_arrest(extract_all: Extract) -> None:
    """ "Le même jour, à l'aéroport de ..., ...": the day phrase before the place does not
    hide it; another town in a paragraph of its own is another operation."""
    text = (
        "La police a arrêté mardi quatre suspects à Lyon.\n"
        "Le même jour, à l'aéroport international de Marseille, les douaniers ont arrêté "
        "un voyageur."
    )
    assert _arrest_counts(extract_all(text, "fr")) == [1, 4]


def test_es_same_day_at_an_airport_in_another_town_is_another_arrest(
    extract_all: Extract,
) -> None:
    """ "El mismo día, en el aeropuerto internacional de ...": a facility's name between the
    day phrase and the town still leaves the town leading its sentence."""
    text = (
        "La Policía Nacional detuvo el martes a cinco sospechosos en Sevilla.\n"
        "El mismo día, en el aeropuerto internacional de Málaga, los agentes detuvieron "
        "a un viajero."
    )
    assert _arrest_counts(extract_all(text, "es")) == [1, 5]


def test_ar_same_paragraph_other_place_and_agency_is_another_arrest(
    extract_all: Extract,
) -> None:
    """ "وفي اليوم نفسه، في مطار ...، أوقفت <another agency>": another town and another
    agency in the same paragraph tell another operation."""
    text = (
        "أوقف الجيش اللبناني يوم الثلاثاء خمسة مطلوبين في بعلبك. "
        "وفي اليوم نفسه، في مطار بيروت الدولي، أوقفت قوى الأمن الداخلي مسافرا."
    )
    assert _arrest_counts(extract_all(text, "ar")) == [1, 5]


def test_en_same_paragraph_other_town_same_agency_stays_one_arrest(
    extract_all: Extract,
) -> None:
    """Another town told by the same agency in the paragraph is part of one operation."""
    text = "Police arrested six people in Lyon on Tuesday. In Marseille, police arrested ten more."
    assert len(_arrest_counts(extract_all(text, "en"))) == 1


def test_ar_bracketed_figure_counts_its_persons(extract_all: Extract) -> None:
    """ "أوقفت ... (14) شخصا": a figure in brackets before the noun is the count."""
    text = "أوقفت مفارز الجيش (14) شخصا بولاية أدرار."
    assert _arrest_counts(extract_all(text, "ar")) == [14]


def test_fr_bracketed_figure_counts_its_persons(extract_all: Extract) -> None:
    """ "ont arrêté (09) individus": the bracketed figure counts them."""
    text = "Les gendarmes ont arrêté (09) individus à Béchar."
    assert _arrest_counts(extract_all(text, "fr")) == [9]


def test_ar_report_paragraph_without_opener_keeps_its_own_count(extract_all: Extract) -> None:
    """In a balance report, a paragraph opening on "كما أوقفت ... (N)" is an operation of its
    own, not a larger count swallowing the first paragraph's."""
    text = (
        "ففي إطار مكافحة الإرهاب، أوقفت مفارز الجيش (05) عناصر دعم للجماعات الإرهابية.\n"
        "وفي إطار محاربة الجريمة المنظمة، أوقفت مفارز مشتركة (36) تاجر مخدرات.\n"
        "كما أوقفت مفارز للجيش (188) شخصا بولايات الجنوب."
    )
    assert _arrest_counts(extract_all(text, "ar")) == [5, 36, 188]
