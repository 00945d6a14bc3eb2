"""How mentions become events: a round-up of operations told place by place gives one event
per operation; an arrest told again through "they" / "the suspects" stays one event."""

from __future__ import annotations

from worker.extraction import Extractor
from worker.models import ArrestEvent, Article, Event

_ALL = Extractor(languages=("ar", "en", "fr", "es"))


def _events(text: str, language: str) -> list[Event]:
    article = Article(id="t", text=text, language=language, published_at="2024-03-15")
    return _ALL.extract(article).events


def _of(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.type == event_type]


def _arrests(events: list[Event]) -> list[ArrestEvent]:
    return [e for e in events if isinstance(e, ArrestEvent)]


def test_en_round_up_undated_place_is_another_seizure() -> None:
    """ "In Tunis, customs seized ..." after Monday's and Tuesday's operations told from their
    towns is a third seizure, not part of Tuesday's."""
    text = (
        "In Sfax on Monday, officers seized 20 kilograms of cannabis. In Gabes on Tuesday, "
        "police seized 5 kilograms of cocaine. In Tunis, customs officers seized 3,000 "
        "ecstasy pills."
    )
    assert len(_of(_events(text, "en"), "seizure")) == 3


def test_en_press_release_by_country_gives_one_seizure_each() -> None:
    """Spain's, Portugal's and Italy's seizures of one press release are three events, each
    with its own country."""
    text = (
        "Authorities in Spain seized 200 kilograms of cocaine at the port of Algeciras. In "
        "Portugal, officers found 50 kilograms of hashish in a container. Italian customs "
        "intercepted 10 kilograms of heroin at Genoa."
    )
    seizures = _of(_events(text, "en"), "seizure")
    assert sorted(c for s in seizures for c in s.countries) == ["ES", "IT", "PT"]
    assert len(seizures) == 3


def test_fr_paragraph_opening_on_another_town_is_another_seizure() -> None:
    """A paragraph that opens on another town ("À Lyon, ...") tells another operation."""
    text = (
        "Les douaniers ont saisi mardi 40 kilos de résine de cannabis à Marseille.\n\n"
        "À Lyon, les policiers ont saisi 3 kilos de cocaïne."
    )
    assert len(_of(_events(text, "fr"), "seizure")) == 2


def test_es_paragraph_opening_on_a_shared_town_name_is_another_seizure() -> None:
    """ "En Valencia, ..." opens another operation though several states have a Valencia."""
    text = (
        "La Guardia Civil se incautó el martes de 300 kilos de hachís en Algeciras.\n\n"
        "En Valencia, los agentes intervinieron 20 kilos de cocaína."
    )
    assert len(_of(_events(text, "es"), "seizure")) == 2


def test_ar_paragraph_opening_on_another_town_is_another_seizure() -> None:
    """ "وفي إربد، ضبطت ..." in a paragraph of its own is another seizure."""
    text = (
        "ضبطت الشرطة يوم الثلاثاء 40 كيلوغراما من الحشيش في عمان.\n\n"
        "وفي إربد، ضبطت الشرطة 3 كيلوغرامات من الكوكايين."
    )
    assert len(_of(_events(text, "ar"), "seizure")) == 2


def test_en_lead_total_over_operations_by_town_gives_the_parts() -> None:
    """ "six people in three operations" then one paragraph per town: the three parts, no
    total event."""
    text = (
        "Police arrested six people in three operations on Monday.\n\n"
        "In Kano, two men were arrested at a bus station.\n\n"
        "In Abuja, three women were arrested.\n\n"
        "In Kaduna, one man was arrested."
    )
    counts = sorted(e.persons_count or 0 for e in _arrests(_events(text, "en")))
    assert counts == [1, 2, 3]


def test_en_dateline_is_not_another_place() -> None:
    """ "TUNIS — ..." is where the story was filed: the sentence stays in the operation."""
    text = (
        "Police seized 40 kilograms of cannabis in Sfax on Tuesday.\n\n"
        "TUNIS — Officers also seized 2 kilograms of cocaine in the same raid."
    )
    assert len(_of(_events(text, "en"), "seizure")) == 1


def test_en_recap_through_the_suspects_is_the_same_arrest() -> None:
    """ "The suspects were placed in police custody and then brought before the prosecutor
    on Tuesday" retells Monday's arrest: one event, Monday's day."""
    text = (
        "Police arrested five suspects on Monday in Rabat.\n\n"
        "The suspects were placed in police custody and then brought before the prosecutor "
        "on Tuesday."
    )
    arrests = _arrests(_events(text, "en"))
    assert [(a.occurred_on, a.persons_count) for a in arrests] == [("2024-03-11", 5)]


def test_fr_recap_through_a_pronoun_is_the_same_arrest() -> None:
    """ "Elles ont été placées en garde à vue puis présentées au parquet mardi": the arrest
    of Monday told again."""
    text = (
        "Cinq personnes ont été interpellées lundi à Lyon.\n\n"
        "Elles ont été placées en garde à vue puis présentées au parquet mardi."
    )
    assert len(_of(_events(text, "fr"), "arrest")) == 1


def test_es_running_total_of_the_year_is_no_seizure() -> None:
    """ "ha incautado más de 30 toneladas en lo que va de 2026" is a yearly record."""
    text = (
        "La Armada incautó el domingo 3 toneladas de cocaína frente a Colón.\n\n"
        "Panamá ha incautado más de 30 toneladas de drogas en lo que va de 2026."
    )
    assert len(_of(_events(text, "es"), "seizure")) == 1


def test_fr_same_day_counts_from_the_last_action() -> None:
    """ "le même jour" counts from the day of the last action told, not from a day a
    sentence without action named on the way (a victim's state "dimanche soir")."""
    text = (
        "Les gendarmes ont intercepté samedi une embarcation au large de Sfax.\n\n"
        "Une passagère a été soignée et son état était jugé stable dimanche soir.\n\n"
        "Les gendarmes ont arrêté le même jour trois passeurs présumés."
    )
    arrests = _of(_events(text, "fr"), "arrest")
    assert [a.occurred_on for a in arrests] == ["2024-03-09"]


def test_en_earlier_seizure_that_began_the_inquiry_is_background() -> None:
    """A seizure the story dates months before its lead operation ("in January") is the
    story's past: its own background seizure, not news merged with Tuesday's."""
    text = (
        "Police seized 2 tonnes of cocaine at Antwerp on Tuesday and arrested four men. The "
        "investigation began after customs officers seized 800 kilograms of cocaine at the "
        "port in January."
    )
    seizures = _of(_events(text, "en"), "seizure")
    assert sorted((s.occurred_on, s.background) for s in seizures) == [
        ("2024-01", True),
        ("2024-03-12", False),
    ]


def test_es_earlier_seizure_that_began_the_inquiry_is_background() -> None:
    """ "La investigación comenzó cuando ... intervinieron 800 kilos en enero": background."""
    text = (
        "La Policía Nacional incautó el martes 2 toneladas de cocaína en Algeciras. La "
        "investigación comenzó cuando los agentes intervinieron 800 kilos de cocaína en enero."
    )
    seizures = _of(_events(text, "es"), "seizure")
    assert sorted(s.background for s in seizures) == [False, True]


def test_en_separately_opens_another_seizure() -> None:
    """ "Separately, officers seized ..." the same day is another operation."""
    text = (
        "Customs officers seized 40 kilos of cocaine at the port of Durban on Monday. "
        "Separately, officers seized 12 kilos of heroin from a truck."
    )
    assert len(_of(_events(text, "en"), "seizure")) == 2


def test_ar_separate_context_opens_another_seizure() -> None:
    """ "وفي سياق منفصل، ضبطت ..." is another operation."""
    text = (
        "ضبطت الشرطة 20 كيلوغراما من الحشيش في إربد يوم الاثنين. وفي سياق منفصل، ضبطت "
        "الشرطة 5 كيلوغرامات من الكوكايين."
    )
    assert len(_of(_events(text, "ar"), "seizure")) == 2


def test_en_definite_counted_group_retold_is_the_same_arrest() -> None:
    """ "The five suspects were detained ... and were brought before the prosecutor on
    Tuesday" retells Monday's arrest of five: one event."""
    text = (
        "Five people were arrested in Rabat on Monday, police said.\n\n"
        "The five suspects were detained after a tip-off and were brought before the "
        "prosecutor on Tuesday."
    )
    arrests = _arrests(_events(text, "en"))
    assert [(a.occurred_on, a.persons_count) for a in arrests] == [("2024-03-11", 5)]


def test_en_group_arrested_on_another_day_is_another_arrest() -> None:
    """ "The occupants of a second car were arrested on Saturday": the day is the arrest's
    own, so it is another event, not Friday's told again."""
    text = (
        "Police arrested two men in Leeds on Friday. The occupants of a second car were "
        "arrested on Saturday."
    )
    assert len(_arrests(_events(text, "en"))) == 2


def test_ar_definite_suspects_retold_is_the_same_arrest() -> None:
    """ "وتم توقيف المتهمين وإحالتهم إلى النيابة يوم الثلاثاء": Monday's arrest told again,
    the day is the referral's."""
    text = (
        "ألقت الشرطة القبض على خمسة أشخاص في عمان يوم الاثنين.\n\n"
        "وتم توقيف المتهمين وإحالتهم إلى النيابة العامة يوم الثلاثاء."
    )
    arrests = _arrests(_events(text, "ar"))
    assert [(a.occurred_on, a.persons_count) for a in arrests] == [("2024-03-11", 5)]


def test_en_weekday_before_and_is_no_named_person() -> None:
    """ "seized cocaine on Sunday and three crew members were arrested": three persons, the
    weekday is no name joined by "and"."""
    text = "Officers seized cocaine on Sunday and three crew members were arrested."
    assert [a.persons_count for a in _arrests(_events(text, "en"))] == [3]


def test_en_years_ago_after_the_trigger_is_background() -> None:
    """ "The network was dismantled two years ago" in an arrest story: a background
    dismantling of two years before publication, not the news day of the sentence before."""
    text = (
        "Police arrested three men in Madrid on Tuesday. The network was dismantled two years ago."
    )
    dismantlings = _of(_events(text, "en"), "dismantling")
    assert [(d.background, d.occurred_on) for d in dismantlings] == [(True, "2022")]


def test_ar_years_ago_after_the_trigger_is_background() -> None:
    """ "وتم تفكيك الشبكة قبل عامين": a background dismantling."""
    text = "ألقت الشرطة القبض على ثلاثة أشخاص في إربد يوم الثلاثاء. وتم تفكيك الشبكة قبل عامين."
    assert [d.background for d in _of(_events(text, "ar"), "dismantling")] == [True]
