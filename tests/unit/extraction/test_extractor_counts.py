"""Persons counts from determiners, passive subjects, "other" counts and pronoun suffixes."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import (
    ArrestEvent,
    ChargeEvent,
    ConvictionEvent,
    ExtraditionEvent,
    SentenceEvent,
)


def test_fr_une_personne_is_one(extract_all: Extract) -> None:
    """ "une personne" with the indefinite article counts one."""
    event = one(extract_all("Une personne a été interpellée jeudi à Nantes.", "fr"), ArrestEvent)
    assert event.persons_count == 1


def test_es_un_solo_sospechoso_is_one(extract_all: Extract) -> None:
    """ "un solo sospechoso" counts one."""
    text = "La policía detuvo a un solo sospechoso en Sevilla."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 1


def test_fr_un_couple_is_two(extract_all: Extract) -> None:
    """ "un couple de" is two persons."""
    text = "Un couple de commerçants a été interpellé lundi à Grenoble."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 2


def test_es_others_besides_the_named_one(extract_all: Extract) -> None:
    """ "lo detuvo junto a otras cuatro personas": him and four more, five."""
    text = "La Policía Nacional lo detuvo en Vigo junto a otras cuatro personas."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 5


def test_en_singular_passive_is_one(extract_all: Extract) -> None:
    """ "the pilot was arrested": a singular subject is one person."""
    text = "The pilot was arrested at the airfield on Friday."
    assert one(extract_all(text), ArrestEvent).persons_count == 1


def test_en_adverb_between_auxiliary_and_trigger(extract_all: Extract) -> None:
    """ "she was later extradited": one adverb may stand between."""
    text = "She was later extradited to Italy."
    assert one(extract_all(text), ExtraditionEvent).persons_count == 1


def test_fr_bare_number_before_plural_passive(extract_all: Extract) -> None:
    """ "Les quatre ont été mis en examen": the number before the plural auxiliary."""
    text = "Les quatre ont été mis en examen samedi à Lille."
    assert one(extract_all(text, "fr"), ChargeEvent).persons_count == 4


def test_es_singular_passive_is_one(extract_all: Extract) -> None:
    """ "Fue detenido en Cádiz": one person."""
    assert one(extract_all("Fue detenido en Cádiz el lunes.", "es"), ArrestEvent).persons_count == 1


def test_en_number_after_plural_passive_is_not_doubled(extract_all: Extract) -> None:
    """A count after the auxiliary ("were detained 5 men") is not read twice."""
    text = "In the operation were detained 5 men in Leeds."
    assert one(extract_all(text), ArrestEvent).persons_count == 5


def test_ar_singular_pronoun_on_trigger_is_one(extract_all: Extract) -> None:
    """اعتقاله: the singular pronoun on the trigger is one person."""
    text = "وتمكنت الشرطة من اعتقاله في مدينة وهران يوم الاثنين."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 1


def test_en_name_before_guilty_plea_is_one(extract_all: Extract) -> None:
    """ "Moreno pleaded guilty": the defendant named before the plea is one person."""
    event = one(extract_all("Moreno pleaded guilty on Tuesday."), ConvictionEvent)
    assert event.persons_count == 1


def test_es_object_pronoun_before_verb_is_one(extract_all: Extract) -> None:
    """ "la Policía lo detuvo": the object pronoun is one person."""
    text = "La Policía Nacional lo detuvo el martes en Alicante."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 1


def test_fr_object_pronoun_before_verb_is_one(extract_all: Extract) -> None:
    """ "les gendarmes l'ont interpellé": one person."""
    text = "Les gendarmes l'ont interpellé jeudi à Brest."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 1


def test_en_the_driver_is_one(extract_all: Extract) -> None:
    """ "arrested the driver": a definite singular role noun is one person."""
    text = "Border officers arrested the driver at the crossing."
    assert one(extract_all(text), ArrestEvent).persons_count == 1


def test_en_two_single_persons_joined_by_and(extract_all: Extract) -> None:
    """ "the driver and his passenger": two persons."""
    text = "The driver and his passenger were arrested at the border."
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_fr_apposition_is_not_a_second_person(extract_all: Extract) -> None:
    """ "Le chauffeur, un Espagnol de 41 ans": the apposition is the same person."""
    text = "Le chauffeur, un homme de 41 ans, a été interpellé au péage."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 1


def test_en_partitive_lead_breakdown_not_added(extract_all: Extract) -> None:
    """ "Of the twelve arrested, eight men and four women, five were charged": five."""
    text = (
        "Twelve people were arrested in Leeds on Monday. Of the twelve arrested, eight men and "
        "four women aged between 20 and 51, five were later charged with drug supply offences."
    )
    assert one(extract_all(text), ChargeEvent).persons_count == 5


def test_fr_partitive_lead_keeps_only_the_subset(extract_all: Extract) -> None:
    """ "Sur les neuf suspects, quatre ont été mis en examen": four, not thirteen."""
    text = (
        "Les gendarmes ont interpellé neuf suspects mardi à Lyon. Sur les neuf suspects, "
        "quatre personnes ont été mises en examen pour trafic de stupéfiants."
    )
    events = extract_all(text, "fr")
    assert one(events, ArrestEvent).persons_count == 9
    assert one(events, ChargeEvent).persons_count == 4


def test_en_number_before_had_is_the_subject_count(extract_all: Extract) -> None:
    """ "All four had pleaded guilty": a bare number before "had" counts the subjects."""
    text = "All four had pleaded guilty to drug trafficking at an earlier hearing in Leeds."
    assert one(extract_all(text), ConvictionEvent).persons_count == 4


def test_es_hedge_word_inside_single_noun(extract_all: Extract) -> None:
    """ "a un presunto narcotraficante": a hedge word between determiner and noun, one."""
    text = "Colombia extraditó el jueves a Estados Unidos a un presunto narcotraficante de Cali."
    assert one(extract_all(text, "es"), ExtraditionEvent).persons_count == 1


def test_fr_hedge_word_inside_single_noun(extract_all: Extract) -> None:
    """ "un ancien convoyeur": one person."""
    text = "Les gendarmes ont interpellé lundi à Lyon un ancien convoyeur de fonds."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 1


def test_en_hedge_word_inside_single_noun(extract_all: Extract) -> None:
    """ "a suspected smuggler" ... "the alleged suspect": one person."""
    text = "Police in Leeds arrested the alleged suspect on Monday."
    assert one(extract_all(text, "en"), ArrestEvent).persons_count == 1


def test_fr_definite_group_subject_takes_lead_count(extract_all: Extract) -> None:
    """ "Les suspects, âgés de ..., avaient été interpellés": the group of the lead."""
    text = (
        "Trois hommes ont été mis en examen samedi à Lille pour trafic de stupéfiants.\n\n"
        "Les suspects, âgés de 22 à 35 ans, avaient été interpellés mercredi à Roubaix."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_es_definite_group_subject_takes_lead_count(extract_all: Extract) -> None:
    """ "Los sospechosos fueron detenidos": the persons counted in the sentence before."""
    text = (
        "Cinco hombres fueron acusados el lunes en Valencia de tráfico de drogas.\n\n"
        "Los sospechosos fueron detenidos el viernes en el puerto."
    )
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 5


def test_en_definite_group_subject_takes_lead_count(extract_all: Extract) -> None:
    """ "The men, all from Bristol, were arrested": the group of the lead."""
    text = (
        "Four men have been charged with conspiracy to supply cocaine, police said.\n\n"
        "The men, all from Bristol, were arrested on Tuesday."
    )
    assert one(extract_all(text, "en"), ArrestEvent).persons_count == 4


def test_fr_coordinated_participles_share_singular_subject(extract_all: Extract) -> None:
    """ "Il avait été repéré puis arrêté": the auxiliary of the first participle, one."""
    text = "Il avait été repéré puis arrêté en mai à Marseille par la police judiciaire."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 1


def test_es_coordinated_participles_share_singular_subject(extract_all: Extract) -> None:
    """ "fue localizado y detenido": one person."""
    text = "Meses después fue localizado y detenido en Marbella por la Policía Nacional."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 1


def test_en_coordinated_participles_share_plural_subject(extract_all: Extract) -> None:
    """ "all five were traced and arrested": the count before the first participle."""
    text = "All five were traced and arrested in Glasgow on Friday."
    assert one(extract_all(text, "en"), ArrestEvent).persons_count == 5


def test_fr_subject_pronoun_and_avoir_is_one(extract_all: Extract) -> None:
    """ "il avait écopé de six ans": the singular subject pronoun, one."""
    text = "Jugé en 2015 à Nîmes, il avait écopé de six ans de prison pour trafic de cocaïne."
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count == 1


def test_fr_counted_codefendants(extract_all: Extract) -> None:
    """ "Trois coprévenus ... ont été condamnés": co-defendants are persons."""
    text = (
        "Trois coprévenus ont été condamnés mardi à quatre ans de prison par le tribunal de Lyon."
    )
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count == 3


def test_es_counted_codefendants(extract_all: Extract) -> None:
    """ "dos coacusados": co-defendants are persons."""
    text = "La Audiencia de Huelva condenó a dos coacusados a tres años de prisión."
    assert one(extract_all(text, "es"), SentenceEvent).persons_count == 2


def test_es_personal_a_name_after_destination(extract_all: Extract) -> None:
    """ "extraditó el lunes a Estados Unidos a Jorge Luis Romero": the name after the
    personal "a" is one person; the country after "a" is not."""
    text = "Colombia extraditó el lunes a Estados Unidos a Jorge Luis Romero, alias el Flaco."
    assert one(extract_all(text, "es"), ExtraditionEvent).persons_count == 1


def test_es_object_pronoun_with_auxiliary_is_one(extract_all: Extract) -> None:
    """ "lo había detenido": the object pronoun before the auxiliary, one person."""
    text = "La Guardia Civil lo había detenido en marzo de 2021 en Algeciras."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 1


def test_fr_ordinal_determiner_singular_noun(extract_all: Extract) -> None:
    """ "Un troisième prévenu ... a été condamné": one person."""
    text = "Un troisième prévenu a écopé de deux ans de prison à Rennes."
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count == 1


def test_es_ordinal_determiner_singular_noun(extract_all: Extract) -> None:
    """ "Un tercer acusado ... ha sido condenado": one person."""
    text = "La Audiencia condenó además a un tercer acusado a dos años de prisión."
    assert one(extract_all(text, "es"), SentenceEvent).persons_count == 1
