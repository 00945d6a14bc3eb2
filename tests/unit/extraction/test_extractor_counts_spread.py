"""Counts spread over a sentence, ages that are no terms, and the other general count
mechanisms of the persons3 round. Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import (
    ArrestEvent,
    ChargeEvent,
    ConvictionEvent,
    Event,
    ReleaseEvent,
    SentenceEvent,
)


def _terms(events: list[Event]) -> list[int]:
    found = [e for e in of_type(events, "sentence") if isinstance(e, SentenceEvent)]
    return sorted(e.sentence_months or 0 for e in found)


def test_fr_demonym_age_is_not_a_term(extract_all: Extract) -> None:
    """ "un Tunisien de 44 ans ... à six ans": the age after a demonym is no second term."""
    text = "Le tribunal a condamné jeudi un Tunisien de 44 ans à six ans de prison."
    assert _terms(extract_all(text, "fr")) == [72]


def test_es_noun_age_after_article_is_not_a_term(extract_all: Extract) -> None:
    """ "un camionero de 52 años": years after an indefinite noun are an age."""
    text = "La Audiencia condenó el martes a un camionero de 52 años a nueve años de cárcel."
    assert _terms(extract_all(text, "es")) == [108]


def test_fr_age_range_after_cue_is_not_a_term(extract_all: Extract) -> None:
    """ "âgés de 20 à 25 ans": an age range, not a term."""
    text = "Trois guetteurs âgés de 20 à 25 ans ont été condamnés lundi à deux ans de prison."
    assert _terms(extract_all(text, "fr")) == [24]


def test_es_term_after_pena_de_stays(extract_all: Extract) -> None:
    """ "una pena de 15 años": a term head before "de" keeps the term."""
    text = "El tribunal impuso el lunes a un narcotraficante una pena de 15 años de prisión."
    assert _terms(extract_all(text, "es")) == [180]


def test_ar_law_year_is_not_a_term(extract_all: Extract) -> None:
    """ "القانون رقم 12 لسنة 2019": the unit names the law's year, no term."""
    text = (
        "قضت محكمة الجنايات يوم الأحد بالسجن خمس سنوات على متهم استنادا إلى القانون رقم 12 "
        "لسنة 2019."
    )
    assert _terms(extract_all(text, "ar")) == [60]


def test_en_group_and_one_with_glued_age(extract_all: Extract) -> None:
    """ "two Dutch nationals and a 45-year-old woman": three persons."""
    text = "Two Dutch nationals and a 45-year-old woman were arrested on Monday in Antwerp."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_es_group_qualified_then_one_more(extract_all: Extract) -> None:
    """ "dos hombres de nacionalidad peruana y un boliviano": the qualifier does not stop
    "y"."""
    text = "La policía detuvo el jueves a dos hombres de nacionalidad peruana y un boliviano."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_fr_one_added_after_comma(extract_all: Extract) -> None:
    """ "..., ainsi qu'un agent": one more person after the place of the arrest."""
    text = (
        "Deux passagers ont été arrêtés dimanche à l'aéroport de Roissy, ainsi qu'un agent "
        "de sécurité."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_fr_breakdown_after_ages_and_dash(extract_all: Extract) -> None:
    """ "six hommes âgés de 20 à 40 ans - quatre Italiens et deux Français -": the six broken
    down, not six more."""
    text = (
        "La police a interpellé mardi six hommes âgés de 20 à 40 ans - quatre Italiens et "
        "deux Français - à Nice."
    )
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 6


def test_ar_breakdown_after_wahum(extract_all: Extract) -> None:
    """ "المتهمين الأربعة، وهم ثلاثة مصريين وسوداني": the four broken down."""
    text = "ألقت الشرطة يوم الخميس القبض على المتهمين الأربعة، وهم ثلاثة مصريين وسوداني."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 4


def test_ar_bare_demonyms_joined_to_a_count(extract_all: Extract) -> None:
    """ "ثلاثة أردنيين وعراقي وسوري": five persons."""
    text = "ألقت الشرطة يوم الخميس القبض على ثلاثة أردنيين وعراقي وسوري في عمان."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 5


def test_ar_nominative_dual_of_a_single_noun(extract_all: Extract) -> None:
    """ "مقيمان ومواطن": the dual of a single-person noun is two, and one more is three."""
    text = "ألقت الشرطة يوم الخميس القبض على مروجي المخدرات، وهم مقيمان ومواطن."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3


def test_en_relation_after_possessive_is_one(extract_all: Extract) -> None:
    """ "The pilot, 51, and his co-pilot, 44": two persons."""
    text = "The pilot, 51, and his co-pilot, 44, were arrested at the airstrip on Sunday."
    assert one(extract_all(text), ArrestEvent).persons_count == 2


def test_en_couple_and_their_son(extract_all: Extract) -> None:
    """ "A retired couple and their 30-year-old son": three persons."""
    text = "A retired couple and their 30-year-old son were arrested on Friday in Leeds."
    assert one(extract_all(text), ArrestEvent).persons_count == 3


def test_en_a_couple_of_is_no_pair(extract_all: Extract) -> None:
    """ "a couple of hours later": no two persons."""
    text = "Police arrested a man a couple of hours later in Leeds."
    assert one(extract_all(text), ArrestEvent).persons_count == 1


def test_es_ambos_before_plural_verb_is_two(extract_all: Extract) -> None:
    """ "Ambos quedaron en libertad": two persons."""
    text = "Ambos quedaron en libertad el viernes tras declarar ante el juez."
    assert one(extract_all(text, "es"), ReleaseEvent).persons_count == 2


def test_es_part_with_adverb_before_the_verb(extract_all: Extract) -> None:
    """ "Cinco de ellos ya fueron declarados culpables": five of the group."""
    text = "Cinco de ellos ya fueron declarados culpables el martes por un tribunal de Lima."
    assert one(extract_all(text, "es"), ConvictionEvent).persons_count == 5


def test_fr_incise_between_two_single_persons(extract_all: Extract) -> None:
    """ "Le pilote, de nationalité espagnole, et son copilote": two persons."""
    text = "Le pilote, de nationalité espagnole, et son copilote ont été interpellés lundi."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 2


def test_es_counted_agents_as_passive_subject(extract_all: Extract) -> None:
    """ "tres agentes de la comisaría fueron detenidos": the officers are the arrested."""
    text = "Tres agentes de la comisaría central fueron detenidos el lunes por cohecho."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 3


def test_en_figure_told_again_is_one_group(extract_all: Extract) -> None:
    """Headline four, lead four, then two of them: four persons, not ten."""
    text = (
        "Four men arrested after speedboat chase\n\n"
        "Police arrested four men on Tuesday after a speedboat chase off Cadiz. "
        "Two men were arrested on the beach as they ran."
    )
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_es_participle_after_definite_noun_is_no_new_arrest(extract_all: Extract) -> None:
    """ "Tres de las mujeres detenidas recuperaron la libertad": the release's persons, not a
    second arrest."""
    text = (
        "La policía detuvo el lunes a diez personas en Córdoba. "
        "Tres de las mujeres detenidas recuperaron la libertad el martes."
    )
    events = extract_all(text, "es")
    assert len(of_type(events, "arrest")) == 1
    assert one(events, ReleaseEvent).persons_count == 3


def test_es_counted_participle_object_is_no_action(extract_all: Extract) -> None:
    """ "detuvo a otros 12 imputados": the charged persons are the arrest's object, no
    charge of their own."""
    text = "En marzo, la policía detuvo en Lima a otros 12 imputados de la misma banda."
    events = extract_all(text, "es")
    assert not of_type(events, "charge")
    assert one(events, ArrestEvent).persons_count == 12


def test_es_others_add_the_one_named_before(extract_all: Extract) -> None:
    """ "fueron detenidos otros tres integrantes": besides the one the event named before."""
    text = (
        "La policía detuvo el lunes en Rosario a Carlos Gómez, alias el Flaco. "
        "En otra vivienda fueron detenidos otros tres integrantes de la banda."
    )
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 4


def test_es_personal_a_name_far_after_the_verb(extract_all: Extract) -> None:
    """ "detuvieron el martes en el barrio de Villa Elvira a Jorge Pérez": an arrest of a
    person (the place name's "Villa" is no goods)."""
    text = (
        "Agentes de la policía detuvieron el martes en el barrio de Villa Elvira a Jorge "
        "Pérez, un conocido narcotraficante."
    )
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 1


def _arrest_counts(events: list[Event]) -> list[int]:
    found = [e for e in of_type(events, "arrest") if isinstance(e, ArrestEvent)]
    return sorted((e.persons_count or 0) for e in found)


def test_fr_undated_step_keeps_the_day_told_before(extract_all: Extract) -> None:
    """Arrests on the lead's day, then one "samedi": two arrest events."""
    text = (
        "Les douaniers ont saisi jeudi 30 kg de cocaïne à l'aéroport de Roissy.\n\n"
        "La drogue était cachée dans des valises.\n\n"
        "Deux passagers ont été arrêtés à la descente de l'avion.\n\n"
        "Samedi, les enquêteurs ont perquisitionné un appartement à Paris. "
        "Le locataire, un Français de 40 ans, a été interpellé."
    )
    assert _arrest_counts(extract_all(text, "fr", "2024-03-18")) == [1, 2]


def test_fr_following_day_step_is_another_arrest(extract_all: Extract) -> None:
    """ "Le lendemain, ... l'arrestation de deux complices": a second arrest event."""
    text = (
        "Les policiers ont saisi lundi 500 kg de cocaïne au port du Havre.\n\n"
        "Le chauffeur du camion a été interpellé sur place.\n\n"
        "Le lendemain, les investigations ont permis l'arrestation de deux complices à Rouen."
    )
    assert _arrest_counts(extract_all(text, "fr", "2024-03-20")) == [1, 2]


def test_fr_number_before_arrest_noun_counts_persons(extract_all: Extract) -> None:
    """ "a procédé mardi à cinq interpellations": five persons."""
    text = "La police judiciaire a procédé mardi à cinq interpellations à Marseille."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 5


def test_fr_definite_recap_does_not_swell_a_step(extract_all: Extract) -> None:
    """ "Les trois suspects" recaps both steps: the second step keeps its two."""
    text = (
        "Trois suspects ont été arrêtés en deux temps.\n\n"
        "Lundi, la douane a saisi 500 kg de cocaïne au port de Tanger.\n\n"
        "Un transitaire a été interpellé sur place.\n\n"
        "Le lendemain, l'enquête a permis l'arrestation de deux complices à Casablanca. "
        "Les trois suspects ont été placés en garde à vue."
    )
    assert 2 in _arrest_counts(extract_all(text, "fr", "2024-03-20"))


def test_es_undated_arrest_after_dated_raid_in_court_story(extract_all: Extract) -> None:
    """A ruling leads, then a dated raid and "En el operativo fueron detenidos dos
    hombres": that arrest is news of the raid, not the old operation."""
    text = (
        "Un juez condenó el martes a cinco hombres a diez años de prisión. "
        "Los cinco fueron detenidos en marzo de 2022.\n\n"
        "Por otro lado, la Marina cateó el miércoles un inmueble en Culiacán. "
        "En el operativo fueron detenidos dos hombres."
    )
    events = extract_all(text, "es", "2024-03-15")
    news = [e for e in of_type(events, "arrest") if not e.background]
    assert len(news) == 1


def test_ar_convicted_noun_with_number_word(extract_all: Extract) -> None:
    """ "بالإعدام بحق مدانين اثنين": two persons sentenced."""
    text = "أصدرت محكمة الجنايات يوم الأحد حكما بالإعدام بحق مدانين اثنين بتهمة الاتجار بالمخدرات."
    sentence = one(extract_all(text, "ar"), SentenceEvent)
    assert sentence.persons_count == 2


def test_ar_pronoun_suffix_reaches_the_paragraph_before(extract_all: Extract) -> None:
    """ "تشكيل عصابي من 6 عناصر" then, in the next paragraph, "وأمكن ضبطهم": six."""
    text = (
        "كشفت التحريات قيام تشكيل عصابي مكون من 6 عناصر بتخزين المخدرات في مزرعة.\n\n"
        "وعقب تقنين الإجراءات، أمكن ضبطهم يوم الأحد وبحوزتهم 200 كيلوغرام من الحشيش."
    )
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 6


def test_ar_those_on_board_are_the_persons_counted_before(extract_all: Extract) -> None:
    """ "القبض على من كانوا على متنه": the seven counted on the boat before."""
    text = (
        "رصدت الدوريات يوم السبت قاربا على متنه سبعة متسللين.\n\n"
        "وتمت ملاحقته والقبض على من كانوا على متنه."
    )
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 7


def test_en_surnames_listed_before_a_plural_verb(extract_all: Extract) -> None:
    """ "Hallam and Pryce were convicted": surnames of full names written before, two."""
    text = (
        "Dean Hallam, 41, and Owen Pryce, 36, ran the line from Bootle.\n\n"
        "Hallam and Pryce were convicted by a jury on Friday."
    )
    assert one(extract_all(text), ConvictionEvent).persons_count == 2


def test_en_surname_after_the_trigger(extract_all: Extract) -> None:
    """ "indicted Ontiveros": the surname of a full name written before is one person."""
    text = (
        "Jorge Ramos Ontiveros, 52, arrived in Houston on Friday.\n\n"
        "A grand jury indicted Ontiveros in March on trafficking charges."
    )
    assert one(extract_all(text), ChargeEvent).persons_count == 1


def test_en_genitive_relation_is_one(extract_all: Extract) -> None:
    """ "arrested the singer's former bodyguard": one person."""
    text = "Police on Monday arrested the singer's former bodyguard near the club."
    assert one(extract_all(text), ArrestEvent).persons_count == 1


def test_fr_one_of_the_counted_group(extract_all: Extract) -> None:
    """ "l'une des trois passagères": one person, not three."""
    text = "L'une des trois passagères a été remise en liberté lundi soir."
    assert one(extract_all(text, "fr"), ReleaseEvent).persons_count == 1


def test_en_bulleted_sentences_one_event_per_line(extract_all: Extract) -> None:
    """ "The sentences were:" then one bulleted line per defendant: one sentence event per
    line, with the names on it."""
    text = (
        "Three members of a cocaine ring were jailed at Leeds Crown Court on Friday.\n\n"
        "The sentences were:\n"
        "- Aaron Pike, 31, of Beeston - eleven years;\n"
        "- Lee Dunn, 28, and Ryan Cole, 25, both of Holbeck - six years each.\n"
    )
    found = [e for e in of_type(extract_all(text), "sentence") if isinstance(e, SentenceEvent)]
    assert sorted((e.sentence_months, e.persons_count) for e in found) == [(72, 2), (132, 1)]


def test_fr_quoted_word_between_number_and_noun(extract_all: Extract) -> None:
    """ "Trois « nourrices » et revendeurs": the quotation marks do not stop the count."""
    text = "Trois « nourrices » et revendeurs ont été interpellés mardi à Nîmes."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 3


def test_en_total_of_the_listed_terms_is_no_ruling(extract_all: Extract) -> None:
    """ "jailed for more than 20 years" over "twelve years" and "nine years": their total,
    no third sentence."""
    text = (
        "Drug gang jailed for more than 20 years\n\n"
        "Two members of a heroin ring were jailed at Hull Crown Court on Thursday.\n\n"
        "The sentences were:\n"
        "- Mark Tate, 30, of Hessle - twelve years;\n"
        "- Paul Rowe, 28, of Goole - nine years.\n"
    )
    found = [e for e in of_type(extract_all(text), "sentence") if isinstance(e, SentenceEvent)]
    assert sorted(e.sentence_months or 0 for e in found) == [108, 144]


def test_en_all_were_arrested_takes_the_count_before(extract_all: Extract) -> None:
    """ "... four men ... All were arrested.": the four counted in the sentence before."""
    text = "Officers stopped a van carrying four men near Dover on Monday. All were arrested."
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_en_those_on_board_take_the_count_before(extract_all: Extract) -> None:
    """ "Police arrested those on board.": the six counted in the sentence before."""
    text = (
        "Officers stopped a boat with six men near Dover on Monday. Police arrested those on board."
    )
    assert one(extract_all(text), ArrestEvent).persons_count == 6


def _rulings(events: list[Event]) -> list[tuple[int, int | None]]:
    found = [e for e in of_type(events, "sentence") if isinstance(e, SentenceEvent)]
    return sorted((e.sentence_months or 0, e.persons_count) for e in found)


def test_en_second_defendant_after_and_with_age(extract_all: Extract) -> None:
    """ "twelve years and Paul Rowe, 28, for nine years": the age's comma does not give Rowe
    to the first term."""
    text = (
        "At Hull Crown Court on Friday, Mark Tate, 30, was jailed for twelve years and Paul "
        "Rowe, 28, for nine years."
    )
    assert _rulings(extract_all(text)) == [(108, 1), (144, 1)]


def test_fr_second_defendant_after_et(extract_all: Extract) -> None:
    """ "à dix ans de prison et Samir Toumi à six ans": one defendant per term."""
    text = "Le tribunal a condamné mardi Karim Benali à dix ans de prison et Samir Toumi à six ans."
    assert _rulings(extract_all(text, "fr")) == [(72, 1), (120, 1)]


def test_es_defendants_listed_after_y_a(extract_all: Extract) -> None:
    """ "y a Luis Gómez y Pedro Ruiz a seis años cada uno": two for the second term."""
    text = (
        "La Audiencia condenó ayer a Juan Pérez a doce años de prisión y a Luis Gómez y Pedro "
        "Ruiz a seis años cada uno."
    )
    assert _rulings(extract_all(text, "es")) == [(72, 2), (144, 1)]


def test_en_counted_demonyms_and_a_demonym(extract_all: Extract) -> None:
    """ "three Moroccans and a Spaniard": four persons."""
    text = "Police arrested three Moroccans and a Spaniard on Tuesday in Algeciras."
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_es_demonyms_after_personal_a_are_persons(extract_all: Extract) -> None:
    """ "detuvo el martes a un marroquí y a un argelino": an arrest of two persons."""
    text = "La Guardia Civil detuvo el martes a un marroquí y a un argelino en Ceuta."
    assert one(extract_all(text, "es"), ArrestEvent).persons_count == 2


def test_ar_feminine_dual_with_number_word(extract_all: Extract) -> None:
    """ "متهمتين اثنتين": two persons (a feminine oblique dual is never a plural)."""
    text = "ألقت الشرطة القبض على متهمتين اثنتين يوم الأحد في عمان."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 2


def test_en_two_more_add_to_the_two_before(extract_all: Extract) -> None:
    """ "Two men were arrested ... Two more were detained": four, not the figure told again."""
    text = "Two men were arrested at the port. Two more were detained later at a hotel in Dover."
    assert one(extract_all(text), ArrestEvent).persons_count == 4


def test_fr_single_with_age_and_partner(extract_all: Extract) -> None:
    """ "Un homme de 32 ans et sa compagne": the age does not stop "et", two persons."""
    text = "Un homme de 32 ans et sa compagne ont été interpellés mardi à Marseille."
    assert one(extract_all(text, "fr"), ArrestEvent).persons_count == 2


def test_ar_single_and_counted_group_after_it(extract_all: Extract) -> None:
    """ "مواطن ومقيمين اثنين": one and two, three persons."""
    text = "ألقت الشرطة يوم الأحد القبض على مواطن ومقيمين اثنين في الرياض."
    assert one(extract_all(text, "ar"), ArrestEvent).persons_count == 3
