"""One person as the patient of a person-type action, told without a number: the object of
an active verb opened by a singular determiner, a singular verb whose subject is the
defendant, a singular object pronoun; and the plural or collective patients that stay
uncounted."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import (
    ArrestEvent,
    ChargeEvent,
    ConvictionEvent,
    ExtraditionEvent,
    ReleaseEvent,
    SentenceEvent,
)


def test_en_indefinite_object_of_an_extradition_is_one(extract_all: Extract) -> None:
    """ "extradited an alleged accountant": "an" opens one person, whatever the noun."""
    text = "Panama extradited an alleged accountant of the cartel to Spain on Tuesday."
    event = one(extract_all(text), ExtraditionEvent)
    assert (event.persons_count, event.persons_count_qualifier) == (1, "exact")


def test_en_definite_singular_object_of_a_sentence_is_one(extract_all: Extract) -> None:
    """ "sentenced the former councillor": after "the" a noun without a plural ending."""
    text = "A judge in Leeds sentenced the former councillor to nine years on Friday."
    assert one(extract_all(text), SentenceEvent).persons_count == 1


def test_en_definite_plural_object_stays_uncounted(extract_all: Extract) -> None:
    """ "charged the importers": a plural noun after "the" is no one person."""
    text = "Prosecutors charged the importers with conspiracy on Monday."
    assert one(extract_all(text), ChargeEvent).persons_count is None


def test_en_irregular_plural_object_stays_uncounted(extract_all: Extract) -> None:
    """ "released the fishermen": a plural without the -s ending is listed."""
    text = "A court in Dakar released the fishermen on bail on Monday."
    assert one(extract_all(text), ReleaseEvent).persons_count is None


def test_en_collective_object_stays_uncounted(extract_all: Extract) -> None:
    """ "arrested a handful of couriers": a collective noun counts no one person."""
    text = "Border officers arrested a handful of couriers at the crossing on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count is None


def test_en_time_after_a_plural_passive_is_no_patient(extract_all: Extract) -> None:
    """ "were charged the following day": a passive's patient is its subject; the words
    after it are a time."""
    text = "The smugglers were charged the following day with importing heroin."
    assert one(extract_all(text), ChargeEvent).persons_count is None


def test_en_listed_objects_are_not_one(extract_all: Extract) -> None:
    """ "sentenced the landlord and the tenant": a list is not one patient."""
    text = "The court sentenced the landlord and the tenant to six years in prison."
    assert one(extract_all(text), SentenceEvent).persons_count != 1


def test_en_collective_subject_of_a_singular_passive_is_not_one(extract_all: Extract) -> None:
    """ "The gang was arrested": a singular auxiliary after a group noun is no one person."""
    text = "The gang was arrested on Monday after a long investigation."
    assert one(extract_all(text), ArrestEvent).persons_count is None


def test_en_has_pleaded_guilty_is_one(extract_all: Extract) -> None:
    """ "has pleaded guilty": a singular verb whose subject is the defendant."""
    text = "The former harbour pilot has pleaded guilty to smuggling cocaine."
    assert one(extract_all(text), ConvictionEvent).persons_count == 1


def test_fr_definite_object_after_active_auxiliary_is_one(extract_all: Extract) -> None:
    """ "a condamné l'ancien adjoint": "l'" is a singular article (the plural is "les")."""
    text = "Le tribunal de Nîmes a condamné l'ancien adjoint à six ans de prison."
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count == 1


def test_fr_indefinite_object_of_a_charge_is_one(extract_all: Extract) -> None:
    """ "a mis en examen un gérant de bar": "un" opens one person."""
    text = "Un juge de Lille a mis en examen un gérant de bar pour blanchiment."
    assert one(extract_all(text, "fr"), ChargeEvent).persons_count == 1


def test_fr_pronoun_glued_to_the_auxiliary_is_one(extract_all: Extract) -> None:
    """ "l'a condamné": the pronoun is written on the auxiliary the trigger opens with."""
    text = "La cour d'appel l'a condamné à quatre ans de prison ferme."
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count == 1


def test_fr_plural_object_stays_uncounted(extract_all: Extract) -> None:
    """ "a condamné les passeurs": "les" is plural."""
    text = "Le tribunal de Nîmes a condamné les passeurs à six ans de prison."
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count is None


def test_fr_time_after_a_passive_is_no_patient(extract_all: Extract) -> None:
    """ "ont été interpellés la semaine dernière": plural passive, then a time."""
    text = "Ils ont été interpellés la semaine dernière près de Lyon."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count is None


def test_fr_collective_subject_of_a_singular_passive_is_not_one(extract_all: Extract) -> None:
    """ "la bande a été interpellée": a group noun before a singular auxiliary."""
    text = "Toute la bande a été interpellée mardi à Roubaix."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count is None


def test_fr_plaide_coupable_after_a_singular_auxiliary_is_one(extract_all: Extract) -> None:
    """ "a plaidé coupable": the singular auxiliary and the verb whose subject is the
    defendant."""
    text = "Selon le parquet, le convoyeur a plaidé coupable devant le tribunal."
    assert one(extract_all(text, "fr"), ConvictionEvent).persons_count == 1


def test_es_personal_a_with_singular_article_is_one(extract_all: Extract) -> None:
    """ "condenó al exconcejal": the personal "a" with a singular article opens one person."""
    text = "La Audiencia de Cádiz condenó al exconcejal a siete años de prisión."
    assert one(extract_all(text, "es"), SentenceEvent).persons_count == 1


def test_es_indefinite_object_of_an_extradition_is_one(extract_all: Extract) -> None:
    """ "extraditó a un supuesto contador": "a un" opens one person."""
    text = "Honduras extraditó a un supuesto contador del cártel a Estados Unidos."
    assert one(extract_all(text, "es"), ExtraditionEvent).persons_count == 1


def test_es_plural_object_stays_uncounted(extract_all: Extract) -> None:
    """ "condenó a los transportistas": "los" is plural."""
    text = "La Audiencia de Cádiz condenó a los transportistas a siete años de prisión."
    assert one(extract_all(text, "es"), SentenceEvent).persons_count is None


def test_es_preposition_after_a_bare_participle_is_no_object(extract_all: Extract) -> None:
    """ "detenidos a la salida": a participle without "ha" is no active verb; "a la" is a
    place there."""
    text = "Fueron detenidos a la salida de la discoteca el sábado."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count is None


def test_es_collective_object_stays_uncounted(extract_all: Extract) -> None:
    """ "detuvo a la tripulación": a collective noun counts no one person."""
    text = "La Armada detuvo a la tripulación del pesquero el martes."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count is None


def test_es_se_declaro_culpable_is_one(extract_all: Extract) -> None:
    """ "se declaró culpable": singular verb, the defendant its subject."""
    text = "Se declaró culpable de introducir heroína en el puerto."
    assert one(extract_all(text, "es"), ConvictionEvent).persons_count == 1


def test_es_se_declararon_culpables_stays_uncounted(extract_all: Extract) -> None:
    """ "se declararon culpables": the plural verb counts no one person."""
    text = "Se declararon culpables de introducir heroína en el puerto."
    assert one(extract_all(text, "es"), ConvictionEvent).persons_count is None


def test_ar_definite_singular_object_of_a_release_is_one(extract_all: Extract) -> None:
    """ "أفرج عن الوزير السابق": a noun with its article and no plural ending after the
    trigger is one person."""
    text = "أفرج عن الوزير السابق يوم الأحد بعد ثلاثة أشهر من التوقيف."
    assert one(extract_all(text, "ar"), ReleaseEvent).persons_count == 1


def test_ar_object_after_the_subject_is_one(extract_all: Extract) -> None:
    """ "سلمت السلطات المغربية المهندس الفرنسي": the subject and its demonym come first
    (verb-subject-object); the object after them is one person."""
    text = "سلمت السلطات المغربية المهندس الفرنسي إلى فرنسا يوم الثلاثاء."
    assert one(extract_all(text, "ar"), ExtraditionEvent).persons_count == 1


def test_ar_sound_plural_object_stays_uncounted(extract_all: Extract) -> None:
    """ "أفرج عن المحتجزين": the -ين ending is a plural (or dual)."""
    text = "أفرج عن المحتجزين بعد دفع الكفالة."
    assert one(extract_all(text, "ar"), ReleaseEvent).persons_count is None


def test_ar_broken_plural_object_stays_uncounted(extract_all: Extract) -> None:
    """ "أفرج عن السجناء": a broken plural is listed in not_person_heads."""
    text = "أفرج عن السجناء بعد دفع الكفالة."
    assert one(extract_all(text, "ar"), ReleaseEvent).persons_count is None


def test_ar_singular_confession_is_one(extract_all: Extract) -> None:
    """ "أقر بذنبه": the singular pronoun on the confession is the defendant."""
    text = "وكان قد أقر بذنبه في تهم تهريب الكوكايين أمام المحكمة."
    assert one(extract_all(text, "ar"), ConvictionEvent).persons_count == 1


def test_en_group_noun_before_the_head_qualifies_it(extract_all: Extract) -> None:
    """ "a suspected cartel accountant": the group noun between qualifies the head noun."""
    text = "Officers arrested a suspected cartel accountant in Sinaloa on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 1


def test_en_named_recipient_of_a_sentence_is_one(extract_all: Extract) -> None:
    """ "Okafor, 52, received a nine-year sentence": a name and its age before a verb whose
    subject is the defendant."""
    text = "Okafor, 52, received a nine-year sentence for importing heroin."
    assert one(extract_all(text), SentenceEvent).persons_count == 1


def test_en_plural_recipients_stay_uncounted(extract_all: Extract) -> None:
    """ "The couriers received ...": a plural subject is no one person."""
    text = "The couriers received a nine-year sentence for importing heroin."
    assert one(extract_all(text), SentenceEvent).persons_count is None


def test_fr_singular_ecope_after_a_name_is_one(extract_all: Extract) -> None:
    """ "Sofiane K. a écopé de": the singular auxiliary of a verb whose subject is the
    defendant (an initial is no tonne)."""
    text = "Sofiane K. a écopé de sept ans de prison ferme."
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count == 1


def test_fr_group_subject_of_ecope_stays_uncounted(extract_all: Extract) -> None:
    """ "Le réseau a écopé": a singular verb after a group noun counts no one."""
    text = "Le clan a écopé de sept ans de prison ferme."
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count is None


def test_es_singular_recibio_is_one(extract_all: Extract) -> None:
    """ "un sexto acusado recibió una pena": the singular verb form of a defendant's verb."""
    text = "Un sexto acusado recibió una pena de tres años de prisión."
    assert one(extract_all(text, "es"), SentenceEvent).persons_count == 1


def test_es_plural_recibieron_stays_uncounted(extract_all: Extract) -> None:
    """ "recibieron una pena": the plural form is not in the singular list."""
    text = "Los acusados recibieron una pena de tres años de prisión."
    assert one(extract_all(text, "es"), SentenceEvent).persons_count is None


def test_es_trigger_opening_with_a_singular_auxiliary_is_one(extract_all: Extract) -> None:
    """ "quedó en libertad": the singular auxiliary is the first word of the trigger."""
    text = "El exgobernador quedó en libertad el martes por la tarde."
    assert one(extract_all(text, "es"), ReleaseEvent).persons_count == 1


def test_es_plural_auxiliary_opening_the_trigger_stays_uncounted(extract_all: Extract) -> None:
    """ "quedaron en libertad": the plural auxiliary counts no one person."""
    text = "Los exgobernadores quedaron en libertad el martes por la tarde."
    assert one(extract_all(text, "es"), ReleaseEvent).persons_count is None


def test_ar_definite_head_before_a_plural_pronoun_stays_uncounted(extract_all: Extract) -> None:
    """ "توقيف المشتبه فيهم": the pronoun after the head is plural."""
    text = "وتمكنت الشرطة من توقيف المشتبه فيهم بضواحي المدينة."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count is None


def test_ar_indefinite_suspect_with_singular_pronoun_is_one(extract_all: Extract) -> None:
    """ "مشتبها به": the singular pronoun after the indefinite suspect noun is one person."""
    text = "سلمت البرازيل مشتبها به إلى إسبانيا يوم الخميس."
    assert one(extract_all(text, "ar"), ExtraditionEvent).persons_count == 1


def test_fr_weekday_after_a_participle_trigger_is_no_patient(extract_all: Extract) -> None:
    """ "mises en examen ce jeudi": a participle opening the trigger is no active verb; "ce
    jeudi" is a day."""
    text = "Les deux femmes ont été présentées au juge et mises en examen ce jeudi."
    assert one(extract_all(text, "fr"), ChargeEvent).persons_count != 1


def test_ar_masculine_singular_passive_handover_is_one(extract_all: Extract) -> None:
    """ "سُلّم إلى إسبانيا": the verb alone, masculine singular, before a state: one person
    extradited."""
    text = "سُلّم إلى إسبانيا يوم الخميس بعد أشهر من توقيفه."
    assert one(extract_all(text, "ar"), ExtraditionEvent).persons_count == 1


def test_ar_plural_passive_handover_stays_uncounted(extract_all: Extract) -> None:
    """ "سُلّموا إلى إسبانيا": the plural verb counts no one person."""
    text = "سُلّموا إلى إسبانيا يوم الخميس بعد أشهر من توقيفهم."
    assert one(extract_all(text, "ar"), ExtraditionEvent).persons_count != 1


def test_en_each_defendant_with_own_term_counts_one(extract_all: Extract) -> None:
    """ "A received 12 years in prison, while B was given a two-year suspended sentence":
    one ruling per term, one person each."""
    text = (
        "Customs officers had found the heroin in 2022. Dean Holt received 11 years in prison, "
        "while Amir Saleh was given a two-year suspended sentence."
    )
    rulings = [e for e in extract_all(text) if isinstance(e, SentenceEvent)]
    assert [e.persons_count for e in rulings] == [1, 1]


def test_es_subject_named_with_a_charge_word_goes_to_the_ruling(extract_all: Extract) -> None:
    """ "Un sexto imputado recibió una pena": the count belongs to the ruling after the verb,
    not to the charge word inside the subject."""
    text = "Un sexto imputado recibió una pena de dos años de prisión."
    assert one(extract_all(text, "es"), SentenceEvent).persons_count == 1


def test_ar_broken_plural_ending_like_a_singular_stays_uncounted(extract_all: Extract) -> None:
    """ "اعتقلت الشرطة الطلبة": a broken plural ending in ة (no plural ending) is listed."""
    text = "اعتقلت الشرطة الطلبة المشاركين في تهريب الحشيش."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count is None


def test_es_object_after_a_destination_country_is_one(extract_all: Extract) -> None:
    """ "extraditó a Estados Unidos a un presunto contador": the destination between the
    verb and its object is skipped."""
    text = "Honduras extraditó a Estados Unidos a un presunto contador del cártel."
    assert one(extract_all(text, "es"), ExtraditionEvent).persons_count == 1


def test_en_count_in_the_patients_relative_clause_is_not_theirs(extract_all: Extract) -> None:
    """ "an alleged broker accused of paying 40 couriers": the couriers are not extradited."""
    text = "Peru extradited an alleged broker accused of paying 40 couriers to Spain on Monday."
    assert one(extract_all(text), ExtraditionEvent).persons_count == 1


def test_es_participle_after_singular_article_is_one(extract_all: Extract) -> None:
    """ "formalizó al imputado": a participle trigger right after a singular article is a
    noun for one person."""
    text = "La Fiscalía formalizó al imputado por tráfico de drogas."
    assert one(extract_all(text, "es"), ChargeEvent).persons_count == 1


def test_fr_group_word_in_a_complement_is_no_collective_subject(extract_all: Extract) -> None:
    """ "L'ancien gérant de la société a été remis en liberté": "société" is the complement
    of the subject, not its head."""
    text = "L'ancien gérant de la société a été remis en liberté mardi."
    assert one(extract_all(text, "fr"), ReleaseEvent).persons_count == 1
