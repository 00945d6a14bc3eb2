"""A report's period of the current year (dates.toml `[report_years]`: "in the first quarter of
the year", "durante el primer semestre") dates the actions its clause tells after it: year
precision."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract


def test_half_year_report_gives_the_year_not_the_statement_day(extract_all: Extract) -> None:
    """ "Durante el primer semestre, la policía detuvo ..., según el balance presentado este
    martes": the arrests took place over the half-year; the year is all the text gives."""
    text = (
        "Durante el primer semestre, la Policía Local de Murcia detuvo a 85 personas y "
        "se incautó de 300 kilos de marihuana, según el balance presentado este martes."
    )
    events = extract_all(text, "es", "2024-07-11")
    assert {(e.type, e.occurred_on) for e in events} == {
        ("arrest", "2024"),
        ("seizure", "2024"),
    }


def test_quarter_opening_the_clause_gives_the_year(extract_all: Extract) -> None:
    """ "In the first quarter of the year, customs officers seized ...": the year."""
    text = (
        "In the first quarter of the year, customs officers at the port of Felixstowe seized "
        "4 tonnes of cocaine hidden in banana boxes, the agency said on Monday."
    )
    (seizure,) = [e for e in extract_all(text, "en", "2024-05-15") if e.type == "seizure"]
    assert seizure.occurred_on == "2024"


def test_report_period_after_the_trigger_does_not_date_it(extract_all: Extract) -> None:
    """ "ont interpellé cinq membres d'une bande soupçonnée de dix cambriolages au cours du
    premier semestre": the period is the gang's record, not the arrest's date."""
    text = (
        "Les gendarmes de Vannes ont interpellé cinq membres d'une bande soupçonnée de dix "
        "cambriolages au cours du premier semestre."
    )
    (arrest,) = [e for e in extract_all(text, "fr", "2024-09-20") if e.type == "arrest"]
    assert arrest.occurred_on is None
