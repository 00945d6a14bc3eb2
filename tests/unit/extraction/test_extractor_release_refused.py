"""Releases refused or only asked for, and extraditions only approved or awaited."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract, of_type


def test_fr_remise_en_liberte_refusee_is_no_release(extract_all: Extract) -> None:
    """ "a refusé sa remise en liberté": pas de libération."""
    text = "La chambre de l'instruction de Douai a refusé mardi sa remise en liberté."
    assert of_type(extract_all(text, "fr"), "release") == []


def test_fr_demande_rejetee_is_no_release(extract_all: Extract) -> None:
    """ "sa demande de remise en liberté a été rejetée": une demande, rejetée."""
    text = "La demande de remise en liberté du convoyeur a été rejetée jeudi."
    assert of_type(extract_all(text, "fr"), "release") == []


def test_es_libertad_denegada_is_no_release(extract_all: Extract) -> None:
    """ "denegó la libertad bajo fianza": no hay excarcelación."""
    text = "La jueza de Algeciras denegó el viernes la libertad bajo fianza al patrón."
    assert of_type(extract_all(text, "es"), "release") == []


def test_ar_release_refused_is_no_release(extract_all: Extract) -> None:
    """ "رفضت المحكمة الإفراج عنه بكفالة": لا إفراج."""
    text = "ورفضت المحكمة يوم الأحد الإفراج عن المتهم بكفالة مالية."
    assert of_type(extract_all(text, "ar"), "release") == []


def test_ar_court_approving_the_handover_is_no_extradition(extract_all: Extract) -> None:
    """ "وافقت المحكمة على تسليمه إلى فرنسا": موافقة لا تسليم."""
    text = "ووافقت المحكمة العليا على تسليم المهرب إلى فرنسا."
    assert of_type(extract_all(text, "ar"), "extradition") == []


def test_en_awaiting_extradition_is_no_extradition(extract_all: Extract) -> None:
    """ "is awaiting extradition to the United States": not handed over yet."""
    text = "The accountant is awaiting extradition to the United States from Bogota."
    assert of_type(extract_all(text), "extradition") == []


def test_fr_extradition_demandee_is_no_extradition(extract_all: Extract) -> None:
    """ "La France a demandé son extradition": une demande, pas une remise."""
    text = "La France a demandé mardi son extradition au Maroc."
    assert of_type(extract_all(text, "fr"), "extradition") == []
