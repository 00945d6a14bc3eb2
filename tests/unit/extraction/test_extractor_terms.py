"""Sentencing: one event per distinct term in a ruling, each with its own persons count;
statutory penalties are not sentences."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type, one
from worker.models import Event, SentenceEvent


def _terms(events: list[Event]) -> list[tuple[int | None, str | None, int | None]]:
    found = [e for e in of_type(events, "sentence") if isinstance(e, SentenceEvent)]
    return sorted(((e.sentence_months, e.sentence_kind, e.persons_count) for e in found), key=str)


def test_en_three_terms_in_one_ruling(extract_all: Extract) -> None:
    """Death for two, life for one more, 15 years for a fourth: three sentence events."""
    text = (
        "The court in Medan on Monday sentenced two men to death, while another defendant "
        "was jailed for life and a fourth received 15 years."
    )
    expected = [(None, "death", 2), (None, "life", 1), (180, "prison", None)]
    assert _terms(extract_all(text)) == sorted(expected, key=str)


def test_ar_counts_follow_their_terms(extract_all: Extract) -> None:
    """Arabic names the defendants after each term; the comma separates the groups."""
    text = "قضت المحكمة يوم الأحد بالسجن المؤبد على ثلاثة متهمين، والسجن 7 سنوات لمتهم رابع."
    assert _terms(extract_all(text, "ar")) == sorted(
        [(84, "prison", 1), (None, "life", 3)], key=str
    )


def test_fr_range_of_terms_is_not_a_list(extract_all: Extract) -> None:
    """ "des peines allant de deux à six ans": a range, not one event per bound."""
    text = "Le tribunal a condamné mardi les prévenus à des peines allant de deux ans à six ans."
    assert len(of_type(extract_all(text, "fr"), "sentence")) == 1


def test_en_age_is_not_a_term(extract_all: Extract) -> None:
    """ "a 41-year-old man ... was jailed for nine years": the age is no second term."""
    text = "A 41-year-old man from Leeds was jailed for nine years on Friday."
    assert _terms(extract_all(text)) == [(108, "prison", 1)]


def test_en_mandatory_minimum_is_no_sentence(extract_all: Extract) -> None:
    """What the law provides ("a mandatory minimum sentence of five years") is no event."""
    text = "The offence carries a mandatory minimum sentence of five years in prison."
    assert of_type(extract_all(text), "sentence") == []


def test_fr_age_after_name_is_not_added_to_term(extract_all: Extract) -> None:
    """ "Karim B., 31 ans, à six ans de prison": the age between commas is no term."""
    text = "Le tribunal de Lyon a condamné jeudi Karim B., 31 ans, à six ans de prison ferme."
    assert one(extract_all(text, "fr"), SentenceEvent).sentence_months == 72


def test_es_coordinated_term_after_a_long_relative_clause(extract_all: Extract) -> None:
    """ "a 12 años al líder de ... que ..., y a ocho años a tres de sus colaboradores": two
    terms of one ruling, each with its defendants."""
    text = (
        "La Audiencia Nacional ha condenado a 12 años de prisión al líder de una organización "
        "que introducía hachís en la costa de Cádiz con lanchas rápidas, y a ocho años a tres "
        "de sus colaboradores."
    )
    sentences = [e for e in extract_all(text, "es") if isinstance(e, SentenceEvent)]
    assert sorted((s.sentence_months, s.persons_count) for s in sentences) == [(96, 3), (144, 1)]


def test_ar_unit_noun_is_its_own_number(extract_all: Extract) -> None:
    """ "بسنة ونصف" is 18 months, "بسنتين" 24: the Arabic unit noun counts itself."""
    text = (
        "وقضت المحكمة في حق متهم أول بسنة ونصف حبساً موقوف التنفيذ، وعاقبت متهماً ثانياً "
        "بسنتين حبساً نافذاً."
    )
    sentences = [e for e in extract_all(text, "ar") if isinstance(e, SentenceEvent)]
    assert sorted((s.sentence_months, s.sentence_kind) for s in sentences) == [
        (18, "suspended"),
        (24, "prison"),
    ]


def test_ar_half_written_apart_after_a_self_counting_unit(extract_all: Extract) -> None:
    """ "بسنة و نصف", the half written apart from its "and", is 18 months too (the
    `half_after` role, as for quantities)."""
    text = "قضت المحكمة الجنائية بسجن المتهم بسنة و نصف بتهمة الاتجار بالمخدرات."
    assert one(extract_all(text, "ar"), SentenceEvent).sentence_months == 18


def test_ar_clause_break_separates_defendants_of_two_terms(extract_all: Extract) -> None:
    """ "بثماني سنوات، فيما أدانت متهمين اثنين، أحدهما ...، بخمس سنوات": the two persons
    after فيما are the second term's, despite the commas inside their description."""
    text = (
        "وقضت الهيئة بإدانة المتهم الرئيسي بثماني سنوات حبساً نافذاً، فيما أدانت متهمَين "
        "اثنين، أحدهما سائق والآخر عامل، بخمس سنوات حبساً نافذاً."
    )
    sentences = [e for e in extract_all(text, "ar") if isinstance(e, SentenceEvent)]
    assert sorted((s.sentence_months, s.persons_count) for s in sentences) == [(60, 2), (96, 1)]


def test_en_term_as_noun_is_a_sentence(extract_all: Extract) -> None:
    """ "received six years in prison": the term noun tells the penalty."""
    text = "At the Crown Court on Friday, the driver received six years in prison."
    (sentence,) = [e for e in extract_all(text, "en") if isinstance(e, SentenceEvent)]
    assert sentence.sentence_months == 72


def test_en_time_spent_in_prison_is_no_sentence(extract_all: Extract) -> None:
    """ "he spent 13 years in prison": time served, not a penalty imposed."""
    text = "Released on parole on Wednesday, he spent 13 years in prison for drug trafficking."
    assert [e for e in extract_all(text, "en") if isinstance(e, SentenceEvent)] == []


def test_en_suspension_period_is_no_second_term(extract_all: Extract) -> None:
    """ "a two-year sentence suspended for 18 months": one suspended term of 24 months."""
    text = "The nephew was given a two-year sentence suspended for 18 months by the judge."
    sentences = [e for e in extract_all(text, "en") if isinstance(e, SentenceEvent)]
    assert [(s.sentence_months, s.sentence_kind) for s in sentences] == [(24, "suspended")]


def test_ar_remand_pending_investigation_is_no_sentence(extract_all: Extract) -> None:
    """ "أمرت النيابة بحبس المتهم 4 أيام على ذمة التحقيق": remand, not a penalty."""
    text = "وأمرت النيابة العامة بحبس المتهم 4 أيام على ذمة التحقيق."
    assert [e for e in extract_all(text, "ar") if isinstance(e, SentenceEvent)] == []


def test_ar_jordan_hard_labour_is_a_sentence(extract_all: Extract) -> None:
    """ "بالأشغال المؤقتة مدة خمسة عشر عاماً" and "بالأشغال المؤبدة" are penalties."""
    text = (
        "وأصدرت محكمة أمن الدولة حكماً بوضع أربعة متهمين بالأشغال المؤقتة مدة خمسة عشر عاماً، "
        "فيما قضت بوضع المتهم الخامس بالأشغال المؤبدة."
    )
    sentences = [e for e in extract_all(text, "ar") if isinstance(e, SentenceEvent)]
    assert sorted((s.sentence_months or 0, s.sentence_kind) for s in sentences) == [
        (0, "life"),
        (180, "prison"),
    ]


def test_ar_unit_spelled_two_ways_counts_once(extract_all: Extract) -> None:
    """ "بعشرين سنة": سنة and سنه are one word, 240 months, not 480."""
    text = "وقضت المحكمة على المتهم بعشرين سنة سجنا نافذا."
    (sentence,) = [e for e in extract_all(text, "ar") if isinstance(e, SentenceEvent)]
    assert sentence.sentence_months == 240


def test_es_half_year_and_article_as_one(extract_all: Extract) -> None:
    """ "cuatro años y medio" is 54 months; "un año y nueve meses" 21 (the article is one)."""
    text = (
        "El tribunal impone cuatro años y medio de prisión a cada uno de los tres tripulantes, "
        "y un año y nueve meses a un vecino de la localidad."
    )
    sentences = [e for e in extract_all(text, "es") if isinstance(e, SentenceEvent)]
    assert sorted(s.sentence_months or 0 for s in sentences) == [21, 54]


def test_es_far_sentencing_word_shares_the_sentence_term(extract_all: Extract) -> None:
    """ "imponen a los tres colaboradores, que ..., una pena de ocho años": one ruling, one
    term, even with the verb far from it."""
    text = (
        "Los magistrados imponen a los tres colaboradores, que se encargaban del transporte y "
        "de la custodia de la droga en la comarca, una pena de ocho años de cárcel a cada uno."
    )
    sentences = [e for e in extract_all(text, "es") if isinstance(e, SentenceEvent)]
    assert [(s.sentence_months, s.persons_count) for s in sentences] == [(96, 3)]


def test_pretrial_detention_is_no_sentence(extract_all: Extract) -> None:
    """Remand for 180 days (es) or 14 days (en) is a measure, not a penalty."""
    es = "La jueza les impuso prisión preventiva por 180 días mientras avanza la investigación."
    en = "The magistrate remanded the two men in custody for 14 days pending further inquiries."
    for text, language in ((es, "es"), (en, "en")):
        events = extract_all(text, language)
        assert [e for e in events if isinstance(e, SentenceEvent)] == [], language
