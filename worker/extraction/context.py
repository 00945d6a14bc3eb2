"""Per-article working state: normalised text, sentences, phrase hits, lazy numbers and dates.

Numbers and dates are parsed only for sentences that an event needs (most of an article has
no trigger), which keeps the common case fast.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import operator
import re
from dataclasses import dataclass, field
from typing import TypeVar

from worker.extraction import dates as dates_module
from worker.extraction import numbers as numbers_module
from worker.extraction.compiled import CompiledLanguage, Titles
from worker.extraction.dates import DateMention
from worker.extraction.matcher import Match, keep_longest
from worker.extraction.numbers import NumberMention
from worker.extraction.text import NormalizedText

# A sentence ends at . ! ? ؟ … (with closing quotes) before whitespace and something that is
# not a lower-case Latin letter (so "U.S. officials" and "approx. five" stay whole), or at a
# line break. Runs on the cased text; every quantifier is bounded by a literal, so the
# pattern is linear.
# The first character is matched alone so that the engine can skip to candidates quickly.
_SENTENCE_END = re.compile(
    r"""[.!?؟…\n](?:(?<=[.!?؟…])[.!?؟…]*["')\]]*\s+(?=[^a-z\s])|(?<=\n)\s*)"""
)
# Longer "sentences" (scraped lists, missing punctuation, hostile input) are cut so that the
# per-sentence work, quadratic in the worst case, stays bounded.
MAX_SENTENCE = 800
DATELINE_REACH = 80  # a dispatch's date line opens the article
DATELINE_CHARS = 40  # "SPRINGFIELD, Mass. –", "GUATEMALA.", "الكويت - ٧ مارس (كونا) --"
DATELINE_ENDS = ("-", "–", "—", "(", ".", ":", ",", "/")


@dataclass(slots=True)
class Sentence:
    index: int
    start: int  # offsets into the normalised text
    end: int
    duplicate: bool  # the same sentence already appeared earlier (scraped repeats)
    matches: list[Match] = field(default_factory=list)
    # Hits by role name and by kind, in text order: built on first use (``role_hits``).
    roles: dict[str, list[Match]] | None = None
    kinds: dict[str, list[Match]] | None = None


_NO_HITS: list[Match] = []
_NO_TITLES = Titles()


def _index_hits(sentence: Sentence) -> tuple[dict[str, list[Match]], dict[str, list[Match]]]:
    roles: dict[str, list[Match]] = {}
    kinds: dict[str, list[Match]] = {}
    for m in sentence.matches:
        term = m.term
        kind = term.kind
        found = kinds.get(kind)
        if found is None:
            kinds[kind] = [m]
        else:
            found.append(m)
        if kind == "role":
            found = roles.get(term.key)
            if found is None:
                roles[term.key] = [m]
            else:
                found.append(m)
    sentence.roles = roles
    sentence.kinds = kinds
    return roles, kinds


def role_hits(sentence: Sentence, role: str) -> list[Match]:
    """The sentence's hits of one lexicon role ("announcement", "background"...), in text
    order: the same as filtering ``sentence.matches``, indexed once per sentence. The list
    returned is shared: do not modify it."""
    roles = sentence.roles
    if roles is None:
        roles = _index_hits(sentence)[0]
    return roles.get(role, _NO_HITS)


def kind_hits(sentence: Sentence, kind: str) -> list[Match]:
    """The sentence's hits of one term kind ("demonym", "sentence_unit"...), in text order
    (shared list: do not modify it)."""
    kinds = sentence.kinds
    if kinds is None:
        kinds = _index_hits(sentence)[1]
    return kinds.get(kind, _NO_HITS)


def split_sentences(cased: str, titles: Titles = _NO_TITLES) -> list[Sentence]:
    """The sentences of a text (``titles``: the language's, whose period ends none)."""
    sentences: list[Sentence] = []
    seen: set[str] = set()
    position = 0
    bounds: list[tuple[int, int]] = []
    append_bound = bounds.append
    for boundary in _SENTENCE_END.finditer(cased):
        first, last = boundary.span()
        # Only a period of a short boundary can end an abbreviation (checked inline: most
        # boundaries are line breaks or other punctuation).
        if (
            cased[first] == "."
            and last - first <= 3
            and _abbreviation_before(cased, first, last, titles)
        ):
            continue
        append_bound((position, first + len(boundary.group().rstrip())))
        position = last
    append_bound((position, len(cased)))
    for raw_start, raw_end in _cut_long(cased, bounds):
        # Trim surrounding whitespace so evidence spans are tidy.
        stripped = cased[raw_start:raw_end].lstrip()
        start = raw_end - len(stripped)
        stripped = stripped.rstrip()
        if not stripped:
            continue
        end = start + len(stripped)
        # The key is the sentence with its whitespace runs made one space. Printable text
        # (the only printable whitespace is " ") without "  " already is: no split and join.
        if stripped.isprintable() and "  " not in stripped:
            key = stripped.lower()
        else:
            key = " ".join(stripped.split()).lower()
        # Any length: a short line repeated verbatim ("Arrested.") is no new action either,
        # and hostile input made of thousands of them must not cost one mention each.
        duplicate = key in seen
        seen.add(key)
        sentences.append(Sentence(len(sentences), start, end, duplicate))
    return sentences


_WORD_BEFORE = re.compile(r"([^\W\d_]+)$")


def _abbreviation_before(cased: str, start: int, end: int, titles: Titles) -> bool:
    """ "Nov. 2", "No. 5", "Mr. Smith": a period that ends an abbreviation, not a sentence.
    A short capitalised word before a figure ("Nov. 2") or a title before a name."""
    if cased[start] != "." or end - start > 3 or end >= len(cased):
        return False
    following = cased[end]
    if following.islower():
        # "Karim B. à dix ans", "Mehdi T. a été condamné": an initial before a word in
        # lower case ends a name, not a sentence
        return (
            start >= 2
            and cased[start - 1].isupper()
            and cased[start - 1].isalpha()
            and not cased[start - 2].isalnum()
            and cased[start - 2] != "\n"
        )
    if not following.isupper() and not following.isdigit():
        return False  # neither a name nor a figure follows (the common case, cheap)
    if (
        not following.isdigit()
        and cased[max(0, start - 2) : start] not in titles.endings
        and cased[start - 1 : start] not in titles.letters  # "M. Dupont"
        and cased[start - 1 : start] != "\n"  # "$" below also matches before \n
    ):
        return False  # before a name, only a title counts: no title ends this way (cheap)
    word = _WORD_BEFORE.search(cased, max(0, start - 6), start)
    if word is None:
        return False
    token = word.group(1)
    if token in titles.words and following.isupper():
        return True
    return len(token) <= 4 and token[0].isupper() and following.isdigit()


def _cut_long(cased: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    cut: list[tuple[int, int]] = []
    for first, end in bounds:
        start = first
        while end - start > MAX_SENTENCE:
            split = max(
                cased.rfind(",", start, start + MAX_SENTENCE),
                cased.rfind("،", start, start + MAX_SENTENCE),
                cased.rfind(" ", start, start + MAX_SENTENCE),
            )
            split = split + 1 if split > start else start + MAX_SENTENCE
            cut.append((start, split))
            start = split
        cut.append((start, end))
    return cut


def _cue_around(hit: Match, blocker: Match) -> bool:
    return (
        hit.term.kind == "modality"
        and hit.start <= blocker.start
        and blocker.end <= hit.end
        and hit.end - hit.start > blocker.end - blocker.start
    )


def _remove_blocked(matches: list[Match], longest: int) -> list[Match]:
    """A blocker ("cardiac arrest", "air raid") silences every hit it overlaps, except a
    modality cue that holds it whole ("منذ مطلع العام الجاري", a running total, holds the
    blocker "العام الجاري" and still speaks of the period).

    Hits are sorted by start, so the hits overlapping a blocker are found by bisection
    (those starting less than the longest hit before its end); blockers are few."""
    blockers = [m for m in matches if m.term.key == "blockers" and m.term.kind == "role"]
    if not blockers:
        return matches
    # Bisection on the hits themselves (no list of starts); ``longest`` is the matcher's
    # longest phrase, a bound on every hit's length known before the article.
    silenced: set[int] = set()
    for blocker in blockers:
        first = bisect.bisect_left(matches, blocker.start - longest, key=_START)
        last = bisect.bisect_left(matches, blocker.end, lo=first, key=_START)
        for index in range(first, last):
            hit = matches[index]
            if hit.end > blocker.start and not _cue_around(hit, blocker):
                silenced.add(index)
    if not silenced:
        return matches
    kept = list(matches)
    for index in sorted(silenced, reverse=True):
        del kept[index]
    return kept


_START = operator.itemgetter(0)
_STATE_KINDS = frozenset({"country", "place", "demonym"})


def _without_states_in_drug_names(matches: list[Match]) -> list[Match]:
    """ "القنب الهندي" (Indian hemp), "Indian hemp": a demonym or state inside a drug's name
    names no state of the story."""
    return _without_hits_inside(matches, "drug", _STATE_KINDS)


def _without_countries_in_places(matches: list[Match]) -> list[Match]:
    """ "Strait of Gibraltar", "Campo de Gibraltar", "Jersey City": a country name inside a
    longer place name is that place's word; the place says where (no state for a strait), and
    the country counts for no story's state either."""
    return _without_hits_inside(matches, "place", frozenset({"country"}))


def _without_hits_inside(
    matches: list[Match], outer_kind: str, inner_kinds: frozenset[str]
) -> list[Match]:
    """The hits without those of ``inner_kinds`` that lie inside a longer hit of
    ``outer_kind``. Hits are sorted by (start, -end): the longer hit comes first."""
    outers = [m for m in matches if m.term.kind == outer_kind]
    if not outers:
        return matches
    inside = {
        id(m)
        for m in matches
        if m.term.kind in inner_kinds
        and any(
            o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
            for o in outers
        )
    }
    return [m for m in matches if id(m) not in inside] if inside else matches


# Cues whose state is no actor's (arguments._LOCATION_CUES), and how far (characters, "the ")
# the state may stand after one.
_NOT_ACTING_CUES = frozenset({"assist", "origin", "destination", "border", "personal_origin"})
_CUE_GAP = 5


def _after_cues(matches: list[Match]) -> set[int]:
    """ids of the state hits right after an origin, destination or helper cue ("drones from
    Pakistan", "wanted in Belgium"): they name no state whose agency acted."""
    ends = {m.end for m in matches if m.term.kind == "role" and m.term.key in _NOT_ACTING_CUES}
    if not ends:
        return set()
    return {
        id(m)
        for m in matches
        if m.term.kind in ("country", "place", "demonym")
        and any(m.start - gap in ends for gap in range(_CUE_GAP + 1))
    }


_PERSON_NOUN_ROLES = frozenset({"person_nouns", "single_person_nouns"})
_LAST_WORD = re.compile(r"(\w+)$")


def _demonyms_of_persons(compiled: CompiledLanguage, text: str, matches: list[Match]) -> set[int]:
    """ids of the demonyms that name persons, not a state that acts: counted ("three
    Colombians", "six Pakistanais"), after an indefinite article where demonyms are nouns
    ("d'un Malgache", "un panameño") or next to a person noun ("ciudadanos colombianos",
    "Colombian nationals"). The suspects' nationality is mostly not where the story is set."""
    demonyms = [m for m in matches if m.term.kind == "demonym" and m.term.key]
    if not demonyms:
        return set()
    persons = [m for m in matches if m.term.kind == "role" and m.term.key in _PERSON_NOUN_ROLES]
    articles = (
        frozenset()
        if compiled.demonyms_are_adjectives
        else numbers_module.indefinite_articles(compiled.language)
    )
    found: set[int] = set()
    for d in demonyms:
        before = text[max(0, d.start - 20) : d.start]
        word = _LAST_WORD.search(before.rstrip()) if before[-1:].isspace() else None
        if word is not None and (
            word.group(1) in articles
            or numbers_module.parse_number(word.group(1), compiled.language) is not None
        ):
            found.add(id(d))
            continue
        if any(
            (p.end <= d.start and not text[p.end : d.start].strip())
            or (d.end <= p.start and not text[d.end : p.start].strip())
            for p in persons
        ):
            found.add(id(d))
    return found


def _one_agency_per_name(
    compiled: CompiledLanguage, text: str, matches: list[Match], cased: str = ""
) -> list[Match]:
    """A name that several states give their agency ("المديرية العامة للأمن الوطني" in
    Morocco and Algeria, "الإدارة العامة لمكافحة المخدرات", "Policía Nacional"): keep the
    agency of a state the article names (a country, a place or a demonym), the closest one
    when several are; states named but none of these, drop them; none named, keep the
    first-listed one."""
    # The agency hits, found once (both checks below look at them only).
    agencies = [index for index, m in enumerate(matches) if m.term.kind == "agency"]
    if not agencies:
        return matches
    spans: dict[tuple[int, int], list[Match]] = {}
    for index in agencies:
        m = matches[index]
        spans.setdefault((m.start, m.end), []).append(m)
    qualified = _qualified_by_another_state(compiled, text, matches, agencies)
    if qualified:
        matches = [m for m in matches if id(m) not in qualified]
        spans = {k: [m for m in v if id(m) not in qualified] for k, v in spans.items()}
    # (one agency hit twice on a span, as acronym and as name, is no shared name)
    shared = [group for group in spans.values() if len({m.term.key for m in group}) > 1]
    if not shared:
        return matches
    # (a state right after an origin, destination or helper cue, "drones from Pakistan",
    # names no state whose agency acted)
    states = [m for m in matches if m.term.kind in ("country", "place", "demonym") and m.term.key]
    # (the suspects' nationality, "detuvo a tres colombianos", counts only when no other
    # state is named)
    persons = _demonyms_of_persons(compiled, text, matches)
    if persons and len(persons) < len(states):
        states = [m for m in states if id(m) not in persons]
    named = {m.term.key for m in states}
    named.update(  # an agency only one state has names that state too (by its proper name:
        # a lower-case "brigade de gendarmerie" names no state)
        code
        for (start, end), group in spans.items()
        if len({m.term.key for m in group}) == 1
        and (code := compiled.agency_country(group[0].term.key))
        and not (cased or text)[start:end].islower()
    )
    dropped: set[int] = set()
    for group in shared:
        kept = [m for m in group if compiled.agency_country(m.term.key) in named]
        if len(kept) > 1:
            # One name is one agency: of several states named, the one named closest to it
            # (a demonym, mostly the suspects' nationality, counts as twice as far).
            at = group[0].start

            def distance(state: Match, at: int = at) -> int:
                return abs(state.start - at) * (2 if state.term.kind == "demonym" else 1)

            candidates = {compiled.agency_country(m.term.key) for m in kept}
            # (a state right after an origin or destination cue, "drones from Pakistan",
            # counts only when no other state is)
            cued = _after_cues(matches)
            acting = [s for s in states if s.term.key in candidates and id(s) not in cued]
            evidence = [
                (s.term.key, distance(s))
                for s in acting or [s for s in states if s.term.key in candidates]
            ]
            evidence += [  # another agency of one state named next to it ("y del SVA")
                (code, abs(other[0].start - at))
                for other in spans.values()
                if len({m.term.key for m in other}) == 1
                and (code := compiled.agency_country(other[0].term.key)) in candidates
            ]
            nearest = min(evidence, key=lambda e: e[1])[0]
            kept = [m for m in kept if compiled.agency_country(m.term.key) == nearest]
        if not kept and named:
            # States are named but none of these: the name is another state's agency, which
            # the gazetteer does not list under it; none of these acted
            kept = []
            dropped.update(id(m) for m in group)
            continue
        if not kept:
            # No state named at all: the name's first-listed state (France's "gendarmerie
            # nationale", Spain's "Policía Nacional") rather than a dozen agencies
            kept = [min(group, key=lambda m: m.term.index)]
        if kept:
            dropped.update(id(m) for m in group if m not in kept)
    return [m for m in matches if id(m) not in dropped] if dropped else matches


_CONNECTOR_GAP = re.compile(r"[\s,]+")


def _coordinated_forces(
    compiled: CompiledLanguage, text: str, cased: str, matches: list[Match]
) -> list[Match]:
    """ "Colombian police and soldiers", "policiers et militaires maliens": the demonym of a
    force named by the common noun qualifies the force noun coordinated with it too, when
    the gazetteer knows that pair ("Colombian soldiers": the Colombian Army)."""
    agents = [m for m in matches if m.term.kind == "role" and m.term.key == "agent_nouns"]
    if not agents:
        return matches
    demonyms = [m for m in matches if m.term.kind == "demonym" and m.term.key]
    if not demonyms:
        return matches  # a force qualified by no demonym: nothing to pass on
    added: list[Match] = []
    for m in matches:
        if m.term.kind != "agency":
            continue
        home = compiled.agency_country(m.term.key)
        inner = next(
            (
                d
                for d in demonyms
                if d.term.key == home
                and m.start <= d.start
                and d.end <= m.end
                and (d.start == m.start or d.end == m.end)
            ),
            None,
        )
        if inner is None:
            continue
        for noun in agents:
            # (the gap's length tested first: most agents stand far from the agency)
            if inner.start == m.start and m.end <= noun.start <= m.end + 12:  # the demonym first
                gap = text[m.end : noun.start]
                parts = [(inner.start, inner.end), (noun.start, noun.end)]
            elif inner.end == m.end and m.start - 12 <= noun.end <= m.start:  # the demonym last
                gap = text[noun.end : m.start]
                parts = [(noun.start, noun.end), (inner.start, inner.end)]
            else:
                continue
            tokens = [t for t in _CONNECTOR_GAP.split(gap) if t]
            if not tokens or any(t not in compiled.connectors for t in tokens):
                continue
            pair = " ".join(text[a:b] for a, b in parts)
            cased_pair = " ".join(cased[a:b] for a, b in parts)
            for hit in compiled.matcher.find(pair, cased_pair):
                if (
                    hit.term.kind == "agency"
                    and hit.start == 0
                    and hit.end == len(pair)
                    and hit.term.key != m.term.key
                    and compiled.agency_country(hit.term.key) == home
                ):
                    added.append(Match(noun.start, noun.end, hit.term))
                    break
    if not added:
        return matches
    return sorted([*matches, *added], key=lambda x: (x.start, -x.end))


_STATE_BEFORE_NAME = 60  # characters from a state named in its clause to a generic name
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _generic_names_of_unnamed_states(
    compiled: CompiledLanguage, text: str, matches: list[Match]
) -> list[Match]:
    """ "La Gendarmerie nationale a saisi ..." in a story set in Mauritania: a name made only
    of words many states' agencies share is the story's state's agency, not the one state
    the gazetteer happens to list it under. Dropped when that state is named less than half
    as often as the story's main state (countries, places, demonyms and distinctive agencies
    counted) — it becomes that state's agency of the same kind — since
    stories name neighbours and origins in passing; a distinctive name ("DEA", "Guardia
    Civil") is kept wherever it acts."""
    mentions: dict[str, int] = {}
    suspects: list[Match] = []
    states = [m for m in matches if m.term.kind in ("country", "place", "demonym") and m.term.key]
    cued = _after_cues(matches)
    cued |= _demonyms_of_persons(compiled, text, matches)  # nor the suspects' nationality
    for m in matches:
        if m.term.kind in ("country", "place", "demonym") and m.term.key:
            if id(m) not in cued:  # an origin or a destination tells no story's state
                mentions[m.term.key] = mentions.get(m.term.key, 0) + 1
        elif m.term.kind == "agency" and compiled.agency_country(m.term.key):
            if compiled.is_generic_agency_name(text[m.start : m.end]) and not any(
                # a state named inside the name ("police nationale de Guinée", "US
                # Department of Justice") says whose agency it is
                m.start <= s.start and s.end <= m.end
                for s in states
            ):
                suspects.append(m)
            else:  # a distinctive agency names its state too ("Servicio de Vigilancia Aduanera")
                code = compiled.agency_country(m.term.key)
                mentions[code] = mentions.get(code, 0) + 1
    if not mentions or not suspects:
        return matches
    main = max(mentions.values())
    leaders = [code for code, count in mentions.items() if count == main]
    replaced: dict[int, Match] = {}
    for m in suspects:
        home = compiled.agency_country(m.term.key)
        if 2 * mentions.get(home, 0) >= main:
            continue
        if any(  # "In Bulgaria, the operation was led by the Border Police"
            s.term.key == home
            and id(s) not in cued
            and 0 <= m.start - s.end <= _STATE_BEFORE_NAME
            and not _CLAUSE_END.search(text, s.end, m.start)
            for s in states
        ):
            continue
        # The story's state's agency of that kind ("Gendarmerie nationale" in a Mauritanian
        # story is the Mauritanian one), when one state leads the story; else nobody's.
        variant = (
            compiled.state_agency_named(text[m.start : m.end], leaders[0])
            or compiled.state_variant(m.term.key, leaders[0])
            if len(leaders) == 1
            else ""
        )
        replaced[id(m)] = (
            Match(m.start, m.end, dataclasses.replace(m.term, key=variant)) if variant else m
        )
    if not replaced:
        return matches
    kept: list[Match] = []
    for m in matches:
        new = replaced.get(id(m))
        if new is None:
            kept.append(m)
        elif new is not m:
            kept.append(new)
    return kept


def _weak_acronyms_named_in_full(
    compiled: CompiledLanguage, cased: str, matches: list[Match]
) -> list[Match]:
    """ "The AFP replaced the drugs": an acronym other bodies share names the agency only
    in an article that also names that agency otherwise (its full name, an alias)."""
    weak = compiled.weak_acronyms()
    if not weak:
        return matches
    dropped: set[int] = set()
    named: set[str] = set()
    candidates: list[Match] = []
    for m in matches:
        if m.term.kind != "agency":
            continue
        if m.term.key in weak and cased[m.start : m.end] in weak[m.term.key]:
            candidates.append(m)
        else:
            named.add(m.term.key)
    dropped = {id(m) for m in candidates if m.term.key not in named}
    return [m for m in matches if id(m) not in dropped] if dropped else matches


_BRACKETED_ACRONYM = re.compile(r" ?\(([A-ZÀ-Þ][A-Za-zÀ-ÿŚŁŻ&.-]{1,9})\)")


def _acronyms_defined_in_brackets(
    cased: str, matches: list[Match], news_agencies: frozenset[str]
) -> list[Match]:
    """ "the Directorate of Criminal Investigations (DCI) ... the DCI said": an acronym the
    article defines in brackets right after an agency's name is that agency wherever the
    article writes it again (the gazetteer leaves out acronyms other bodies share). One the
    gazetteer gives another state's body ("la Direction générale de la sûreté nationale
    (DGSN)" of a Mauritanian story, DGSN being Morocco's too) is the body the article named:
    one body, one name."""
    defined: dict[str, Match] = {}
    covered = {(m.start, m.end): m for m in matches if m.term.kind == "agency"}
    for m in matches:
        if m.term.kind != "agency":
            continue
        found = _BRACKETED_ACRONYM.match(cased, m.end)
        if (
            found is not None
            and sum(c.isupper() for c in found.group(1)) >= 2
            and found.group(1) not in news_agencies  # "(EFE)": a wire service, credited
        ):
            defined.setdefault(found.group(1), m)
    if not defined:
        return matches
    added: list[Match] = []
    renamed: dict[int, Match] = {}  # the acronym's hits the gazetteer gave another body
    for acronym, source in defined.items():
        # The acronym first, then the look back before it (as a look back over the acronym
        # too): a pattern that starts with literals is searched for in C, one that starts
        # with a look back is tried at every position of the article.
        written = re.escape(acronym)
        for hit in re.finditer(rf"{written}(?<![\w-]{written})(?![\w-])", cased):
            known = covered.get((hit.start(), hit.end()))
            if known is None:
                added.append(Match(hit.start(), hit.end(), source.term))
            elif known.term.key != source.term.key:
                renamed[id(known)] = Match(hit.start(), hit.end(), source.term)
    if not added and not renamed:
        return matches
    if renamed:
        matches = [renamed.get(id(m), m) for m in matches]
    return sorted([*matches, *added], key=lambda m: (m.start, -m.end))


def _qualified_by_another_state(
    compiled: CompiledLanguage, text: str, matches: list[Match], agencies: list[int]
) -> set[int]:
    """ "la Marine nationale sénégalaise", "la Policía Nacional del Perú": a name that the
    gazetteer gives one state's agency, qualified right after by another state, is that
    other state's agency (not the one the gazetteer knows)."""
    dropped: set[int] = set()
    for index in agencies:  # indices of the agency hits in ``matches``
        m = matches[index]
        home = compiled.agency_country(m.term.key)
        if not home:
            continue
        for following in matches[index + 1 : index + 6]:
            if following.start < m.end:
                continue
            if following.start - m.end > 6:
                break
            link = text[m.end : following.start].strip()
            if link and link not in compiled.state_links:
                continue
            if following.term.kind in ("demonym", "country") and following.term.key != home:
                dropped.add(id(m))
                break
    return dropped


_Shiftable = TypeVar("_Shiftable", NumberMention, DateMention)


def _shifted(found: _Shiftable, offset: int) -> _Shiftable:
    """``dataclasses.replace(found, start=+offset, end=+offset)`` without the frozen
    dataclass __init__ (a few microseconds per number, on every trigger sentence)."""
    if not offset:
        return found
    if not type(found).__dictoffset__:
        # A native class (the package compiled by mypyc, scripts/build_native.sh): no
        # __dict__ to copy, and the dataclass __init__ costs little there.
        return dataclasses.replace(found, start=found.start + offset, end=found.end + offset)
    copy = object.__new__(type(found))
    fields = copy.__dict__
    fields.update(found.__dict__)
    fields["start"] += offset
    fields["end"] += offset
    return copy


def _assign_to_sentences(sentences: list[Sentence], matches: list[Match]) -> None:
    """Give each hit to the last sentence starting at or before it (the first sentence for
    hits before it). Hits are sorted by start: each sentence takes one slice of them, cut
    where the next sentence starts (a bisection per sentence, no Python loop per hit)."""
    if not sentences:
        return
    low = 0
    for index in range(len(sentences) - 1):
        high = bisect.bisect_left(matches, sentences[index + 1].start, lo=low, key=_START)
        sentences[index].matches = matches[low:high]
        low = high
    sentences[-1].matches = matches[low:]


def _with_towns(matches: list[Match], towns: list[Match], longest: int) -> list[Match]:
    """The phrase hits (sorted by (start, -end), none longer than ``longest``) with the
    generated towns found apart, in that order. A town whose first letter a phrase hit
    covers is that phrase's word or part of its name: "دينار" is a currency before it is
    Dinar, "El Salvador" holds no Salvador."""
    for town in towns:
        low = bisect.bisect_left(matches, town.start - longest, key=_hit_start)
        high = bisect.bisect_right(matches, town.start, key=_hit_start)
        if not any(m.end > town.start for m in matches[low:high]):
            bisect.insort(matches, town, key=_hit_order)
    return matches


def _in_name_run(cased: str, town: Match) -> bool:
    """A generated town joined to a capitalised word before it is a family name, not a place
    ("Rios-Valenzuela", "Judge Maria Gallardo"): many towns of a language's countries are
    also surnames there. The first word of a sentence is capitalised anyway ("In Kettering"),
    and a comma or a lower-case word before the town leaves it a place ("Ledezma, 31, of
    Glendale")."""
    before = cased[: town.start]
    if before.endswith("-"):
        return before[-2:-1].isalpha()
    words = before.rsplit(None, 1)  # the last word (a split of all of them cost O(text))
    if not before.endswith(" ") or not words:
        return False
    previous = words[-1]
    if not (previous[:1].isupper() and previous.isalpha()):
        return False
    rest = before.rstrip()[: -len(previous)].rstrip()
    return bool(rest) and rest[-1] not in _SENTENCE_OPENERS


def _weekday_in_a_name(cased: str, date: dates_module.DateMention) -> bool:
    """A weekday written with a capital inside a sentence, in a language that writes its
    weekdays in lower case, is a name ("SANTO DOMINGO.–", "Domingo Pérez", "Mardi gras")."""
    if date.kind != "weekday":
        return False
    words = cased[date.start : date.end].split()
    if not words or not words[-1][:1].isupper():
        return False
    before = cased[: date.end - len(words[-1])].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _person_name_end(compiled: CompiledLanguage, cased: str, country: Match) -> int | None:
    """Where the person's name ends when a country name stands for one, else None: after a
    title ("Mr Jordan"), before an age set off by a comma ("Jordan, 27,", "Israel, de 28
    años"), or as the first word of a run of capitalised name words ("Jordan Smith", "Chad
    Miller", "Israel Fernández": the name ends after the surname). A word that goes on with
    an institution's or a place's name ("Kenya Defence Forces", "Panama City", the
    `not_surnames` words), a month or a weekday ("in Colombia Tuesday") leaves it a
    country."""
    word = cased[country.start : country.end]
    if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
        return None
    before = cased[max(0, country.start - 8) : country.start].split()
    if (
        before and before[-1].rstrip(".") in compiled.titles.words
    ) or compiled.age_after_word.match(cased, country.end):
        return country.end
    following = _SURNAME.match(cased, country.end)
    if following is None or _POSSESSIVE.sub("", following.group(1)) in compiled.not_surnames:
        return None
    return following.end()


# One space, then a capitalised word with a lower-case letter after its first (no acronym).
_SURNAME = re.compile(r" ([A-Z\u00c0-\u00de][^\W\d_]*[a-z\u00df-\u00ff][\w'’-]*)")


_POSSESSIVE = re.compile(r"['’]s$")


def _country_names_as_persons(
    compiled: CompiledLanguage, cased: str, matches: list[Match]
) -> list[Match]:
    """The hits without the country names that stand for a person (`_person_name_end`) and
    the generated towns inside such a name ("Jordan Smith": Smith is a surname). A surname
    that another hit covers (an agency's name, a role word: "Jordan Police") keeps the
    country."""
    dropped: set[int] = set()
    for country in matches:
        if country.term.kind != "country":
            continue
        end = _person_name_end(compiled, cased, country)
        if end is None:
            continue
        inside = [m for m in matches if country.end <= m.start < end]
        if any(not _generated(compiled, m) for m in inside):
            continue
        dropped.add(id(country))
        dropped.update(id(m) for m in inside)
    if not dropped:
        return matches
    return [m for m in matches if id(m) not in dropped]


def _generated(compiled: CompiledLanguage, m: Match) -> bool:
    return m.term.kind == "place" and compiled.places[m.term.index].generated


# What may come right before the first word of a sentence or a headline.
_SENTENCE_OPENERS = frozenset(".!?:;\n\"'«“(–—-")


def _hit_start(m: Match) -> int:
    return m.start


def _hit_order(m: Match) -> tuple[int, int]:
    return m.start, -m.end


class ArticleContext:
    """Everything the argument finders share while one article is processed."""

    def __init__(
        self, compiled: CompiledLanguage, text: NormalizedText, published: datetime.date | None
    ) -> None:
        self.compiled = compiled
        self.lexicon = compiled.lexicon
        self.language = compiled.language
        self.source = text
        self.text = text.normalized
        self.cased = text.cased or text.normalized
        self.published = published
        matches = compiled.matcher.find(self.text, self.cased)
        if compiled.towns is not None:
            towns = [
                town
                for town in compiled.towns.find(self.text, self.cased)
                if not _in_name_run(self.cased, town)
            ]
            if towns:
                matches = _with_towns(matches, towns, compiled.matcher.longest)
        self.matches = _acronyms_defined_in_brackets(
            self.cased,
            _weak_acronyms_named_in_full(
                compiled,
                self.cased,
                _generic_names_of_unnamed_states(
                    compiled,
                    self.text,
                    _one_agency_per_name(
                        compiled,
                        self.text,
                        _coordinated_forces(
                            compiled,
                            self.text,
                            self.cased,
                            _without_countries_in_places(
                                _without_states_in_drug_names(
                                    keep_longest(_remove_blocked(matches, compiled.matcher.longest))
                                )
                            ),
                        ),
                        self.cased,
                    ),
                ),
            ),
            compiled.news_agencies,
        )
        if self.cased is not self.text:
            self.matches = _country_names_as_persons(compiled, self.cased, self.matches)
        self.sentences = split_sentences(self.cased, compiled.titles)
        _assign_to_sentences(self.sentences, self.matches)
        self._numbers: dict[int, list[NumberMention]] = {}
        self._comma_thousands: bool | None = None
        self._dates: dict[int, list[DateMention]] = {}
        self._days_after: dict[int, int | None] = {}
        # Sentences that tell an action (a mention), set once the mentions are known.
        self.action_sentences: frozenset[int] = frozenset()
        # Offset of the article's first trigger a negation cue silenced ("Interior desmiente
        # la detención"), set with the mentions.
        self.first_denied: int | None = None
        # Per-article memos of arguments.py, filled on first use (one pass over sentences).
        self.memo: dict[str, object] = {}
        self._years: list[tuple[int, int]] | None = None
        self._article_countries: list[str] | None = None
        self._dateline_countries: list[str] | None = None
        self._reference: datetime.date | None = None
        # The first sentence's dates as reference_date read them (from publication): the
        # same call ``dates`` would make for that sentence when no dateline moved the day.
        self._first_dates: list[DateMention] | None = None

    def reference_date(self) -> datetime.date | None:
        """The day that relative words and weekdays count from: the dispatch's dateline day
        ("CAIRO, March 14 (Reuters) - ... yesterday" is March 13) when it is on or before
        publication, else the publication day."""
        if self._reference is None:
            self._reference = self.published
            if self.published is not None and self.sentences:
                first = self.sentences[0]
                self._first_dates = dates_module.find_dates(
                    self.sentence_text(first), self.language, self.published
                )
                for d in self._first_dates:
                    start = first.start + d.start
                    following = self.text[first.start + d.end : first.start + d.end + 3].lstrip()
                    if (
                        start <= DATELINE_REACH
                        and following[:1] in ("(", "-", ":", "/")
                        and d.kind in ("explicit", "yearless")
                    ):
                        day = datetime.date.fromisoformat(d.value)
                        if day <= self.published and (self.published - day).days <= 7:
                            self._reference = day
                        break
        return self._reference

    def dateline_countries(self) -> list[str]:
        """The country of a dispatch's dateline: a place or country among the article's first
        words, followed by the dateline's punctuation and nothing but capitals before it."""
        if self._dateline_countries is None:
            codes: list[str] = []
            for m in self.matches:
                if m.start > DATELINE_CHARS:
                    break
                if m.term.kind not in ("country", "place") or not m.term.key:
                    continue
                before = self.cased[: m.start]
                if any(c.islower() for c in before if c.isalpha() and c.isascii()):
                    break
                after = self.text[m.end : m.end + 3].lstrip()
                if after[:1] in DATELINE_ENDS and m.term.key not in codes:
                    if m.term.kind == "place" and self.compiled.places[m.term.index].weak:
                        continue
                    codes.append(m.term.key)
            self._dateline_countries = codes
        return self._dateline_countries

    def article_countries(self) -> list[str]:
        """Countries named anywhere in the article, most mentioned first (currency rules)."""
        if self._article_countries is None:
            counts: dict[str, int] = {}
            last: Match | None = None
            for m in self.matches:
                if m.term.kind in ("country", "place") and m.term.key:
                    # "Nuevo Laredo, Tamaulipas", "Culiacán, Sinaloa, Mexico": a place and
                    # the region or state right after it name one location
                    if not (
                        last is not None
                        and last.term.key == m.term.key
                        and (m.start < last.end or not self.text[last.end : m.start].strip(" ,("))
                    ):
                        counts[m.term.key] = counts.get(m.term.key, 0) + 1
                    last = m
            self._article_countries = sorted(counts, key=lambda code: -counts[code])
        return self._article_countries

    def _year_before(self, sentence: Sentence) -> int | None:
        """The last year written before the sentence ("In 2003 ... 14 September of that
        year")."""
        if self._years is None:
            self._years = [
                (m.start(), int(m.group())) for m in dates_module.YEAR_IN_TEXT.finditer(self.text)
            ]
        index = bisect.bisect_left(self._years, (sentence.start, 0))
        return self._years[index - 1][1] if index else None

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]

    def numbers(self, sentence: Sentence) -> list[NumberMention]:
        """Numbers of a sentence, offsets into the whole normalised text."""
        cached = self._numbers.get(sentence.index)
        if cached is None:
            offset = sentence.start
            cached = [
                _shifted(n, offset)
                for n in numbers_module.find_numbers(self.sentence_text(sentence), self.language)
            ]
            self._numbers[sentence.index] = cached
        return cached

    def comma_thousands(self) -> bool:
        """The article writes thousands with a comma though its language's decimal mark is
        one ("1,150 paquetes"): see numbers.writes_comma_thousands (computed once)."""
        if self._comma_thousands is None:
            states = self.dateline_countries() or self.article_countries()
            self._comma_thousands = numbers_module.writes_comma_thousands(
                self.text,
                (n for s in self.sentences for n in self.numbers(s)),
                self.language,
                states[0] if states else None,
            )
        return self._comma_thousands

    def dates(self, sentence: Sentence) -> list[DateMention]:
        """Dates of a sentence, offsets into the whole normalised text."""
        cached = self._dates.get(sentence.index)
        if cached is None:
            offset = sentence.start
            reference = self.reference_date()
            if (
                sentence.index == 0
                and self._first_dates is not None
                and reference == self.published
            ):
                found = self._first_dates  # reference_date already read it with these arguments
            else:
                found = dates_module.find_dates(
                    self.sentence_text(sentence),
                    self.language,
                    reference,
                    self._year_before(sentence),
                )
            cached = [_shifted(d, offset) for d in found]
            if self.compiled.lowercase_weekdays:
                cached = [d for d in cached if not _weekday_in_a_name(self.cased, d)]
            self._dates[sentence.index] = cached
            self._note_told_years(cached)
        return cached

    def day_after_told(self, sentence: Sentence) -> int | None:
        """``dates.day_after_told`` of a sentence ("the following day": days from the day
        told before), read once: every mention of the sentence and the date look-backs ask."""
        if sentence.index in self._days_after:
            return self._days_after[sentence.index]
        offset = dates_module.day_after_told(self.sentence_text(sentence), self.language)
        self._days_after[sentence.index] = offset
        return offset

    def _note_told_years(self, dates: list[DateMention]) -> None:
        """A year told relatively ("في مارس من العام الماضي") is the year a later "of that
        year" means, like a written one."""
        if self._years is None and self.sentences:
            self._year_before(self.sentences[0])
        if self._years is None:
            return
        for d in dates:
            written = dates_module.YEAR_IN_TEXT.search(self.text, d.start, d.end)
            if d.kind in ("explicit", "month") and written is None:
                bisect.insort(self._years, (d.start, int(d.value[:4])))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        return self.source.to_original(start, end)

    def original_text(self, start: int, end: int) -> str:
        o_start, o_end = self.original_span(start, end)
        return self.source.original[o_start:o_end]

    def previous_sentence(self, sentence: Sentence) -> Sentence | None:
        """The closest earlier sentence that is not a scraped repeat."""
        for i in range(sentence.index - 1, -1, -1):
            candidate = self.sentences[i]
            if not candidate.duplicate:
                return candidate
        return None

    def gap(self, start: int, end: int) -> str:
        """The normalised text between two offsets (empty when they touch or overlap)."""
        return self.text[start:end] if start < end else ""


def is_generated_town(ctx: ArticleContext, m: Match) -> bool:
    """A GeoNames town of cities.toml: not vetted one by one, and many are also surnames
    ("arrested Holloway", "Ledezma, 31, of Glendale"), so it never stops a person's name."""
    return m.term.kind == "place" and ctx.compiled.places[m.term.index].generated


def phrase_before(
    ctx: ArticleContext, sentence: Sentence, position: int, phrases: frozenset[str]
) -> int | None:
    """Start of one of ``phrases`` that ends, whole words and spaces only, right before
    ``position`` in its sentence (the longest wins), or None."""
    # (no max(): a builtin call costs more than the test here, on a hot path)
    head_start = sentence.start if position - 30 < sentence.start else position - 30
    head = ctx.text[head_start:position].rstrip()
    ends = _TUPLES.get(phrases)  # (_as_tuple inlined: dozens of calls per article)
    if ends is None:
        ends = _as_tuple(phrases)
    if not head.endswith(ends):
        return None  # one C-level test settles the common case (no phrase ends there)
    best: int | None = None
    for phrase in phrases:
        if head.endswith(phrase):
            start = head_start + len(head) - len(phrase)
            if start > sentence.start and ctx.text[start - 1].isalnum():
                continue
            if best is None or start < best:
                best = start
    return best


_TUPLES: dict[frozenset[str], tuple[str, ...]] = {}


def _as_tuple(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases as a tuple for ``str.endswith`` (made once per lexicon set)."""
    found = _TUPLES.get(phrases)
    if found is None:
        found = _TUPLES[phrases] = tuple(phrases)
    return found


def previous_word_start(ctx: ArticleContext, sentence: Sentence, position: int) -> int | None:
    """Start of the word before ``position`` (for one adverb: "was later extradited")."""
    head = ctx.text[max(sentence.start, position - 20) : position].rstrip()
    if not head or not head[-1].isalpha():
        return None
    cut = head.rfind(" ")
    if cut < 0:
        return None
    return position - len(ctx.text[max(sentence.start, position - 20) : position]) + cut + 1


def auxiliary_before(ctx: ArticleContext, sentence: Sentence, trigger: Match) -> bool:
    """A finite auxiliary right before the trigger, one adverb allowed: "was arrested",
    "has been extradited", "fue detenido", "ont été interpellés", "was later charged"."""
    auxiliaries = ctx.compiled.auxiliaries
    if not auxiliaries:
        return False
    if phrase_before(ctx, sentence, trigger.start, auxiliaries) is not None:
        return True
    adverb = previous_word_start(ctx, sentence, trigger.start)
    return adverb is not None and phrase_before(ctx, sentence, adverb, auxiliaries) is not None


COORDINATED_REACH = 60  # "was acquitted of all charges and released": the first verb's reach


def coordinated_auxiliary_start(
    ctx: ArticleContext, sentence: Sentence, position: int
) -> int | None:
    """ "Smith was questioned and released", "fue interrogado y liberado": for a bare
    participle at ``position`` right after a `verb_coordinators` word, the start of the verb
    whose finite auxiliary comes before (up to 60 characters back, no punctuation between):
    the participle shares that auxiliary and its subject. None otherwise."""
    coordinators = ctx.compiled.verb_coordinators
    word = previous_word_start(ctx, sentence, position)
    if not coordinators or word is None:
        return None
    if ctx.text[word:position].strip() not in coordinators:
        return None
    if phrase_before(ctx, sentence, word, ctx.compiled.auxiliaries) is not None:
        return None  # "the man was and ...": no verb of its own before the coordinator
    floor = max(sentence.start, word - COORDINATED_REACH)
    current = word
    while current > floor:
        start = previous_word_start(ctx, sentence, current)
        if start is None or start < floor:
            return None  # a comma or another mark: another clause
        if phrase_before(ctx, sentence, start, ctx.compiled.auxiliaries) is not None:
            return start
        current = start
    return None
