"""French lexicon (lexicons/fr): triggers, precision traps, numbers, items and arguments.

Sentences are written for these tests. The extractor is built on the real lexicon folder,
French only, so the tests check the data files as shipped.
"""

from __future__ import annotations

import pytest

from tests.unit.extraction.conftest import one
from tests.unit.extraction.single_language import drug, extract_in
from worker.extraction import Extractor
from worker.models import (
    ArrestEvent,
    ChargeEvent,
    ConvictionEvent,
    DismantlingEvent,
    Event,
    ExtraditionEvent,
    RaidEvent,
    ReleaseEvent,
    SeizureEvent,
    SentenceEvent,
)


@pytest.fixture(scope="module")
def fr_extractor() -> Extractor:
    return Extractor(languages=("fr",))


def run(extractor: Extractor, text: str, published: str = "2024-03-15") -> list[Event]:
    return extract_in(extractor, "fr", text, published)


# ---------------------------------------------------------------- event types


def test_interpelle_is_an_arrest_with_count(fr_extractor: Extractor) -> None:
    """'douze personnes ont été interpellées' is one arrest of 12."""
    events = run(fr_extractor, "Douze personnes ont été interpellées mardi à Lille.")
    event = one(events, ArrestEvent)
    assert (event.persons_count, event.persons_count_qualifier) == (12, "exact")


def test_garde_a_vue_is_an_arrest(fr_extractor: Extractor) -> None:
    """'placés en garde à vue' announces an arrest."""
    events = run(fr_extractor, "Trois suspects ont été placés en garde à vue après le cambriolage.")
    assert one(events, ArrestEvent).persons_count == 3


def test_perquisitions_are_a_raid(fr_extractor: Extractor) -> None:
    """'perquisitions' are searches of premises."""
    events = run(fr_extractor, "Les enquêteurs ont mené 15 perquisitions dans la Drôme.")
    one(events, RaidEvent)


def test_saisie_of_cocaine_with_quantity(fr_extractor: Extractor) -> None:
    """'ont saisi 80 kg de cocaïne': substance and quantity in kg."""
    events = run(fr_extractor, "Les douaniers ont saisi 80 kg de cocaïne dans un camion.")
    item = drug(one(events, SeizureEvent), "cocaine")
    assert (item.quantity, item.unit) == (80, "kg")


def test_mis_en_examen_is_a_charge(fr_extractor: Extractor) -> None:
    """'mis en examen' is a charge."""
    events = run(fr_extractor, "Deux hommes ont été mis en examen pour trafic de stupéfiants.")
    assert one(events, ChargeEvent).persons_count == 2


def test_condamne_gives_sentence_months(fr_extractor: Extractor) -> None:
    """'condamné à six ans de prison ferme' is a 72-month prison sentence."""
    text = "Le trafiquant a été condamné à six ans de prison ferme par le tribunal."
    event = one(run(fr_extractor, text), SentenceEvent)
    assert (event.sentence_months, event.sentence_kind) == (72, "prison")


def test_sursis_is_a_suspended_sentence(fr_extractor: Extractor) -> None:
    """'dix-huit mois avec sursis' is a suspended term of 18 months."""
    text = "Une femme a été condamnée à dix-huit mois d'emprisonnement avec sursis."
    event = one(run(fr_extractor, text), SentenceEvent)
    assert (event.sentence_months, event.sentence_kind) == (18, "suspended")


def test_perpetuite_is_a_life_sentence(fr_extractor: Extractor) -> None:
    """'réclusion criminelle à perpétuité' is a life sentence."""
    text = "L'accusé a été condamné à la réclusion criminelle à perpétuité."
    assert one(run(fr_extractor, text), SentenceEvent).sentence_kind == "life"


def test_reconnu_coupable_is_a_conviction(fr_extractor: Extractor) -> None:
    """'reconnu coupable' without a penalty is a conviction."""
    text = "Le gérant de la société a été reconnu coupable de blanchiment."
    one(run(fr_extractor, text), ConvictionEvent)


def test_extrade_vers_gives_destination(fr_extractor: Extractor) -> None:
    """'extradé vers la France' is an extradition to FR."""
    text = "Un baron de la drogue a été extradé vendredi vers la France."
    assert one(run(fr_extractor, text), ExtraditionEvent).to_country == "FR"


def test_demantele_needs_a_group(fr_extractor: Extractor) -> None:
    """'a démantelé un réseau' is a dismantling."""
    text = "La gendarmerie a démantelé un réseau de passeurs dans le Calvados."
    one(run(fr_extractor, text), DismantlingEvent)


def test_remis_en_liberte_is_a_release(fr_extractor: Extractor) -> None:
    """'remis en liberté' is a release."""
    text = "Quatre personnes ont été remises en liberté sans poursuites."
    assert one(run(fr_extractor, text), ReleaseEvent).persons_count == 4


# ---------------------------------------------------------------- precision traps


def test_mandat_d_arret_is_not_an_arrest(fr_extractor: Extractor) -> None:
    """A warrant ('mandat d'arrêt') announces no arrest."""
    text = "Un mandat d'arrêt international a été délivré en vue de son arrestation."
    assert run(fr_extractor, text) == []


def test_denial_is_not_an_arrest(fr_extractor: Extractor) -> None:
    """'a démenti toute interpellation' is a denial."""
    text = "Le parquet a démenti toute interpellation dans cette affaire."
    assert run(fr_extractor, text) == []


def test_plan_is_not_a_raid(fr_extractor: Extractor) -> None:
    """'va procéder à des perquisitions' is a plan."""
    text = "La police va procéder à des perquisitions dans plusieurs quartiers."
    assert run(fr_extractor, text) == []


def test_maximum_penalty_is_not_a_sentence(fr_extractor: Extractor) -> None:
    """'encourt jusqu'à dix ans' is a maximum penalty, not a sentence."""
    text = "Le prévenu encourt une peine de dix ans d'emprisonnement."
    assert run(fr_extractor, text) == []


def test_cardiac_arrest_is_not_an_arrest(fr_extractor: Extractor) -> None:
    """'arrêt cardiaque' and a stopped match are not arrests."""
    text = "Victime d'un arrêt cardiaque, le joueur s'est effondré et le match a été arrêté."
    assert run(fr_extractor, text) == []


def test_saisir_l_occasion_is_not_a_seizure(fr_extractor: Extractor) -> None:
    """'ont saisi l'occasion' is figurative."""
    text = "Les élus ont saisi l'occasion pour réclamer davantage de moyens."
    assert run(fr_extractor, text) == []


def test_saisir_la_justice_is_not_a_seizure(fr_extractor: Extractor) -> None:
    """'a saisi la justice' refers a matter to a court."""
    assert run(fr_extractor, "L'association a saisi la justice après l'incident.") == []


def test_wanted_person_is_not_arrested(fr_extractor: Extractor) -> None:
    """'toujours en fuite' before an arrest word: not an arrest."""
    text = "Le principal suspect est toujours en fuite et son arrestation reste une priorité."
    assert run(fr_extractor, text) == []


# ---------------------------------------------------------------- numbers and items


def test_decimal_comma_tonnes(fr_extractor: Extractor) -> None:
    """'2,915 tonnes' is 2.915 t in French copy."""
    text = "Les douaniers ont saisi 2,915 tonnes de cocaïne au port."
    item = drug(one(run(fr_extractor, text), SeizureEvent), "cocaine")
    assert (item.quantity, item.unit) == (2.915, "t")


def test_money_with_scale_and_elision(fr_extractor: Extractor) -> None:
    """'1,2 million d'euros en espèces' is cash of 1 200 000 EUR."""
    text = "Les enquêteurs ont saisi 1,2 million d'euros en espèces."
    money = [i for i in one(run(fr_extractor, text), SeizureEvent).items if i.category == "money"]
    assert [(m.amount, m.currency) for m in money] == [(1_200_000, "EUR")]


def test_space_thousands_in_count(fr_extractor: Extractor) -> None:
    """'3 400 comprimés d'ecstasy': a spaced thousands group and a pill count."""
    text = "Les policiers ont saisi 3 400 comprimés d'ecstasy lors du contrôle."
    item = drug(one(run(fr_extractor, text), SeizureEvent), "MDMA")
    assert (item.quantity, item.unit) == (3400, "pills")


def test_elided_substance_after_unit(fr_extractor: Extractor) -> None:
    """'5 kg d'héroïne': the elided 'd'' links the unit to the substance."""
    text = "Les gendarmes ont saisi 5 kg d'héroïne dans une voiture."
    item = drug(one(run(fr_extractor, text), SeizureEvent), "heroin")
    assert (item.quantity, item.unit) == (5, "kg")


def test_resin_is_hashish(fr_extractor: Extractor) -> None:
    """'résine de cannabis' is the canonical substance hashish."""
    text = "Ils ont saisi 450 kg de résine de cannabis sur l'autoroute."
    assert drug(one(run(fr_extractor, text), SeizureEvent), "hashish").quantity == 450


def test_weapons_counted_by_kind(fr_extractor: Extractor) -> None:
    """Pistols and assault rifles are counted separately; cartridges are ammunition."""
    text = "Les policiers ont saisi trois pistolets, deux fusils d'assaut et 200 cartouches."
    items = one(run(fr_extractor, text), SeizureEvent).items
    counts = {(i.category, i.label, i.count) for i in items}
    assert ("weapon", "pistol", 3) in counts
    assert ("weapon", "automatic rifle", 2) in counts
    assert ("ammunition", "ammunition", 200) in counts


def test_cfa_francs_by_country(fr_extractor: Extractor) -> None:
    """'francs CFA' in Cameroon are XAF."""
    text = "Au Cameroun, la police a saisi 40 millions de francs CFA en espèces."
    money = [i for i in one(run(fr_extractor, text), SeizureEvent).items if i.category == "money"]
    assert [(m.amount, m.currency) for m in money] == [(40_000_000, "XAF")]


def test_street_value_is_not_money(fr_extractor: Extractor) -> None:
    """'valeur marchande' of drugs is not seized money."""
    text = "Ils ont saisi 20 kg de cocaïne d'une valeur marchande de 600 000 euros."
    items = one(run(fr_extractor, text), SeizureEvent).items
    assert [i for i in items if i.category == "money"] == []


# ---------------------------------------------------------------- arguments


def test_at_least_qualifier(fr_extractor: Extractor) -> None:
    """'plus de 30 personnes' is 30 with qualifier at_least."""
    text = "Plus de 30 personnes ont été interpellées lors de l'opération."
    event = one(run(fr_extractor, text), ArrestEvent)
    assert (event.persons_count, event.persons_count_qualifier) == (30, "at_least")


def test_country_name_locates(fr_extractor: Extractor) -> None:
    """A French country name ('en Belgique') locates the action."""
    text = "Dix suspects ont été interpellés en Belgique et aux Pays-Bas."
    assert one(run(fr_extractor, text), ArrestEvent).countries == ["BE", "NL"]


def test_origin_country_is_not_location(fr_extractor: Extractor) -> None:
    """'en provenance du Brésil' is where the goods came from."""
    text = "En Espagne, les douaniers ont saisi 300 kg de cocaïne en provenance du Brésil."
    assert one(run(fr_extractor, text), SeizureEvent).countries == ["ES"]


def test_named_agency(fr_extractor: Extractor) -> None:
    """Europol is found in French copy."""
    text = "Avec Europol, les policiers ont interpellé 8 personnes."
    assert [a.name for a in one(run(fr_extractor, text), ArrestEvent).agencies] == ["Europol"]


def test_background_pluperfect(fr_extractor: Extractor) -> None:
    """'avait été interpellé en 2019' is context (background)."""
    text = "Le suspect avait été interpellé en 2019 à Marseille."
    assert one(run(fr_extractor, text), ArrestEvent).background is True


def test_crime_category(fr_extractor: Extractor) -> None:
    """'blanchiment' names money laundering."""
    text = "Cinq personnes ont été interpellées pour blanchiment."
    assert "money_laundering" in one(run(fr_extractor, text), ArrestEvent).crimes
