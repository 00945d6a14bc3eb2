"""Trigger hits -> event mentions: object checks, ambiguity, modality (denials, plans...).

A mention is one trigger that survived every precision rule; arguments are attached later
and mentions of one operation are merged into one event by assembly.
"""

from __future__ import annotations

from dataclasses import dataclass

from worker.extraction.context import (
    ArticleContext,
    Sentence,
    auxiliary_before,
    phrase_before,
)
from worker.extraction.lexicon import TriggerSpec
from worker.extraction.matcher import Match, word_end
from worker.models import EventType

# How far (characters) a trigger looks for what it acts on: "ضبط 3 أشخاص", "dismantled the
# network". Long enough for a number and two adjectives, short enough to stay in the clause.
OBJECT_WINDOW = 60
PREMISES_BEFORE = 30  # "the house was searched"
GOODS_KINDS = frozenset({"item", "drug", "unit", "currency"})
PERSON_ROLES = frozenset({"person_nouns", "single_person_nouns"})
# Cue kinds that an asserted action overrides (see blocking_modality).
_BACKGROUND_KINDS = frozenset({"warrant", "request"})


@dataclass(slots=True)
class Mention:
    event_type: EventType
    trigger: Match
    sentence: Sentence
    strength: float
    ambiguous: bool  # the type was decided by a default, not by the words around it


def _is_person_hit(m: Match) -> bool:
    return m.term.kind == "role" and m.term.key in PERSON_ROLES


def _is_goods_hit(m: Match) -> bool:
    return m.term.kind in GOODS_KINDS or (m.term.kind == "role" and m.term.key == "generic_goods")


def _is_group_hit(m: Match) -> bool:
    return (m.term.kind == "role" and m.term.key == "group_nouns") or m.term.kind in {
        "organization",
        "org_head",
    }


def _first_object_after(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> str | None:
    """'person', 'goods' or None: what the trigger acts on, judged by what follows it."""
    end = word_end(ctx.text, trigger.end)
    if ctx.text[trigger.end : end] in ctx.compiled.person_suffixes:
        return "person"  # اعتقاله، ضبطهم: the pronoun is the arrested person
    for m in sentence.matches:
        if m.start < trigger.end:
            continue
        if m.start - trigger.end > OBJECT_WINDOW:
            break
        if m.term.kind == "trigger":
            break  # the next action starts; its object is not ours
        if _is_person_hit(m) or (m.term.kind == "demonym" and counted_noun(ctx, sentence, m)):
            return "person"  # "detuvo a dos bolivianos": a counted demonym is persons
        if _is_goods_hit(m):
            return "goods"
    return None


def counted_noun(ctx: ArticleContext, sentence: Sentence, noun: Match) -> bool:
    """A number right before the word ("dos bolivianos", "three Colombians")."""
    return any(
        n.end <= noun.start and not ctx.gap(n.end, noun.start).strip() and not n.is_year_like
        for n in ctx.numbers(sentence)
    )


def _object_pronoun_before(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "lo detuvo", "l'ont interpellé": the person is the pronoun before the verb."""
    pronouns = ctx.compiled.singular_object_pronouns
    return bool(pronouns) and phrase_before(ctx, sentence, trigger.start, pronouns) is not None


def _passive_person_subject(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "Both men were released", "all three had been freed": in a passive the persons come
    before the auxiliary, not after the trigger."""
    if not auxiliary_before(ctx, sentence, trigger):
        return False
    window = trigger.start - OBJECT_WINDOW
    for m in sentence.matches:
        if m.start >= trigger.start:
            break
        if m.start >= window and (_is_person_hit(m) or _is_dual_person_hit(m)):
            return True
    return any(
        window <= n.start and n.end <= trigger.start and not n.is_year_like
        for n in ctx.numbers(sentence)
    )


def _is_dual_person_hit(m: Match) -> bool:
    return m.term.kind == "role" and m.term.key == "dual_person_nouns"


def _premises_nearby(trigger: Match, sentence: Sentence) -> bool:
    """ "searched the house", "تفتيش المنزل", "searches at six locations": a search is a raid
    only when premises are searched (a car, a bag or a database is not one)."""
    return any(
        m.term.kind == "role"
        and m.term.key == "premises"
        and (
            0 <= m.start - trigger.end <= OBJECT_WINDOW
            or 0 <= trigger.start - m.end <= PREMISES_BEFORE
        )
        for m in sentence.matches
    )


def _state_nearby(trigger: Match, sentence: Sentence) -> bool:
    """ "handed over to Morocco", "surrendered to the French authorities": a transfer between
    states names one (handed over to prosecutors at home is no extradition)."""
    return any(
        m.term.kind in ("country", "place", "demonym")
        and (
            0 <= m.start - trigger.end <= OBJECT_WINDOW
            or 0 <= trigger.start - m.end <= OBJECT_WINDOW
        )
        for m in sentence.matches
    )


def _group_nearby(trigger: Match, sentence: Sentence) -> bool:
    return any(
        _is_group_hit(m)
        and (
            0 <= m.start - trigger.end <= OBJECT_WINDOW
            or 0 <= trigger.start - m.end <= OBJECT_WINDOW
        )
        for m in sentence.matches
    )


def _resolve_type(
    ctx: ArticleContext, spec: TriggerSpec, trigger: Match, sentence: Sentence
) -> tuple[EventType, bool] | None:
    """The event type a trigger stands for here, and whether that was a guess."""
    requirement = spec.object
    if requirement == "any":
        return spec.event_type, False
    if requirement == "group":
        return (spec.event_type, False) if _group_nearby(trigger, sentence) else None
    if requirement == "premises":
        return (spec.event_type, False) if _premises_nearby(trigger, sentence) else None
    if requirement == "state":
        return (spec.event_type, False) if _state_nearby(trigger, sentence) else None
    found = _first_object_after(ctx, trigger, sentence)
    if requirement == "person":
        if (
            found == "person"
            or _passive_person_subject(ctx, trigger, sentence)
            or _object_pronoun_before(ctx, trigger, sentence)
        ):
            return spec.event_type, False
        return None
    if requirement == "goods":
        return (spec.event_type, False) if found == "goods" else None
    # person_or_goods (Arabic ضبط): persons -> the trigger's type, goods -> the alternative.
    if found == "person":
        return spec.event_type, False
    if found == "goods" and spec.alternative is not None:
        return spec.alternative, False
    return None


def _clause_broken(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> bool:
    """True when a clause boundary (";", "but", "لكن") lies between two offsets."""
    if ";" in ctx.text[start:end]:
        return True
    return any(
        m.term.kind == "role" and m.term.key == "clause_breaks" and start <= m.start < end
        for m in sentence.matches
    )


def blocking_modality(
    ctx: ArticleContext, event_type: EventType, trigger: Match, sentence: Sentence
) -> str | None:
    """The kind of the first cue that makes this trigger not an event, or None.

    A trigger with its own finite auxiliary ("has been extradited", "was arrested on a
    warrant") states that the action happened: warrants and requests around it ("a man on
    the run ... has been extradited", "extradited at the request of") describe its
    background, they do not make it one."""
    asserted: bool | None = None
    for m in sentence.matches:
        if m.term.kind != "modality":
            continue
        cue = ctx.lexicon.modality[m.term.index]
        if cue.types and event_type not in cue.types:
            continue
        if cue.kind in _BACKGROUND_KINDS and not (m.start <= trigger.start < m.end):
            if asserted is None:
                asserted = auxiliary_before(ctx, sentence, trigger)
            if asserted:
                continue
        if m.end <= trigger.start:
            near = trigger.start - m.end <= cue.before
            if near and not _clause_broken(ctx, sentence, m.end, trigger.start):
                return cue.kind
        elif m.start >= trigger.end:
            if m.start - trigger.end <= cue.after and not _clause_broken(
                ctx, sentence, trigger.end, m.start
            ):
                return cue.kind
        else:
            return cue.kind  # a cue that contains the trigger: "if convicted", "arrest warrant"
    return None


def find_mentions(ctx: ArticleContext) -> list[Mention]:
    mentions: list[Mention] = []
    for sentence in ctx.sentences:
        if sentence.duplicate:
            continue
        for m in sentence.matches:
            if m.term.kind != "trigger":
                continue
            spec = ctx.lexicon.triggers[m.term.index]
            resolved = _resolve_type(ctx, spec, m, sentence)
            if resolved is None:
                continue
            event_type, guessed = resolved
            if blocking_modality(ctx, event_type, m, sentence) is not None:
                continue
            mentions.append(Mention(event_type, m, sentence, spec.strength, guessed))
    return _drop_same_spot_duplicates(mentions)


def _drop_same_spot_duplicates(mentions: list[Mention]) -> list[Mention]:
    """Two phrases of one type on one spot ("taken into custody" / "custody") count once.

    Mentions come sorted by start, so an overlap can only be with the latest kept mention
    of the same type."""
    kept: list[Mention] = []
    latest: dict[str, Mention] = {}
    for mention in mentions:
        previous = latest.get(mention.event_type)
        if previous is not None and mention.trigger.start < previous.trigger.end:
            continue
        kept.append(mention)
        latest[mention.event_type] = mention
    return kept
