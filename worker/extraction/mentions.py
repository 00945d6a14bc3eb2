"""Trigger hits -> event mentions: object checks, ambiguity, modality (denials, plans...).

A mention is one trigger that survived every precision rule; arguments are attached later
and mentions of one operation are merged into one event by assembly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worker.extraction import numbers as numbers_module
from worker.extraction.context import (
    ArticleContext,
    Sentence,
    _as_tuple,
    auxiliary_before,
    coordinated_auxiliary_start,
    is_generated_town,
    kind_hits,
    phrase_before,
    role_hits,
)
from worker.extraction.items import searched_object
from worker.extraction.lexicon import TriggerSpec
from worker.extraction.matcher import Match, Term, word_end
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
    # The goods an arrested person held ("arrested in May with 3 kg"): the arrest's trigger,
    # whose time this seizure shares.
    held_by: Match | None = None


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
    if ctx.compiled.personal_a.match(ctx.text, end):
        return "person"  # "detuvieron a sus tres ocupantes": the personal "a"
    if _counted_partitive_pronoun(ctx, trigger, sentence):
        return "person"
    for m in sentence.matches:
        if m.start < trigger.end:
            continue
        if m.start - trigger.end > OBJECT_WINDOW and (
            m.start - trigger.end > OBJECT_WINDOW + INCISE_MAX + SUBJECT_MAX
            or _without_incises(_without_subject(ctx, sentence, trigger.end, m.start))
            > OBJECT_WINDOW
        ):
            break
        if m.term.kind == "trigger":
            break  # the next action starts; its object is not ours
        if _is_person_hit(m) and _names_a_force(ctx, sentence, m):
            continue  # "حجزت عناصر الدرك الملكي ...": the force's men are the subject
        if (
            _is_person_hit(m)
            or _is_dual_person_hit(m)
            or (m.term.kind == "demonym" and counted_noun(ctx, sentence, m))
            or (m.term.kind == "demonym" and _demonym_as_noun(ctx, m))
        ):
            return "person"  # "detuvo a dos bolivianos": a counted demonym is persons
        if _is_goods_hit(m) and not _in_proper_name(ctx, m):
            # "detuvo en Málaga a Pedro García ... por tráfico de cocaína": a name the
            # personal "a" marks before the goods is the object
            if _personal_a_name_after(ctx, trigger, sentence, m.start):
                return "person"
            return "goods"
    if _personal_a_name_after(ctx, trigger, sentence):
        return "person"
    return _listed_object(ctx, trigger, sentence)


FORCE_GAP = 3  # "عناصر الدرك", "members of the": a person noun joined to the force after it


def _names_a_force(ctx: ArticleContext, sentence: Sentence, person: Match) -> bool:
    """A person noun joined to an agency or a force noun right after it ("عناصر الدرك
    الملكي", "أفراد الشرطة") names the acting force's men, not the persons acted on."""
    return any(
        (
            0 <= m.start - person.end <= FORCE_GAP
            and not ctx.text[person.end : m.start].strip()
            and (m.term.kind == "agency" or (m.term.kind == "role" and m.term.key == "agent_nouns"))
        )
        # "أعوان الديوانة": the agency's own name starts with the men's noun
        or (m.term.kind == "agency" and m.start <= person.start < m.end)
        for m in sentence.matches
    )


_NEXT_CAPITALISED = re.compile(r"\s+[A-ZÁÉÍÓÚÑ]")
_BRACKETS = " ()[]"


def _counted_partitive_pronoun(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "وأمكن ضبط (4) منهم", "arrested five of them": a number right after the trigger, then a
    `partitive_pronouns` phrase (persons told before): the object is persons."""
    pronouns = ctx.compiled.partitive_pronouns
    if not pronouns:
        return False
    for n in ctx.numbers(sentence):
        if n.start < trigger.end:
            continue
        if ctx.text[trigger.end : n.start].strip(_BRACKETS):
            return False
        rest = ctx.text[n.end : n.end + 20].lstrip(_BRACKETS)
        return any(
            rest.startswith(p) and (len(rest) == len(p) or not rest[len(p)].isalnum())
            for p in pronouns
        )
    return False


def _in_proper_name(ctx: ArticleContext, m: Match) -> bool:
    """A goods word written with a capital and followed by another capitalised word is part
    of a name ("el barrio de Villa Lugano"), not goods."""
    return ctx.cased[m.start : m.start + 1].isupper() and (
        _NEXT_CAPITALISED.match(ctx.cased, m.end) is not None
    )


def _demonym_as_noun(ctx: ArticleContext, m: Match) -> bool:
    """ "detuvo a un marroquí", "a interpellé un Belge": an indefinite article right before a
    demonym makes it a person (English puts its demonyms before the noun: not there)."""
    if ctx.compiled.demonyms_are_adjectives:
        return False
    before = ctx.text[max(0, m.start - 6) : m.start].split()
    return bool(before) and before[-1] in numbers_module.indefinite_articles(ctx.language)


PERSONAL_A_REACH = 90  # "detuvieron el miércoles en el barrio de Villa Lugano a Ramón Sosa"


def _personal_a_name_after(
    ctx: ArticleContext, trigger: Match, sentence: Sentence, before: int | None = None
) -> bool:
    """ "detuvieron el miércoles en el barrio porteño de Villa Lugano a Ramón Alberto Sosa":
    the personal "a" (`personal_a` role) before a capitalised name that is no country, place
    or agency, within the trigger's clause (no other action between), marks a person object
    (one that starts before ``before`` when given)."""
    end = min(sentence.end, trigger.end + PERSONAL_A_REACH)
    if before is not None:
        end = min(end, before)
    for found in ctx.compiled.personal_a_name.finditer(ctx.cased, trigger.end, end):
        name = found.end()
        if any(
            m.term.kind == "trigger" and trigger.end <= m.start < name for m in sentence.matches
        ):
            return False
        if any(
            m.start <= name < m.end
            and m.term.kind in ("country", "place", "agency", "demonym")
            and not is_generated_town(ctx, m)
            for m in sentence.matches
        ):
            continue
        return True
    return False


_BULLETS = ("-", "•", "*", "–", "—", "·", "▪", "○")


def _listed_object(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> str | None:
    """ "troops found:" then "- 1,630 kilograms of methamphetamine": a trigger that ends its
    sentence on a colon acts on the bulleted line after it."""
    if ctx.text[trigger.end : sentence.end].strip() != ":":
        return None
    following = sentence.index + 1
    if following >= len(ctx.sentences):
        return None
    line = ctx.sentences[following]
    if not ctx.text.startswith(_BULLETS, line.start):
        return None
    return "goods" if any(_is_goods_hit(m) for m in line.matches) else None


_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÁÉÍÓÚÑÀÂÇÈÉÊÎÔÛ][\w'’-]+(?: [A-Z]\.)?\s*$")

INCISE_MAX = 90  # "intercepté mardi, à environ 150 milles au large de Dakar, un voilier"
_INCISE = re.compile(rf"[,،][^,،;]{{1,{INCISE_MAX}}}[,،]")  # also the Arabic comma


def _without_incises(gap: str) -> int:
    """Length of the text between a verb and its object without an inserted clause between
    commas (time, place): the object after it is still the verb's."""
    return len(_INCISE.sub(" ", gap, count=1))


SUBJECT_MAX = 60  # "احبطت هيئة الزكاة والضريبة والجمارك، ...، يوم الأحد، محاولة تهريب"


def _without_subject(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> str:
    """The text between a verb and its object without the agencies named there and the
    dates told there: a verb-subject-object sentence ("أحبطت هيئة الجمارك ... يوم الأحد
    محاولة تهريب 4 ملايين قرص") puts its subject and its time before the object."""
    cut = sorted(
        [(m.start, m.end) for m in sentence.matches if m.term.kind == "agency"]
        + [(d.start, d.end) for d in ctx.dates(sentence)]
    )
    pieces: list[str] = []
    position = start
    for first, last in cut:
        if last <= position or first >= end:
            continue
        pieces.append(ctx.text[position : max(position, first)])
        position = max(position, last)
    pieces.append(ctx.text[position:end])
    kept = sum(len(p) for p in pieces)
    if (end - start) - kept > SUBJECT_MAX:
        return ctx.text[start:end]  # more than a subject and a time: the object is far
    return "".join(pieces)


def counted_noun(ctx: ArticleContext, sentence: Sentence, noun: Match) -> bool:
    """A number right before the word ("dos bolivianos", "three Colombians")."""
    return any(
        n.end <= noun.start and not ctx.gap(n.end, noun.start).strip() and not n.is_year_like
        for n in ctx.numbers(sentence)
    )


def _object_pronoun_before(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "lo detuvo", "l'ont interpellé": the person is the pronoun before the verb."""
    pronouns = ctx.compiled.singular_object_pronouns | ctx.compiled.plural_object_pronouns
    return bool(pronouns) and phrase_before(ctx, sentence, trigger.start, pronouns) is not None


def _passive_goods_subject(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "300 cannabis plants were recovered", "3 pistolets ont été trouvés": in a passive
    the goods come before the auxiliary, with no other action between; a participle right
    after the goods ("2,000 kilograms of skunk recovered in the operation") is one too."""
    if not auxiliary_before(ctx, sentence, trigger):
        return any(
            _is_goods_hit(m)
            and m.end <= trigger.start
            and not ctx.gap(m.end, trigger.start).strip()
            for m in sentence.matches
        )
    window = trigger.start - OBJECT_WINDOW
    goods = False
    for m in sentence.matches:
        if m.start >= trigger.start:
            break
        if m.start < window:
            continue
        if m.term.kind == "trigger":
            goods = False  # the goods before another action are that action's
        elif _is_goods_hit(m):
            goods = True
    return goods


SUBJECT_REACH = 160  # a person subject, its appositions and relative clause, then the verb


def _passive_person_subject(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "Both men were released", "all three had been freed": in a passive the persons come
    before the auxiliary, not after the trigger."""
    if not auxiliary_before(ctx, sentence, trigger):
        return False
    pronouns = ctx.compiled.plural_pronouns
    aux = phrase_before(ctx, sentence, trigger.start, ctx.compiled.auxiliaries)
    if aux is not None and ctx.text[aux : trigger.start].strip() in ctx.compiled.active_auxiliaries:
        return False  # "Customs officers had intercepted the shipment": an active verb
    if pronouns and aux is not None and phrase_before(ctx, sentence, aux, pronouns) is not None:
        return True  # "they were released", "ils ont été libérés"
    if aux is not None and _NAME_BEFORE.search(ctx.cased, max(sentence.start, aux - 40), aux):
        return True  # "Maradiaga fue capturado", "Karim B. a été interpellé": a name
    window = trigger.start - OBJECT_WINDOW
    subject_window = trigger.start - SUBJECT_REACH
    for m in sentence.matches:
        if m.start >= trigger.start:
            break
        if m.start >= window and (
            _is_person_hit(m) or _is_dual_person_hit(m) or m.term.kind == "demonym"
        ):
            return True  # "El brasileño había sido capturado": a demonym names a person
        if (
            m.start >= subject_window
            and (_is_person_hit(m) or _is_dual_person_hit(m))
            and not any(
                t.term.kind == "trigger" and m.end <= t.start < trigger.start
                for t in sentence.matches
            )
        ):
            # "un troisième suspect, un commerçant qui attendait la cargaison dans un
            # entrepôt de Tambacounda, a été cueilli": the subject and its relative clause
            return True
    return any(
        window <= n.start and n.end <= trigger.start and not n.is_year_like
        for n in ctx.numbers(sentence)
    )


def _pluperfect_person_subject(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "وكان المتهم قد ضُبط في مطار ...": a split pluperfect (modality.toml
    `split_pluperfect_*`, كان ... قد) right before the trigger whose subject is a person (no
    agent: "وكان رجال الأمن قد ضبطوا" tells the officers' seizure): the person was taken."""
    pattern = ctx.compiled.split_pluperfect
    if pattern is None:
        return False
    for frame in pattern.finditer(ctx.text, max(sentence.start, trigger.start - 80), trigger.start):
        if ctx.text[frame.end() : trigger.start].strip():
            continue
        inside = [m for m in sentence.matches if frame.start() <= m.start < frame.end()]
        if any(
            m.term.kind == "agency" or (m.term.kind == "role" and m.term.key == "agent_nouns")
            for m in inside
        ):
            return False
        return any(_is_person_hit(m) or _is_dual_person_hit(m) for m in inside)
    return False


def _plural_verb_of_persons(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "بينهم اثنان ضُبطوا في كمين", "ثلاثة مهربين قد ضُبطوا": a trigger with a plural verb
    ending (`plural_verb_suffixes`) whose subject, persons or a count, stands just before
    it, no other action between: the persons were caught (goods take no plural verb)."""
    suffix = ctx.text[trigger.end : word_end(ctx.text, trigger.end)]
    if not suffix or suffix not in ctx.compiled.plural_verb_suffixes:
        return False
    window = trigger.start - OBJECT_WINDOW
    if any(
        m.term.kind == "trigger" and window <= m.start < trigger.start for m in sentence.matches
    ):
        return False
    return any(
        window <= m.start < trigger.start and (_is_person_hit(m) or _is_dual_person_hit(m))
        for m in sentence.matches
    ) or any(
        window <= n.start and n.end <= trigger.start and not n.is_year_like
        for n in ctx.numbers(sentence)
    )


def _coordinated_passive_subject(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "Smith was questioned and released", "was acquitted of all charges and released": a
    bare participle after a `verb_coordinators` word shares the passive of the verb before it,
    and so its subject."""
    start = coordinated_auxiliary_start(ctx, sentence, trigger.start)
    return start is not None and _passive_person_subject(
        ctx, trigger._replace(start=start), sentence
    )


def _is_dual_person_hit(m: Match) -> bool:
    return m.term.kind == "role" and m.term.key == "dual_person_nouns"


def _premises_nearby(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "searched the house", "تفتيش المنزل", "searches at six locations": a search is a raid
    only when premises are searched (a car, a bag or a database is not one). A vehicle
    right after the search is what it searched, whatever premises are named later
    ("بتفتيش الشاحنة عثر على ... في مخزن سري", "searched the car parked outside his house")."""
    if any(
        m.term.kind == "item"
        and ctx.lexicon.items[m.term.index].category == "vehicle"
        and searched_object(ctx, sentence, m)
        and m.start - trigger.end <= OBJECT_WINDOW
        for m in kind_hits(sentence, "item")
    ):
        return False
    return any(
        0 <= m.start - trigger.end <= OBJECT_WINDOW or 0 <= trigger.start - m.end <= PREMISES_BEFORE
        for m in role_hits(sentence, "premises")
    )


def _state_nearby(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "handed over to Morocco", "surrendered to the French authorities": a transfer between
    states names the receiving one after the verb ("The crew, two Colombians, were taken to
    Salina Cruz and handed over to federal prosecutors" is no extradition; nor is a handover
    to a police station or unit of a named town: `_domestic_recipient`)."""
    return any(
        m.term.kind in ("country", "place", "demonym")
        and 0 <= m.start - trigger.end <= OBJECT_WINDOW
        for m in sentence.matches
    ) and not _domestic_recipient(ctx, trigger.end, sentence)


def _recipient_end(ctx: ArticleContext, start: int, sentence: Sentence) -> int:
    """Where the recipient told from ``start`` ends: a comma, a bracket or another trigger."""
    end = min(sentence.end, start + RECIPIENT_REACH)
    stop = re.compile(r"[,،;:()]").search(ctx.text, start, end)
    if stop is not None:
        end = stop.start()
    for m in sentence.matches:
        if start <= m.start < end and m.term.kind == "trigger":
            return m.start
    return end


def _domestic_recipient(ctx: ArticleContext, start: int, sentence: Sentence) -> bool:
    """ "handed over to the district police station in Thane", "سُلّموا إلى مركز شرطة
    الرمثا": a recipient told by a `handover_bodies` word (a station, a unit, a prosecutor)
    with no country, demonym or `home_states` word is a body of the state that acted, whatever
    town names it: no extradition."""
    end = _recipient_end(ctx, start, sentence)
    recipient = ctx.text[start:end]
    if not ctx.compiled.handover_bodies.search(recipient):
        return False
    if any(w in ctx.compiled.home_states for w in re.findall(r"\w+", recipient)):
        return False
    return not any(
        start <= m.start < end and m.term.kind in ("country", "demonym") for m in sentence.matches
    )


def _handed_to_a_state(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "سلمت هندوراس أوريانا إلى الولايات المتحدة": a person handed over "to" a named
    country (the person may be a bare name, no person noun) is extradited."""
    for cue in sentence.matches:
        if cue.term.kind != "role" or cue.term.key != "destination":
            continue
        if not 0 <= cue.start - trigger.end <= OBJECT_WINDOW:
            continue
        for m in sentence.matches:
            if m.start >= cue.end and m.term.kind in ("country", "place"):
                if not ctx.gap(cue.end, m.start).strip():
                    return True
                break
    return False


RECIPIENT_REACH = 60  # "إلى المديرية العامة لمكافحة المخدرات في المنطقة": the recipient


def _handed_to_a_body(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "وتم تسليمه إلى جهة الاختصاص", "تسليمهم إلى النيابة العامة": persons handed "to" a
    recipient that names no state (no country, place or demonym, no `home_states` word:
    "إلى بلاده") went to another body of the same state: no extradition."""
    for cue in sentence.matches:
        if cue.term.kind != "role" or cue.term.key != "destination":
            continue
        if not 0 <= cue.start - trigger.end <= OBJECT_WINDOW:
            continue
        if _domestic_recipient(ctx, cue.end, sentence):
            return True  # "تسليمهم والمضبوطات إلى جهة الاختصاص": the seized goods go along
        if any(
            m.term.kind == "trigger" and trigger.end <= m.start < cue.start
            for m in sentence.matches
        ):
            return False
        end = min(sentence.end, cue.end + RECIPIENT_REACH)
        stop = re.compile(r"[,،;:()]").search(ctx.text, cue.end, end)
        if stop is not None:
            end = stop.start()
        for m in sentence.matches:
            if cue.end <= m.start < end and m.term.kind == "trigger":
                end = m.start
                break
        # "to the police in Kumasi": a force told by the common noun, then where it stands
        force = next(
            (
                m
                for m in sentence.matches
                if cue.end <= m.start < end
                and m.term.kind == "role"
                and m.term.key == "agent_nouns"
            ),
            None,
        )
        if force is not None:
            for m in sentence.matches:
                if (
                    force.end <= m.start < end
                    and m.term.kind == "role"
                    and m.term.key == "locative"
                ):
                    end = m.start
                    break
        recipient = ctx.text[cue.end : end]
        if not recipient.strip():
            return False
        if any(w in ctx.compiled.home_states for w in re.findall(r"\w+", recipient)):
            return False
        return not any(
            cue.end <= m.start < end
            and (
                m.term.kind in ("country", "place", "demonym")
                or (m.term.kind == "agency" and _foreign_agency(ctx, m))
            )
            for m in sentence.matches
        )
    return False


def _foreign_agency(ctx: ArticleContext, agency: Match) -> bool:
    """ "handed over a Briton to the National Crime Agency" in a story told from Kenya: an
    agency of a state other than one the article names is another state's."""
    home = ctx.compiled.agency_country(agency.term.key)
    return bool(home) and any(
        m.term.kind in ("country", "place") and m.term.key != home for m in ctx.matches
    )


def _group_nearby(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """A network, gang or cartel the trigger acts on: next to it, the subject of its passive
    ("Le réseau, qui importait ..., a été « entièrement démantelé »") or a pronoun for a
    group told just before ("We have dismantled it", "la desarticularon", تفكيكها)."""
    if any(
        _is_group_hit(m)
        and (
            0 <= m.start - trigger.end <= OBJECT_WINDOW
            or 0 <= trigger.start - m.end <= OBJECT_WINDOW
        )
        for m in sentence.matches
    ):
        return True
    return _group_passive_subject(ctx, trigger, sentence) or _group_pronoun_object(
        ctx, trigger, sentence
    )


_QUOTES = re.compile(r"[«»\"“”]")


def _group_passive_subject(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """A group noun further back as the subject of a passive (its relative clause between,
    quotes around the participle allowed), with no other action between."""
    head = _QUOTES.sub(" ", ctx.text[max(sentence.start, trigger.start - 40) : trigger.start])
    words = head.split()
    auxiliaries = ctx.compiled.auxiliaries
    if not any(
        " ".join(words[len(words) - size - skip : len(words) - skip]) in auxiliaries
        and all(w.isalpha() for w in words[len(words) - skip :])
        for skip in (0, 1, 2)  # adverbs: "has now been completely dismantled"
        for size in (1, 2, 3)
        if len(words) >= size + skip
    ):
        return False
    floor = trigger.start - SUBJECT_REACH
    groups = [m for m in sentence.matches if _is_group_hit(m) and floor <= m.start < trigger.start]
    return bool(groups) and not any(
        t.term.kind == "trigger" and groups[-1].end <= t.start < trigger.start
        for t in sentence.matches
    )


_NEXT_WORD = re.compile(r" +(\w+)(?!\w)")
ANTECEDENT_SENTENCES = 2  # how far back a group named by a pronoun may be told


def _group_pronoun_object(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "We have dismantled it", "la desarticularon", تفكيكها: a pronoun object (`group_pronouns`:
    the word after the trigger, the one before it, or a suffix on it) standing for a group
    named earlier in the sentence or in the two before."""
    pronouns = ctx.compiled.group_pronouns
    if not pronouns:
        return False
    end = word_end(ctx.text, trigger.end)
    after = _NEXT_WORD.match(ctx.text, end)
    if not (
        ctx.text[trigger.end : end] in pronouns
        or (after is not None and after.group(1) in pronouns)
        or phrase_before(ctx, sentence, trigger.start, pronouns) is not None
    ):
        return False
    if any(_is_group_hit(m) and m.end <= trigger.start for m in sentence.matches):
        return True
    first = max(0, sentence.index - ANTECEDENT_SENTENCES)
    return any(_is_group_hit(m) for s in ctx.sentences[first : sentence.index] for m in s.matches)


EXECUTION_BEFORE = 40  # "executed 30 search warrants", "cumplieron 20 órdenes de"
EXECUTION_AFTER = 30  # "search warrants were then executed"


def warrant_executed(ctx: ArticleContext, hit: Match, sentence: Sentence) -> bool:
    """ "officers executed 11 warrants", "warrants were executed at three addresses",
    "cumplieron 20 órdenes de allanamiento": an `executions` verb governs the warrant (just
    before it, no clause mark between, or after it in a passive): it was acted on."""
    pattern = ctx.compiled.executions
    before = ctx.text[max(sentence.start, hit.start - EXECUTION_BEFORE) : hit.start]
    verbs = list(pattern.finditer(before))
    if verbs and not _CLAUSE_MARKS.search(before, verbs[-1].end()):
        return True
    after = ctx.text[hit.end : min(sentence.end, hit.end + EXECUTION_AFTER)]
    late = pattern.search(after)
    return late is not None and not _CLAUSE_MARKS.search(after, 0, late.start())


HELD_REACH = 90  # "was arrested at Heathrow on Monday with 1.45 kilograms of cocaine"
HELD_QUANTITY = 25  # the quantity right after "with": "with about 6.2 kg"
HELD_STRENGTH = 0.6


def _link_word_after(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, links: re.Pattern[str], reach: int
) -> tuple[int, int] | None:
    """The span of the first ``links`` word within ``reach`` after the trigger, when no other
    action stands between (what follows that word is then the trigger's own)."""
    found = links.search(ctx.text, trigger.end, min(sentence.end, trigger.end + reach))
    if found is None:
        return None
    start, stop = found.span()
    if any(m.term.kind == "trigger" and trigger.end <= m.start < stop for m in sentence.matches):
        return None
    return start, stop


def _held_goods(ctx: ArticleContext, arrest: Match, sentence: Sentence) -> Match | None:
    """ "arrested ... with 1.45 kilograms of cocaine", "detenido con 3 kilos": a `held_links`
    word after an arrest (no other action between), then a quantity and goods: the goods the
    person held were seized. The seizure's trigger is the link word."""
    link = _link_word_after(ctx, sentence, arrest, ctx.compiled.held_links, HELD_REACH)
    if link is None:
        return None
    start, stop = link
    if not any(
        stop <= n.start <= stop + HELD_QUANTITY and not n.is_year_like
        for n in ctx.numbers(sentence)
    ):
        return None
    for m in sentence.matches:
        if m.start < stop:
            continue
        if m.start - stop > OBJECT_WINDOW or m.term.kind == "trigger":
            return None
        if _is_goods_hit(m) and not _in_proper_name(ctx, m):
            index = next(
                (i for i, t in enumerate(ctx.lexicon.triggers) if t.event_type == "seizure"), None
            )
            if index is None:
                return None
            return Match(start, stop, Term("trigger", "seizure", index))
    return None


ABOARD_REACH = 80  # "ضبطت دوريات حرس الحدود قاربا في عرض البحر على متنه"
ABOARD_PERSONS = 40  # the persons right after the link: "على متنه سبعة عشر متسللا"


def _persons_aboard(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> Match | None:
    """ "ضبطت قاربا على متنه 17 متسللا", "ضبط قارب صيد يقل ثلاثة مواطنين": a person-or-goods
    verb that took goods (a vessel, a vehicle), then an `aboard_links` word (no other action
    between) and persons: those aboard were taken too. The arrest's trigger is the link."""
    link = _link_word_after(ctx, sentence, trigger, ctx.compiled.aboard_links, ABOARD_REACH)
    if link is None:
        return None
    start, stop = link
    persons = [
        m
        for m in sentence.matches
        if (_is_person_hit(m) or (m.term.kind == "role" and m.term.key == "dual_person_nouns"))
        and stop <= m.start <= stop + ABOARD_PERSONS
    ]
    if not persons or any(
        m.term.kind == "trigger" and stop <= m.start < persons[0].start for m in sentence.matches
    ):
        return None
    return Match(start, stop, Term("trigger", "arrest", trigger.term.index))


def _sentencing_told_before(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """A plain sentencing trigger ("sentenced", "condenó", بسجن) before this one."""
    for earlier in ctx.sentences[: sentence.index + 1]:
        for m in earlier.matches:
            if m.start >= trigger.start:
                return False
            if m.term.kind == "trigger":
                spec = ctx.lexicon.triggers[m.term.index]
                if spec.event_type == "sentence" and spec.object == "any":
                    return True
    return False


TERM_REACH = 14  # "received eight years", "each received 12 years", "recibió cuatro años"


def _term_after(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "Patel received eight years", "a écopé de cinq ans": a prison term (a number and a
    term unit, or life) right after the verb, in its clause, in a story that has told a
    sentencing before (a plain sentencing trigger earlier in the article)."""
    if not _sentencing_told_before(ctx, trigger, sentence):
        return False
    for m in sentence.matches:
        if m.start < trigger.end:
            continue
        if m.start - trigger.end > TERM_REACH + 30:
            return False
        if m.term.kind == "sentence_kind" and m.term.key in ("life", "death"):
            return m.start - trigger.end <= TERM_REACH and not _CLAUSE_MARKS.search(
                ctx.text, trigger.end, m.start
            )
        if m.term.kind != "sentence_unit":
            continue
        return any(
            0 <= n.start - trigger.end <= TERM_REACH
            and 0 <= m.start - n.end <= 3
            and not n.is_year_like
            and not _CLAUSE_MARKS.search(ctx.text, trigger.end, n.start)
            for n in ctx.numbers(sentence)
        )
    return False


_HANDOVER_ENDS = frozenset({"trigger", "crime", "country", "place", "demonym"})


def _goods_received(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "وتسلم المتهم الثالث الشحنة من مستودع": goods or a container (a shipment, a parcel) in
    the object of a handover verb, before the next action: goods were received, no person
    was handed over between states. Goods after a crime word or a state describe the case
    ("تسلم بلجيكا ثلاثة مطلوبين في قضايا تهريب مخدرات"): the scan ends there."""
    for m in sentence.matches:
        if m.start < trigger.end:
            continue
        if m.start - trigger.end > OBJECT_WINDOW or m.term.kind in _HANDOVER_ENDS:
            return False
        if (
            _is_goods_hit(m) or (m.term.kind == "role" and m.term.key == "containers")
        ) and not _in_proper_name(ctx, m):
            return True
    return False


LINK_REACH = 90  # "قبضت دوريات الأمن بمنطقة جازان، فجر الثلاثاء، على": subject, day, link


def _linked_object(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """A `linked_triggers` verb takes its person object after a link ("قبض أفراد الدورية على
    مواطن", "قبضت عليه"): a person before the link is its subject, and with no link the
    person after the verb is its subject too ("قبض المروج ثمن الصفقة": he took the price).
    Other verbs: True."""
    if ctx.text[trigger.start : trigger.end] not in ctx.compiled.linked_triggers:
        return True
    link = _link_after(ctx, trigger, sentence)
    if link is None:
        return False
    token, end = link
    if token not in ctx.compiled.object_links:
        return True  # "عليه": the pronoun is the person
    return _first_object_after(ctx, trigger._replace(end=end), sentence) == "person"


def _linked_person_object(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """A `linked_triggers` verb whose link ("على") is followed by a person: its object is
    that person, whatever the subject before the link holds."""
    if ctx.text[trigger.start : trigger.end] not in ctx.compiled.linked_triggers:
        return False
    link = _link_after(ctx, trigger, sentence)
    if link is None or link[0] not in ctx.compiled.object_links:
        return False
    return _first_object_after(ctx, trigger._replace(end=link[1]), sentence) == "person"


def _link_after(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> tuple[str, int] | None:
    """The `object_links` word after the trigger, before the next action or ";" (commas may
    stand between: "قبضت الدوريات، فجر الثلاثاء، على أربعة"), as written ("على", or "عليه"
    with a person pronoun), and its end; None without one."""
    compiled = ctx.compiled
    limit = min(sentence.end, trigger.end + LINK_REACH)
    for m in sentence.matches:
        if trigger.end < m.start < limit and m.term.kind == "trigger":
            limit = m.start
            break
    for word in re.finditer(r"\w+|[;:]", ctx.text[trigger.end : limit]):
        token = word.group()
        if not token[0].isalnum():
            return None
        if any(
            token == link or token[len(link) :] in compiled.person_suffixes
            for link in compiled.object_links
            if token.startswith(link)
        ):
            return token, trigger.end + word.end()
    return None


def _linked_pronoun(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "قبضت الشرطة عليه": a person pronoun on the link of a `linked_triggers` verb."""
    if ctx.text[trigger.start : trigger.end] not in ctx.compiled.linked_triggers:
        return False
    link = _link_after(ctx, trigger, sentence)
    return link is not None and link[0] not in ctx.compiled.object_links


def _noun_for_a_person(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "Un tercer imputado, detenido en 2022", "los tres imputados": a `noun_triggers`
    participle right after a `noun_determiners` word (an article, an ordinal, a number) or a
    figure names a defendant, it tells no charge."""
    if ctx.text[trigger.start : trigger.end] not in ctx.compiled.noun_triggers:
        return False
    before = ctx.text[max(sentence.start, trigger.start - 30) : trigger.start].split()
    if not before:
        return False
    word = before[-1].lower()
    return word in ctx.compiled.noun_determiners or word.isdigit()


def _resolve_type(
    ctx: ArticleContext, spec: TriggerSpec, trigger: Match, sentence: Sentence
) -> tuple[EventType, bool] | None:
    """The event type a trigger stands for here, and whether that was a guess."""
    requirement = spec.object
    if _noun_for_a_person(ctx, trigger, sentence):
        return None
    if requirement == "any":
        return spec.event_type, False
    if requirement == "group":
        return (spec.event_type, False) if _group_nearby(ctx, trigger, sentence) else None
    if requirement == "premises":
        return (spec.event_type, False) if _premises_nearby(ctx, trigger, sentence) else None
    if requirement == "state":
        return (spec.event_type, False) if _state_nearby(ctx, trigger, sentence) else None
    if requirement == "term":
        return (spec.event_type, False) if _term_after(ctx, trigger, sentence) else None
    if requirement == "executed":
        return (spec.event_type, False) if warrant_executed(ctx, trigger, sentence) else None
    found = _first_object_after(ctx, trigger, sentence)
    if found == "goods" and _linked_person_object(ctx, trigger, sentence):
        # "قبضت المديرية العامة لمكافحة المخدرات على مواطنين": goods words in the subject
        # before the link are not the object; what follows the link is
        found = "person"
    if found == "person" and not _linked_object(ctx, trigger, sentence):
        return None
    if requirement == "person":
        if spec.event_type == "extradition" and (
            _goods_received(ctx, trigger, sentence) or _handed_to_a_body(ctx, trigger, sentence)
        ):
            return None
        if (
            found == "person"
            or _passive_person_subject(ctx, trigger, sentence)
            or _coordinated_passive_subject(ctx, trigger, sentence)
            or _object_pronoun_before(ctx, trigger, sentence)
            or _linked_pronoun(ctx, trigger, sentence)
            or (spec.event_type == "extradition" and _handed_to_a_state(ctx, trigger, sentence))
        ):
            return spec.event_type, False
        return None
    if requirement == "goods":
        if found == "goods" or _passive_goods_subject(ctx, trigger, sentence):
            return spec.event_type, False
        return None
    # person_or_goods (Arabic ضبط): persons -> the trigger's type, goods -> the alternative.
    if (
        found == "person"
        or (found is None and _plural_verb_of_persons(ctx, trigger, sentence))
        or _pluperfect_person_subject(ctx, trigger, sentence)
    ):
        return spec.event_type, False
    if found == "goods" and spec.alternative is not None:
        return spec.alternative, False
    return None


_PROSPECTIVE_KINDS = frozenset({"future", "hypothetical"})
_VERB_CUE_REACH = 90  # cues of a longer window govern a whole report, not one verb
_NOUN_PHRASE_REACH = 10  # a cue after its trigger beyond this reach spans a noun phrase


def _clause_broken(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> bool:
    """True when a clause boundary (";", "but", "لكن") lies between two offsets."""
    if ";" in ctx.text[start:end]:
        return True
    return any(start <= m.start < end for m in role_hits(sentence, "clause_breaks"))


IMPOSED_REACH = 40  # "una condena de 20 años de prisión impuesta en ausencia"


def imposed_after(ctx: ArticleContext, trigger: Match) -> int | None:
    """The end of an `imposed_words` participle shortly after the trigger, in its clause:
    the penalty was imposed (the time to serve is a ruling told as past, not time spent)."""
    after = ctx.text[trigger.end : trigger.end + IMPOSED_REACH]
    found = ctx.compiled.imposed_words.search(after)
    if found is None or re.search(r"[,;:]", after[: found.start()]):
        return None
    return trigger.end + found.end()


def _asserted_after_coordinator(
    ctx: ArticleContext, sentence: Sentence, trigger: Match, cue_end: int
) -> bool:
    """ "Escapó de la cárcel y fue recapturado", "evaded police for years and was arrested":
    the trigger has its own auxiliary right after a `verb_coordinators` word that comes after
    the cue: a second verb, asserted on its own."""
    coordinators = ctx.compiled.verb_coordinators
    if not coordinators:
        return False
    aux = phrase_before(ctx, sentence, trigger.start, ctx.compiled.auxiliaries)
    if aux is None:
        return False
    link = phrase_before(ctx, sentence, aux, coordinators)
    return link is not None and link >= cue_end


def _qualifies_the_object(
    ctx: ArticleContext, trigger: Match, cue: Match, sentence: Sentence
) -> bool:
    """A warrant cue after the trigger that qualifies a person noun right next to it, in the
    trigger's object ("arrested six wanted men", "arrested a man wanted for murder")."""
    if cue.start < trigger.end or ctx.text[trigger.end : cue.start].count(",") > 0:
        return False
    return any(
        _is_person_hit(p)
        and (
            (p.start >= cue.end and not ctx.text[cue.end : p.start].strip())
            or (
                trigger.end <= p.start
                and p.end <= cue.start
                and not ctx.text[p.end : cue.start].strip()
            )
        )
        for p in sentence.matches
    )


def _opens_earlier_clause(ctx: ArticleContext, cue: Match) -> bool:
    """ "luego de ser detenidos", "después de ser capturado": a conditional "de ser ..." cue
    whose first word ends an `earlier_clause_leads` phrase tells a step before, no condition."""
    return any(
        lead.start() < cue.start < lead.end()
        for lead in ctx.compiled.earlier_clause.finditer(ctx.text, max(0, cue.start - 20), cue.end)
    )


FAR_FUTURE_REACH = 160  # "will be taken to the capital and brought before a judge ... for"


def _far_court_step(
    ctx: ArticleContext, event_type: EventType, cue: Match, trigger: Match, sentence: Sentence
) -> bool:
    """ "Los nueve detenidos serán trasladados mañana y presentados ante un juez en una
    audiencia de imputación de cargos", "seront présentés à un juge ... en vue de leur mise en
    examen": a charge noun (`plan_nouns`) that a future told far before it in its clause
    announces, with no other action between (nor a clause break or an earlier clause), is the
    hearing's planned purpose, not a charge brought."""
    if ctx.lexicon.modality[cue.term.index].kind != "future" or event_type != "charge":
        return False
    if trigger.start - cue.end > FAR_FUTURE_REACH:
        return False
    if ctx.text[trigger.start : trigger.end] not in ctx.compiled.plan_nouns:
        return False
    if ";" in ctx.text[cue.end : trigger.start] or _clause_broken(
        ctx, sentence, cue.end, trigger.start
    ):
        return False
    if ctx.compiled.earlier_clause.search(ctx.gap(cue.end, trigger.start)):
        return False
    return not any(
        t.term.kind == "trigger" and cue.end <= t.start < trigger.start for t in sentence.matches
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
    for m in kind_hits(sentence, "modality"):  # the sentence's hits indexed by kind
        if m.term.kind != "modality":
            continue
        cue = ctx.lexicon.modality[m.term.index]
        if cue.types and event_type not in cue.types:
            continue
        if cue.kind == "warrant" and warrant_executed(ctx, m, sentence):
            continue  # "executed 52 search warrants and arrested 40": acted on, no warrant
        if cue.kind == "warrant" and _qualifies_the_object(ctx, trigger, m, sentence):
            continue  # "arrested six wanted men": the persons taken were wanted
        if cue.kind in _BACKGROUND_KINDS and not (m.start <= trigger.start < m.end):
            if asserted is None:
                asserted = auxiliary_before(ctx, sentence, trigger)
            if asserted:
                continue
        if m.end <= trigger.start:
            if cue.kind == "negation" and _asserted_after_coordinator(
                ctx, sentence, trigger, m.end
            ):
                continue  # "escapó en 2019 y fue recapturado": a verb of its own after "and"
            if (
                cue.kind == "hypothetical"
                and event_type == "sentence"
                and imposed_after(ctx, trigger) is not None
            ):
                continue  # "para cumplir una condena de 20 años impuesta en 2021": imposed
            near = trigger.start - m.end <= cue.before
            if (
                near
                and not _clause_broken(ctx, sentence, m.end, trigger.start)
                # "faces up to 20 years after he was charged": the trigger opens a clause
                # told as earlier than the cue's ("after", "following"), out of a possible
                # or planned step's reach; a denial or an unconfirmed report ("claimed he had
                # been taken into custody after drugs were found", a long window) still
                # governs the whole report
                and not (
                    cue.kind in _PROSPECTIVE_KINDS
                    and cue.before <= _VERB_CUE_REACH
                    and ctx.compiled.earlier_clause.search(ctx.gap(m.end, trigger.start))
                )
            ):
                return cue.kind
            if not near and _far_court_step(ctx, event_type, m, trigger, sentence):
                # "serán presentados ante un juez ... para la audiencia de imputación de cargos"
                return cue.kind
            if (
                not near
                and cue.kind in _PROSPECTIVE_KINDS
                and _coordinated_after(ctx, sentence, m.end, trigger)
            ):
                # "intended to disrupt supply lines and arrest dealers": a verb joined by
                # "and" to the one a purpose or a condition governs shares it
                return cue.kind
        elif m.start >= trigger.end:
            if m.start - trigger.end <= cue.after and not _clause_broken(
                ctx, sentence, trigger.end, m.start
            ):
                if cue.kind == "future" and cue.after > _NOUN_PHRASE_REACH:
                    # a plan told in the future a few words after an action noun ("searches
                    # and seizures will be carried out") reaches the noun over its modifiers,
                    # not a verb ("seized 3 kg and more searches will be carried out") nor
                    # across a comma, where another subject begins
                    if re.search(r"[,;:]", ctx.text[trigger.end : m.start]):
                        continue
                    if ctx.text[trigger.start : trigger.end] not in ctx.compiled.plan_nouns:
                        continue
                return cue.kind
        elif m.start <= trigger.start or m.end > trigger.end:
            # a cue that contains the trigger ("if convicted", "arrest warrant") or runs on
            # past its end ("meses de prisión" / "prisión preventiva")
            if cue.kind == "hypothetical" and _opens_earlier_clause(ctx, m):
                continue  # "luego de ser detenidos": after being arrested, no condition
            return cue.kind
        # a cue word inside the trigger phrase ("released without charge") is the phrase's
    return None


# How much law-enforcement context an article needs before any of its triggers counts: a
# named agency, a drug or a police-type actor weighs 2, a crime word or a generic actor
# ("officials", "agents") 1 (each distinct word once).
STORY_ANCHOR_MIN = 2
# A brief of a few lines ("He was arrested on Monday.") is judged on its own words: the
# story check needs an article long enough to name who acted.
STORY_MIN_CHARS = 400


def law_enforcement_story(ctx: ArticleContext) -> bool:
    """Whether the article tells of police, courts, drugs or crime at all. A match report, a
    rate decision or a health study uses "arrested their slide", "raiding stocks", "charged
    down" and "sentenced to a trip" without any agency, drug or police word around them."""
    if len(ctx.text) < STORY_MIN_CHARS:
        return True
    weights: dict[str, int] = {}
    generic = ctx.compiled.generic_agent_nouns
    for m in ctx.matches:
        kind = m.term.kind
        if kind in ("agency", "drug"):
            weight = 2
        elif kind == "crime":
            weight = 1
        elif kind == "role" and m.term.key == "agent_nouns":
            weight = 1 if ctx.text[m.start : m.end] in generic else 2
        else:
            continue
        word = ctx.text[m.start : m.end]
        weights[word] = max(weight, weights.get(word, 0))
        if sum(weights.values()) >= STORY_ANCHOR_MIN:
            return True
    return False


PRICE_WORDS = 3  # "charged migrants between EUR 4,000 and EUR 7,000"


def _price_after(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """ "charged migrants between EUR 4,000 and EUR 7,000 each", "cobraron 500 euros": an
    amount of money a few words after "charge", with no crime between, is a price asked,
    not a criminal charge."""
    for m in sentence.matches:
        if m.start < trigger.end or m.term.kind != "currency":
            continue
        words = ctx.text[trigger.end : m.start].split()
        if len(words) > PRICE_WORDS + 1:
            return False
        return not any(
            c.term.kind == "crime" and trigger.end <= c.start < m.start for c in sentence.matches
        )
    return False


FUTURE_BEFORE = 40  # "realizarán allanamientos masivos", "la police mènera des perquisitions"
FUTURE_AFTER = 20  # "des opérations seront menées"
_CLAUSE_MARKS = re.compile(r"[,;:«»\"]")


def _future_verb_near(ctx: ArticleContext, trigger: Match, sentence: Sentence) -> bool:
    """A future-tense verb in the trigger's clause, just before or after it."""
    endings = ctx.compiled.future_endings
    if not endings:
        return False
    before = ctx.text[max(sentence.start, trigger.start - FUTURE_BEFORE) : trigger.start]
    after = ctx.text[trigger.end : min(sentence.end, trigger.end + FUTURE_AFTER)]
    if not any(ending in before or ending in after for ending in endings):
        return False  # no word around can end like a future verb (cheap substring tests)
    cut_before = [m.end() for m in _CLAUSE_MARKS.finditer(before)]
    cut_after = _CLAUSE_MARKS.search(after)
    nearby = (
        before[cut_before[-1] :].split() if cut_before else before.split()[1:],
        after[: cut_after.start()].split() if cut_after else after.split()[:-1],
    )
    for words in nearby:  # within the trigger's clause only
        for word in words:
            if (
                word.endswith(endings)
                and len(word) > 4
                and word.isalpha()
                and word not in ctx.compiled.not_future_words  # "front", "para"
            ):
                return True
    return False


# A fiction frame opens its sentence ("In episode 15 of the series, the officer raids ...",
# "Dans le film, ...", "وفي الحلقة"): at most this many words before it.
FICTION_FRAME_LEAD = 1


def _fiction_sentences(ctx: ArticleContext) -> set[int]:
    """Sentences that tell a film, series or novel, not the news: from a sentence opened by a
    `fiction_frames` phrase or holding a `fiction_plots` phrase ("the series follows") to the
    end of its paragraph; the whole article when two sentences are so framed (a review)."""
    framed = [
        s.index
        for s in ctx.sentences
        if role_hits(s, "fiction_plots")
        or any(
            len(ctx.text[s.start : m.start].split()) <= FICTION_FRAME_LEAD
            for m in role_hits(s, "fiction_frames")
        )
    ]
    if not framed:
        return set()
    if len(framed) >= 2:
        return {s.index for s in ctx.sentences}
    silenced: set[int] = set()
    inside = False
    previous_end = 0
    for s in ctx.sentences:
        if "\n" in ctx.text[previous_end : s.start]:
            inside = False  # a new paragraph leaves the frame
        if s.index in framed:
            inside = True
        if inside:
            silenced.add(s.index)
        previous_end = s.end
    return silenced


SPORT_STORY_WORDS = 3  # distinct `sport_words` that make an article (partly) a match report


def _sport_sentences(ctx: ArticleContext) -> set[int]:
    """Sentences of a match report, not the news: in an article with a few distinct
    `sport_words`, a sentence holding one and no agency, drug, crime or police word ("a new-ball
    raid arrested the slide", "شنّ لاعبوه غارات على المرمى"). One "match" in a police story
    frames nothing, and "police arrested two fans after the match" keeps its police word."""
    hits = {s.index: role_hits(s, "sport_words") for s in ctx.sentences}
    distinct = {ctx.text[m.start : m.end] for found in hits.values() for m in found}
    if len(distinct) < SPORT_STORY_WORDS:
        return set()
    return {
        s.index
        for s in ctx.sentences
        # the headline of a match report may name no sport word ("Stars raid the fortress")
        if (hits[s.index] or s.index == 0)
        and not any(_anchors_the_story(ctx, m) for m in s.matches)
    }


def _anchors_the_story(ctx: ArticleContext, m: Match) -> bool:
    """A police, drug, crime or agency word: what makes a sentence law-enforcement news."""
    kind = m.term.kind
    return kind in ("agency", "drug", "crime") or (kind == "role" and m.term.key == "agent_nouns")


COORDINATED_REACH = 60  # "the aim is to arrest the dealers and seize their phones"


def _coordinated_after(ctx: ArticleContext, sentence: Sentence, end: int, trigger: Match) -> bool:
    """The trigger is the next verb joined by "and" to one a plan or a condition governs ("The
    aim is to arrest those who run the lines and seize their phones", "تهدف الحملة إلى ضبط
    المخدرات والقبض على المروجين"): it shares that plan. Not across a comma or a clause break."""
    gap = ctx.text[end : trigger.start]
    if len(gap) > COORDINATED_REACH or "," in gap or "،" in gap:
        return False
    if _clause_broken(ctx, sentence, end, trigger.start):
        return False
    words = gap.split()
    # "and seize", "et d'interpeller", "y detener": "and" one of the last two words
    if any(word in ctx.compiled.and_words for word in words[-2:]):
        return True
    # Arabic "و" written on the trigger's word ("والقبض"): letters glued before the hit
    glued = words[-1] if words and not gap[-1:].isspace() else ""
    return glued in ctx.compiled.and_prefixes


def find_mentions(ctx: ArticleContext) -> list[Mention]:
    mentions: list[Mention] = []
    if not law_enforcement_story(ctx):
        return mentions
    fiction = _fiction_sentences(ctx) | _sport_sentences(ctx)
    for sentence in ctx.sentences:
        if sentence.duplicate or sentence.index in fiction:
            continue
        prospective_end: int | None = None  # the last trigger a plan or condition governed
        for m in sentence.matches:
            if m.term.kind != "trigger":
                continue
            spec = ctx.lexicon.triggers[m.term.index]
            resolved = _resolve_type(ctx, spec, m, sentence)
            if resolved is None:
                continue
            event_type, guessed = resolved
            blocked = blocking_modality(ctx, event_type, m, sentence)
            if (
                blocked is None
                and prospective_end is not None
                and _coordinated_after(ctx, sentence, prospective_end, m)
            ):
                blocked = "future"
            if blocked in _PROSPECTIVE_KINDS:
                prospective_end = m.end
            if blocked is not None:
                if blocked == "negation" and ctx.first_denied is None:
                    ctx.first_denied = m.start
                continue
            if _future_verb_near(ctx, m, sentence):
                continue
            if event_type == "charge" and _price_after(ctx, m, sentence):
                continue
            mentions.append(Mention(event_type, m, sentence, spec.strength, guessed))
            if spec.object == "person_or_goods" and event_type == spec.alternative:
                aboard = _persons_aboard(ctx, m, sentence)
                if aboard is not None:
                    mentions.append(
                        Mention(spec.event_type, aboard, sentence, spec.strength, False)
                    )
            if event_type == "arrest":
                held = _held_goods(ctx, m, sentence)
                if held is not None:
                    mentions.append(
                        Mention("seizure", held, sentence, HELD_STRENGTH, False, held_by=m)
                    )
    return _drop_references(ctx, _drop_same_spot_duplicates(mentions))


def _names_the_persons(ctx: ArticleContext, mention: Mention) -> bool:
    """ "El detenido", "los dos arrestados", "les deux hommes interpellés", "les quatre autres
    personnes interpellées": the trigger is a participle used as a noun or after a person
    noun, with a definite article (and a number, "other") before."""
    articles = ctx.compiled.definite_articles
    endings = ctx.compiled.participle_endings
    if not articles or not endings:
        return False
    first = ctx.text[mention.trigger.start : mention.trigger.end].split()[:1]
    if not first or not first[0].endswith(endings):
        # a noun ("la saisie", "la detención") tells the action itself; an auxiliary first
        # ("the three were charged") makes a finite verb
        return False
    sentence = mention.sentence
    floor = max(sentence.start, mention.trigger.start - 60)
    position = mention.trigger.start
    noun = next(
        (
            m
            for m in role_hits(sentence, "person_nouns")
            if m.end <= position and not ctx.text[m.end : position].strip()
        ),
        None,
    )
    if noun is not None:
        position = noun.start
        start, word = _token_before(ctx.text, position, floor)
        while word in ctx.compiled.other_words:  # "les quatre autres personnes"
            position = start
            start, word = _token_before(ctx.text, position, floor)
    start, word = _token_before(ctx.text, position, floor)
    if word in articles:
        return True
    if (
        word
        and noun is None
        and _person_noun_right_after(ctx, mention)
        and _token_before(ctx.text, start, floor)[1] in articles
    ):
        return True  # "the male arrested person", "the other arrested suspect": one modifier
    # a number between: "los dos arrestados", "les deux interpellés"
    number = next((n for n in ctx.numbers(sentence) if n.end == start + len(word)), None)
    if number is None:
        return False
    start, word = _token_before(ctx.text, number.start, floor)
    others = False
    while word in ctx.compiled.other_words:  # "los otros dos detenidos", "the other two"
        others = True
        start, word = _token_before(ctx.text, start, floor)
    if word in articles:
        return True
    # "Otros dos detenidos fueron liberados": opening the sentence, the subject of another
    # action's passive
    return others and not word and _subject_of_another_passive(ctx, mention)


def _subject_of_another_passive(ctx: ArticleContext, mention: Mention) -> bool:
    """The trigger is followed by another trigger's auxiliary and that trigger ("detenidos
    fueron liberados", "arrested were released"): it names that action's persons."""
    auxiliaries = ctx.compiled.auxiliaries
    for m in mention.sentence.matches:
        if m.term.kind != "trigger" or m.start < mention.trigger.end:
            continue
        gap = ctx.text[mention.trigger.end : m.start].strip()
        if gap in auxiliaries:
            return True
        if not gap:
            first = ctx.text[m.start : m.end].split(" ", 1)[0]
            return first in auxiliaries  # "quedaron en libertad": the auxiliary opens it
        return False
    return False


def _person_noun_right_after(ctx: ArticleContext, mention: Mention) -> bool:
    """A person noun right after the trigger, itself the subject of a verb that follows
    ("arrested person was charged"; not "The police arrested suspects in Lagos")."""
    for m in role_hits(mention.sentence, "person_nouns"):
        if m.start < mention.trigger.end or ctx.text[mention.trigger.end : m.start].strip():
            continue
        after = ctx.text[m.end : mention.sentence.end].lstrip()
        verb = after.split(" ", 1)[0]
        return verb in ctx.compiled.auxiliaries or any(
            t.term.kind == "trigger" and t.start >= m.end and not ctx.text[m.end : t.start].strip()
            for t in mention.sentence.matches
        )
    return False


def _after_appearance(ctx: ArticleContext, mention: Mention) -> bool:
    """ "appeared at court on Monday charged with importing drugs", "a comparu mardi, poursuivi
    pour trafic": a bare participle after a court appearance (`appearance_verbs`) in its
    sentence restates the charge already brought; an auxiliary before it ("and was charged")
    makes it a finite verb, an action of its own."""
    endings = ctx.compiled.participle_endings
    if not endings:
        return False
    first = ctx.text[mention.trigger.start : mention.trigger.end].split()[:1]
    if not first or not first[0].endswith(endings):
        return False
    before = [
        m for m in role_hits(mention.sentence, "appearance_verbs") if m.end <= mention.trigger.start
    ]
    if not before:
        return False
    # "appeared in court and was charged": "and" or an auxiliary opens a verb of its own
    words = ctx.gap(before[-1].end, mention.trigger.start).split()
    compiled = ctx.compiled
    return not any(w in compiled.and_words or w in compiled.passive_auxiliaries for w in words)


def _token_before(text: str, position: int, floor: int) -> tuple[int, str]:
    """(start, word) of the word before ``position``; an elided article ("l'") is one."""
    end = position
    while end > floor and text[end - 1] == " ":
        end -= 1
    start = end
    if start > floor and text[start - 1] == "'":
        start -= 1
    while start > floor and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    return start, text[start:end]


def _counted_object(ctx: ArticleContext, mention: Mention, mentions: list[Mention]) -> bool:
    """ "la PDI detuvo a otros 16 imputados": a participle right after a number, in the
    object of an action of another type told just before it in its sentence, is a noun for
    the persons (the object), not an action of its own; so is one right after a person noun
    there ("a condamné sept prévenus poursuivis pour l'importation": it qualifies them)."""
    endings = ctx.compiled.participle_endings
    trigger = mention.trigger
    # the participle is the phrase's first word ("poursuivis pour")
    if not endings or not ctx.text[trigger.start : trigger.end].split(" ")[0].endswith(endings):
        return False
    # Only the sentence's own text: its numbers all end inside it (slicing from the article's
    # start copied the whole text for every participle).
    start = mention.sentence.start
    before_end = start + len(ctx.text[start : trigger.start].rstrip())
    # after a noun, a bare participle is one only where it is no past tense ("officers seized")
    if not any(n.end == before_end for n in ctx.numbers(mention.sentence)) and not (
        ctx.compiled.bare_participle_is_passive
        and any(m.end == before_end and _is_person_hit(m) for m in mention.sentence.matches)
    ):
        return False
    return any(
        other.sentence is mention.sentence
        and other.event_type != mention.event_type
        and other.trigger.end <= trigger.start
        and trigger.start - other.trigger.end <= OBJECT_WINDOW
        and not any(
            m.term.kind == "trigger" and other.trigger.end <= m.start < trigger.start
            for m in mention.sentence.matches
        )
        for other in mentions
    ) or _acquitted_object(ctx, mention)


def _acquitted_object(ctx: ArticleContext, mention: Mention) -> bool:
    """ "ha absuelto a dos condenados por tráfico": the counted participle is the object of
    an acquittal (a `negation` cue that rules on charges) right before it, no other action
    between: the persons acquitted, not a ruling of their own."""
    trigger = mention.trigger
    for m in kind_hits(mention.sentence, "modality"):
        if m.end > trigger.start or trigger.start - m.end > OBJECT_WINDOW:
            continue
        cue = ctx.lexicon.modality[m.term.index]
        if cue.kind != "negation" or "charge" not in cue.types:
            continue
        if not any(
            t.term.kind == "trigger" and m.end <= t.start < trigger.start
            for t in mention.sentence.matches
        ):
            return True
    return False


def _after_possessive(ctx: ArticleContext, mention: Mention) -> bool:
    """ "his arrest", "son interpellation", "su extradición": a noun that refers back to
    an action of someone already named."""
    possessives = ctx.compiled.possessives
    if not possessives:
        return False
    start = max(mention.sentence.start, mention.trigger.start - 12)
    words = ctx.text[start : mention.trigger.start].split()
    return bool(words) and words[-1] in possessives


SOURCE_REACH = 4  # words between "according to" and the document: "the 31-count indictment"


def _after_source_cue(ctx: ArticleContext, mention: Mention) -> bool:
    """ "According to the 31-count indictment, the group laundered ...", "Selon l'acte
    d'accusation", "بحسب لائحة الاتهام": a trigger noun a few words after a `source_cues`
    phrase (no comma between) is the document the narrative cites, told elsewhere."""
    cues = ctx.compiled.source_cues
    if not cues:
        return False
    sentence = mention.sentence
    position = mention.trigger.start
    head = ctx.text[sentence.start : position]
    if not any(cue in head for cue in cues):
        return False  # no cue before the trigger in its sentence (the common case)
    while position > sentence.start and ctx.text[position - 1].isalnum():
        position -= 1
    for _ in range(SOURCE_REACH):
        if phrase_before(ctx, sentence, position, cues) is not None:
            return True
        start, word = _token_before(ctx.text, position, sentence.start)
        if not word or ctx.text[start:position].strip() != word:
            return False  # a comma or another mark: the cue is not this noun's
        position = start
    return False


def _after_reference_lead(ctx: ArticleContext, mention: Mention) -> bool:
    """ "These seizures confirm ...", "Ces saisies", "هذه الضبطيات": a trigger noun after a
    demonstrative; "the minister praised the arrests", "a salué l'interpellation": one after
    an evaluative verb (and its article). Both refer back to actions told elsewhere."""
    compiled = ctx.compiled
    if not compiled.demonstratives and not compiled.evaluative_verbs:
        return False
    floor = mention.sentence.start
    position = mention.trigger.start
    while position > floor and ctx.text[position - 1].isalnum():
        position -= 1  # a clitic the match left out (Arabic ال)
    start, word = _token_before(ctx.text, position, floor)
    endings = compiled.participle_endings
    if word in compiled.demonstratives:
        # "este imputado", "ces interpellés": a participle so led names a person
        return not (
            endings and ctx.text[mention.trigger.start : mention.trigger.end].endswith(endings)
        )
    if _ends_with_evaluative(ctx.text[floor:start].rstrip(), word, compiled.evaluative_verbs):
        return True
    if word not in compiled.definite_articles:
        return False
    before = ctx.text[floor:start].rstrip()
    cut = before.rfind(" ")
    return _ends_with_evaluative(
        before[: cut + 1].rstrip(), before[cut + 1 :], compiled.evaluative_verbs
    )


def _ends_with_evaluative(before: str, word: str, verbs: frozenset[str]) -> bool:
    """``before`` + ``word`` ends with one of ``verbs`` on a word boundary."""
    text = f"{before} {word}" if before else word
    if not text.endswith(_as_tuple(verbs)):
        return False  # one C-level test settles the common case (no verb ends there)
    return any(
        text.endswith(v) and (len(text) == len(v) or not text[-len(v) - 1].isalnum()) for v in verbs
    )


_RULINGS = frozenset({"conviction", "sentence"})


def _drop_references(ctx: ArticleContext, mentions: list[Mention]) -> list[Mention]:
    """A participle naming persons already arrested ("El detenido pasó a disposición judicial
    el lunes") or a possessive noun ("Lors de son interpellation, ...", "after his arrest")
    is no new action when the article tells one of that type elsewhere: it would only bring
    the date of a later step."""
    objects = {id(m) for m in mentions if _counted_object(ctx, m, mentions)}
    mentions = [m for m in mentions if id(m) not in objects]
    # A court appearance restates only a charge told just before it (in its sentence or the
    # one before): in a story of two operations it may be the other group's only charge.
    mentions = [
        m
        for m in mentions
        if not (
            _after_appearance(ctx, m)
            and any(
                o is not m
                and o.event_type == m.event_type
                and o.trigger.start < m.trigger.start
                and m.sentence.index - o.sentence.index <= 1
                for o in mentions
            )
        )
    ]
    custody = ctx.compiled.custody_steps
    steps = {
        id(m) for m in mentions if custody and ctx.text[m.trigger.start : m.trigger.end] in custody
    }
    references = steps | {
        id(m)
        for m in mentions
        if _names_the_persons(ctx, m)
        or _after_possessive(ctx, m)
        or _after_reference_lead(ctx, m)
        or _after_source_cue(ctx, m)
    }
    if not references:
        return mentions
    told: set[str] = {m.event_type for m in mentions if id(m) not in references}
    # Custody after a ruling ("sentenced to five years and taken to prison") is the ruling's
    # committal, no arrest.
    ruled = bool(told & _RULINGS)
    if ruled:
        told |= _RULINGS  # "Los condenados, ..." after a verdict names the convicted
    # "condenó a dos de los imputados": the charged named in a ruling's own sentence are its
    # defendants, no charge of their own.
    ruling_sentences = {
        m.sentence.index for m in mentions if m.event_type in _RULINGS and id(m) not in references
    }
    return [
        m
        for m in mentions
        if id(m) not in references
        or (
            m.event_type not in told
            and not (ruled and id(m) in steps)
            and not (m.event_type == "charge" and m.sentence.index in ruling_sentences)
        )
    ]


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
