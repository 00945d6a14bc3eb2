"""Recall of actions told in less usual shapes: a dismantling told with a pronoun or a far
passive subject, executed warrants, finding and recovering verbs, arrests with goods, terms
told with "received", releases and background steps. Sentences are written for these tests."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type
from worker.models import ArrestEvent, Event, SentenceEvent


def test_en_dismantled_it_names_the_gang_told_before(extract_all: Extract) -> None:
    """ "We have taken it apart": a pronoun object standing for the gang of the sentence
    before is a dismantling."""
    text = (
        "Detectives said the gang moved heroin from Hull to Leeds for years. "
        '"This morning we dismantled it," a senior officer said on Tuesday.'
    )
    assert len(of_type(extract_all(text), "dismantling")) == 1


def test_en_dismantled_it_without_a_group_is_no_dismantling(extract_all: Extract) -> None:
    """ "dismantled it" with no group told before (a stall) is no dismantling."""
    text = "Police arrested a trader in Leeds on Tuesday. Workers later dismantled it."
    assert not of_type(extract_all(text), "dismantling")


def test_fr_far_passive_subject_in_quotes(extract_all: Extract) -> None:
    """ "Le réseau, qui ..., a été « totalement démantelé »": the group is the passive's
    subject past its relative clause and the quotes."""
    text = (
        "Le réseau, qui revendait de l'héroïne dans trois quartiers de Grenoble, a été "
        "« totalement démantelé », a indiqué mardi la procureure."
    )
    assert len(of_type(extract_all(text, "fr"), "dismantling")) == 1


def test_es_pronoun_before_the_verb_names_the_band(extract_all: Extract) -> None:
    """ "La banda ... Los agentes la desarticularon el jueves": the pronoun is the band."""
    text = (
        "La banda robaba camiones de gasoil en la autovía de Toledo. Los agentes la "
        "desarticularon el jueves."
    )
    assert len(of_type(extract_all(text, "es"), "dismantling")) == 1


def test_es_desbarataron_is_a_dismantling(extract_all: Extract) -> None:
    """ "desbarataron una red": a dismantling in the plural preterite."""
    text = "Los policías desbarataron el martes una red de tráfico de armas en Rosario."
    assert len(of_type(extract_all(text, "es"), "dismantling")) == 1


def test_ar_pronoun_suffix_names_the_network_told_before(extract_all: Extract) -> None:
    """ "تم تفكيكها": the suffix stands for the network of the sentence before."""
    text = (
        "كانت الشبكة تهرب الحبوب المخدرة عبر الحدود الشرقية منذ عامين. "
        "وقد تم تفكيكها يوم الثلاثاء بعد مراقبة طويلة."
    )
    assert len(of_type(extract_all(text, "ar"), "dismantling")) == 1


def test_en_warrants_carried_out_are_a_raid_and_no_warrant_cue(extract_all: Extract) -> None:
    """ "carried out 31 search warrants ... and arrested 25": the warrants were acted on (a
    raid), and the arrest after them is no warrant story."""
    text = "On Thursday detectives carried out 31 search warrants in Hull and arrested 25 people."
    events = extract_all(text)
    assert len(of_type(events, "raid")) == 1
    assert len(of_type(events, "arrest")) == 1


def test_en_warrants_executed_later_in_a_passive(extract_all: Extract) -> None:
    """ "Warrants were later executed at four addresses": a raid."""
    text = (
        "Two women were arrested in Derby on Friday. Warrants were later executed at four "
        "addresses in the city."
    )
    assert len(of_type(extract_all(text), "raid")) == 1


def test_en_warrant_not_acted_on_is_no_raid(extract_all: Extract) -> None:
    """ "a warrant was issued": nothing was executed, no raid."""
    text = "A judge in Derby issued warrants on Friday for two men accused of fraud."
    assert not of_type(extract_all(text), "raid")


def test_es_ordenes_de_registro_cumplidas_are_a_raid(extract_all: Extract) -> None:
    """ "ejecutaron 14 órdenes de registro": a raid."""
    text = "Los agentes ejecutaron el lunes 14 órdenes de registro en Valencia por hachís."
    assert len(of_type(extract_all(text, "es"), "raid")) == 1


def test_fr_operation_against_sites_is_a_raid(extract_all: Extract) -> None:
    """ "une opération de sécurisation contre les fumoirs": a raid on sites."""
    text = (
        "La police a conduit jeudi une opération de sécurisation contre plusieurs fumoirs de "
        "Bouaké et interpellé douze consommateurs."
    )
    assert len(of_type(extract_all(text, "fr"), "raid")) == 1


def test_en_raided_a_camp_is_a_raid(extract_all: Extract) -> None:
    """ "raided a camp in the forest": a raid on a site."""
    text = "Police raided a camp in the Mount Elgon forest on Sunday and arrested three growers."
    assert len(of_type(extract_all(text), "raid")) == 1


def test_en_interdicted_goods_in_a_passive_are_a_seizure(extract_all: Extract) -> None:
    """ "Some 900 kilograms of cocaine were interdicted": a seizure."""
    text = "Some 900 kilograms of cocaine were interdicted in the Caribbean on Sunday."
    assert len(of_type(extract_all(text), "seizure")) == 1


def test_en_participle_right_after_the_goods_is_a_seizure(extract_all: Extract) -> None:
    """ "400 kilograms of cannabis recovered in the sweep were burnt": the goods before a
    bare participle are its object."""
    text = "Officers said 400 kilograms of cannabis recovered in the sweep were burnt in Ocho Rios."
    assert len(of_type(extract_all(text), "seizure")) == 1


def test_en_arrested_with_quantified_goods_is_also_a_seizure(extract_all: Extract) -> None:
    """ "was detained at the airport on Friday with 2.3 kilograms of heroin": an arrest and a
    seizure with the heroin."""
    text = "A man was detained at Gatwick on Friday with 2.3 kilograms of heroin in his suitcase."
    events = extract_all(text)
    assert len(of_type(events, "arrest")) == 1
    seizures = of_type(events, "seizure")
    assert len(seizures) == 1


def test_en_arrested_with_an_accomplice_is_no_seizure(extract_all: Extract) -> None:
    """ "arrested with two accomplices": persons, not goods; no seizure."""
    text = "A man was detained at Gatwick on Friday with two accomplices."
    assert not of_type(extract_all(text), "seizure")


def test_es_detenido_con_kilos_is_also_a_seizure(extract_all: Extract) -> None:
    """ "fue detenido ... con 4 kilos de marihuana": a seizure too."""
    text = "Un joven fue detenido el domingo en Tijuana con 4 kilos de marihuana en la mochila."
    assert len(of_type(extract_all(text, "es"), "seizure")) == 1


def test_es_court_ordered_decomiso_is_a_seizure(extract_all: Extract) -> None:
    """ "el tribunal ordenó el decomiso de dos fincas": property confiscated by a court."""
    text = "El tribunal de Almería ordenó el decomiso de dos fincas y cuatro coches del condenado."
    assert len(of_type(extract_all(text, "es"), "seizure")) == 1


def test_fr_ordered_confiscation_is_a_seizure(extract_all: Extract) -> None:
    """ "a ordonné la confiscation de trois appartements": a seizure."""
    text = "Le tribunal de Nîmes a ordonné la confiscation de trois appartements du trafiquant."
    assert len(of_type(extract_all(text, "fr"), "seizure")) == 1


def test_es_descubrieron_goods_is_a_seizure(extract_all: Extract) -> None:
    """ "descubrieron 80 kilos de cocaína": a seizure."""
    text = "Los aduaneros descubrieron el lunes 80 kilos de cocaína en un contenedor en Vigo."
    assert len(of_type(extract_all(text, "es"), "seizure")) == 1


def test_en_judge_ordered_their_release(extract_all: Extract) -> None:
    """ "a magistrate ordered their release": a release."""
    text = (
        "Police detained four fishermen in Mombasa on Monday. On Thursday a magistrate ordered "
        "their release."
    )
    assert len(of_type(extract_all(text), "release")) == 1


def test_es_decreto_su_libertad(extract_all: Extract) -> None:
    """ "la jueza decretó su libertad": a release."""
    text = (
        "Los carabineros detuvieron a un taxista en Temuco el sábado. La jueza decretó su "
        "libertad el lunes."
    )
    assert len(of_type(extract_all(text, "es"), "release")) == 1


def test_fr_minors_handed_to_their_parents_are_released(extract_all: Extract) -> None:
    """ "remis à leurs parents": minors released."""
    text = (
        "Deux adolescents ont été interpellés samedi à Rennes. Ils ont été remis à leurs "
        "parents dimanche."
    )
    assert len(of_type(extract_all(text, "fr"), "release")) == 1


def test_ar_prosecution_ordered_the_release(extract_all: Extract) -> None:
    """ "أمرت النيابة بالإفراج عن": a release."""
    text = "أوقفت الشرطة سائقا في الزرقاء يوم السبت، ثم أمرت النيابة بالإفراج عنه يوم الاثنين."
    assert len(of_type(extract_all(text, "ar"), "release")) == 1


def test_ar_count_of_them_after_dabt_is_an_arrest(extract_all: Extract) -> None:
    """ "وأمكن ضبط (4) منهم": a number and a partitive pronoun after ضبط are persons."""
    text = (
        "رصدت الشرطة تجمعا لمروجي المخدرات في حي شعبي يوم الأحد، وأمكن ضبط (4) منهم "
        "بعد مطاردة قصيرة."
    )
    assert len(of_type(extract_all(text, "ar"), "arrest")) == 1


def test_en_number_of_them_after_a_person_verb(extract_all: Extract) -> None:
    """ "officers detained six of them": persons as the object."""
    text = "Smugglers fled into the hills near Ceuta on Monday; officers detained six of them."
    assert len(of_type(extract_all(text), "arrest")) == 1


def test_ar_tunisian_custody_is_an_arrest(extract_all: Extract) -> None:
    """ "تم الاحتفاظ بالمظنون فيه": custody, an arrest."""
    text = "تم يوم السبت الاحتفاظ بالمظنون فيه بمدينة قابس من أجل ترويج القنب الهندي."
    assert len(of_type(extract_all(text, "ar"), "arrest")) == 1


def test_ar_keeping_seized_goods_is_no_arrest(extract_all: Extract) -> None:
    """ "الاحتفاظ بالمحجوز": keeping the seized goods, no arrest."""
    text = "حجزت الديوانة يوم الأحد 3 كيلوغرامات من القنب، وتم الاحتفاظ بالمحجوز لدى المصالح."
    assert not of_type(extract_all(text, "ar"), "arrest")


def test_es_vinculo_a_proceso_is_a_charge(extract_all: Extract) -> None:
    """ "un juez vinculó a proceso a dos hombres": a charge (Mexico)."""
    text = "Un juez federal vinculó a proceso el viernes a dos hombres detenidos en Culiacán."
    assert len(of_type(extract_all(text, "es"), "charge")) == 1


def test_fr_a_reconnu_coupables_is_a_conviction(extract_all: Extract) -> None:
    """ "le tribunal a reconnu coupables cinq prévenus": a conviction."""
    text = "Le tribunal de Lille a reconnu coupables jeudi cinq prévenus de trafic d'héroïne."
    assert len(of_type(extract_all(text, "fr"), "conviction")) == 1


def _terms(events: list[Event]) -> set[tuple[int | None, str | None]]:
    return {(e.sentence_months, e.sentence_kind) for e in events if isinstance(e, SentenceEvent)}


def test_en_received_a_term_is_a_ruling_of_its_own(extract_all: Extract) -> None:
    """ "Okafor was jailed for eleven years ... Grant received seven years": two terms, two
    sentence events."""
    text = (
        "At Leeds Crown Court on Friday, Okafor was jailed for eleven years for supplying "
        "heroin. His driver Grant received seven years."
    )
    assert _terms(extract_all(text)) == {(132, "prison"), (84, "prison")}


def test_en_received_years_of_training_is_no_ruling(extract_all: Extract) -> None:
    """ "received two years of training": no term without a ruling context."""
    text = "The new constable received two years of training before joining the drugs squad."
    assert not of_type(extract_all(text), "sentence")


def test_es_recibio_a_suspended_term(extract_all: Extract) -> None:
    """ "condenó a 12 años ... y su socio recibió dos años de pena suspendida": two rulings."""
    text = (
        "La Audiencia de Huelva condenó el martes a 12 años de prisión a un patrón de lancha, "
        "mientras que su socio recibió dos años de pena suspendida."
    )
    terms = _terms(extract_all(text, "es"))
    assert (144, "prison") in terms
    assert len(terms) == 2


def test_ar_elided_verb_terms_after_wa_ala(extract_all: Extract) -> None:
    """ "بسجن متهم ثماني سنوات، وعلى متهم ثان بالسجن أربع سنوات، وعلى متهم ثالث بالسجن سنتين
    موقوفة التنفيذ": three terms share the verb of the first."""
    text = (
        "قضت الدائرة الجنائية بالمحكمة الابتدائية بصفاقس يوم الأربعاء بسجن متهم ثماني سنوات، "
        "وعلى متهم ثان بالسجن أربع سنوات، وعلى متهم ثالث بالسجن سنتين موقوفة التنفيذ."
    )
    assert _terms(extract_all(text, "ar")) == {(96, "prison"), (48, "prison"), (24, "suspended")}


def test_en_guilty_plea_paragraphs_after_the_ruling_stays_background(extract_all: Extract) -> None:
    """A plea told paragraphs after the ruling's day ("All four had pleaded guilty at an
    earlier hearing") is a background conviction, not folded into the ruling."""
    text = (
        "At Hull Crown Court on Tuesday, Ward was jailed for nine years. Hill received six "
        "years.\n\nThe court heard that the gang moved cocaine from Liverpool to Hull in hire "
        "vans and stored it in a lock-up garage on an industrial estate near the docks.\n\n"
        "Detectives seized the vans and a money counter when they searched the garage.\n\n"
        "All four had pleaded guilty at an earlier hearing to conspiracy to supply cocaine."
    )
    convictions = of_type(extract_all(text), "conviction")
    assert len(convictions) == 1
    assert convictions[0].background


def test_en_arrest_a_month_before_the_extradition_is_background(extract_all: Extract) -> None:
    """An extradition story: the arrest told in an earlier month than the extradition day is
    background, even when that month is recent."""
    text = (
        "A Peruvian trafficker was extradited to the Netherlands on Wednesday. Quispe was "
        "arrested in February in Lima at the request of Dutch prosecutors."
    )
    arrests = of_type(extract_all(text), "arrest")
    assert len(arrests) == 1
    assert arrests[0].background


def test_es_recapturado_after_an_escape_is_a_background_arrest(extract_all: Extract) -> None:
    """ "se fugó en 2018 y fue recapturado": the escape does not deny the recapture, an
    arrest of the story's past."""
    text = (
        "Torres fue extraditado a Perú el jueves. Escapó de un penal en 2018 y fue recapturado "
        "en Bolivia meses después."
    )
    arrests = of_type(extract_all(text, "es"), "arrest")
    assert len(arrests) == 1
    assert arrests[0].background


def test_en_escaped_arrest_is_still_no_arrest(extract_all: Extract) -> None:
    """ "escaped arrest": no arrest (the coordination rule needs a verb of its own)."""
    text = "Police raided the farm in Limpopo on Sunday, but the owner escaped arrest."
    assert not of_type(extract_all(text), "arrest")


def test_es_term_imposed_in_absentia_years_ago_is_a_background_ruling(
    extract_all: Extract,
) -> None:
    """ "para cumplir una condena de 15 años impuesta en rebeldía en 2020": a sentence of
    2020, background (not time served)."""
    text = (
        "Ruiz fue extraditado a Francia el martes para cumplir una condena de 15 años "
        "impuesta en rebeldía en 2020."
    )
    sentences = of_type(extract_all(text, "es"), "sentence")
    assert len(sentences) == 1
    assert sentences[0].background
    assert sentences[0].occurred_on == "2020"


def test_en_name_before_received_is_one_defendant(extract_all: Extract) -> None:
    """ "His co-accused Malik received six years": one person for that term."""
    text = (
        "At Derby Crown Court on Monday, Shaw was jailed for ten years. His co-accused Malik "
        "received six years."
    )
    counts = {
        (e.sentence_months, e.persons_count)
        for e in extract_all(text)
        if isinstance(e, SentenceEvent)
    }
    assert (72, 1) in counts


def test_ar_custody_of_the_arrested_adds_no_persons(extract_all: Extract) -> None:
    """ "تم الاحتفاظ بالمشتبه فيهم الثلاثة" after two arrests of two and one: a step of those
    arrests, not a third arrest nor a recount of their persons."""
    text = (
        "أوقفت الشرطة يوم السبت شخصين بمدينة وجدة وحجزت 200 كيلوغرام من الشيرا.\n\n"
        "ومكنت الأبحاث يوم الأحد من توقيف المشتبه فيه الثالث بمدينة بركان.\n\n"
        "وقد تم الاحتفاظ بالمشتبه فيهم الثلاثة تحت تدبير الحراسة النظرية."
    )
    arrests = of_type(extract_all(text, "ar"), "arrest")
    assert sorted(e.persons_count or 0 for e in arrests if isinstance(e, ArrestEvent)) == [1, 2]


def test_en_group_passive_with_two_adverbs(extract_all: Extract) -> None:
    """ "The ring, which ..., has now been completely dismantled": the far passive subject
    with adverbs between the auxiliary and the participle."""
    text = (
        "The ring, which sold stolen phones across four boroughs, has now been completely "
        "dismantled, detectives in Croydon said on Monday."
    )
    assert len(of_type(extract_all(text), "dismantling")) == 1


def test_es_ha_quedado_desarticulada(extract_all: Extract) -> None:
    """ "La red, que ..., ha quedado totalmente desarticulada": a dismantling."""
    text = (
        "La red, que introducía hachís por la costa de Cádiz desde hacía años, ha quedado "
        "totalmente desarticulada, según la Guardia Civil."
    )
    assert len(of_type(extract_all(text, "es"), "dismantling")) == 1


def test_ar_one_year_told_with_wahida(extract_all: Extract) -> None:
    """ "بحبس متهم رابع سنة واحدة مع وقف التنفيذ": a suspended term of 12 months."""
    text = "قضت محكمة الجنايات يوم الثلاثاء بحبس متهم رابع سنة واحدة مع وقف التنفيذ."
    assert _terms(extract_all(text, "ar")) == {(12, "suspended")}


def test_en_they_before_received_is_no_single_defendant(extract_all: Extract) -> None:
    """ "They each received nine years": a plural pronoun, not a name: not one person."""
    text = (
        "Reid and Lowe were sentenced at Preston Crown Court on Monday. They each received "
        "nine years."
    )
    counts = {e.persons_count for e in extract_all(text) if isinstance(e, SentenceEvent)}
    assert 1 not in counts


def test_en_term_called_a_total_is_no_ruling_even_when_parts_fall_short(
    extract_all: Extract,
) -> None:
    """ "jailed for a total of more than 40 years" over three terms that add up to less: the
    text calls it a total, not a fourth ruling."""
    text = (
        "Four smugglers have been jailed for a total of more than 40 years.\n\n"
        "At Exeter Crown Court on Friday, Hart was jailed for 14 years. Cole received nine "
        "years. Dean received six years."
    )
    assert 480 not in {e.sentence_months for e in extract_all(text) if isinstance(e, SentenceEvent)}


def test_en_released_under_investigation_is_a_release(extract_all: Extract) -> None:
    """ "was arrested and later released under investigation": an arrest and a release."""
    text = "A 19-year-old was arrested in Rhyl in May and later released under investigation."
    assert len(of_type(extract_all(text), "release")) == 1


def test_fr_bag_contained_goods_is_a_seizure(extract_all: Extract) -> None:
    """ "La valise contenait 2 kilos de cocaïne": the goods were found, a seizure."""
    text = (
        "Les douaniers ont contrôlé mardi un voyageur à l'aéroport de Nantes. Sa valise "
        "contenait 2 kilos de cocaïne."
    )
    assert len(of_type(extract_all(text, "fr"), "seizure")) == 1


def test_en_contained_without_goods_is_no_seizure(extract_all: Extract) -> None:
    """ "the report contained new figures": no goods, no seizure."""
    text = "Police arrested two men in Hull on Monday. The report contained new figures."
    assert not of_type(extract_all(text), "seizure")
