"""Arguments of a mention found in its sentence: persons, locations, agencies, groups, crimes,
dates, background and sentence terms."""

from __future__ import annotations

import datetime
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from worker.extraction import dates as dates_module
from worker.extraction import numbers as numbers_module
from worker.extraction.construct import construct
from worker.extraction.context import (
    DATELINE_CHARS,
    ArticleContext,
    Sentence,
    _as_tuple,
    coordinated_auxiliary_start,
    is_generated_town,
    kind_hits,
    phrase_before,
    previous_word_start,
    role_hits,
)
from worker.extraction.dates import DateMention
from worker.extraction.items import find_money
from worker.extraction.matcher import Match, word_end
from worker.extraction.mentions import GOODS_KINDS, Mention, counted_noun, imposed_after
from worker.extraction.numbers import NumberMention
from worker.models import NamedMention, Place, Qualifier, SentenceKind

CountRole = Literal["plain", "total", "part", "single"]

# Distances in characters, tuned on sentences written for the unit tests.
COUNT_GAP_MAX = 28  # number ... person noun ("23 Moroccan nationals")
COUNT_ROLE_WINDOW = 30  # "a total of" / "including" before a number
CUE_TO_LOCATION_MAX = 40  # "with the support of the authorities of" ... France
ANNOUNCEMENT_WINDOW = 20  # "said on Tuesday": the date of the statement, not of the action
BACKGROUND_DAYS = 60  # an action this much older than the article is context, not news
SENTENCE_TERM_WINDOW = 90
DATELINE_REACH = 80  # a dispatch's date line opens the article
DATE_LOOKBACK = 3  # sentences back in the paragraph for an undated action's day

_LOCATION_KINDS = frozenset({"country", "place", "demonym"})
_PERSON_EVENT_TYPES = frozenset(
    {"arrest", "charge", "conviction", "sentence", "extradition", "release"}
)
_ONLY_LETTERS_AND_SPACE = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+){0,2}")
_NAME_WORD = re.compile(r"[A-Z](?:[\w'’-]+|\.)")  # "Mehdi T.": an initial is a name word
# The auxiliary ends the match: _name_before skips the search when the last word ends none.
_PASSIVE_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})(?:, \d{1,3},)? (?P<aux>\w+(?: \w+)?)$"
)


@dataclass(frozen=True, slots=True)
class PersonCount:
    value: int
    qualifier: Qualifier
    role: CountRole
    start: int
    end: int
    # "fueron detenidos otros cuatro": persons besides one the event names elsewhere
    besides: bool = False
    # "Les trois suspects", "the four men": a definite group, persons counted before
    recap: bool = False
    # "and three other men": the count holds already the one person "other" leaves out
    joined: bool = False
    # "A third man was also arrested": one person, the rank-th of the event's persons
    rank: int = 0


@dataclass(slots=True)
class Locations:
    countries: list[str] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    from_country: str | None = None
    to_country: str | None = None
    # Countries of places whose name other states share: used only when nothing better.
    weak_countries: list[str] = field(default_factory=list)


def _roles_in(sentence: Sentence, role: str) -> list[Match]:
    return list(role_hits(sentence, role))


# ---------------------------------------------------------------- persons


def _gap_is_words(ctx: ArticleContext, start: int, end: int) -> bool:
    """Only a few words (no digits, no punctuation) between a number and its noun."""
    if end - start > COUNT_GAP_MAX:
        return False
    # Quotation marks around a word ("Quatre « charbonneurs » et guetteurs") are no break.
    gap = " ".join(ctx.gap(start, end).translate(_QUOTES).split())
    return not gap or _ONLY_LETTERS_AND_SPACE.fullmatch(gap) is not None


_QUOTES = str.maketrans(dict.fromkeys('"«»“”„', " "))


def _bracketed_figure(ctx: ArticleContext, number: NumberMention, noun: Match) -> bool:
    """ "أوقفت المفارز (12) شخصا", "(03) عناصر": a figure in brackets right before its noun,
    as balance reports write counts."""
    return (
        ctx.text[max(0, number.start - 1) : number.start] == "("
        and ctx.gap(number.end, noun.start).strip() == ")"
    )


def _only_article(ctx: ArticleContext, start: int, end: int) -> bool:
    """Nothing but spaces, a clitic ("ال") or one short function word ("فيهم") between."""
    gap = ctx.gap(start, end).split()
    if not gap:
        return True
    if gap[-1] in ctx.compiled.prefixes:
        gap = gap[:-1]
    return len(gap) <= 1 and all(len(word) <= 4 for word in gap)


def _definite_construct_between(ctx: ArticleContext, start: int, number: NumberMention) -> bool:
    """ "أفراد الطاقم الثمانية", "أعضاء الشبكة الستة": one definite noun completes the
    person noun, and the definite number word after it agrees with the persons."""
    articles = ctx.compiled.article_prefixes
    gap = ctx.gap(start, number.start).split()  # the number's own article ends the gap
    return bool(articles) and len(gap) == 2 and gap[1] in articles and gap[0].startswith(articles)


def _partitive_number(
    ctx: ArticleContext, numbers: list[NumberMention], target: int
) -> NumberMention | None:
    """The number right before a `partitive_links` link that ends at ``target`` ("two of
    the five suspects", "ثلاثة من الموقوفين"): the part counts, not the group."""
    links = ctx.compiled.partitive_links
    if not links:
        return None
    for number in reversed(numbers):
        if number.end > target:
            continue
        gap = ctx.gap(number.end, target).split()
        if gap and gap[-1] in ctx.compiled.prefixes:
            gap = gap[:-1]  # "من الـ": the article is a clitic of the noun
        if not gap or " ".join(gap) not in links or number.is_year_like:
            return None
        if any(p in ctx.text[max(0, number.start - 12) : target] for p in ctx.compiled.each_of):
            return None  # "لكل واحد من ثلاثة متهمين": each of the three
        return number
    return None


def _number_for_noun(
    ctx: ArticleContext, numbers: list[NumberMention], noun: Match
) -> NumberMention | None:
    part = _partitive_number(ctx, numbers, noun.start)
    if part is not None:
        return part
    best = _group_number_for_noun(ctx, numbers, noun)
    if best is not None and best.end <= noun.start:
        return _partitive_number(ctx, numbers, best.start) or best
    return best


def _group_number_for_noun(
    ctx: ArticleContext, numbers: list[NumberMention], noun: Match
) -> NumberMention | None:
    best: NumberMention | None = None
    for number in numbers:
        if number.start < noun.end and noun.start < number.end:
            return number  # the dual "شخصان" is both the number and the noun
        if number.end <= noun.start and (
            _gap_is_words(ctx, number.end, noun.start) or _bracketed_figure(ctx, number, noun)
        ):
            if number.is_year_like and ctx.gap(number.end, noun.start).strip():
                continue  # "en octubre de 2023 por funcionarios": a year, not a count
            best = number  # keep the closest one before the noun
        elif (
            (best is None or ctx.gap(best.end, noun.start).strip())
            and number.is_words
            and number.start >= word_end(ctx.text, noun.end)
            and (
                _only_article(ctx, word_end(ctx.text, noun.end), number.start)
                or _definite_construct_between(ctx, word_end(ctx.text, noun.end), number)
            )
        ):
            # A number word after its noun: "متهمين اثنين", "المشتبه فيهم السبعة"; it wins
            # over a number before other words ("ثلاثة مواطنين ومقيمين اثنين": 3 and 2).
            return number
    return best


def _count_role(sentence: Sentence, start: int, end: int) -> CountRole:
    for m in sentence.matches:
        if m.term.kind != "role" or m.term.key not in ("total", "part"):
            continue
        before = m.end <= start and start - m.end <= COUNT_ROLE_WINDOW
        right_after = m.start >= end and m.start - end <= 3  # "4 of whom", "3 منهم"
        if before or (right_after and m.term.key == "part"):
            return "total" if m.term.key == "total" else "part"
    return "plain"


PARTITIVE_NOUN_REACH = 40  # "two of the accused", "tres de los detenidos", "deux d'entre eux"


def _partitive_parts(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "a court ordered the release of two of them", "dejó en libertad a tres de los
    detenidos", "Two of the accused were released": a bare number before a `partitive_pronouns`
    phrase, or before a `partitive_links` link and a persons word no count names (a single
    person noun, "the accused", or a participle used as a noun) counts the part."""
    compiled = ctx.compiled
    found: list[PersonCount] = []
    for number in ctx.numbers(sentence):
        if (
            number.is_year_like
            or number.is_vague
            or not float(number.value).is_integer()
            or not 1 < number.value < 1000
            or any(c.start <= number.start < c.end for c in counts)
        ):
            continue
        rest = ctx.text[number.end : min(sentence.end, number.end + PARTITIVE_NOUN_REACH)]
        head = " ".join(rest.split())
        end = 0
        if any(
            head.startswith(p) and not head[len(p) : len(p) + 1].isalnum()
            for p in compiled.partitive_pronouns
        ):
            end = (
                number.end
                + len(rest)
                - len(rest.lstrip())
                + next(
                    len(p)
                    for p in sorted(compiled.partitive_pronouns, key=len, reverse=True)
                    if head.startswith(p)
                )
            )
        else:
            link = next(
                (
                    p
                    for p in sorted(compiled.partitive_links, key=len, reverse=True)
                    if head.startswith(p + " ")
                ),
                None,
            )
            if link is None:
                continue
            after = number.end + rest.index(link) + len(link)
            word = re.match(r"\s*(\w+)", ctx.text[after : sentence.end])
            if word is None:
                continue
            word_start, word_stop = after + word.start(1), after + word.end(1)
            persons = any(
                m.start <= word_start < m.end
                and (
                    (m.term.kind == "role" and m.term.key == "single_person_nouns")
                    or m.term.kind == "trigger"
                )
                for m in sentence.matches
            )
            participle = word.group(1).endswith(compiled.participle_endings) and not any(
                _is_goods(m) and word_stop <= m.start <= word_stop + 20 for m in sentence.matches
            )
            if not (persons or participle):
                continue
            end = word_stop
        if not _trigger_in_clause(ctx, sentence, number.start, end):
            continue  # "16 de los arrestados, mientras que los restantes quedaron en libertad"
        role = _count_role(sentence, number.start, number.end)
        found.append(PersonCount(int(number.value), number.qualifier, role, number.start, end))
    return found


def _trigger_in_clause(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the trigger nearest to a span stands in its clause (no ";" nor a
    `clause_breaks` word between)."""
    triggers = kind_hits(sentence, "trigger")
    if not triggers:
        return False
    nearest = min(triggers, key=lambda m: min(abs(m.start - end), abs(start - m.end)))
    low, high = (nearest.end, start) if nearest.end <= start else (end, nearest.start)
    if ";" in ctx.text[low:high]:
        return False
    return not any(low <= m.start < high for m in role_hits(sentence, "clause_breaks"))


def _is_goods(m: Match) -> bool:
    return m.term.kind in GOODS_KINDS or (m.term.kind == "role" and m.term.key == "generic_goods")


def find_person_counts(ctx: ArticleContext, sentence: Sentence) -> list[PersonCount]:
    nouns = _roles_in(sentence, "person_nouns")
    demonyms = kind_hits(sentence, "demonym")
    if demonyms:  # "dos bolivianos", "three Colombians": the people of a country, counted
        nouns = sorted(
            nouns + [m for m in demonyms if counted_noun(ctx, sentence, m)], key=lambda m: m.start
        )
    counts: list[PersonCount] = []
    by_ages: set[int] = set()
    if nouns:
        numbers = _not_durations(ctx, sentence, ctx.numbers(sentence))
        used: set[int] = set()
        for noun in nouns:
            number = _number_for_noun(ctx, numbers, noun)
            if number is None and (ages := _listed_ages(ctx, sentence, noun)) is not None:
                # "The men, aged 28, 34 and 41": one person per age
                role = _count_role(sentence, noun.start, noun.end)
                counts.append(PersonCount(ages[0], "exact", role, noun.start, ages[1]))
                by_ages.add(id(counts[-1]))
                continue
            if number is None:
                determiner = _single_determiner(ctx, sentence, noun)
                if determiner is not None:  # "une personne", "un solo sospechoso"
                    # "A third man was also arrested": one more besides those told before
                    phrase = ctx.gap(determiner, noun.start).strip()
                    rank = ctx.compiled.ordinals.get(phrase, 0)
                    added = not rank and phrase in ctx.compiled.added_determiners
                    counts.append(
                        PersonCount(1, "exact", "plain", determiner, noun.end, added, rank=rank)
                    )
                elif (ordinal_end := _ordinal_after(ctx, noun)) is not None:
                    # "لمتهم ثالث", "متهمة رابعة", "متهم آخر": one more person
                    word = ctx.text[word_end(ctx.text, noun.end) : ordinal_end].strip()
                    rank = ctx.compiled.ordinals.get(word, 0)
                    counts.append(
                        PersonCount(1, "exact", "single", noun.start, ordinal_end, rank=rank)
                    )
                elif _read_as_dual(ctx, sentence, noun):
                    role = _count_role(sentence, noun.start, noun.end)
                    counts.append(PersonCount(2, "exact", role, noun.start, noun.end))
                continue
            if number.start in used:
                continue
            if not float(number.value).is_integer() or not 0 < number.value < 1_000_000:
                continue
            used.add(number.start)
            role = _count_role(sentence, number.start, number.end)
            value = int(number.value)
            besides = joined = False
            if role == "plain" and not counts:
                others = _others_besides_one(ctx, number, noun)
                if others == "joined":
                    value += 1  # "lo detuvo junto a otras once personas": he and eleven more
                    joined = True
                besides = others == "told"  # "otros cuatro": besides persons told before
            elif (
                role == "plain"
                and counts[-1].recap
                and _others_besides_one(ctx, number, noun) == "told"
                and not any(
                    m.term.kind == "trigger" and counts[-1].end <= m.start < number.start
                    for m in sentence.matches
                )
            ):
                # "detuvieron a los cuatro tripulantes y a otros tres hombres": the group
                # told before is taken by the same action, with the others
                counts[-1] = replace(counts[-1], recap=False)
            end = max(noun.end, number.end)  # "متهمين اثنين": the number may follow
            start = number.start
            if number.start > noun.end and not ctx.gap(noun.end, number.start).strip():
                start = noun.start  # "ومقيمين اثنين": the count starts at its noun
            recap = phrase_before(
                ctx, sentence, number.start, ctx.compiled.definite_articles
            ) is not None and _counted_before(ctx, sentence)
            counts.append(
                PersonCount(value, number.qualifier, role, start, end, besides, recap, joined)
            )
        counts = [_one_of(ctx, sentence, c) for c in counts]
        if by_ages and len(by_ages) < len(counts):
            # "The two men at the helm, Ukrainian nationals aged 24 and 31": the ages describe
            # a group the sentence counts already
            counts = [c for c in counts if id(c) not in by_ages]
    for dual in _roles_in(sentence, "dual_person_nouns"):
        if not any(c.start <= dual.start < c.end for c in counts):
            role = _count_role(sentence, dual.start, dual.end)
            counts.append(PersonCount(2, "exact", role, dual.start, dual.end))
    counts.extend(_single_demonyms(ctx, sentence, demonyms, counts))
    counts.extend(_each_of_counts(ctx, sentence, counts))
    counts.extend(_partitive_parts(ctx, sentence, counts))
    for single in _roles_in(sentence, "single_person_nouns"):
        if not any(c.start <= single.start < c.end for c in counts):
            single_role: CountRole = (
                "part" if _count_role(sentence, single.start, single.end) == "part" else "single"
            )
            start = _glued_age_start(ctx, sentence, single.start)
            counts.append(PersonCount(1, "exact", single_role, start, single.end))
    counts.extend(_relations(ctx, sentence, counts))
    counts.extend(_listed_with_ages(ctx, sentence))
    counts.extend(_counted_arrests(ctx, sentence, counts))
    counts.extend(_listed_elsewhere(ctx, sentence, counts))
    counts.extend(_named_persons(ctx, sentence))
    counts.extend(_listed_subject_names(ctx, sentence, counts))
    counts.extend(_listed_initials(ctx, sentence, counts))
    counts.extend(_coordinated_defendants(ctx, sentence, counts))
    counts = _join_singles_to_counts(ctx, sentence, counts)
    counts = _name_joined_to_counts(ctx, sentence, counts)
    counts = _apposition_parts(ctx, sentence, counts)
    counts = _join_added_singles(ctx, sentence, counts)
    counts = _join_listed_singles(ctx, sentence, counts)
    counts.extend(_subject_counts(ctx, sentence, counts))
    counts.extend(_defendant_subjects(ctx, sentence, counts))
    counts.extend(_definite_bare_numbers(ctx, sentence, counts))
    counts = _single_patients(ctx, sentence, counts)
    counts = _without_bystanders(ctx, sentence, _without_passengers(ctx, counts))
    counts = _without_period_totals(ctx, sentence, _without_amounts(ctx, sentence, counts))
    return _after_partitive_lead(ctx, sentence, counts)


def _without_period_totals(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "The government has extradited more than 200 people since 2022", "Cette année, 412
    personnes ont été interpellées": a count told as a total over a period (a
    `period_totals` phrase, or a `period_leads` word before a date) is a running total, no
    action's persons. The period opens the sentence or follows the count in its clause (no
    comma, dash or relative clause between); a sentence that dates the action to a month or
    a day otherwise keeps its counts."""
    if not counts:
        return counts
    periods = [(m.start, m.end) for m in _roles_in(sentence, "period_totals")]
    dates = ctx.dates(sentence)
    leads = ctx.compiled.period_leads
    if leads:
        for d in dates:
            if (lead := phrase_before(ctx, sentence, d.start, leads)) is not None:
                periods.append((lead, d.end))
        for n in ctx.numbers(sentence):
            if n.is_year_like and (lead := phrase_before(ctx, sentence, n.start, leads)):
                periods.append((lead, n.end))
    if not periods:
        return counts
    if any(len(d.value) >= 7 and not any(s <= d.start < e for s, e in periods) for d in dates):
        return counts  # "arrested last month ..., the largest haul this year"

    def in_period(count: PersonCount) -> bool:
        for start, end in periods:
            if end <= count.start and len(ctx.text[sentence.start : start].split()) <= 2:
                return True  # "This year, 412 people were arrested"
            if start >= count.end:
                gap = ctx.gap(count.end, start)
                words = {w.strip(_PUNCTUATION) for w in gap.split()}
                if not any(ch in gap for ch in ",;:-–—") and not words & (
                    ctx.compiled.relative_leads
                ):
                    return True
        return False

    return [c for c in counts if c.role == "single" or not in_period(c)]


def _definite_bare_numbers(
    ctx: ArticleContext, sentence: Sentence, found: list[PersonCount]
) -> list[PersonCount]:
    """ "An indictment against the three was unsealed", "contre les trois": a number after a
    definite article and before no noun (a preposition, a verb, punctuation) stands for the
    persons an earlier sentence counted: a recap of them."""
    articles = ctx.compiled.definite_articles
    if not articles or not _counted_before(ctx, sentence):
        return []
    ends = ctx.compiled.object_ends | ctx.compiled.auxiliaries
    counts: list[PersonCount] = []
    for n in ctx.numbers(sentence):
        if (
            n.is_year_like
            or n.unit_class is not None
            or not float(n.value).is_integer()
            or not 1 < n.value < 1000
            or any(c.start <= n.start < c.end for c in found)
            or phrase_before(ctx, sentence, n.start, articles) is None
        ):
            continue
        after = ctx.text[n.end : sentence.end].lstrip()
        word = after.split(maxsplit=1)[0].strip(_PUNCTUATION) if after else ""
        position = sentence.end - len(after)
        if (
            not after
            or after[0] in _PUNCTUATION
            or word in ends
            or any(m.term.kind == "trigger" and m.start == position for m in sentence.matches)
        ):
            counts.append(
                PersonCount(int(n.value), n.qualifier, "plain", n.start, n.end, recap=True)
            )
    return counts


def _without_amounts(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "Three men who cheated victims out of more than $10 million were extradited": a
    number that is an amount of money (a currency next to it) is never a persons count."""
    if not counts or not kind_hits(sentence, "currency"):
        return counts
    amounts = [(m.start, m.end) for m in find_money(ctx, sentence, [])]
    return [c for c in counts if not any(start <= c.start < end for start, end in amounts)]


def _without_passengers(ctx: ArticleContext, counts: list[PersonCount]) -> list[PersonCount]:
    """ "arrested two smugglers after intercepting a boat carrying 52 migrants": a count
    right after a `cargo_verbs` phrase is the vehicle's passengers; when the sentence counts
    others, they are the persons of the action."""
    verbs = ctx.compiled.cargo_verbs
    if not verbs or len(counts) < 2:
        return counts
    carried = {
        id(c)
        for c in counts
        if any(
            ctx.text[max(0, c.start - len(v) - 2) : c.start].rstrip().endswith(" " + v)
            for v in verbs
        )
    }
    if not carried or len(carried) == len(counts):
        return counts
    return [c for c in counts if id(c) not in carried]


BYSTANDER_WORDS = 3  # "rescued at least 30 migrants": words between the verb and the count


def _without_bystanders(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "rescued 30 migrants while three smugglers were arrested", "deployed 200 officers
    ..., arresting three men", "are seeking six others after arresting two": persons counted
    as the object of a `bystander_verbs` verb (a few words before the count, no trigger
    between), or a counted agent noun not listed with other persons, are not the persons of
    the action when the sentence counts others."""
    if len(counts) < 2:
        return counts
    agents = _roles_in(sentence, "agent_nouns")
    counted = [c for c in counts if c.role in ("plain", "total", "part")]
    bystanders: set[int] = set()
    for count in counted:
        agent = any(count.start < a.end and a.end == count.end for a in agents)
        if (
            (agent and not _listed_with_others(ctx, count, counts))
            or _bystander_verb_before(ctx, sentence, count.start)
            or _at_large_after(ctx, sentence, count.end)
        ):
            bystanders.add(id(count))
    remaining = [c for c in counts if id(c) not in bystanders]
    if not bystanders or not remaining:
        return counts
    return remaining  # other counts, or a single person ("Un homme ... et trois autres
    # sont recherchés"), are the action's


def _listed_with_others(ctx: ArticleContext, count: PersonCount, counts: list[PersonCount]) -> bool:
    """Another count right before or after this one, only a comma or one word between."""
    for other in counts:
        if other is count:
            continue
        if other.start >= count.end:
            gap = ctx.text[count.end : other.start]
        elif other.end <= count.start:
            gap = ctx.text[other.end : count.start]
        else:
            continue
        if len(gap) <= 20 and _LIST_GAP.match(gap) is not None:
            return True
    return False


AT_LARGE_REACH = 30  # "two others are still on the run"


def _at_large_after(ctx: ArticleContext, sentence: Sentence, end: int) -> bool:
    """ "two others fled", "deux autres sont en fuite", "otros dos se dieron a la fuga": an
    `at_large` phrase shortly after the count, no action or punctuation between."""
    phrases = ctx.compiled.at_large
    if not phrases:
        return False
    tail = ctx.text[end : min(sentence.end, end + AT_LARGE_REACH)]
    cut = min((i for i in (tail.find(m) for m in ",;:()") if i >= 0), default=len(tail))
    tail = tail[:cut]
    for phrase in phrases:
        at = tail.find(phrase)
        while at >= 0:
            if (at == 0 or not tail[at - 1].isalnum()) and not any(
                m.term.kind == "trigger" and end <= m.start < end + at for m in sentence.matches
            ):
                after = at + len(phrase)
                if after >= len(tail) or not tail[after].isalnum():
                    return True
            at = tail.find(phrase, at + 1)
    return False


def _bystander_verb_before(ctx: ArticleContext, sentence: Sentence, start: int) -> bool:
    verbs = ctx.compiled.bystander_verbs
    if not verbs:
        return False
    head_start = max(sentence.start, start - 80)
    head = ctx.text[head_start:start]
    cut = max(head.rfind(mark) for mark in ",;:()")
    head_start += cut + 1
    head = head[cut + 1 :]
    words = list(re.finditer(r"\S+", head))
    for skip in range(min(BYSTANDER_WORDS, len(words)) + 1):
        end = words[len(words) - skip - 1].end() if skip < len(words) else 0
        if end == 0:
            break
        if any(
            head_start + end <= m.start < start
            and (
                m.term.kind == "trigger"
                or (m.term.kind == "role" and m.term.key in ("person_nouns", "clause_breaks"))
            )
            for m in sentence.matches
        ) or any(head_start + end <= n.start < start for n in ctx.numbers(sentence)):
            return False  # another action, another count or another clause between
        tail = head[:end]
        for verb in verbs:
            if tail.endswith(verb):
                before = tail[: -len(verb)]
                if (
                    not before
                    or not before[-1].isalnum()
                    or before.endswith(ctx.compiled.and_prefixes)
                ):
                    return True
    return False


def _listed_ages(ctx: ArticleContext, sentence: Sentence, noun: Match) -> tuple[int, int] | None:
    """ "the men, aged 28, 34 and 41", "los hombres, de 30, 41 y 52 años": a plural person
    noun without a number followed by a list of ages is as many persons as ages (with the
    end of the list): the `age_list_*` roles."""
    pattern = ctx.compiled.age_list
    if pattern is None:
        return None
    found = pattern.match(ctx.text, word_end(ctx.text, noun.end), sentence.end)
    if found is None:
        return None
    return len(re.findall(r"\d{1,2}", found.group("ages"))), found.end()


def _each_of_counts(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "seis años a cada uno de los dos estibadores", "each of the three men", "à chacun des
    deux prévenus": the number after "each of the" counts persons, whatever noun follows."""
    phrases = ctx.compiled.each_of
    if not phrases:
        return []
    # A phrase that ends right before a number is in the sentence: none there, no count
    # (and the sentence's numbers need not be read for it).
    text = ctx.sentence_text(sentence)
    if not any(phrase in text for phrase in phrases):
        return []
    found: list[PersonCount] = []
    for number in ctx.numbers(sentence):
        if any(c.start <= number.start < c.end for c in counts) or number.value < 2:
            continue
        if not float(number.value).is_integer() or number.is_year_like:
            continue
        start = phrase_before(ctx, sentence, number.start, phrases)
        if start is not None:
            found.append(
                PersonCount(int(number.value), number.qualifier, "plain", start, number.end)
            )
    return found


def _single_demonyms(
    ctx: ArticleContext, sentence: Sentence, demonyms: list[Match], counts: list[PersonCount]
) -> list[PersonCount]:
    """ "un colombiano", "un Marocain", "a Chinese national": an indefinite article before a
    demonym used as a person is one person (with the person noun right after it, if any)."""
    articles = numbers_module.indefinite_articles(ctx.language)
    if not articles:
        return _joined_bare_demonyms(ctx, sentence, demonyms, counts)
    found: list[PersonCount] = []
    nouns = [m for m in sentence.matches if _is_person_noun(m)]
    for demonym in demonyms:
        if any(c.start <= demonym.start < c.end for c in counts):
            continue
        before = ctx.text[max(sentence.start, demonym.start - 6) : demonym.start].split()
        if not before or before[-1] not in articles:
            continue
        start = ctx.text.rfind(before[-1], sentence.start, demonym.start)
        end = demonym.end
        noun = next((n for n in nouns if 0 <= n.start - demonym.end <= 1), None)
        if noun is not None:
            end = noun.end  # "a Chinese national"
        elif ctx.compiled.demonyms_are_adjectives and not _after_counted_demonyms(
            ctx, counts, start
        ):
            # English demonyms are adjectives unless a noun follows ("a French bank") or
            # "and" joins them to counted people of a country ("three Moroccans and a
            # Spaniard")
            continue
        found.append(PersonCount(1, "exact", "single", start, end))
    return found


def _after_counted_demonyms(ctx: ArticleContext, counts: list[PersonCount], start: int) -> bool:
    """ "three Moroccans and a Spaniard": "and" right after a counted group."""
    return any(_and_between(ctx, c.end, start) for c in counts if c.role == "plain")


def _one_of(ctx: ArticleContext, sentence: Sentence, count: PersonCount) -> PersonCount:
    """ "l'un des deux dockers", "one of the three men", "uno de los cuatro detenidos": a
    `one_of` phrase before a counted group makes it one person of that group."""
    if not ctx.compiled.one_of or count.role != "plain":
        return count
    start = phrase_before(ctx, sentence, count.start, ctx.compiled.one_of)
    if start is None or phrase_before(ctx, sentence, count.start, ctx.compiled.each_of) is not None:
        return count  # "a cada uno de los dos estibadores": each of them
    return PersonCount(1, "exact", "plain", start, count.end)


def _counted_before(ctx: ArticleContext, sentence: Sentence) -> bool:
    """An earlier sentence counts persons (a number before a person noun): a definite group
    here ("Les trois suspects") recaps them."""
    first = ctx.memo.get("first_counted")
    if not isinstance(first, int):
        first = len(ctx.sentences)
        for earlier in ctx.sentences:
            nouns = _roles_in(earlier, "person_nouns")
            if nouns and any(
                n.end <= noun.start and _gap_is_words(ctx, n.end, noun.start) and n.value > 1
                for noun in nouns
                for n in ctx.numbers(earlier)
            ):
                first = earlier.index
                break
        ctx.memo["first_counted"] = first
    return first < sentence.index


_LINE_BULLETS = ("-", "•", "*", "–", "—", "·", "▪", "○")
_NAME_WITH_AGE = re.compile(r"(?:^|(?<=[\s(]))[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+, \d{1,2}(?=\W)")


def _listed_with_ages(ctx: ArticleContext, sentence: Sentence) -> list[PersonCount]:
    """ "- Reece Molyneux, 27, of Everton, and Dean Carragher, 29, of Kirkdale - nine years
    each": on a bulleted line, each full name with an age is one person."""
    if not ctx.cased.startswith(_LINE_BULLETS, sentence.start):
        return []
    names = list(_NAME_WITH_AGE.finditer(ctx.cased, sentence.start, sentence.end))
    if not names:
        return []
    return [PersonCount(len(names), "exact", "single", names[0].start(), names[-1].end())]


def _counted_arrests(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "a procédé à quatre interpellations", "made 12 arrests", "cuatro capturas": a number
    right before an arrest noun counts the persons arrested."""
    found: list[PersonCount] = []
    numbers = ctx.numbers(sentence)
    for trigger in kind_hits(sentence, "trigger"):
        if trigger.term.kind != "trigger" or any(c.start <= trigger.start < c.end for c in counts):
            continue
        if ctx.lexicon.triggers[trigger.term.index].event_type != "arrest":
            continue
        number = _plural_count_right_before(ctx, numbers, trigger.start)
        # "Los otros dos detenidos": "otros dos" counted them already
        if number is not None and not any(c.start <= number.start < c.end for c in counts):
            role = _count_role(sentence, number.start, number.end)
            found.append(
                PersonCount(int(number.value), number.qualifier, role, number.start, trigger.end)
            )
    return found


_AGE_ADJECTIVE = re.compile(r"\d{1,3}-\w+(?:-\w+)?$")  # "19-year-old", "34-jährige"


def _relations(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "their 19-year-old nephew", "his assistant", "son apprenti", "su cuñado", "the actor's
    former driver": a singular `relation_nouns` noun after a possessive or a genitive is one
    person (an age adjective or a hedge word may stand between)."""
    possessives = ctx.compiled.possessives
    if not possessives:
        return []
    hedges = ctx.compiled.hedge_words
    found: list[PersonCount] = []
    for noun in _roles_in(sentence, "relation_nouns"):
        if word_end(ctx.text, noun.end) != noun.end or any(
            c.start <= noun.start < c.end for c in counts
        ):
            continue
        words = ctx.text[max(sentence.start, noun.start - 40) : noun.start].split()
        while words and (_AGE_ADJECTIVE.fullmatch(words[-1]) or words[-1] in hedges):
            words.pop()
        if not words or not (
            words[-1] in possessives or words[-1].endswith(ctx.compiled.genitive_endings)
        ):
            continue  # "his assistant", "the actor's former driver"
        start = ctx.text.rfind(words[-1], sentence.start, noun.start)
        found.append(PersonCount(1, "exact", "single", start, noun.end))
    return found


def _joined_bare_demonyms(
    ctx: ArticleContext, sentence: Sentence, demonyms: list[Match], counts: list[PersonCount]
) -> list[PersonCount]:
    """ "ثلاثة لبنانيين وسوري وفلسطيني": in a language without an indefinite article, a
    singular demonym (no dual or plural ending) glued to "and" right after a counted person,
    or after another such demonym, is one more person."""
    endings = ctx.compiled.number_endings
    if not endings:
        return []
    found: list[PersonCount] = []
    ends = [c.end for c in counts]
    for demonym in demonyms:
        if any(c.start <= demonym.start < c.end for c in counts):
            continue
        end = word_end(ctx.text, demonym.end)
        if end != demonym.end or ctx.text[demonym.start : end].endswith(endings):
            continue  # a suffix or a plural ending: no single person
        if not any(_and_between(ctx, e, demonym.start) and e < demonym.start for e in ends):
            continue
        found.append(PersonCount(1, "exact", "single", demonym.start, demonym.end))
        ends.append(demonym.end)
    return found


def _after_partitive_lead(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "Of the eleven arrested, nine men and two women, seven were charged": a sentence that
    opens on a partitive and a number speaks of a subset of a group counted before; only the
    counts of the clause after the group (and its breakdown) are this sentence's persons."""
    leads = ctx.compiled.partitive_leads
    if not leads or not counts:
        return counts
    text = ctx.sentence_text(sentence)
    head = text.lstrip(" \"'«“—-")
    offset = sentence.start + len(text) - len(head)
    lead = next((w for w in sorted(leads, key=len, reverse=True) if head.startswith(w + " ")), None)
    if lead is None:
        return counts
    after_lead = offset + len(lead) + 1
    group = next(
        (n for n in ctx.numbers(sentence) if 0 <= n.start - after_lead <= 1 and n.value > 1), None
    )
    if group is None:
        return counts
    ordered = sorted(counts, key=lambda c: c.start)
    # Commas right before a count: where the group's breakdown or the main clause begins.
    starts: list[int] = []
    for position in range(group.end, sentence.end):
        if ctx.text[position] in ",،":
            following = next((c for c in ordered if c.start > position), None)
            if following is not None and not ctx.gap(position + 1, following.start).strip():
                starts.append(position)
    for index, comma in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else sentence.end
        clause = [c for c in ordered if comma < c.start < end]
        if index + 1 < len(starts) and sum(c.value for c in clause) == group.value:
            continue  # "nine men and two women": the eleven broken down
        return [c for c in counts if c.start > comma]
    return counts


def _and_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """Only "and" between two persons (or a clitic "and" glued to the word whose hit starts
    after it: Arabic "ومقيم")."""
    if end <= start or end - start > 8:
        return False
    gap = ctx.text[start:end].split()
    if gap == [] and ctx.text.startswith(ctx.compiled.and_prefixes, end):
        return True
    return len(gap) == 1 and gap[0] in ctx.compiled.and_words


def _and_possessive_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """ "a man and his two sons", "un homme et ses deux fils", "un hombre y a sus dos hijos":
    "and", a personal "a" and a possessive between one person and a counted group."""
    if end <= start or end - start > 20:
        return False
    gap = ctx.text[start:end].split()
    return (
        2 <= len(gap) <= 3
        and gap[0] in ctx.compiled.and_words
        and gap[-1] in ctx.compiled.possessives
        and (len(gap) == 2 or ctx.compiled.personal_a.match(f" {gap[1]} x") is not None)
    )


def _complement_then_and(ctx: ArticleContext, start: int, end: int) -> bool:
    """ "al cabecilla de la red y a tres de sus colaboradores", "زعيم العصابة وثلاثة": one
    person (or an age: "un hombre de 45 años y a su sobrino"), a short complement (the
    language's "of" and up to three words, or one word with the article prefix), then
    "and" (and a personal "a") before a counted group or one more person."""
    if end <= start or end - start > 40:
        return False
    gap = ctx.text[start:end].split()
    if gap and ctx.compiled.personal_a.match(f" {gap[-1]} x") is not None:
        gap = gap[:-1]
    if len(gap) < 2 or gap[-1] not in ctx.compiled.and_words:
        return False
    complement = gap[:-1]
    if any(not (word.isalpha() or (word.isdigit() and len(word) <= 3)) for word in complement):
        return False  # words, or an age: "un Marseillais de 28 ans et son complice"
    if complement[0] in numbers_module.link_words(ctx.language):
        return len(complement) <= 4
    articles = ctx.compiled.article_prefixes
    return len(complement) == 1 and bool(articles) and complement[0].startswith(articles)


def _complement_and_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """ "Un couple de retraités et leur fils": the group's complement ("de" and one word),
    then "and", before one more person."""
    if end <= start or end - start > 40:
        return False
    gap = ctx.text[start:end].split()
    return (
        len(gap) == 3
        and gap[0] in numbers_module.link_words(ctx.language)
        and gap[1].isalpha()
        and gap[2] in ctx.compiled.and_words
    )


_LIST_GAP = re.compile(r"^[\s,،;]*(?:[^\W\d_]+\s*)?$")


def _not_durations(
    ctx: ArticleContext, sentence: Sentence, numbers: list[NumberMention]
) -> list[NumberMention]:
    """Numbers that count something: "ستة أعوام", "six years", "18 mois" are terms."""
    units = [m.start for m in kind_hits(sentence, "sentence_unit")]
    if not units:
        return numbers
    articles = ctx.compiled.article_prefixes
    return [
        n
        for n in numbers
        if not any(0 <= start - n.end <= 2 and not ctx.gap(n.end, start).strip() for start in units)
        # "المتهمين الأربعة يوم الأربعاء": a number with the article is no term
        or (articles and ctx.text[max(0, n.start - 4) : n.start].endswith(articles))
    ]


def _listed_elsewhere(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "12 personas en Madrid, 15 en Barcelona y 7 en Valencia", "12 people in London, 5 in
    Leeds": bare numbers listed after a counted group, each before the same place word as
    it, count more persons of the same kind."""
    plain = [c for c in counts if c.role == "plain"]
    if not plain:
        return []
    numbers = _listed_items(ctx, sentence)
    real = {(n.start, n.end) for n in ctx.numbers(sentence)}
    ones = {(n.start, n.end) for n in numbers} - real
    found: list[PersonCount] = []
    for first in plain:
        link = ctx.text[first.end : first.end + 12].split()
        if not link or not link[0].isalpha():
            continue
        preposition = link[0]  # "en", "in", "à", "في"
        previous_end = first.end
        for number in numbers:
            if number.start < previous_end or number.is_year_like:
                continue
            if not float(number.value).is_integer() or not 0 < number.value < 100_000:
                break
            after = ctx.text[number.end : number.end + len(preposition) + 2].split()
            gap = ctx.gap(previous_end, number.start)
            # the gap holds the place of the previous item and a comma or "and"
            head, _, tail = gap.rpartition(",")
            joint = tail if head else gap
            words = joint.split()
            if words and ctx.compiled.personal_a.match(f" {words[-1]} x") is not None:
                words = words[:-1]  # "y a una en Toledo"
            joined = "," in gap or "،" in gap or gap.endswith(ctx.compiled.and_prefixes)  # و5 في
            joined = joined or bool(words and words[-1] in ctx.compiled.and_words)
            synthetic = (number.start, number.end) in ones
            if synthetic and not _place_follows(ctx, sentence, number.end, preposition):
                continue  # an article or a single noun of something else
            if not after or after[0] != preposition or not joined:
                break
            if len(gap) > 40 or any(ch.isdigit() for ch in gap):
                break
            found.append(
                PersonCount(int(number.value), number.qualifier, "plain", number.start, number.end)
            )
            previous_end = number.end
    return found


def _place_follows(ctx: ArticleContext, sentence: Sentence, end: int, preposition: str) -> bool:
    """The preposition, then a known place or country, right after ``end``."""
    after = ctx.text[end : end + len(preposition) + 3]
    if after.split()[:1] != [preposition]:
        return False
    start = end + after.index(preposition) + len(preposition)
    return any(
        m.term.kind in ("place", "country") and 0 <= m.start - start <= 2 for m in sentence.matches
    )


def _listed_items(ctx: ArticleContext, sentence: Sentence) -> list[NumberMention]:
    """The sentence's numbers, with each lone `one_words` word ("une", "una") and each
    single-person noun ("وشخصا") read as one: a place list may count one person ("quatre
    personnes à Lille et une à Roubaix")."""
    numbers = list(ctx.numbers(sentence))
    ones = ctx.compiled.one_words
    for word in _WORD_AT.finditer(ctx.text, sentence.start, sentence.end):
        if word.group() in ones and not any(n.start <= word.start() < n.end for n in numbers):
            numbers.append(NumberMention(1.0, word.start(), word.end(), "exact", True))
    for single in _roles_in(sentence, "single_person_nouns"):
        if not any(n.start <= single.start < n.end for n in numbers):
            numbers.append(NumberMention(1.0, single.start, single.end, "exact", True))
    return sorted(numbers, key=lambda n: n.start)


def _apposition_parts(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "The four accused, three men from Brampton and a woman from Milton": counts right
    after a counted group and a comma break it down; the group's count stands."""
    ordered = sorted(counts, key=lambda c: c.start)
    for index, group in enumerate(ordered[:-1]):
        if group.role != "plain":
            continue
        following = ordered[index + 1]
        gap = ctx.gap(group.end, following.start)
        if following.value > group.value or not (
            gap.strip() in (",", "،", "(", ":", "-")
            or _verb_then_colon(gap)
            or _qualified_then_break(ctx, sentence, group.end, following.start)
        ):
            continue
        # The breakdown ends where an action is told after it ("- deux Comoriens et un
        # Tanzanien - ont été arrêtés ..., ainsi qu'un agent": the agent is no part of it).
        verb = next(
            (t.start for t in kind_hits(sentence, "trigger") if t.start > following.start),
            sentence.end,
        )
        rest = [c for c in ordered[index + 1 :] if c.role in ("plain", "single") and c.end <= verb]
        total = sum(c.value for c in rest)
        # After a colon or a dash the list is the group's, even when a part of it is no
        # person noun the lexicon knows ("un double national"): it may fall short.
        listed = gap.rstrip().endswith((":", "-")) and total <= group.value
        if any(c.role == "plain" for c in rest) and (total == group.value or listed):
            parts = {id(c) for c in rest}
            return [
                PersonCount(c.value, c.qualifier, "part", c.start, c.end) if id(c) in parts else c
                for c in counts
            ]
    return counts


_COLON_REACH = 50  # "Siete personas fueron aprehendidas: cuatro bolivianos, ..."
_BREAKS = (",", "،", "(", ":", "-")


def _qualified_then_break(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> bool:
    """Between a group and its breakdown: words that qualify the group, then a comma, a dash
    or a colon ("cinq hommes âgés de 22 à 35 ans - trois Albanais, ..."), and maybe a
    `breakdown_leads` word ("، وهم ثلاثة لبنانيين وسوري", ", namely two ..."); no action
    between."""
    gap = ctx.text[start:end].rstrip()
    words = gap.split()
    if words and words[-1] in ctx.compiled.breakdown_leads:
        gap = gap[: len(gap) - len(words[-1])].rstrip()
    elif len(words) >= 2 and " ".join(words[-2:]) in ctx.compiled.breakdown_leads:
        gap = gap[: gap.rfind(words[-2])].rstrip()
    if not gap.endswith(_BREAKS) or len(gap) > _COLON_REACH:
        return False
    return not any(m.term.kind == "trigger" and start <= m.start < end for m in sentence.matches)


def _verb_then_colon(gap: str) -> bool:
    """A few words (the group's own verb) then a colon or a dash: what follows lists the
    group ("Les quatre personnes interpellées – deux Italiens, un Suisse et ...")."""
    words = gap.rstrip()
    return (
        words.endswith((":", "-"))
        and len(words) <= _COLON_REACH
        and _ONLY_LETTERS_AND_SPACE.fullmatch(words[:-1].strip()) is not None
    )


_DUAL_REACH = 60  # a dual pronoun this far after the noun speaks of it (لترويجهما)


def _read_as_dual(ctx: ArticleContext, sentence: Sentence, noun: Match) -> bool:
    """A noun whose ending is both the dual and the plural once harakat are gone
    ("القبض على مواطنين ومقيم", "مقيمين ... لترويجهما") is two persons when one more person
    is joined to it by "and" (indefinite only) or the clause then speaks of two (a dual
    pronoun: "المتهمين ... بحقهما")."""
    endings = ctx.compiled.dual_plural_endings
    if not endings:
        return False
    end = word_end(ctx.text, noun.end)
    word_start = noun.start
    while word_start > sentence.start and ctx.text[word_start - 1].isalpha():
        word_start -= 1
    word = ctx.text[word_start:end]
    if not word.endswith(endings):
        return False
    marked = ctx.compiled.dual_marked_endings
    if marked and ctx.original_text(word_start, end).endswith(marked):
        # مقيمَيْن، شريكَين: the harakat tell the dual from the plural; one agreeing with a
        # marked dual just before it is that noun's adjective ("متهمَيْن آخرَيْن")
        before = ctx.text[sentence.start : word_start].rstrip()
        previous_start = len(before)
        while previous_start > 0 and before[previous_start - 1].isalpha():
            previous_start -= 1
        previous = ctx.original_text(sentence.start + previous_start, sentence.start + len(before))
        return not (len(before) < word_start - sentence.start and previous.endswith(marked))
    # A definite one (المتهمين) is the known, mostly plural group: only a dual pronoun after
    # it ("المتهمين ... بحقهما") makes it two.
    definite = any(
        article in ctx.text[word_start : noun.start + len(article)]
        for article in ctx.compiled.article_prefixes
    )
    for m in sentence.matches:
        if definite or m.start < end or m.start - end > 3:
            continue
        if _is_person_noun(m) and _and_between(ctx, end, m.start):
            return True  # مواطنين ومقيم
    tail = ctx.text[end : min(sentence.end, end + _DUAL_REACH)]
    duals = ctx.compiled.dual_person_suffixes
    for raw in tail.split():
        token = raw.strip(".,،;:()«»\"'")
        if any(token.endswith(d) and len(token) > len(d) + 1 for d in duals):
            return True
        if any(token == d or _with_and_prefix(ctx, token, d) for d in duals if len(d) > 2):
            return True  # the pronoun itself: "وهما من جنسية عربية"
        if any(_is_person_noun(m) for m in sentence.matches if end < m.start < end + len(tail)):
            break
    return False


def _with_and_prefix(ctx: ArticleContext, token: str, word: str) -> bool:
    """``token`` is ``word`` with a clitic "and" on it ("وهما")."""
    return any(token == prefix + word for prefix in ctx.compiled.and_prefixes)


def _is_person_noun(m: Match) -> bool:
    return m.term.kind == "role" and m.term.key in (
        "person_nouns",
        "single_person_nouns",
        "dual_person_nouns",
    )


_GLUED_AGE = re.compile(r"(?:^|\s)(?:(?P<article>\w+)\s+)?\d{1,3}-$")


def _glued_age_start(ctx: ArticleContext, sentence: Sentence, start: int) -> int:
    """ "a 34-year-old man": a single-person phrase glued to an age starts at the age, or at
    the indefinite article before it."""
    head = ctx.text[max(sentence.start, start - 12) : start]
    found = _GLUED_AGE.search(head)
    if found is None:
        return start
    article = found.group("article")
    if article is not None and article in numbers_module.indefinite_articles(ctx.language):
        return start - len(head) + found.start("article")
    return start - len(head) + found.end() - len(found.group().lstrip().split()[-1])


COMPLEMENT_WORDS = 5  # "tres hombres de nacionalidad ecuatoriana y un colombiano"


def _person_link_between(
    ctx: ArticleContext, sentence: Sentence, start: int, end: int, complement: bool = False
) -> bool:
    """A `person_links` phrase ("as well as", "ainsi qu'", "y a", "فضلا عن") between two
    persons; with ``complement``, after a few words that qualify the first ("tres hombres de
    nacionalidad ecuatoriana y un colombiano"): no digit, comma or action among them."""
    links = ctx.compiled.person_links
    if end <= start or end - start > 60 or not links:
        return False
    words = ctx.text[start:end].split()
    for size in (3, 2, 1):
        if len(words) < size or " ".join(words[-size:]) not in links:
            continue
        rest = words[:-size]
        if not rest:
            return True
        if not complement or len(rest) > COMPLEMENT_WORDS:
            return False
        if not all(_ONLY_LETTERS_AND_SPACE.fullmatch(w) or _AGE_NUMBER.fullmatch(w) for w in rest):
            return False  # words, and an age ("un homme de 32 ans et sa compagne")
        return not any(
            m.term.kind in _NOT_A_QUALIFIER
            and start <= m.start < end
            and not _age_unit(ctx, sentence, m)
            for m in sentence.matches
        )
    return False


def _age_unit(ctx: ArticleContext, sentence: Sentence, unit: Match) -> bool:
    """A year unit that tells an age ("un homme de 32 ans"), not a term."""
    if unit.term.kind != "sentence_unit":
        return False
    number = next(
        (n for n in ctx.numbers(sentence) if n.end <= unit.start and unit.start - n.end <= 3),
        None,
    )
    return number is not None and _is_age(ctx, sentence, number, unit)


# Hits that end a group's qualifier: an action, or a term ("à dix ans de prison et ...").
_NOT_A_QUALIFIER = frozenset({"trigger", "sentence_unit", "sentence_kind"})


def _join_added_singles(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "Les trois voyageurs ont été arrêtés à l'embarquement, ainsi qu'un agent des douanes":
    one more person added after a comma by a `person_links` phrase of several words ("as well
    as", "así como a") joins the last counted group before it, however far."""
    links = [link for link in ctx.compiled.person_links if " " in link or "'" in link]
    if not links:
        return counts
    result = list(counts)
    for single in [c for c in counts if c.role == "single" and c.value == 1]:
        head = " ".join(ctx.text[max(sentence.start, single.start - 30) : single.start].split())
        if not any(head.endswith(("," + " " + link, "," + link)) for link in links):
            continue
        groups = [c for c in result if c.role == "plain" and c.end <= single.start]
        if not groups:
            continue
        group = max(groups, key=lambda c: c.end)
        result = [c for c in result if c is not group and c is not single]
        result.append(
            PersonCount(group.value + 1, group.qualifier, "plain", group.start, single.end)
        )
    return result


_AGE_NUMBER = re.compile(r"\d{1,3}")


def _join_singles_to_counts(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "three men and a woman", "مقيمين اثنين ومواطن": one more person joined by "and" to a
    counted group adds one to its count; also after words that qualify the group ("tres
    hombres de nacionalidad ecuatoriana y un colombiano") or by a `person_links` phrase
    ("ainsi qu'un agent des douanes")."""
    singles = [c for c in counts if c.role == "single" and c.value == 1]
    if not singles:
        return counts
    joined: set[int] = set()
    result: list[PersonCount] = []
    for plain in counts:
        if plain.role != "plain":
            continue
        count = plain
        for single in singles if not plain.joined else []:
            if id(single) in joined:
                continue
            if (
                _and_between(ctx, count.end, single.start)
                or _and_between(ctx, single.end, count.start)
                or _complement_and_between(ctx, count.end, single.start)
                or _person_link_between(ctx, sentence, count.end, single.start, complement=True)
                or _person_link_between(ctx, sentence, single.end, count.start)
                or _and_possessive_between(ctx, single.end, count.start)
                or _complement_then_and(ctx, single.end, count.start)
            ):
                joined.add(id(single))
                count = PersonCount(
                    count.value + 1,
                    count.qualifier,
                    "plain",
                    min(count.start, single.start),
                    max(count.end, single.end),
                )
        result.append(count)
    if not joined:
        return counts
    return [c for c in counts if c.role != "plain" and id(c) not in joined] + result


def _name_joined_to_counts(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "Rangel and three crew members were detained", "he and two others": a personal name
    or a subject pronoun joined by "and" to a counted group is one more person."""
    result: list[PersonCount] = []
    changed = False
    for count in counts:
        if count.role != "plain" or count.joined:
            result.append(count)  # "John Carter and three other men": counted with them
            continue
        head = ctx.cased[max(sentence.start, count.start - 40) : count.start]
        found = ctx.compiled.name_and.search(head)
        if (
            found is None
            or found.group("and") not in ctx.compiled.and_words
            or found.group("name") in ctx.compiled.not_names
        ):
            result.append(count)
            continue
        start = count.start - len(head) + found.start("name")
        if any(
            m.start < count.start and start < m.end and m.term.kind != "trigger"
            for m in sentence.matches
            if m.end <= count.start
        ) or any(c.role == "single" and c.start <= start < c.end for c in counts):
            result.append(count)  # a place, agency or known noun; or a name counted already
            continue
        changed = True
        result.append(PersonCount(count.value + 1, count.qualifier, "plain", start, count.end))
    return result if changed else counts


def _join_listed_singles(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "the driver and his passenger": persons named one by one and joined by "and" are
    counted together."""
    singles = sorted((c for c in counts if c.role == "single"), key=lambda c: c.start)
    if len(singles) < 2:
        return counts
    joined: list[PersonCount] = []
    for count in singles:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and ctx.text[previous.end : count.start].strip() == ","
            and count.value == previous.value == 1
        ):
            # "The driver, a 45-year-old mechanic, ...": the apposition is the same person
            joined[-1] = replace(previous, end=count.end)
            continue
        if previous is not None and (
            (
                _apposition_rest_and(ctx, previous.end, count.start)
                and not any(
                    m.term.kind == "trigger" and previous.end <= m.start < count.start
                    for m in sentence.matches
                )
            )
            or _and_between(ctx, previous.end, count.start)
            or _apposition_and_between(ctx, previous.end, count.start)
            or _incise_and_between(ctx, previous.end, count.start)
            or _person_link_between(ctx, sentence, previous.end, count.start, complement=True)
            or _complement_then_and(ctx, previous.end, count.start)
        ):
            joined[-1] = PersonCount(
                previous.value + count.value, "exact", "single", previous.start, count.end
            )
        else:
            joined.append(count)
    return [c for c in counts if c.role != "single"] + joined


APPOSITION_REST_WORDS = 5  # "a 45-year-old mechanic from Leeds, and"


def _apposition_rest_and(ctx: ArticleContext, start: int, end: int) -> bool:
    """The rest of a person's phrase or apposition (a few words, no digit), a comma, then
    "and": "... a 45-year-old mechanic from Leeds, and a 33-year-old ..."."""
    gap = ctx.text[start:end].strip()
    rest, comma, link = gap.rpartition(",")
    words = rest.split()
    return (
        bool(comma)
        and link.strip() in ctx.compiled.and_words
        and len(words) <= APPOSITION_REST_WORDS
        and all(_ONLY_LETTERS_AND_SPACE.fullmatch(w) for w in words)
    )


def _apposition_and_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """An age or an alias set off by commas after a name, then "and": "Vera, 39, and his
    partner", "Vera, alias «Cachete», and his partner", "Vera, alias El Gordo, y su pareja"."""
    if end <= start or end - start > 50:
        return False
    found = ctx.compiled.apposition_and.fullmatch(ctx.text, start, end)
    return found is not None and found.group("and") in ctx.compiled.and_words


INCISE_WORDS = 4  # "Le chauffeur, de nationalité malienne, et son apprenti"


def _incise_and_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """A few words set off by commas after the first person, then "and": "Le chauffeur, de
    nationalité malienne, et son apprenti" (no digit, no other punctuation)."""
    if end <= start or end - start > 50:
        return False
    gap = ctx.text[start:end].strip()
    if not gap.startswith(",") or gap.count(",") != 2:
        return False
    incise, _, link = gap[1:].partition(",")
    words = incise.split()
    return (
        0 < len(words) <= INCISE_WORDS
        and all(_ONLY_LETTERS_AND_SPACE.fullmatch(w) for w in words)
        and link.strip() in ctx.compiled.and_words
    )


def _ordinal_after(ctx: ArticleContext, noun: Match) -> int | None:
    """End of an ordinal adjective right after a person noun ("متهم ثالث"), or None."""
    ordinals = ctx.compiled.ordinal_words
    if not ordinals:
        return None
    end = word_end(ctx.text, noun.end)
    if end - noun.start > len(ctx.text[noun.start : noun.end]) + 1:
        return None  # a plural or suffixed form (متهمين): not one person
    following = ctx.text[end : end + 12].split()
    if not following:
        return None
    word = following[0].strip(".,،;:")
    return end + 1 + len(word) if word in ordinals else None


def _single_determiner(ctx: ArticleContext, sentence: Sentence, noun: Match) -> int | None:
    """Start of "un", "una sola", "a single" right before a person noun, or None."""
    if not ctx.compiled.single_determiners:
        return None
    return phrase_before(ctx, sentence, noun.start, ctx.compiled.single_determiners)


def _others_besides_one(
    ctx: ArticleContext, number: NumberMention, noun: Match
) -> Literal["joined", "told", ""]:
    """ "junto a otras once personas", "and three other men": the count leaves out the
    person the sentence names and joins to them ("joined"); "fueron detenidos otros cuatro
    integrantes": persons besides those told before ("told"); "" when no "other" word."""
    others = ctx.compiled.other_words
    if not others:
        return ""
    before = ctx.text[max(0, number.start - 30) : number.start].split()
    after = ctx.gap(number.end, noun.start).split()
    links = ctx.compiled.person_links
    if before and before[-1] in others:
        if before[-1] in links:
            return "joined"  # "رفقة ثلاثة من شركائه": the other word is the link
        before = before[:-1]  # "junto a otras once personas"
    elif not any(w in others for w in after):
        return ""  # "three men"
    if any(" ".join(before[-size:]) in links for size in (1, 2, 3)):
        return "joined"
    return "told"


def _defendant_named_before(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> int:
    """ "Villalba pleaded guilty", "He admitted", "Patel received eight years": the subject
    of a conviction or of a verb that takes a term is the defendant, so a name or a singular
    pronoun right before it is one person; names listed before that name ("Ledezma and
    Rios pleaded guilty") count each. How many persons (0: no such subject)."""
    spec = ctx.lexicon.triggers[trigger.term.index]
    if spec.event_type != "conviction" and spec.object != "term":
        return 0
    head = ctx.cased[max(sentence.start, trigger.start - 30) : trigger.start]
    found = ctx.compiled.subject_name.search(head)
    if found is None:
        return 0
    word = found.group(1)
    if word in ctx.compiled.not_names or word.lower() in ctx.compiled.plural_pronouns:
        return 0  # "They each received": a plural pronoun, no name
    start = trigger.start - len(head) + found.start(1)
    if any(
        m.term.kind in ("agency", "country", "place", "organization", "demonym")
        and m.start <= start < m.end
        and not is_generated_town(ctx, m)
        for m in sentence.matches
    ):
        return 0
    names = 1
    while (
        previous := _previous_listed_name(ctx, sentence, start)
        or _previous_listed_surname(ctx, sentence, start)
    ) is not None:
        names, start = names + 1, previous
    return names


def _subject_counts(
    ctx: ArticleContext, sentence: Sentence, found: list[PersonCount]
) -> list[PersonCount]:
    """The subject of a passive person-type trigger: one person after a singular auxiliary
    ("he was charged", "fue detenido", "il a été extradé"), a bare number before a plural
    one ("all six were arrested", "les trois ont été mis en examen")."""
    singular = ctx.compiled.singular_auxiliaries
    plural = ctx.compiled.plural_auxiliaries
    if not singular and not plural and not ctx.compiled.singular_subject_triggers:
        return []
    counts: list[PersonCount] = []
    for trigger in kind_hits(sentence, "trigger"):  # the sentence's hits indexed by kind
        if trigger.term.kind != "trigger":
            continue
        if ctx.lexicon.triggers[trigger.term.index].event_type not in _PERSON_EVENT_TYPES:
            continue
        if any(c.start <= trigger.start <= c.end for c in found):
            continue  # "Harjit Sandhu, 27, was charged": the name already counts
        positions = [trigger.start]
        adverb = previous_word_start(ctx, sentence, trigger.start)
        if adverb is not None:
            positions.append(adverb)
            first = _coordinated_verb_start(ctx, sentence, adverb, trigger.start)
            if first is not None:  # "il avait été localisé puis arrêté"
                positions.append(first)
            # "was acquitted of all charges and released": the auxiliary further back
            further = coordinated_auxiliary_start(ctx, sentence, trigger.start)
            if further is not None and further not in positions:
                positions.append(further)
        pronouns = ctx.compiled.singular_object_pronouns
        if pronouns and _pronoun_before(ctx, sentence, trigger, pronouns):
            counts.append(PersonCount(1, "exact", "single", trigger.start, trigger.end))
            continue
        if _singular_subject_trigger(ctx, sentence, trigger):
            # "se declaró culpable", "a plaidé coupable": a singular verb whose subject is
            # the defendant
            counts.append(PersonCount(1, "exact", "single", trigger.start, trigger.end))
            continue
        if names := _defendant_named_before(ctx, sentence, trigger):
            counts.append(PersonCount(names, "exact", "single", trigger.start, trigger.end))
            continue
        if _starts_with(ctx, trigger, singular):  # "quedó en libertad": the auxiliary opens it
            if not _collective_subject(ctx, sentence, trigger.start):
                counts.append(PersonCount(1, "exact", "single", trigger.start, trigger.end))
            continue
        if (split := _split_auxiliary_before(ctx, sentence, trigger.start, singular)) is not None:
            # "she has since been released", "il avait quant à lui été arrêté"
            if not _collective_subject(ctx, sentence, split):
                counts.append(PersonCount(1, "exact", "single", trigger.start, trigger.end))
            continue
        for position in positions:
            if (single := phrase_before(ctx, sentence, position, singular)) is not None:
                if not _collective_subject(ctx, sentence, single):
                    counts.append(PersonCount(1, "exact", "single", trigger.start, trigger.end))
                break
            aux = phrase_before(ctx, sentence, position, plural)
            if aux is None and position == trigger.start and _starts_with(ctx, trigger, plural):
                aux = trigger.start  # the trigger holds its auxiliary: "three were charged"
            if aux is not None:
                number = next(
                    (
                        n
                        for n in ctx.numbers(sentence)
                        if n.end <= aux
                        # "Los otros dos quedaron en libertad": a count already read
                        and not any(c.start <= n.start < c.end for c in found)
                        and (
                            not ctx.gap(n.end, aux).strip()
                            or _relative_part(ctx, sentence, n, aux)
                            or ctx.gap(n.end, aux).strip() in ctx.compiled.other_words
                        )
                        and float(n.value).is_integer()
                        and n.value > 1
                        and not _in_age_list(ctx, sentence, n)
                    ),
                    None,
                )
                if number is not None:
                    # "four of whom were released": a part of the group counted before; as a
                    # part it never adds to that group's own action. "Two more were
                    # detained": more persons besides those told before.
                    between = ctx.gap(number.end, aux).strip()
                    more = between in ctx.compiled.other_words
                    role: CountRole = "part" if between and not more else "plain"
                    counts.append(
                        PersonCount(
                            int(number.value),
                            number.qualifier,
                            role,
                            number.start,
                            trigger.end,
                            besides=more,
                        )
                    )
                elif (
                    pair := phrase_before(ctx, sentence, aux, ctx.compiled.dual_pronouns)
                ) is not None:
                    # "Ambos quedaron en libertad", "both were charged": two persons
                    counts.append(PersonCount(2, "exact", "plain", pair, trigger.end))
                elif (
                    not found
                    and (subject := _counted_subject(ctx, sentence, aux, trigger)) is not None
                ):
                    counts.append(subject)
                break
    # Two trigger phrases of one verb ("quedaron en libertad con cargos") read one subject.
    starts: set[int] = set()
    unique: list[PersonCount] = []
    for count in counts:
        if count.role == "single" or count.start not in starts:
            unique.append(count)
            starts.add(count.start)
    return unique


SPLIT_AUXILIARY_WORDS = 3  # "has since been", "avait quant à lui été"


@cache
def _split_auxiliary_pattern(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """A two-part auxiliary ("has been", "a été") with up to three words between its parts,
    right at the end of the text searched."""
    parts = sorted((p.rsplit(" ", 1) for p in phrases if " " in p), key=lambda x: -len(x[0] + x[1]))
    if not parts:
        return None
    alternatives = "|".join(
        rf"{re.escape(first)}(?:\s+[^\W\d]+){{1,{SPLIT_AUXILIARY_WORDS}}}\s+{re.escape(last)}"
        for first, last in parts
    )
    return re.compile(rf"(?<!\w)(?:{alternatives})\s*$", re.IGNORECASE)


def _split_auxiliary_before(
    ctx: ArticleContext, sentence: Sentence, position: int, phrases: frozenset[str]
) -> int | None:
    """The start of a two-part auxiliary of ``phrases`` split by an adverb right before
    ``position`` ("has since been released", "avait ensuite été extradé"), or None."""
    pattern = _split_auxiliary_pattern(phrases)
    if pattern is None:
        return None
    found = pattern.search(ctx.text, max(sentence.start, position - 60), position)
    if found is None:
        return None
    inner = ctx.text[found.start() : found.end()].split()[1:-1]
    if any(w in ctx.compiled.auxiliaries or w.lower() in phrases for w in inner):
        return None  # a whole auxiliary already between the parts
    return found.start()


def _in_age_list(ctx: ArticleContext, sentence: Sentence, number: NumberMention) -> bool:
    """ "Three men aged 21, 25 and 30 were arrested": the number is the last age of a list."""
    pattern = ctx.compiled.age_list
    if pattern is None:
        return False
    return any(
        found.start("ages") <= number.start < found.end("ages")
        for found in pattern.finditer(ctx.text, sentence.start, sentence.end)
    )


PATIENT_WORDS = 5  # "an alleged financial operator": the words read of the object phrase
PATIENT_SKIP = 3  # dates, agencies and agent nouns between a verb and its object (VSO)
_TOKEN = re.compile(r"\S+")
_PUNCTUATION = '.,;:!?()"«»“”،؛'


def _single_patients(
    ctx: ArticleContext, sentence: Sentence, found: list[PersonCount]
) -> list[PersonCount]:
    """The patient of an active person-type trigger written as one person: a singular
    determiner and a noun phrase ("sentenced the former mayor", "a extradé un présumé
    opérateur", "condenó al exalcalde", "أفرج عن المدير العام"). One person, told last
    (role `single`), unless the sentence counts persons there already."""
    compiled = ctx.compiled
    if not (compiled.object_ends or compiled.object_prepositions):
        return found
    counts: list[PersonCount] = []
    for trigger in kind_hits(sentence, "trigger"):
        if trigger.term.kind != "trigger":
            continue
        if ctx.lexicon.triggers[trigger.term.index].event_type not in _PERSON_EVENT_TYPES:
            continue
        span = _patient_span(ctx, sentence, trigger) or _participle_noun(ctx, sentence, trigger)
        if span is None:
            continue
        if any(c.start < span[1] and span[0] < c.end for c in found + counts):
            continue
        counts.append(PersonCount(1, "exact", "single", span[0], span[1]))
        clause = _relative_clause(ctx, sentence, span[1])
        if clause is not None:  # "an operator accused of paying 12 couriers": not the patients
            found = [c for c in found if not (clause[0] <= c.start < clause[1])]
    return found + counts


RELATIVE_REACH = 60  # "an alleged operator of the Gulf Clan, who ..."


def _relative_clause(ctx: ArticleContext, sentence: Sentence, end: int) -> tuple[int, int] | None:
    """The clause a `relative_leads` word opens after a singular patient ("who", "accused",
    "que", "soupçonné"), up to the next comma, semicolon or the sentence end, or None."""
    leads = ctx.compiled.relative_leads
    if not leads:
        return None
    for token in _TOKEN.finditer(ctx.text, end, min(sentence.end, end + RELATIVE_REACH)):
        word = token.group().strip(_PUNCTUATION)
        if word in leads:
            tail = ctx.text[token.end() : sentence.end]
            stops = [i for i in (tail.find(","), tail.find(";"), tail.find("،")) if i >= 0]
            return token.start(), token.end() + (min(stops) if stops else len(tail))
    return None


def _patient_span(
    ctx: ArticleContext, sentence: Sentence, trigger: Match
) -> tuple[int, int] | None:
    """Where a singular object phrase of ``trigger`` stands, or None."""
    compiled = ctx.compiled
    text = ctx.text
    position = word_end(text, trigger.end)
    if text[trigger.end : position] in compiled.person_suffixes:
        return None  # اعتقاله، ضبطهم: the pronoun on the verb tells the persons
    if _passive(ctx, sentence, trigger):
        return None  # "was sentenced the same day": a passive's patient is its subject
    position = _after_subject(ctx, sentence, position)
    neutral = False
    determiner = None
    if phrase_before(ctx, sentence, trigger.start, compiled.definite_articles) is not None:
        determiner = compiled.noun_object_determiners.match(text, position, sentence.end)
    if determiner is None:
        determiner = compiled.object_determiners.match(text, position, sentence.end)
    if determiner is None:
        determiner = compiled.neutral_determiners.match(text, position, sentence.end)
        neutral = determiner is not None
    if determiner is not None:
        start = determiner.end()
    elif compiled.article_prefixes:
        start = position  # Arabic: the article is written on the noun (المدير)
    else:
        return None
    words = _patient_words(ctx, sentence, start, after_determiner=determiner is not None)
    if not words:
        return None  # a number or nothing after the determiner: counted otherwise
    if determiner is None:
        # Arabic: a definite head and the definite adjectives that agree with it
        words = _definite_run(ctx, words)
        if not words or _plural_pronoun_after(ctx, sentence, words[-1][1]):
            return None  # "المشتبه فيهم": the pronoun after the head is plural
    first, last = words[0], words[-1]
    if any(
        m.start < last[1]
        and first[0] < m.end
        and _not_a_person_hit(ctx, m)
        and (not _is_group(m) or m.start < first[1] or last[0] < m.end)
        # "a suspected drug dealer", "an arms trafficker": goods before the last word
        # qualify the head after them
        and (m.term.kind not in ("drug", "item") or last[0] < m.end or len(words) < 2)
        for m in sentence.matches
    ):
        return None  # a group noun only between ("a suspected mafia boss") qualifies the head
    for word_start, word_stop in (first, last):  # the head is first or last, never between
        word = text[word_start:word_stop]
        if word in compiled.not_person_heads or _bare(ctx, word) in compiled.not_person_heads:
            return None
    if neutral and _plural_noun(ctx, text[last[0] : last[1]]):
        return None
    if not _phrase_ends_alone(ctx, sentence, last[1]):
        return None
    return (determiner.start() if determiner is not None else first[0]), last[1]


def _participle_noun(
    ctx: ArticleContext, sentence: Sentence, trigger: Match
) -> tuple[int, int] | None:
    """A participle trigger right after a singular determiner is a noun for one person
    ("formalizó al imputado", "a un detenido"): its span, or None."""
    compiled = ctx.compiled
    text = ctx.text[trigger.start : trigger.end]
    if not compiled.bare_participle_is_passive:
        return None  # English "a convicted smuggler": the participle is an adjective
    if " " in text or not text.endswith(compiled.participle_endings):
        return None
    head = ctx.text[max(sentence.start, trigger.start - 12) : trigger.start].split()
    if not head or head[-1] not in compiled.object_determiner_words:
        return None
    return ctx.text.rfind(head[-1], sentence.start, trigger.start), trigger.end


def _passive(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """An auxiliary other than an active one right before the trigger (or at its start),
    one adverb allowed; or, where a bare participle is no active verb (fr, es), a participle
    trigger without an active auxiliary."""
    compiled = ctx.compiled
    positions = [trigger.start]
    adverb = previous_word_start(ctx, sentence, trigger.start)
    if adverb is not None:
        positions.append(adverb)
    trigger_text = ctx.text[trigger.start : trigger.end]
    active = compiled.active_auxiliaries
    if any(trigger_text.startswith(a + " ") for a in active):
        return any(trigger_text.startswith(a + " ") for a in compiled.auxiliaries - active)
    for position in positions:
        aux = phrase_before(ctx, sentence, position, compiled.auxiliaries | active)
        if aux is not None:
            return ctx.text[aux:position].strip() not in active
    if _starts_with(ctx, trigger, compiled.auxiliaries):
        return True
    return compiled.bare_participle_is_passive and any(
        word.endswith(compiled.participle_endings) for word in trigger_text.split()
    )  # "mises en examen": the participle may open the trigger


def _after_subject(ctx: ArticleContext, sentence: Sentence, position: int) -> int:
    """The position after dates, agencies, agent nouns ("أفرجت السلطات عن") and an object
    preposition (عن، على) right after a verb, where its object starts."""
    compiled = ctx.compiled
    dates = ctx.dates(sentence)
    for _ in range(PATIENT_SKIP + 1):
        while position < sentence.end and ctx.text[position] in " ,،":
            position = position + 1
        moved = next(
            (
                _subject_end(ctx, sentence, m.end)
                for m in sentence.matches
                if m.start == position
                and (
                    m.term.kind == "agency"
                    or (m.term.kind == "role" and m.term.key == "agent_nouns")
                )
            ),
            None,
        ) or next((d.end for d in dates if d.start == position), None)
        if moved is None:
            moved = _place_after(ctx, sentence, position)
        if moved is None:
            token = _TOKEN.match(ctx.text, position, sentence.end)
            if token is not None and token.group() in compiled.object_prepositions:
                moved = token.end()
        if moved is None:
            return position
        position = word_end(ctx.text, moved)
    return position


PLACE_LEAD_MAX = 2  # "to the United States", "a Estados Unidos", "vers les États-Unis"


def _place_after(ctx: ArticleContext, sentence: Sentence, position: int) -> int | None:
    """The end of a country or place told right after a verb with at most two short words
    before it ("extradited to the United States an alleged ...", "extraditó a Estados Unidos
    a un ..."): its object comes after it."""
    for m in sentence.matches:
        if m.start < position or m.term.kind not in ("country", "place"):
            continue
        lead = ctx.text[position : m.start].split()
        if len(lead) <= PLACE_LEAD_MAX and all(len(w) <= 4 and w.isalpha() for w in lead):
            return m.end
        return None
    return None


def _subject_end(ctx: ArticleContext, sentence: Sentence, end: int) -> int:
    """The end of a subject with the demonym that qualifies it ("السلطات الإماراتية")."""
    following = word_end(ctx.text, end)
    while following < sentence.end and ctx.text[following] == " ":
        following += 1
    demonym = next(
        (m for m in sentence.matches if m.start == following and m.term.kind == "demonym"), None
    )
    return demonym.end if demonym is not None else end


def _patient_words(
    ctx: ArticleContext, sentence: Sentence, start: int, after_determiner: bool = True
) -> list[tuple[int, int]]:
    """The words of a noun phrase from ``start``: up to a punctuation mark, an `object_ends`
    word or another trigger, at most PATIENT_WORDS; none when a number stands in it (a
    counted group: "the two men", "المشتبه فيهم السبعة")."""
    compiled = ctx.compiled
    numbers = ctx.numbers(sentence)
    words: list[tuple[int, int]] = []
    for token in _TOKEN.finditer(ctx.text, start, sentence.end):
        if len(words) == PATIENT_WORDS:
            break
        if any(n.start < token.end() and token.start() < n.end for n in numbers):
            return []
        if any(
            m.term.kind == "trigger" and m.start <= token.start() < m.end for m in sentence.matches
        ) and (
            words or not token.group().strip(_PUNCTUATION).endswith(compiled.participle_endings)
        ):
            break  # a participle right after the determiner is the noun: "al imputado"
        word = token.group()
        core = word.strip(_PUNCTUATION)
        if not core or not word.startswith(core[0]):
            break
        if core in compiled.object_ends and (words or not after_determiner):
            break  # an end word right after a determiner is an adjective: "a suspected smuggler"
        words.append((token.start(), token.start() + len(core)))
        if core != word:
            break  # a comma or a stop ends the phrase after this word
    return words


def _phrase_ends_alone(ctx: ArticleContext, sentence: Sentence, end: int) -> bool:
    """The object phrase is not the first of a list: no "and" or comma and another
    determiner after it ("a man and a woman", "the driver, the owner"); "and" before another
    action ("arrested a man and seized ...") ends it."""
    compiled = ctx.compiled
    tail = ctx.text[end : sentence.end]
    following = tail.split(maxsplit=2)
    if not following:
        return True
    word = following[0].strip(_PUNCTUATION)
    if tail.lstrip().startswith((",", "،")):
        after = tail.lstrip()[1:].split(maxsplit=1)
        return not after or after[0] not in compiled.object_determiner_words | compiled.and_words
    and_prefix = next(
        (p for p in compiled.and_prefixes if word.startswith(p) and len(word) > len(p) + 2), None
    )
    if word in compiled.and_words and len(following) > 1:
        at = end + tail.index(following[1])
    elif and_prefix is not None:
        at = end + tail.index(following[0]) + len(and_prefix)
    else:
        return True
    return any(m.term.kind == "trigger" and m.start <= at < m.end for m in sentence.matches)


def _not_a_person_hit(ctx: ArticleContext, m: Match) -> bool:
    """A hit that makes an object phrase no single person: a group, goods, a place (not a
    generated town: it may be a surname), an agency, a counted or plural person noun of
    another role."""
    kind = m.term.kind
    if is_generated_town(ctx, m):
        return False
    if kind in ("agency", "country", "place", "organization", "org_head"):
        return True
    if kind in ("item", "drug", "unit", "currency", "sentence_kind"):
        return True
    return kind == "role" and m.term.key in (
        "group_nouns",
        "agent_nouns",
        "premises",
        "generic_goods",
        "dual_person_nouns",
    )


def _is_group(m: Match) -> bool:
    return m.term.kind in ("organization", "org_head") or (
        m.term.kind == "role" and m.term.key == "group_nouns"
    )


def _bare(ctx: ArticleContext, word: str) -> str:
    """The word without a clitic prefix and its article (Arabic والمدير -> مدير)."""
    for prefix in sorted(ctx.compiled.prefixes, key=len, reverse=True):
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[len(prefix) :]
    return word


def _definite_run(ctx: ArticleContext, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The head noun with its article and no plural ending, and the words after it that
    carry the article too (its adjectives: "المدير العام الأسبق"); [] when the head is
    not so."""
    text = ctx.text
    if not _definite_singular(ctx, text[words[0][0] : words[0][1]]):
        return []
    run = [words[0]]
    for start, end in words[1:]:
        word = text[start:end]
        if not word.startswith(ctx.compiled.article_prefixes):
            break
        if word.endswith(ctx.compiled.number_endings):
            return []  # "المتهم الآخرين": a plural adjective
        run.append((start, end))
    return run


def _plural_pronoun_after(ctx: ArticleContext, sentence: Sentence, end: int) -> bool:
    """The word after the head carries a dual or plural person pronoun ("بهم", "فيهما")."""
    following = ctx.text[end : sentence.end].split(maxsplit=1)
    if not following:
        return False
    word = following[0].strip(_PUNCTUATION)
    plural = ctx.compiled.person_suffixes - ctx.compiled.single_person_suffixes
    return any(word.endswith(suffix) and len(word) > len(suffix) + 1 for suffix in plural)


def _definite_singular(ctx: ArticleContext, word: str) -> bool:
    """An Arabic noun with its article and no dual or plural ending (المدير, not
    المتهمين); one-letter proclitics (و ب ل) may come first."""
    compiled = ctx.compiled
    stem = word
    for _ in range(2):
        if stem.startswith(compiled.article_prefixes):
            break
        if len(stem) > 3 and stem[0] in compiled.prefixes:
            stem = stem[1:]
    if not stem.startswith(compiled.article_prefixes):
        return False
    return not stem.endswith(compiled.number_endings)


def _plural_noun(ctx: ArticleContext, word: str) -> bool:
    """A noun written as a plural: "smugglers", "men" (after a number-neutral "the")."""
    compiled = ctx.compiled
    if word in compiled.plural_nouns:
        return True
    return word.endswith(compiled.plural_noun_endings) and not word.endswith(
        compiled.not_plural_noun_endings
    )


def _pronoun_before(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, pronouns: frozenset[str]
) -> bool:
    """An object pronoun right before the trigger ("lo detuvo"), also glued to an active
    auxiliary the trigger phrase opens with ("l'" + "a condamné")."""
    if phrase_before(ctx, sentence, trigger.start, pronouns) is not None:
        return True
    first = ctx.text[trigger.start : trigger.end].split(" ", 1)[0]
    if first not in ctx.compiled.active_auxiliaries:
        return False
    found = phrase_before(ctx, sentence, trigger.start + len(first), pronouns)
    return found is not None and found < trigger.start


def _singular_subject_trigger(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """The trigger, or the word before and the trigger ("a plaidé coupable"), is one of the
    `singular_subject_triggers`."""
    phrases = ctx.compiled.singular_subject_triggers
    if not phrases:
        return False
    if ctx.text[trigger.start : trigger.end] in phrases:
        return True
    before = previous_word_start(ctx, sentence, trigger.start)
    return before is not None and " ".join(ctx.text[before : trigger.end].split()) in phrases


DEFENDANT_VERB_REACH = 30  # "received a two-year suspended sentence"
_AGE_APPOSITION = re.compile(r",\s*\d{1,3}\s*(?:[^\W\d_]+\s*)?,\s*$")


def _defendant_subjects(
    ctx: ArticleContext, sentence: Sentence, found: list[PersonCount]
) -> list[PersonCount]:
    """One person as the subject of a verb whose subject is the defendant, right before a
    ruling or a term ("Peralta, 45, received a 12-year sentence", "un quinto imputado
    recibió una pena", "Mehdi T. a écopé de huit ans", "while Paul Smith was given a
    two-year suspended sentence": one count per defendant, which goes to the term of its
    clause). A `singular_defendant_verbs` verb has a singular subject by its form (the
    subject need only not be a group); after a number-neutral `defendant_verbs` one the
    subject must read as one person (a name, a subject pronoun, a singular determiner,
    "the" and a noun without a plural ending)."""
    compiled = ctx.compiled
    if not any(
        ctx.lexicon.triggers[t.term.index].event_type in ("sentence", "conviction")
        for t in kind_hits(sentence, "trigger")
        if t.term.kind == "trigger"
    ):
        return []
    counts: list[PersonCount] = []
    for verb in compiled.defendant_verb_re.finditer(ctx.text, sentence.start, sentence.end):
        ruling = next(
            (
                m
                for m in sentence.matches
                if m.term.kind in ("trigger", "sentence_unit", "sentence_kind")
                and verb.end() <= m.start <= verb.end() + DEFENDANT_VERB_REACH
            ),
            None,
        )
        if ruling is None or any(ch in ctx.text[verb.end() : ruling.start] for ch in ",;:()"):
            continue
        start = _defendant_before(ctx, sentence, verb)
        if start is None:
            continue
        if any(c.start < verb.end() and start < c.end for c in found + counts):
            continue
        names = 1
        # "Ledezma and Rios-Valenzuela pleaded guilty": names listed before the subject's
        while (
            previous := _previous_listed_name(ctx, sentence, start)
            or _previous_listed_surname(ctx, sentence, start)
        ) is not None and not any(c.start < start and previous < c.end for c in found + counts):
            names, start = names + 1, previous
        # from the verb into the ruling after it: the ruling owns the count (the count reaches
        # its trigger), not an action named in the subject ("un quinto imputado recibió")
        counts.append(PersonCount(names, "exact", "single", verb.start(), ruling.start + 1))
    return counts


_NAME_RUN_END = re.compile(
    r"(?:^|[\s,])((?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){0,3})$"
)


def _defendant_before(ctx: ArticleContext, sentence: Sentence, verb: re.Match[str]) -> int | None:
    """Start of a one-person subject right before a defendant's verb, or None."""
    compiled = ctx.compiled
    singular_form = " ".join(verb.group().split()) in compiled.singular_defendant_verbs
    head = ctx.cased[sentence.start : verb.start()].rstrip()
    apposition = _AGE_APPOSITION.search(head)  # "Peralta, 45," / "Mehdi T., 29 ans,"
    if apposition is not None:
        head = head[: apposition.start()]
    name = _NAME_RUN_END.search(head)
    if name is not None and name.group(1).split()[0] not in compiled.not_names:
        start = sentence.start + name.start(1)
        if not any(
            m.start < sentence.start + len(head) and start < m.end and _not_a_person_hit(ctx, m)
            for m in sentence.matches
            if m.term.kind not in ("trigger", "unit")  # "Mehdi T.": no tonne
        ):
            return start  # "Mark Jones", "He"
    cut = max(head.rfind(mark) for mark in ",;:")
    words = head[cut + 1 :].split()
    lowered = [w.lower() for w in words]
    for size in range(len(lowered) - 1, 0, -1):  # "while the driver": after a clause break
        if " ".join(lowered[:size]) in compiled.clause_break_words:
            words, lowered = words[size:], lowered[size:]
            break
    if not words:
        return verb.start() if singular_form else None  # "Recibió 12 años": the verb tells it
    subject_start = sentence.start + head.rfind(words[0])
    subject_end = sentence.start + len(head)
    if any(
        m.start < subject_end and subject_start < m.end and _not_a_person_hit(ctx, m)
        for m in sentence.matches
        if m.term.kind not in ("trigger", "country", "place", "unit")
    ) or any(w in compiled.not_person_heads for w in lowered):
        return None
    if any(n.start < subject_end and subject_start < n.end for n in ctx.numbers(sentence)):
        return None  # "The three men received": counted otherwise
    if singular_form:
        return subject_start
    if lowered[0] in compiled.object_determiner_words:
        singular = compiled.object_determiners.match(" ".join(lowered) + " ") is not None
        if singular or not _plural_noun(ctx, lowered[-1]):
            return subject_start
    return None


def _collective_subject(ctx: ArticleContext, sentence: Sentence, aux: int) -> bool:
    """The subject right before a singular auxiliary is a group or a collective ("The gang
    was arrested", "la bande a été interpellée", "the entire crew was"): no one person."""
    head = ctx.text[sentence.start : aux].rstrip(" ,")
    word = head[head.rfind(" ") + 1 :].strip(_PUNCTUATION)
    if not word:
        return False
    before = head[: head.rfind(" ") + 1].split()
    while before and before[-1] in ctx.compiled.object_determiner_words:
        before.pop()  # "de la société": the article of the complement
    if before and before[-1] in ctx.compiled.object_ends - ctx.compiled.and_words:
        return False  # "L'ancien directeur de la société a été": the word is a complement
    start = sentence.start + len(head) - len(word)
    if word in ctx.compiled.not_person_heads:
        # "El pasado jueves fue extraditado": a date is no subject of the verb
        return not any(d.start <= start < d.end for d in ctx.dates(sentence))
    return any(
        m.start <= start < m.end
        and (
            m.term.kind in ("organization", "org_head")
            or (m.term.kind == "role" and m.term.key == "group_nouns")
        )
        for m in sentence.matches
    )


SUBJECT_REACH = 40  # "dos policías de la Seccional 10ª fueron detenidos"


def _counted_subject(
    ctx: ArticleContext, sentence: Sentence, aux: int, trigger: Match
) -> PersonCount | None:
    """ "dos policías de la Seccional 10ª fueron detenidos", "three customs officers at the
    port were charged": a number before an agent noun (not counted as persons elsewhere),
    then words that qualify it (no comma, no action) right before a plural auxiliary, is the
    subject of the passive."""
    for noun in reversed(_roles_in(sentence, "agent_nouns")):
        if noun.end > aux:
            continue
        between = ctx.text[noun.end : aux]
        if len(between) > SUBJECT_REACH or any(ch in between for ch in ",;:()"):
            return None
        if any(m.term.kind == "trigger" and noun.end <= m.start < aux for m in sentence.matches):
            return None
        number = _plural_count_right_before(ctx, ctx.numbers(sentence), noun.start)
        if number is None:
            return None
        return PersonCount(int(number.value), number.qualifier, "plain", number.start, aux)
    if ctx.lexicon.triggers[trigger.term.index].event_type == "release":
        return None  # "Two containers were released": goods are released too
    return _counted_unknown_noun(ctx, sentence, aux)


_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _counted_unknown_noun(ctx: ArticleContext, sentence: Sentence, aux: int) -> PersonCount | None:
    """ "Two dockers were arrested": a number and one word the lexicon does not know (no
    goods, group, place or other hit: a trade, a calling) right before the plural auxiliary
    of a person-type trigger name the persons."""
    head = ctx.text[sentence.start : aux].rstrip()
    word_start = head.rfind(" ") + 1
    word = head[word_start:]
    if _WORD.fullmatch(word) is None or word in ctx.compiled.not_person_heads:
        return None
    start = sentence.start + word_start
    if any(m.start < start + len(word) and start < m.end for m in sentence.matches):
        return None
    number = _plural_count_right_before(ctx, ctx.numbers(sentence), start)
    if number is None or number.end < start - 2 or number.unit_class is not None:
        return None
    return PersonCount(int(number.value), number.qualifier, "plain", number.start, aux)


def _coordinated_verb_start(
    ctx: ArticleContext, sentence: Sentence, word: int, trigger: int
) -> int | None:
    """ "localizado y detenido", "located and arrested": when the word before the trigger is
    a `verb_coordinators` word, the start of the verb before it (its auxiliary precedes it)."""
    coordinators = ctx.compiled.verb_coordinators
    if not coordinators or ctx.text[word:trigger].strip() not in coordinators:
        return None
    return previous_word_start(ctx, sentence, word)


def _relative_part(
    ctx: ArticleContext, sentence: Sentence, number: NumberMention, aux: int
) -> bool:
    """ "siete personas, dos de las cuales quedaron en libertad", "four of whom were
    released": only a `part` phrase between the number and the auxiliary."""
    return any(
        not ctx.gap(number.end, p.start).strip() and _adverb_at_most(ctx.gap(p.end, aux))
        for p in role_hits(sentence, "part")
        if number.end <= p.start and p.end <= aux
    )


def _adverb_at_most(gap: str) -> bool:
    """Nothing, or one short word ("Siete de ellos ya fueron declarados culpables")."""
    words = gap.split()
    return not words or (len(words) == 1 and words[0].isalpha() and len(words[0]) <= 8)


_SPACED: dict[frozenset[str], tuple[str, ...]] = {}


def _starts_with(ctx: ArticleContext, trigger: Match, phrases: frozenset[str]) -> bool:
    """The trigger phrase begins with one of ``phrases`` as a whole word ("were charged")."""
    spaced = _SPACED.get(phrases)
    if spaced is None:  # the phrases with their space, made once per lexicon set
        spaced = _SPACED[phrases] = tuple(p + " " for p in phrases)
    return ctx.text.startswith(spaced, trigger.start, trigger.end)


def refers_to_earlier_persons(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """The persons of the action are a plural pronoun for people the sentence before counted:
    "تم ضبطهم", "they were arrested", "los detuvieron", "ils ont été interpellés", or a plural
    passive with no subject ("Fueron detenidos en ...")."""
    end = word_end(ctx.text, trigger.end)
    suffix = ctx.text[trigger.end : end]
    if suffix and suffix in ctx.compiled.person_suffixes:
        return suffix not in ctx.compiled.dual_person_suffixes | (
            ctx.compiled.single_person_suffixes
        )
    pronouns = ctx.compiled.plural_pronouns
    plural = ctx.compiled.plural_auxiliaries
    positions = [trigger.start]
    adverb = previous_word_start(ctx, sentence, trigger.start)
    if adverb is not None:
        positions.append(adverb)
    for position in list(positions):
        aux = phrase_before(ctx, sentence, position, plural) if plural else None
        if aux is None and plural and position == trigger.start:
            aux = _split_auxiliary(ctx, sentence, position, plural)
        if aux is not None:
            if not ctx.text[sentence.start : aux].strip(" ,،-"):
                return True  # "Fueron detenidos ...": a plural passive with no subject
            positions.append(aux)
    objects = ctx.compiled.plural_object_pronouns
    if objects and phrase_before(ctx, sentence, trigger.start, objects) is not None:
        return True  # "los detuvieron", "les ont interpellés"
    if pronouns:
        if any(phrase_before(ctx, sentence, p, pronouns) is not None for p in positions):
            return True
        following = [w.strip(".,;:،") for w in ctx.text[end : min(sentence.end, end + 30)].split()]
        if following and following[0] in pronouns:
            return True  # "arrested them"
        if any(" ".join(following[:size]) in pronouns for size in (2, 3)):
            return True  # "القبض على من كانوا على متنه": those who were on board
    return False


_SPLIT_AUXILIARY = re.compile(r"(\w+)\s+([^\W\d_]{2,10})\s+(\w+)\s*$")


def _split_auxiliary(
    ctx: ArticleContext, sentence: Sentence, position: int, phrases: frozenset[str]
) -> int | None:
    """Start of a two-word auxiliary of ``phrases`` split by one adverb right before
    ``position`` ("avaient ensuite été", "have since been"), or None."""
    head = ctx.text[max(sentence.start, position - 40) : position]
    found = _SPLIT_AUXILIARY.search(head)
    if found is None or f"{found.group(1)} {found.group(3)}" not in phrases:
        return None
    return position - len(head) + found.start(1)


def bound_plural_pronoun(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """The persons are a pronoun bound to the trigger, on it or right after it ("ضبطهم",
    "القبض على من كانوا على متنه", "arrested them"): it refers to the persons told just
    before, even across a paragraph break (unlike a subject "They" opening a paragraph)."""
    end = word_end(ctx.text, trigger.end)
    suffix = ctx.text[trigger.end : end]
    if suffix and suffix in ctx.compiled.person_suffixes:
        return suffix not in ctx.compiled.dual_person_suffixes | (
            ctx.compiled.single_person_suffixes
        )
    pronouns = ctx.compiled.plural_pronouns
    following = [w.strip(".,;:،") for w in ctx.text[end : min(sentence.end, end + 30)].split()]
    return bool(following) and (
        following[0] in pronouns or any(" ".join(following[:size]) in pronouns for size in (2, 3))
    )


_INCISE = re.compile(r"\s*(?:,[^,]{1,80},)?\s*")


def definite_group_subject(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """The sentence opens on a definite plural person noun, its subject, before a plural
    auxiliary and the trigger: "Les suspects, âgés de 27 à 52 ans, avaient été interpellés",
    "Los detenidos fueron trasladados", "The suspects were charged": the persons the text
    counted before."""
    plural = ctx.compiled.plural_auxiliaries
    articles = ctx.compiled.definite_articles
    if not plural or not articles:
        return False
    positions = [trigger.start]
    adverb = previous_word_start(ctx, sentence, trigger.start)
    if adverb is not None:
        positions.append(adverb)
    aux = next(
        (a for p in positions if (a := phrase_before(ctx, sentence, p, plural)) is not None), None
    )
    if aux is None and _starts_with(ctx, trigger, plural):
        aux = trigger.start  # "Los detenidos quedaron en libertad": the trigger holds it
    if aux is None:
        return False
    head = ctx.text[sentence.start : aux]
    opening = head.split(maxsplit=2)
    if (
        len(opening) >= 2
        and opening[0] in articles
        and opening[1].endswith(ctx.compiled.participle_endings)
    ):
        # "Los detenidos quedaron en libertad", "les interpellés ont été": a participle noun
        # before a plural auxiliary names persons arrested before
        end = head.index(opening[1]) + len(opening[1])
        return _INCISE.fullmatch(head, end) is not None
    for noun in role_hits(sentence, "person_nouns"):
        if noun.end > aux:
            break
        article = ctx.text[sentence.start : noun.start].strip(' "«-')
        if article not in articles:
            continue
        joint = _INCISE.fullmatch(head, noun.end - sentence.start)
        return joint is not None
    return False


def opens_on_known_persons(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """The sentence opens, before the trigger, on persons the text told before: a plural
    pronoun ("They were placed in custody and ...", "Elles ont été placées en garde à vue")
    or a definite person noun with a plural auxiliary ("The suspects were placed in custody
    and ...", "Los detenidos fueron ...")."""
    if ctx.compiled.article_prefixes and _definite_group_after(ctx, sentence, trigger):
        return True
    head = ctx.text[sentence.start : trigger.start].strip(' "«-')
    words = [w.strip(".,;:،") for w in head.split()]
    if not words:
        return False
    pronouns = ctx.compiled.plural_pronouns
    if words[0] in pronouns or " ".join(words[:2]) in pronouns:
        return True
    articles = ctx.compiled.definite_articles
    for noun in role_hits(sentence, "person_nouns"):
        if noun.end > trigger.start:
            return False
        article = ctx.text[sentence.start : noun.start].strip(' "«-')
        if article not in articles:
            return False
        # plural: "The suspects were ...", not "The owner was arrested on Saturday"
        between = f" {' '.join(ctx.text[noun.end : trigger.start].split())} "
        return any(f" {aux} " in between for aux in ctx.compiled.plural_auxiliaries)
    return False


def _definite_group_after(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """Arabic: the trigger's object is a definite dual or plural person noun, the persons
    told before ("تم توقيف المتهمين وإحالتهم إلى النيابة")."""
    end = word_end(ctx.text, trigger.end)
    for noun in role_hits(sentence, "person_nouns"):
        if noun.start < end:
            continue
        start = noun.start
        while start > end and ctx.text[start - 1].isalpha():
            start -= 1  # the article and clitics written on the noun
        if ctx.gap(end, start).strip():
            return False  # only the word right after the trigger
        word = ctx.text[start : word_end(ctx.text, noun.end)]
        stem = word[1:] if word[:1] in ctx.compiled.prefixes else word
        return stem.startswith(ctx.compiled.article_prefixes) and not _definite_singular(ctx, word)
    return False


GROUP_BEFORE_WORDS = 3  # "أحالت المتهمين إلى المحاكمة", "وجهت ... للمتهمين تهما"
GROUP_AFTER_WORDS = 2  # "وجهت النيابة إليهم تهم"


def definite_group_before(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """Arabic: the trigger's words, or a few words around it, name persons told before: a
    definite dual or plural person noun ("أحالت المتهمين إلى المحكمة") or a word carrying a
    plural person pronoun on a stem of three letters or more ("أسندت إليهم تهم", "وأحالتهم
    النيابة إلى المحكمة"; not "منهم", a part)."""
    if not ctx.compiled.article_prefixes:
        return False
    plural = ctx.compiled.person_suffixes - (
        ctx.compiled.single_person_suffixes | ctx.compiled.dual_person_suffixes
    )
    nouns = role_hits(sentence, "person_nouns")
    words = [
        (w.start(), w.end())
        for w in _TOKEN.finditer(ctx.text, trigger.start, word_end(ctx.text, trigger.end))
    ]
    after = list(_TOKEN.finditer(ctx.text, word_end(ctx.text, trigger.end), sentence.end))
    words.extend((w.start(), w.end()) for w in after[:GROUP_AFTER_WORDS])
    position = trigger.start
    for _ in range(GROUP_BEFORE_WORDS):
        start = previous_word_start(ctx, sentence, position)
        if start is None:
            break
        words.append((start, position))
        position = start
    for start, end in words:
        word = ctx.text[start:end].strip().strip(_PUNCTUATION)
        noun = next((n for n in nouns if start <= n.start < end), None)
        if noun is not None:
            stem = word[1:] if word[:1] in ctx.compiled.prefixes else word
            if stem.startswith(ctx.compiled.article_prefixes) and not _definite_singular(ctx, word):
                return True
        elif any(word.endswith(suffix) and len(word) - len(suffix) >= 3 for suffix in plural):
            return True
    return False


def earlier_counts(
    ctx: ArticleContext, sentence: Sentence, across_paragraph: bool = False
) -> list[PersonCount]:
    """The counted persons of the sentence before (for a pronoun that refers to them;
    ``across_paragraph``: also the last sentence of the paragraph before, for a definite
    group subject)."""
    previous = ctx.previous_sentence(sentence)
    if previous is None or (
        not across_paragraph and "\n" in ctx.text[previous.end : sentence.start]
    ):
        return []  # a new paragraph starts another story
    return [
        c
        for c in find_person_counts(ctx, previous)
        if c.role in ("plain", "total", "part") and c.value > 1
    ]


_LOWER_WORD = re.compile(r"[a-zà-ÿ]{3,12}\s+")


def _name_after(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> tuple[int, int] | None:
    """ "arrested John Smith": a run of two or more capitalised words right after."""
    tail = ctx.cased[trigger.end : min(sentence.end, trigger.end + 40)]
    stripped = tail.lstrip()
    offset = trigger.end + len(tail) - len(stripped)
    day = _LOWER_WORD.match(stripped)  # one adverb first: "a condamné mercredi Mehdi T."
    if day is not None and ctx.compiled.capitalised_run.match(stripped, day.end()) is not None:
        offset += day.end()
        stripped = stripped[day.end() :]
    run = ctx.compiled.capitalised_run.match(stripped)
    if run is None or len(_NAME_WORD.findall(run.group())) < 2:
        return None
    return offset, offset + run.end()


def _personal_a_name(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, known: list[Match]
) -> tuple[int, int] | None:
    """ "extraditó el miércoles a Brasil a Marcelo Duarte": in Spanish the personal "a" marks
    the object of a person-type verb a few words on (the `personal_a` role); a country after
    "a" is the destination."""
    if ctx.lexicon.triggers[trigger.term.index].event_type not in _PERSON_EVENT_TYPES:
        return None
    tail = ctx.cased[trigger.end : min(sentence.end, trigger.end + 50)]
    tail = tail.split(",", 1)[0]
    for found in ctx.compiled.personal_a_name.finditer(tail):
        start = trigger.end + found.end()
        run = ctx.compiled.capitalised_run.match(ctx.cased, start, sentence.end)
        if run is None or len(_NAME_WORD.findall(run.group())) < 2:
            continue
        if any(k.start < run.end() and start < k.end for k in known):
            continue
        return start, run.end()
    return None


@cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in phrases)


def _name_before(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, plural: bool = False
) -> tuple[int, int] | None:
    """ "Harjit Sandhu, 27, was charged", "El Bakkali was sentenced": a capitalised name, an
    optional age and a passive auxiliary right before the trigger (``plural``: a plural
    one, "... and Mary Jones were charged")."""
    auxiliaries = ctx.compiled.plural_auxiliaries if plural else ctx.compiled.passive_auxiliaries
    if not auxiliaries:
        return None
    window_start = max(sentence.start, trigger.start - 70)
    head = ctx.cased[window_start : trigger.start].rstrip()
    if head[head.rfind(" ") + 1 :].lower() not in _last_words(auxiliaries):
        return None  # the auxiliary ends the head: without one, no need for the name regex
    found = _PASSIVE_NAME.search(head)
    if found is None or found.group("aux").lower() not in auxiliaries:
        return None
    start = window_start + found.start("name")
    if start != sentence.start and ctx.cased[start - 1 : start] not in (" ", "\n", ","):
        return None
    return start, window_start + found.end("name")


def _named_persons(ctx: ArticleContext, sentence: Sentence) -> list[PersonCount]:
    """A personal name next to a trigger is one person. Only for scripts with capitals;
    names that are agencies, places or groups are not persons."""
    found: list[PersonCount] = []
    known = [
        m for m in sentence.matches if m.term.kind in {"agency", "country", "place", "organization"}
    ]
    for trigger in kind_hits(sentence, "trigger"):  # the sentence's hits indexed by kind
        if trigger.term.kind != "trigger":
            continue
        span = (
            _name_after(ctx, sentence, trigger)
            or _personal_a_name(ctx, sentence, trigger, known)
            or _surname_after(ctx, sentence, trigger)
        )
        names = 1
        if span is None:
            plural = False
            span = _name_before(ctx, sentence, trigger)
            if span is None:
                plural = True
                span = _name_before(ctx, sentence, trigger, plural=True)
            if span is None:
                continue
            # "Juan Pérez, Luis Gómez y Pedro Ruiz fueron detenidos": names listed before
            while (
                previous := _previous_listed_name(ctx, sentence, span[0])
                or _previous_listed_surname(ctx, sentence, span[0])
            ) is not None:
                if any(k.start < span[0] and previous < k.end for k in known):
                    break
                names, span = names + 1, (previous, span[1])
            if plural and names < 2:
                continue  # "Rojas were ...": a plural verb needs the names listed
        start, end = span
        if any(k.start < end and start < k.end for k in known):
            continue
        while (following := _next_listed_name(ctx, sentence, end)) is not None:
            if any(k.start < following and end < k.end for k in known):
                break
            names, end = names + 1, following  # "Harjit Sandhu, 27, and Dylan Moore, 31"
        found.append(PersonCount(names, "exact", "single", start, end))
    return found


_APPOSITION_AGE = re.compile(r"(?:\w+ )?\d{1,3}(?: \w+)?")
_SUBJECT_NAME = re.compile(r"(?:[A-Z][\w'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.)){1,3}")


def _listed_subject_names(
    ctx: ArticleContext, sentence: Sentence, found: list[PersonCount]
) -> list[PersonCount]:
    """ "Mark Evans, 34, of Leeds, and Paul Reid, 29, pleaded guilty", "James Holt and Lee
    Grant, both of Hull, were charged", "Karim B., 34 ans, et Yanis M., 29 ans, ont été
    condamnés": full names listed as the subject of a person-type trigger count each. Each
    name may carry comma-set appositions (an age, or an `apposition_leads` phrase: "of
    Leeds", "vecino de Cádiz"); a plural auxiliary or a dual pronoun may come between the
    list and the trigger. An active trigger takes a listed subject only when its subject is
    the defendant (a conviction: "pleaded guilty")."""
    compiled = ctx.compiled
    leads = compiled.apposition_leads
    if not leads:
        return []
    known = [
        m for m in sentence.matches if m.term.kind in {"agency", "country", "place", "organization"}
    ]
    auxiliaries = compiled.plural_auxiliaries | compiled.passive_auxiliaries
    counts: list[PersonCount] = []
    for trigger in kind_hits(sentence, "trigger"):
        if trigger.term.kind != "trigger":
            continue
        event_type = ctx.lexicon.triggers[trigger.term.index].event_type
        if event_type not in _PERSON_EVENT_TYPES:
            continue
        if any(c.start <= trigger.start <= c.end for c in found + counts):
            continue
        head = ctx.cased[sentence.start : trigger.start].rstrip()
        lowered = head.lower()
        passive = _starts_with(ctx, trigger, auxiliaries)
        last = lowered[lowered.rfind(" ") + 1 :]
        if (
            _adverb_at_most(last)
            and last.isalpha()
            and any(lowered[: -len(last)].rstrip().endswith(" " + a) for a in auxiliaries)
        ):
            # "were each sentenced", "were later charged": one adverb after the auxiliary
            head = head[: -len(last)].rstrip()
            lowered = head.lower()
        for words in sorted(auxiliaries | compiled.dual_pronouns, key=len, reverse=True):
            if lowered.endswith(" " + words):
                passive = passive or words in auxiliaries
                head = head[: -len(words)].rstrip()
                lowered = head.lower()
        if not passive and event_type != "conviction":
            continue
        head = _without_relative_clause(ctx, head)
        spans = [(k.start - sentence.start, k.end - sentence.start) for k in known]
        names, start = _names_listed_at_end(ctx, head, leads, spans)
        if names < 2:
            continue
        start += sentence.start
        counts.append(PersonCount(names, "exact", "single", start, trigger.end))
    return counts


def _without_relative_clause(ctx: ArticleContext, head: str) -> str:
    """ "Mark Evans, 34, and Paul Reid, 29, who ran the line, were": a head that ends on a
    comma-set clause a `relative_leads` word opens, cut before that clause (its comma kept)."""
    if not head.endswith(","):
        return head
    leads = ctx.compiled.relative_leads
    cut = None
    for found in _CLAUSE_OPENING.finditer(head):
        if found.group(1).lower() in leads:
            cut = found.start()
    return head if cut is None else head[: cut + 1]


_CLAUSE_OPENING = re.compile(r",\s+(\w+)\s")
_INITIALS = re.compile(
    r"\(\s*[^\W\d_]{1,3}\s*\.\s*[^\W\d_]{1,3}(?:\s*\.\s*[^\W\d_]{1,3})*\s*\.?\s*\)"
)


def _listed_initials(
    ctx: ArticleContext, sentence: Sentence, found: list[PersonCount]
) -> list[PersonCount]:
    """ "القبض على المتهمين (أ.م) و(ع.س)", "(K.R.), (M.B.) and (S.T.)": initials in brackets
    listed with commas or "and" stand for one person each."""
    groups = list(_INITIALS.finditer(ctx.text, sentence.start, sentence.end))
    if len(groups) < 2:
        return []
    and_words = ctx.compiled.and_words
    counts: list[PersonCount] = []
    run = [groups[0]]
    for group in [*groups[1:], None]:
        if group is not None:
            gap = ctx.text[run[-1].end() : group.start()].replace(",", " ").replace("،", " ")
            words = gap.split()
            if not words or (len(words) == 1 and words[0] in and_words):
                run.append(group)  # "(أ.م) و(ع.س)", "(K.R.), (M.B.)"
                continue
        if len(run) >= 2 and not any(c.start <= run[0].start() < c.end for c in found):
            counts.append(PersonCount(len(run), "exact", "single", run[0].start(), run[-1].end()))
        if group is not None:
            run = [group]
    return counts


def _names_listed_at_end(
    ctx: ArticleContext, head: str, leads: frozenset[str], known: list[tuple[int, int]]
) -> tuple[int, int]:
    """How many full names a head ends by listing (commas and "and" between them, comma-set
    appositions after each), and where the first begins. A name that is an agency, a place
    or a group (``known`` spans) ends the list."""
    segments = head.split(",")
    connectors = ctx.compiled.connectors | ctx.compiled.and_words
    names = 0
    start = end = len(head)
    for index in range(len(segments) - 1, -1, -1):
        segment = segments[index]
        if index < len(segments) - 1:
            end -= 1  # the comma after the segment
        end -= len(segment)
        text = segment.strip().lower()
        if not text:
            continue
        if _APPOSITION_AGE.fullmatch(text) or any(text.startswith(f"{lead} ") for lead in leads):
            if index == len(segments) - 1:
                return 0, start  # an apposition is set off by a comma after it
            continue
        listed, offset, whole = _trailing_names(segment, connectors)
        if not listed or any(s < end + len(segment) and end + offset < e for s, e in known):
            break
        names, start = names + listed, end + offset
        lead = segment[:offset].split()
        if not whole and not (
            # "and his partner Jane Reid": a description of the name after "and"
            1 < len(lead) <= 4
            and lead[0].lower() in connectors
            and all(w.islower() and w.isalpha() for w in lead[1:])
        ):
            break  # a lead-in before the list ("Police said Mark Evans and ...")
    return names, start


_NAME_TOKEN = re.compile(r"[A-Z][\w'’-]+|[A-Z]\.")


def _trailing_names(segment: str, connectors: frozenset[str]) -> tuple[int, int, bool]:
    """How many names of two to four words end a comma-free segment ("and Paul Reid",
    "Mark Evans and Paul Reid", "said Mark Evans", "Juan Pérez y su cuñado Luis Ruiz": a
    few lower-case words may describe a name after "and"), the offset of the first one in
    it, and whether they (and a connector) make the whole segment."""
    words = list(re.finditer(r"\S+", segment))
    count, first = 0, len(segment)
    index = len(words) - 1
    while index >= 0:
        run_end = index
        while index >= 0 and _NAME_TOKEN.fullmatch(words[index].group()):
            if words[index].group().lower() in connectors:
                break
            index -= 1
        if not 2 <= run_end - index <= 4:
            return count, first, False
        count, first = count + 1, words[index + 1].start()
        if index < 0:
            return count, first, True
        described = index
        while described >= 0 and index - described < 3 and words[described].group().islower():
            if words[described].group().lower() in connectors:
                break
            described -= 1
        if described >= 0 and words[described].group().lower() in connectors:
            index = described - 1  # "and", maybe "his partner", then the name
            if index < 0:
                return count, first, True
            continue
        return count, first, False
    return count, first, count > 0


def _surnames(ctx: ArticleContext) -> frozenset[str]:
    """Last words of the full names the article writes ("Kyle Brennan", "Héctor Salcido"):
    such a word alone later is that person ("Brennan and Molyneux were convicted")."""
    found = ctx.memo.get("surnames")
    if not isinstance(found, frozenset):
        known = [
            (m.start, m.end)
            for m in ctx.matches
            if m.term.kind in {"agency", "country", "place", "organization", "demonym"}
        ]
        words: set[str] = set()
        for run in ctx.compiled.capitalised_run.finditer(ctx.cased):
            name_words = _NAME_WORD.findall(run.group())
            if len(name_words) < 2 or any(s < run.end() and run.start() < e for s, e in known):
                continue
            if run.start() > 0 and ctx.cased[run.start() - 1] not in " (\n\"'«“":
                continue
            # "Rigoberto Salcido Ontiveros" is later "Salcido": any word after the first
            words.update(w for w in name_words[1:] if len(w) > 2 and not w.endswith("."))
        found = frozenset(words)
        ctx.memo["surnames"] = found
    return found


_SURNAME_AFTER = re.compile(r"\s+(?P<name>[A-Z][\w'’-]+)(?=[\s,.;:)]|$)")


def _surname_after(
    ctx: ArticleContext, sentence: Sentence, trigger: Match
) -> tuple[int, int] | None:
    """ "indicted Salcido": a surname of a full name the article wrote, right after."""
    found = _SURNAME_AFTER.match(ctx.cased, trigger.end, sentence.end)
    if found is None or found.group("name") not in _surnames(ctx):
        return None
    start, end = found.span("name")
    if any(m.start < end and start < m.end for m in sentence.matches):
        return None  # a place, an agency, a role word: no name
    return start, end


_SURNAME_LISTED_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[A-Z][\w'’-]+)(?:, \d{1,3})?"
    r"(?:\s*,\s*(?:(?P<link1>[a-z]+)\s+)?|\s+(?P<link2>[a-z]+)\s+)$"
)


def _previous_listed_surname(ctx: ArticleContext, sentence: Sentence, start: int) -> int | None:
    """ "Carragher, Doyle and Hughes had pleaded guilty": a surname of a full name the
    article wrote, listed right before a name with a comma or "and"."""
    head = ctx.cased[max(sentence.start, start - 40) : start]
    found = _SURNAME_LISTED_BEFORE.search(head)
    if found is None or found.group("name") not in _surnames(ctx):
        return None
    link = found.group("link1") or found.group("link2")
    if link is not None and link not in ctx.compiled.connectors:
        return None
    name_start = start - len(head) + found.start("name")
    if any(m.start <= name_start < m.end for m in sentence.matches):
        return None  # a place, an agency, a role word: no name
    return name_start


_WORD_AT = re.compile(r"\w+")


def _coordinated_defendants(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "Mark Tate was jailed for twelve years and Paul Rowe, 28, for nine years", "et Samir
    Toumi à six ans": in a ruling with several terms, a full name right after "and" (or a
    `person_links` phrase) is the next defendant, with the names listed after it."""
    if not kind_hits(sentence, "sentence_unit") or len(find_sentence_terms(ctx, sentence)) < 2:
        return []
    known = [
        m for m in sentence.matches if m.term.kind in {"agency", "country", "place", "organization"}
    ]
    found: list[PersonCount] = []
    and_words = ctx.compiled.and_words
    for word in _WORD_AT.finditer(ctx.cased, sentence.start, sentence.end):
        if word.group().lower() not in and_words:
            continue
        start = word.end() + 1
        after = _WORD_AT.match(ctx.cased, start, sentence.end)
        if (
            after is not None
            and f"{word.group()} {after.group()}".lower() in ctx.compiled.person_links
        ):
            start = after.end() + 1  # "y a Luis Gómez", "and to"
        run = ctx.compiled.capitalised_run.match(ctx.cased, start, sentence.end)
        if run is None or len(_NAME_WORD.findall(run.group())) < 2:
            continue
        end = run.end()
        if any(c.start <= start < c.end for c in counts + found) or any(
            k.start < end and start < k.end for k in known
        ):
            continue
        names = 1
        while (following := _next_listed_name(ctx, sentence, end)) is not None:
            names, end = names + 1, following
        found.append(PersonCount(names, "exact", "single", start, end))
    return found


_NAME_LISTED_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})(?:, \d{1,3})?"
    r"(?:\s*,\s*(?:(?P<link1>[a-z]+)\s+)?|\s+(?P<link2>[a-z]+)\s+)$"
)


def _previous_listed_name(ctx: ArticleContext, sentence: Sentence, start: int) -> int | None:
    """Start of a name of two words or more listed right before a name, with a comma or a
    connector ("and", "y", "et") between, or None."""
    head = ctx.cased[max(sentence.start, start - 60) : start]
    found = _NAME_LISTED_BEFORE.search(head)
    if found is None:
        return None
    link = found.group("link1") or found.group("link2")
    if link is not None and link not in ctx.compiled.connectors:
        return None
    return start - len(head) + found.start("name")


_LISTED_NAME = re.compile(
    r"(?:,\s*\d{1,3})?\s*,?\s*(?:(?P<link>[a-z]+)\s+(?:(?P<marker>[a-z]+)\s+(?=[A-Z]))?)?"
)


def _next_listed_name(ctx: ArticleContext, sentence: Sentence, end: int) -> int | None:
    """End of a further name listed after a name ("..., 27, and Dylan Moore", "y a Luis
    Ruiz": a personal "a" may follow the link), or None."""
    joint = _LISTED_NAME.match(ctx.cased, end, sentence.end)
    if joint is None or joint.end() == end:
        return None
    link = joint.group("link")
    marker = joint.group("marker")
    if (
        link is not None
        and link.lower() not in ctx.compiled.connectors
        and not (  # ", a Luis Ruiz": the personal "a" after a comma
            marker is None
            and "," in joint.group()
            and ctx.compiled.personal_a.match(f" {link} x") is not None
        )
    ):
        return None
    if marker is not None and ctx.compiled.personal_a.match(f" {marker} x") is None:
        return None
    if link is None and "," not in joint.group():
        return None
    run = ctx.compiled.capitalised_run.match(ctx.cased, joint.end(), sentence.end)
    if run is None or len(_NAME_WORD.findall(run.group())) < 2:
        return None
    return run.end()


def combine_counts(
    per_sentence: list[list[PersonCount]],
) -> tuple[int, Qualifier] | None:
    """One persons_count for an event from the counts of its mentions (guide section 2)."""
    every = [c for counts in per_sentence for c in counts]
    if any(c.recap for c in every) and any(
        not c.recap and c.role in ("plain", "total", "part") for c in every
    ):
        # "Les trois suspects ont été placés en garde à vue" recaps every person of the
        # story; the event's own counts say how many this step took.
        per_sentence = [[c for c in counts if not c.recap] for counts in per_sentence]
        every = [c for c in every if not c.recap]
    totals = [c for c in every if c.role == "total"]
    if totals:
        best = max(totals, key=lambda c: c.value)
        return best.value, best.qualifier
    ranks = [c.rank for c in every if c.rank]
    if ranks:
        # "Two dockers were arrested ... A third man was also arrested": after a group of
        # the rank before it, the rank-th person makes the event that many; else one person.
        groups = combine_counts(
            [[c for c in counts if not c.rank and c.role != "single"] for counts in per_sentence]
        )
        told = groups or (
            # "Police arrested a man ... A second man was arrested": one person told before
            (1, "exact")
            if any(
                c.role == "single"
                for counts in per_sentence
                if not any(x.rank for x in counts)
                for c in counts
            )
            else None
        )
        if told is not None and told[0] >= max(ranks) - 1:
            return max(told[0], *ranks), told[1]
        rest = combine_counts([[c for c in counts if not c.rank] for counts in per_sentence])
        return rest if rest is not None else (1, "exact")
    sums: list[tuple[int, Qualifier]] = []
    more: list[tuple[int, Qualifier]] = []  # "Two more were detained", "otros cuatro"
    for index, counts in enumerate(per_sentence):
        plain = [c for c in counts if c.role == "plain"]
        if plain:
            value = sum(c.value for c in plain)
            besides = any(c.besides for c in plain)
            if besides and any(
                c.role == "single"
                for other, found in enumerate(per_sentence)
                if other != index
                for c in found
            ):
                value += 1  # "fueron detenidos otros cuatro": and the one named before
            (more if besides else sums).append((value, _merge_qualifiers(plain)))
    if sums or more:
        # persons besides those told before add to them, never repeat them
        base = _combine_sentence_sums(sums) if sums else (0, "exact")
        return base[0] + sum(v for v, _ in more), _merge_qualifier_pairs([base, *more])
    parts = [c for c in every if c.role == "part" and c.value > 1]
    if parts:
        return sum(c.value for c in parts), _merge_qualifiers(parts)
    singles = [c for c in every if c.role == "single"]
    if singles:
        return max(c.value for c in singles), "exact"  # one named person; a dual pronoun
    return None


def _merge_qualifiers(counts: list[PersonCount]) -> Qualifier:
    qualifiers = {c.qualifier for c in counts}
    if "at_least" in qualifiers:
        return "at_least"
    return "approximate" if "approximate" in qualifiers else "exact"


def _merge_qualifier_pairs(pairs: list[tuple[int, Qualifier]]) -> Qualifier:
    qualifiers = {q for _, q in pairs}
    if "at_least" in qualifiers:
        return "at_least"
    return "approximate" if "approximate" in qualifiers else "exact"


def _combine_sentence_sums(
    sums: list[tuple[int, Qualifier]],
) -> tuple[int, Qualifier]:
    """Counts from several sentences of one operation: the largest when it covers the others
    (a repeated figure, or a subset told again: "23 arrested ... 3 of them in Belgrade");
    their sum when they are parts (6 in A, 10 in B, 13 in C)."""
    # A figure told again (the headline's "Cuatro detenidos", then "detuvieron a tres
    # marroquíes y a un vecino") is the same group, not a second part of it.
    sums = list({value: (value, qualifier) for value, qualifier in reversed(sums)}.values())
    values = [value for value, _ in sums]
    largest = max(sums, key=lambda s: s[0])
    if largest[0] >= sum(values) - largest[0]:
        return largest
    qualifiers = {q for _, q in sums}
    qualifier: Qualifier = "exact"
    if "at_least" in qualifiers:
        qualifier = "at_least"
    elif "approximate" in qualifiers:
        qualifier = "approximate"
    return sum(values), qualifier


# ---------------------------------------------------------------- locations


def _is_agent(m: Match) -> bool:
    return m.term.kind == "role" and m.term.key == "agent_nouns"


def _agent_near(ctx: ArticleContext, sentence: Sentence, hit: Match) -> bool:
    """True when a demonym qualifies the actors: "French police", "French and Dutch
    investigators", "الشرطة الفرنسية", "المحققون الفرنسيون والهولنديون". Only connectors
    and other demonyms may stand between them."""
    connectors = ctx.compiled.connectors
    neighbours = [m for m in sentence.matches if m.term.kind == "demonym" or _is_agent(m)]
    position = neighbours.index(hit)
    for step in (1, -1):
        current = hit
        index = position + step
        while 0 <= index < len(neighbours):
            other = neighbours[index]
            left, right = (current, other) if step == 1 else (other, current)
            if right.start < left.end or not _connector_gap(ctx, left.end, right.start, connectors):
                break
            if _is_agent(other):
                return True
            current = other
            index += step
    return False


COURT_GAP_WORDS = 2  # "the Kuwaiti Criminal Court", "محكمة الجنايات المصرية"


def _court_near(ctx: ArticleContext, sentence: Sentence, demonym: Match) -> bool:
    """ "a Kuwaiti court", "la justice algérienne", "un juez federal colombiano", "محكمة
    الجنايات المصرية": a demonym that qualifies a court or a judge (the `court_nouns` role)
    says which state's court acted. At most two words may stand between, none of them
    another hit, a connector ("the court heard the Colombian") or punctuation."""
    for court in kind_hits(sentence, "role"):
        if court.term.key != "court_nouns":
            continue
        if court.end <= demonym.start:
            start, end = court.end, demonym.start
        elif demonym.end <= court.start:
            start, end = demonym.end, court.start
        else:
            continue
        gap = ctx.text[start:end]
        words = gap.split()
        if (
            len(words) > COURT_GAP_WORDS
            or any(not word.replace("'", "").isalnum() for word in words)
            or any(word in ctx.compiled.connectors for word in words)
            or any(start < m.end and m.start < end for m in sentence.matches)
        ):
            continue
        return True
    return False


def _location_hits(ctx: ArticleContext, sentence: Sentence) -> list[Match]:
    """The sentence's hits that may locate its actions (shared list: do not modify it).
    Memoised per sentence: leading_location and find_locations both ask, for each mention."""
    memo = ctx.memo.get("location_hits")
    if not isinstance(memo, dict):
        ctx.memo["location_hits"] = memo = {}
    found: list[Match] | None = memo.get(sentence.index)
    if found is None:
        found = memo[sentence.index] = _find_location_hits(ctx, sentence)
    return found


def _find_location_hits(ctx: ArticleContext, sentence: Sentence) -> list[Match]:
    hits: list[Match] = []
    courts: list[Match] = []
    groups = kind_hits(sentence, "organization")
    tips = ctx.compiled.tip_cues
    for m in sentence.matches:
        if m.term.kind not in _LOCATION_KINDS:
            continue
        if tips and _named_as_tip_origin(ctx, sentence, m, tips):
            continue
        # A place in a criminal group's name ("el cártel de Sinaloa", "the Gulf Clan") does
        # not say where the action was.
        if groups and any(g.start <= m.start and m.end <= g.end for g in groups):
            continue
        # A demonym locates an action only when it qualifies the actors ("French police"),
        # not the suspects ("a French national").
        if (
            m.term.kind == "demonym"
            and not _agent_near(ctx, sentence, m)
            and not _inside_own_agency(ctx, sentence, m)
        ):
            # "a Kuwaiti court": the court's state, when the sentence names no place ("a
            # warrant issued by the French judiciary" is no location of the arrest in
            # Marrakech)
            if _court_near(ctx, sentence, m):
                courts.append(m)
            continue
        if m.term.kind in ("country", "place") and _names_a_street(ctx, sentence, m):
            continue
        if m.term.kind == "country" and _names_a_street(ctx, sentence, m, localities=True):
            continue
        if ctx.compiled.based_suffixes and ctx.text.startswith(ctx.compiled.based_suffixes, m.end):
            continue  # "a Dubai-based operator", "Pakistan-based smugglers": where they are based
        if m.term.kind == "country" and _town_of_another_state(ctx, sentence, m):
            continue
        if m.term.kind == "country" and _inside_a_place(sentence, m):
            continue
        if m.term.kind == "country" and _qualifies_a_person(ctx, sentence, m):
            continue
        hits.append(m)
    if hits or not courts:
        return hits
    # a court's own step: not "arrested on a warrant issued by the French judiciary"
    told = {ctx.lexicon.triggers[m.term.index].event_type for m in kind_hits(sentence, "trigger")}
    return courts if told & _COURT_STEPS else hits


_COURT_STEPS = frozenset({"charge", "conviction", "sentence"})


def _named_as_tip_origin(
    ctx: ArticleContext, sentence: Sentence, hit: Match, tips: frozenset[str]
) -> bool:
    """ "acting on intelligence from the Colombian Navy", "sur renseignement de la police
    espagnole", "بناء على معلومات من السلطات المغربية": the state that passed a tip (a
    `tip_cues` phrase right before it, or before the agency whose name holds it) is no
    location of the action."""
    if _after_cue(ctx, sentence, hit, tips):
        return True
    return any(
        a.start <= hit.start
        and hit.end <= a.end
        and a.term.kind == "agency"
        and _cue_governs(ctx, sentence, a, tips)
        for a in kind_hits(sentence, "agency")
    )


def _town_of_another_state(ctx: ArticleContext, sentence: Sentence, country: Match) -> bool:
    """ "the town of Mexico, Pampanga", "Lebanon, Pennsylvania": a country name followed by a
    comma and a place of another state is a town of that state."""
    for m in kind_hits(sentence, "place"):
        if m.start < country.end:
            continue
        return (
            m.start - country.end <= 3
            and ctx.text[country.end : m.start].strip() == ","
            and bool(m.term.key)
            and m.term.key != country.term.key
        )
    return False


def _qualifies_a_person(ctx: ArticleContext, sentence: Sentence, country: Match) -> bool:
    """ "مواطنا إسبانيا", "شخصا إيطاليا": a country name right after a person noun is the
    person's nationality (an Arabic accusative demonym is written like the country's name),
    no location."""
    return any(
        m.term.kind == "role"
        and m.term.key in ("person_nouns", "single_person_nouns")
        and m.end < country.start
        and not ctx.text[m.end : country.start].strip()
        for m in sentence.matches
    )


def _inside_a_place(sentence: Sentence, country: Match) -> bool:
    """ "Jersey City", "Kuwait City": a country name inside a longer place name is that
    place's word; the place says where (Jersey City is in the United States)."""
    return any(
        p.start <= country.start
        and country.end <= p.end
        and p.end - p.start > country.end - country.start
        for p in kind_hits(sentence, "place")
    )


def _names_a_street(
    ctx: ArticleContext, sentence: Sentence, hit: Match, localities: bool = False
) -> bool:
    """ "rue de Hongrie", "calle Colombia", "شارع لبنان": a country or city that names a
    street is not where the action happened; nor is a country name after a `locality_nouns`
    word (``localities``: "la tenencia de Holanda", "the village of Jordan"), a town's name."""
    nouns = ctx.compiled.locality_nouns if localities else ctx.compiled.street_nouns
    if not nouns:
        return False
    head = ctx.text[max(sentence.start, hit.start - 20) : hit.start].rstrip()
    if not head.endswith(_as_tuple(nouns)):
        return False  # one C-level test settles the common case (no street noun before)
    for noun in nouns:
        if head.endswith(noun):
            start = len(head) - len(noun)
            if start == 0 or not head[start - 1].isalpha():
                return True
    return False


def _inside_own_agency(ctx: ArticleContext, sentence: Sentence, demonym: Match) -> bool:
    """ "Australian Federal Police officers arrested ...": a demonym that is part of the
    name of its own state's agency qualifies the actors too."""
    return any(
        m.term.kind == "agency"
        and m.start <= demonym.start
        and demonym.end <= m.end
        and ctx.compiled.agency_country(m.term.key) == demonym.term.key
        for m in kind_hits(sentence, "agency")
    )


def _connector_gap(ctx: ArticleContext, start: int, end: int, connectors: frozenset[str]) -> bool:
    """Only punctuation and connector words ("and", "و", ",") between two hits."""
    gap = ctx.gap(start, end)
    if len(gap) > 30:
        return False
    return all(not token or token in connectors for token in re.split(r"[\s,،;/]+", gap))


def _chain_after(
    ctx: ArticleContext, cue: Match, hits: list[Match], connectors: frozenset[str]
) -> list[Match]:
    """The location hits that a cue governs: the first within reach, then those joined to it
    by connectors ("with the cooperation of France, Belgium and the Netherlands")."""
    chain: list[Match] = []
    previous_end = cue.end
    for hit in hits:
        if hit.start < cue.end:
            continue
        if not chain:
            if hit.start - cue.end > CUE_TO_LOCATION_MAX or ";" in ctx.gap(cue.end, hit.start):
                break
        elif not _connector_gap(ctx, previous_end, hit.start, connectors):
            break
        chain.append(hit)
        previous_end = hit.end
    return chain


# Cues whose countries are no location of the action: states that assisted, origins and
# destinations, a neighbour across the border ("on the border with Syria"), where a person
# comes from, lived before, is wanted or fled from ("a national of Colombia", "wanted in
# Belgium", "qui avait fui la Belgique").
_LOCATION_CUES = frozenset({"assist", "origin", "destination", "border", "personal_origin"})


_DATELINE_MARKS = frozenset("—–-:(")
LEAD_PLACE_WORDS = 4  # words before a place that opens its sentence ("Meanwhile, in Portugal")
LEAD_FACILITY_WORDS = 2  # more after a day phrase: "Le même jour, à l'aéroport international de"


def leading_location(
    ctx: ArticleContext, sentence: Sentence, before: int
) -> tuple[str | None, str | None] | None:
    """The place a sentence opens with, before its first action (``before``): "In Gabès on
    Tuesday, police seized ...", "In Portugal, officers found ...", "Italian customs
    intercepted ...": (name, its country) for a town, (None, code) for a state. A report
    of several operations tells each one from its place."""
    for hit in _location_hits(ctx, sentence):
        if hit.start >= before:
            return None
        lead = ctx.gap(sentence.start, hit.start)
        # "Le même jour, à l'aéroport international de Beyrouth, ...": the day phrase the
        # sentence opens with does not count among the words before its place
        day = dates_module.opening_day_phrase(lead, ctx.language)
        reach = LEAD_PLACE_WORDS
        if day:
            # "El mismo día, en el aeropuerto internacional de Beirut": a facility's name
            # may stand before the town
            lead = lead[day:].lstrip(" ,،;:-–")
            reach += LEAD_FACILITY_WORDS
        if any(ch.isdigit() for ch in lead) or len(lead.split()) > reach:
            return None
        # a dispatch's dateline ("THE HAGUE — ...", "SFAX, 3 March (AFP)") is where the
        # story was filed, not where an operation took place
        name = ctx.cased[hit.start : hit.end]
        if ctx.text[hit.end : hit.end + 3].lstrip()[:1] in _DATELINE_MARKS or name.isupper():
            continue
        if hit.term.kind == "place":
            place = ctx.compiled.places[hit.term.index]
            # a name several states share still names another town; its state is unsure
            return (place.name, None if place.shared else place.country or None)
        return (None, hit.term.key) if hit.term.key else None
    return None


AUTHORITIES_REACH = 30  # "remis aux autorités françaises", "to the Italian authorities"


def _authorities_of_state(ctx: ArticleContext, sentence: Sentence, cue: Match) -> str | None:
    """ "handed to the Italian authorities", "entregado a las autoridades estadounidenses",
    "remis aux autorités françaises": a destination cue, then the authorities (an
    `agent_nouns` word) qualified by a demonym: that state receives the person."""
    near = [
        m
        for m in sentence.matches
        if cue.end <= m.start and m.end - cue.end <= AUTHORITIES_REACH and m.start != cue.start
    ]
    if not any(m.term.kind == "role" and m.term.key == "agent_nouns" for m in near):
        return None
    return next((m.term.key for m in near if m.term.kind == "demonym" and m.term.key), None)


REGION_LEAD_WORDS = 3  # "أما في ولاية", "وفي منطقة", "بمنطقة": the region noun opens it


def leading_region(ctx: ArticleContext, sentence: Sentence, before: int) -> str | None:
    """ "وفي المنطقة الشرقية قبضت ...", "أما في ولاية ... فقد": a `region_heads` noun among the
    first words of a sentence, before its first action (``before``), and the word naming the
    region after it (not a `same_region_words` word: "في المنطقة نفسها"): that word. A
    round-up tells each operation from its region, most of them known to no gazetteer."""
    heads = ctx.compiled.region_heads
    if not heads:
        return None
    prefixes = ctx.compiled.prefixes
    words = list(re.finditer(r"\w+", ctx.text[sentence.start : min(before, sentence.end)]))
    for i, word in enumerate(words[:REGION_LEAD_WORDS]):
        token = word.group()
        if any(ch.isdigit() for ch in token):
            return None
        if token in heads or any(
            token.startswith(p) and token[len(p) :] in heads for p in prefixes
        ):
            if i + 1 >= len(words):
                return None
            name = words[i + 1].group()
            start = sentence.start + words[i + 1].start()
            if ctx.text[sentence.start + word.end() : start].strip():
                return None
            if name in ctx.compiled.same_region_words or any(
                start <= m.start < start + len(name) for m in _location_hits(ctx, sentence)
            ):
                return None  # a known place is leading_location's
            return name
    return None


def find_locations(ctx: ArticleContext, sentence: Sentence) -> Locations:
    hits = _location_hits(ctx, sentence)
    result = Locations()
    if not hits:
        return result
    connectors = ctx.compiled.connectors
    excluded: set[int] = set()
    for cue in sentence.matches:
        if cue.term.kind != "role" or cue.term.key not in _LOCATION_CUES:
            continue
        chain = _chain_after(ctx, cue, hits, connectors)
        excluded.update(id(h) for h in chain)
        codes = [h.term.key for h in chain if h.term.key]
        if codes and cue.term.key == "origin" and result.from_country is None:
            result.from_country = codes[0]
        if codes and cue.term.key == "destination" and result.to_country is None:
            result.to_country = codes[0]
        if not codes and cue.term.key == "destination" and result.to_country is None:
            result.to_country = _authorities_of_state(ctx, sentence, cue)
    for hit in hits:
        if id(hit) in excluded:
            continue
        code = hit.term.key
        if hit.term.kind == "place":
            place = ctx.compiled.places[hit.term.index]
            entry = Place(name=place.name, country=place.country or None)
            if entry not in result.places:
                result.places.append(entry)
            if place.weak:
                if code and code not in result.weak_countries:
                    result.weak_countries.append(code)
                continue
        if code and code not in result.countries:
            result.countries.append(code)
    return result


# ---------------------------------------------------------------- names


def find_agencies(ctx: ArticleContext, sentence: Sentence) -> list[NamedMention]:
    found: list[NamedMention] = []
    cited: set[str] = set()
    parents = _units_and_parents(ctx, sentence)
    # The unit or parent dropped is dropped wherever its sentence names it: "la Dirección
    # Antidrogas (Dirandro) de la Policía Nacional" names the directorate twice.
    dropped_names = (
        {m.term.key for m in kind_hits(sentence, "agency") if id(m) in parents}
        if parents
        else set()
    )
    heads: list[Match] = []  # heads of the places' own forces found
    for m in kind_hits(sentence, "agency_head"):
        if m.term.key == "agency_heads":
            local = _local_agency(ctx, sentence, m)
        elif m.term.key == "state_force":
            local = _state_agency(ctx, sentence, m)
        else:
            local = _local_agency_after(ctx, sentence, m)
            if local is not None:
                heads.append(m)
        if (
            local is not None
            and all(a.name != local.name for a in found)
            and not _cited_as_source(ctx, sentence, m)
        ):
            found.append(local)
    for m in kind_hits(sentence, "agency"):  # the sentence's hits indexed by kind
        if m.term.kind != "agency" or any(a.name == m.term.key for a in found):
            continue
        if any(h.start <= m.start and m.end <= h.end for h in heads):
            continue  # the national name inside a place's force's head
        if id(m) in parents or m.term.key in dropped_names:
            continue
        if m.term.key in cited or _cited_as_source(ctx, sentence, m):
            cited.add(m.term.key)  # "(ONUDC)" after the cited full name is the same source
            continue
        if _issued_a_warrant(ctx, sentence, m):
            continue
        # Two plain strings: nothing to validate (construct: model_construct, cheaper).
        found.append(
            construct(NamedMention, name=m.term.key, mention=ctx.original_text(m.start, m.end))
        )
    return found


_LOCAL_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def _local_agency(ctx: ArticleContext, sentence: Sentence, head: Match) -> NamedMention | None:
    """A sub-national force named by its place and a head ("Springfield Police Department",
    "Essex County Sheriff's Office", "Ohio State Highway Patrol"): the capitalised words
    right before the head, as written, with the head. Not when a country, demonym or a known
    agency is among them (national forces come from the gazetteer)."""
    base = max(sentence.start, head.start - 50)
    before = ctx.cased[base : head.start]
    words: list[tuple[int, int]] = []
    for token in reversed(list(re.finditer(r"\S+", before))):
        if not _LOCAL_NAME_WORD.fullmatch(token.group()) or len(words) == 3:
            break
        if words and ctx.cased[base + token.end() : words[-1][0]] != " ":
            break
        words.append((base + token.start(), base + token.end()))
    if words and ctx.cased[words[0][1] : head.start] != " ":
        return None
    words.reverse()
    while words and ctx.cased[words[0][0] : words[0][1]] in ctx.compiled.not_local_words:
        words.pop(0)
    if not words:
        return None
    start = words[0][0]
    if any(
        m.term.kind in ("country", "demonym", "agency") and m.start < head.start and start < m.end
        for m in sentence.matches
    ):
        return None
    place = ctx.original_text(start, words[-1][1])
    head_text = ctx.original_text(head.start, head.end)
    full = ctx.lexicon.abbreviations  # "Police Dept." names the "Police Department"
    head_words = [full.get(w.rstrip("."), w) for w in head_text.split()]
    name = " ".join(w[:1].upper() + w[1:] for w in [*place.split(), *head_words])
    return NamedMention(name=name, mention=ctx.original_text(start, head.end))


def _state_agency(ctx: ArticleContext, sentence: Sentence, head: Match) -> NamedMention | None:
    """A national force the gazetteer does not list, named by its state and a head ("the
    Ghana Navy", "the Nigeria Customs Service", "the Kenya Police Service"): the country
    name or demonym right before the head and the head, as written. Not when a known agency
    overlaps them."""
    state = next(
        (
            m
            for m in sentence.matches
            if m.term.kind in ("country", "demonym")
            and m.end <= head.start
            and ctx.cased[m.end : head.start] == " "
        ),
        None,
    )
    if state is None or not ctx.cased[state.start : state.start + 1].isupper():
        return None
    if any(
        m.term.kind == "agency" and m.start < head.end and state.start < m.end
        for m in sentence.matches
    ):
        return None
    name = ctx.original_text(state.start, head.end)
    return NamedMention(name=" ".join(name.split()), mention=name)


# The place words after a head-first local force: capitalised words (hyphenated compounds
# included: "Trois-Rivières", "Saint-Jean-sur-Richelieu"), up to three.
_PLACE_AFTER = re.compile(
    r" (?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)(?: (?:[A-ZÀ-ÖØ-Þ][\w'’]*(?:-[\w'’]+)*)){0,2}"
)


def _local_agency_after(
    ctx: ArticleContext, sentence: Sentence, head: Match
) -> NamedMention | None:
    """A city's force named head first ("le Service de police de Trois-Rivières", "la
    Policía Municipal de Madrid"): the capitalised place words right after the head, then the
    English kind (the head's key): "Trois-Rivières Police Service". Not when a country, a
    demonym or a known agency is among those words or overlaps the head (the gazetteer names
    national forces and the cities' forces it knows)."""
    found = _PLACE_AFTER.match(
        ctx.cased, head.end - 1 if ctx.cased[head.end - 1] == " " else head.end
    )
    if found is None or found.end() > sentence.end:
        return None
    start, end = found.start() + 1, found.end()
    if any(
        m.term.kind in ("country", "demonym", "agency")
        and m.start < end
        and head.start < m.end
        # a national name the head holds ("Policía de Investigaciones de Santa Fe": Chile's
        # PDI is only "Policía de Investigaciones") gives way to the place's own force
        and not (m.term.kind == "agency" and head.start <= m.start and m.end <= head.end)
        for m in sentence.matches
    ):
        return None
    place = ctx.original_text(start, end)
    return NamedMention(name=f"{place} {head.term.key}", mention=ctx.original_text(head.start, end))


def _units_and_parents(ctx: ArticleContext, sentence: Sentence) -> set[int]:
    """Two agencies of one state named as unit and parent body: "el Servicio de Vigilancia
    Aduanera de la Agencia Tributaria", "la Agencia Tributaria a través de su Servicio de
    Vigilancia Aduanera": the unit acted, its administrative parent (a tax agency, a
    ministry) only places it. A police force as parent ("la DIRANDRO de la Policía Nacional
    del Perú") is the agency that acted, its directorate a detail. Ids of the dropped
    matches."""
    links = ctx.compiled
    if not (links.parent_links or links.unit_links):
        return set()
    agencies = [m for m in kind_hits(sentence, "agency") if m.term.kind == "agency"]
    parents: set[int] = set()
    for first, second in itertools.pairwise(agencies):
        if first.term.key == second.term.key or second.start < first.end:
            continue
        country = ctx.compiled.agency_country(first.term.key)
        if not country or country != ctx.compiled.agency_country(second.term.key):
            continue
        gap = " ".join(ctx.text[first.end : second.start].split()).strip(" (),")
        gap = _ACRONYM_IN_BRACKETS.sub("", gap).strip(" ,")
        if gap in links.parent_links:
            unit, parent = first, second
        elif gap in links.unit_links:
            parent, unit = first, second
        else:
            continue
        police = ctx.compiled.agency_kind(parent.term.key) == "police"
        parents.add(id(unit) if police else id(parent))
    return parents


_ACRONYM_IN_BRACKETS = re.compile(r"^\(?[\w.-]{2,10}\)\s*")


def _cited_as_source(ctx: ArticleContext, sentence: Sentence, agency: Match) -> bool:
    """ "according to the UNODC", "selon l'ONUDC", "según la UNODC", "وفقا لمكتب": an agency
    quoted for figures did not act."""
    return _after_cue(ctx, sentence, agency, ctx.compiled.source_cues)


# How far an agency may follow a warrant or notice it issued ("a Red Notice issued by
# Interpol", "نشرة حمراء صادرة عن الإنتربول"), and precede one ("an Interpol Red Notice").
WARRANT_ISSUER_AFTER = 25
WARRANT_ISSUER_BEFORE = 2


def _issued_a_warrant(ctx: ArticleContext, sentence: Sentence, agency: Match) -> bool:
    """ "acting on an Interpol Red Notice", "sur la base d'une notice rouge d'Interpol": an
    agency named as the issuer of the warrant or notice (a warrant cue of modality.toml
    right before or after it, no comma between) did not make the arrest."""
    for m in kind_hits(sentence, "modality"):
        if m.term.kind != "modality" or m.term.key != "warrant":
            continue
        if m.end <= agency.start:
            gap = ctx.text[m.end : agency.start]
            if len(gap) <= WARRANT_ISSUER_AFTER and "," not in gap and "،" not in gap:
                return True
        elif agency.end <= m.start and m.start - agency.end <= WARRANT_ISSUER_BEFORE:
            return True
    return False


def handed_over_agencies(ctx: ArticleContext, sentence: Sentence) -> set[str]:
    """Agencies the sentence hands the suspects or the case to ("the case was passed to the
    National Crime Agency", "puestos a la orden del Ministerio Público", "remis à la police
    judiciaire"): they did not make the arrest, seizure or raid told there (they may charge
    or extradite)."""
    cues = ctx.compiled.handover_cues
    if not cues:
        return set()
    return {
        m.term.key
        for m in kind_hits(sentence, "agency")
        if m.term.kind == "agency" and _after_cue(ctx, sentence, m, cues)
    }


def tipped_agencies(ctx: ArticleContext, sentence: Sentence) -> set[str]:
    """Agencies the sentence names only as the origin of a tip ("after a tip from the DEA",
    "a raíz de una información de la DEA", "بناء على معلومات من", "the DEA alerted Spanish
    police": a tip verb right after it): they passed information,
    they did not run the operation of a state not theirs."""
    cues = ctx.compiled.tip_cues
    verbs = ctx.compiled.tip_verbs
    if not cues and not verbs:
        return set()
    return {
        m.term.key
        for m in kind_hits(sentence, "agency")
        if m.term.kind == "agency"
        and (
            _cue_governs(ctx, sentence, m, cues)
            or (bool(verbs) and ctx.text[m.end : sentence.end].lstrip().startswith(verbs))
        )
    }


def entrusted_agencies(ctx: ArticleContext, sentence: Sentence) -> list[NamedMention]:
    """Agencies a sentence hands the case to ("L'enquête a été confiée à l'OFAST", "the
    investigation was assigned to the FBI"): they made no action told before, they
    investigate the steps told after."""
    cues = ctx.compiled.entrusted_cues
    if not cues:
        return []
    found: list[NamedMention] = []
    for m in kind_hits(sentence, "agency"):
        if m.term.kind != "agency" or any(a.name == m.term.key for a in found):
            continue
        if _cue_governs(ctx, sentence, m, cues):
            found.append(
                construct(NamedMention, name=m.term.key, mention=ctx.original_text(m.start, m.end))
            )
    return found


def credited_agencies(ctx: ArticleContext, sentence: Sentence) -> set[str]:
    """Agencies a sentence that tells no action credits with the operation ("The
    investigation was led by the DEA with assistance from the NCA", "L'enquête, menée par
    l'OFAST", "en la que han participado", "وقد تولت ... التحقيق بالتنسيق مع"): a credit
    phrase or an assistance cue in the sentence, the agency not named as a tip's origin.
    A foreign partner so credited took part in the operation."""
    if not (
        ctx.compiled.credit_cues.search(ctx.text, sentence.start, sentence.end)
        or role_hits(sentence, "assist")
    ):
        return set()
    tipped = tipped_agencies(ctx, sentence)
    return {
        m.term.key
        for m in kind_hits(sentence, "agency")
        if m.term.kind == "agency" and m.term.key not in tipped
    }


# The words that may join the agencies of one list ("the DEA, the FBI and the NCA").
_LIST_GAP_WORDS = 3
_LIST_WORD_CHARS = 4


def _cue_governs(
    ctx: ArticleContext, sentence: Sentence, agency: Match, cues: frozenset[str]
) -> bool:
    """Whether one of ``cues`` ends right before the agency or before the first agency of the
    list it ends ("information from the DEA and the FBI")."""
    if _after_cue(ctx, sentence, agency, cues):
        return True
    and_words = ctx.compiled.and_words
    before = [
        m
        for m in kind_hits(sentence, "agency")
        if m.term.kind == "agency" and m.end <= agency.start
    ]
    current = agency
    for previous in reversed(before):
        words = ctx.text[previous.end : current.start].replace(",", " ").split()
        if len(words) > _LIST_GAP_WORDS or not all(
            w in and_words or len(w) <= _LIST_WORD_CHARS for w in words
        ):
            return False
        if _after_cue(ctx, sentence, previous, cues):
            return True
        current = previous
    return False


_CUE_REACH = 60  # characters of the longest cue phrase ("a raíz de una información de la")


def _after_cue(
    ctx: ArticleContext, sentence: Sentence, agency: Match, cues: frozenset[str]
) -> bool:
    """Whether one of ``cues`` ends right before the agency (a bracket or space between)."""
    if not cues:
        return False
    head = ctx.text[max(sentence.start, agency.start - _CUE_REACH) : agency.start]
    head = head.rstrip(" (")
    if not head.endswith(_as_tuple(cues)):
        return False  # one C-level test settles the common case (no cue ends there)
    for cue in cues:
        if head.endswith(cue):
            start = len(head) - len(cue)
            if start == 0 or not head[start - 1].isalpha():
                return True
    return False


def find_organizations(ctx: ArticleContext, sentence: Sentence) -> list[tuple[int, NamedMention]]:
    """Named criminal groups with their offsets (to attach each to its nearest trigger)."""
    found: list[tuple[int, NamedMention]] = []
    for m in sentence.matches:
        if m.term.kind == "organization":
            mention = NamedMention(name=m.term.key, mention=ctx.original_text(m.start, m.end))
            found.append((m.start, mention))
        elif m.term.kind == "org_head":
            named = _pattern_organization(ctx, sentence, m)
            if named is not None:
                found.append(named)
    unique: dict[str, tuple[int, NamedMention]] = {}
    for offset, mention in found:
        unique.setdefault(mention.name.casefold(), (offset, mention))
    return list(unique.values())


def _pattern_organization(
    ctx: ArticleContext, sentence: Sentence, head: Match
) -> tuple[int, NamedMention] | None:
    pattern = ctx.lexicon.organization_patterns[head.term.index]
    if pattern.name_side == "after":
        tail = ctx.cased[head.end : min(sentence.end, head.end + 60)]
        stripped = tail.lstrip()
        offset = head.end + len(tail) - len(stripped)
        if stripped.startswith('"'):
            close = stripped.find('"', 1)
            if close <= 1:
                return None
            name_start, name_end = offset + 1, offset + close
        else:
            run = ctx.compiled.capitalised_run.match(stripped)
            if run is None:
                return None
            name_start, name_end = offset, offset + run.end()
        start, end = head.start, name_end + (1 if stripped.startswith('"') else 0)
    else:
        before = ctx.cased[max(sentence.start, head.start - 60) : head.start].rstrip()
        runs = list(ctx.compiled.capitalised_run.finditer(before))
        if not runs or runs[-1].end() != len(before):
            return None
        base = head.start - len(ctx.cased[max(sentence.start, head.start - 60) : head.start])
        name_start, name_end = base + runs[-1].start(), base + runs[-1].end()
        start, end = name_start, head.end
    name = ctx.original_text(name_start, name_end).strip()
    if not name or any(
        m.term.kind in {"country", "agency"} and m.start <= name_start < m.end
        for m in sentence.matches
    ):
        return None
    canonical = pattern.label.format(name=name)
    return start, NamedMention(name=canonical, mention=ctx.original_text(start, end))


def find_crimes(sentence: Sentence) -> list[str]:
    crimes: list[str] = []
    for m in sentence.matches:
        if m.term.kind == "crime" and m.term.key not in crimes:
            crimes.append(m.term.key)
    return crimes


# ---------------------------------------------------------------- time


def _announcement_date(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, ruling: bool = False
) -> bool:
    """ "said on Tuesday": the day of the statement. A date inside the quoted statement
    ("said: 'On 11 May, raids were carried out'") is the day of the action. The statement's
    subject may stand between the verb and its day, with a name in brackets and the day set
    off by commas ("قالت وكالة الشرطة الأوروبية (يوروبول) اليوم الخميس إن", "أعلنت المديرية
    العامة ... في وزارة الداخلية، اليوم الاثنين، القبض على"). For a ruling (``ruling``), a
    verb that issues it ("أصدرت المحكمة، الثلاثاء، حكما") gives the ruling's own day. A
    day right before the verb ("Police on Wednesday said they had arrested") is the
    statement's too."""
    return any(
        (0 <= m.start - date.end <= 1 and not ctx.text[date.end : m.start].strip())
        or (
            0 <= date.start - m.end <= ANNOUNCEMENT_WINDOW_WITH_SUBJECT
            and '"' not in ctx.gap(m.end, date.start)
            and not _reported_clause_between(ctx, m.end, date.start)
            and (
                date.start - m.end <= ANNOUNCEMENT_WINDOW
                or not _trigger_or_break_between(ctx, sentence, m.end, date.start)
            )
        )
        for m in role_hits(sentence, "announcement")
        if not (ruling and ctx.text[m.start : m.end] in ctx.compiled.ruling_verbs)
    )


RULING_TYPES = frozenset({"sentence", "conviction"})
ATTACHED_WORDS = 2  # words between an action's trigger and a date that is that action's


def _story_opens_before(sentence: Sentence, date: DateMention) -> bool:
    """The sentence opens with the action that the date follows: no ruling is told before
    it ("He was arrested in 2019 and jailed"; not "El tribunal impone ... a los tripulantes
    de la narcolancha interceptada en noviembre de 2022, y un año a ...")."""
    return not any(
        m.term.kind == "trigger" and m.term.key in RULING_TYPES and m.start < date.start
        for m in sentence.matches
    )


def _other_actions_date(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, trigger: Match
) -> bool:
    """The date follows another action's trigger with at most a preposition or two between
    ("interceptada en noviembre de 2022", "interpellés en 2023", "ضبطت في مارس"), on the far
    side of that trigger from this one, or before this one."""
    for m in sentence.matches:
        if m.term.kind != "trigger" or m.start == trigger.start or m.term.key in RULING_TYPES:
            continue
        if m.end > date.start or (date.start > trigger.start and m.start < trigger.end):
            continue
        gap = ctx.text[m.end : date.start]
        if len(gap.split()) <= ATTACHED_WORDS and not any(c.isdigit() or c in ",،;" for c in gap):
            return True
    return False


def _without_prior_steps_dates(
    ctx: ArticleContext, sentence: Sentence, candidates: list[DateMention], trigger: Match
) -> list[DateMention]:
    """ "arrested in Auckland in December 2023 and extradited to Australia in May 2024": a
    date told after another action's trigger and before this one is that action's when this
    action tells its own date after its trigger, before any other action."""

    def others(start: int, end: int) -> bool:
        return any(
            m.term.kind == "trigger" and m.term.key != trigger.term.key and start <= m.start < end
            for m in sentence.matches
        )

    if not any(d.start >= trigger.end and not others(trigger.end, d.start) for d in candidates):
        return candidates
    return [
        d for d in candidates if not (d.end <= trigger.start and others(sentence.start, d.start))
    ]


def _reported_clause_between(ctx: ArticleContext, start: int, end: int) -> bool:
    """ "said that on Tuesday", "أوضحت في بيان أن المحققين نفذوا يوم الثلاثاء": the reported
    clause began before the date, which is the action's."""
    reported = ctx.compiled.reported_clause
    return any(w in reported for w in ctx.gap(start, end).replace("'", "' ").split())


# "أعلنت وزارة الداخلية الكويتية اليوم الخميس", "a annoncé la gendarmerie de l'Hérault
# mardi": the statement's subject may stand between the verb and its day.
ANNOUNCEMENT_WINDOW_WITH_SUBJECT = 100

_BRACKETED = re.compile(r"\([^()]{0,60}\)")
_DATE_OPENING_COMMA = re.compile(r"[\s,،]+$")


def _trigger_or_break_between(
    ctx: ArticleContext, sentence: Sentence, start: int, end: int
) -> bool:
    # A name in brackets ("(Europol)") and the comma that opens the date's own parenthesis
    # belong to the subject; any other comma or an action between ends it.
    gap = _DATE_OPENING_COMMA.sub("", _BRACKETED.sub("", ctx.text[start:end]))
    if any(mark in gap for mark in (",", "،", ";", "(")):
        return True
    # A drug word inside the speaker's name ("المديرية العامة لشؤون المخدرات") is the name's.
    names = [m for m in sentence.matches if m.term.kind == "agency" and start <= m.start < end]
    return any(
        m.term.kind in ("trigger", "item", "drug")
        and start <= m.start < end
        and not any(n.start <= m.start and m.end <= n.end for n in names)
        for m in sentence.matches
    )


def _dateline(ctx: ArticleContext, date: DateMention) -> bool:
    """ "GUAYAQUIL, Ecuador, Oct 5 (Wire) -": the date of the dispatch, not of the action.
    So is a line that opens a paragraph with a place and the publication day alone
    ("Sevilla, 4 de marzo de 2025. La Guardia Civil ha detenido ...")."""
    if date.start - _opening_line_start(ctx) <= DATELINE_REACH:
        following = ctx.text[date.end : date.end + 3].lstrip()
        if following[:1] in ("(", "-", ":", "/"):
            return True
    return _place_and_day_line(ctx, date)


def _opening_line_start(ctx: ArticleContext) -> int:
    """Where the article's first line of text opens: past a headline, a first line on its
    own without a final stop ("Navy seizes cocaine off Colón\n\nPANAMA, April 8 -")."""
    memo = ctx.memo.get("opening_line")
    if isinstance(memo, int):
        return memo
    start = 0
    first = next((s for s in ctx.sentences if not s.duplicate), None)
    if first is not None and _headline(ctx, first):
        start = len(ctx.text) - len(ctx.text[first.end :].lstrip())
    ctx.memo["opening_line"] = start
    return start


PLACE_LINE = 40  # "Sabadell, 4 de noviembre de 2025.": the place before a dateline's day


def _place_and_day_line(ctx: ArticleContext, date: DateMention) -> bool:
    if ctx.published is None or date.value != ctx.published.isoformat():
        return False
    if ctx.text[date.end : date.end + 1] not in (".", "\n", "") or date.start == 0:
        return False
    line_start = ctx.text.rfind("\n", 0, date.start) + 1
    head = ctx.text[line_start : date.start].rstrip()
    return (
        0 < len(head) <= PLACE_LINE
        and head.endswith(",")
        and not any(mark in head for mark in ".;:")
        and not any(c.isdigit() for c in head)
    )


def _day_precision(date: DateMention) -> bool:
    return len(date.value) == 10


def _break_between(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, trigger: Match
) -> bool:
    start, end = (
        (date.end, trigger.start) if date.end <= trigger.start else (trigger.end, date.start)
    )
    if start >= end:
        return False
    if ";" in ctx.text[start:end]:
        return True
    return any(start <= m.start < end for m in role_hits(sentence, "clause_breaks"))


def _after_future(ctx: ArticleContext, date: DateMention, trigger: Match) -> bool:
    return (
        date.start >= trigger.end
        and ctx.compiled.future_words.search(ctx.text, trigger.end, date.start) is not None
    )


def _in_earlier_clause(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, trigger: Match
) -> bool:
    if date.start < trigger.end:
        return False
    gap = ctx.text[trigger.end : date.start]
    lead = ctx.compiled.earlier_clause.search(gap)
    if lead is None:
        return False
    start = trigger.end + lead.end()
    return any(m.term.kind == "trigger" and start <= m.start < date.start for m in sentence.matches)


REPORT_PERIOD_REACH = 100  # "Since the start of the year, police in the region have arrested"
IMPOSED_DATE_REACH = 40  # "impuesta en ausencia en 2021", "imposed in absentia in 2021"


def find_date(ctx: ArticleContext, mention: Mention, later: bool = True) -> DateMention | None:
    """The date nearest the trigger in its sentence, else a day in the sentence before.
    ``later=False``: the day a later step ("were later charged") would take, were it not
    told as later (its story's time, for background)."""
    sentence = mention.sentence
    trigger = mention.trigger
    ruling = mention.event_type in RULING_TYPES
    candidates = [
        d
        for d in ctx.dates(sentence)
        if not (
            _announcement_date(ctx, sentence, d, ruling)
            and not (_old_period(ctx, d) and d.end <= trigger.start)
        )
        and not _dateline(ctx, d)
    ]
    if ruling and (imposed := imposed_after(ctx, trigger)) is not None:
        # "una condena de 20 años impuesta en ausencia en 2021": the day the term was imposed
        told = [d for d in candidates if 0 <= d.start - imposed <= IMPOSED_DATE_REACH]
        if told:
            return told[0]
    if ruling:
        # "condenó a los tripulantes de la narcolancha interceptada en noviembre de 2022": a
        # date right after another action's trigger is that action's, not the ruling's.
        others = [d for d in candidates if _other_actions_date(ctx, sentence, d, trigger)]
        candidates = [d for d in candidates if d not in others]
        if not candidates and any(
            date_is_past(ctx, d) and _story_opens_before(sentence, d) for d in others
        ):
            # "He was arrested in 2019 and jailed for four years": the ruling belongs to
            # that past story, not to the day of the sentence before.
            return None
    else:
        # "The suspect, who was first detained in October, was extradited on Tuesday": an
        # old date right after another action's trigger is that action's while the sentence
        # has another.
        free = [
            d
            for d in candidates
            if not (date_is_past(ctx, d) and _other_actions_date(ctx, sentence, d, trigger))
        ]
        candidates = free or candidates
        if mention.event_type in STREET_TYPES:
            # "Two men held in Leeds appeared in court on Wednesday": the hearing's day.
            candidates = [d for d in candidates if not _court_step_date(ctx, sentence, d, trigger)]
    candidates = _without_prior_steps_dates(ctx, sentence, candidates, trigger)
    # A date across a clause break (";", "but", "فيما") is another clause's: "arrested in
    # Istanbul in October 2024, while the second was held in Antalya last January".
    own_clause = [d for d in candidates if not _break_between(ctx, sentence, d, trigger)]
    candidates = own_clause or candidates
    # "sentenced him after a jury found him guilty in October": a date inside an "after"
    # clause with its own action is that earlier action's.
    candidates = [d for d in candidates if not _in_earlier_clause(ctx, sentence, d, trigger)]
    # "are being held ... and will be arraigned on Monday": a date after a future verb is
    # the plan's.
    candidates = [d for d in candidates if not _after_future(ctx, d, trigger)]
    # "So far this year, police have arrested ...": a report's period dates the actions told
    # after it, close by, not one before it ("the gang blamed for six shootings so far this
    # year") nor a plan told further on ("remains a priority, with more means for seizures").
    candidates = [
        d
        for d in candidates
        if d.kind != "span" or 0 <= trigger.start - d.end <= REPORT_PERIOD_REACH
    ]
    clause = _later_clause(ctx, mention) if later else None
    if clause is not None:
        # "seven were later charged": only a day of its own clause is its day.
        candidates = [d for d in candidates if d.start >= clause]
        if not candidates:
            return None
    if candidates:
        nearest = min(
            candidates,
            key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)),
        )
        return _years_counted_from(
            ctx, sentence, _counted_from(ctx, sentence, nearest, trigger), trigger
        )
    earlier = _earlier_date(ctx, sentence, street=mention.event_type in STREET_TYPES)
    # "Both men were released the following day", "relâché le lendemain": a day counted
    # from the day told before.
    offset = ctx.day_after_told(sentence)
    if offset is not None:
        earlier = _action_day_before(ctx, sentence) or earlier
        if earlier is None or not _day_precision(earlier):
            return None
        day = datetime.date.fromisoformat(earlier.value) + datetime.timedelta(days=offset)
        return DateMention(day.isoformat(), trigger.start, trigger.end, "relative")
    if earlier is None and mention.event_type in DETAILED_TYPES:
        return _lead_detail_date(ctx, sentence)
    return earlier


YEARS_COUNTED_REACH = 40  # characters after the trigger where "two years later" qualifies it


def _years_counted_from(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, trigger: Match
) -> DateMention:
    """ "fled in 2019 and was recaptured in Brazil two years later", "arrêté à Dubaï un an
    plus tôt" (after "en novembre 2024"): a date told before the trigger, with a count of
    years between it and the trigger or right after the trigger in its clause, is counted
    from: that year (its month kept, no day)."""
    if date.end > trigger.start:
        return date
    tail = ctx.text[trigger.end : min(sentence.end, trigger.end + YEARS_COUNTED_REACH)]
    cut = min(
        (i for i in (tail.find(","), tail.find("،"), tail.find(";")) if i >= 0), default=len(tail)
    )
    found = dates_module.years_told_span(ctx.text[date.end : trigger.start], ctx.language)
    if found is None:
        found = dates_module.years_told_span(tail[:cut], ctx.language)
    if found is None:
        return date
    year = int(date.value[:4]) + found[2]
    value = f"{year:04d}{date.value[4:7]}"
    return DateMention(value, date.start, date.end, "relative")


COUNTED_PHRASE_OBJECT = 12  # "the day after the raid": an action right after the phrase


def _counted_from(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, trigger: Match
) -> DateMention:
    """ "raided the house on Monday and the following day arrested two men", "جرت يوم
    الخميس ... وأسفرت في اليوم التالي عن القبض": a `day_after_told` phrase between a day and
    the trigger, with no action between the day and the phrase, counts the trigger's day
    from it; not one that names another action right after it ("on Monday, the day after
    the raid, police arrested": the raid's day is counted, not the arrest's)."""
    if not _day_precision(date) or date.end > trigger.start or ctx.day_after_told(sentence) is None:
        return date
    found = dates_module.day_after_told_span(ctx.text[date.end : trigger.start], ctx.language)
    if found is None or not found[2]:
        return date
    start, end = date.end + found[0], date.end + found[1]
    if not ctx.text[date.end : start].strip(" ,،"):
        return date  # "On Tuesday, the day after the raid": the day itself, in apposition
    for m in sentence.matches:
        if m.term.kind != "trigger" or not date.end <= m.start < trigger.start:
            continue
        if m.start < start or (
            m.start - end <= COUNTED_PHRASE_OBJECT and m.term.key != trigger.term.key
        ):
            return date
    offset = found[2]
    day = datetime.date.fromisoformat(date.value) + datetime.timedelta(days=offset)
    return DateMention(day.isoformat(), date.start, date.end, "relative")


def _old_period(ctx: ArticleContext, date: DateMention) -> bool:
    """A past month or year ("وكانت قد أعلنت في مارس الماضي ضبط"): an announcement that old
    tells the month or year of the action it reports after it, the precision the text
    gives (not of an action told before the announcement verb)."""
    return not _day_precision(date) and date_is_past(ctx, date)


def _action_day_before(ctx: ArticleContext, sentence: Sentence) -> DateMention | None:
    """The day of the last action told before a sentence that counts from it ("le même
    jour", "the following day"): a day a sentence without action tells on the way (a
    victim's state "on Sunday evening") is not the one counted from."""
    for previous in reversed(ctx.sentences[: sentence.index]):
        if previous.duplicate or previous.index not in ctx.action_sentences:
            continue
        days = [
            d
            for d in ctx.dates(previous)
            if _day_precision(d)
            and not _announcement_date(ctx, previous, d)
            and not _dateline(ctx, d)
            and not _planned(ctx, previous, d)
        ]
        return days[-1] if days else None
    return None


# Actions of the street, before any court step ("appeared in court on Monday").
STREET_TYPES = frozenset({"arrest", "raid", "seizure", "dismantling"})


def _court_step_date(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, trigger: Match | None = None
) -> bool:
    """The date is a court step's (`court_steps`: "appeared in court on Monday", "présentés
    mercredi à un juge", "مثل يوم الأربعاء أمام المحكمة"): right after the step's words, or
    right before words that end one, with this action's trigger not between them."""
    at = -1 if trigger is None else trigger.start
    for m in [*role_hits(sentence, "court_steps"), *role_hits(sentence, "handover_steps")]:
        if trigger is not None and m.start < trigger.end and trigger.start < m.end:
            continue
        if m.end <= date.start:
            if m.end <= at < date.start:
                continue
            gap = ctx.text[m.end : date.start]
            if len(gap.split()) <= ATTACHED_WORDS and not any(
                c.isdigit() or c in ",،;" for c in gap
            ):
                return True
        elif date.end <= m.start and not ctx.text[date.end : m.start].strip():
            if date.end <= at < m.start:
                continue
            return True
    return False


# Actions whose detail a lead's next sentence may tell ("X has been extradited. He arrived
# at Barajas on Wednesday"); a court step's is its own.
DETAILED_TYPES = frozenset({"arrest", "raid", "seizure", "dismantling", "extradition"})


def _lead_detail_date(ctx: ArticleContext, sentence: Sentence) -> DateMention | None:
    """An undated lead ("X has been extradited to Spain") whose next sentence tells the same
    operation in detail without an action word of its own ("He arrived at Barajas on
    Wednesday escorted by officers", "الكمية عثر عليها مساء الأحد"): that sentence's day,
    unless it bounds a period ("since 4 March")."""
    before = [s for s in ctx.sentences[: sentence.index] if not s.duplicate]
    if any(not (_headline(ctx, s) or _bare_dateline(ctx, s)) for s in before):
        return None  # only the article's first sentence (after its headline, if any)
    following = next((s for s in ctx.sentences[sentence.index + 1 :] if not s.duplicate), None)
    if following is None or following.index in ctx.action_sentences:
        return None
    if role_hits(following, "court_steps"):
        return None  # "They appeared in court on Wednesday": a later step, not the detail
    days = [
        d
        for d in ctx.dates(following)
        if _day_precision(d)
        and not date_is_past(ctx, d)
        and not _announcement_date(ctx, following, d)
        and not _dateline(ctx, d)
        and not _planned(ctx, following, d)
        and not dates_module.bound_before(ctx.text, d.start, ctx.language)
        and not _court_step_date(ctx, following, d)
    ]
    return days[0] if days else None


def _headline(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The article's first line, on its own and without a final stop ("Navy seizes 2 tonnes
    of cocaine off Colón\n\nPANAMA, April 8 - ..."): a headline, not the lead."""
    if sentence.index != ctx.sentences[0].index:
        return False
    line = ctx.text[sentence.start : sentence.end].rstrip()
    return (
        "\n" in ctx.text[sentence.end : sentence.end + 3]
        or ctx.text[sentence.end :].startswith("\n")
    ) and not line.endswith((".", "!", "?", "»", '"', "”"))


def _bare_dateline(ctx: ArticleContext, sentence: Sentence) -> bool:
    """ "SANTO DOMINGO." told as a sentence of its own before the lead: a short dispatch
    place, no action."""
    return (
        sentence.index not in ctx.action_sentences
        and sentence.end - sentence.start <= DATELINE_CHARS
        and not ctx.dates(sentence)
    )


LATER_REACH = 30  # characters after the trigger where "later" still qualifies it


def later_step(ctx: ArticleContext, mention: Mention) -> bool:
    """The action is told as later than the day told before ("seven were later charged",
    "ont ensuite été mis en examen", "أحيلوا لاحقا"): the operation's day is not its day."""
    return _later_clause(ctx, mention) is not None


def _later_clause(ctx: ArticleContext, mention: Mention) -> int | None:
    """Start of the trigger's clause when that clause tells the action as later, else None.
    Memoised per trigger: find_date and later_step both ask for each mention."""
    memo = ctx.memo.get("later_clauses")
    if not isinstance(memo, dict):
        ctx.memo["later_clauses"] = memo = {}
    key = (mention.trigger.start, mention.trigger.end, mention.sentence.index)
    if key not in memo:
        memo[key] = _find_later_clause(ctx, mention)
    found: int | None = memo[key]
    return found


def _find_later_clause(ctx: ArticleContext, mention: Mention) -> int | None:
    sentence = mention.sentence
    trigger = mention.trigger
    head = ctx.text[sentence.start : trigger.start]
    start = sentence.start + max(head.rfind(mark) for mark in (",", ";", "،")) + 1
    tail = ctx.text[trigger.end : min(sentence.end, trigger.end + LATER_REACH)]
    cut = min((i for i in (tail.find(","), tail.find("،")) if i >= 0), default=len(tail))
    at = dates_module.told_later_at(ctx.text[start : trigger.end + cut], ctx.language)
    if at is None:
        return None
    # "was extradited in 2022 and later sentenced": the later step's clause opens at its
    # later word, past the step told before it with its date.
    return start + at if start + at < trigger.start else start


def day_told_before(ctx: ArticleContext, mention: Mention) -> DateMention | None:
    """The day a later step would take were it not told as later: its story's time."""
    return find_date(ctx, mention, later=False)


def _earlier_date(
    ctx: ArticleContext, sentence: Sentence, depth: int = 0, street: bool = False
) -> DateMention | None:
    """``_find_earlier_date``, memoised per sentence and depth: every undated mention of a
    sentence looks back the same way. The action sentences are part of the key (they are
    set once per article, before any date is looked for)."""
    memo = ctx.memo.get("earlier_dates")
    if not isinstance(memo, dict):
        ctx.memo["earlier_dates"] = memo = {}
    key = (sentence.index, depth, ctx.action_sentences, street)
    if key not in memo:
        memo[key] = _find_earlier_date(ctx, sentence, depth, street)
    found: DateMention | None = memo[key]
    return found


def _find_earlier_date(
    ctx: ArticleContext, sentence: Sentence, depth: int = 0, street: bool = False
) -> DateMention | None:
    """A day in the sentence before, or stated earlier in the same paragraph: "In the
    first, ... on Monday. Officers recovered 2 tonnes. The four men on board were arrested.".
    A sentence before that counts its day from an earlier one ("Five days later, officers
    stopped a lorry.") gives that day; an undated action in the paragraph before this one
    gives the day it took itself (its own look-back may reach the paragraph before)."""
    current = sentence
    for step in range(DATE_LOOKBACK):
        previous = ctx.previous_sentence(current)
        if previous is None or (step and "\n" in ctx.text[previous.end : current.start]):
            return None
        same_paragraph = "\n" not in ctx.text[previous.end : current.start]
        # A day, or the past month or year of a story told in the sentence before ("He
        # had been arrested in July 2009. During that operation officers had seized ...").
        # Not a plan's day ("and will appear in court today").
        told = ctx.dates(previous)
        earlier = [
            d
            for d in told
            if (_day_precision(d) or (not step and same_paragraph and date_is_past(ctx, d)))
            and not _announcement_date(ctx, previous, d)
            and not _dateline(ctx, d)
            and not _planned(ctx, previous, d)
            # "They appeared in court on Wednesday.": the hearing's day, not the operation's
            # (``street``: an arrest, raid, seizure or dismantling looks back)
            and not (street and _court_step_date(ctx, previous, d))
        ]
        if earlier:
            return earlier[-1]
        if told and any(m.term.kind == "trigger" for m in previous.matches):
            return None  # an action with a vaguer date of its own stands between
        if not told and depth < DATE_LOOKBACK:
            counted = _counted_day(ctx, previous, depth + 1)
            if counted is not None:
                return counted
            if same_paragraph and previous.index in ctx.action_sentences:
                return _earlier_date(ctx, previous, depth + 1, street)
        current = previous
    return None


def running_day(ctx: ArticleContext, sentence: Sentence) -> str | None:
    """The last recent day the article told before this sentence ("vendredi soir ... Les
    trois voyageurs ont été arrêtés"), moved by the sentence's "the following day" ("Le
    lendemain, ... l'arrestation de deux complices"): the day an undated step most likely
    took place. Used to tell two steps of a story apart, never given as a date."""
    days = ctx.memo.get("running_days")
    if not isinstance(days, list):
        ctx.memo["running_days"] = days = []
    # The last recent day told before each sentence, found in one pass that goes only as far
    # as the latest sentence asked about (the dates of the sentences after it are not read).
    # days[i] is the day before sentence i; days[-1] stays the running one for the next.
    while len(days) <= sentence.index:
        last = days[-1] if days else None
        if days:
            earlier = ctx.sentences[len(days) - 1]
            told = [
                d
                for d in ctx.dates(earlier)
                if _day_precision(d)
                and not _announcement_date(ctx, earlier, d)
                and not _dateline(ctx, d)
                and not date_is_past(ctx, d)
            ]
            if told:
                last = told[-1]
        days.append(last)
    day = days[sentence.index]
    if not isinstance(day, DateMention):
        return None
    offset = ctx.day_after_told(sentence) or 0
    value = datetime.date.fromisoformat(day.value) + datetime.timedelta(days=offset)
    return value.isoformat()


def _counted_day(ctx: ArticleContext, sentence: Sentence, depth: int) -> DateMention | None:
    """The day of an undated sentence that counts it from the day told before ("Five days
    later, ...", "le lendemain", "بعد يومين"), or None."""
    offset = ctx.day_after_told(sentence)
    if offset is None:
        return None
    base = _action_day_before(ctx, sentence) or _earlier_date(ctx, sentence, depth)
    if base is None or not _day_precision(base):
        return None
    day = datetime.date.fromisoformat(base.value) + datetime.timedelta(days=offset)
    return DateMention(day.isoformat(), sentence.start, sentence.start, "relative")


def _planned(ctx: ArticleContext, sentence: Sentence, date: DateMention) -> bool:
    """A date after a future verb in its clause ("and will appear in court today")."""
    start = max(
        [m.end for m in sentence.matches if m.term.kind == "trigger" and m.end <= date.start],
        default=sentence.start,
    )
    return ctx.compiled.future_words.search(ctx.text, start, date.start) is not None


LEAD_SENTENCES = 2  # the lead of a news story says when its action happened


def lead_date(ctx: ArticleContext) -> str | None:
    """The day the article's lead gives ("Le 27 août dernier, les douaniers ont contrôlé un
    conteneur"): not a statement's day, not the dateline, not an old day."""
    for sentence in [s for s in ctx.sentences if not s.duplicate][:LEAD_SENTENCES]:
        for d in ctx.dates(sentence):
            if (
                _day_precision(d)
                and not _announcement_date(ctx, sentence, d)
                and not _dateline(ctx, d)
                and not date_is_past(ctx, d)
                and not _court_step_date(ctx, sentence, d)
            ):
                return d.value
    return None


def is_background(ctx: ArticleContext, mention: Mention, date: DateMention | None) -> bool:
    """Context rather than news: a past-year date, a date well before publication, or a
    background cue ("previously", "سبق أن") before the trigger in its sentence."""
    sentence = mention.sentence
    trigger = mention.trigger
    if (
        date is not None
        and _day_precision(date)
        and sentence.start <= date.start < sentence.end
        and _this_week(ctx, date)
        and not _action_between(ctx, sentence, trigger, date)
        # "arrested a man on Monday who had previously been jailed": a background cue
        # after the day, right before this trigger, makes the day the other action's
        and not any(
            date.end <= m.start < trigger.start
            for role in ("background", "pluperfect")
            for m in role_hits(sentence, role)
        )
    ):
        # A recent day of its own: the story's days, even told in the pluperfect
        # ("Ils avaient été interpellés mardi", "who had been arrested on Monday").
        return False
    if any(
        m.start < trigger.start and _same_clause(ctx, sentence, m.end, trigger, date)
        for m in role_hits(sentence, "background")
    ):
        return True
    if _pluperfect(ctx, sentence, trigger, date) or _split_pluperfect(ctx, sentence, trigger, date):
        return True
    if _after_elapsed_time(ctx, sentence, trigger):
        return True
    if past_time_after(ctx, sentence, trigger):
        return True
    if date is None and _coordinated_after_past(ctx, sentence, trigger):
        return True
    return date is not None and date_is_past(ctx, date)


def _coordinated_after_past(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """An undated action coordinated after an earlier action of its sentence that an old date
    places in the past shares that past ("He was arrested in 2019 and jailed for four
    years"): not across ";", "but" or another clause break."""
    earlier = [
        m
        for m in sentence.matches
        if m.term.kind == "trigger" and m.end <= trigger.start and m.start != trigger.start
    ]
    if not earlier:
        return False
    first = min(m.start for m in earlier)
    return any(
        first <= d.start
        and d.end <= trigger.start
        and date_is_past(ctx, d)
        and _same_clause(ctx, sentence, d.end, trigger, None)
        for d in ctx.dates(sentence)
    )


PAST_AFTER_REACH = 60  # "dismantled in an operation two years ago"


def past_time_after(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """A time of the story's past right after the trigger, in its clause ("The network was
    dismantled two years ago", "desarticulada hace dos años"): no comma, clause break or
    other action between."""
    for cue in role_hits(sentence, "past_after"):
        if cue.start < trigger.end or cue.start - trigger.end > PAST_AFTER_REACH:
            continue
        gap = ctx.gap(trigger.end, cue.start)
        if any(ch in gap for ch in ",;،"):
            continue
        if any(
            trigger.end <= m.start < cue.start
            and (
                m.term.kind == "trigger"
                or (m.term.kind == "role" and m.term.key == "clause_breaks")
            )
            for m in sentence.matches
        ):
            continue
        return True
    return False


ELAPSED_REACH = 50  # "two years after officers seized", "deux ans après la saisie de"


def _after_elapsed_time(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """ "The arrests come two years after officers seized 3 tonnes": the action of a clause
    opened by an elapsed time (modality.toml `elapsed`) is the earlier one; not across a
    comma ("Two years after the murder, police arrested a suspect": the news)."""
    for cue in role_hits(sentence, "elapsed"):
        if cue.end > trigger.start or trigger.start - cue.end > ELAPSED_REACH:
            continue
        gap = ctx.text[cue.end : trigger.start]
        if "," in gap or "،" in gap or ";" in gap:
            continue
        if _same_clause(ctx, sentence, cue.end, trigger, None):
            return True
    return False


PLUPERFECT_REACH = 24  # "had already been", "avaient notamment", "habían sido"
RECENT_DAYS = 7  # a pluperfect with a day this recent tells the story's own days
SPLIT_PLUPERFECT_REACH = 200


def _this_week(ctx: ArticleContext, date: DateMention) -> bool:
    if ctx.published is None:
        return True
    day = datetime.date.fromisoformat(date.value)
    return 0 <= (ctx.published - day).days <= RECENT_DAYS


def _split_pluperfect(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, date: DateMention | None
) -> bool:
    """An auxiliary ... particle pluperfect (Arabic كان ... قد: modality.toml
    `split_pluperfect_*`) before the trigger in its clause; actions coordinated after it
    share it."""
    pattern = ctx.compiled.split_pluperfect
    probe = ctx.compiled.split_pluperfect_probe
    if pattern is None or probe is None:
        return False
    if probe.search(ctx.text, sentence.start, trigger.start) is None:
        return False  # no auxiliary before the trigger: the slow pattern cannot match
    return any(
        trigger.start - m.end() <= SPLIT_PLUPERFECT_REACH
        and _same_clause(ctx, sentence, m.end(), trigger, date)
        for m in pattern.finditer(ctx.text, sentence.start, trigger.start)
    )


def _pluperfect(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, date: DateMention | None
) -> bool:
    """ "had seized", "avaient saisi", "habían detenido": a past before the story's time,
    told as its background; not in reported speech ("police said they had arrested three
    men": an announcement verb before it), nor with a recent date of its own ("avaient été
    interpellés mardi": the story's own days, told before its latest step)."""
    for cue in role_hits(sentence, "pluperfect"):
        if not 0 <= trigger.start - cue.end <= PLUPERFECT_REACH or cue.start >= trigger.start:
            continue
        if any(a.end <= cue.start for a in role_hits(sentence, "announcement")):
            continue
        gap = ctx.text[cue.end : trigger.start]
        if "," in gap or "،" in gap:
            # "qui avait loué le box, a été condamné": the auxiliary of a relative clause
            # ended by the comma is not the trigger's.
            continue
        if _same_clause(ctx, sentence, cue.end, trigger, date):
            return True
    return False


def _action_between(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, date: DateMention
) -> bool:
    """A comma or another trigger stands between the date and this one: the date may be
    another clause's ("had been jailed, and on Monday police arrested him")."""
    start, end = sorted((trigger.end, date.start))
    if "," in ctx.text[start:end] or "،" in ctx.text[start:end]:
        return True
    return any(
        m.term.kind == "trigger" and start < m.start < end and m.start != trigger.start
        for m in sentence.matches
    )


def _same_clause(
    ctx: ArticleContext,
    sentence: Sentence,
    cue_end: int,
    trigger: Match,
    date: DateMention | None,
) -> bool:
    """A cue speaks for the clause it stands in: not across ";" or "but", nor past another
    action, a comma and a recent date of this action's own ("He had previously been jailed,
    and on Monday police arrested him"). Without such a date, coordinated actions share the
    tense ("كانت قد ضبطت ...، واعتقلت")."""
    if cue_end >= trigger.start:
        return True  # the cue contains the trigger: "had been arrested"
    if ";" in ctx.text[cue_end : trigger.start]:
        return False
    between = [m for m in sentence.matches if cue_end <= m.start and m.end <= trigger.start]
    if any(m.term.kind == "role" and m.term.key == "clause_breaks" for m in between):
        return False
    earlier = [m.end for m in between if m.term.kind == "trigger"]
    if not earlier or "," not in ctx.text[max(earlier) : trigger.start]:
        return True
    # The action's own date stands in its own clause, after the comma that ends the earlier
    # action's ("كانت قد ضبطت الشهر الماضي ...، واعتقلت" keeps the cue's tense).
    clause_start = ctx.text.rfind(",", max(earlier), trigger.start)
    own_date = date is not None and date.start >= clause_start and not date_is_past(ctx, date)
    return not own_date


def date_is_past(ctx: ArticleContext, date: DateMention) -> bool:
    """A past year, a month over two months back, or a day over 60 days before publication."""
    if ctx.published is None:
        return False
    published = ctx.published
    year = int(date.value[:4])
    if len(date.value) == 4:
        return year < published.year
    month = int(date.value[5:7])
    months_back = (published.year - year) * 12 + published.month - month
    if len(date.value) == 7:
        # The middle of the month stands for it: April is past on 27 June, not on 1 June.
        middle = datetime.date(year, month, 15)
        return months_back > 2 or (published - middle).days > BACKGROUND_DAYS
    day = datetime.date(year, month, int(date.value[8:10]))
    return (published - day).days > BACKGROUND_DAYS


# ---------------------------------------------------------------- sentence terms


def find_sentence_term(
    ctx: ArticleContext, mention: Mention
) -> tuple[int | None, SentenceKind | None]:
    """Months and kind of a penalty stated after a sentencing trigger."""
    sentence = mention.sentence
    trigger = mention.trigger
    kind: SentenceKind | None = None
    for m in kind_hits(sentence, "sentence_kind"):  # the sentence's hits indexed by kind
        if m.term.kind == "sentence_kind" and abs(m.start - trigger.end) <= SENTENCE_TERM_WINDOW:
            if m.term.key in ("life", "death"):
                return None, "life" if m.term.key == "life" else "death"
            kind = "suspended"
    units = [
        m
        for m in kind_hits(sentence, "sentence_unit")
        if m.term.kind == "sentence_unit"
        and m.start >= trigger.start - 30
        and m.start - trigger.end <= SENTENCE_TERM_WINDOW
    ]
    if not units:
        return None, kind
    numbers = ctx.numbers(sentence)
    months = 0.0
    previous_end: int | None = None
    for unit in _distinct_spans(units):
        number = next(
            (n for n in reversed(numbers) if n.end <= unit.start and unit.start - n.end <= 3),
            None,
        )
        if number is None:
            counted = _unit_counts_itself(ctx, unit)
            if counted is None or (previous_end is not None and unit.start - previous_end > 12):
                continue
            months += counted * ctx.lexicon.sentence_units[unit.term.index].months
            previous_end = unit.end
            continue
        if _is_age(ctx, sentence, number, unit):
            continue
        if previous_end is not None and number.start - previous_end > 12:
            break  # a second, separate term (another defendant)
        months += (number.value + _half_after(ctx, unit)) * ctx.lexicon.sentence_units[
            unit.term.index
        ].months
        previous_end = unit.end
    if months <= 0:
        return None, kind
    return round(months), kind or "prison"


def term_told_as_total(ctx: ArticleContext, sentence: Sentence, phrase_only: bool = False) -> bool:
    """The sentence's term is told as a total: "more than 36 years" (an at-least number before
    a term unit) or after a `total` phrase ("a total of 40 years"; with ``phrase_only``, only
    that)."""
    units = [m.start for m in kind_hits(sentence, "sentence_unit")]
    totals = _roles_in(sentence, "total")
    for number in ctx.numbers(sentence):
        if not any(0 <= u - number.end <= 3 for u in units):
            continue
        if number.qualifier == "at_least" and not number.is_vague and not phrase_only:
            return True
        if any(0 <= number.qualifier_start - t.end <= 3 for t in totals):
            return True
    return False


RANGE_SUMMARY_REACH = 35  # "terms of up to seven and a half years", "de entre cuatro y 14 años"


def term_told_as_range(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence's term is a range summing up several defendants' terms ("four of the five
    were sentenced to terms of up to seven and a half years", "penas de entre cuatro y 14
    años", "des peines allant de deux à dix ans"): a `range_summaries` phrase shortly before
    a term unit."""
    phrases = ctx.compiled.range_summaries
    if not phrases:
        return False
    for unit in kind_hits(sentence, "sentence_unit"):
        floor = max(sentence.start, unit.start - RANGE_SUMMARY_REACH)
        window = ctx.text[floor : unit.start]
        for phrase in phrases:
            at = window.find(phrase)
            if at >= 0 and (at == 0 or not window[at - 1].isalnum()):
                end = at + len(phrase)
                if end == len(window) or not window[end].isalnum():
                    return True
    return False


def _half_after(ctx: ArticleContext, unit: Match) -> float:
    """ "cuatro años y medio", "two and a half years" (after the unit), "deux ans et demi":
    half a unit more."""
    return 0.5 if ctx.compiled.half_after.match(ctx.text, unit.end) else 0.0


def _unit_counts_itself(ctx: ArticleContext, unit: Match) -> float | None:
    """A unit with no number of its own: after a `one_words` word it is one ("un año y
    nueve meses", "a year"); after a `term_leads` lead the unit noun is its own number
    (Arabic "ب" or "لمدة": بسنة = 1 year, بسنتين = 2 years, "بسنة ونصف" = 1.5 years)."""
    compiled = ctx.compiled
    before = ctx.text[max(0, unit.start - 6) : unit.start].split()
    if before and before[-1] in compiled.one_words:
        return 1.0 + _half_after(ctx, unit)
    after = ctx.text[unit.end : unit.end + 8].split()[:1]
    if after and after[0].strip(",.،") in compiled.one_words_after:
        return 1.0  # "سنة واحدة": one year
    if not compiled.term_leads:
        return None
    word = ctx.text[unit.start : unit.end]
    head = ctx.text[max(0, unit.start - 12) : unit.start]
    if not head.endswith(compiled.term_leads):
        return None
    if word in compiled.dual_term_units:
        count = 2.0
    elif word in compiled.single_term_units:
        count = 1.0
    else:
        return None
    return count + _half_after(ctx, unit)


def _distinct_spans(units: list[Match]) -> list[Match]:
    """One hit per span: two spellings of one unit (سنة, سنه) match the same word once."""
    seen: set[tuple[int, int]] = set()
    out: list[Match] = []
    for unit in units:
        if (unit.start, unit.end) not in seen:
            seen.add((unit.start, unit.end))
            out.append(unit)
    return out


def _without_suspension_periods(
    ctx: ArticleContext, sentence: Sentence, terms: list[SentenceTerm]
) -> list[SentenceTerm]:
    kept: list[SentenceTerm] = []
    for term in terms:
        head = " ".join(ctx.text[max(sentence.start, term.start - 40) : term.start].split())
        # "a two-year sentence suspended for 18 months" (the `suspension_leads` role): the
        # period is how long the suspension runs, not a second term; the term before it is
        # the suspended one.
        suspension = head.endswith(ctx.compiled.suspension_leads)
        if kept and kept[-1].months is not None and suspension:
            previous = kept[-1]
            kept[-1] = SentenceTerm(previous.start, previous.end, previous.months, "suspended")
            continue
        kept.append(term)
    return kept


@dataclass(frozen=True, slots=True)
class SentenceTerm:
    start: int
    end: int
    months: int | None
    kind: SentenceKind


def _is_duration_of_other(ctx: ArticleContext, unit: Match) -> bool:
    """ "after a two-week trial", "après deux ans d'enquête", "tras un año de investigación":
    a `duration_of` word right after the unit makes the figure how long something else
    lasted, not a term."""
    words = ctx.compiled.duration_of
    if not words:
        return False
    after = ctx.text[unit.end : unit.end + 40].lstrip(" -").lower()
    return any(
        after.startswith(word) and (len(after) == len(word) or not after[len(word)].isalnum())
        for word in words
    )


OTHER_PENALTY_REACH = 60  # "expulsion du territoire suisse pour une durée de dix ans"


def _is_other_penalty(ctx: ArticleContext, sentence: Sentence, number: NumberMention) -> bool:
    """ "y a una expulsión del territorio durante diez años", "banned from driving for three
    years": an `other_penalties` head shortly before the figure, no term unit between, makes
    it how long that penalty lasts, not a prison term."""
    heads = ctx.compiled.other_penalties
    if not heads:
        return False
    floor = max(sentence.start, number.start - OTHER_PENALTY_REACH)
    window = ctx.text[floor : number.start]
    for head in heads:
        at = window.rfind(head)
        if at < 0:
            continue
        start = floor + at
        lead = ctx.text[max(sentence.start, start - 2) : start]
        if lead and lead[-1].isalnum() and not lead.endswith(ctx.compiled.and_prefixes or ("\0",)):
            continue  # inside another word, not after "and" written on it (Arabic و)
        if not any(start < m.start < number.start for m in kind_hits(sentence, "sentence_unit")):
            return True
    return False


def _is_age(ctx: ArticleContext, sentence: Sentence, number: NumberMention, unit: Match) -> bool:
    """ "un homme de 34 ans", "a 27-year-old", "aged 40 years": an age, not a term."""
    compiled = ctx.compiled
    after = ctx.text[unit.end : unit.end + 5]
    if compiled.age_after and after.lstrip(" -").startswith(compiled.age_after):
        return True  # "a 27-year-old"
    if _year_after_unit(ctx, sentence, unit):
        return True  # "القانون رقم 50 لسنة 2017": a law of that year, no term
    number = _range_start(ctx, sentence, number)  # "âgés de 19 à 23 ans": the first age
    head = ctx.text[max(sentence.start, number.start - 20) : number.start]
    before = [w.strip(",") for w in head.split()]
    cues = compiled.age_cues
    if before[-1:] and before[-1] in cues:
        return True
    if before[-2:-1] and before[-2] in cues and before[-1] in compiled.range_from:
        return True  # "âgés de 19 à 23 ans", "aged between 20 and 30"
    if _age_apposition(ctx, sentence, number, unit):
        return True
    if _age_of_person(ctx, sentence, number):
        return True
    # "un homme de 34 ans", "deux hommes de 25 et 30 ans"; a bare number right after a plural
    # noun is the term of the group ("بسجن ثلاثة متهمين آخرين عشر سنوات")
    return any(
        m.term.kind == "role"
        and m.term.key in ("person_nouns", "single_person_nouns")
        and 0 <= number.start - m.end <= 5
        and (
            ctx.gap(m.end, number.start).strip(" ,") in compiled.age_links
            or (
                not ctx.gap(m.end, number.start).strip(" ,")
                and (
                    (
                        m.term.key == "single_person_nouns"
                        and not (
                            compiled.bare_term_after_plural_persons
                            and _right_after_sentencing(ctx, sentence, m)
                        )
                    )
                    or not compiled.bare_term_after_plural_persons
                )
            )
        )
        for m in sentence.matches
    )


def _right_after_sentencing(ctx: ArticleContext, sentence: Sentence, noun: Match) -> bool:
    """ "بسجن متهم عشر سنوات": a person noun right after a sentencing verb, so the bare
    number after it is the term (where the language puts terms so)."""
    return any(
        m.term.kind == "trigger"
        and ctx.lexicon.triggers[m.term.index].event_type == "sentence"
        and m.end <= noun.start
        and not ctx.gap(m.end, noun.start).strip()
        for m in sentence.matches
    )


def _year_after_unit(ctx: ArticleContext, sentence: Sentence, unit: Match) -> bool:
    """A year right after the unit ("رقم 50 لسنة 2017", "Law 14 of year 2019"): the unit
    names the year of a law or a case, not a term's length."""
    return any(
        n.is_year_like and 0 <= n.start - unit.end <= 2 and not ctx.gap(unit.end, n.start).strip()
        for n in ctx.numbers(sentence)
    )


def _range_start(ctx: ArticleContext, sentence: Sentence, number: NumberMention) -> NumberMention:
    """The first number of a range the number ends ("de 19 à 23 ans", "entre 19 y 34
    años"): what stands before the range tells an age from a term."""
    for first in ctx.numbers(sentence):
        if first.end <= number.start and number.start - first.end <= 6:
            link = ctx.gap(first.end, number.start).split()
            if len(link) == 1 and link[0] in ctx.compiled.range_links:
                before = ctx.text[max(sentence.start, first.start - 12) : first.start].split()
                if before[-1:] and before[-1] in ctx.compiled.other_words:
                    return number  # "a otros cinco a 20 años": persons, then their term
                return first
    return number


def _age_of_person(ctx: ArticleContext, sentence: Sentence, number: NumberMention) -> bool:
    """ "un Marocain de 39 ans", "un ciudadano mexicano de 47 años", "un estibador de 33
    años", "dos hombres de entre 19 y 34 años": years joined by "of" ("de") to a demonym or
    to a noun after an indefinite article are a person's age; a term joined so follows a
    `term_heads` noun ("une peine de", "un total de")."""
    links = ctx.compiled.age_links
    head = ctx.text[max(sentence.start, number.start - 40) : number.start].split()
    if head[-1:] and head[-1] in ctx.compiled.range_from and head[-1] not in links:
        head = head[:-1]  # "de entre 19 y 34 años"
    if len(head) < 2 or head[-1] not in links:
        return False
    word = head[-2].strip(",")
    if word in ctx.compiled.term_heads:
        return False
    end = ctx.text.rfind(word, sentence.start, number.start) + len(word)
    if any(m.term.kind == "demonym" and m.end == end for m in kind_hits(sentence, "demonym")):
        return True
    if any(
        m.term.kind in ("trigger", "sentence_kind") and m.start < end <= m.end
        for m in sentence.matches
    ):
        return False
    # An indefinite article a few lower-case words back: "un estibador", "une mère de famille"
    articles = numbers_module.indefinite_articles(ctx.language)
    for earlier in reversed(head[-6:-2]):
        if earlier in articles:
            return word.isalpha()
        if not earlier.isalpha() or earlier in ctx.compiled.term_heads:
            return False
    return False


def _age_apposition(
    ctx: ArticleContext, sentence: Sentence, number: NumberMention, unit: Match
) -> bool:
    """ "Mehdi T., 29 ans, à huit ans": years set off by commas right after a name are the
    person's age."""
    if not ctx.cased[unit.end : unit.end + 2].lstrip().startswith((",", ")")):
        return False
    lead = ctx.cased[max(sentence.start, number.start - 30) : number.start]
    return ctx.compiled.age_apposition.search(lead) is not None


def find_sentence_terms(ctx: ArticleContext, sentence: Sentence) -> list[SentenceTerm]:
    """Every penalty stated in a sentence, in text order: "sentenced three men to death,
    while two others were jailed for life and a sixth received 20 years" has three. A range
    ("de dix-huit mois à huit ans") is no list of terms: then only the first is returned."""
    terms: list[SentenceTerm] = []
    suspended: list[Match] = []
    for m in sentence.matches:
        if m.term.kind == "sentence_kind":
            if m.term.key in ("life", "death"):
                kind: SentenceKind = "life" if m.term.key == "life" else "death"
                terms.append(SentenceTerm(m.start, m.end, None, kind))
            else:
                suspended.append(m)
    numbers = ctx.numbers(sentence)
    group_start: int | None = None
    group_end = 0
    months = 0.0
    last_unit_months = 0.0  # the unit of the group's last part: "5 years and 6 months" adds
    for unit in _distinct_spans(kind_hits(sentence, "sentence_unit")):
        number = next(
            (n for n in reversed(numbers) if n.end <= unit.start and unit.start - n.end <= 3),
            None,
        )
        if number is None:
            counted = _unit_counts_itself(ctx, unit)
            if counted is None or _is_duration_of_other(ctx, unit):
                continue
            months_of = ctx.lexicon.sentence_units[unit.term.index].months
            value = counted * months_of
            if group_start is not None and months > 0:
                terms.append(SentenceTerm(group_start, group_end, round(months), "prison"))
            group_start, group_end, months = unit.start, unit.end, value
            last_unit_months = months_of
            continue
        if (
            _is_age(ctx, sentence, number, unit)
            or _is_duration_of_other(ctx, unit)
            or _is_other_penalty(ctx, sentence, number)
        ):
            continue
        unit_months = ctx.lexicon.sentence_units[unit.term.index].months
        value = (number.value + _half_after(ctx, unit)) * unit_months
        # "5 years and 6 months" is one term; "10 years, Jones to eight years" two: a part of
        # one term is told in a smaller unit than the part before it.
        if (
            group_start is not None
            and number.start - group_end <= 12
            and unit_months < last_unit_months
        ):
            months += value
            group_end = unit.end
            last_unit_months = unit_months
            continue
        if group_start is not None and months > 0:
            terms.append(SentenceTerm(group_start, group_end, round(months), "prison"))
        group_start, group_end, months = number.start, unit.end, value
        last_unit_months = unit_months
    if group_start is not None and months > 0:
        terms.append(SentenceTerm(group_start, group_end, round(months), "prison"))
    terms.sort(key=lambda t: t.start)
    terms = _without_suspension_periods(ctx, sentence, terms)
    for cue in suspended:
        near = [t for t in terms if t.months is not None]
        if near:
            closest = min(near, key=lambda t: min(abs(cue.start - t.end), abs(t.start - cue.end)))
            if min(abs(cue.start - closest.end), abs(closest.start - cue.end)) <= 40:
                index = terms.index(closest)
                terms[index] = SentenceTerm(closest.start, closest.end, closest.months, "suspended")
    for first, second in itertools.pairwise(terms):
        link = ctx.gap(first.end, second.start).split()
        opening = ctx.text[max(sentence.start, first.start - 12) : first.start].split()[-1:]
        ranged = bool(opening) and opening[0] in ctx.compiled.range_from
        if len(link) <= (4 if ranged else 1) and any(
            word == "-" or word in ctx.compiled.range_links for word in link
        ):
            return terms[:1]
        words = [w.strip(",;،") for w in link if w.strip(",;،")]
        if words[:1] and words[0] in ctx.compiled.follow_links:
            return terms[:1]  # "10 years followed by 5 years of supervised release"
    return terms


def _plural_count_right_before(
    ctx: ArticleContext, numbers: Iterable[NumberMention], position: int
) -> NumberMention | None:
    """The first whole number above one, no year, that ends right before ``position`` with
    only spaces between ("four arrests", "3 detenidos")."""
    return next(
        (
            n
            for n in numbers
            if n.end <= position
            and not ctx.gap(n.end, position).strip()
            and float(n.value).is_integer()
            and n.value > 1
            and not n.is_year_like
        ),
        None,
    )
