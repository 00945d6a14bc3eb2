"""Credit sentences: a sentence that tells no action and credits agencies with the
investigation ("The case was investigated by ...", "L'enquête, menée par ...", "La
investigación fue llevada a cabo por ...", "وقد تولت ... التحقيق") gives them to the steps of
the story's case, foreign partners included; an agency named only as a tip's origin is no
actor of another state's operation."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type
from worker.models import Event


def _names(event: Event) -> set[str]:
    return {a.name for a in event.agencies}


def test_en_foreign_partner_credited_with_assistance_stays(extract_all: Extract) -> None:
    """A foreign agency that a credit sentence says assisted the operation is credited
    with the seizure of another state; the seizure stays in that state."""
    text = (
        "Colombian police seized 3 tonnes of cocaine in a warehouse in Cartagena on Monday. "
        "The operation was carried out with assistance from the DEA."
    )
    seizure = of_type(extract_all(text), "seizure")[0]
    assert "DEA" in _names(seizure)
    assert seizure.countries == ["CO"]


def test_en_foreign_tip_origin_in_action_sentence_is_left_out(extract_all: Extract) -> None:
    """An agency of another state named only as the origin of a tip did not act."""
    text = (
        "Guardia Civil officers seized 900 kilograms of hashish in a lorry near Almeria on "
        "Sunday after a tip from the DEA."
    )
    seizure = of_type(extract_all(text), "seizure")[0]
    assert _names(seizure) == {"Guardia Civil"}


def test_es_foreign_tip_origin_in_context_sentence_is_left_out(extract_all: Extract) -> None:
    """«a raíz de una información de la DEA»: a tip, not a partner of the operation."""
    text = (
        "La Policía Nacional ha detenido a dos hombres en Valencia con 30 kilos de cocaína. "
        "La investigación se inició a raíz de una información de la DEA."
    )
    events = extract_all(text, "es")
    assert events
    assert all("DEA" not in _names(e) for e in events)


def test_ar_coordination_partner_is_credited(extract_all: Extract) -> None:
    """«بالتنسيق مع»: a foreign force that coordinated the operation took part in it."""
    text = (
        "قبضت شرطة دبي على أربعة أشخاص وضبطت 40 كيلوغراما من الحشيش يوم السبت. "
        "وجاءت العملية بالتنسيق مع الشرطة السعودية."
    )
    arrest = of_type(extract_all(text, "ar"), "arrest")[0]
    assert "Dubai Police" in _names(arrest)
    assert len(_names(arrest)) == 2
    assert arrest.countries == ["AE"]


def test_fr_pluperfect_credit_sentence_goes_to_the_ruling(extract_all: Extract) -> None:
    """« L'enquête avait été menée par l'OFAST » in a court story names who investigated
    the case the sentence ends: the pluperfect does not make it another story."""
    text = (
        "Le tribunal correctionnel de Lyon a condamné mardi deux hommes à six ans de prison "
        "pour trafic d'héroïne. L'enquête avait été menée par l'OFAST."
    )
    sentence = of_type(extract_all(text, "fr"), "sentence")[0]
    assert "OFAST" in _names(sentence)


def test_en_dated_past_credit_sentence_stays_out(extract_all: Extract) -> None:
    """A credit sentence told with an old date is another story's."""
    text = (
        "Police arrested two men in Leeds on Friday and seized 5 kilograms of heroin. "
        "In 2015 an investigation led by the FBI had targeted the same family."
    )
    arrest = of_type(extract_all(text), "arrest")[0]
    assert "FBI" not in _names(arrest)


def test_fr_entrusted_agency_investigates_only_later_steps(extract_all: Extract) -> None:
    """« L'enquête a été confiée à l'OFAST »: the office handed the case made no arrest told
    before that sentence, but the search and seizure told after it are its own."""
    text = (
        "Un homme a été interpellé lundi à Rennes. L'enquête a été confiée à l'OFAST. "
        "Les enquêteurs ont ensuite perquisitionné son domicile et saisi 3 kilos d'héroïne."
    )
    events = extract_all(text, "fr")
    assert "OFAST" not in _names(of_type(events, "arrest")[0])
    assert "OFAST" in _names(of_type(events, "seizure")[0])


def test_en_case_assigned_after_the_arrest_is_not_the_arrester(extract_all: Extract) -> None:
    """ "The investigation was assigned to the NCA" after an arrest: the NCA did not arrest."""
    text = (
        "A man was arrested in Leeds on Monday. "
        "The investigation was assigned to the National Crime Agency."
    )
    arrest = of_type(extract_all(text), "arrest")[0]
    assert "National Crime Agency" not in _names(arrest)


def test_en_prosecutor_named_for_the_charges_is_not_on_the_seizure(extract_all: Extract) -> None:
    """A prosecutor's office an action-less sentence names for the charges (not credited
    with the operation) acts in court: it is on the charge, not on the seizure."""
    text = (
        "Three men were charged with drug trafficking after police seized 40 kilograms of "
        "cocaine in Birmingham. The Crown Prosecution Service authorised the charges."
    )
    events = extract_all(text)
    assert "Crown Prosecution Service" in _names(of_type(events, "charge")[0])
    assert "Crown Prosecution Service" not in _names(of_type(events, "seizure")[0])


def test_fr_foreign_police_that_alerted_is_left_out(extract_all: Extract) -> None:
    """« La police néerlandaise avait alerté les douaniers »: the foreign force that passed
    the tip did not seize; the customs that acted did."""
    text = (
        "La police néerlandaise avait alerté les douaniers, qui ont saisi 300 kilos de "
        "cocaïne au Havre mardi."
    )
    seizure = of_type(extract_all(text, "fr"), "seizure")[0]
    assert _names(seizure) == {"French Customs"}


def test_es_tip_verb_after_foreign_agency_leaves_it_out(extract_all: Extract) -> None:
    """«La DEA alertó a la Guardia Civil, que incautó»: the DEA only alerted."""
    text = "La DEA alertó a la Guardia Civil, que incautó 2 toneladas de cocaína en Algeciras."
    seizure = of_type(extract_all(text, "es"), "seizure")[0]
    assert _names(seizure) == {"Guardia Civil"}
