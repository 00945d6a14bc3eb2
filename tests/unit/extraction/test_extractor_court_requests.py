"""Court events that are only asked for or still to come: no sentence, no charge."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_en_prosecutors_asking_the_judge_is_no_sentence(extract_all: Extract) -> None:
    """ "asked the judge to sentence him to 12 years": a request, not a sentence."""
    text = "Prosecutors asked the judge to sentence the customs officer to 12 years in prison."
    assert of_type(extract_all(text), "sentence") == []


def test_en_due_to_be_sentenced_is_no_sentence(extract_all: Extract) -> None:
    """ "is due to be sentenced next month": a hearing on the calendar."""
    text = "The lorry driver is due to be sentenced at Ipswich Crown Court next month."
    assert of_type(extract_all(text), "sentence") == []


def test_en_charges_being_prepared_are_no_charge(extract_all: Extract) -> None:
    """ "prosecutors are preparing charges against": no charge yet."""
    text = "Federal prosecutors are preparing charges against the port manager, officials said."
    assert of_type(extract_all(text), "charge") == []


def test_fr_peine_requise_after_the_term_is_no_sentence(extract_all: Extract) -> None:
    """ "une peine de cinq ans a été requise contre lui": the prosecution's request."""
    text = "Une peine de cinq ans d'emprisonnement a été requise contre le convoyeur jeudi."
    assert of_type(extract_all(text, "fr"), "sentence") == []


def test_ar_prosecution_demand_is_no_sentence(extract_all: Extract) -> None:
    """ "طالبت النيابة بسجن المتهم 10 سنوات": a demand of the prosecution, not a ruling."""
    text = "وطالبت النيابة العامة في مرافعتها بسجن المتهم الأول 10 سنوات."
    assert of_type(extract_all(text, "ar"), "sentence") == []


def test_ar_prosecution_plea_is_no_sentence(extract_all: Extract) -> None:
    """ "التمست النيابة الحكم على المتهم بالسجن 15 عاما": a plea, not a ruling."""
    text = "والتمست النيابة العامة الحكم على المتهمين بالسجن 15 عاما."
    assert of_type(extract_all(text, "ar"), "sentence") == []


def test_en_court_appearance_restates_the_charge(extract_all: Extract) -> None:
    """ "were charged on Sunday ... and appeared at court on Monday charged with": one charge."""
    text = (
        "Two men were arrested on Saturday in Dover. They were charged on Sunday with importing "
        "heroin and appeared at Folkestone Magistrates' Court on Monday charged with importing "
        "Class A drugs."
    )
    assert len(of_type(extract_all(text), "charge")) == 1


def test_en_court_appearance_alone_keeps_its_charge(extract_all: Extract) -> None:
    """With no charge told just before, "appeared ... charged with" is the charge."""
    text = "Two men appeared before Leeds Magistrates' Court on Thursday charged with drug supply."
    assert len(of_type(extract_all(text), "charge")) == 1


def test_fr_deferement_en_vue_de_mise_en_examen_is_no_charge(extract_all: Extract) -> None:
    """ "déférés au parquet en vue de leur mise en examen": un but, pas une mise en examen."""
    text = "Les deux convoyeurs ont été déférés au parquet jeudi en vue de leur mise en examen."
    assert of_type(extract_all(text, "fr"), "charge") == []


def test_en_headline_penalty_faced_is_no_sentence(extract_all: Extract) -> None:
    """ "Man faces 20 years in jail": a possible penalty, not a ruling."""
    text = "Courier faces 20 years in jail over cocaine haul"
    assert of_type(extract_all(text), "sentence") == []


def test_es_peticion_fiscal_is_no_sentence(extract_all: Extract) -> None:
    """ "mantiene su petición de 10 años de prisión": lo que pide la acusación."""
    text = "El fiscal mantiene su petición de 10 años de prisión para el patrón de la narcolancha."
    assert of_type(extract_all(text, "es"), "sentence") == []


def test_en_penalty_faced_does_not_reach_an_after_clause(extract_all: Extract) -> None:
    """ "faces up to 20 years in jail after he was charged with": the charge happened."""
    text = (
        "A Perth man faces up to 20 years in jail after he was charged on Monday with importing "
        "methamphetamine."
    )
    assert len(of_type(extract_all(text), "charge")) == 1


def test_en_claimed_report_still_reaches_an_after_clause(extract_all: Extract) -> None:
    """ "blogs claimed he had been detained after drugs were found": both unconfirmed."""
    text = "Several blogs claimed the singer had been detained after cocaine was found in his bag."
    events = extract_all(text)
    assert of_type(events, "arrest") == []
    assert of_type(events, "seizure") == []


def test_ar_ruling_of_death_without_article_is_a_sentence(extract_all: Extract) -> None:
    """ "أصدرت المحكمة حكما بإعدام المتهمين" (ب + إعدام, no article): one death sentence."""
    text = "وأصدرت محكمة الجنايات يوم الأحد حكما بإعدام المتهمين الثلاثة."
    assert len(of_type(extract_all(text, "ar"), "sentence")) == 1


def test_ar_demand_of_death_is_no_sentence(extract_all: Extract) -> None:
    """ "طالبت النيابة بإعدام المتهمين": a demand, not a ruling."""
    text = "وطالبت النيابة العامة بإعدام المتهمين الثلاثة."
    assert of_type(extract_all(text, "ar"), "sentence") == []
