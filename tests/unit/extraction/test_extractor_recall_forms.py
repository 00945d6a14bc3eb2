"""Event recall and precision forms of the persons3 round: seizures told as a foiled attempt
or with the Dominican "ocupar", releases a judge decides, idioms and custody orders that are
no events. Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_es_ocupo_goods_is_a_seizure(extract_all: Extract) -> None:
    """ "la DNCD ocupó 300 paquetes de cocaína": a seizure (Dominican usage)."""
    text = "La DNCD ocupó el martes 300 paquetes de cocaína en una lancha en Barahona."
    assert len(of_type(extract_all(text, "es"), "seizure")) == 1


def test_es_ocupo_office_is_no_seizure(extract_all: Extract) -> None:
    """ "ocupó el cargo": no goods, no seizure."""
    text = "El comisario ocupó el cargo de director de la policía de Santiago durante años."
    assert not of_type(extract_all(text, "es"), "seizure")


def test_fr_dejoue_attempt_with_goods_is_a_seizure(extract_all: Extract) -> None:
    """ "ont déjoué ... une tentative d'exportation de 30 kg d'or": a seizure."""
    text = "Les douaniers ont déjoué samedi une tentative d'exportation de 30 kg d'or à Ivato."
    assert len(of_type(extract_all(text, "fr"), "seizure")) == 1


def test_es_dejo_en_libertad_is_a_release(extract_all: Extract) -> None:
    """ "el juez dejó en libertad al detenido": a release."""
    text = "El juez dejó en libertad el viernes a un detenido de Algeciras."
    assert len(of_type(extract_all(text, "es"), "release")) == 1


def test_es_allanar_el_camino_is_no_raid(extract_all: Extract) -> None:
    """ "allanó el camino al título": an idiom, no raid."""
    text = (
        "La policía detuvo a un hombre en Rivera. El equipo local allanó el camino al "
        "título con un 3 a 0."
    )
    assert not of_type(extract_all(text, "es"), "raid")


def test_es_pretrial_detention_far_after_the_verb_is_no_sentence(extract_all: Extract) -> None:
    """ "impuso, a solicitud de la Fiscalía, tres meses de prisión preventiva": custody, no
    sentence."""
    text = (
        "Un juez de Puntarenas impuso, a solicitud del Ministerio Público, tres meses de "
        "prisión preventiva a los cinco pescadores detenidos."
    )
    assert not of_type(extract_all(text, "es"), "sentence")


def test_ar_law_that_allows_death_is_no_sentence(extract_all: Extract) -> None:
    """ "القانون ... يجيز الحكم بالإعدام": a statutory penalty, no sentence."""
    text = (
        "ضبطت الشرطة يوم الأحد 50 كيلوغراما من الحشيش. ويذكر أن القانون يجيز الحكم بالإعدام "
        "في جرائم الجلب."
    )
    assert not of_type(extract_all(text, "ar"), "sentence")


def test_ar_subject_and_time_between_verb_and_goods(extract_all: Extract) -> None:
    """ "أحبطت هيئة الزكاة والضريبة والجمارك، بالتنسيق مع ...، يوم الأحد، محاولة تهريب 3
    ملايين قرص": the subject and the day do not push the goods out of the verb's reach."""
    text = (
        "أحبطت هيئة الزكاة والضريبة والجمارك، بالتنسيق مع المديرية العامة لمكافحة المخدرات، "
        "يوم الأحد الماضي، محاولة تهريب 3,100,000 قرص من الإمفيتامين عبر ميناء جدة."
    )
    assert len(of_type(extract_all(text, "ar"), "seizure")) == 1


def test_en_charged_a_price_is_no_charge(extract_all: Extract) -> None:
    """ "charged migrants between EUR 3,000 and EUR 5,000": a price, not a criminal charge."""
    text = (
        "Police arrested six smugglers in Sofia on Monday. The gang charged migrants between "
        "EUR 3,000 and EUR 5,000 each for the crossing."
    )
    assert not of_type(extract_all(text), "charge")


def test_en_charged_with_a_crime_and_amount_stays(extract_all: Extract) -> None:
    """ "charged with laundering $2 million": a crime before the amount, a charge."""
    text = "Two bankers were charged on Monday with laundering $2 million for the cartel."
    assert len(of_type(extract_all(text), "charge")) == 1


def test_en_arresting_as_striking_is_no_arrest(extract_all: Extract) -> None:
    """ "an arresting run of form": striking, not an arrest."""
    text = (
        "Police said the crowd was calm. The visitors, whose arresting run of form continues, "
        "won 2-0 on Sunday."
    )
    assert not of_type(extract_all(text), "arrest")


def test_fr_passive_subject_with_relative_clause(extract_all: Extract) -> None:
    """ "un quatrième suspect, un grossiste qui attendait la marchandise dans un hangar de
    Thiès, a été cueilli": the subject far before the passive is a person."""
    text = (
        "Lundi, un quatrième suspect, un grossiste qui attendait la marchandise dans un hangar "
        "de Thiès, a été cueilli par les gendarmes."
    )
    arrest = of_type(extract_all(text, "fr"), "arrest")
    assert len(arrest) == 1


def test_fr_unit_called_in_is_no_seizure(extract_all: Extract) -> None:
    """ "les gendarmes de la section de recherches, saisis en appui": a unit called in."""
    text = (
        "Un suspect a été interpellé dimanche par les gendarmes de la section de recherches, "
        "saisis en appui."
    )
    assert not of_type(extract_all(text, "fr"), "seizure")


def test_es_formalizo_is_a_charge(extract_all: Extract) -> None:
    """ "la Fiscalía lo formalizó ante el juzgado": a charge (Chilean usage)."""
    text = "Este viernes la Fiscalía lo formalizó ante el 4° Juzgado de Garantía de Santiago."
    assert len(of_type(extract_all(text, "es"), "charge")) == 1


def test_fr_handing_over_a_person_is_an_extradition(extract_all: Extract) -> None:
    """ "Berne a remis mardi aux autorités italiennes un homme de 41 ans": an extradition."""
    text = "Berne a remis mardi aux autorités italiennes un homme de 41 ans recherché pour trafic."
    assert len(of_type(extract_all(text, "fr"), "extradition")) == 1
