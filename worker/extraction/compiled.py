"""A language ready to use: its lexicon, its gazetteers and one phrase automaton over all.

Built once per language when the ``Extractor`` is constructed; read-only afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from worker.extraction.gazetteer import (
    Agency,
    LocalForce,
    PlaceEntry,
    agency_aliases,
    cldr_country_names,
    cldr_currency_names,
    iso_currency_codes,
    load_country_names,
    place_names,
)
from worker.extraction.lexicon import (
    GAP_ONLY_ROLES,
    LEXICON_ROOT,
    CurrencySpec,
    LanguageLexicon,
    LexiconError,
    _read_toml,
    _strings,
    grammar_flags,
    load_language,
)
from worker.extraction.matcher import CaseRule, NameTable, PhraseMatcher, Term, TermKind
from worker.extraction.numbers import and_words, dual_forms
from worker.extraction.text import normalize, normalize_term

_WORD = re.compile(r"\w+")

# Proper names take no inflection suffix ("مغربي" is not Morocco); single-person nouns take
# none either, or "متهم" would also match the plural "متهمين".
_PROPER_NAME_KINDS = frozenset({"country", "place", "demonym", "agency", "organization"})
_EXACT_ROLES = frozenset({"single_person_nouns", "dual_person_nouns"})
# A name word: a capital, then letters, apostrophes or hyphens ("O'Neill", "Ben-Ali").
_NAME = r"[A-Z][\w'’-]+"


@dataclass(frozen=True)
class Titles:
    """Titles a name follows ("Mr", "M", "Sra": the `titles` role, as written), with what a
    quick test needs: their last two letters and the one-letter ones."""

    words: frozenset[str] = frozenset()
    endings: frozenset[str] = frozenset()
    letters: frozenset[str] = frozenset()

    @classmethod
    def of(cls, words: Iterable[str]) -> Titles:
        written = frozenset(words)
        return cls(
            written,
            frozenset(t[-2:] for t in written if len(t) > 1),
            frozenset(t for t in written if len(t) == 1),
        )


@dataclass(frozen=True)
class CompiledLanguage:
    lexicon: LanguageLexicon
    matcher: PhraseMatcher
    agencies: tuple[Agency, ...]
    places: tuple[PlaceEntry, ...]
    currencies: tuple[CurrencySpec, ...]  # the lexicon's colloquial forms, then CLDR names
    person_suffixes: frozenset[str]
    connectors: frozenset[str]  # words that join a list of places; clitic prefixes included
    prefixes: frozenset[str]  # clitic prefixes of the language (normalised)
    passive_auxiliaries: frozenset[str]  # "was", "has been": a name before them is a person
    dual_person_suffixes: frozenset[str]  # a pronoun for two persons: ضبطهما
    # Words looked up right before a trigger or a person noun (never searched for):
    singular_auxiliaries: frozenset[str] = frozenset()  # "was", "fue", "a été": one person
    plural_auxiliaries: frozenset[str] = frozenset()  # "were": "all six were arrested"
    single_determiners: frozenset[str] = frozenset()  # "une", "un seul": one
    # "a third man", "un autre", "otro": one person besides those told before
    added_determiners: frozenset[str] = frozenset()
    period_leads: frozenset[str] = frozenset()  # "since" before a year: a running total
    verb_coordinators: frozenset[str] = frozenset()  # "localisé puis arrêté": one subject
    infinitive_links: frozenset[str] = frozenset()  # "avant d'être extradé": the same subject
    subject_pronoun_words: frozenset[str] = frozenset()  # "he", "elle": one person
    other_words: frozenset[str] = frozenset()  # "otras once personas": besides the one named
    auxiliaries: frozenset[str] = frozenset()  # every auxiliary above: the action is asserted
    singular_object_pronouns: frozenset[str] = frozenset()  # "lo detuvo", "l'a condamné": one
    single_person_suffixes: frozenset[str] = frozenset()  # a pronoun for one person: اعتقاله
    # a plural verb ending on a trigger (ضُبطوا): its subject, told before, is persons
    plural_verb_suffixes: frozenset[str] = frozenset()
    plural_pronouns: frozenset[str] = frozenset()  # "they were arrested", "arrested them"
    plural_object_pronouns: frozenset[str] = frozenset()  # "los detuvieron", "les a arrêtés"
    # "dismantled it", "la desarticularon", تفكيكها: a group told before as the object
    group_pronouns: frozenset[str] = frozenset()
    # "executed", "carried out", "cumplieron": a warrant so governed was acted on (a raid)
    executions: re.Pattern[str] = re.compile(r"(?!)")
    # "arrested ... with 1.45 kilograms of cocaine": the link to goods the person held
    held_links: re.Pattern[str] = re.compile(r"(?!)")
    # "ضبطت قاربا على متنه 17 متسللا": the persons aboard goods a person-or-goods verb took
    aboard_links: re.Pattern[str] = re.compile(r"(?!)")
    # "ضبط (4) منهم", "arrested five of them": a count of persons told before
    partitive_pronouns: frozenset[str] = frozenset()
    # "una condena de 20 años impuesta en 2021": a participle telling the term was imposed
    imposed_words: re.Pattern[str] = re.compile(r"(?!)")
    # "تم الاحتفاظ بالمشتبه فيهم": custody of persons, an arrest only when none is told
    custody_steps: frozenset[str] = frozenset()
    # "قبض رجال الأمن على مواطن" (not "قبض المروج ثمن الصفقة"): verbs whose person object
    # follows one of `object_links`
    linked_triggers: frozenset[str] = frozenset()
    object_links: frozenset[str] = frozenset()
    # "تسليمه إلى بلاده": a recipient word that names the person's own state
    home_states: frozenset[str] = frozenset()
    # "un tercer imputado, detenido en 2022": a charge participle that is also a noun
    # for the defendant, and the words that make it one right before it
    noun_triggers: frozenset[str] = frozenset()
    noun_determiners: frozenset[str] = frozenset()
    # "handed over to the district police station": a body of the state that acted, no state
    handover_bodies: re.Pattern[str] = re.compile(r"(?!)")
    one_words_after: frozenset[str] = frozenset()  # "سنة واحدة": a unit, then "one"
    # "searches and seizures will be carried out": action nouns a plan told after them reaches
    plan_nouns: frozenset[str] = frozenset()
    generic_agent_nouns: frozenset[str] = frozenset()  # "officials", "agents": weak anchors
    definite_articles: frozenset[str] = frozenset()  # "el detenido": a participle as a noun
    possessives: frozenset[str] = frozenset()  # "his arrest", "su detención": a reference
    demonstratives: frozenset[str] = frozenset()  # "these seizures", "ces saisies": a reference
    evaluative_verbs: frozenset[str] = frozenset()  # "praised the arrests": a reference
    hedge_words: frozenset[str] = frozenset()  # "alleged", "presunto": one person still
    partitive_leads: frozenset[str] = frozenset()  # "of the eleven arrested, seven ...": a subset
    source_cues: frozenset[str] = frozenset()  # "according to UNODC": a source, not an actor
    # "handed over to the NCA", "a la orden del Ministerio Público": it received the suspects
    handover_cues: frozenset[str] = frozenset()
    # "The investigation was led by", "en la que han participado": the agencies of a sentence
    # that tells no action took part in the operation
    credit_cues: re.Pattern[str] = re.compile(r"(?!)")
    # "after a tip from the DEA", "a raíz de una información de": the agency passed a tip
    tip_cues: frozenset[str] = frozenset()
    tip_verbs: tuple[str, ...] = ()  # "the DEA alerted": the agency before one passed a tip
    # "L'enquête a été confiée à l'OFAST": it investigates only what is told after
    entrusted_cues: frozenset[str] = frozenset()
    reported_clause: frozenset[str] = frozenset()  # "said that": what follows is reported
    ruling_verbs: frozenset[str] = frozenset()  # "أصدرت المحكمة ... حكما": the ruling itself
    street_nouns: frozenset[str] = frozenset()  # "rue de Hongrie": a street, not the country
    # "la tenencia de Holanda", "the village of Jordan": a town named like a country
    locality_nouns: frozenset[str] = frozenset()
    # "a Dubai-based operator": the state or town before one is where a person is based
    based_suffixes: tuple[str, ...] = ()
    # "وفي منطقة عسير": a region noun opening a sentence names the place of a round-up's
    # operation (known to no gazetteer); `same_region_words` ("نفسها") refer back instead
    region_heads: frozenset[str] = frozenset()
    same_region_words: frozenset[str] = frozenset()
    # "the SVA of the Tax Agency", "the Tax Agency through its SVA": the parent did not act
    parent_links: frozenset[str] = frozenset()  # unit, link, parent
    unit_links: frozenset[str] = frozenset()  # parent, link, unit
    during_words: frozenset[str] = frozenset()  # "during the raids": a trigger as time adverb
    ordinal_words: frozenset[str] = frozenset()  # "لمتهم ثالث": a person noun + ordinal is one
    ordinals: dict[str, int] = field(default_factory=dict)  # "a third", "ثالث" -> 3
    judge_charges: frozenset[str] = frozenset()  # "mis en examen": a judge's act, not police's
    # "released without charge", "sans poursuites": the police let the person go
    police_releases: frozenset[str] = frozenset()
    each_of: frozenset[str] = frozenset()  # "a cada uno de los dos estibadores": persons
    partitive_links: frozenset[str] = frozenset()  # "two of the five suspects": two of them
    # "rescued 30 migrants", "deployed 200 officers": persons who are not the patients
    bystander_verbs: frozenset[str] = frozenset()
    at_large: frozenset[str] = frozenset()  # "two others fled": not arrested
    cargo_verbs: frozenset[str] = frozenset()  # "a boat carrying 52 migrants": its passengers
    # "suspended for 18 months": the period after one is how long a suspension runs
    suspension_leads: tuple[str, ...] = ()
    one_words: frozenset[str] = frozenset()  # "un año", "a year": a unit after one counts one
    # "y media", "and a half", "ونصف" right after a unit: half a unit more
    half_after: re.Pattern[str] = re.compile(r"(?!)")
    # "de tipo", "من نوع": a classifier between a quantity and what it names
    kind_of: re.Pattern[str] = re.compile(r"(?!)")
    # "police", "الشرطة": the common noun that, with a demonym, names a state's police
    generic_force_nouns: frozenset[str] = frozenset()
    # Spanish personal "a" ("detuvieron a sus ocupantes", "capturaron al líder"): after a verb
    # it marks a person object (not before a figure or an exception: "a bordo")...
    personal_a: re.Pattern[str] = re.compile(r"(?!)")
    # ... and, before a capitalised word, a personal name ("extraditó a Jorge Luis Romero")
    personal_a_name: re.Pattern[str] = re.compile(r"(?!)")
    # "Rangel and three crew members", "he and two others": a name or a subject pronoun,
    # "and", then a count (the `subject_pronouns` and `personal_a` roles)
    name_and: re.Pattern[str] = re.compile(r"(?!)")
    # "Villalba pleaded guilty", "He admitted": a name or a subject pronoun before a trigger
    subject_name: re.Pattern[str] = re.compile(r"(?!)")
    not_names: frozenset[str] = frozenset()  # "The", "Les", "Police": no name (as written)
    # Capitalised words that go on with an institution's or a place's name after a country
    # ("Kenya Defence Forces", "Panama City"): no surname (as written; the `not_surnames`
    # role, `not_names`, `not_local_words` and the words of the agencies' names)
    not_surnames: frozenset[str] = frozenset()
    # ", 27," ", de 30 años": an age set off by a comma right after a word (on cased)
    age_after_word: re.Pattern[str] = re.compile(r"(?!)")
    titles: Titles = Titles()  # "Mr. Smith", "M. Dupont": the period ends no sentence
    # Wire services credited in brackets ("(EFE)"): no agency's acronym (shared gazetteer)
    news_agencies: frozenset[str] = frozenset()
    # A run of capitalised name words, over the name particles of shared/names.toml ("Juan
    # de la Cruz", "Ruud van der Berg") and initials ("John F. Smith")
    capitalised_run: re.Pattern[str] = re.compile(rf"{_NAME}(?:\s+(?:{_NAME}|[A-Z]\.))*")
    # "National", "The", "Yesterday": capitalised words before an `agency_heads` head that
    # are no part of a local force's place name (as written)
    not_local_words: frozenset[str] = frozenset()
    # "Vera, 39, and ...", "Vera, alias «Cachete», and ...": an age or alias after a name
    apposition_and: re.Pattern[str] = re.compile(r"(?!)")
    # "and" as a word (numbers.toml "and"; a lone clitic below too) and as a clitic written
    # on the next word (Arabic و: "ومقيم")
    and_words: frozenset[str] = frozenset()
    and_prefixes: tuple[str, ...] = ()
    article_prefixes: tuple[str, ...] = ()  # the article written on its noun: Arabic ال
    # "Policía Nacional del Perú": links between an agency's name and a state named after it
    state_links: frozenset[str] = frozenset()
    # Arabic term units that count themselves after a lead (بسنة, لمدة سنتين): the leads as
    # the text ends with them before the unit (a clitic glued, a word and a space), the units
    term_leads: tuple[str, ...] = ()
    dual_term_units: frozenset[str] = frozenset()
    single_term_units: frozenset[str] = frozenset()
    # "from 18 months to 8 years": a range of terms is one term; "followed by" another step
    range_links: frozenset[str] = frozenset()
    range_from: frozenset[str] = frozenset()
    follow_links: frozenset[str] = frozenset()
    # "y a ocho años a tres de sus colaboradores": "and" + the term's preposition before it
    coordinated_term: re.Pattern[str] = re.compile(r"(?!)")
    # Ages, not terms: "aged 40", "a 27-year-old", "un homme de 34 ans", "Mehdi T., 29 ans"
    age_cues: frozenset[str] = frozenset()
    age_after: tuple[str, ...] = ()
    # "a two-week trial", "deux ans d'enquête": a duration of something else, not a term
    duration_of: tuple[str, ...] = ()
    # "une expulsion du territoire pour dix ans": a penalty that is no prison term
    other_penalties: tuple[str, ...] = ()
    # "sentenced to terms of up to seven years", "penas de entre cuatro y 14 años": a summary
    range_summaries: tuple[str, ...] = ()
    age_links: frozenset[str] = frozenset()
    age_apposition: re.Pattern[str] = re.compile(r"(?!)")  # a name, a comma, a link: on cased
    # "the men, aged 28, 34 and 41": one person per age
    age_list: re.Pattern[str] | None = None
    # items.toml: words after an article that make it no count of one ("a few", "un par de")
    not_one_after_article: frozenset[str] = frozenset()
    # "ضبط طنا من الحشيش": a unit word that is one of it with no number before it
    one_unit_words: frozenset[str] = frozenset()
    # a calibre after a figure ("9mm", ".50-caliber": the `calibre_words` role)
    calibre: re.Pattern[str] = re.compile(r"(?!)")
    # items.toml: a load told before and weighed later ("The packages weighed"), looked up
    # in a sentence only (a searched role would hide the goods word it shares)
    load_nouns: re.Pattern[str] = re.compile(r"(?!)")
    # items.toml: words between an amount and the goods it prices ("R5m worth of cocaine")
    value_links: frozenset[str] = frozenset()
    currency_scales: dict[str, float] = field(default_factory=dict)  # "5M€": m -> 1e6
    # language.toml: dual endings of a unit noun with no number (طنين), and stem endings
    # that only look like one
    dual_endings: tuple[str, ...] = ()
    not_dual_endings: tuple[str, ...] = ()
    elisions: tuple[str, ...] = ()  # "d'un pistolet": elided words glued to the next one
    # modality.toml: a future verb's words ("will", "seront"), the leads of a clause told as
    # earlier ("after", "tras"), and an auxiliary ... particle pluperfect (Arabic كان ... قد)
    future_words: re.Pattern[str] = re.compile(r"(?!)")
    earlier_clause: re.Pattern[str] = re.compile(r"(?!)")
    split_pluperfect: re.Pattern[str] | None = None
    # Its auxiliaries alone, searched first: the pattern opens on a look-behind that the
    # engine tries at every position, and most clauses hold no auxiliary.
    split_pluperfect_probe: re.Pattern[str] | None = None
    # Words that end like a future verb but are none ("front", "para")
    not_future_words: frozenset[str] = frozenset()
    # "une peine de", "un total de": nouns a term joins with "of" ("de N ans" is else an age)
    term_heads: frozenset[str] = frozenset()
    # "and", "as well as", "y a": what joins one more person to a counted group
    person_links: frozenset[str] = frozenset()
    # ", namely", "، وهم": after a group and a comma, what opens its breakdown
    breakdown_leads: frozenset[str] = frozenset()
    # "both", "ambos", "les deux": before a plural auxiliary and a trigger, two persons
    dual_pronouns: frozenset[str] = frozenset()
    # "the actor's driver": a word ending so owns the noun after it, like a possessive
    genitive_endings: tuple[str, ...] = ()
    # "l'un des deux dockers", "one of the three men": one person of the counted group
    one_of: frozenset[str] = frozenset()
    # Endings shared by the dual and the plural once harakat are gone (مواطنين): such a noun
    # without a number is two persons when the clause speaks of it as two.
    dual_plural_endings: tuple[str, ...] = ()
    # ... unless the original text writes the dual's harakat on it (مقيمَيْن، شريكَين): as
    # written, harakat kept (normalisation deletes them)
    dual_marked_endings: tuple[str, ...] = ()
    # Endings of a dual or plural noun (Arabic ين ون ان ات): a demonym without one is singular
    number_endings: tuple[str, ...] = ()
    # Verb endings of the future tense ("realizarán", "mèneront", "seront"): such a verb next
    # to a trigger makes it a plan, whatever the verb.
    future_endings: tuple[str, ...] = ()
    # Past participle endings ("detenidos", "interpellés"): such a trigger after a definite
    # article names persons already arrested (nouns such as "la saisie" do not end so).
    participle_endings: tuple[str, ...] = ()
    # language.toml [grammar]: "a French bank": a demonym after an article is an adjective
    # unless a person noun follows it ("a French national")
    demonyms_are_adjectives: bool = False
    lowercase_weekdays: bool = False  # a capitalised "Domingo" inside a sentence is a name
    # The patient of an active person-type trigger ("sentenced the former mayor", "a extradé
    # un présumé opérateur", "condenó al exalcalde", "أفرج عن المدير"): a singular
    # determiner opens one person (`object_determiners`; `noun_object_determiners` after a
    # trigger noun: "the extradition of a"); after a number-neutral one ("the") the noun's
    # ending decides (`plural_noun_endings` / `not_plural_noun_endings` of language.toml,
    # `plural_nouns`); `object_prepositions` (عن، على) and `object_ends` (prepositions,
    # conjunctions) bound the phrase; `not_person_heads` (collectives, time nouns) in it
    # make it no single person.
    object_determiners: re.Pattern[str] = re.compile(r"(?!)")
    neutral_determiners: re.Pattern[str] = re.compile(r"(?!)")
    noun_object_determiners: re.Pattern[str] = re.compile(r"(?!)")
    object_determiner_words: frozenset[str] = frozenset()
    object_prepositions: frozenset[str] = frozenset()
    object_ends: frozenset[str] = frozenset()
    not_person_heads: frozenset[str] = frozenset()
    plural_nouns: frozenset[str] = frozenset()
    plural_noun_endings: tuple[str, ...] = ()
    not_plural_noun_endings: tuple[str, ...] = ()
    # "have arrested", "a condamné", "ha detenido": an auxiliary of the active voice (any
    # other auxiliary before a trigger makes it a passive, whose patient is its subject)
    active_auxiliaries: frozenset[str] = frozenset()
    # "se declaró culpable", "a plaidé coupable": trigger phrases in a singular verb form
    # whose subject is the defendant: one person
    singular_subject_triggers: frozenset[str] = frozenset()
    # "received", "recibió", "a écopé": verbs whose subject is the defendant, before a ruling
    # (`defendant_verbs`, number-neutral; `singular_defendant_verbs`, singular forms)
    defendant_verb_re: re.Pattern[str] = re.compile(r"(?!)")
    singular_defendant_verbs: frozenset[str] = frozenset()
    clause_break_words: frozenset[str] = frozenset()
    # "who", "accused", "que", "soupçonné": after a singular patient, a clause whose counts
    # are not the persons of the action
    # "Mark Evans, 34, of Leeds, and ...": a comma-set apposition after a listed name
    apposition_leads: frozenset[str] = frozenset()
    relative_leads: frozenset[str] = frozenset()  # "while", "tandis que": a clause starts
    # language.toml [grammar]: a participle trigger without an active auxiliary is a passive
    # or an adjective ("detenido a la salida", "condamné à"), never an active verb
    bare_participle_is_passive: bool = False
    # "بسجن ثلاثة متهمين آخرين عشر سنوات": a number right after a plural person noun, with
    # nothing between, is the persons' term, not their age
    bare_term_after_plural_persons: bool = False
    # Adjectives stand after their noun ("5000 قرص مخدر"): a word between a count and
    # tablets is never their adjective ("مواطنين اثنين وبحوزتهما أقراص")
    adjectives_follow_nouns: bool = False
    # The generated towns (cities.toml), found apart from the lexicon phrases: looked up by
    # capitalised words in a language without clitics (matcher.NameTable, one table for all
    # such languages), else by an automaton of their own
    towns: NameTable | PhraseMatcher | None = None

    @property
    def language(self) -> str:
        return self.lexicon.language

    def agency_country(self, name: str) -> str:
        """ISO code of an agency's home state ("" for international agencies)."""
        countries: dict[str, str] | None = self.__dict__.get("_agency_countries")
        if countries is None:  # built once (the dataclass is frozen: set through __dict__)
            countries = {}
            for agency in self.agencies:
                countries.setdefault(agency.name, agency.country)
            self.__dict__["_agency_countries"] = countries
        return countries.get(name, "")

    def weak_acronyms(self) -> dict[str, frozenset[str]]:
        """Agency name -> its weak acronyms as written (see ``Agency.weak_acronyms``)."""
        weak: dict[str, frozenset[str]] | None = self.__dict__.get("_weak_acronyms")
        if weak is None:  # built once (the dataclass is frozen: set through __dict__)
            weak = {a.name: frozenset(a.weak_acronyms) for a in self.agencies if a.weak_acronyms}
            self.__dict__["_weak_acronyms"] = weak
        return weak

    def state_variant(self, name: str, state: str) -> str:
        """The same kind of agency of another state: "Jordan Anti-Narcotics Department" of
        SY is "Syrian Anti-Narcotics Department" (the English name's leading state word
        replaced by the other state's adjective); "" when the name does not start with its
        state ("Royal Moroccan Gendarmerie"). The variant is registered with its state and
        kind, like a gazetteer name."""
        variants: dict[tuple[str, str], str] = self.__dict__.setdefault("_state_variants", {})
        found = variants.get((name, state))
        if found is not None:
            return found
        variant = ""
        lowered = name.lower()
        for form, _code in english_state_forms():
            if lowered.startswith(form + " "):
                variant = f"{_english_adjective(state)} {name[len(form) + 1 :]}"
                break
        if variant:
            self.agency_country(name)  # the tables exist from here on
            self.agency_kind(name)
            self.__dict__["_agency_countries"].setdefault(variant, state)
            self.__dict__["_agency_kinds"].setdefault(variant, self.agency_kind(name))
        variants[(name, state)] = variant
        return variant

    def state_agency_named(self, written: str, state: str) -> str:
        """The gazetteer agency of ``state`` that has the alias ``written`` (normalised), or
        "": "gendarmerie nationale" of MG is the "Malagasy National Gendarmerie" the
        gazetteer lists, not a name made up by ``state_variant``."""
        table: dict[tuple[str, str], str] | None = self.__dict__.get("_state_aliases")
        if table is None:  # built once (the dataclass is frozen: set through __dict__)
            table = {}
            for agency in self.agencies:
                for alias in agency_aliases(agency, self.language):
                    key = (normalize_term(alias, self.language), agency.country)
                    table.setdefault(key, agency.name)
            self.__dict__["_state_aliases"] = table
        return table.get((written, state), "")

    def is_generic_agency_name(self, written: str) -> bool:
        """Whether an agency name as found in a text (normalised) is made only of
        ``generic_agency_words``; short function words ("de", "la", "al") do not count.
        Memoised: the same few names recur in every article."""
        memo: dict[str, bool] = self.__dict__.setdefault("_generic_names", {})
        found = memo.get(written)
        if found is None:
            generic = self.generic_agency_words()
            words = [w for w in _WORD.findall(written) if len(w) > 2]
            found = bool(words) and all(w in generic for w in words)
            memo[written] = found
        return found

    def generic_agency_words(self) -> frozenset[str]:
        """Words found in the names of agencies of three states or more ("national",
        "directorate", "مكافحة", "gendarmerie"): a name made of these alone ("الإدارة العامة
        لمكافحة المخدرات", "Gendarmerie nationale") does not say which state's agency it is."""
        words: frozenset[str] | None = self.__dict__.get("_generic_agency_words")
        if words is None:  # built once (the dataclass is frozen: set through __dict__)
            states: dict[str, set[str]] = {}
            for agency in self.agencies:
                for alias in agency_aliases(agency, self.language):
                    for word in _WORD.findall(normalize_term(alias, self.language)):
                        states.setdefault(word, set()).add(agency.country)
            words = frozenset(word for word, codes in states.items() if len(codes) >= 3)
            self.__dict__["_generic_agency_words"] = words
        return words

    def agency_kind(self, name: str) -> str:
        """An agency's kind (police, customs, ministry, ...; "" for an unknown name)."""
        kinds: dict[str, str] | None = self.__dict__.get("_agency_kinds")
        if kinds is None:
            kinds = {}
            for agency in self.agencies:
                kinds.setdefault(agency.name, agency.kind)
            self.__dict__["_agency_kinds"] = kinds
        return kinds.get(name, "")


@cache
def english_state_forms() -> tuple[tuple[str, str], ...]:
    """English country names and demonyms (lower case) -> ISO code, longest first: the
    state words that lead canonical agency names ("Jordan ...", "Syrian ...")."""
    forms: dict[str, str] = {}
    for code, country in cldr_country_names("en").items():
        forms[country.lower()] = code
    for code, demonyms in load_language("en").demonyms.items():
        for demonym in demonyms:
            forms.setdefault(demonym.lower(), code)
    return tuple(sorted(forms.items(), key=lambda item: -len(item[0])))


def _english_adjective(state: str) -> str:
    """ "Syrian" for SY: the first English demonym, else the CLDR country name."""
    demonyms = _english_demonyms().get(state, ())
    return demonyms[0] if demonyms else cldr_country_names("en").get(state, state)


@cache
def _english_demonyms() -> dict[str, tuple[str, ...]]:
    """English demonyms by state, read from the lexicon once per process: caching only per
    state read the whole English lexicon again for every new state, on the hot path."""
    return dict(load_language("en").demonyms)


def _rewrites(morphology: dict[str, object], language: str) -> tuple[tuple[str, str], ...]:
    raw = morphology.get("initial_rewrites", [])
    if not isinstance(raw, list):
        raise LexiconError(f"{language}/language.toml: initial_rewrites must be a list of pairs")
    pairs: list[tuple[str, str]] = []
    for pair in raw:
        if not isinstance(pair, list) or len(pair) != 2:
            raise LexiconError(f"{language}/language.toml: bad initial_rewrites entry {pair!r}")
        pairs.append(
            (normalize_term(str(pair[0]), language), normalize_term(str(pair[1]), language))
        )
    return tuple(pairs)


class _EntryBuilder:
    """Turns lexicon phrases into (normalised key, Term) pairs for the automaton."""

    def __init__(
        self,
        language: str,
        rewrites: tuple[tuple[str, str], ...],
        closed_endings: tuple[str, ...] = (),
    ) -> None:
        self.language = language
        self.rewrites = rewrites
        self.closed_endings = closed_endings
        self.entries: list[tuple[str, Term]] = []

    def add(
        self,
        phrases: tuple[str, ...] | list[str],
        kind: TermKind,
        key: str = "",
        index: int = 0,
        *,
        proper_name: bool = False,
        case_sensitive: bool = False,
    ) -> None:
        for phrase in phrases:
            wildcard = phrase.endswith("*")
            raw = phrase.rstrip("*").strip()
            if not raw:
                continue
            normalized = normalize_term(raw, self.language)
            surface = " ".join(normalize(raw, self.language).cased.split())
            case_rule: CaseRule = "none"
            if case_sensitive:
                case_rule = "exact"
            elif proper_name and surface[:1].isupper():
                case_rule = "capital"
            # Particles and cue words are written in full; one- or two-letter words would
            # otherwise also match longer words ("لا" + "يه" in "ولاية").
            inflects = (
                kind not in _PROPER_NAME_KINDS
                and kind != "modality"
                and key not in _EXACT_ROLES
                and len(normalized) > 2
                # A word ending in ta marbuta takes no suffix as written (مصادرة -> مصادرتها),
                # and after folding ة to ه a suffix would match other words (مصادرها).
                and not (self.closed_endings and raw.endswith(self.closed_endings))
            )
            term = Term(kind, key, index, surface, case_rule, wildcard, inflects)
            self.entries.append((normalized, term))
            for source, target in self.rewrites:
                # Arabic ال + ل -> لل: "للمغرب" holds "لمغرب", not "المغرب".
                if normalized.startswith(source) and len(normalized) > len(source) + 1:
                    self.entries.append((target + normalized[len(source) :], term))


def _hedged(phrases: Iterable[str], hedges: Iterable[str]) -> list[str]:
    """ "un narcotraficante" -> "un presunto narcotraficante", "a former smuggler": a
    determiner and a noun with a hedge word between them are still one person."""
    hedge_list = list(hedges)
    out: list[str] = []
    for phrase in phrases:
        words = phrase.split()
        if len(words) != 2 or words[1] in hedge_list:
            continue
        out.extend(f"{words[0]} {hedge} {words[1]}" for hedge in hedge_list)
    return out


def _duals(phrases: Iterable[str], language: str, articles: tuple[str, ...]) -> list[str]:
    """ "مقيم" -> "مقيمان", "متهمة" -> "متهمتان", "متهمتين": the dual of every one-word
    indefinite single-person noun (numbers.toml [dual]) is two persons. The oblique dual is
    kept only where the stem changes (ta marbuta: متهمتين), since it is never a plural there
    (a sound plural is written like the oblique dual of the others: مقيمين)."""
    out: list[str] = []
    for phrase in phrases:
        stem = normalize_term(phrase, language)
        if " " in stem or stem.startswith(articles):
            continue
        out.extend(dual_forms(stem, language, oblique=False))
        out.extend(f for f in dual_forms(stem, language) if not f.startswith(stem))
    return out


def _lexicon_entries(
    builder: _EntryBuilder, lexicon: LanguageLexicon, articles: tuple[str, ...] = ()
) -> None:
    for i, trigger in enumerate(lexicon.triggers):
        builder.add(trigger.phrases, "trigger", trigger.event_type, i)
    for role, phrases in lexicon.roles.items():
        if role == "agency_heads":  # its own kind: "Police Department" must not swallow "police"
            builder.add(phrases, "agency_head", role, proper_name=True)
        elif role not in GAP_ONLY_ROLES:
            builder.add(phrases, "role", role)
            if role == "single_person_nouns":
                builder.add(_hedged(phrases, lexicon.roles.get("hedge_words", ())), "role", role)
                duals = _duals(phrases, lexicon.language, articles)
                if duals:
                    builder.add(duals, "role", "dual_person_nouns")
    for i, cue in enumerate(lexicon.modality):
        builder.add(cue.phrases, "modality", cue.kind, i)
    for i, item in enumerate(lexicon.items):
        builder.add(item.phrases, "item", item.category, i)
    for i, drug in enumerate(lexicon.drugs):
        builder.add(drug.phrases, "drug", drug.substance, i)
    for i, unit in enumerate(lexicon.units):
        builder.add(unit.phrases, "unit", unit.unit, i)
    for crime, phrases in lexicon.crimes.items():
        builder.add(phrases, "crime", crime)
    for i, org in enumerate(lexicon.organizations):
        builder.add(org.phrases, "organization", org.name, i, proper_name=True)
    for i, pattern in enumerate(lexicon.organization_patterns):
        builder.add(pattern.heads, "org_head", "", i)
    for i, sentence_unit in enumerate(lexicon.sentence_units):
        builder.add(sentence_unit.phrases, "sentence_unit", "", i)
    for kind, phrases in lexicon.sentence_kinds.items():
        builder.add(phrases, "sentence_kind", kind)
    for code, forms in lexicon.demonyms.items():
        builder.add(forms, "demonym", code, proper_name=True)


def _town_finder(
    places: tuple[PlaceEntry, ...],
    towns: list[int],
    builder: _EntryBuilder,
    matcher: PhraseMatcher,
    tables: dict[tuple[int, ...], NameTable] | None,
) -> NameTable | PhraseMatcher:
    """What finds the generated towns of a language. Without clitics a town is a run of
    whole capitalised words: a NameTable, shared through ``tables`` (the extractor's) by the
    languages of one script (same towns, same forms; normalisation is the same for every
    language). With clitics, an automaton of their own with the language's clitics."""
    language = builder.language
    if not matcher.takes_clitics:
        key = tuple(towns)
        table = tables.get(key) if tables is not None else None
        if table is None:
            table = NameTable(
                (
                    " ".join(normalize(form, language).normalized.split()),
                    form,
                    Term("place", places[i].country, i, "", "capital"),
                )
                for i in towns
                for form in place_names(places[i], language)
            )
            if tables is not None:
                tables[key] = table
        return table
    own = _EntryBuilder(language, builder.rewrites, builder.closed_endings)
    for i in towns:
        own.add(place_names(places[i], language), "place", places[i].country, i, proper_name=True)
    return matcher.sibling(own.entries)


def _currencies(lexicon: LanguageLexicon) -> tuple[CurrencySpec, ...]:
    """The lexicon's colloquial forms first (they carry country rules), then CLDR names and
    the ISO codes themselves (matched case-sensitively: "EUR", "USD")."""
    excluded = {normalize_term(name, lexicon.language) for name in lexicon.currency_excludes}
    cldr = tuple(
        CurrencySpec(
            code=code,
            phrases=tuple(
                sorted(n for n in names if normalize_term(n, lexicon.language) not in excluded)
            ),
        )
        for code, names in sorted(cldr_currency_names(lexicon.language).items())
    )
    codes = tuple(
        CurrencySpec(code=code, phrases=(code,), case_sensitive=True)
        for code in sorted(iso_currency_codes())
    )
    return (*lexicon.currencies, *cldr, *codes)


def _gazetteer_entries(
    builder: _EntryBuilder,
    language: str,
    folder: Path,
    agencies: tuple[Agency, ...],
    places: tuple[PlaceEntry, ...],
    *,
    local_forces: tuple[LocalForce, ...] = (),
    state_force_heads: dict[str, tuple[str, ...]] | None = None,
    towns: list[int],
) -> None:
    """``towns``: where the generated towns' indices go (they are not put in the automaton)."""
    state_force_heads = state_force_heads or {}
    for code, names in load_country_names(language, folder).names.items():
        builder.add(names, "country", code, proper_name=True)
    for i, place in enumerate(places):
        if place.generated:
            towns.append(i)
        else:
            builder.add(place_names(place, language), "place", place.country, i, proper_name=True)
    for i, agency in enumerate(agencies):
        builder.add(agency.acronyms, "agency", agency.name, i, case_sensitive=True)
        builder.add(agency.weak_acronyms, "agency", agency.name, i, case_sensitive=True)
        builder.add(agency_aliases(agency, language), "agency", agency.name, i, proper_name=True)
    builder.add(state_force_heads.get(language, ()), "agency_head", "state_force", proper_name=True)
    for i, force in enumerate(local_forces):
        # Head first, place after: the key is the English kind the name ends with.
        builder.add(force.heads.get(language, ()), "agency_head", force.english, i)


def compile_language(
    language: str,
    agencies: tuple[Agency, ...],
    places: tuple[PlaceEntry, ...],
    root: Path = LEXICON_ROOT,
    *,
    local_forces: tuple[LocalForce, ...] = (),
    state_force_heads: dict[str, tuple[str, ...]] | None = None,
    news_agencies: frozenset[str] = frozenset(),
    name_particles: tuple[str, ...] = (),
    name_tables: dict[tuple[int, ...], NameTable] | None = None,
) -> CompiledLanguage:
    lexicon = load_language(language, root)
    folder = root / language
    language_data = _read_toml(folder / "language.toml", required=False)
    morphology = language_data.get("morphology", {})
    flags = grammar_flags(language_data, f"{language}/language.toml")
    builder = _EntryBuilder(
        language,
        _rewrites(morphology, language),
        _strings(morphology.get("closed_endings"), f"{language} closed_endings"),
    )
    _lexicon_entries(
        builder,
        lexicon,
        _morphology_tuple(morphology, "article_prefixes", language),
    )
    towns: list[int] = []
    _gazetteer_entries(
        builder,
        language,
        folder,
        agencies,
        places,
        local_forces=local_forces,
        state_force_heads=state_force_heads,
        towns=towns,
    )
    currencies = _currencies(lexicon)
    for i, currency in enumerate(currencies):
        builder.add(
            currency.phrases, "currency", currency.code, i, case_sensitive=currency.case_sensitive
        )
    prefixes = _normalized_set(lexicon.prefixes, language)
    and_prefixes = _morphology_set(morphology, "and_prefixes", language)
    personal_a, personal_a_name = _personal_a(lexicon)
    name_and, subject_name, apposition_and = _name_patterns(lexicon)
    matcher = PhraseMatcher(
        builder.entries,
        prefixes=prefixes | {""},
        suffixes=_normalized_set(lexicon.suffixes, language),
        short_word_prefixes=_morphology_set(morphology, "short_word_prefixes", language),
    )
    return CompiledLanguage(
        lexicon=lexicon,
        matcher=matcher,
        towns=_town_finder(places, towns, builder, matcher, name_tables) if towns else None,
        agencies=agencies,
        places=places,
        currencies=currencies,
        person_suffixes=_morphology_set(morphology, "person_suffixes", language),
        connectors=_normalized_set(lexicon.roles.get("connectors", ()), language) | prefixes,
        prefixes=prefixes,
        passive_auxiliaries=_normalized_set(lexicon.roles.get("passive_auxiliaries", ()), language),
        dual_person_suffixes=_morphology_set(morphology, "dual_person_suffixes", language),
        singular_auxiliaries=_role_set(lexicon, "singular_auxiliaries"),
        verb_coordinators=_role_set(lexicon, "verb_coordinators"),
        infinitive_links=_role_set(lexicon, "infinitive_links"),
        subject_pronoun_words=_role_set(lexicon, "subject_pronouns"),
        plural_auxiliaries=_role_set(lexicon, "plural_auxiliaries"),
        single_determiners=_role_set(lexicon, "single_determiners"),
        added_determiners=_role_set(lexicon, "added_determiners"),
        period_leads=_role_set(lexicon, "period_leads"),
        other_words=_role_set(lexicon, "other_words"),
        singular_object_pronouns=_role_set(lexicon, "singular_object_pronouns"),
        plural_pronouns=_role_set(lexicon, "plural_pronouns"),
        plural_object_pronouns=_role_set(lexicon, "plural_object_pronouns"),
        group_pronouns=_role_set(lexicon, "group_pronouns"),
        partitive_pronouns=_role_set(lexicon, "partitive_pronouns"),
        custody_steps=_role_set(lexicon, "custody_steps"),
        linked_triggers=_role_set(lexicon, "linked_triggers"),
        object_links=_role_set(lexicon, "object_links"),
        home_states=_role_set(lexicon, "home_states"),
        noun_triggers=_role_set(lexicon, "noun_triggers"),
        noun_determiners=_role_set(lexicon, "noun_determiners"),
        handover_bodies=_phrase_regex(
            _role_set(lexicon, "handover_bodies"), r"(?<!\w)(?:", r")(?!\w)"
        ),
        one_words_after=_role_set(lexicon, "one_words_after"),
        plan_nouns=_role_set(lexicon, "plan_nouns"),
        imposed_words=_phrase_regex(_role_set(lexicon, "imposed_words"), r"(?<!\w)(?:", r")(?!\w)"),
        held_links=_phrase_regex(_role_set(lexicon, "held_links"), r"(?<!\w)(?:", r")(?!\w)"),
        aboard_links=_phrase_regex(_role_set(lexicon, "aboard_links"), r"(?<!\w)(?:", r")(?!\w)"),
        executions=_phrase_regex(_role_set(lexicon, "executions"), r"(?<!\w)(?:", r")(?!\w)"),
        generic_agent_nouns=_role_set(lexicon, "generic_agent_nouns"),
        definite_articles=_role_set(lexicon, "definite_articles"),
        possessives=_role_set(lexicon, "possessives"),
        demonstratives=_role_set(lexicon, "demonstratives"),
        evaluative_verbs=_role_set(lexicon, "evaluative_verbs"),
        hedge_words=_role_set(lexicon, "hedge_words"),
        partitive_leads=_role_set(lexicon, "partitive_leads"),
        # an agency handed the case made no action of its own sentence either
        source_cues=_role_set(lexicon, "source_cues") | _role_set(lexicon, "entrusted_cues"),
        entrusted_cues=_role_set(lexicon, "entrusted_cues"),
        handover_cues=_role_set(lexicon, "handover_cues"),
        credit_cues=_phrase_regex(_role_set(lexicon, "credit_cues"), r"(?<!\w)(?:", r")(?!\w)"),
        tip_cues=_role_set(lexicon, "tip_cues"),
        tip_verbs=tuple(sorted(_role_set(lexicon, "tip_verbs"))),
        reported_clause=_role_set(lexicon, "reported_clause"),
        ruling_verbs=_role_set(lexicon, "ruling_verbs"),
        street_nouns=_role_set(lexicon, "street_nouns"),
        locality_nouns=_role_set(lexicon, "locality_nouns"),
        based_suffixes=tuple(sorted(_role_set(lexicon, "based_suffixes"))),
        region_heads=_role_set(lexicon, "region_heads"),
        same_region_words=_role_set(lexicon, "same_region_words"),
        parent_links=_role_set(lexicon, "parent_links"),
        unit_links=_role_set(lexicon, "unit_links"),
        during_words=_role_set(lexicon, "during_words"),
        ordinal_words=_role_set(lexicon, "ordinal_words"),
        ordinals={
            normalize_term(phrase, lexicon.language): rank
            for phrase, rank in lexicon.ordinals.items()
        },
        judge_charges=_role_set(lexicon, "judge_charges"),
        police_releases=_role_set(lexicon, "police_releases"),
        each_of=_role_set(lexicon, "each_of"),
        partitive_links=_role_set(lexicon, "partitive_links"),
        cargo_verbs=_role_set(lexicon, "cargo_verbs"),
        bystander_verbs=_role_set(lexicon, "bystander_verbs"),
        at_large=_role_set(lexicon, "at_large"),
        suspension_leads=tuple(sorted(_role_set(lexicon, "suspension_leads"))),
        one_words=_role_set(lexicon, "one_words"),
        half_after=_phrase_regex(_role_set(lexicon, "half_after"), r"\s*(?:", r")(?!\w)"),
        kind_of=_phrase_regex(_role_set(lexicon, "kind_of_links"), "(?:", r")\s*"),
        generic_force_nouns=_role_set(lexicon, "generic_force_nouns"),
        personal_a=personal_a,
        personal_a_name=personal_a_name,
        name_and=name_and,
        subject_name=subject_name,
        apposition_and=apposition_and,
        not_names=_written_set(lexicon, "not_names"),
        not_surnames=_not_surnames(lexicon, agencies, local_forces, state_force_heads),
        age_after_word=_age_after_word(lexicon),
        not_local_words=_written_set(lexicon, "not_local_words"),
        titles=Titles.of(_written_set(lexicon, "titles")),
        news_agencies=news_agencies,
        capitalised_run=_capitalised_run(name_particles),
        and_words=and_words(language) | and_prefixes,
        and_prefixes=tuple(sorted(and_prefixes)),
        article_prefixes=tuple(sorted(_morphology_set(morphology, "article_prefixes", language))),
        state_links=_role_set(lexicon, "state_links"),
        future_words=_phrase_regex(_role_set(lexicon, "future_words"), r"(?<!\w)(?:", r")(?!\w)"),
        earlier_clause=_phrase_regex(
            _role_set(lexicon, "earlier_clause_leads"), r"(?<!\w)(?:", r")(?!\w)"
        ),
        split_pluperfect=_split_pluperfect(lexicon, and_prefixes),
        split_pluperfect_probe=_split_pluperfect_probe(lexicon),
        term_leads=tuple(
            sorted(
                lead if lead in prefixes else lead + " "
                for lead in _role_set(lexicon, "term_leads")
            )
        ),
        dual_term_units=_role_set(lexicon, "dual_term_units"),
        single_term_units=_role_set(lexicon, "single_term_units"),
        range_links=_role_set(lexicon, "range_links"),
        range_from=_role_set(lexicon, "range_from"),
        follow_links=_role_set(lexicon, "follow_links"),
        coordinated_term=_coordinated_term(lexicon, and_words(language) | and_prefixes),
        age_cues=_role_set(lexicon, "age_cues"),
        age_after=tuple(sorted(_role_set(lexicon, "age_after"))),
        duration_of=tuple(sorted(_role_set(lexicon, "duration_of"))),
        other_penalties=tuple(sorted(_role_set(lexicon, "other_penalties"))),
        range_summaries=tuple(sorted(_role_set(lexicon, "range_summaries"))),
        age_links=_role_set(lexicon, "age_links"),
        age_apposition=re.compile(
            rf"[A-Z][\w'’.-]*,\s*(?:(?:{_alternation(_role_set(lexicon, 'age_links'))})\s+)?$"
        ),
        age_list=_age_list(lexicon, and_words(language) | and_prefixes),
        not_one_after_article=_role_set(lexicon, "not_one_after_article"),
        one_unit_words=_role_set(lexicon, "one_unit_words"),
        calibre=_calibre(lexicon),
        load_nouns=_phrase_regex(_role_set(lexicon, "load_nouns"), r"(?<!\w)(?:", r")(?!\w)"),
        value_links=_role_set(lexicon, "value_links"),
        currency_scales={
            normalize_term(letters, language): value
            for letters, value in lexicon.currency_scales.items()
        },
        dual_endings=_morphology_tuple(morphology, "dual_endings", language),
        not_dual_endings=_morphology_tuple(morphology, "not_dual_endings", language),
        elisions=_morphology_tuple(morphology, "elisions", language),
        not_future_words=_morphology_set(morphology, "not_future_words", language),
        term_heads=_role_set(lexicon, "term_heads"),
        person_links=_role_set(lexicon, "person_links"),
        breakdown_leads=_role_set(lexicon, "breakdown_leads"),
        dual_pronouns=_role_set(lexicon, "dual_pronouns"),
        genitive_endings=tuple(sorted(_role_set(lexicon, "genitive_endings"))),
        one_of=_role_set(lexicon, "one_of"),
        participle_endings=tuple(
            sorted(
                _normalized_set(
                    _strings(
                        morphology.get("participle_endings"), f"{language} participle_endings"
                    ),
                    language,
                )
            )
        ),
        future_endings=tuple(sorted(_morphology_set(morphology, "future_endings", language))),
        number_endings=_morphology_tuple(morphology, "number_endings", language),
        dual_plural_endings=tuple(
            sorted(
                _normalized_set(
                    _strings(
                        morphology.get("dual_plural_endings"), f"{language} dual_plural_endings"
                    ),
                    language,
                )
            )
        ),
        dual_marked_endings=tuple(
            sorted(
                _strings(morphology.get("dual_marked_endings"), f"{language} dual_marked_endings"),
                key=len,
                reverse=True,
            )
        ),
        auxiliaries=_role_set(lexicon, "singular_auxiliaries")
        | _role_set(lexicon, "plural_auxiliaries")
        | _role_set(lexicon, "passive_auxiliaries"),
        plural_verb_suffixes=_morphology_set(morphology, "plural_verb_suffixes", language),
        single_person_suffixes=_normalized_set(
            _strings(
                morphology.get("single_person_suffixes"), f"{language} single_person_suffixes"
            ),
            language,
        ),
        demonyms_are_adjectives="demonyms_are_adjectives" in flags,
        lowercase_weekdays="lowercase_weekdays" in flags,
        object_determiners=_determiner_regex(_role_set(lexicon, "object_determiners")),
        neutral_determiners=_determiner_regex(_role_set(lexicon, "neutral_determiners")),
        noun_object_determiners=_determiner_regex(_role_set(lexicon, "noun_object_determiners")),
        object_determiner_words=frozenset(
            phrase.split()[-1]
            for role in ("object_determiners", "neutral_determiners")
            for phrase in _role_set(lexicon, role)
        ),
        object_prepositions=_role_set(lexicon, "object_prepositions"),
        active_auxiliaries=_role_set(lexicon, "active_auxiliaries"),
        singular_subject_triggers=_role_set(lexicon, "singular_subject_triggers"),
        defendant_verb_re=_phrase_regex(
            _role_set(lexicon, "defendant_verbs") | _role_set(lexicon, "singular_defendant_verbs"),
            r"(?<!\w)(?:",
            r")(?!\w)",
        ),
        singular_defendant_verbs=_role_set(lexicon, "singular_defendant_verbs"),
        clause_break_words=_role_set(lexicon, "clause_breaks"),
        relative_leads=_role_set(lexicon, "relative_leads"),
        apposition_leads=_role_set(lexicon, "apposition_leads"),
        bare_participle_is_passive="bare_participle_is_passive" in flags,
        object_ends=_role_set(lexicon, "object_ends"),
        not_person_heads=_role_set(lexicon, "not_person_heads"),
        plural_nouns=_role_set(lexicon, "plural_nouns"),
        plural_noun_endings=_morphology_tuple(morphology, "plural_noun_endings", language),
        not_plural_noun_endings=_morphology_tuple(morphology, "not_plural_noun_endings", language),
        bare_term_after_plural_persons="bare_term_after_plural_persons" in flags,
        adjectives_follow_nouns="adjectives_follow_nouns" in flags,
    )


def _phrase_regex(phrases: frozenset[str], before: str, after: str) -> re.Pattern[str]:
    """One regex for a role's phrases (longest first, any run of spaces between words); a
    pattern that never matches when the language lists none."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(before + _alternation(phrases) + after)


def _determiner_regex(phrases: frozenset[str]) -> re.Pattern[str]:
    """A determiner at the match position, then spaces (none after an elision: "l'ancien")."""
    if not phrases:
        return re.compile(r"(?!)")
    return re.compile(r"(?:" + _alternation(phrases) + r")(?:(?<=')|\s+)")


def _alternation(phrases: Iterable[str]) -> str:
    """The phrases as one regex alternation, longest first, any run of spaces between
    words; "(?!)" (never matches) for none."""
    alternatives = [
        r"\s+".join(re.escape(word) for word in phrase.split())
        for phrase in sorted(phrases, key=lambda p: (-len(p), p))
    ]
    return "|".join(alternatives) if alternatives else "(?!)"


def _coordinated_term(lexicon: LanguageLexicon, conjunctions: frozenset[str]) -> re.Pattern[str]:
    """ "y a ocho años", "and to eight years": "and", then the preposition a term takes, right
    before a term (the `term_prepositions` role)."""
    prepositions = _role_set(lexicon, "term_prepositions")
    if not prepositions or not conjunctions:
        return re.compile(r"(?!)")
    return re.compile(
        rf"(?:^|[\s,])(?:{_alternation(conjunctions)})\s+(?:{_alternation(prepositions)})\s+$"
    )


def _age_list(lexicon: LanguageLexicon, conjunctions: frozenset[str]) -> re.Pattern[str] | None:
    """ ", aged 28, 34 and 41", ", de 30, 41 y 52 años": the `age_list_leads` lead, ages
    joined by commas and the language's "and", the `age_list_units` unit if it has one."""
    leads = _role_set(lexicon, "age_list_leads")
    if not leads or not conjunctions:
        return None
    ages = rf"\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*,?\s*(?:{_alternation(conjunctions)})\s+\d{{1,2}}"
    units = _role_set(lexicon, "age_list_units")
    unit = rf"\s+(?:{_alternation(units)})" if units else ""
    return re.compile(rf",?\s*(?:{_alternation(leads)})\s+(?P<ages>{ages}){unit}\b")


def _morphology_set(morphology: dict[str, Any], key: str, language: str) -> frozenset[str]:
    """A language.toml [morphology] list, normalised."""
    return _normalized_set(_strings(morphology.get(key), f"{language} {key}"), language)


def _morphology_tuple(morphology: dict[str, Any], key: str, language: str) -> tuple[str, ...]:
    """A language.toml [morphology] list, normalised and sorted."""
    return tuple(sorted(_morphology_set(morphology, key, language)))


def _calibre(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """A figure and a calibre word ("9mm", ".50-caliber", "9 mm"); a word written with a
    final "*" may go on ("calibers"), the others end there."""
    words = [w for w in lexicon.roles.get("calibre_words", ()) if w.strip(" *")]
    if not words:
        return re.compile(r"(?!)")
    alternatives = sorted(
        (
            re.escape(normalize_term(w.rstrip("*"), lexicon.language))
            + ("" if w.endswith("*") else r"\b")
            for w in words
        ),
        key=lambda a: (-len(a), a),
    )
    return re.compile(rf"[\s.]?\.?\d{{1,3}}(?:[.,]\d{{1,3}})?\s?-?(?:{'|'.join(alternatives)})")


# A split pluperfect's subject stays inside its clause: this many characters, no ، . ;
SPLIT_PLUPERFECT_GAP = 60


def _split_pluperfect(
    lexicon: LanguageLexicon, and_prefixes: frozenset[str]
) -> re.Pattern[str] | None:
    """ "وكانت شعبة المعلومات قد نفذت": an auxiliary (with a clitic "and" or not), a few
    words, then the particle; None when the language has no such frame."""
    auxiliaries = _role_set(lexicon, "split_pluperfect_auxiliaries")
    particles = _role_set(lexicon, "split_pluperfect_particles")
    if not auxiliaries or not particles:
        return None
    conjunction = f"(?:{_alternation(and_prefixes)})?" if and_prefixes else ""
    return re.compile(
        rf"(?<!\w){conjunction}(?:{_alternation(auxiliaries)})(?!\w)"
        rf"[^،.;]{{0,{SPLIT_PLUPERFECT_GAP}}}?(?<!\w)(?:{_alternation(particles)})(?!\w)"
    )


def _split_pluperfect_probe(lexicon: LanguageLexicon) -> re.Pattern[str] | None:
    """The auxiliaries of ``_split_pluperfect`` alone (each of its matches holds one)."""
    auxiliaries = _role_set(lexicon, "split_pluperfect_auxiliaries")
    if not auxiliaries or not _role_set(lexicon, "split_pluperfect_particles"):
        return None
    return re.compile(_alternation(auxiliaries))


def _personal_a(lexicon: LanguageLexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The patterns of the `personal_a` role (Spanish "a"/"al" before a person object):
    after a verb, and before a capitalised name."""
    words = _role_set(lexicon, "personal_a")
    if not words:
        return re.compile(r"(?!)"), re.compile(r"(?!)")
    marker = _alternation(words)
    exceptions = _alternation(_role_set(lexicon, "personal_a_exceptions"))
    return (
        re.compile(rf" (?:{marker}) (?!{exceptions}|\d)"),
        re.compile(rf"(?:^|\s)(?:{marker}) (?=[A-Z])"),
    )


def _name_patterns(
    lexicon: LanguageLexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns of names and singular subject pronouns, run on the cased text (the
    `subject_pronouns`, `personal_a` and `alias_words` roles): a name and "and" before a
    count, a name before a trigger, an age or alias after a name then "and"."""
    pronouns = "|".join(
        f"[{p[0].upper()}{p[0]}]{re.escape(p[1:])}"
        for p in sorted(_role_set(lexicon, "subject_pronouns"), key=lambda p: (-len(p), p))
    )
    subject = f"{_NAME}|{pronouns}" if pronouns else _NAME
    marker = _alternation(_role_set(lexicon, "personal_a"))
    alias = _alternation(_role_set(lexicon, "alias_words"))
    return (
        re.compile(rf"(?:^|[\s,(])(?P<name>{subject})\s+(?P<and>\w+)\s+(?:(?:{marker})\s+)?$"),
        re.compile(rf"(?:^|[\s,])({subject})\s*$"),
        re.compile(rf"\s*,\s*(?:\d{{1,3}}|(?:{alias})\s+[^,]{{1,30}})\s*,\s*(?P<and>\w+)\s*"),
    )


def _capitalised_run(particles: tuple[str, ...]) -> re.Pattern[str]:
    """Capitalised name words, initials and particles (longest first: "del" before "de")."""
    words = "".join(f"|{re.escape(p)}" for p in sorted(particles, key=lambda p: (-len(p), p)))
    return re.compile(rf"(?:{_NAME})(?:\s+(?:{_NAME}|[A-Z]\.{words}))*")


def _not_surnames(
    lexicon: LanguageLexicon,
    agencies: tuple[Agency, ...],
    local_forces: tuple[LocalForce, ...],
    state_force_heads: dict[str, tuple[str, ...]] | None,
) -> frozenset[str]:
    """Capitalised words that are no surname after a country name: the `not_surnames`,
    `not_names` and `not_local_words` roles and every word of the agencies' names as this
    language matches them ("Forces", "Police", "Customs", "Service")."""
    language = lexicon.language
    names: list[str] = [*(state_force_heads or {}).get(language, ())]
    for agency in agencies:
        names.extend(agency_aliases(agency, language))  # the English name too
    for force in local_forces:
        names.extend((force.english, *force.heads.get(language, ())))
    words = {w for name in names for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[:1].isupper()}
    return (
        frozenset(words)
        | _written_set(lexicon, "not_surnames")
        | _written_set(lexicon, "not_names")
        | _written_set(lexicon, "not_local_words")
    )


def _age_after_word(lexicon: LanguageLexicon) -> re.Pattern[str]:
    """ ", 27," ", 27 ans", ", de 30 años", ", aged 41": a person's age set off by a comma
    right after a word (the `age_links` and `age_cues` roles, the year units of the
    sentence terms), matched at the word's end on the cased text."""
    years = [p for unit in lexicon.sentence_units if unit.months == 12 for p in unit.phrases]
    leads = _role_set(lexicon, "age_links") | _role_set(lexicon, "age_cues")
    lead = rf"(?:(?:{_alternation(leads)})\s+)?" if leads else ""
    unit = rf"|\s*(?:{_alternation(frozenset(years))})(?!\w)" if years else ""
    return re.compile(rf",\s*{lead}\d{{1,2}}(?:\s*[,)]{unit})", re.IGNORECASE)


def _written_set(lexicon: LanguageLexicon, role: str) -> frozenset[str]:
    """A role's words as written, for case-sensitive comparisons with the cased text."""
    return frozenset(" ".join(w.split()) for w in lexicon.roles.get(role, ()))


def _role_set(lexicon: LanguageLexicon, role: str) -> frozenset[str]:
    return _normalized_set(lexicon.roles.get(role, ()), lexicon.language)


def _normalized_set(values: frozenset[str] | tuple[str, ...], language: str) -> frozenset[str]:
    return frozenset(normalize_term(v, language) for v in values)
