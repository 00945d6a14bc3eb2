"""Which date goes to which event (guide section 3 "date"): the action's own day, a day told
earlier in the same operation, not the day a statement was made, and background rulings
with their own year."""

from __future__ import annotations

from tests.unit.extraction.conftest import Extract


def test_old_plea_and_sentence_in_one_sentence_are_one_ruling(extract_all: Extract) -> None:
    """ "pleaded guilty last year ... and was sentenced": one background sentence of last
    year, no separate conviction."""
    text = (
        "A jury in Dallas on Thursday found a 31-year-old man guilty of drug trafficking. "
        "His cousin, Mark Doyle, pleaded guilty last year to a related charge and was "
        "sentenced to eight years in prison."
    )
    events = extract_all(text, "en", "2024-03-15")
    old = [(e.type, e.occurred_on) for e in events if e.background]
    assert old == [("sentence", "2023")]


def test_statement_day_after_a_long_speaker_name_is_skipped(extract_all: Extract) -> None:
    """ "أعلنت المديرية ... في وزارة الداخلية، اليوم الاثنين، القبض على": the day set off by
    commas after the speaker is the statement's; the arrest has no day of its own."""
    text = (
        "أعلنت المديرية العامة لمكافحة المخدرات في وزارة الداخلية، اليوم الاثنين، القبض "
        "على خمسة متهمين بحيازة مواد مخدرة في محافظة البصرة."
    )
    (arrest,) = [e for e in extract_all(text, "ar", "2024-06-03") if e.type == "arrest"]
    assert arrest.occurred_on is None


def test_statement_day_after_a_bracketed_name_is_skipped(extract_all: Extract) -> None:
    """ "قالت وكالة الشرطة الأوروبية (يوروبول) اليوم الخميس إن": Thursday is the statement's;
    the raids' Tuesday, told after "أن", is the operation's."""
    text = (
        "قالت وكالة الشرطة الأوروبية (يوروبول) اليوم الخميس إن الشرطة اعتقلت 20 شخصا في "
        "إسبانيا وفرنسا. وأوضحت الوكالة في بيان أن المحققين نفذوا يوم الثلاثاء 30 عملية "
        "مداهمة في مدريد وليون."
    )
    events = extract_all(text, "ar", "2023-04-13")
    assert {(e.type, e.occurred_on) for e in events} >= {
        ("arrest", "2023-04-11"),
        ("raid", "2023-04-11"),
    }


def test_day_after_said_that_is_the_actions(extract_all: Extract) -> None:
    """ "Police said that on Tuesday officers arrested four men": the reported clause has
    begun, Tuesday is the arrest's."""
    text = "Police said that on Tuesday officers arrested four men in Leeds."
    (arrest,) = [e for e in extract_all(text, "en", "2024-03-15") if e.type == "arrest"]
    assert arrest.occurred_on == "2024-03-12"
