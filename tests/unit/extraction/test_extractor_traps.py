"""Precision traps of the guide: sentence-wide denials, drug processing labs, and clause
breaks that end a warrant cue's reach."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_en_at_no_time_denies_the_search(extract_all: Extract) -> None:
    """ "At no time was he ... searched": a denial over the whole sentence."""
    text = (
        "At no time was the senator taken into custody, questioned or searched, and officers "
        "never entered his house, the police spokesman said."
    )
    assert extract_all(text, "en") == []


def test_es_processing_lab_is_no_charge(extract_all: Extract) -> None:
    """ "laboratorio de procesamiento de cocaína": processing a drug, not a judge's
    procesamiento."""
    text = (
        "Agentes de la Policía Nacional intervinieron el domingo un laboratorio de "
        "procesamiento de cocaína y detuvieron a tres personas."
    )
    assert of_type(extract_all(text, "es"), "charge") == []


def test_ar_fima_ends_the_warrant_cue(extract_all: Extract) -> None:
    """ "بموجب نشرة حمراء ...، فيما أوقف المتهم الثاني": the red notice belongs to the first
    clause; the second arrest, in another month, is its own event."""
    text = (
        "وأوضح البيان أن المتهم الأول كان قد ألقي القبض عليه في إسطنبول في تشرين الأول 2024 "
        "بموجب نشرة حمراء، فيما أوقف المتهم الثاني في أنطاليا في كانون الثاني الماضي."
    )
    arrests = of_type(extract_all(text, "ar", "2025-05-14"), "arrest")
    assert sorted(a.occurred_on or "" for a in arrests) == ["2024-10", "2025-01"]


def test_fr_possessive_noun_refers_to_the_told_arrest(extract_all: Extract) -> None:
    """ "Lors de son interpellation" refers back to the arrest told before: one arrest."""
    text = (
        "Le trafiquant a été extradé mardi vers la France. Il avait été arrêté en mai dernier "
        "à Marbella. Lors de son interpellation, les policiers espagnols avaient saisi 90 000 "
        "euros en espèces."
    )
    arrests = of_type(extract_all(text, "fr", "2025-12-05"), "arrest")
    assert [a.occurred_on for a in arrests] == ["2025-05"]


def test_release_phrasings_in_four_languages(extract_all: Extract) -> None:
    """Leaving prison and recovering freedom are releases in every language."""
    cases = [
        ("en", "The former smuggler walked free from prison on Monday after eight years."),
        ("fr", "Le trafiquant a recouvré la liberté lundi après huit ans de détention."),
        ("es", "El narcotraficante recuperó la libertad el lunes tras cumplir su condena."),
        ("ar", "وأفادت مصادر أمنية بأن المتهم غادر السجن أمس بعد انقضاء عقوبته."),
    ]
    for language, text in cases:
        assert len(of_type(extract_all(text, language), "release")) == 1, language


def test_fr_infinitive_after_reussi_is_a_dismantling(extract_all: Extract) -> None:
    """ "ont réussi, lundi, à démanteler un réseau": the infinitive tells the done action."""
    text = "Les services de police d'Oran ont réussi, lundi, à démanteler un réseau criminel."
    assert len(of_type(extract_all(text, "fr"), "dismantling")) == 1


def test_fr_search_of_the_premises_found_drugs(extract_all: Extract) -> None:
    """ "La fouille des lieux a permis de découvrir 63 kilos": a raid and a seizure."""
    text = "La fouille des lieux a permis de découvrir 63 kilos de chanvre indien mardi."
    events = extract_all(text, "fr")
    assert sorted(e.type for e in events) == ["raid", "seizure"]


def test_en_chargesheet_is_a_charge(extract_all: Extract) -> None:
    """ "filed a chargesheet against 14 accused" (Indian English) is a charge."""
    text = "The National Investigation Agency on Wednesday filed a chargesheet against 14 accused."
    assert len(of_type(extract_all(text, "en"), "charge")) == 1


def test_es_personal_a_marks_persons(extract_all: Extract) -> None:
    """ "detuvieron a sus tres ocupantes": the personal "a" makes a person object."""
    text = "Los agentes interceptaron la lancha y detuvieron a sus tres ocupantes el martes."
    assert len(of_type(extract_all(text, "es"), "arrest")) == 1


def test_es_demonym_subject_of_a_passive(extract_all: Extract) -> None:
    """ "El brasileño había sido capturado": a demonym names the person arrested."""
    text = "El brasileño había sido capturado en septiembre de 2024 por la Policía Nacional."
    assert len(of_type(extract_all(text, "es", "2025-04-10"), "arrest")) == 1


def test_en_rejected_claims_deny_the_arrests(extract_all: Extract) -> None:
    """ "rejected claims ... that more than 200 people were arrested": a denial."""
    text = (
        "Kenyan police on Monday rejected claims by opposition politicians that more than 200 "
        "people were arrested during Sunday's protest."
    )
    assert of_type(extract_all(text, "en", "2023-09-12"), "arrest") == []


def test_es_named_subject_of_a_passive(extract_all: Extract) -> None:
    """ "Maradiaga fue capturado en agosto del año pasado": a name before the auxiliary is
    the person arrested, also after an earlier paragraph."""
    text = (
        "Honduras extraditó este miércoles a un narcotraficante.\n\n"
        "Maradiaga fue capturado en agosto del año pasado por la policía en Olancho."
    )
    arrests = of_type(extract_all(text, "es", "2024-04-25"), "arrest")
    assert [(a.occurred_on, a.background) for a in arrests] == [("2023-08", True)]


def test_es_los_condenados_after_a_verdict_is_no_sentence(extract_all: Extract) -> None:
    """ "Los condenados, dos chilenos ..." after a verdict names the convicted: no sentence."""
    text = (
        "El tribunal declaró este jueves culpables a tres acusados de tráfico de drogas. Los "
        "condenados, dos chilenos y un boliviano, fueron sorprendidos en octubre de 2023."
    )
    events = extract_all(text, "es", "2025-10-03")
    assert of_type(events, "sentence") == []
    assert len(of_type(events, "conviction")) == 1
