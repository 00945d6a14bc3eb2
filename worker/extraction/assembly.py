"""Mentions with their arguments -> one typed event per distinct action (guide section 2).

Mentions of one type are merged when they can be the same operation: both news (or both
background) and no conflicting explicit dates. News events share what the article states
once for the whole operation (its date, place, agency) when a mention does not repeat it.
"""

from __future__ import annotations

import datetime
import hashlib
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from worker.extraction.arguments import (
    SENTENCE_TERM_WINDOW,
    Locations,
    PersonCount,
    SentenceTerm,
    bound_plural_pronoun,
    combine_counts,
    credited_agencies,
    date_is_past,
    day_told_before,
    definite_group_before,
    definite_group_subject,
    earlier_counts,
    entrusted_agencies,
    find_agencies,
    find_crimes,
    find_date,
    find_locations,
    find_organizations,
    find_person_counts,
    find_sentence_term,
    find_sentence_terms,
    handed_over_agencies,
    is_background,
    later_step,
    lead_date,
    leading_location,
    leading_region,
    opens_on_known_persons,
    past_time_after,
    refers_to_earlier_persons,
    running_day,
    term_told_as_range,
    term_told_as_total,
    tipped_agencies,
)
from worker.extraction.construct import construct
from worker.extraction.context import (
    ArticleContext,
    Sentence,
    kind_hits,
    previous_word_start,
    role_hits,
)
from worker.extraction.dates import DateMention
from worker.extraction.items import ItemHit, SeizureFindings, find_seizure, weight_of_load
from worker.extraction.matcher import Match, word_end
from worker.extraction.mentions import Mention
from worker.extraction.text import normalize_term
from worker.models import (
    EVENT_CLASSES,
    ArrestEvent,
    Article,
    ArticleRef,
    ChargeEvent,
    Event,
    EventType,
    Evidence,
    MoneyValue,
    NamedMention,
    Place,
    Qualifier,
    SeizedItem,
    SeizureEvent,
    SentenceKind,
)

PERSON_TYPES: frozenset[str] = frozenset(
    {"arrest", "charge", "conviction", "sentence", "extradition", "release"}
)


@dataclass(slots=True)
class MentionArgs:
    mention: Mention
    date: DateMention | None
    background: bool
    locations: Locations
    agencies: list[NamedMention]
    organizations: list[NamedMention] = field(default_factory=list)
    crimes: list[str] = field(default_factory=list)
    counts: list[PersonCount] = field(default_factory=list)
    seizure: SeizureFindings | None = None
    # Quantified goods in the sentence of another action ("arrested 3 men with 47,500
    # pills"): added to the article's seizure of the same operation, if there is one.
    carried: list[ItemHit] = field(default_factory=list)
    term: tuple[int | None, SentenceKind | None] = (None, None)
    # Every agency its sentence names, also one the suspects were handed to (left out of
    # ``agencies`` for an arrest or seizure): a charge told after it may be that agency's.
    named: list[NamedMention] | None = None
    # "seven were later charged": told as after the operation, on a day the text does not
    # give; takes no day from the article's other events.
    later: bool = False
    # An undated news step: the day the story told last before it (only to keep two steps
    # of a story apart when merging, never an output date)
    running: str | None = None
    next_day: bool = False  # its sentence tells "the following day" ("le lendemain")
    total_term: bool = False  # its term is told as a total ("more than 36 years")
    total_phrase: bool = False  # ... by a `total` phrase ("jailed for a total of 45 years")
    range_term: bool = False  # its term is a range over defendants ("terms of up to 7 years")
    # Its sentence tells another operation ("In a separate operation", "lors d'une autre
    # opération"): the sentence's index; it joins only the event opened in that sentence.
    separate: int | None = None
    # A step of the operation a court story ends (made background by ``_court_story_steps``
    # or ``_steps_before_the_hearing``): the story's own case, not another operation.
    case_step: bool = False
    # The place its sentence opens with ("In Gabès on Tuesday, police seized ..."): the town
    # (or None) and its country.
    lead_place: tuple[str | None, str | None] | None = None
    # Without one, the region word its sentence opens with ("وفي منطقة عسير": عسير), if any.
    lead_region: str | None = None
    # Its persons are those told before ("they", "the suspects"): an arrest told again.
    recap: bool = False
    # Its persons are a group told before with no count near it: for a charge ("They were
    # charged", "أحالت المتهمين") those of the arrest told before it, for an arrest ("Los
    # condenados fueron detenidos") the group the article counted first.
    told_group: bool = False
    opens_paragraph: bool = False  # its sentence is the first of a paragraph


@dataclass(slots=True)
class Cluster:
    event_type: EventType
    background: bool
    mentions: list[MentionArgs] = field(default_factory=list)
    # Kept up to date by ``add`` so that merging stays linear in the number of mentions.
    date: str | None = None  # the most precise date of its mentions (the first of that length)
    term: int | None = None  # the first stated sentence term
    penalty: int | str | None = None  # the first stated term or life/death (see _penalty)
    running: str | None = None  # the running day of its first undated news mention
    period: str | None = None  # the month or year its date's range of days sums up
    opened: int | None = None  # the separate-occasion sentence that opened it
    places: set[str] = field(default_factory=set)  # the towns and countries its mentions tell
    countries: set[str] = field(default_factory=set)

    def add(self, args: MentionArgs) -> None:
        self.mentions.append(args)
        self.places.update(p.name for p in args.locations.places)
        self.countries.update(args.locations.countries)
        if self.running is None and args.date is None:
            self.running = args.running
        if args.date is not None and (self.date is None or len(args.date.value) > len(self.date)):
            self.date = args.date.value
            self.period = args.date.period
        if self.term is None and args.term[0] is not None:
            self.term = args.term[0]
        if self.penalty is None:
            self.penalty = _penalty(args.term)


def _distance(mention: Mention, offset: int) -> int:
    """How far a thing at ``offset`` is from a trigger. Objects mostly follow their verb
    ("seized assets worth €5m and arrested..."), so a thing before a trigger counts double."""
    if offset >= mention.trigger.end:
        return offset - mention.trigger.end
    return 2 * max(0, mention.trigger.start - offset)


def _nearest(mentions: list[Mention], offset: int, types: frozenset[str] | None) -> Mention | None:
    candidates = [m for m in mentions if types is None or m.event_type in types]
    if not candidates:
        return None
    return min(candidates, key=lambda m: _distance(m, offset))


_ACQUITTAL_RULED = frozenset({"sentence", "conviction", "charge"})
ACQUITTED_OBJECT_REACH = 30  # "acquitted on Monday two of the men": the court, a day between


def _acquittal_between(
    ctx: ArticleContext, sentence: Sentence, owner: Mention, count: PersonCount
) -> bool:
    """ "sentenced one man to five years and acquitted two others", "a condamné trois hommes et
    relaxé un quatrième": an acquittal (a `negation` cue of modality.toml that rules on charges)
    between the action and the persons counted: they are the acquitted, not the action's."""
    if owner.event_type not in _ACQUITTAL_RULED:
        return False  # "Two men were acquitted and released": the acquitted are the released
    low, high = (
        (owner.trigger.end, count.start)
        if owner.trigger.end <= count.start
        else (count.end, owner.trigger.start)
    )
    for m in sentence.matches:
        if m.term.kind != "modality":
            continue
        cue = ctx.lexicon.modality[m.term.index]
        if cue.kind != "negation" or "charge" not in cue.types:
            continue
        if low <= m.start < m.end <= high:
            return True
        # "two other men were cleared", "ses deux coprévenus ont été relaxés": the count is
        # the acquittal's subject (only an auxiliary between)
        if m.start >= count.end and _auxiliary_only(ctx, ctx.text[count.end : m.start]):
            return True
        # "برأت المحكمة يوم الأحد متهمين اثنين وعاقبت الثالث": the acquittal's object, told
        # right after it with no other action between
        if (
            m.end <= count.start
            and count.start - m.end <= ACQUITTED_OBJECT_REACH
            and not any(
                t.term.kind == "trigger" and m.end <= t.start < count.start
                for t in sentence.matches
            )
        ):
            return True
    return False


def _auxiliary_only(ctx: ArticleContext, gap: str) -> bool:
    """Nothing, or only a finite auxiliary ("were", "ont été", "fueron"), in ``gap``."""
    words = " ".join(gap.split())
    return not words or words in ctx.compiled.auxiliaries


def _subject_of(ctx: ArticleContext, group: list[Mention], count: PersonCount) -> Mention | None:
    """ "Two were charged and the other two were released": a count right before a person
    action's trigger, with at most its auxiliary between them, is that action's subject."""
    for mention in group:
        if mention.event_type not in PERSON_TYPES:
            continue
        if count.start < mention.trigger.start < count.end:
            return mention  # "the other two were released": the count reaches its trigger
        if mention.trigger.start < count.end:
            continue
        gap = " ".join(ctx.gap(count.end, mention.trigger.start).split())
        if not gap and _object_of_another(group, mention, count):
            continue  # "granted bail to three of the four people arrested": a participle
        if not gap or gap in ctx.compiled.auxiliaries:
            return mention
    return None


def _share_coordinated_counts(
    ctx: ArticleContext, group: list[Mention], args: dict[int, MentionArgs]
) -> None:
    """ "Two men were arrested and charged", "fueron detenidos y puestos a disposición": a
    person action with no count of its own whose verb a `verb_coordinators` word joins to
    the person action right before it (at most an adverb or auxiliary between) has the same
    subject, so the same persons."""
    coordinators = ctx.compiled.verb_coordinators
    if not coordinators:
        return
    persons = [m for m in group if m.event_type in PERSON_TYPES]
    for before, mention in itertools.pairwise(persons):
        entry, first = args[id(mention)], args[id(before)]
        if entry.counts or not first.counts or before.event_type == mention.event_type:
            continue
        gap = ctx.gap(before.trigger.end, mention.trigger.start)
        if (
            _joined_verb(gap, coordinators)
            or _joined_after_complement(ctx, group, before, mention, gap)
            or _infinitive_after_complement(ctx, group, before, mention, gap)
        ):
            entry.counts.extend(first.counts)


COMPLEMENT_WORDS = 6  # "was arrested at the port in March 2022 and later charged"
INFINITIVE_COMPLEMENT_WORDS = 8  # "arrêté à Accra, au Ghana, en mai, avant d'être extradé"


def _joined_verb(gap: str, coordinators: frozenset[str]) -> bool:
    """ "arrested and charged", "arrested and then charged": the coordinator right after
    the first trigger, at most two words after it."""
    words = gap.split()
    return bool(
        words and words[0] in coordinators and len(words) <= 3 and all(w.isalpha() for w in words)
    )


def _action_between(group: list[Mention], before: Mention, mention: Mention) -> bool:
    return any(
        m is not before
        and m is not mention
        and before.trigger.end <= m.trigger.start < mention.trigger.start
        for m in group
    )


def _infinitive_after_complement(
    ctx: ArticleContext, group: list[Mention], before: Mention, mention: Mention, gap: str
) -> bool:
    """ "arrested in Rabat in March, before being extradited", "detenido en 2023 antes de ser
    extraditado": an `infinitive_links` phrase right before the second trigger, after a
    short complement of the first verb (commas may set its parts, no other action)."""
    if _action_between(group, before, mention):
        return False
    text = gap.strip()
    link = next(
        (p for p in ctx.compiled.infinitive_links if text == p or text.endswith(" " + p)), None
    )
    if link is None:
        return False
    head = [w.rstrip(",") for w in text[: len(text) - len(link)].split()]
    return len(head) <= INFINITIVE_COMPLEMENT_WORDS and all(w.isalnum() for w in head)


def _joined_after_complement(
    ctx: ArticleContext, group: list[Mention], before: Mention, mention: Mention, gap: str
) -> bool:
    """ "was arrested at the port and later charged", "fue detenido en 2023 y extraditado":
    a short complement of the first verb (no comma, no other action), then a coordinator, at
    most two words or one comma-set incise ("and, after a long battle, extradited") before
    the second trigger: the second verb has the first one's subject."""
    if _action_between(group, before, mention):
        return False
    words = gap.split()
    last = max(
        (i for i, w in enumerate(words) if w.strip(",") in ctx.compiled.verb_coordinators),
        default=None,
    )
    if last is None or last == 0:
        return False
    head, tail = words[:last], " ".join(words[last:])
    if len(head) > COMPLEMENT_WORDS or any(not w.isalnum() for w in head):
        return False
    tail = tail.split(maxsplit=1)[1] if " " in tail else ""
    if tail.startswith(",") or words[last].endswith(","):
        incise, comma, rest = tail.lstrip(",").partition(",")
        if not comma or len(incise.split()) > COMPLEMENT_WORDS:
            return False
        tail = rest
    rest_words = tail.split()
    return len(rest_words) <= 2 and all(w.isalpha() for w in rest_words)


OPENING_REACH = 80  # "Extradited to Spain in 2012 after a long appeal, he ..."


def _opening_participle_subject(ctx: ArticleContext, mention: Mention) -> PersonCount | None:
    """ "Extradé vers la France en 2010, il avait été condamné", "Arrested in 2019, she was
    later released": a trigger opening its sentence, whose complement a comma closes before
    a singular subject pronoun (`subject_pronouns`), is that one person."""
    pronouns = ctx.compiled.subject_pronoun_words
    sentence = mention.sentence
    if not pronouns or ctx.text[sentence.start : mention.trigger.start].strip():
        return None
    comma = ctx.text.find(
        ",", mention.trigger.end, min(sentence.end, mention.trigger.end + OPENING_REACH)
    )
    if comma < 0:
        return None
    after = ctx.text[comma + 1 : sentence.end].split(maxsplit=1)
    if not after or after[0].lower() not in pronouns:
        return None
    return PersonCount(1, "exact", "single", mention.trigger.start, comma)


OBJECT_REACH = 5  # "granted bail to three", "released two"


def _object_of_another(group: list[Mention], mention: Mention, count: PersonCount) -> bool:
    """The count is the object of another person action right before it, so the trigger
    right after it, with no auxiliary, is a participle on the noun, not its verb."""
    return any(
        other is not mention
        and other.event_type in PERSON_TYPES
        and 0 <= count.start - other.trigger.end <= OBJECT_REACH
        for other in group
    )


def _quantified(hit: ItemHit) -> bool:
    item = hit.item
    return item.quantity is not None or item.amount is not None or (hit.counted and item.count != 1)


def _dual_pronoun(ctx: ArticleContext, mention: Mention) -> PersonCount | None:
    """ضبطهما، إيقافهما: a dual pronoun on the trigger is two persons; اعتقاله، أدانته: a
    singular one is one person."""
    end = word_end(ctx.text, mention.trigger.end)
    suffix = ctx.text[mention.trigger.end : end]
    if suffix in ctx.compiled.dual_person_suffixes:
        return PersonCount(2, "exact", "single", mention.trigger.start, end)
    if suffix in ctx.compiled.single_person_suffixes:
        return PersonCount(1, "exact", "single", mention.trigger.start, end)
    return _dual_pronoun_next_to(ctx, mention)


DUAL_BEFORE_WORDS = 3  # "وصدرت بحقهما أحكام غيابية بالسجن"


def _dual_pronoun_next_to(ctx: ArticleContext, mention: Mention) -> PersonCount | None:
    """ "وصدرت بحقهما أحكام بالسجن", "أسندت إليهما تهمة": a dual pronoun on a word of a
    court step's trigger, on one of the few words before it or on the word right after it
    (a preposition and its pronoun, the stem of two letters or more) is its two persons."""
    if mention.event_type not in _COURT_TYPES or not ctx.compiled.dual_person_suffixes:
        return None
    sentence = mention.sentence
    start = mention.trigger.start
    for _ in range(DUAL_BEFORE_WORDS):
        start = previous_word_start(ctx, sentence, start) or start
    stop = word_end(ctx.text, mention.trigger.end)
    following = ctx.text[stop : sentence.end].split(maxsplit=1)
    if following:
        stop = ctx.text.index(following[0], stop) + len(following[0])
    for token in ctx.text[start:stop].split():
        word = token.strip(".,;:،")
        for suffix in ctx.compiled.dual_person_suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                return PersonCount(2, "exact", "single", start, stop)
    return None


def _owner_test(
    ctx: ArticleContext, group: list[Mention], mention: Mention
) -> Callable[[int], bool]:
    """Things in a sentence belong to the closest action: in "seized assets and arrested the
    leader of a jewel-thief network" the jewels are not seized. An action named only as the
    time of another ("seized during the raids €1.4m", "صادروا خلال المداهمات": a search told as
    the time of a seizure) owns none."""
    owners = group
    if mention.event_type == "seizure":
        owners = [m for m in group if m is mention or not _adverbial(ctx, m)]

        def seizes(offset: int) -> bool:
            if _postposed_goods(ctx, mention, offset) or _subject_after_and(
                ctx, group, mention, offset
            ):
                return True
            # "أحبطت تهريب 180 كيلوغراما ... وقبضت على أربعة": a person action owns what
            # follows it, not the goods told before it
            return (
                _nearest(
                    [
                        m
                        for m in owners
                        if m is mention
                        or m.event_type not in PERSON_TYPES
                        or m.trigger.start < offset
                        or mention.trigger.start > offset
                    ],
                    offset,
                    None,
                )
                is mention
            )

        return seizes

    def owns(offset: int) -> bool:
        return _nearest(owners, offset, None) is mention

    return owns


POSTPOSED_REACH = 40  # "3 kilos de cocaína pura incautados": the goods right before


def _postposed_goods(ctx: ArticleContext, mention: Mention, offset: int) -> bool:
    """ "tres detenidos y 20 kilos de cocaína incautados", "two arrests and 5 kg of heroin
    seized": goods told right before a seizure participle, only words between, are its
    subject, whatever action came before them."""
    if not 0 < mention.trigger.start - offset <= POSTPOSED_REACH:
        return False
    gap = ctx.text[offset : mention.trigger.start]
    return gap[-1:].isspace() and all(ch.isalnum() or ch.isspace() for ch in gap)


PASSIVE_SUBJECT_REACH = 80  # "et 800 kilos de résine de cannabis ont été saisis"


def _subject_after_and(
    ctx: ArticleContext, group: list[Mention], seizure: Mention, offset: int
) -> bool:
    """ "The driver was arrested and 800 kilograms of resin were seized": goods told after
    "and" closing a person action, right before a seizure verb of their own clause (no
    comma, no other action between), are that seizure's subject, not the arrest's object."""
    if not 0 < seizure.trigger.start - offset <= PASSIVE_SUBJECT_REACH:
        return False
    if any(ch in ctx.text[offset : seizure.trigger.start] for ch in ",;:()"):
        return False
    before = [
        m
        for m in group
        if m is not seizure and m.trigger.end <= offset and m.event_type in PERSON_TYPES
    ]
    if not before or any(
        m is not seizure and offset < m.trigger.start < seizure.trigger.start for m in group
    ):
        return False
    between = ctx.text[max(m.trigger.end for m in before) : offset].split()
    return any(word in ctx.compiled.and_words for word in between[:4])


def _adverbial(ctx: ArticleContext, mention: Mention) -> bool:
    words = ctx.compiled.during_words
    if not words or mention.event_type != "raid":
        return False  # "durante la intervención de 300 kilos" still names the seizure
    start = mention.trigger.start
    sentence = mention.sentence
    while start > sentence.start and ctx.text[start - 1].isalpha():
        start -= 1  # the word's start: "المداهمات" after "خلال"
    head = ctx.text[max(sentence.start, start - 40) : start].split()
    for size in (3, 2, 1):
        if len(head) >= size and " ".join(head[-size:]) in words:
            return True
        if len(head) > size and " ".join(head[-size - 1 : -1]) in words:
            return True  # "during the raids", "lors des perquisitions": one article between
    return False


class _SentenceArgs:
    """Arguments found once per sentence and shared by its mentions."""

    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self._locations: dict[int, Locations] = {}

    def locations(self, sentence: Sentence) -> Locations:
        cached = self._locations.get(sentence.index)
        if cached is None:
            cached = find_locations(self.ctx, sentence)
            self._locations[sentence.index] = cached
        return cached


def _listed_rulings(ctx: ArticleContext, mentions: list[Mention]) -> list[Mention]:
    """ "The sentences were:" then "- Kyle Brennan, 33, of Walton - 14 years;": in a story
    that sentences, each bulleted line with a term after a line that ends on a colon is one
    defendant's (or a few defendants') sentence, anchored on its term."""
    rulings = [m for m in mentions if m.event_type == "sentence"]
    if not rulings:
        return []
    told = {m.sentence.index for m in mentions}
    anchor = rulings[0]
    found: list[Mention] = []
    for sentence in ctx.sentences:
        if not ctx.cased[sentence.start : sentence.end].rstrip().endswith(":"):
            continue
        for line in ctx.sentences[sentence.index + 1 :]:
            if not ctx.cased.startswith(_BULLETS, line.start):
                break
            if line.index in told:
                continue
            terms = find_sentence_terms(ctx, line)
            if terms:
                term = terms[0]
                trigger = Match(term.start, term.end, anchor.trigger.term)
                found.append(Mention("sentence", trigger, line, anchor.strength, False))
    return found


EARLIER_STEP_REACH = 12  # "luego de ser detenidos", "after being arrested": lead, auxiliary


def _share_subject_counts(
    ctx: ArticleContext, group: list[Mention], args: dict[int, MentionArgs]
) -> None:
    """ "Nine men were charged on Wednesday after being arrested by the police": a person
    step told in an `earlier_clause_leads` clause right after another of its sentence, with
    no count of its own, has the same subject: it takes that step's counts."""
    for i, mention in enumerate(group):
        entry = args[id(mention)]
        if mention.event_type not in PERSON_TYPES or entry.counts or i == 0:
            continue
        window = ctx.text[max(0, mention.trigger.start - 30) : mention.trigger.start]
        leads = list(ctx.compiled.earlier_clause.finditer(window))
        lead = leads[-1] if leads else None
        if lead is None or len(window) - lead.end() > EARLIER_STEP_REACH:
            continue
        if any(mark in window[lead.end() :] for mark in ".;:"):
            continue
        before = [m for m in group[:i] if m.event_type in PERSON_TYPES and args[id(m)].counts]
        if before:
            entry.counts.extend(args[id(before[-1])].counts)


def attach_arguments(ctx: ArticleContext, mentions: list[Mention]) -> list[MentionArgs]:
    shared = _SentenceArgs(ctx)
    occasions: dict[int, int | None] = {}
    mentions = sorted(mentions + _listed_rulings(ctx, mentions), key=lambda m: m.trigger.start)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence.index, []).append(mention)
    trigger_sentences = set(by_sentence)
    ctx.action_sentences = frozenset(trigger_sentences)
    roundup = _roundup_paragraphs(ctx, by_sentence)
    # Goods in an arrest sentence only ever join a seizure: none in the article, no need.
    any_seizure = any(m.event_type == "seizure" for m in mentions)
    results: list[MentionArgs] = []
    for index, found in by_sentence.items():
        sentence = ctx.sentences[index]
        group, split_terms = _split_by_term(ctx, sentence, found)
        locations = shared.locations(sentence)
        if not locations.countries:
            previous = ctx.previous_sentence(sentence)
            # The sentence before names the place of the same operation ("raids in Serbia
            # and the Netherlands. A total of 23 people were arrested"); its states also
            # outweigh a town here that only weakly locates, but where that town's state is
            # one of them, it is the one ("extradited from Colombia to the United States. In
            # a Manhattan court, he pleaded guilty": US). The town stays among the places.
            if previous is not None and previous.index in trigger_sentences:
                before = shared.locations(previous)
                if not locations.places:
                    locations = before
                elif before.countries:
                    weak = [c for c in locations.weak_countries if c in before.countries]
                    locations = replace(
                        before,
                        countries=weak or before.countries,
                        places=_unique([*locations.places, *before.places]),
                    )
        agencies = find_agencies(ctx, sentence)
        handed = handed_over_agencies(ctx, sentence) if agencies else set()
        # An agency the suspects were handed to did not make the arrest or seizure told here.
        acting = [a for a in agencies if a.name not in handed] if handed else agencies
        crimes = find_crimes(sentence)
        args = {
            id(m): MentionArgs(
                m,
                None,
                False,
                locations,
                acting if m.event_type in _OPERATION_STEPS else agencies,
                crimes=crimes,
                named=agencies if handed else None,
            )
            for m in group
        }
        for offset, organization in find_organizations(ctx, sentence):
            owner = _nearest(group, offset, None)
            if owner is not None:
                args[id(owner)].organizations.append(organization)
        if any(m.event_type in PERSON_TYPES for m in group):
            for count in find_person_counts(ctx, sentence):
                owner = _subject_of(ctx, group, count) or _nearest(group, count.start, PERSON_TYPES)
                if owner is not None and id(owner) in split_terms:
                    owner = _term_owner(ctx, group, split_terms, count.start)
                if owner is not None and _acquittal_between(ctx, sentence, owner, count):
                    continue  # "condenó a uno y absolvió a otros dos": the acquitted
                if owner is not None:
                    args[id(owner)].counts.append(count)
            for mention in group:
                pronoun = _dual_pronoun(ctx, mention)
                if pronoun is not None and mention.event_type in PERSON_TYPES:
                    args[id(mention)].counts.append(pronoun)
            _share_coordinated_counts(ctx, group, args)
            for mention in group:
                if mention.event_type in PERSON_TYPES and not args[id(mention)].counts:
                    opening = _opening_participle_subject(ctx, mention)
                    if opening is not None:
                        args[id(mention)].counts.append(opening)
            for mention in group:
                entry = args[id(mention)]
                if (
                    mention.event_type in PERSON_TYPES
                    and not entry.counts
                    and refers_to_earlier_persons(ctx, sentence, mention.trigger)
                ):
                    # "Five men were seen loading a van. They were arrested ...": the count
                    # is in the sentence before; a pronoun on or right after the trigger
                    # also reaches across a paragraph break ("... من 5 عناصر. / وأمكن ضبطهم").
                    bound = bound_plural_pronoun(ctx, sentence, mention.trigger)
                    entry.counts.extend(earlier_counts(ctx, sentence, across_paragraph=bound))
                    entry.recap = True
                elif (
                    mention.event_type in PERSON_TYPES
                    and not entry.counts
                    and definite_group_subject(ctx, sentence, mention.trigger)
                ):
                    # "Four men were charged. / The suspects, aged ..., had been arrested"
                    entry.counts.extend(earlier_counts(ctx, sentence, across_paragraph=True))
                    entry.recap = True
                    # "Los condenados fueron detenidos": the group the article told first
                    entry.told_group = not entry.counts
                elif (
                    mention.event_type == "charge"
                    and not entry.counts
                    and definite_group_before(ctx, sentence, mention.trigger)
                ):
                    entry.recap = True
                if mention.event_type == "charge" and entry.recap and not entry.counts:
                    entry.told_group = True
            _share_subject_counts(ctx, group, args)
        for mention in group:
            entry = args[id(mention)]
            if mention.event_type == "arrest" and (
                (entry.counts and all(c.recap for c in entry.counts))
                or (not entry.counts and opens_on_known_persons(ctx, sentence, mention.trigger))
            ):
                entry.recap = True
            holder = next(
                (
                    args[id(m)]
                    for m in group
                    if mention.held_by is not None and m.trigger == mention.held_by
                ),
                None,
            )
            # "jailed a man who was arrested in February with 20 kilos": the goods he held
            # were seized when he was arrested, not on the day of the ruling.
            entry.date = find_date(ctx, mention) if holder is None else holder.date
            if entry.recap and entry.date is not None:
                entry.recap = _later_step_day(ctx, sentence, mention, entry.date)
            entry.later = entry.date is None and later_step(ctx, mention)
            if _yearly_record(ctx, sentence, mention, entry.date):
                continue
            # A later step of an old story is background like the story ("three men were
            # later jailed" after a seizure of 2022), though it keeps no day.
            told = day_told_before(ctx, mention) if entry.later else entry.date
            entry.background = (
                is_background(ctx, mention, told) if holder is None else holder.background
            )
            if (
                entry.background
                and entry.date is not None
                and not sentence.start <= entry.date.start < sentence.end
                and past_time_after(ctx, sentence, mention.trigger)
            ):
                entry.date = None  # "dismantled two years ago": not the news day told before
            entry.separate = _occasion_opened(ctx, sentence, occasions, roundup)
            entry.lead_place = leading_location(ctx, sentence, group[0].trigger.start)
            if entry.lead_place is None:
                entry.lead_region = leading_region(ctx, sentence, group[0].trigger.start)
            preceding = ctx.previous_sentence(sentence)
            entry.opens_paragraph = preceding is not None and "\n" in ctx.gap(
                preceding.end, sentence.start
            )
            if entry.date is None and not entry.background:
                entry.running = running_day(ctx, sentence)
                entry.next_day = bool(ctx.day_after_told(sentence))
            if mention.event_type == "seizure":
                entry.seizure = find_seizure(
                    ctx, sentence, locations.countries, _owner_test(ctx, group, mention)
                )
                if mention is _last_of_type(group, "seizure"):
                    for line in _list_lines(ctx, sentence, trigger_sentences):
                        listed = find_seizure(ctx, line, locations.countries)
                        entry.seizure.items.extend(listed.items)
                        entry.seizure.total_value = entry.seizure.total_value or listed.total_value
            elif (
                mention.event_type == "arrest"
                and any_seizure
                and not any(m.event_type == "seizure" for m in group)
            ):
                carried = find_seizure(
                    ctx, sentence, locations.countries, _owner_test(ctx, group, mention)
                )
                entry.carried = [h for h in carried.items if _quantified(h)]
            if id(mention) in split_terms:
                term = split_terms[id(mention)]
                entry.term = (term.months, term.kind)
            elif mention.event_type == "sentence":
                entry.term = find_sentence_term(ctx, mention)
            if mention.event_type == "sentence":
                entry.total_term = term_told_as_total(ctx, sentence)
                entry.range_term = term_told_as_range(ctx, sentence)
                entry.total_phrase = entry.total_term and term_told_as_total(
                    ctx, sentence, phrase_only=True
                )
            results.append(entry)
        _share_the_term([args[id(m)] for m in group if m.event_type == "sentence"])
    results.sort(key=lambda a: a.mention.trigger.start)
    _denial_story_steps(ctx, results)
    return results


DENIAL_RECENT_DAYS = 7


def _denial_story_steps(ctx: ArticleContext, results: list[MentionArgs]) -> None:
    """A story that opens by denying an action ("Interior desmiente la detención del jefe de
    Policía") and then confirms older ones: an action with a day of its own over a week
    before publication is background (the denial is the news, and no event)."""
    if ctx.first_denied is None or ctx.published is None or not results:
        return
    if ctx.first_denied > results[0].mention.trigger.start:
        return
    for a in results:
        if a.background or a.date is None or len(a.date.value) != 10:
            continue
        sentence = a.mention.sentence
        if not sentence.start <= a.date.start < sentence.end:
            continue
        day = datetime.date.fromisoformat(a.date.value)
        if (ctx.published - day).days > DENIAL_RECENT_DAYS:
            a.background = True


def _share_the_term(sentencing: list[MentionArgs]) -> None:
    """ "Los magistrados imponen a los tres colaboradores, que ..., una pena de ocho años":
    a sentencing word too far from the term has the term of the sentence's other sentencing
    word, when the sentence states one term only."""
    penalties = {_penalty(a.term) for a in sentencing} - {None}
    if len(penalties) != 1:
        return
    term = next(a.term for a in sentencing if _penalty(a.term) is not None)
    for a in sentencing:
        if _penalty(a.term) is None:
            a.term = term


def _yearly_record(
    ctx: ArticleContext, sentence: Sentence, mention: Mention, date: DateMention | None
) -> bool:
    """ "En 2024, les autorités avaient saisi plus de trois tonnes, un record": a seizure or
    arrest told with a whole year and no day, in a sentence that calls it a record or a total
    ("In 2023, customs seized a total of 40 tonnes"), is a yearly total, not one action; so is
    a count over the years since one ("since 2022") and a year-led total ("In 2023, police
    arrested more than 5,000 people"), an extradition or a raid too, with no month told."""
    if mention.event_type not in _YEARLY_TYPES:
        return False
    if date is not None and len(date.value) == 10:
        return False  # a day: one action
    found = ctx.dates(sentence)
    if _current_year_total(ctx, sentence, mention, found):
        return True
    years = [d for d in found if d.kind == "year"]
    if not years or any(len(d.value) == 10 for d in found):
        return False
    if mention.event_type in ("seizure", "arrest") and (
        role_hits(sentence, "record") or role_hits(sentence, "total")
    ):
        return True  # "un record", or a total over the year ("a total of 40 tonnes")
    if any(len(d.value) > 4 for d in found):
        return False  # a month: one action ("in March 2023")
    return any(_running_since(ctx, sentence, d) for d in years) or _year_total(
        ctx, sentence, years[0]
    )


_YEARLY_TYPES = frozenset({"seizure", "arrest", "extradition", "raid"})
# A figure told roughly ("más de 1.000", "environ 60") or of thousands is a year's total; an
# exact small one ("detuvo a dos hombres con 300 kilos") or "more than one tonne" (one load)
# may be one operation told back.
YEAR_TOTAL_FLOOR = 1000
YEAR_LEAD_WORDS = 2  # "En 2024,", "وفي عام 2023،": at most this many words before the year


# "has extradited 14 people this year": an exact count of this many or more under the running
# year is its tally so far ("extradited two men this year" may be one handover told back).
CURRENT_YEAR_FLOOR = 20


def _current_year_total(
    ctx: ArticleContext, sentence: Sentence, mention: Mention, found: list[DateMention]
) -> bool:
    """ "The country has extradited dozens of suspects this year", "más de 300 detenciones
    este año": a `current_year` phrase ("this year", "cette année", "هذا العام") that is no
    part of a told date ("earlier this year"), in a sentence with no month or day, with a
    rough count above one (or an exact one of CURRENT_YEAR_FLOOR or more) as the count
    nearest the trigger, is the year's running tally, not one action ("arrested nine members
    of a gang which has carried out dozens of burglaries this year" stays)."""
    if any(len(d.value) > 4 for d in found):
        return False
    if not any(
        not any(d.start <= m.start < d.end for d in found)
        for m in role_hits(sentence, "current_year")
    ):
        return False
    trigger = mention.trigger
    counts = [n for n in ctx.numbers(sentence) if not n.is_year_like]
    if not counts:
        return False
    nearest = min(
        counts,
        key=lambda n: trigger.start - n.end if n.end <= trigger.start else n.start - trigger.end,
    )
    return nearest.value > 1 and (
        nearest.qualifier != "exact" or nearest.value >= CURRENT_YEAR_FLOOR
    )


def _running_since(ctx: ArticleContext, sentence: Sentence, year: DateMention) -> bool:
    """ "has extradited more than 200 people since 2022", "Desde 2022, ...", "منذ عام 2022":
    a `running_since` word right before a year (one cue word between at most), in a sentence
    that counts, is a running total over the years, not one action ("on the run since 2019
    when he was arrested" counts nothing: one arrest)."""
    if not any(not n.is_year_like and n.value > 1 for n in ctx.numbers(sentence)):
        return False
    return any(
        m.end <= year.start and len(ctx.text[m.end : year.start].split()) <= 1
        for m in role_hits(sentence, "running_since")
    )


def _year_total(ctx: ArticleContext, sentence: Sentence, year: DateMention) -> bool:
    """ "En 2024, las fuerzas de seguridad aprehendieron más de 1.000 toneladas", "Dutch
    customs intercepted about 60 tonnes in 2024": a year written in digits as the sentence's
    only time, with a rough figure above one anywhere, or a year opening the sentence as its
    own clause (a comma after it) before an exact figure of thousands, tells the year's
    figures, not one action ("In 2019, he was arrested in Madrid", "saisi plus d'une tonne en
    2024", "detuvo en 2022 a siete personas" stay)."""
    if not ctx.text[year.start : year.end].isdigit():
        return False  # "Last year, a similar effort recovered ...": one operation told back
    led = len(ctx.text[sentence.start : year.start].split()) <= YEAR_LEAD_WORDS and ctx.text[
        year.end : year.end + 1
    ] in (",", "،")
    # a rough figure wherever the year stands ("intercepted about 60 tonnes ... in 2024"); an
    # exact one of thousands only under a leading year
    return any(
        not n.is_year_like
        and (n.value > 1 if n.qualifier != "exact" else led and n.value >= YEAR_TOTAL_FLOOR)
        and (n.start >= year.end or not led)
        for n in ctx.numbers(sentence)
    )


def _penalty(term: tuple[int | None, SentenceKind | None]) -> int | str | None:
    """What tells two sentencing mentions apart: the months, or life/death without months."""
    months, kind = term
    if months is not None:
        return months
    return kind if kind in ("life", "death") else None


TERM_CHAIN_REACH = 150  # a coordinated term after a relative clause on the first defendant


def _split_by_term(
    ctx: ArticleContext, sentence: Sentence, group: list[Mention]
) -> tuple[list[Mention], dict[int, SentenceTerm]]:
    """Defendants with different terms in one ruling ("three men to death, while two others
    were jailed for life"): one sentence mention per distinct term, anchored on the term,
    so that each gets its own event and its own persons count."""
    sentencing = [m for m in group if m.event_type == "sentence"]
    if not sentencing:
        return group, {}
    # Terms near a sentencing trigger (or joined to the first by "y a", "and to"), and
    # those coordinated after them, each within reach of the one before ("a 12 años al
    # líder de ..., y a ocho años a tres de sus colaboradores").
    terms: list[SentenceTerm] = []
    for t in find_sentence_terms(ctx, sentence):
        near_trigger = any(
            m.trigger.start - 30 <= t.start
            and (t.start - m.trigger.end <= SENTENCE_TERM_WINDOW or _coordinated_term(ctx, t))
            for m in sentencing
        )
        if near_trigger or (terms and t.start - terms[-1].end <= TERM_CHAIN_REACH):
            terms.append(t)
    if len({(t.months, t.kind) for t in terms}) < 2:
        return group, {}
    split: dict[int, SentenceTerm] = {}
    kept = [m for m in group if m.event_type != "sentence"]
    seen: set[tuple[int | None, str]] = set()
    strength = max(m.strength for m in sentencing)
    for term in terms:
        if (term.months, term.kind) in seen:
            continue
        seen.add((term.months, term.kind))
        anchor = Match(term.start, term.end, sentencing[0].trigger.term)
        mention = Mention("sentence", anchor, sentence, strength, False)
        kept.append(mention)
        split[id(mention)] = term
    kept.sort(key=lambda m: m.trigger.start)
    return kept, split


def _coordinated_term(ctx: ArticleContext, term: SentenceTerm) -> bool:
    """ "ha condenado a 12 años al líder ..., y a ocho años a tres de sus colaboradores": a
    term joined to the first by "and to" belongs to the same ruling, however far it is."""
    head = ctx.text[max(0, term.start - 12) : term.start]
    return ctx.compiled.coordinated_term.search(head) is not None


def _term_owner(
    ctx: ArticleContext, group: list[Mention], split: dict[int, SentenceTerm], offset: int
) -> Mention:
    """The term a persons count belongs to: the one it stands next to within its clause.
    Between two terms, the last comma between them separates the first term's defendants
    ("على متهمين اثنين، والسجن 10 سنوات") from the second's ("death, while two others
    were jailed for life")."""
    terms = [m for m in group if id(m) in split]
    if offset < terms[0].trigger.start:
        return terms[0]
    for first, second in itertools.pairwise(terms):
        if first.trigger.end <= offset < second.trigger.start:
            gap = ctx.gap(first.trigger.end, second.trigger.start)
            # A clause break ("while", "فيما", ";") opens the second defendant's clause
            # even when commas follow inside it ("فيما أدانت متهمين اثنين، أحدهما ...،").
            breaks = [
                m.start - first.trigger.end
                for m in role_hits(first.sentence, "clause_breaks")
                if first.trigger.end <= m.start < second.trigger.start
            ]
            joined = _and_cut(ctx, first.trigger.end, second.trigger.start, first.sentence)
            cut = (
                min(breaks)
                if breaks
                else joined
                if joined >= 0
                else max(gap.rfind(","), gap.rfind("،"), gap.rfind(";"))
            )
            if cut >= 0:
                return first if offset < first.trigger.end + cut else second
            return min((first, second), key=lambda m: abs(offset - m.trigger.start))
    return terms[-1]


def _and_cut(ctx: ArticleContext, start: int, end: int, sentence: Sentence) -> int:
    """Where "and" first joins the next defendant in the text between two terms, before a
    name, a `person_links` phrase or a count ("twelve years and Paul Rowe, 28, for nine
    years", "doce años de prisión y a Luis Gómez y Pedro Ruiz a seis", "to death and five
    others to life"), as an offset from ``start``, or -1 (a comma inside the first
    defendant's words does not cut; "y medio" does not join)."""
    words = ctx.cased[start:end].split(" ")
    counts = {n.start for n in ctx.numbers(sentence)}
    position = 0
    for word, following in itertools.pairwise([*words, ""]):
        lowered = word.lower()
        if lowered in ctx.compiled.and_words and (
            following[:1].isupper()
            or f"{lowered} {following.lower()}" in ctx.compiled.person_links
            or (following and start + position + len(word) + 1 in counts)
        ):
            return position
        position += len(word) + 1
    return -1


_BULLETS = ("-", "•", "*", "–", "—", "·", "▪", "○")


def _last_of_type(group: list[Mention], event_type: str) -> Mention | None:
    return next((m for m in reversed(group) if m.event_type == event_type), None)


def _list_lines(ctx: ArticleContext, sentence: Sentence, told: set[int]) -> list[Sentence]:
    """The bulleted lines right after a sentence that introduces them ("Bilan des saisies :"
    then "- 12 kg de cocaïne"): their items belong to its seizure. Stops at the first line
    that is no bullet; a bullet that tells an action of its own ("- 1,2 million d'euros,
    découverts dans un box") gives its items itself, and the lines after it still count."""
    if not ctx.cased[sentence.start : sentence.end].rstrip().endswith(":"):
        return []
    lines: list[Sentence] = []
    for following in ctx.sentences[sentence.index + 1 :]:
        if not ctx.cased.startswith(_BULLETS, following.start):
            break
        if following.index not in told:
            lines.append(following)
    return lines


def _compatible(cluster: Cluster, args: MentionArgs) -> bool:
    if cluster.background != args.background:
        return False
    date = cluster.date
    if date is not None and args.date is not None:
        shorter = min(len(date), len(args.date.value))
        if date[:shorter] != args.date.value[:shorter]:
            return False
    # Two steps of a story told on different days: an undated step keeps the day the story
    # had reached ("vendredi soir ... Les trois voyageurs ont été arrêtés"), so a step dated
    # another day ("Samedi ... Le propriétaire a été interpellé") or told "the following
    # day" ("Le lendemain, ... l'arrestation de deux complices") is another event.
    if (
        date is None
        and args.date is not None
        and cluster.running
        and len(args.date.value) == 10
        and args.date.value != cluster.running
    ):
        return False
    if args.date is None and args.next_day and args.running:
        day = date or cluster.running
        if day and len(day) == 10 and day != args.running:
            return False
    if _another_place(cluster, args):
        return False
    if args.mention.event_type == "sentence":
        penalty = _penalty(args.term)
        if cluster.penalty is not None and penalty is not None and cluster.penalty != penalty:
            return False
    return True


def _another_place(cluster: Cluster, args: MentionArgs) -> bool:
    """A sentence that opens with a place the event does not tell ("In Sfax on Monday ... In
    Gabès on Tuesday ... In Tunis, customs seized ..."; "In Portugal, officers found ...")
    reports another operation of a round-up, when it opens a paragraph or the event was told
    from its place too."""
    if args.lead_place is None:
        return args.lead_region is not None and _another_region(cluster, args)
    # Parts of one operation told place by place stay one event ("Police arrested 6 in Lyon.
    # Officers also arrested 10 in Marseille. In Paris, 13 were arrested"): a round-up opens
    # each report on its place, or each in a paragraph of its own.
    if (
        not args.opens_paragraph
        and cluster.mentions[0].lead_place is None
        and not _another_agency(cluster, args)
    ):
        return False
    town, country = args.lead_place
    if town is not None and cluster.places:
        return town not in cluster.places
    if cluster.countries:
        return country is not None and country not in cluster.countries
    # an event told with no place: another report when both tell their own figures
    return (
        not cluster.places and _own_figures(args) and any(_own_figures(m) for m in cluster.mentions)
    )


def _another_agency(cluster: Cluster, args: MentionArgs) -> bool:
    """The sentence names agencies, none of which the event told ("The army arrested six in
    Baalbek. On the same day, at Beirut airport, the ISF arrested a traveller")."""
    told = {a.name for m in cluster.mentions for a in m.agencies}
    return bool(told) and bool(args.agencies) and not any(a.name in told for a in args.agencies)


def _another_region(cluster: Cluster, args: MentionArgs) -> bool:
    """ "وفي المنطقة الشرقية قبضت ... على مواطنين. وفي منطقة عسير قبضت ... على ثلاثة": a
    sentence opening on a region no gazetteer knows, with figures of its own, reports
    another operation when the event was told from another region (or its paragraph opens
    on it and the event named a known place or told figures from no region)."""
    if not _own_figures(args):
        return False
    told = {m.lead_region for m in cluster.mentions if m.lead_region is not None}
    if told:
        return args.lead_region not in told
    if not args.opens_paragraph and cluster.mentions[0].lead_place is None:
        return False
    if cluster.places:
        return True
    return not cluster.places and any(_own_figures(m) for m in cluster.mentions)


def _own_figures(args: MentionArgs) -> bool:
    """The mention tells its own persons count or quantified goods."""
    if args.counts:
        return True
    return args.seizure is not None and any(_quantified(h) for h in args.seizure.items)


NEAR_DAY = 250  # characters before a conviction's sentence: "a rendu vendredi son jugement."


def _day_told_near(conviction: MentionArgs, args: list[MentionArgs]) -> bool:
    """The conviction's day is written in its own sentence, just before it, or in a
    sentencing sentence right before it (not carried over from a ruling told paragraphs
    earlier)."""
    assert conviction.date is not None
    day = conviction.date.start
    own = conviction.mention.sentence
    if own.start - NEAR_DAY <= day < own.end:
        return True
    return any(
        o.mention.event_type == "sentence"
        and o.mention.sentence.start <= day < o.mention.sentence.end
        and 0 <= own.index - o.mention.sentence.index <= 1
        for o in args
    )


def _resolve_convictions(args: list[MentionArgs]) -> list[MentionArgs]:
    """A conviction in the ruling that also sentences is that sentence; an earlier guilty
    plea in a sentencing story is background. A background plea told in one sentence with
    its background sentence ("pleaded guilty last year and was sentenced to 15 years") is
    that old ruling."""
    sentenced = {
        (a.mention.sentence.index, a.background) for a in args if a.mention.event_type == "sentence"
    }
    news_sentence = any(a.mention.event_type == "sentence" and not a.background for a in args)
    ruling_days = {
        a.date.value
        for a in args
        if a.mention.event_type == "sentence" and not a.background and a.date is not None
    }
    kept: list[MentionArgs] = []
    for a in args:
        if a.mention.event_type == "conviction":
            # The same ruling, unless the verdict has an earlier date of its own ("sentenced
            # him after a jury found him guilty in October").
            if (a.mention.sentence.index, a.background) in sentenced:
                continue
            if (
                not a.background  # "pleaded guilty at an earlier hearing": not this ruling
                and a.date is not None
                and len(a.date.value) == 10
                and a.date.value in ruling_days
                and _day_told_near(a, args)
            ):
                # found guilty the day the court sentenced: the same ruling (a day told in
                # its sentence or the one before, not one carried over from far back)
                continue
            if news_sentence:
                a.background = True
        kept.append(a)
    return kept


_OPERATION_STEPS = frozenset({"arrest", "raid", "seizure", "dismantling"})
_RULING_TYPES = frozenset({"sentence", "conviction"})


def _court_story_steps(args: list[MentionArgs]) -> None:
    """A story whose lead is a ruling (a sentence, a verdict) recounts the operation that
    led to it: an arrest, raid, seizure or dismantling without a date of its own is
    background ("The crew were detained on the spot"), not a second piece of news."""
    news = [a for a in args if not a.background]
    if not news:
        return
    lead = min(news, key=lambda a: a.mention.trigger.start)
    _steps_before_the_hearing(lead, news)
    _steps_before_the_operation(lead, news)
    if lead.mention.event_type not in _RULING_TYPES:
        return

    def own_date(a: MentionArgs) -> bool:
        sentence = a.mention.sentence
        return a.date is not None and sentence.start <= a.date.start < sentence.end

    # Steps of a new operation the story tells with its own day ("catearon el miércoles un
    # inmueble"): an undated step in the sentence after one ("En el operativo fueron
    # detenidos tres") belongs to that operation, not to the one the ruling ends.
    dated_steps = {
        a.mention.sentence.index
        for a in news
        if a.mention.event_type in _OPERATION_STEPS and own_date(a)
    }
    for a in news:
        if a.mention.event_type in _OPERATION_STEPS and not own_date(a):
            index = a.mention.sentence.index
            if a.date is not None and (index in dated_steps or index - 1 in dated_steps):
                continue
            a.background = True
            a.case_step = True
            a.date = None  # a day carried from the ruling's sentence is the ruling's
    # "Il avait été interpellé à son domicile": a step the story recounts in the past tense
    # (background already) does not take the ruling's day from the sentence before either.
    ruling_days = {
        a.date.value for a in news if a.mention.event_type in _RULING_TYPES and a.date is not None
    }
    for a in args:
        if (
            a.background
            and a.mention.event_type in _OPERATION_STEPS
            and a.date is not None
            and not own_date(a)
            and a.date.value in ruling_days
        ):
            a.date = None


_HEARING_TYPES = _RULING_TYPES | {"release", "extradition"}
_EARLIER_STEPS = _OPERATION_STEPS | {"charge"}
HEARING_DAYS = 7  # a step this much before the court's day is the story's past


def _steps_before_the_hearing(lead: MentionArgs, news: list[MentionArgs]) -> None:
    """A story whose lead is a court's day (a ruling, bail: "granted bail on Thursday to
    the four people arrested last month") recounts the steps that led to it: an arrest,
    raid, seizure, dismantling or charge dated over a week before that day, or in an
    earlier month, is background."""
    if lead.mention.event_type not in _HEARING_TYPES or lead.date is None:
        return
    if len(lead.date.value) != 10:
        return
    for a in news:
        if a is lead or a.mention.event_type not in _EARLIER_STEPS or a.date is None:
            continue
        if _dated_before(a.date.value, lead.date.value, HEARING_DAYS):
            a.background = True
            a.case_step = True


OPERATION_PAST_DAYS = 30  # an operation step this much before the lead's day is its past


def _steps_before_the_operation(lead: MentionArgs, news: list[MentionArgs]) -> None:
    """A story whose lead is an operation on a day ("seized 2 tonnes on Tuesday") recounts
    the steps before it: one whose own sentence dates it in an earlier month ("The inquiry
    began after customs seized 800 kilos in January") or over a month before is the
    story's past (background), not another piece of news."""
    if lead.mention.event_type not in _OPERATION_STEPS or lead.date is None:
        return
    if len(lead.date.value) != 10:
        return
    for a in news:
        if a is lead or a.mention.event_type not in _OPERATION_STEPS or a.date is None:
            continue
        sentence = a.mention.sentence
        if not sentence.start <= a.date.start < sentence.end:
            continue  # a day carried from another sentence
        if _dated_before(a.date.value, lead.date.value, OPERATION_PAST_DAYS):
            a.background = True


def _dated_before(value: str, lead_day: str, days: int) -> bool:
    """A step's date (a day or a month) more than ``days`` before the lead's day, or in an
    earlier month when only the month is told."""
    if len(value) == 10:
        elapsed = datetime.date.fromisoformat(lead_day) - datetime.date.fromisoformat(value)
        return elapsed.days > days
    return len(value) == 7 and value < lead_day[:7]


# Rulings are split by term (one event per penalty), so their counts are no operations.
_SUMMED_TYPES: frozenset[str] = frozenset({"arrest", "charge", "release", "extradition"})


def _cluster_count(cluster: Cluster, skip: int) -> int | None:
    by_sentence: dict[int, list[PersonCount]] = {}
    for m in cluster.mentions:
        if m.mention.sentence.index != skip:
            by_sentence.setdefault(m.mention.sentence.index, []).extend(m.counts)
    combined = combine_counts(list(by_sentence.values()))
    return None if combined is None else combined[0]


def _term_count(cluster: Cluster) -> int | None:
    """The persons told with the cluster's term (its mentions that state a penalty), not the
    group a termless mention of the same ruling counts ("Four men were jailed ...")."""
    by_sentence: dict[int, list[PersonCount]] = {}
    for m in cluster.mentions:
        if _penalty(m.term) is not None:
            by_sentence.setdefault(m.mention.sentence.index, []).extend(m.counts)
    combined = combine_counts(list(by_sentence.values()))
    return None if combined is None else combined[0]


def _summary_sentences(clusters: list[Cluster]) -> set[int]:
    """Sentences that sum up several operations told after them ("nine suspects were
    arrested in two separate operations ... five ... four"): the first persons count of a
    type that equals the sum of two or more news events of it, each counted without it."""
    summaries: set[int] = set()
    news = [c for c in clusters if not c.background and c.event_type in _SUMMED_TYPES]
    for event_type in {c.event_type for c in news}:
        of_type = [c for c in news if c.event_type == event_type]
        if len(of_type) < 2:
            continue
        lead = min(
            (m for c in of_type for m in c.mentions if m.counts),
            key=lambda m: m.mention.trigger.start,
            default=None,
        )
        if lead is None:
            continue
        plain = [c.value for c in lead.counts if c.role in ("plain", "total")]
        index = lead.mention.sentence.index
        others = [
            _cluster_count(c, index)
            for c in of_type
            if any(o.mention.sentence.index > index for o in c.mentions)
        ]
        known = [n for n in others if n is not None]
        if plain and len(known) >= 2 and sum(known) == sum(plain):
            summaries.add(index)
    return summaries


UNSPECIFIED_DRUG = "unspecified"  # the canonical substance of "drugs" told with no kind
SUMMARY_TOLERANCE = 0.15  # "more than 1.8 million pills" sums up "1,823,000 pills"


def _seizure_summary(clusters: list[Cluster]) -> int | None:
    """The sentence of a lead that sums up the seizures of two or more operations told after
    it ("foiled two smuggling attempts, seizing more than 1.8 million pills and crystal
    meth" / "In the first operation ... 1,823,000 pills" / "In the second case ... 12 kg of
    crystal meth"): each of its goods is told again after it (a quantity roughly the same),
    in two or more seizures. None when there is no such lead."""
    news = [c for c in clusters if not c.background and c.event_type == "seizure"]
    lead = min(
        (m for c in news for m in c.mentions), key=lambda m: m.mention.trigger.start, default=None
    )
    if lead is None:
        return None
    index = lead.mention.sentence.index
    later = [c for c in news if any(o.mention.sentence.index > index for o in c.mentions)]
    if len(later) < 2:
        return None
    told = [
        h.item
        for c in later
        for o in c.mentions
        if o.mention.sentence.index > index and o.seizure
        for h in o.seizure.items
    ]
    mine = [
        h.item
        for c in news
        for o in c.mentions
        if o.mention.sentence.index == index and o.seizure
        for h in o.seizure.items
    ]

    def repeated(item: Any) -> bool:
        generic = item.category == "drug" and item.substance == UNSPECIFIED_DRUG
        same = [
            t
            for t in told
            if t.category == item.category and (generic or t.substance == item.substance)
        ]
        if item.quantity is None and item.amount is None and item.count in (None, 1):
            return bool(same)
        for t in same:
            for mine_value, told_value in (
                (item.quantity, t.quantity),
                (item.amount, t.amount),
                (item.count, t.count),
            ):
                if (
                    mine_value is not None
                    and told_value
                    and t.unit == item.unit
                    and abs(mine_value - told_value) <= SUMMARY_TOLERANCE * told_value
                ):
                    return True
        return False

    return index if mine and all(repeated(i) for i in mine) else None


def _summary_mention(args: MentionArgs, summaries: set[int], clusters: list[Cluster]) -> bool:
    """A news mention of a summary sentence that adds nothing of its own to the events of
    its type told after it (two or more of them): its count is their sum, its goods are
    unquantified ("recovered heroin, bhang and cash")."""
    index = args.mention.sentence.index
    if args.background or index not in summaries:
        return False
    if args.seizure is not None and any(_quantified(h) for h in args.seizure.items):
        return False
    kind = args.mention.event_type
    rest = [
        c
        for c in clusters
        if c.event_type == kind
        and not c.background
        and any(o.mention.sentence.index > index for o in c.mentions)
    ]
    return len(rest) >= 2


def cluster_mentions(args: list[MentionArgs]) -> list[Cluster]:
    _court_story_steps(args)
    kept = _resolve_convictions(args)
    clusters = _cluster(kept)
    summaries = _summary_sentences(clusters)
    if summaries:
        kept = [a for a in kept if not _summary_mention(a, summaries, clusters)]
        clusters = _cluster(kept)
    lead = _seizure_summary(clusters)
    if lead is not None:
        clusters = _cluster(
            [
                a
                for a in kept
                if a.background
                or a.mention.event_type != "seizure"
                or a.mention.sentence.index != lead
            ]
        )
    return _without_range_terms(_without_total_terms(clusters))


def _without_range_terms(clusters: list[Cluster]) -> list[Cluster]:
    """ "Four of the five were sentenced to terms of up to seven and a half years", then each
    defendant's term: a news ruling whose every term is told as a range sums up the terms
    told one by one elsewhere, no ruling of its own (its term-less mentions join the first
    other ruling). Without a term told one by one, the range stays the one ruling."""
    rulings = [c for c in clusters if c.event_type == "sentence" and not c.background]
    ranges = [
        c
        for c in rulings
        if c.term is not None
        and all(m.range_term for m in c.mentions if _penalty(m.term) is not None)
    ]
    if not ranges:
        return clusters
    others = [c for c in rulings if c.term is not None and not any(c is r for r in ranges)]
    if not others:
        return clusters
    dropped = {id(c) for c in ranges}
    first = others[0]
    for summary in ranges:
        for m in summary.mentions:
            if _penalty(m.term) is None:
                first.add(m)
    first.mentions.sort(key=lambda m: m.mention.trigger.start)
    return [c for c in clusters if id(c) not in dropped]


def _without_total_terms(clusters: list[Cluster]) -> list[Cluster]:
    """ "County lines gang jailed for more than 36 years" over the terms of its members: a
    term told as a total ("more than", "a total of") that the other news rulings, two or
    more, add up to at least, is their sum, not one more ruling; so is a group's term ("Two
    jailed for 18 years") they add up to exactly."""
    rulings = [c for c in clusters if c.event_type == "sentence" and not c.background]
    dropped: set[int] = set()
    for total in rulings:
        if not total.term:
            continue
        told_as_total = all(m.total_term for m in total.mentions if _penalty(m.term) is not None)
        if not told_as_total and _term_count(total) == 1:
            continue  # one defendant's term ("Lee Ward was jailed for eight years"): no group's
        # each ruling's term for each of its defendants ("nine years each" for two)
        others = [
            (c.term, _cluster_count(c, -1) or 1)
            for c in rulings
            if c is not total and c.term is not None
        ]
        summed = sum(term * persons for term, persons in others)
        months = total.term
        # "jailed for a total of more than 45 years": the text calls it a total, so it is one
        # even when the parts told fall short of it (counts of "each" often go untold)
        phrased = any(m.total_phrase for m in total.mentions)
        if len(others) < 2 or months <= max(term for term, _ in others):
            continue
        if (told_as_total and (summed >= months or phrased)) or summed == months:
            # "Two jailed for 18 years" over "ten years" and "eight years": a group's term
            # that the other rulings add up to exactly is their sum, told in a headline
            dropped.add(id(total))
    if not dropped:
        return clusters
    kept = [c for c in clusters if id(c) not in dropped]
    first = next(c for c in rulings if id(c) not in dropped)
    for total in (c for c in rulings if id(c) in dropped):
        for m in total.mentions:
            if _penalty(m.term) is None:
                first.add(m)  # "were jailed at the Crown Court yesterday": the same ruling
    first.mentions.sort(key=lambda m: m.mention.trigger.start)
    return kept


def _later_step_day(
    ctx: ArticleContext, sentence: Sentence, mention: Mention, date: DateMention
) -> bool:
    """The day of a retold arrest's sentence belongs to a later step, in a clause joined
    after the trigger ("were placed in custody and then brought before the prosecutor on
    Tuesday"), not to the arrest itself ("The occupants were arrested on Saturday", or a
    day carried from another sentence)."""
    if not sentence.start <= date.start < sentence.end or date.start < mention.trigger.end:
        return False
    between = [w.strip(",;،") for w in ctx.gap(mention.trigger.end, date.start).split()]
    # a coordinated verb: "and then brought", "puis présentées", "وإحالتهم" (a clitic "and")
    clitics = ctx.compiled.and_prefixes
    return any(
        w in ctx.compiled.verb_coordinators or (i and clitics and w.startswith(clitics))
        for i, w in enumerate(between)
    )


ROUNDUP_OPENER_SLACK = 2  # characters before an opener: an Arabic clitic ("ففي", "وفي")
ROUNDUP_MIN_PARAGRAPHS = 2


def _opens_on_roundup_phrase(ctx: ArticleContext, sentence: Sentence) -> bool:
    """The sentence opens a paragraph (or the text) on a `roundup_openers` phrase ("Dans le
    cadre de la lutte contre ...", "من جهة أخرى، ...")."""
    if not _opens_paragraph(ctx, sentence.index):
        return False
    return any(
        len([c for c in ctx.gap(sentence.start, hit.start) if c.isalnum()]) <= ROUNDUP_OPENER_SLACK
        for hit in role_hits(sentence, "roundup_openers")
    )


def _counted_arrest(ctx: ArticleContext, mentions: list[Mention]) -> bool:
    """An arrest among the mentions, in a sentence with a number ("أوقفت ... 41 تاجر",
    "96 migrants ont été interpellés")."""
    return any(
        m.event_type == "arrest" and any(not n.is_year_like for n in ctx.numbers(m.sentence))
        for m in mentions
    )


def _roundup_paragraphs(
    ctx: ArticleContext, by_sentence: dict[int, list[Mention]]
) -> frozenset[int]:
    """The sentences that open the paragraphs of a balance report: each on a
    `roundup_openers` phrase with a counted arrest, two of them at least (a "Par ailleurs"
    paragraph may add a detail of a single operation, "Par ailleurs, 14 comptes ont été
    gelés"). Each such paragraph tells an operation of its own, and so does, in such a
    report, any other paragraph that opens on a counted arrest ("كما أوقفت ... (312) شخصا")."""
    counted = [i for i, group in by_sentence.items() if _counted_arrest(ctx, group)]
    found = [i for i in counted if _opens_on_roundup_phrase(ctx, ctx.sentences[i])]
    if len(found) < ROUNDUP_MIN_PARAGRAPHS:
        return frozenset()
    return frozenset(i for i in counted if i >= min(found) and _opens_paragraph(ctx, i))


def _opens_paragraph(ctx: ArticleContext, index: int) -> bool:
    """The sentence is the text's first or follows a line break."""
    sentence = ctx.sentences[index]
    preceding = ctx.previous_sentence(sentence)
    return preceding is None or "\n" in ctx.gap(preceding.end, sentence.start)


def _occasion_opened(
    ctx: ArticleContext,
    sentence: Sentence,
    known: dict[int, int | None],
    roundup: frozenset[int] = frozenset(),
) -> int | None:
    """The sentence that opened the occasion this one tells, when one did: a "separate
    operation" marker in it or earlier in its paragraph ("In a separate operation, officers
    stopped a lorry. / They found 40 kg of cocaine. / The driver was arrested"). ``known``
    holds the answers for sentences already walked (a long paragraph is walked once)."""
    walked: list[int] = []
    found: int | None = None
    current: Sentence | None = sentence
    while current is not None:
        if current.index in known:
            found = known[current.index]
            break
        walked.append(current.index)
        if current.index in roundup or role_hits(current, "separate_occasion"):
            found = current.index
            break
        preceding = ctx.previous_sentence(current)
        if preceding is None or "\n" in ctx.gap(preceding.end, current.start):
            break
        current = preceding
    for index in walked:
        known[index] = found
    return found


def _recounted(clusters: list[Cluster], args: MentionArgs) -> Cluster | None:
    """The arrest an anaphoric one tells again ("Five were arrested on Monday. / They were
    placed in custody and brought before the prosecutor on Tuesday"): the last event of its
    type told before, whatever day the sentence names (its later steps')."""
    if not args.recap or args.mention.event_type != "arrest" or args.separate is not None:
        return None
    told = {c.value for c in args.counts}
    return next(
        (
            c
            for c in reversed(clusters)
            if c.event_type == "arrest"
            and c.background == args.background
            and not _another_place(c, args)
            # "The five suspects": the group of five told before
            and (not told or told & {n.value for m in c.mentions for n in m.counts})
        ),
        None,
    )


def _cluster(args: list[MentionArgs]) -> list[Cluster]:
    clusters: list[Cluster] = []
    for a in args:
        target = _recounted(clusters, a) or next(
            (
                c
                for c in clusters
                if c.event_type == a.mention.event_type
                and (a.separate is None or c.opened == a.separate)
                and _compatible(c, a)
            ),
            None,
        )
        if target is None:
            target = Cluster(a.mention.event_type, a.background, opened=a.separate)
            clusters.append(target)
        target.add(a)
    return clusters


def _unique(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for value in values:
        if value not in out:
            out.append(value)
    return out


def _unique_names(mentions: list[NamedMention]) -> list[NamedMention]:
    """One entry per canonical name (the first way the article wrote it)."""
    by_name: dict[str, NamedMention] = {}
    for mention in mentions:
        by_name.setdefault(mention.name, mention)
    return list(by_name.values())


def _merge_items(hits: list[ItemHit]) -> list[Any]:
    specific_categories = {h.item.category for h in hits if not h.generic}
    quantified_labels = {
        (h.item.category, h.item.label, h.item.substance)
        for h in hits
        if h.counted or h.item.amount is not None
    }
    items: list[Any] = []
    seen: set[tuple[Any, ...]] = set()
    specific_units = {
        "pills" if h.item.unit == "pills" else "mass"
        for h in hits
        if not h.generic and h.item.category == "drug" and h.item.quantity
    }
    for hit in hits:
        if (
            hit.generic
            and hit.item.category in specific_categories
            and not (
                # "30 kg of hashish and 14,000 psychotropic pills": pills beside weights (or
                # the reverse) are other drugs; a weight beside weights is their total
                hit.counted
                and hit.item.category == "drug"
                and hit.item.quantity
                and ("pills" if hit.item.unit == "pills" else "mass") not in specific_units
            )
        ):
            continue  # "weapons, including two rifles": the rifles say it
        bare = not hit.counted and hit.item.amount is None
        if bare and (hit.item.category, hit.item.label, hit.item.substance) in quantified_labels:
            continue  # "explosives, including 10 packages of explosives"
        if hit.generic and hit.item.category == "drug" and hit.item.substance:
            hit.item.substance = "unspecified"
        item = hit.item
        key = (
            item.category,
            item.label,
            item.count,
            item.quantity,
            item.unit,
            item.substance,
            item.amount,
            item.currency,
            item.qualifier,
        )
        if key not in seen:
            seen.add(key)
            items.append(hit.item)
    return _without_rounded_repeats(items)


ROUNDED_REPEAT = 0.15  # "more than two tonnes" ... "2.2 tonnes": the same drug told twice


def _without_rounded_repeats(items: list[Any]) -> list[Any]:
    """A drug quantity told roughly in the lead ("more than 1.8 million pills") and exactly
    later ("1,823,000 pills"): the exact figure stays. One weight told again in another
    unit ("1.2 tonnes ... the 1,200 kilos") is counted once, as first told."""
    items = _without_unit_repeats(items)
    exact = [
        i
        for i in items
        if i.category == "drug" and i.quantity and i.qualifier in (None, "exact", "approximate")
    ]
    if not exact:
        return items
    kept: list[Any] = []
    for item in items:
        if (
            item.category == "drug"
            and item.quantity
            and item.qualifier in ("approximate", "at_least")
            and any(
                _told_roughly(item, e)
                for e in exact
                if e is not item and e.substance == item.substance
            )
        ):
            continue
        kept.append(item)
    return kept


_MASS_IN_KG = {"g": 0.001, "kg": 1.0, "t": 1000.0}


def _without_unit_repeats(items: list[Any]) -> list[Any]:
    """ "2 toneladas de hachís ... los 2.000 kilos de hachís": one weight in two units."""
    kept: list[Any] = []
    for item in items:
        if item.category == "drug" and item.quantity and item.unit in _MASS_IN_KG:
            kg = item.quantity * _MASS_IN_KG[item.unit]
            if any(
                k.category == "drug"
                and k.substance == item.substance
                and k.quantity
                and k.unit in _MASS_IN_KG
                and k.unit != item.unit
                and math.isclose(k.quantity * _MASS_IN_KG[k.unit], kg, rel_tol=1e-6)
                for k in kept
            ):
                continue
        kept.append(item)
    return kept


def _told_roughly(rough: Any, exact: Any) -> bool:
    """ "more than 1.6 tons" of 1,630 kg (weights compare in one unit); "hundreds of
    thousands of pills" (a bare power of ten at least) of 287,000 pills."""
    if rough.unit == exact.unit:
        low, high = rough.quantity, exact.quantity
    elif rough.unit in _MASS_IN_KG and exact.unit in _MASS_IN_KG:
        low = rough.quantity * _MASS_IN_KG[rough.unit]
        high = exact.quantity * _MASS_IN_KG[exact.unit]
    else:
        return False
    if exact.qualifier != "approximate" and abs(high - low) <= ROUNDED_REPEAT * high:
        return True
    power = math.log10(low) if low > 0 else 0.5
    return (
        rough.qualifier == "at_least"
        and power >= 2
        and power.is_integer()
        and low <= high < 10 * low
    )


@dataclass(slots=True)
class ArticleFacts:
    """What the news events of the article state once for the whole operation."""

    countries: list[str]
    agencies: list[NamedMention]
    crimes: list[str]
    date: str | None
    carried: list[ItemHit]
    operation_day: str | None = None  # the lead's day, for undated operation steps
    weak_countries: list[str] = field(default_factory=list)


def _article_facts(ctx: ArticleContext, clusters: list[Cluster]) -> ArticleFacts:
    news = [m for c in clusters if not c.background for m in c.mentions]
    dates = _unique([m.date.value for m in news if m.date is not None])
    operation_day = None
    undated_step = any(
        not c.background and c.date is None and c.event_type in _STEP_TYPES for c in clusters
    )
    if len(dates) != 1 and undated_step:
        # Several days (the operation, then the court hearing): an undated operation step
        # took place on the day the lead gives, when one of the news actions has that day.
        lead = lead_date(ctx)
        if lead is not None and (not dates or lead in dates):
            operation_day = lead
    return ArticleFacts(
        countries=_unique([code for m in news for code in m.locations.countries]),
        # The agencies of the operation: a prosecutor named only where the charge is told
        # (a court step) did not make the arrests or the seizure.
        agencies=_unique_names(
            [
                a
                for c in clusters
                if not c.background and c.event_type not in _COURT_STEP_TYPES
                for m in c.mentions
                for a in m.agencies
            ]
            or [a for m in news for a in m.agencies]
        ),
        crimes=_unique([c for m in news for c in m.crimes]),
        date=dates[0] if len(dates) == 1 else None,
        carried=[h for m in news for h in m.carried],
        operation_day=operation_day,
        weak_countries=_unique([c for m in news for c in m.locations.weak_countries]),
    )


def _confidence(cluster: Cluster, fields: dict[str, Any]) -> float:
    score = max(m.mention.strength for m in cluster.mentions)
    for name in ("occurred_on", "countries", "agencies", "persons_count", "items"):
        if fields.get(name):
            score += 0.04
    if len(cluster.mentions) > 1:
        score += 0.05
    if any(m.mention.ambiguous for m in cluster.mentions):
        score -= 0.15
    return round(min(0.99, max(0.05, score)), 2)


def _evidence(ctx: ArticleContext, cluster: Cluster) -> list[Evidence]:
    spans: list[Evidence] = []
    seen: set[int] = set()
    for m in cluster.mentions:
        sentence = m.mention.sentence
        if sentence.index in seen:
            continue
        seen.add(sentence.index)
        start, end = ctx.original_span(sentence.start, sentence.end)
        # Offsets from to_original are non-negative ints: no validation needed.
        spans.append(construct(Evidence, start=start, end=end, text=ctx.source.original[start:end]))
    return spans


def _carried_for(cluster: Cluster, clusters: list[Cluster], facts: ArticleFacts) -> list[ItemHit]:
    """Goods told with an arrest go to the story's seizure: not when another seizure holds
    them already, and among several seizures only to the one told nearest to them ("three
    men were captured with 2,100 kilos": the boat's seizure, not the warehouse's)."""
    if not facts.carried or cluster.event_type != "seizure":
        return facts.carried
    others = {
        _item_key(h)
        for c in clusters
        if c is not cluster and c.event_type == "seizure"
        for m in c.mentions
        if m.seizure
        for h in m.seizure.items
    }
    seizures = [c for c in clusters if c.event_type == "seizure" and not c.background]

    def nearest(hit: ItemHit) -> Cluster | None:
        # several operations: the goods are the seizure's told nearest to them
        return min(
            seizures,
            key=lambda c: min(abs(m.mention.trigger.start - hit.start) for m in c.mentions),
            default=None,
        )

    return [
        h
        for h in facts.carried
        if _item_key(h) not in others and (len(seizures) < 2 or nearest(h) is cluster)
    ]


def _item_key(hit: ItemHit) -> tuple[Any, ...]:
    i = hit.item
    return (i.category, i.substance, i.quantity, i.unit, i.count, i.amount, i.currency)


def _type_fields(
    cluster: Cluster, mentions: list[MentionArgs], carried: list[ItemHit]
) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    event_type = cluster.event_type
    if event_type in PERSON_TYPES:
        counted = mentions
        if event_type == "sentence":
            # "Three men were jailed" then "- Lee Dunn, 28, ... - six years": the persons of
            # a ruling are those told with its term; a mention without one only fills in.
            with_term = [m for m in mentions if _penalty(m.term) is not None and m.counts]
            counted = with_term or mentions
        by_sentence: dict[int, list[PersonCount]] = {}
        for m in counted:
            by_sentence.setdefault(m.mention.sentence.index, []).extend(m.counts)
        combined = combine_counts(list(by_sentence.values()))
        if combined is not None:
            fields["persons_count"], fields["persons_count_qualifier"] = combined
    if event_type == "seizure":
        hits = [h for m in mentions if m.seizure for h in m.seizure.items]
        fields["items"] = _merge_items(hits + (carried if not cluster.background else []))
        total: MoneyValue | None = next(
            (m.seizure.total_value for m in mentions if m.seizure and m.seizure.total_value), None
        )
        fields["total_value"] = total
    if event_type == "sentence":
        fields["sentence_months"] = cluster.term
        kinds = [m.term[1] for m in mentions if m.term[1] is not None]
        fields["sentence_kind"] = kinds[0] if kinds else None
    if event_type == "extradition":
        fields["from_country"] = next(
            (m.locations.from_country for m in mentions if m.locations.from_country), None
        )
        fields["to_country"] = next(
            (m.locations.to_country for m in mentions if m.locations.to_country), None
        )
    return fields


_STEP_TYPES: frozenset[str] = frozenset({"arrest", "raid", "seizure", "dismantling"})
OPERATION_TYPES: frozenset[str] = frozenset(
    {"arrest", "raid", "seizure", "dismantling", "charge", "extradition"}
)


def _paragraphs(ctx: ArticleContext) -> list[int]:
    """The paragraph number of each sentence (a line break starts a new paragraph)."""
    numbers: list[int] = []
    current = 0
    previous_end = 0
    for sentence in ctx.sentences:
        if "\n" in ctx.text[previous_end : sentence.start]:
            current += 1
        numbers.append(current)
        previous_end = sentence.end
    return numbers


# Sentences whose agencies ran no action of the story: a plan, a hypothesis, a denial, a
# running total (modality.toml cue kinds).
_UNDONE_CUES = frozenset({"future", "hypothetical", "negation", "statistic"})


def _context_agencies(
    ctx: ArticleContext,
    clusters: list[Cluster],
    paragraphs: list[int],
    by_sentence: dict[int, list[NamedMention]],
    *,
    credited: set[str] | None = None,
    court: list[NamedMention] | None = None,
) -> dict[int, list[NamedMention]]:
    """Agencies named in the sentences that tell no action ("The investigation was led by
    the DEA and the FBI"), by paragraph: they ran the operation whose actions the other
    sentences tell. Each such sentence's agencies are also put in ``by_sentence``; those
    a credit phrase or an assistance cue names as taking part, in ``credited``. A
    prosecutor's office such a sentence does not credit with the operation ("The CPS
    authorised the charges", "La Fiscalía pide diez años") acts in court: it goes to
    ``court`` (the charge, the ruling), not to the operation's steps."""
    told = {m.mention.sentence.index for c in clusters for m in c.mentions}
    found: dict[int, list[NamedMention]] = {}
    for sentence in ctx.sentences:
        if sentence.index in told or sentence.duplicate:
            continue
        if not kind_hits(sentence, "agency") and not kind_hits(sentence, "agency_head"):
            continue
        partners = credited_agencies(ctx, sentence)
        # "L'enquête avait été menée par l'OFAST": a court story recounts who investigated
        # the case in the pluperfect; only an old date makes a credit sentence another story.
        if _recounts_the_past(ctx, sentence, dated_only=bool(partners)):
            continue  # "In 2019 the DEA had already ...": another story
        if any(m.term.key in _UNDONE_CUES for m in kind_hits(sentence, "modality")):
            continue  # "Europol will support ...", "Border Force has seized 20 t since January"
        named = find_agencies(ctx, sentence)
        handed = handed_over_agencies(ctx, sentence) if named else set()
        named = [a for a in named if a.name not in handed]
        if court is not None and named:
            # A prosecutor the sentence does not credit with the operation acts in court.
            kinds = ctx.compiled.agency_kind
            lawyers = [a for a in named if kinds(a.name) == "prosecutor" and a.name not in partners]
            if lawyers:
                court.extend(lawyers)
                named = [a for a in named if a not in lawyers]
        if named:
            found.setdefault(paragraphs[sentence.index], []).extend(named)
            by_sentence[sentence.index] = named
            if credited is not None:
                credited.update(a.name for a in named if a.name in partners)
    return found


def _operation_agencies(
    by_paragraph: dict[int, list[NamedMention]],
    paragraphs: list[int],
    cluster: Cluster,
    several_operations: bool,
    told_paragraphs: set[int],
) -> list[NamedMention]:
    """The context agencies that belong to a cluster's operation: all of them in a story of
    one operation; in a story of several (two arrests, two seizures), those of a paragraph
    that tells actions only go to the actions of that paragraph ("In the second case ...
    customs officers assisted")."""
    if not several_operations:
        return [a for named in by_paragraph.values() for a in named]
    own = {paragraphs[m.mention.sentence.index] for m in cluster.mentions}
    return [
        a
        for p, named in by_paragraph.items()
        if p in own or p not in told_paragraphs
        for a in named
    ]


def _paragraph_lead_agencies(
    ctx: ArticleContext,
    paragraphs: list[int],
    by_sentence: dict[int, list[NamedMention]],
    several_operations: bool = False,
) -> dict[int, tuple[int, list[NamedMention]]]:
    """For an action whose sentence names no agency: the agencies of the closest earlier
    sentence of its paragraph that names one ("In the first operation, Dubai Police ...
    Two men were arrested"), by sentence index. In a story of several operations the
    search goes on into the paragraphs before: each operation is told after the agencies
    that ran it ("Separately, Border Force officers found ... / Two men were arrested"),
    and the whole article's agencies would mix the operations. ``by_sentence`` holds what
    each sentence names (news action sentences and context sentences alike): one pass, no
    new lookups. Each with the paragraph of the sentence that names them."""
    leads: dict[int, tuple[int, list[NamedMention]]] = {}
    current: tuple[int, list[NamedMention]] | None = None
    for sentence in ctx.sentences:
        index = sentence.index
        if index and paragraphs[index] != paragraphs[index - 1] and not several_operations:
            current = None
        if current:
            leads[index] = current
        named = by_sentence.get(index)
        if named and not _only_assisting(sentence):
            current = (paragraphs[index], named)
    return leads


def _only_assisting(sentence: Sentence) -> bool:
    """The sentence names agencies only after an assistance cue ("The container was
    flagged with the support of the DEA"): they helped, the actor told before them still
    runs the steps told next ("Officers then searched two houses")."""
    cues = role_hits(sentence, "assist")
    if not cues:
        return False
    first = cues[0].start
    return not any(
        m.start < first for kind in ("agency", "agency_head") for m in kind_hits(sentence, kind)
    )


class _OtherOperations:
    """In a story of several operations, the agencies each paragraph after the lead names
    (in its action sentences and the others): an agency named only in the paragraphs of
    another operation ran that one, even when the lead names it with the others ("La douane
    belge et la police fédérale ont dressé le bilan de deux opérations")."""

    def __init__(
        self,
        clusters: list[Cluster],
        paragraphs: list[int],
        by_sentence: dict[int, list[NamedMention]],
    ) -> None:
        self._paragraphs = paragraphs
        lead = paragraphs[0] if paragraphs else 0
        self._lead = lead
        self._named: dict[int, set[str]] = {}
        for index, named in by_sentence.items():
            if paragraphs[index] != lead:
                self._named.setdefault(paragraphs[index], set()).update(a.name for a in named)
        self._told = {
            paragraphs[m.mention.sentence.index]
            for c in clusters
            if not c.background
            for m in c.mentions
        } - {lead}

    def keep_own(
        self,
        cluster: Cluster,
        agencies: list[NamedMention],
        told_in: set[int],
        *,
        added: bool = False,
    ) -> list[NamedMention]:
        """``agencies`` less those of another operation (``told_in``: more paragraphs of
        this one); when that leaves none of the event's agencies, they stand (``added``:
        agencies added to its own, dropped)."""
        own = {self._paragraphs[m.mention.sentence.index] for m in cluster.mentions}
        own.discard(self._lead)
        if own:
            own |= told_in - {self._lead}
        if not own or not agencies:
            return agencies  # told only in the lead: the summary's agencies stand
        mine = {name for p in own for name in self._named.get(p, ())}
        others = {name for p in self._told - own for name in self._named.get(p, ())}
        foreign = others - mine
        kept = [a for a in agencies if a.name not in foreign]
        return kept if kept or added else agencies


def _charged_by_prosecutor(
    ctx: ArticleContext, cluster: Cluster, agencies: list[NamedMention]
) -> bool:
    """A charge its own sentences credit to a prosecutor's office ("Prosecutors from the
    National Prosecutor's Office charged 10 of the detainees"): the investigators named
    around it made the arrests, not the charge."""
    return cluster.event_type == "charge" and any(
        ctx.compiled.agency_kind(a.name) == "prosecutor" for a in agencies
    )


def _demonym_forms(ctx: ArticleContext) -> frozenset[str]:
    """Every demonym form of the language, normalised (built once per language)."""
    compiled = ctx.compiled
    forms: frozenset[str] | None = compiled.__dict__.get("_demonym_forms")
    if forms is None:  # the dataclass is frozen: cached through __dict__
        language = compiled.language
        forms = frozenset(
            normalize_term(form, language)
            for values in compiled.lexicon.demonyms.values()
            for form in values
        )
        compiled.__dict__["_demonym_forms"] = forms
    return forms


def _is_generic_mention(ctx: ArticleContext, mention: str) -> bool:
    """ "Polish police", "police ivoirienne", "الشرطة اليونانية": a state's police named by
    the common noun and a demonym, not by the force's own name ("police nationale",
    "Policía Nacional", "Thai Police" are names)."""
    words = mention.split()
    if len(words) != 2:
        return False
    language = ctx.compiled.language
    demonyms = _demonym_forms(ctx)
    first, second = (normalize_term(w, language) for w in words)
    for noun, other, written in ((first, second, words[0]), (second, first, words[1])):
        if noun in ctx.compiled.generic_force_nouns and written == written.lower():
            bare = next(
                (other[len(a) :] for a in ctx.compiled.article_prefixes if other.startswith(a)),
                other,
            )  # "الشرطة اليونانية": the demonym with its article
            if other in demonyms or bare in demonyms:
                return True
    return False


def _named_only_generically(
    ctx: ArticleContext, by_sentence: dict[int, list[NamedMention]], clusters: list[Cluster]
) -> set[str]:
    """The agencies the article names only by the common noun and their state."""
    mentions = [a for named in by_sentence.values() for a in named]
    mentions += [a for c in clusters for m in c.mentions for a in m.agencies]
    generic: set[str] = set()
    proper: set[str] = set()
    for a in mentions:
        (generic if _is_generic_mention(ctx, a.mention) else proper).add(a.name)
    return generic - proper


# Kinds of agency that make a state's police named generically redundant: a police force or
# unit of that state (the one that acted), not its army, customs or a prosecutor.
_FORCE_KINDS = frozenset({"police", "antinarcotics"})


def _specific_over_generic(
    ctx: ArticleContext, agencies: list[NamedMention], generic_only: set[str]
) -> list[NamedMention]:
    """ "Polish police ... the Central Investigation Bureau of Police (CBŚP)": a state's
    police named only generically is the specific force of that state the event also names,
    which stands alone."""
    if len(agencies) < 2 or not generic_only:
        return agencies
    compiled = ctx.compiled
    specific_states = {
        compiled.agency_country(a.name)
        for a in agencies
        if a.name not in generic_only and compiled.agency_kind(a.name) in _FORCE_KINDS
    }
    return [
        a
        for a in agencies
        if a.name not in generic_only or compiled.agency_country(a.name) not in specific_states
    ]


def _without_foreign_helpers(
    ctx: ArticleContext,
    mentions: list[MentionArgs],
    agencies: list[NamedMention],
    countries: list[str],
    partners: set[str],
) -> list[NamedMention]:
    """An agency of a state where the event did not take place, named only in other
    sentences than the event's own (a partner that passed information, the border force
    of the state across the border, a police force that took over the suspect), or named
    in them only as a tip's origin ("after a tip from the DEA"), helped another state's
    operation: it is not credited with the event. Named in the event's own sentences as
    acting ("Spanish and Moroccan police arrested ..."), credited by a sentence of the
    story with the operation (``partners``: "The investigation was led by the DEA with
    assistance from the NCA"), or international, it stays."""
    tipped: set[str] = set()
    for m in mentions:
        tipped |= tipped_agencies(ctx, m.mention.sentence)
    own = {a.name for m in mentions for a in m.agencies if a.name not in tipped} | partners
    compiled = ctx.compiled
    kept = [
        a
        for a in agencies
        if a.name in own or not (home := compiled.agency_country(a.name)) or home in countries
    ]
    if not tipped:
        return kept
    # "La police néerlandaise avait alerté les douaniers": the tip's origin, of a state none
    # of the acting agencies belongs to, is out even when its demonym made that state a place.
    acting = {compiled.agency_country(a.name) for a in kept if a.name not in tipped}
    return [
        a
        for a in kept
        if a.name not in tipped
        or a.name in partners
        or not acting
        or compiled.agency_country(a.name) in acting
    ]


def _police_release(ctx: ArticleContext, mentions: list[MentionArgs]) -> bool:
    cues = ctx.compiled.police_releases
    return any(
        cue in ctx.text[m.mention.sentence.start : m.mention.sentence.end]
        for m in mentions
        for cue in cues
    )


def _judges_charge(ctx: ArticleContext, mentions: list[MentionArgs]) -> bool:
    """ "mis en examen", "inculpé": in French procedure a judge brings the charge; the police
    and customs who made the arrests did not, so only agencies its own sentence names count."""
    phrases = ctx.compiled.judge_charges
    return bool(phrases) and all(
        ctx.text[m.mention.trigger.start : m.mention.trigger.end] in phrases for m in mentions
    )


def _recounts_the_past(ctx: ArticleContext, sentence: Sentence, dated_only: bool = False) -> bool:
    if not dated_only and role_hits(sentence, "background"):
        return True
    return any(date_is_past(ctx, d) for d in ctx.dates(sentence))


# Events a court decides: they take place in the state of the article's story.
_COURT_TYPES = frozenset({"charge", "conviction", "sentence"})


# Rulings: they take no agency their own sentences do not name.
_RULING_TYPES = frozenset({"conviction", "sentence"})
# Steps after the operation, before a court.
_COURT_STEP_TYPES = frozenset({"charge", "conviction", "sentence", "release"})


def build_events(
    ctx: ArticleContext, article: Article, language: str, version: str, clusters: list[Cluster]
) -> list[Event]:
    facts = _article_facts(ctx, clusters)
    dateline = ctx.dateline_countries()
    paragraphs = _paragraphs(ctx)
    named_in: dict[int, list[NamedMention]] = {
        m.mention.sentence.index: m.named or m.agencies
        for c in clusters
        if not c.background
        for m in c.mentions
        if m.named or m.agencies
    }
    # "L'enquête a été confiée à l'OFAST": by sentence, the agencies handed the case
    entrusted = {
        sentence.index: found
        for sentence in ctx.sentences
        if not sentence.duplicate and (found := entrusted_agencies(ctx, sentence))
    }
    partners: set[str] = set()  # foreign agencies credited with the operation
    court_context: list[NamedMention] = []  # prosecutors named only for a court step
    context_agencies = _context_agencies(
        ctx, clusters, paragraphs, named_in, credited=partners, court=court_context
    )
    # computed when needed
    lead_agencies: dict[int, tuple[int, list[NamedMention]]] | None = None
    told_paragraphs = {paragraphs[m.mention.sentence.index] for c in clusters for m in c.mentions}
    several_operations = any(
        a.event_type == b.event_type and not a.background and not b.background
        for a, b in itertools.combinations(clusters, 2)
    )
    other_operations = (
        _OtherOperations(clusters, paragraphs, named_in) if several_operations else None
    )
    case_agencies = _case_agencies(clusters, context_agencies)
    reference = ArticleRef(
        id=article.id,
        url=article.url,
        title=article.title,
        language=language,
        published_at=article.published_at,
        source=article.source,
    )
    ids = _EventIds(article.id, article.text, version)
    generic_only: set[str] | None = None  # computed when needed
    past_leads: dict[int, tuple[int, list[NamedMention]]] | None = None  # idem
    events: list[Event] = []
    # court steps and recounted steps that named no place and had no dateline
    unplaced: list[tuple[int, Cluster, dict[str, Any]]] = []
    for cluster in clusters:
        mentions = cluster.mentions
        news = not cluster.background
        countries = _unique([c for m in mentions for c in m.locations.countries])
        places: list[Place] = _unique([p for m in mentions for p in m.locations.places])
        agencies = _unique_names([a for m in mentions for a in m.agencies])
        by_judge = cluster.event_type == "charge" and _judges_charge(ctx, mentions)
        # A conviction or a sentence is a court's ruling: it takes no agency through the
        # fallbacks below, only those its own sentences name and the case's (further on).
        ruling = cluster.event_type in _RULING_TYPES
        # A release the police decide ("released without charge") keeps the operation's
        # agencies; another (on conditions, by a judge) takes only those it names.
        court_release = cluster.event_type == "release" and not _police_release(ctx, mentions)
        told_in: set[int] = set()  # paragraphs that tell who ran the event's operation
        if not agencies and news and not by_judge and not ruling:
            if lead_agencies is None:
                lead_agencies = _paragraph_lead_agencies(
                    ctx, paragraphs, named_in, several_operations
                )
            leads = [
                lead_agencies[i]
                for m in mentions
                if (i := m.mention.sentence.index) in lead_agencies
            ]
            agencies = _unique_names([a for _, named in leads for a in named])
            told_in = {p for p, _ in leads}
        operation_agencies = (
            _operation_agencies(
                context_agencies, paragraphs, cluster, several_operations, told_paragraphs
            )
            if news
            and cluster.event_type in OPERATION_TYPES
            and not by_judge
            and not _charged_by_prosecutor(ctx, cluster, agencies)
            else []
        )
        if other_operations is not None and news:
            # What the summary or the article as a whole credits, less the agencies that
            # ran another of the story's operations and none of this one's.
            agencies = other_operations.keep_own(cluster, agencies, told_in)
            operation_agencies = other_operations.keep_own(
                cluster, operation_agencies, told_in, added=True
            )
        crimes = _unique([c for m in mentions for c in m.crimes])
        later = all(m.later for m in cluster.mentions)
        fields: dict[str, Any] = {
            # "du 3 au 9 mai": the month told, not the range's last day (which kept the
            # operation apart from other days while merging)
            "occurred_on": (cluster.period or cluster.date)
            or (facts.date if news and not later else None)
            or (
                facts.operation_day
                if news and not later and cluster.event_type in _STEP_TYPES
                else None
            ),
            "countries": countries or (facts.countries if news else []),
            "places": places,
            "agencies": _unique_names(
                (
                    agencies
                    or (
                        (
                            other_operations.keep_own(cluster, facts.agencies, told_in)
                            if other_operations is not None
                            else facts.agencies
                        )
                        if news and not by_judge and not ruling and not court_release
                        else []
                    )
                )
                + operation_agencies
            ),
            "organizations": _unique_names([o for m in mentions for o in m.organizations]),
            "crimes": crimes or (facts.crimes if news else []),
        }
        if not news and not fields["agencies"] and cluster.event_type in _RECOUNTED_STEPS:
            # A recounted step whose sentence names no agency was run by the agency the
            # closest earlier sentence of its paragraph names ("In 2023 officers of the AFP
            # boarded the yacht. Three men were arrested that night."), past or not.
            if past_leads is None:
                past_leads = _paragraph_lead_agencies(
                    ctx, paragraphs, _agencies_by_sentence(ctx, clusters, named_in)
                )
            fields["agencies"] = _unique_names(
                [
                    a
                    for m in mentions
                    if (i := m.mention.sentence.index) in past_leads
                    for a in past_leads[i][1]
                ]
            )
        if cluster.event_type in _STEP_TYPES and (
            (news and not several_operations) or (not news and all(m.case_step for m in mentions))
        ):
            # One operation told in several steps (also those a court story recounts as
            # the case it ends): each step is credited with every agency that ran it,
            # wherever the story names it (the lead, a later statement).
            fields["agencies"] = _unique_names(fields["agencies"] + case_agencies.steps)
        if entrusted and news and cluster.event_type in _STEP_TYPES and not several_operations:
            # The agency handed the case investigates the steps told after that sentence.
            first = min(m.mention.sentence.index for m in mentions)
            fields["agencies"] = _unique_names(
                fields["agencies"]
                + [a for i, found in entrusted.items() if i < first for a in found]
            )
        if news and cluster.event_type in _RULING_TYPES:
            # A court's ruling ends the case the police built: the agencies whose
            # investigation led to it are credited with it too.
            fields["agencies"] = _unique_names(
                fields["agencies"] + case_agencies.all + court_context
            )
        elif court_context and news and cluster.event_type == "charge" and not by_judge:
            # The prosecutor that brought the charge or asks for the penalty.
            fields["agencies"] = _unique_names(fields["agencies"] + court_context)
        if generic_only is None:
            generic_only = _named_only_generically(ctx, named_in, clusters)
        fields["agencies"] = _specific_over_generic(ctx, fields["agencies"], generic_only)
        fields.update(_type_fields(cluster, mentions, _carried_for(cluster, clusters, facts)))
        if cluster.event_type == "extradition":
            # The handover takes place between the two states: both are its countries.
            fields["countries"] = _unique(
                [
                    *fields["countries"],
                    *(c for k in ("from_country", "to_country") if (c := fields.get(k))),
                ]
            )
        if not fields["countries"] and news:
            # "GUATEMALA. La Policía ...", "MIAMI — A federal jury ...": the dateline.
            fields["countries"] = dateline
        if not fields["countries"]:
            # Where nothing names the place, the acting agencies' home state does
            # ("Egyptian Ministry of Interior" -> EG); international agencies have none.
            # A judge's charge keeps the state of the agencies it is not credited with.
            acting = fields["agencies"] or (facts.agencies if by_judge and news else [])
            homes = _unique([code for a in acting if (code := ctx.compiled.agency_country(a.name))])
            if len(homes) > 1:
                # The agencies named where the action is told decide over a partner named
                # elsewhere ("La Armada de Colombia aportó información"), when they are of
                # one state; else one name, several states' agencies ("Policía Nacional"):
                # the states the article names decide; none named, no guess.
                told = _unique(
                    [
                        code
                        for m in mentions
                        for a in m.agencies
                        if (code := ctx.compiled.agency_country(a.name)) in homes
                    ]
                )
                if len(told) == 1:
                    homes = told
                else:
                    homes = [code for code in homes if code in ctx.article_countries()]
            fields["countries"] = homes
        if not fields["countries"]:
            # A town whose name other states share (Liverpool) decides only now.
            fields["countries"] = _unique(
                [c for m in mentions for c in m.locations.weak_countries]
                or (facts.weak_countries if news else [])
            )
        if not fields["countries"] and (cluster.event_type in _COURT_TYPES or not news):
            # A court story, or an earlier step the story recounts, that names no place of
            # its own is told where the article is: the dateline, else (after the loop) the
            # one state of the article's other events, else the most mentioned country.
            fields["countries"] = dateline
            if not dateline:
                unplaced.append((len(events), cluster, fields))
        # Where the event happened; in a story of several operations, only as its own
        # sentences tell it (the others' countries may be another operation's).
        where = countries if several_operations else fields["countries"]
        if where and cluster.event_type != "extradition":
            # A foreign partner credited with the operation took part in its steps, not in
            # the charge a court of the event's state brings.
            fields["agencies"] = _without_foreign_helpers(
                ctx,
                mentions,
                fields["agencies"],
                where,
                partners if cluster.event_type in _STEP_TYPES else set(),
            )
        evidence = _evidence(ctx, cluster)
        # The first trigger's offset tells apart two events of one type in one sentence.
        anchor = ctx.original_span(
            mentions[0].mention.trigger.start, mentions[0].mention.trigger.end
        )[0]
        event_class = EVENT_CLASSES[cluster.event_type]
        # Every value is already typed and checked where it was made (nested models built
        # with validation, ISO codes from the gazetteers, ints and floats as the schema
        # wants): building the record without validating again gives the same JSON.
        record = construct(
            event_class,
            event_id=ids.make(cluster.event_type, anchor),
            article=reference,
            background=cluster.background,
            evidence=evidence,
            confidence=_confidence(cluster, fields),
            extractor_version=version,
            **{k: v for k, v in fields.items() if v is not None},
        )
        events.append(record)  # type: ignore[arg-type]
    if unplaced:
        _place_court_steps(ctx, events, unplaced)
    _charged_groups(clusters, events)
    _arrested_groups(ctx, clusters, events)
    _quantities_told_elsewhere(ctx, clusters, paragraphs, events)
    return events


def _charged_groups(clusters: list[Cluster], events: list[Event]) -> None:
    """A charge of a group told before with no count of its own ("They were charged",
    "أحالت النيابة المتهمين إلى المحكمة") charges the persons of the closest arrest told
    before it that has a count (``events`` holds one event per cluster, in order)."""
    starts = [min(m.mention.trigger.start for m in c.mentions) for c in clusters]
    arrests = [
        (start, event)
        for start, event in zip(starts, events, strict=True)
        if isinstance(event, ArrestEvent) and event.persons_count is not None
    ]
    for start, cluster, event in zip(starts, clusters, events, strict=True):
        if (
            not isinstance(event, ChargeEvent)
            or event.persons_count is not None
            or not any(m.told_group for m in cluster.mentions)
        ):
            continue
        before = [(s, arrest) for s, arrest in arrests if s < start]
        if before:
            arrest = max(before, key=lambda pair: pair[0])[1]
            event.persons_count = arrest.persons_count
            event.persons_count_qualifier = arrest.persons_count_qualifier


def _arrested_groups(ctx: ArticleContext, clusters: list[Cluster], events: list[Event]) -> None:
    """An arrest of a group told before with no count near it ("Los condenados fueron
    detenidos en octubre", "Les prévenus avaient été interpellés"): the group the article
    counted first, before it (its total when it tells one: "quatre des cinq prévenus")."""
    for cluster, event in zip(clusters, events, strict=True):
        if (
            not isinstance(event, ArrestEvent)
            or event.persons_count is not None
            or not any(m.told_group for m in cluster.mentions)
        ):
            continue
        first = min(m.mention.sentence.index for m in cluster.mentions)
        named = _group_named_before(ctx, ctx.sentences[first])
        if named is not None:
            event.persons_count, event.persons_count_qualifier = named
            continue
        for sentence in ctx.sentences[:first]:
            if sentence.duplicate:
                continue
            counts = [
                c
                for c in find_person_counts(ctx, sentence)
                if c.role in ("plain", "total", "part") and c.value > 1
            ]
            if counts:
                combined = combine_counts([counts])
                if combined is not None:
                    event.persons_count, event.persons_count_qualifier = combined
                break


def _group_named_before(ctx: ArticleContext, sentence: Sentence) -> tuple[int, Qualifier] | None:
    """ "Les prévenus avaient été interpellés" after "quatre des cinq prévenus": the first
    number the article told right before the noun the sentence opens on after its definite
    article."""
    words = ctx.text[sentence.start : sentence.end].split(maxsplit=2)
    if len(words) < 2 or words[0] not in ctx.compiled.definite_articles:
        return None
    noun = words[1].strip(".,;:")
    for earlier in ctx.sentences[: sentence.index]:
        if earlier.duplicate:
            continue
        for number in ctx.numbers(earlier):
            following = ctx.text[number.end : earlier.end].split(maxsplit=1)
            if (
                following
                and following[0].strip(".,;:") == noun
                and float(number.value).is_integer()
                and number.value > 1
            ):
                return int(number.value), number.qualifier
    return None


def _place_court_steps(
    ctx: ArticleContext,
    events: list[Event],
    unplaced: list[tuple[int, Cluster, dict[str, Any]]],
) -> None:
    """A court step that names no place (no dateline either: "قضت محكمة الجنايات ...", "the
    Criminal Court jailed two men") is told where the case is: the one state where every
    other event of the article took place (the arrest the Kuwaiti ministry made), else the
    article's most mentioned country, else the one home state of the agencies it names (a
    national ministry, a state's police named in a sentence that tells no action)."""
    indices = {index for index, _, _ in unplaced}
    states = {c for i, e in enumerate(events) if i not in indices for c in e.countries}
    where = sorted(states) if len(states) == 1 else ctx.article_countries()[:1]
    if not where:
        homes = {
            code
            for m in ctx.matches
            if m.term.kind == "agency" and (code := ctx.compiled.agency_country(m.term.key))
        }
        where = sorted(homes) if len(homes) == 1 else []
    if not where:
        return
    for index, cluster, fields in unplaced:
        fields["countries"] = list(where)
        events[index].countries = list(where)
        events[index].confidence = _confidence(cluster, fields)


def _quantities_told_elsewhere(
    ctx: ArticleContext, clusters: list[Cluster], paragraphs: list[int], events: list[Event]
) -> None:
    """ "Five jailed over 90 kg of cocaine ... officers stopped the lorry and found the
    cocaine": a seizure that names its drug without a weight takes the weight the story tells
    of that drug in a sentence of no seizure of its own (the lead, or a court step's
    sentence). Only when one seizure of the article lacks its weight (else the weight could
    be another operation's), never a weight another seizure already has, and the first
    weight told of each substance (the lead's total, not a later part)."""
    seizures = [e for e in events if isinstance(e, SeizureEvent)]
    needy = [e for e in seizures if _lacks_weight(e, len(seizures))]
    if len(needy) != 1:
        return
    event = needy[0]
    seizure_sentences = {
        m.mention.sentence.index for c in clusters if c.event_type == "seizure" for m in c.mentions
    }
    action_sentences = {m.mention.sentence.index for c in clusters for m in c.mentions}
    taken = {
        (i.substance, i.quantity, i.unit)
        for e in seizures
        if e is not event
        for i in e.items
        if i.category == "drug"
    }
    named = {i.substance for i in event.items if i.category == "drug"} - {"unspecified"}
    found: dict[str | None, SeizedItem] = {}
    for sentence in ctx.sentences:
        index = sentence.index
        if index in seizure_sentences or sentence.duplicate:
            continue
        if index not in action_sentences and paragraphs[index] != 0:
            continue  # a weight of the lead, or of a court step's sentence
        if any(m.term.kind == "modality" and m.term.key == "statistic" for m in sentence.matches):
            continue  # "customs have seized 20 t since January"
        for hit in find_seizure(ctx, sentence, []).items:
            item = hit.item
            if item.category != "drug" or item.quantity is None:
                continue
            if named and item.substance not in named:
                continue
            if (item.substance, item.quantity, item.unit) in taken:
                continue
            found.setdefault(item.substance, item)
    if not found and len(named) == 1:
        found = _weight_of_the_load(ctx, seizure_sentences, named)
    if not found:
        return
    kept = [
        i
        for i in event.items
        if not (i.category == "drug" and (i.substance in found or i.substance == "unspecified"))
    ]
    event.items = kept + [i.model_copy() for i in found.values()]


def _weight_of_the_load(
    ctx: ArticleContext, seizure_sentences: set[int], named: set[str | None]
) -> dict[str | None, SeizedItem]:
    """ "The packages, which weighed 1,152 kilograms, were taken to the naval base": a later
    sentence of no seizure that weighs the load told before gives the weight of the one drug
    the needy seizure named."""
    first = min(seizure_sentences, default=0)
    (substance,) = named
    for sentence in ctx.sentences:
        # a later seizure sentence too ("The haul weighed 96 kg"): it names no drug of its own
        if sentence.index <= first or sentence.duplicate:
            continue
        weight = weight_of_load(ctx, sentence)
        if weight is not None:
            weight.substance = substance
            return {substance: weight}
    return {}


def _lacks_weight(event: SeizureEvent, seizures: int) -> bool:
    """A seizure of a drug told without its weight, or the article's only seizure, of
    nothing named ("intercepted the container")."""
    drugs = [i for i in event.items if i.category == "drug"]
    if drugs:
        return all(i.quantity is None for i in drugs)
    return not event.items and seizures == 1


@dataclass(slots=True)
class _CaseAgencies:
    steps: list[NamedMention]  # those of the operation's steps and of its context sentences
    all: list[NamedMention]  # also those named only where a court step is told (a charge)


# Recounted steps that take the agencies told before them in their paragraph.
_RECOUNTED_STEPS = _STEP_TYPES | {"charge"}


def _agencies_by_sentence(
    ctx: ArticleContext, clusters: list[Cluster], named_in: dict[int, list[NamedMention]]
) -> dict[int, list[NamedMention]]:
    """What every sentence names as acting agencies, the past's sentences too (``named_in``
    holds the news actions' and the context sentences' only); an agency the suspects were
    handed to is left out."""
    found = dict(named_in)
    for c in clusters:
        for m in c.mentions:
            if m.agencies:
                found.setdefault(m.mention.sentence.index, m.agencies)
    for sentence in ctx.sentences:
        if sentence.index in found or sentence.duplicate:
            continue
        named = find_agencies(ctx, sentence)
        if named and (handed := handed_over_agencies(ctx, sentence)):
            named = [a for a in named if a.name not in handed]
        if named:
            found[sentence.index] = named
    return found


def _case_agencies(
    clusters: list[Cluster], context_agencies: dict[int, list[NamedMention]]
) -> _CaseAgencies:
    """The agencies of the one case a story tells: those of its operation steps (news, or
    the steps a court story recounts), of its charge or extradition, and of its sentences
    that tell no action ("The investigation was led by the National Crime Agency"). A story
    of several operations (two news actions of one type) has no one case: none."""
    own = [
        c
        for c in clusters
        if c.event_type in OPERATION_TYPES
        and (not c.background or all(m.case_step for m in c.mentions))
    ]
    if any(
        a.event_type == b.event_type and not a.background and not b.background
        for a, b in itertools.combinations(own, 2)
    ):
        return _CaseAgencies([], [])
    context = [a for found in context_agencies.values() for a in found]
    steps = [a for c in own if c.event_type in _STEP_TYPES for m in c.mentions for a in m.agencies]
    court = [a for c in own for m in c.mentions for a in m.agencies]
    return _CaseAgencies(_unique_names(steps + context), _unique_names(court + context))


class _EventIds:
    """``models.make_event_id`` with the article's part hashed once: an article gives
    several events, and its text is most of what is hashed."""

    def __init__(self, article_id: str, text: str, version: str) -> None:
        self._prefix = hashlib.sha256()
        for part in (article_id, text, version):
            self._prefix.update(part.encode("utf-8", "surrogatepass"))
            self._prefix.update(b"\x1f")

    def make(self, event_type: str, anchor: int) -> str:
        digest = self._prefix.copy()
        for part in (event_type, str(anchor)):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\x1f")
        return digest.hexdigest()[:32]
