"""Arguments of a mention found in its sentence: persons, locations, agencies, groups, crimes,
dates, background and sentence terms."""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from worker.extraction import dates as dates_module
from worker.extraction import numbers as numbers_module
from worker.extraction.construct import construct
from worker.extraction.context import (
    ArticleContext,
    Sentence,
    kind_hits,
    phrase_before,
    previous_word_start,
    role_hits,
)
from worker.extraction.dates import DateMention
from worker.extraction.matcher import Match, word_end
from worker.extraction.mentions import Mention, counted_noun
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
_CAPITALISED_RUN = re.compile(
    r"(?:[A-Z][\w'’-]+)(?:\s+(?:[A-Z][\w'’-]+|[A-Z]\.|de|del|la|el|van|der|al|bin|ben))*"
)


@dataclass(frozen=True, slots=True)
class PersonCount:
    value: int
    qualifier: Qualifier
    role: CountRole
    start: int
    end: int


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
    gap = ctx.gap(start, end).strip()
    return not gap or _ONLY_LETTERS_AND_SPACE.fullmatch(gap) is not None


def _only_article(ctx: ArticleContext, start: int, end: int) -> bool:
    """Nothing but spaces, a clitic ("ال") or one short function word ("فيهم") between."""
    gap = ctx.gap(start, end).split()
    if not gap:
        return True
    if gap[-1] in ctx.compiled.prefixes:
        gap = gap[:-1]
    return len(gap) <= 1 and all(len(word) <= 4 for word in gap)


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
        if number.end <= noun.start and _gap_is_words(ctx, number.end, noun.start):
            if number.is_year_like and ctx.gap(number.end, noun.start).strip():
                continue  # "en octubre de 2023 por funcionarios": a year, not a count
            best = number  # keep the closest one before the noun
        elif (
            (best is None or ctx.gap(best.end, noun.start).strip())
            and number.is_words
            and number.start >= word_end(ctx.text, noun.end)
            and _only_article(ctx, word_end(ctx.text, noun.end), number.start)
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
                    counts.append(PersonCount(1, "exact", "plain", determiner, noun.end))
                elif (ordinal_end := _ordinal_after(ctx, noun)) is not None:
                    # "لمتهم ثالث", "متهمة رابعة", "متهم آخر": one more person
                    counts.append(PersonCount(1, "exact", "single", noun.start, ordinal_end))
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
            if role == "plain" and not counts and _others_besides_one(ctx, number, noun):
                value += 1  # "lo detuvo junto a otras once personas": he and eleven more
            end = max(noun.end, number.end)  # "متهمين اثنين": the number may follow
            counts.append(PersonCount(value, number.qualifier, role, number.start, end))
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
    for single in _roles_in(sentence, "single_person_nouns"):
        if not any(c.start <= single.start < c.end for c in counts):
            single_role: CountRole = (
                "part" if _count_role(sentence, single.start, single.end) == "part" else "single"
            )
            counts.append(PersonCount(1, "exact", single_role, single.start, single.end))
    counts.extend(_listed_elsewhere(ctx, sentence, counts))
    counts.extend(_named_persons(ctx, sentence))
    counts = _join_singles_to_counts(ctx, counts)
    counts = _name_joined_to_counts(ctx, sentence, counts)
    counts = _apposition_parts(ctx, counts)
    counts = _join_listed_singles(ctx, counts)
    counts.extend(_subject_counts(ctx, sentence, counts))
    return _after_partitive_lead(ctx, sentence, _without_passengers(ctx, counts))


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


_NUMBER_LIST = r"\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s*(?:and|y|e|et)\s+\d{1,2}"
_AGE_LISTS = {
    "en": re.compile(rf",?\s*aged\s+(?P<ages>{_NUMBER_LIST})\b"),
    "es": re.compile(rf",?\s*(?:de|con edades de)\s+(?P<ages>{_NUMBER_LIST})\s+años\b"),
    "fr": re.compile(rf",?\s*(?:âgé|agé)e?s\s+de\s+(?P<ages>{_NUMBER_LIST})\s+ans\b"),
}


def _listed_ages(ctx: ArticleContext, sentence: Sentence, noun: Match) -> tuple[int, int] | None:
    """ "the men, aged 28, 34 and 41", "los hombres, de 30, 41 y 52 años": a plural person
    noun without a number followed by a list of ages is as many persons as ages (with the
    end of the list)."""
    pattern = _AGE_LISTS.get(ctx.language)
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
        return []
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
        elif ctx.language == "en":
            continue  # English demonyms are adjectives unless a noun follows ("a French bank")
        found.append(PersonCount(1, "exact", "single", start, end))
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
    """Only "and" (or Arabic و glued to the next word) between two persons."""
    if end <= start or end - start > 8:
        return False
    gap = ctx.text[start:end].split()
    if gap == [] and ctx.text[end : end + 1] == "و":
        return True
    if gap == ["و"]:
        return True  # Arabic و glued to the word whose hit starts after it ("ومقيم")
    return len(gap) == 1 and gap[0] in numbers_module.and_words(ctx.language)


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
        and gap[2] in numbers_module.and_words(ctx.language)
    )


_LIST_GAP = re.compile(r"^[\s,،;]*(?:[^\W\d_]+\s*)?$")


def _not_durations(
    ctx: ArticleContext, sentence: Sentence, numbers: list[NumberMention]
) -> list[NumberMention]:
    """Numbers that count something: "ستة أعوام", "six years", "18 mois" are terms."""
    units = [m.start for m in kind_hits(sentence, "sentence_unit")]
    if not units:
        return numbers
    return [
        n
        for n in numbers
        if not any(0 <= start - n.end <= 2 and not ctx.gap(n.end, start).strip() for start in units)
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
    numbers = ctx.numbers(sentence)
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
            joined = "," in gap or "،" in gap or gap.endswith("و")  # Arabic و5 في
            joined = joined or bool(words and words[-1] in numbers_module.and_words(ctx.language))
            if not after or after[0] != preposition or not joined:
                break
            if len(gap) > 40 or any(ch.isdigit() for ch in gap):
                break
            found.append(
                PersonCount(int(number.value), number.qualifier, "plain", number.start, number.end)
            )
            previous_end = number.end
    return found


def _apposition_parts(ctx: ArticleContext, counts: list[PersonCount]) -> list[PersonCount]:
    """ "The four accused, three men from Brampton and a woman from Milton": counts right
    after a counted group and a comma break it down; the group's count stands."""
    ordered = sorted(counts, key=lambda c: c.start)
    for index, group in enumerate(ordered[:-1]):
        if group.role != "plain":
            continue
        following = ordered[index + 1]
        gap = ctx.gap(group.end, following.start)
        if following.value > group.value or not (
            gap.strip() in (",", "،", "(", ":", "-") or _verb_then_colon(gap)
        ):
            continue
        rest = [c for c in ordered[index + 1 :] if c.role in ("plain", "single")]
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
    # A definite one (المتهمين) is the known, mostly plural group: only a dual pronoun after
    # it ("المتهمين ... بحقهما") makes it two.
    definite = "ال" in ctx.text[word_start : noun.start + 2]
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
        if any(token in (d, "و" + d) for d in duals if len(d) > 2):
            return True  # the pronoun itself: "وهما من جنسية عربية"
        if any(_is_person_noun(m) for m in sentence.matches if end < m.start < end + len(tail)):
            break
    return False


def _is_person_noun(m: Match) -> bool:
    return m.term.kind == "role" and m.term.key in (
        "person_nouns",
        "single_person_nouns",
        "dual_person_nouns",
    )


def _join_singles_to_counts(ctx: ArticleContext, counts: list[PersonCount]) -> list[PersonCount]:
    """ "three men and a woman", "مقيمين اثنين ومواطن": one more person joined by "and" to a
    counted group adds one to its count."""
    singles = [c for c in counts if c.role == "single" and c.value == 1]
    if not singles:
        return counts
    joined: set[int] = set()
    result: list[PersonCount] = []
    for plain in counts:
        if plain.role != "plain":
            continue
        count = plain
        for single in singles:
            if id(single) in joined:
                continue
            if (
                _and_between(ctx, count.end, single.start)
                or _and_between(ctx, single.end, count.start)
                or _complement_and_between(ctx, count.end, single.start)
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


_NAME_AND = re.compile(
    r"(?:^|[\s,(])(?P<name>[A-Z][\w'’-]+|[Hh]e|[Ss]he|[EeÉé]l|[Ee]lla|[Ii]l|[Ee]lle)\s+(?P<and>\w+)\s+(?:a\s+)?$"
)
_NOT_A_NAME = frozenset(
    {
        "The",
        "A",
        "An",
        "Both",
        "All",
        "Police",
        "Officers",
        "Agents",
        "Authorities",
        "Les",
        "Los",
        "Las",
        "La",
        "El",
        "Le",
        "Des",
        "Unos",
        "Unas",
        "Deux",
        "Dos",
        "Two",
        "Por",
        "Par",
    }
)


def _name_joined_to_counts(
    ctx: ArticleContext, sentence: Sentence, counts: list[PersonCount]
) -> list[PersonCount]:
    """ "Rangel and three crew members were detained", "he and two others": a personal name
    or a subject pronoun joined by "and" to a counted group is one more person."""
    result: list[PersonCount] = []
    changed = False
    for count in counts:
        if count.role != "plain":
            result.append(count)
            continue
        head = ctx.cased[max(sentence.start, count.start - 40) : count.start]
        found = _NAME_AND.search(head)
        if (
            found is None
            or found.group("and") not in numbers_module.and_words(ctx.language)
            or found.group("name") in _NOT_A_NAME
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


def _join_listed_singles(ctx: ArticleContext, counts: list[PersonCount]) -> list[PersonCount]:
    """ "the driver and his passenger": persons named one by one and joined by "and" are
    counted together."""
    singles = sorted((c for c in counts if c.role == "single"), key=lambda c: c.start)
    if len(singles) < 2:
        return counts
    joined: list[PersonCount] = []
    for count in singles:
        previous = joined[-1] if joined else None
        if previous is not None and (
            _and_between(ctx, previous.end, count.start)
            or _apposition_and_between(ctx, previous.end, count.start)
        ):
            joined[-1] = PersonCount(
                previous.value + count.value, "exact", "single", previous.start, count.end
            )
        else:
            joined.append(count)
    return [c for c in counts if c.role != "single"] + joined


# An age or an alias set off by commas after a name, then "and": "Vera, 39, and his partner",
# "Vera, alias «Cachete», and his partner", "Vera, alias El Gordo, y su pareja".
_APPOSITION_AND = re.compile(r"\s*,\s*(?:\d{1,3}|alias\s+[^,]{1,30})\s*,\s*(?P<and>\w+)\s*")


def _apposition_and_between(ctx: ArticleContext, start: int, end: int) -> bool:
    if end <= start or end - start > 50:
        return False
    found = _APPOSITION_AND.fullmatch(ctx.text, start, end)
    return found is not None and found.group("and") in numbers_module.and_words(ctx.language)


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


def _others_besides_one(ctx: ArticleContext, number: NumberMention, noun: Match) -> bool:
    """ "junto a otras once personas", "and three other men": the count leaves out the
    person the sentence already names."""
    others = ctx.compiled.other_words
    if not others:
        return False
    before = ctx.text[max(0, number.start - 12) : number.start].split()
    after = ctx.gap(number.end, noun.start).split()
    return bool(before and before[-1] in others) or any(w in others for w in after)


_SUBJECT_NAME = re.compile(r"(?:^|[\s,])([A-Z][\w'’-]+|[Hh]e|[Ss]he|[Ii]l|[Ee]lle)\s*$")


def _defendant_named_before(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """ "Villalba pleaded guilty", "He admitted": a conviction's subject is the defendant, so
    a name or a singular pronoun right before it is one person."""
    if ctx.lexicon.triggers[trigger.term.index].event_type != "conviction":
        return False
    head = ctx.cased[max(sentence.start, trigger.start - 30) : trigger.start]
    found = _SUBJECT_NAME.search(head)
    if found is None:
        return False
    start = trigger.start - len(head) + found.start(1)
    return not any(
        m.term.kind in ("agency", "country", "place", "organization", "demonym")
        and m.start <= start < m.end
        for m in sentence.matches
    )


def _subject_counts(
    ctx: ArticleContext, sentence: Sentence, found: list[PersonCount]
) -> list[PersonCount]:
    """The subject of a passive person-type trigger: one person after a singular auxiliary
    ("he was charged", "fue detenido", "il a été extradé"), a bare number before a plural
    one ("all six were arrested", "les trois ont été mis en examen")."""
    singular = ctx.compiled.singular_auxiliaries
    plural = ctx.compiled.plural_auxiliaries
    if not singular and not plural:
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
        pronouns = ctx.compiled.singular_object_pronouns
        if pronouns and phrase_before(ctx, sentence, trigger.start, pronouns) is not None:
            counts.append(PersonCount(1, "exact", "single", trigger.start, trigger.end))
            continue
        if _defendant_named_before(ctx, sentence, trigger):
            counts.append(PersonCount(1, "exact", "single", trigger.start, trigger.end))
            continue
        for position in positions:
            if phrase_before(ctx, sentence, position, singular) is not None:
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
                        and (
                            not ctx.gap(n.end, aux).strip() or _relative_part(ctx, sentence, n, aux)
                        )
                        and float(n.value).is_integer()
                        and n.value > 1
                    ),
                    None,
                )
                if number is not None:
                    # "four of whom were released": a part of the group counted before; as a
                    # part it never adds to that group's own action
                    role: CountRole = "part" if ctx.gap(number.end, aux).strip() else "plain"
                    counts.append(
                        PersonCount(
                            int(number.value), number.qualifier, role, number.start, trigger.end
                        )
                    )
                break
    return counts


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
        not ctx.gap(number.end, p.start).strip() and not ctx.gap(p.end, aux).strip()
        for p in role_hits(sentence, "part")
        if number.end <= p.start and p.end <= aux
    )


def _starts_with(ctx: ArticleContext, trigger: Match, phrases: frozenset[str]) -> bool:
    """The trigger phrase begins with one of ``phrases`` as a whole word ("were charged")."""
    text = ctx.text[trigger.start : trigger.end]
    return any(text.startswith(p + " ") for p in phrases)


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
        following = ctx.text[end : min(sentence.end, end + 12)].split()
        if following and following[0].strip(".,;:") in pronouns:
            return True  # "arrested them"
    return False


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
    if aux is None:
        return False
    head = ctx.text[sentence.start : aux]
    for noun in role_hits(sentence, "person_nouns"):
        if noun.end > aux:
            break
        article = ctx.text[sentence.start : noun.start].strip(' "«-')
        if article not in articles:
            continue
        joint = _INCISE.fullmatch(head, noun.end - sentence.start)
        return joint is not None
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
    if day is not None and _CAPITALISED_RUN.match(stripped, day.end()) is not None:
        offset += day.end()
        stripped = stripped[day.end() :]
    run = _CAPITALISED_RUN.match(stripped)
    if run is None or len(_NAME_WORD.findall(run.group())) < 2:
        return None
    return offset, offset + run.end()


_PERSONAL_A_NAME = re.compile(r"(?:^|\s)al? (?=[A-Z])")


def _personal_a_name(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, known: list[Match]
) -> tuple[int, int] | None:
    """ "extraditó el miércoles a Brasil a Marcelo Duarte": in Spanish the personal "a" marks
    the object of a person-type verb a few words on; a country after "a" is the destination."""
    if ctx.language != "es":
        return None
    if ctx.lexicon.triggers[trigger.term.index].event_type not in _PERSON_EVENT_TYPES:
        return None
    tail = ctx.cased[trigger.end : min(sentence.end, trigger.end + 50)]
    tail = tail.split(",", 1)[0]
    for marker in _PERSONAL_A_NAME.finditer(tail):
        start = trigger.end + marker.end()
        run = _CAPITALISED_RUN.match(ctx.cased, start, sentence.end)
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
        span = _name_after(ctx, sentence, trigger) or _personal_a_name(
            ctx, sentence, trigger, known
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
            while (previous := _previous_listed_name(ctx, sentence, span[0])) is not None:
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


_LISTED_NAME = re.compile(r"(?:,\s*\d{1,3})?\s*,?\s*(?:(?P<link>[a-z]+)\s+)?")


def _next_listed_name(ctx: ArticleContext, sentence: Sentence, end: int) -> int | None:
    """End of a further name listed after a name ("..., 27, and Dylan Moore"), or None."""
    joint = _LISTED_NAME.match(ctx.cased, end, sentence.end)
    if joint is None or joint.end() == end:
        return None
    link = joint.group("link")
    if link is not None and link.lower() not in ctx.compiled.connectors:
        return None
    if link is None and "," not in joint.group():
        return None
    run = _CAPITALISED_RUN.match(ctx.cased, joint.end(), sentence.end)
    if run is None or len(_NAME_WORD.findall(run.group())) < 2:
        return None
    return run.end()


def combine_counts(
    per_sentence: list[list[PersonCount]],
) -> tuple[int, Qualifier] | None:
    """One persons_count for an event from the counts of its mentions (guide section 2)."""
    every = [c for counts in per_sentence for c in counts]
    totals = [c for c in every if c.role == "total"]
    if totals:
        best = max(totals, key=lambda c: c.value)
        return best.value, best.qualifier
    sums: list[tuple[int, Qualifier]] = []
    for counts in per_sentence:
        plain = [c for c in counts if c.role == "plain"]
        if plain:
            sums.append((sum(c.value for c in plain), _merge_qualifiers(plain)))
    if sums:
        return _combine_sentence_sums(sums)
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


def _combine_sentence_sums(
    sums: list[tuple[int, Qualifier]],
) -> tuple[int, Qualifier]:
    """Counts from several sentences of one operation: the largest when it covers the others
    (a repeated figure, or a subset told again: "23 arrested ... 3 of them in Belgrade");
    their sum when they are parts (6 in A, 10 in B, 13 in C)."""
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


def _location_hits(ctx: ArticleContext, sentence: Sentence) -> list[Match]:
    hits: list[Match] = []
    for m in sentence.matches:
        if m.term.kind not in _LOCATION_KINDS:
            continue
        # A demonym locates an action only when it qualifies the actors ("French police"),
        # not the suspects ("a French national").
        if (
            m.term.kind == "demonym"
            and not _agent_near(ctx, sentence, m)
            and not _inside_own_agency(ctx, sentence, m)
        ):
            continue
        if m.term.kind in ("country", "place") and _names_a_street(ctx, sentence, m):
            continue
        hits.append(m)
    return hits


def _names_a_street(ctx: ArticleContext, sentence: Sentence, hit: Match) -> bool:
    """ "rue de Hongrie", "calle Colombia", "شارع لبنان": a country or city that names a
    street is not where the action happened."""
    nouns = ctx.compiled.street_nouns
    if not nouns:
        return False
    head = ctx.text[max(sentence.start, hit.start - 20) : hit.start].rstrip()
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


def find_locations(ctx: ArticleContext, sentence: Sentence) -> Locations:
    hits = _location_hits(ctx, sentence)
    result = Locations()
    if not hits:
        return result
    connectors = ctx.compiled.connectors
    excluded: set[int] = set()
    for cue in sentence.matches:
        if cue.term.kind != "role" or cue.term.key not in ("assist", "origin", "destination"):
            continue
        chain = _chain_after(ctx, cue, hits, connectors)
        excluded.update(id(h) for h in chain)
        codes = [h.term.key for h in chain if h.term.key]
        if codes and cue.term.key == "origin" and result.from_country is None:
            result.from_country = codes[0]
        if codes and cue.term.key == "destination" and result.to_country is None:
            result.to_country = codes[0]
    for hit in hits:
        if id(hit) in excluded:
            continue
        code = hit.term.key
        if hit.term.kind == "place":
            place = ctx.compiled.places[hit.term.index]
            entry = Place(name=place.name, country=place.country or None)
            if entry not in result.places:
                result.places.append(entry)
            if place.shared:
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
    for m in kind_hits(sentence, "agency_head"):
        if m.term.key == "agency_heads":
            local = _local_agency(ctx, sentence, m)
        elif m.term.key == "state_force":
            local = _state_agency(ctx, sentence, m)
        else:
            local = _local_agency_after(ctx, sentence, m)
        if (
            local is not None
            and all(a.name != local.name for a in found)
            and not _cited_as_source(ctx, sentence, m)
        ):
            found.append(local)
    for m in kind_hits(sentence, "agency"):  # the sentence's hits indexed by kind
        if m.term.kind != "agency" or any(a.name == m.term.key for a in found):
            continue
        if id(m) in parents or m.term.key in dropped_names:
            continue
        if m.term.key in cited or _cited_as_source(ctx, sentence, m):
            cited.add(m.term.key)  # "(ONUDC)" after the cited full name is the same source
            continue
        # Two plain strings: nothing to validate (construct: model_construct, cheaper).
        found.append(
            construct(NamedMention, name=m.term.key, mention=ctx.original_text(m.start, m.end))
        )
    return found


_LOCAL_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")
# Words that make a run a generic or national force, not a city's or county's own.
_NOT_LOCAL = frozenset(
    {
        "The",
        "National",
        "Federal",
        "Military",
        "Border",
        "Judicial",
        "Royal",
        "Secret",
        "Religious",
        "Tourist",
        "Traffic",
        "Riot",
        "Local",
        "Regional",
        "City",
        "County",
        "State",
        "Criminal",
        "Special",
        "Anti",
        "International",
        "Transport",
        "Civil",
        "A",
        "An",
        "Our",
        "In",
        "On",
        "At",
        "By",
        "For",
        "From",
        "With",
        "After",
        "When",
        "Yesterday",
        "Today",
        "Meanwhile",
        "Also",
        "And",
        "But",
        "Its",
        "Their",
        "His",
        "Her",
        "This",
        "That",
    }
)


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
    while words and ctx.cased[words[0][0] : words[0][1]] in _NOT_LOCAL:
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
    head_words = ["Department" if w.rstrip(".") == "Dept" else w for w in head_text.split()]
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
        m.term.kind in ("country", "demonym", "agency") and m.start < end and head.start < m.end
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
    cues = ctx.compiled.source_cues
    if not cues:
        return False
    head = ctx.text[max(sentence.start, agency.start - 30) : agency.start]
    head = head.rstrip(" (")
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
            run = _CAPITALISED_RUN.match(stripped)
            if run is None:
                return None
            name_start, name_end = offset, offset + run.end()
        start, end = head.start, name_end + (1 if stripped.startswith('"') else 0)
    else:
        before = ctx.cased[max(sentence.start, head.start - 60) : head.start].rstrip()
        runs = list(_CAPITALISED_RUN.finditer(before))
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


def _announcement_date(ctx: ArticleContext, sentence: Sentence, date: DateMention) -> bool:
    """ "said on Tuesday": the day of the statement. A date inside the quoted statement
    ("said: 'On 11 May, raids were carried out'") is the day of the action."""
    return any(
        0 <= date.start - m.end <= ANNOUNCEMENT_WINDOW_WITH_SUBJECT
        and '"' not in ctx.gap(m.end, date.start)
        and (
            date.start - m.end <= ANNOUNCEMENT_WINDOW
            or not _trigger_or_break_between(ctx, sentence, m.end, date.start)
        )
        for m in role_hits(sentence, "announcement")
    )


# "أعلنت وزارة الداخلية الكويتية اليوم الخميس", "a annoncé la gendarmerie de l'Hérault
# mardi": the statement's subject may stand between the verb and its day.
ANNOUNCEMENT_WINDOW_WITH_SUBJECT = 50


def _trigger_or_break_between(
    ctx: ArticleContext, sentence: Sentence, start: int, end: int
) -> bool:
    gap = ctx.text[start:end]
    if any(mark in gap for mark in (",", "،", ";", "(")):
        return True
    return any(
        m.term.kind in ("trigger", "item", "drug") and start <= m.start < end
        for m in sentence.matches
    )


def _dateline(ctx: ArticleContext, date: DateMention) -> bool:
    """ "GUAYAQUIL, Ecuador, Oct 5 (Wire) -": the date of the dispatch, not of the action."""
    if date.start > DATELINE_REACH:
        return False
    following = ctx.text[date.end : date.end + 3].lstrip()
    return following[:1] in ("(", "-", ":", "/")


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


_FUTURE_WORDS = re.compile(
    r"(?<!\w)(?:will|shall|is due to|are due to|is expected to|are expected to|sera|seront"
    r"|doit|doivent|será|serán|deberá|deberán|سوف|من المقرر|من المنتظر|ستتم|سيتم)(?!\w)"
)


def _after_future(ctx: ArticleContext, date: DateMention, trigger: Match) -> bool:
    return (
        date.start >= trigger.end
        and _FUTURE_WORDS.search(ctx.text, trigger.end, date.start) is not None
    )


_EARLIER_CLAUSE = re.compile(
    r"\b(?:after|following|tras|después de|despues de|luego de|après|apres|بعد)\b"
)


def _in_earlier_clause(
    ctx: ArticleContext, sentence: Sentence, date: DateMention, trigger: Match
) -> bool:
    if date.start < trigger.end:
        return False
    gap = ctx.text[trigger.end : date.start]
    lead = _EARLIER_CLAUSE.search(gap)
    if lead is None:
        return False
    start = trigger.end + lead.end()
    return any(m.term.kind == "trigger" and start <= m.start < date.start for m in sentence.matches)


def find_date(ctx: ArticleContext, mention: Mention) -> DateMention | None:
    """The date nearest the trigger in its sentence, else a day in the sentence before."""
    sentence = mention.sentence
    trigger = mention.trigger
    candidates = [
        d
        for d in ctx.dates(sentence)
        if not _announcement_date(ctx, sentence, d) and not _dateline(ctx, d)
    ]
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
    if candidates:
        return min(
            candidates,
            key=lambda d: min(abs(d.start - trigger.end), abs(trigger.start - d.end)),
        )
    earlier = _earlier_date(ctx, sentence)
    # "Both men were released the following day", "relâché le lendemain": a day counted
    # from the day told before.
    offset = dates_module.day_after_told(ctx.sentence_text(sentence), ctx.language)
    if offset is not None:
        if earlier is None or not _day_precision(earlier):
            return None
        day = datetime.date.fromisoformat(earlier.value) + datetime.timedelta(days=offset)
        return DateMention(day.isoformat(), trigger.start, trigger.end, "relative")
    return earlier


def _earlier_date(ctx: ArticleContext, sentence: Sentence) -> DateMention | None:
    """A day in the sentence before, or stated earlier in the same paragraph: "In the
    first, ... on Monday. Officers recovered 2 tonnes. The four men on board were arrested."."""
    current = sentence
    for step in range(DATE_LOOKBACK):
        previous = ctx.previous_sentence(current)
        if previous is None or (step and "\n" in ctx.text[previous.end : current.start]):
            return None
        same_paragraph = "\n" not in ctx.text[previous.end : current.start]
        # A day, or the past month or year of a story told in the sentence before ("He
        # had been arrested in July 2009. During that operation officers had seized ...").
        earlier = [
            d
            for d in ctx.dates(previous)
            if (_day_precision(d) or (not step and same_paragraph and date_is_past(ctx, d)))
            and not _announcement_date(ctx, previous, d)
            and not _dateline(ctx, d)
        ]
        if earlier:
            return earlier[-1]
        if any(m.term.kind == "trigger" for m in previous.matches) and ctx.dates(previous):
            return None  # an action with a vaguer date of its own stands between
        current = previous
    return None


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
    ):
        # A recent day of its own: the story's days, even told in the pluperfect
        # ("Ils avaient été interpellés mardi", "who had been arrested on Monday").
        return False
    if any(
        m.start < trigger.start and _same_clause(ctx, sentence, m.end, trigger, date)
        for m in role_hits(sentence, "background")
    ):
        return True
    if _pluperfect(ctx, sentence, trigger, date) or _arabic_pluperfect(
        ctx, sentence, trigger, date
    ):
        return True
    return date is not None and date_is_past(ctx, date)


PLUPERFECT_REACH = 24  # "had already been", "avaient notamment", "habían sido"
RECENT_DAYS = 7  # a pluperfect with a day this recent tells the story's own days
# "وكانت شعبة المعلومات قد نفذت ... عملية دهم": كان + subject + قد + past verb.
_AR_PLUPERFECT = re.compile(r"(?<!\w)و?(?:كان|كانت|كانوا)(?!\w)[^،.;]{0,60}?(?<!\w)قد(?!\w)")
AR_PLUPERFECT_REACH = 200


def _this_week(ctx: ArticleContext, date: DateMention) -> bool:
    if ctx.published is None:
        return True
    day = datetime.date.fromisoformat(date.value)
    return 0 <= (ctx.published - day).days <= RECENT_DAYS


def _arabic_pluperfect(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, date: DateMention | None
) -> bool:
    """كان ... قد before the trigger in its clause; actions coordinated after it share it."""
    if ctx.language != "ar":
        return False
    return any(
        trigger.start - m.end() <= AR_PLUPERFECT_REACH
        and _same_clause(ctx, sentence, m.end(), trigger, date)
        for m in _AR_PLUPERFECT.finditer(ctx.text, sentence.start, trigger.start)
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


_DUAL_UNITS = frozenset({"سنتين", "سنتان", "عامين", "عامان", "شهرين", "شهران"})
_SINGLE_UNITS = frozenset({"سنه", "عام", "شهر", "اسبوع", "يوم"})
_TERM_LEADS = ("ب", "لمده ", "مده ")
_AND_HALF = "ونصف"


def _half_after(ctx: ArticleContext, unit: Match) -> float:
    """ "cuatro años y medio", "two and a half years" (after the unit), "deux ans et demi":
    half a unit more."""
    return 0.5 if ctx.compiled.half_after.match(ctx.text, unit.end) else 0.0


def _unit_counts_itself(ctx: ArticleContext, unit: Match) -> float | None:
    """A unit with no number of its own: after an indefinite article it is one ("un año y
    nueve meses", "a year"); Arabic: the unit noun is its own number after "ب" or "لمدة":
    بسنة = 1 year, بسنتين = 2 years, "بسنة ونصف" = 1.5 years."""
    if ctx.language != "ar":
        before = ctx.text[max(0, unit.start - 6) : unit.start].split()
        if before and before[-1] in ctx.compiled.one_words:
            return 1.0 + _half_after(ctx, unit)
        return None
    word = ctx.text[unit.start : unit.end]
    head = ctx.text[max(0, unit.start - 5) : unit.start]
    if not head.endswith(_TERM_LEADS):
        return None
    if word in _DUAL_UNITS:
        count = 2.0
    elif word in _SINGLE_UNITS:
        count = 1.0
    else:
        return None
    if ctx.text[unit.end : unit.end + 6].strip().startswith(_AND_HALF):
        count += 0.5
    return count


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


_RANGE_LINKS = frozenset({"to", "à", "a", "y", "and", "et", "-", "و", "الى", "إلى"})
_FOLLOW_LINKS = frozenset({"followed", "plus", "suivis", "suivie", "suivi", "seguidos", "seguida"})
_RANGE_FROM = frozenset({"from", "between", "de", "d'", "entre", "desde", "من", "بين"})
_AGE_CUES = ("aged", "age", "âgé", "âgée", "edad", "عمر", "old")


def _is_age(ctx: ArticleContext, sentence: Sentence, number: NumberMention, unit: Match) -> bool:
    """ "un homme de 34 ans", "a 27-year-old", "aged 40 years": an age, not a term."""
    after = ctx.text[unit.end : unit.end + 5]
    if after.lstrip(" -").startswith("old"):
        return True
    before = ctx.text[max(sentence.start, number.start - 14) : number.start].split()
    if before and before[-1].strip(",") in _AGE_CUES:
        return True
    if _age_apposition(ctx, sentence, number, unit):
        return True
    # "un homme de 34 ans", "deux hommes de 25 et 30 ans"; a bare number right after a plural
    # noun is the term of the group ("بسجن ثلاثة متهمين آخرين عشر سنوات")
    return any(
        m.term.kind == "role"
        and m.term.key in ("person_nouns", "single_person_nouns")
        and 0 <= number.start - m.end <= 5
        and (
            ctx.gap(m.end, number.start).strip(" ,") in ("de", "of")
            or (
                not ctx.gap(m.end, number.start).strip(" ,")
                and (m.term.key == "single_person_nouns" or ctx.language != "ar")
            )
        )
        for m in sentence.matches
    )


_APPOSITION_LEAD = re.compile(r"[A-Z][\w'’.-]*,\s*(?:(?:de|d'|of)\s+)?$")


def _age_apposition(
    ctx: ArticleContext, sentence: Sentence, number: NumberMention, unit: Match
) -> bool:
    """ "Mehdi T., 29 ans, à huit ans": years set off by commas right after a name are the
    person's age."""
    if not ctx.cased[unit.end : unit.end + 2].lstrip().startswith((",", ")")):
        return False
    lead = ctx.cased[max(sentence.start, number.start - 30) : number.start]
    return _APPOSITION_LEAD.search(lead) is not None


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
    for unit in _distinct_spans(kind_hits(sentence, "sentence_unit")):
        number = next(
            (n for n in reversed(numbers) if n.end <= unit.start and unit.start - n.end <= 3),
            None,
        )
        if number is None:
            counted = _unit_counts_itself(ctx, unit)
            if counted is None:
                continue
            months_of = ctx.lexicon.sentence_units[unit.term.index].months
            value = counted * months_of
            if group_start is not None and months > 0:
                terms.append(SentenceTerm(group_start, group_end, round(months), "prison"))
            group_start, group_end, months = unit.start, unit.end, value
            continue
        if _is_age(ctx, sentence, number, unit):
            continue
        value = (number.value + _half_after(ctx, unit)) * ctx.lexicon.sentence_units[
            unit.term.index
        ].months
        if group_start is not None and number.start - group_end <= 12:
            months += value  # "5 years and 6 months"
            group_end = unit.end
            continue
        if group_start is not None and months > 0:
            terms.append(SentenceTerm(group_start, group_end, round(months), "prison"))
        group_start, group_end, months = number.start, unit.end, value
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
        ranged = bool(opening) and opening[0] in _RANGE_FROM
        if len(link) <= (4 if ranged else 1) and any(word in _RANGE_LINKS for word in link):
            return terms[:1]
        words = [w.strip(",;،") for w in link if w.strip(",;،")]
        if words[:1] and words[0] in _FOLLOW_LINKS:
            return terms[:1]  # "10 years followed by 5 years of supervised release"
    return terms
