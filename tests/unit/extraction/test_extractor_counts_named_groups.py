"""Persons counts of groups named or described rather than counted: full names listed as a
subject with appositions, relatives, couples and siblings, groups referred back to.

Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, one
from worker.models import (
    ArrestEvent,
    ChargeEvent,
    ConvictionEvent,
    ReleaseEvent,
    SentenceEvent,
)


def test_en_names_with_ages_and_towns_plead_guilty(extract_all: Extract) -> None:
    """Two full names, each with an age and a town set off by commas, before "pleaded
    guilty" are two persons."""
    text = (
        "Mark Evans, 34, of Leeds, and Paul Reid, 29, of Bradford, pleaded guilty at "
        "Leeds Crown Court on Monday to conspiracy to supply cocaine."
    )
    assert one(extract_all(text), ConvictionEvent).persons_count == 2


def test_en_names_with_shared_apposition_before_passive(extract_all: Extract) -> None:
    """ "James Holt, 41, and Lee Grant, 38, both of Hull, were charged": two persons."""
    text = (
        "James Holt, 41, and Lee Grant, 38, both of Hull, were charged on Monday with "
        "conspiracy to supply heroin."
    )
    assert one(extract_all(text), ChargeEvent).persons_count == 2


def test_es_names_with_ages_before_plural_passive(extract_all: Extract) -> None:
    """ "Pedro Gómez, de 34 años, y Luis Ruiz, de 29, ambos vecinos de Cádiz, fueron
    condenados": two persons."""
    text = (
        "Pedro Gómez, de 34 años, y Luis Ruiz, de 29, ambos vecinos de Cádiz, fueron "
        "condenados el lunes a seis años de prisión."
    )
    assert one(extract_all(text, "es"), SentenceEvent).persons_count == 2


def test_fr_names_with_initials_and_ages(extract_all: Extract) -> None:
    """ "Karim B., 34 ans, et Yanis M., 29 ans, ont été condamnés": two persons."""
    text = (
        "Karim B., 34 ans, et Yanis M., 29 ans, ont été condamnés lundi par le tribunal "
        "correctionnel de Lyon à trois ans de prison."
    )
    assert one(extract_all(text, "fr"), SentenceEvent).persons_count == 2


def test_en_rescued_persons_are_not_the_arrested(extract_all: Extract) -> None:
    """ "rescued 30 migrants while three smugglers were arrested": the rescued are not
    counted with the arrested."""
    text = "The coast guard rescued 30 migrants while three smugglers were arrested on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_en_deployed_officers_are_not_the_arrested(extract_all: Extract) -> None:
    """ "deployed 200 officers ..., arresting three men": the officers are no patients."""
    text = (
        "Police deployed 200 officers and searched 16 addresses in Leeds on Monday, "
        "arresting three men."
    )
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_es_rescued_persons_are_not_the_arrested(extract_all: Extract) -> None:
    """ "rescató a 30 migrantes y ... detuvo a tres patrones": three persons arrested."""
    text = (
        "Salvamento Marítimo rescató a 30 migrantes y la Guardia Civil detuvo a tres "
        "patrones el lunes."
    )
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_fr_mobilised_gendarmes_are_not_the_arrested(extract_all: Extract) -> None:
    """ "200 gendarmes ont été mobilisés ... trois personnes ont été interpellées": 3."""
    text = (
        "Plus de 200 gendarmes ont été mobilisés lundi à Rennes et trois personnes ont été "
        "interpellées."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_ar_rescued_persons_are_not_the_arrested(extract_all: Extract) -> None:
    """ "أنقذت ... 30 شخصا وألقت القبض على ثلاثة مهربين": three persons arrested."""
    text = "أنقذت قوات خفر السواحل 30 شخصا وألقت القبض على ثلاثة مهربين يوم الاثنين."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3


def test_en_officers_listed_with_others_are_arrested(extract_all: Extract) -> None:
    """Counted officers listed with other persons as the object are arrested too."""
    text = "Police arrested two officers and three dealers in Lagos on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 5


def test_en_man_and_his_two_sons(extract_all: Extract) -> None:
    """ "a man and his two sons" are three persons."""
    text = "Police arrested a man and his two sons in Croydon on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_fr_man_and_his_two_sons(extract_all: Extract) -> None:
    """ "un homme et ses deux fils" are three persons."""
    text = "Les gendarmes ont interpellé un homme et ses deux fils lundi à Nîmes."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_es_man_and_his_two_sons_with_personal_a(extract_all: Extract) -> None:
    """ "a un hombre y a sus dos hijos" are three persons."""
    text = "La Guardia Civil detuvo el lunes a un hombre y a sus dos hijos en Almería."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_ar_man_and_his_two_sons_dual(extract_all: Extract) -> None:
    """ "رجل ونجليه" (a man and his two sons) are three persons."""
    text = "ألقت الشرطة القبض على رجل ونجليه في الإسكندرية يوم الاثنين."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3


def test_ar_definite_dual_of_brothers(extract_all: Extract) -> None:
    """ "الشقيقين" (the two brothers) are two persons."""
    text = "ألقت الشرطة القبض على الشقيقين في مدينة طنجة يوم الاثنين."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 2


def test_es_the_couple_is_two(extract_all: Extract) -> None:
    """ "La pareja fue detenida": two persons."""
    text = "La pareja fue detenida el lunes en el aeropuerto de Barajas."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 2


def test_en_both_brothers_is_two(extract_all: Extract) -> None:
    """ "Both brothers were charged": two persons."""
    text = "Both brothers were charged with possession with intent to supply on Monday."
    assert one(extract_all(text), ChargeEvent).persons_count == 2


def test_en_name_and_three_other_men_is_four(extract_all: Extract) -> None:
    """ "John Carter and three other men": "other" leaves the named man out, four persons."""
    text = "John Carter and three other men were charged with drug trafficking on Monday."
    assert one(extract_all(text), ChargeEvent).persons_count == 4


def test_es_name_and_otros_tres_is_four(extract_all: Extract) -> None:
    """ "Juan Pérez y otros tres hombres": four persons."""
    text = "Juan Pérez y otros tres hombres fueron detenidos el lunes en Sevilla."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 4


def test_en_suspect_and_three_other_men_is_four(extract_all: Extract) -> None:
    """ "a suspect and three other men": four persons."""
    text = "Police arrested a suspect and three other men in Leeds on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_fr_round_up_with_one_more_in_a_town(extract_all: Extract) -> None:
    """ "quatre personnes à Lille et une à Roubaix" are five persons."""
    text = "Les policiers ont interpellé quatre personnes à Lille et une à Roubaix lundi."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 5


def test_es_round_up_with_personal_a_and_one(extract_all: Extract) -> None:
    """ "a tres personas en Cádiz, a una en Sevilla y a dos en Huelva" are six persons."""
    text = "La Guardia Civil detuvo a tres personas en Cádiz, a una en Sevilla y a dos en Huelva."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 6


def test_fr_couple_and_their_son_stay_three(extract_all: Extract) -> None:
    """ "Un couple de retraités et leur fils de 30 ans": the son's age phrase is no place
    list, three persons."""
    text = "Un couple de retraités et leur fils de 30 ans ont été interpellés lundi à Annecy."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_es_two_trigger_phrases_of_one_verb_read_one_subject(extract_all: Extract) -> None:
    """ "Ambos quedaron en libertad con cargos": two persons, not two per trigger phrase."""
    text = (
        "Agentes detuvieron el lunes a dos hombres en Vigo. Ambos quedaron en libertad con "
        "cargos el martes."
    )
    assert one(extract_all(text, "es"), ReleaseEvent).persons_count == 2


def test_en_last_age_of_a_list_is_no_subject_count(extract_all: Extract) -> None:
    """ "Three men aged 21, 25 and 30 were arrested": the last age is not a count of its
    own before "were"."""
    text = "Three men aged 21, 25 and 30 were arrested in Hull on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_es_participle_noun_subject_takes_the_earlier_count(extract_all: Extract) -> None:
    """ "Los detenidos quedaron en libertad": the persons arrested in the sentence before."""
    text = (
        "La Policía detuvo el martes a tres hombres en Cádiz. Los detenidos quedaron en "
        "libertad el jueves."
    )
    assert one(extract_all(text, "es"), ReleaseEvent).persons_count == 3


def test_ar_definite_number_before_a_day_word_is_a_count(extract_all: Extract) -> None:
    """ "المتهمين الأربعة يوم الأربعاء": the number with the article counts the accused;
    it is no term of days."""
    text = "وتم إطلاق سراح المتهمين الأربعة يوم الأربعاء بعد التحقيق معهم."
    assert one(extract_all(text, "ar"), ReleaseEvent).persons_count == 4


def test_es_names_after_personal_a_listed_with_commas(extract_all: Extract) -> None:
    """ "a Juan Pérez, a Luis Ruiz y a Pedro Gómez": three persons."""
    text = "La Policía detuvo el lunes a Juan Pérez, a Luis Ruiz y a Pedro Gómez en Sevilla."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_en_name_described_after_and_counts(extract_all: Extract) -> None:
    """ "Mark Evans, 34, and his partner Jane Reid, 29, were arrested": two persons."""
    text = "Mark Evans, 34, and his partner Jane Reid, 29, were arrested in Leeds on Monday."
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_fr_name_described_after_et_counts(extract_all: Extract) -> None:
    """ "Karim Benali et son frère Yanis Benali ont été interpellés": two persons."""
    text = "Karim Benali et son frère Yanis Benali ont été interpellés lundi à Lyon."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 2


def test_en_persons_who_fled_are_not_arrested(extract_all: Extract) -> None:
    """ "arrested four men ... while two others fled": four persons."""
    text = "Police arrested four men in Leeds on Monday while two others fled."
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_fr_persons_on_the_run_are_not_arrested(extract_all: Extract) -> None:
    """ "deux autres sont en fuite": not counted with the four arrested."""
    text = "Quatre hommes ont été interpellés lundi à Lyon, deux autres sont en fuite."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 4


def test_es_persons_who_fled_are_not_arrested(extract_all: Extract) -> None:
    """ "otros dos se dieron a la fuga": not counted with the four arrested."""
    text = "La Policía detuvo el lunes a cuatro hombres en Sevilla y otros dos se dieron a la fuga."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 4


def test_ar_persons_who_fled_are_not_arrested(extract_all: Extract) -> None:
    """ "فيما لاذ شخصان آخران بالفرار": not counted with the four arrested."""
    text = "ألقت الشرطة القبض على أربعة أشخاص في طنجة فيما لاذ شخصان آخران بالفرار."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 4


def test_ar_initials_in_brackets_count_each(extract_all: Extract) -> None:
    """ "المتهمين (أ.م)، (ع.س) و(ك.ر)": three persons named by their initials."""
    text = "ألقت الشرطة القبض على المتهمين (أ.م)، (ع.س) و(ك.ر) في طنجة يوم الاثنين."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3


def test_es_leader_with_complement_and_counted_helpers(extract_all: Extract) -> None:
    """ "al cabecilla de la red y a tres de sus colaboradores": four persons."""
    text = "Los agentes detuvieron al cabecilla de la red y a tres de sus colaboradores."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 4


def test_ar_leader_with_genitive_and_counted_helpers(extract_all: Extract) -> None:
    """ "زعيم العصابة وثلاثة من مساعديه": four persons."""
    text = "ألقت الشرطة القبض على زعيم العصابة وثلاثة من مساعديه."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 4


def test_fr_leader_with_complement_and_counted_accomplices(extract_all: Extract) -> None:
    """ "le chef du réseau et trois de ses complices": four persons."""
    text = "Les enquêteurs ont interpellé le chef du réseau et trois de ses complices."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 4


def test_fr_single_arrested_and_others_sought(extract_all: Extract) -> None:
    """ "Un homme ... a été interpellé et trois autres sont recherchés": one person; the
    three sought are not arrested."""
    text = "Un homme de 28 ans a été interpellé lundi à Lyon et trois autres sont recherchés."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 1


def test_es_single_with_age_and_relative_is_two(extract_all: Extract) -> None:
    """ "a un hombre de 45 años y a su sobrino": two persons."""
    text = "Los agentes detuvieron a un hombre de 45 años y a su sobrino en Vigo."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 2
