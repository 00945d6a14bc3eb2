"""What a seizure took: cash, drugs with quantities, weapons and goods with counts and values.

Works on the phrase hits of one sentence: item and drug words from items.toml, units,
currency names (CLDR + currencies.toml), and the numbers the numbers stage found.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from worker.extraction import numbers as numbers_module
from worker.extraction.context import ArticleContext, Sentence, kind_hits, role_hits
from worker.extraction.matcher import Match
from worker.extraction.numbers import NumberMention
from worker.models import MoneyValue, Qualifier, SeizedItem, Unit

# Characters allowed between pieces of one quantity ("5 million euros", "3.2 kg of").
NUMBER_TO_UNIT_MAX = 3
LINK_MAX = 4  # room for " de " / " d'" inside such a gap
ITEM_GAP_MAX = 28  # number ... item ("15 luxury cars", "عشرة عبوات من")
VALUE_CUE_WINDOW = 45  # "worth about", "تقدر قيمتها بنحو" before an amount
CASH_CUE_WINDOW = 15  # "in cash", "نقدا" after an amount
DRUG_UNIT_WINDOW = 40
IMPERIAL_PENALTY = 30

_GOODS_KINDS = frozenset({"item", "drug", "currency", "unit"})
_GOODS_ROLES = frozenset({"generic_goods", "total_value", "value", "cash"})
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:[ '-][^\W\d_]+){0,2}")


@dataclass(slots=True)
class ItemHit:
    item: SeizedItem
    start: int
    end: int
    generic: bool = False
    counted: bool = False


@dataclass(slots=True)
class Money:
    amount: float
    currency: str
    qualifier: Qualifier
    start: int
    end: int


@dataclass(slots=True)
class SeizureFindings:
    items: list[ItemHit] = field(default_factory=list)
    total_value: MoneyValue | None = None


def _without_link(ctx: ArticleContext, gap: str) -> str:
    """``gap`` without a trailing "of" word ("de", "d'"): "million d'euros", "trentaine de
    kilos" and "kg d'héroïne" join like "million euros", "30 kilos" and "kg héroïne"."""
    stripped = gap.rstrip()
    for word in numbers_module.link_words(ctx.language):
        if stripped.endswith(word):
            rest = stripped[: -len(word)]
            if not rest or rest[-1] in " (":
                return rest
    return gap


_CONVERSION = re.compile(r"^\s*\([^()]{1,24}\)")


def _words_gap(ctx: ArticleContext, start: int, end: int, limit: int) -> bool:
    if end < start:
        return False
    raw = ctx.compiled.kind_of.sub(" ", ctx.gap(start, end))  # "قرص مهلوس من نوع «إكستازي»"
    conversion = _CONVERSION.match(raw)
    if conversion is not None:
        raw = raw[conversion.end() :]  # "10 kilograms (22 pounds) of": the conversion aside
    if len(raw) > limit:
        return False
    # "(28.12 kilograms) of": brackets are no words, nor quotes round a name ("«إكستازي»")
    gap = _without_link(ctx, raw.rstrip(" «\"'“")).strip(" ()«»\"'“”")
    return not gap or _WORDS_ONLY.fullmatch(gap) is not None


_WEIGHT_GAP = re.compile(r"[,،]?\s*[^\W\d_]+(?:[ '-][^\W\d_]+){0,4}")


def _weight_gap(ctx: ArticleContext, start: int, end: int, loose: bool = True) -> bool:
    """Words between a drug and the weight stated after it: "حشيش بوزن", "cocaïne, soit un
    poids de", "cocaine, with a total weight of" (an "and" starts another item). A generic
    word ("المخدر") takes no weight across a comma: the next item's weight follows it."""
    if not _words_gap(ctx, start, end, DRUG_UNIT_WINDOW):
        if not loose:
            return False
        if end < start or end - start > DRUG_UNIT_WINDOW:
            return False
        gap = _without_link(ctx, ctx.gap(start, end)).strip(" ()")
        if _WEIGHT_GAP.fullmatch(gap) is None:
            return False
    words = ctx.gap(start, end).replace(",", " ").replace("،", " ").split()
    # Arabic writes "and" on the number ("الحشيش و14 ألف قرص"): a lone و is "and" too
    return not any(w in ctx.compiled.and_words for w in words)


def _tight_gap(ctx: ArticleContext, start: int, end: int) -> bool:
    """Nothing but spaces, brackets and an "of" between two parts of a quantity:
    "(31.700) كيلو", "une trentaine de kilos"."""
    return _only_between(ctx, start, end, " ()")


def _spaces_only(ctx: ArticleContext, start: int, end: int) -> bool:
    """An amount and its currency touch ("€5m", "5 ملايين يورو", "1,2 million d'euros"); a
    bracket between them starts a conversion."""
    return _only_between(ctx, start, end, " ")


def _only_between(ctx: ArticleContext, start: int, end: int, filler: str) -> bool:
    """Only ``filler`` characters (and a linking word) between two close offsets."""
    if not 0 <= end - start <= NUMBER_TO_UNIT_MAX + LINK_MAX:
        return False
    gap = ctx.gap(start, end)
    if not gap.strip(filler):
        return end - start <= NUMBER_TO_UNIT_MAX
    return not _without_link(ctx, gap).strip(filler)


def _reparse(ctx: ArticleContext, number: NumberMention, unit: str) -> float:
    """Re-read a digit string knowing its unit ("17,500 كيلو" is 17.5 kg in Egyptian copy)."""
    if number.is_words:
        return number.value
    token = ctx.text[number.start : number.end]
    parsed = numbers_module.parse_number(token, ctx.language, unit)
    if parsed is not None and parsed < 1000 and unit in ("kg", "g", "t", "l"):
        whole = numbers_module.comma_thousands_value(token)
        # "1,150 paquetes ... 1,232 kilos": the article's thousands (never a thousand tonnes)
        if whole is not None and whole != parsed and unit != "t" and ctx.comma_thousands():
            return whole
        whole = numbers_module.one_group_value(token)
        if (
            whole is not None
            and whole != parsed
            and unit == "g"
            and not numbers_module.measures_have_thousandths(ctx.language)
        ):
            return whole  # "1,080 gramos": grams are never told to the milligram
        if whole is not None and "\u066c" in ctx.original_text(number.start, number.end):
            return whole  # "1٬080": the Arabic thousands sign groups, whatever the unit
    return number.value if parsed is None else parsed


def _currency_code(ctx: ArticleContext, hit: Match, countries: list[str]) -> str:
    """A bare "dinar" or "dirham" takes the country of the action, else of the article; a
    "$" first takes the dispatch's dateline state, whose money its writer counts in ("PANAMÁ.-
    ... $45,000 ... de Colombia": USD)."""
    spec = ctx.compiled.currencies[hit.term.index]
    if not spec.by_country:
        return spec.code
    article = _money_countries(ctx)
    told = [c for c in countries if c in spec.by_country]
    if len({spec.by_country[c] for c in told}) > 1:
        # the action spans states of different money: the article's own state, most named
        told.sort(key=lambda c: article.index(c) if c in article else len(article))
    for country in (*ctx.dateline_countries(), *told, *article):
        if country in spec.by_country:
            return spec.by_country[country]
    return spec.code


def _money_countries(ctx: ArticleContext) -> list[str]:
    """The article's states for a bare "$" or "dinars", most named first: countries and
    places (a name other states' towns share weighs less), the home states of the agencies
    named ("Australian Federal Police": AU). Not demonyms: they mostly tell the suspects'
    nationality."""
    weights: dict[str, int] = {}
    for m in ctx.matches:
        kind = m.term.kind
        if kind == "agency":
            code, weight = ctx.compiled.agency_country(m.term.key), 2
        elif kind == "place":
            weak = ctx.compiled.places[m.term.index].weak
            code, weight = m.term.key, 1 if weak else 2
        elif kind == "country":
            code, weight = m.term.key, 2
        else:
            continue
        if code:
            weights[code] = weights.get(code, 0) + weight
    return sorted(weights, key=lambda code: -weights[code])


def _bracketed(ctx: ArticleContext, number: NumberMention, currency_start: int) -> bool:
    """ "مبلغ (48000) ريال": an amount written in brackets before its currency (Gulf and
    Egyptian official style)."""
    return (
        ctx.text[number.start - 1 : number.start] == "("
        and ctx.text[number.end : currency_start].strip() == ")"
        and currency_start - number.end <= 3
    )


def find_money(ctx: ArticleContext, sentence: Sentence, countries: list[str]) -> list[Money]:
    numbers = ctx.numbers(sentence)
    found: list[Money] = []
    for hit in kind_hits(sentence, "currency"):  # the sentence's hits indexed by kind
        if hit.term.kind != "currency":
            continue
        scale = 1.0
        number = next(
            (
                n
                for n in reversed(numbers)
                if (
                    n.end <= hit.start
                    and (_spaces_only(ctx, n.end, hit.start) or _bracketed(ctx, n, hit.start))
                )
                # "6.8 million euros": the number's scale word opens the currency phrase
                or n.start < hit.start < n.end <= hit.end
            ),
            None,
        )
        if number is None:
            number, scale = _scaled_before(ctx, numbers, hit)
        if number is None and not _letter_prefix(ctx, hit):
            number = next(
                (n for n in numbers if n.start >= hit.end and _spaces_only(ctx, hit.end, n.start)),
                None,
            )
        if number is None:
            number = _glued_after(ctx, sentence, hit)
        code = _currency_code(ctx, hit, countries)
        if number is None or not code:
            continue
        start, end = min(number.start, hit.start), max(number.end, hit.end)
        if found and found[-1].end <= start and "(" in ctx.gap(found[-1].end, start):
            continue  # "€5.5 million ($6 million)": a conversion, not a second amount
        if any(m.start == start for m in found):
            continue
        found.append(Money(number.value * scale, code, number.qualifier, start, end))
    return found


GLUED_MINIMUM = 100  # "Q3" is a quarter, "Q3.7 millones" an amount


def _letter_prefix(ctx: ArticleContext, hit: Match) -> bool:
    """A one-letter currency ("N", "R", "Q"): only ever glued to its figures."""
    return hit.end - hit.start == 1 and ctx.text[hit.start].isalpha()


def _glued_after(ctx: ArticleContext, sentence: Sentence, hit: Match) -> NumberMention | None:
    """ "Sh1.3 million", "Q3.7 millones", "R250,000": figures glued to a currency prefix
    (no word boundary, so the number scan skips them). A one-letter prefix needs an amount
    of some size: "Q3", "P5" are rather quarters or models."""
    end = hit.end
    if end >= sentence.end or not ctx.text[end].isdigit() or not ctx.text[hit.start].isalpha():
        return None
    # read as money (the number scan's currency sign stands for the prefix): a scale letter
    # counts ("R350m") and a comma before three digits groups thousands ("Q245,000")
    found = numbers_module.find_numbers("$" + ctx.text[end : sentence.end], ctx.language)
    if not found or found[0].start != 1:
        return None
    shift = end - 1
    number = dataclasses.replace(found[0], start=found[0].start + shift, end=found[0].end + shift)
    if _letter_prefix(ctx, hit) and number.value < GLUED_MINIMUM:
        return None
    return number


def _scaled_before(
    ctx: ArticleContext, numbers: list[NumberMention], hit: Match
) -> tuple[NumberMention | None, float]:
    """ "5M€", "1,2 Md€", "300k$": the number, then a scale letter (items.toml
    [currency_scales]) glued to the currency."""
    scales = ctx.compiled.currency_scales
    for number in reversed(numbers):
        if number.end > hit.start:
            continue
        gap = ctx.gap(number.end, hit.start)
        letters = gap.strip(" ")
        if len(gap) <= 5 and letters in scales and gap.endswith(letters):
            return number, scales[letters]
        break
    return None, 1.0


def _role_before(sentence: Sentence, role: str, position: int, window: int) -> bool:
    return any(0 <= position - m.end <= window for m in role_hits(sentence, role))


def _cash_valued(sentence: Sentence, position: int, window: int) -> bool:
    """ "cash worth $1.2m", "espèces d'une valeur de": the value cue tells how much cash was
    taken, so the amount is the cash itself, not the value of other goods."""
    return any(
        0 <= position - cue.end <= window
        and any(0 <= cue.start - cash.end <= 2 for cash in role_hits(sentence, "cash"))
        for cue in role_hits(sentence, "value")
    )


def _role_after(sentence: Sentence, role: str, position: int, window: int) -> bool:
    return any(0 <= m.start - position <= window for m in role_hits(sentence, role))


def _count_for(
    ctx: ArticleContext,
    sentence: Sentence,
    numbers: list[NumberMention],
    hit: Match,
    used: set[int],
) -> NumberMention | None:
    """The number counting an item: right before it, before its container ("10 packages
    of"), or the item word itself (the dual "بندقيتا")."""
    anchor = hit.start
    for m in role_hits(sentence, "containers"):
        if m.end <= hit.start and _words_gap(ctx, m.end, hit.start, 8):
            anchor = m.start
    best: NumberMention | None = None
    for number in numbers:
        if number.start in used:
            continue
        if number.start < hit.end and hit.start < number.end:
            return number
        if ctx.compiled.calibre.match(ctx.text, number.start - 1 if number.start else 0):
            continue  # ".50-caliber", "9mm": a calibre, not a count
        if (
            number.end <= anchor
            and (
                _words_gap(ctx, number.end, anchor, ITEM_GAP_MAX)
                or _calibre_gap(ctx, number, anchor)
            )
            # "(47) ألف قرص إضافة إلى مبلغ مالي": a unit after the number is what it counts
            and not any(
                u.term.kind == "unit" and number.end <= u.start and u.end <= anchor
                for u in kind_hits(sentence, "unit")
            )
        ):
            best = number
    return best


def _calibre_gap(ctx: ArticleContext, number: NumberMention, anchor: int) -> bool:
    """A calibre between a count and its weapon: "two Barrett .50-caliber sniper rifles",
    "three 9mm pistols" ("deux pistolets de calibre 9 mm" is after the weapon and needs
    nothing)."""
    gap = ctx.gap(number.end, anchor)
    reduced = ctx.compiled.calibre.sub(" ", gap)
    if reduced == gap or len(reduced) > ITEM_GAP_MAX:
        return False
    words = reduced.strip()
    return not words or _WORDS_ONLY.fullmatch(words) is not None


def _number_before(
    ctx: ArticleContext, numbers: list[NumberMention], position: int, used: set[int]
) -> NumberMention | None:
    return next(
        (
            n
            for n in reversed(numbers)
            if n.start not in used
            and n.end <= position
            # "an 11-tonne load of cocaine", "a 300-kilogram cocaine shipment"
            and (_tight_gap(ctx, n.end, position) or ctx.gap(n.end, position) == "-")
        ),
        None,
    )


PILLS_TO_DRUG = 24  # "pills believed to contain", "tablets containing"
_ADJECTIVE_GAP = re.compile(r"\s+[^\W\d_]{3,14}\s+")


def _number_before_adjective(
    ctx: ArticleContext, numbers: list[NumberMention], position: int, used: set[int]
) -> NumberMention | None:
    """ "287,000 blue pills", "41,000 counterfeit tablets": one describing word between the
    count and the tablets (not "and", not "of"); not where adjectives follow their noun."""
    if ctx.compiled.adjectives_follow_nouns:
        return None
    for n in reversed(numbers):
        if n.end > position:
            continue
        gap = ctx.gap(n.end, position)
        word = gap.strip()
        if n.start in used or _ADJECTIVE_GAP.fullmatch(gap) is None:
            return None
        if word in ctx.compiled.and_words or word in numbers_module.link_words(ctx.language):
            return None
        return n
    return None


def _unit_quantity(
    ctx: ArticleContext,
    sentence: Sentence,
    numbers: list[NumberMention],
    hit: Match,
    used: set[int],
) -> tuple[float, str, Qualifier, int] | None:
    """A quantity with a unit: "2 tonnes of cocaine", "20 كيلوغراما من الحشيش" (unit before
    the substance); for drugs also "حشيش بوزن 3 كيلو" and "500,000 captagon pills" (after).
    The closest unit wins."""
    best: tuple[int, float, str, Qualifier, int] | None = None
    for unit_hit in kind_hits(sentence, "unit"):  # the sentence's hits indexed by kind
        if unit_hit.term.kind != "unit":
            continue
        spec = ctx.lexicon.units[unit_hit.term.index]
        # "287,000 blue pills believed to contain fentanyl": tablets are described at length
        reach = PILLS_TO_DRUG if spec.unit == "pills" else 14
        if unit_hit.end <= hit.start and (
            _words_gap(ctx, _past_abbreviation_dot(ctx, unit_hit.end), hit.start, reach)
            or _weight_of_pills(ctx, sentence, unit_hit, hit)
        ):
            distance = hit.start - unit_hit.end
            number = _number_before(ctx, numbers, unit_hit.start, used)
            if number is None and spec.unit == "pills":
                number = _number_before_adjective(ctx, numbers, unit_hit.start, used)
        elif hit.term.kind == "drug" and hit.start <= unit_hit.start and unit_hit.end <= hit.end:
            # "5,000 ecstasy pills", "5000 حبوب مخدرة": the unit inside the drug's own name
            distance = 0
            number = _number_before(ctx, numbers, hit.start, used)
        elif hit.term.kind == "drug" and unit_hit.start >= hit.end:
            if any(
                m.term.kind == "drug"
                and m.start >= unit_hit.end
                and m is not hit
                # "counterfeit oxycodone pills containing fentanyl": the same drug told twice
                and not (m.term.key == hit.term.key and _tight_gap(ctx, hit.end, unit_hit.start))
                and _words_gap(ctx, unit_hit.end, m.start, 14)
                for m in kind_hits(sentence, "drug")
            ):
                continue  # "حشيش، و2 كيلو من الشبو": the weight of the drug after it
            distance = unit_hit.start - hit.end
            number = _number_before(ctx, numbers, unit_hit.start, used)
            if number is not None and not _weight_gap(
                ctx, hit.end, number.start, loose=not _is_generic(ctx, hit)
            ):
                number = None  # "حشيش بوزن 3 كيلو" only: words between drug and amount
            if number is None and _tight_gap(ctx, hit.end, unit_hit.start):
                number = _number_before(ctx, numbers, hit.start, used)  # "500 captagon pills"
        else:
            continue
        if spec.factor != 1.0:
            distance += IMPERIAL_PENALTY  # "62 pounds (28.12 kg)": the metric figure wins
        if best is not None and best[0] <= distance:
            continue
        qualifier: Qualifier = "exact"
        if number is None:
            if _dual_unit(ctx, unit_hit):
                value, start = 2.0 * spec.factor, unit_hit.start  # طنين: two
            elif _half_after(ctx, unit_hit) and spec.unit in _MASS_SCALE:
                value, start = spec.factor, unit_hit.start  # "طن ونصف": one and a half
            elif (
                ctx.text[unit_hit.start : unit_hit.end] in ctx.compiled.one_unit_words
                and _number_before(ctx, numbers, unit_hit.start, set()) is None
            ):
                value, start = spec.factor, unit_hit.start  # "طنا من الحشيش": one
            else:
                continue
        else:
            value = _reparse(ctx, number, spec.unit) * spec.factor
            qualifier, start = number.qualifier, number.start
        value += _half_after(ctx, unit_hit) * spec.factor
        unit: str = spec.unit
        if number is not None:
            larger = _larger_part(ctx, sentence, numbers, number, used)
            if larger is not None and unit in _MASS_SCALE:
                big_value, big_unit, big_start = larger
                value = big_value + value * _MASS_SCALE[unit] / _MASS_SCALE[big_unit]
                unit, start = big_unit, big_start
        digits = IMPERIAL_DECIMALS if spec.factor != 1.0 else 6
        best = (distance, round(value, digits), unit, qualifier, start)
    return None if best is None else best[1:]


def _weight_of_pills(ctx: ArticleContext, sentence: Sentence, unit_hit: Match, hit: Match) -> bool:
    """ "3,6 tonnes de comprimés de tramadol", "1,2 toneladas de pastillas de": a weight, then
    the tablets word, then the drug: the weight is the drug's."""
    if ctx.lexicon.units[unit_hit.term.index].unit not in _MASS_SCALE:
        return False
    return any(
        u.term.kind == "unit"
        and ctx.lexicon.units[u.term.index].unit == "pills"
        and unit_hit.end <= u.start
        and u.end <= hit.start
        and _words_gap(ctx, unit_hit.end, u.start, 6)
        and _words_gap(ctx, u.end, hit.start, 14)
        for u in kind_hits(sentence, "unit")
    )


IMPERIAL_DECIMALS = 2  # a converted weight keeps two decimals ("3,200 pounds" = 1451.5 kg)


def weight_of_load(ctx: ArticleContext, sentence: Sentence) -> SeizedItem | None:
    """The weight a sentence tells of a load named before ("The packages weighed 1,152
    kilograms", "El cargamento, con un peso de 1,100 kilos"): a `load_nouns` word and one
    weight (a mass unit after a number), with no drug named. None otherwise."""
    if kind_hits(sentence, "drug") or not ctx.compiled.load_nouns.search(
        ctx.text, sentence.start, sentence.end
    ):
        return None
    numbers = ctx.numbers(sentence)
    weights: list[tuple[float, Unit, Qualifier]] = []
    for unit_hit in kind_hits(sentence, "unit"):
        if unit_hit.term.kind != "unit":
            continue
        spec = ctx.lexicon.units[unit_hit.term.index]
        unit = spec.unit
        if unit not in ("g", "kg", "t"):
            continue
        number = _number_before(ctx, numbers, unit_hit.start, set())
        if number is None:
            continue
        value = _reparse(ctx, number, unit) * spec.factor
        weights.append((round(value, 6), unit, number.qualifier))
    if len(weights) != 1:
        return None  # none, or several: parts or another load
    value, unit, qualifier = weights[0]
    return SeizedItem(category="drug", quantity=value, unit=unit, qualifier=qualifier)


_MASS_SCALE: dict[str, float] = {"t": 1000.0, "kg": 1.0, "g": 0.001}
_LIST_MARKS = frozenset({"", ",", "،", ";"})  # or an "and" word: a list of drugs


def _elided_unit_quantity(
    ctx: ArticleContext,
    sentence: Sentence,
    numbers: list[NumberMention],
    hit: Match,
    used: set[int],
) -> tuple[float, str, Qualifier, int] | None:
    """ "1.200 kilos de cocaína, 300 de hachís y 50 de marihuana": a bare number and "of"
    before a drug, listed after a weighed drug, is in the same unit."""
    number = next(
        (
            n
            for n in reversed(numbers)
            if n.start not in used
            and n.end <= hit.start
            and ctx.gap(n.end, hit.start).strip() in numbers_module.link_words(ctx.language)
            and ctx.gap(n.end, hit.start).strip()
        ),
        None,
    )
    if number is None:
        return None
    units = [m for m in sentence.matches if m.term.kind == "unit" and m.end <= number.start]
    if not units:
        return None
    unit_hit = units[-1]
    between = [m for m in sentence.matches if m.term.kind == "drug" and unit_hit.end <= m.start]
    if not between or number.start - between[-1].end > 12:
        return None
    link = ctx.gap(between[-1].end, number.start).strip()
    if link not in _LIST_MARKS and link not in ctx.compiled.and_words:
        return None  # only a list of drugs: "cocaína, 300 de hachís"
    spec = ctx.lexicon.units[unit_hit.term.index]
    value = _reparse(ctx, number, spec.unit) * spec.factor
    digits = IMPERIAL_DECIMALS if spec.factor != 1.0 else 6
    return round(value, digits), spec.unit, number.qualifier, number.start


def _past_abbreviation_dot(ctx: ArticleContext, end: int) -> int:
    """ "45 lbs. of meth", "3 kg. de": the dot of an abbreviated unit, when a lower-case word
    follows (no sentence ends there)."""
    if ctx.cased[end : end + 2] == ". " and ctx.cased[end + 2 : end + 3].islower():
        return end + 1
    return end


def _dual_unit(ctx: ArticleContext, unit_hit: Match) -> bool:
    """ "طنين", "طنان": a dual unit (language.toml dual_endings) is two of it, with no
    number before it."""
    endings = ctx.compiled.dual_endings
    if not endings:
        return False
    word = ctx.text[unit_hit.start : unit_hit.end]
    return (
        word.endswith(endings)
        and len(word) >= 4
        and not word.endswith(ctx.compiled.not_dual_endings)
    )


def _half_after(ctx: ArticleContext, unit_hit: Match) -> float:
    """ "طنين ونصف", "3 أطنان ونصف", "una tonelada y media", "deux tonnes et demie": a half
    after the unit adds half of it."""
    return 0.5 if ctx.compiled.half_after.match(ctx.text, unit_hit.end) else 0.0


def _larger_part(
    ctx: ArticleContext,
    sentence: Sentence,
    numbers: list[NumberMention],
    number: NumberMention,
    used: set[int],
) -> tuple[float, str, int] | None:
    """ "4 أطنان و200 كيلوغرام", "2 tonnes and 300 kilos": a larger mass unit joined by "and"
    right before the amount is the first part of one weight (value, unit, start)."""
    for unit_hit in reversed(kind_hits(sentence, "unit")):
        if unit_hit.term.kind != "unit" or unit_hit.end > number.start:
            continue
        if number.start - unit_hit.end > 6:
            return None
        if ctx.gap(unit_hit.end, number.start).strip() not in ctx.compiled.and_words:
            return None
        spec = ctx.lexicon.units[unit_hit.term.index]
        if spec.unit not in _MASS_SCALE:
            return None
        first = _number_before(ctx, numbers, unit_hit.start, used)
        if first is None:
            if not _dual_unit(ctx, unit_hit):
                return None
            return 2.0 * spec.factor, spec.unit, unit_hit.start
        return _reparse(ctx, first, spec.unit) * spec.factor, spec.unit, first.start
    return None


def _item_hit(
    ctx: ArticleContext,
    sentence: Sentence,
    numbers: list[NumberMention],
    hit: Match,
    used: set[int],
) -> ItemHit:
    if hit.term.kind == "drug":
        drug = ctx.lexicon.drugs[hit.term.index]
        substance = _antecedent(ctx, hit) if drug.anaphoric else drug.substance
        item = SeizedItem(category="drug", substance=substance or drug.substance)
        generic = drug.generic
    else:
        spec = ctx.lexicon.items[hit.term.index]
        item = SeizedItem(category=spec.category, label=spec.label)
        generic = spec.generic
        if spec.count is not None and spec.count != 1:  # the dual: "بندقيتا قنص" is two
            item.count, item.qualifier = spec.count, "exact"
            return ItemHit(item, hit.start, hit.end, generic, counted=True)
    quantity = (
        None  # "47 ألف قرص إضافة إلى مبلغ مالي": a sum of money is no count of tablets
        if item.category == "money"
        else _unit_quantity(ctx, sentence, numbers, hit, used)
    )
    if quantity is None and hit.term.kind == "drug":
        quantity = _elided_unit_quantity(ctx, sentence, numbers, hit, used)
    if quantity is not None:
        value, unit, qualifier, number_start = quantity
        used.add(number_start)
        if unit == "pills" and hit.term.kind != "drug":
            item.count = int(value)
        else:
            item.quantity, item.unit = value, unit  # type: ignore[assignment]
        item.qualifier = qualifier
        return ItemHit(item, hit.start, hit.end, generic, counted=True)
    if hit.term.kind == "item" and _indefinite_before(ctx, sentence, hit):
        # "un pistolet", "a sawn-off shotgun", "d'un fusil d'assaut", "una escopeta": the
        # article counts one, whatever number stands further back
        item.count, item.qualifier = 1, "exact"
        return ItemHit(item, hit.start, hit.end, generic, counted=True)
    if hit.term.kind != "drug":
        number = _count_for(ctx, sentence, numbers, hit, used)
        if number is not None and float(number.value).is_integer() and number.value < 10_000_000:
            used.add(number.start)
            item.count = int(number.value)
            item.qualifier = number.qualifier
            return ItemHit(item, hit.start, hit.end, generic, counted=True)
        if hit.term.kind == "item" and ctx.lexicon.items[hit.term.index].count == 1:
            # A singular noun with no number is one ("سيارة ملاكي", "a car"); a number before
            # it wins, as Arabic counts from 11 on take the singular ("15 سيارة").
            item.count, item.qualifier = 1, "exact"
            return ItemHit(item, hit.start, hit.end, generic, counted=True)
    return ItemHit(item, hit.start, hit.end, generic)


def _indefinite_before(ctx: ArticleContext, sentence: Sentence, hit: Match) -> bool:
    """A singular indefinite article right before the item word ("un", "une", "a", "an",
    "una"; French "d'un"), which counts one of it."""
    articles = numbers_module.indefinite_articles(ctx.language)
    if not articles:
        return False
    head = ctx.text[max(sentence.start, hit.start - 24) : hit.start]
    if head.endswith("-") and " " in head:
        head = head[: head.rfind(" ") + 1]  # "a semi-automatic rifle": a prefix of the word
    if not head.endswith(" "):
        return False
    words = head.split()
    elisions = ctx.compiled.elisions
    if (
        len(words) > 1
        and words[-1] not in ctx.compiled.not_one_after_article
        and words[-1].replace("-", "").isalpha()
        and _without_elision(words[-2], elisions) in articles
    ):
        return True  # "a sawn-off shotgun", "a loaded pistol"
    if not words:
        return False
    return _without_elision(words[-1], elisions) in articles


def _without_elision(word: str, elisions: tuple[str, ...]) -> str:
    """ "d'un" -> "un": the word without an elided word glued before it."""
    for elided in elisions:
        if word.startswith(elided):
            return word[len(elided) :]
    return word


def _measured_only(ctx: ArticleContext, hit: Match) -> bool:
    return hit.term.kind == "drug" and ctx.lexicon.drugs[hit.term.index].measured


def _anaphoric(ctx: ArticleContext, hit: Match) -> bool:
    return hit.term.kind == "drug" and ctx.lexicon.drugs[hit.term.index].anaphoric


def _antecedent(ctx: ArticleContext, hit: Match) -> str | None:
    """The substance a "the same drug" / "هذا المخدر" refers to: the last specific drug named
    before it in the article."""
    found: str | None = None
    for m in ctx.matches:
        if m.start >= hit.start:
            break
        if m.term.kind == "drug":
            drug = ctx.lexicon.drugs[m.term.index]
            if not drug.generic and not drug.anaphoric:
                found = drug.substance
    return found


def _attach_value(
    findings: SeizureFindings, hits: list[ItemHit], sentence: Sentence, money: Money
) -> None:
    """A stated value goes to the items right before it: the uncounted run back to the last
    counted item ("15 cars, jewellery and watches worth €2m": jewellery and watches), or
    the counted item alone; with no specific item before it, it is the seizure's total."""
    # in text order (cash found earlier in the sentence is appended after the goods), and
    # never cash that has its amount ("RM245,000 in cash ... jewellery worth RM80,000")
    before = sorted(
        (
            h
            for h in hits
            if h.end <= money.start and not (h.item.category == "money" and h.item.amount)
        ),
        key=lambda h: h.start,
    )
    generic_goods = any(m.end <= money.start for m in role_hits(sentence, "generic_goods"))
    if not before or (
        generic_goods and all(h.end < _last_goods_end(sentence, money) for h in before)
    ):
        findings.total_value = MoneyValue(amount=money.amount, currency=money.currency)
        return
    run: list[ItemHit] = []
    for hit in reversed(before):
        if hit.counted and run:
            break
        run.append(hit)
        if hit.counted:
            break
    if all(hit.item.category == "drug" for hit in run):
        _add_total(findings, money)  # "120 kg of cocaine worth R350m": the haul's value
        return
    for hit in run:
        hit.item.amount, hit.item.currency = money.amount, money.currency
        if hit.item.qualifier is None:
            hit.item.qualifier = money.qualifier


def _add_total(findings: SeizureFindings, money: Money) -> None:
    """A value of drugs is the seizure's total value (values of several drugs in one currency
    add up)."""
    total = findings.total_value
    if total is not None and total.currency == money.currency:
        findings.total_value = MoneyValue(
            amount=total.amount + money.amount, currency=total.currency
        )
    elif total is None:
        findings.total_value = MoneyValue(amount=money.amount, currency=money.currency)


VALUE_LINK_CHARS = 16  # "worth of", "de", "en": between an amount and the goods it prices


def _goods_priced_after(ctx: ArticleContext, sentence: Sentence, money: Money) -> Match | None:
    """The goods an amount stands right before ("a R5m cocaine haul", "P3.4M shabu",
    "Sh600 million worth of heroin", "2 millions d'euros de bijoux"): nothing but a value link
    (items.toml `value_links`) between. Not cash: that amount is money seized."""
    for hit in sentence.matches:
        if hit.term.kind not in ("item", "drug") or hit.start < money.end:
            continue
        if _category(ctx, hit) == "money" or hit.start - money.end > VALUE_LINK_CHARS:
            return None
        gap = ctx.gap(money.end, hit.start).strip().replace("-", " ").strip()
        return hit if not gap or gap in ctx.compiled.value_links else None
    return None


def _last_goods_end(sentence: Sentence, money: Money) -> int:
    ends = [m.end for m in role_hits(sentence, "generic_goods") if m.end <= money.start]
    return max(ends) if ends else -1


def _inside_crime_phrase(ctx: ArticleContext, sentence: Sentence, hit: Match) -> bool:
    """The goods word is part of a longer phrase naming a crime ("drug trafficking",
    "لتهريب المخدرات"), not a seized thing."""
    words = ctx.text.count(" ", hit.start, hit.end)
    return any(
        m.term.kind == "crime"
        and m.start <= hit.start
        and hit.end <= m.end
        and ctx.text.count(" ", m.start, m.end) > words
        for m in kind_hits(sentence, "crime")
    )


def _in_agency_name(sentence: Sentence, hit: Match) -> bool:
    """A word of an agency's own name ("Anti-Narcotics Force", "the Drug Enforcement
    Administration", where "the Drug" overlaps it) names no seized goods."""
    return any(
        m.term.kind == "agency" and m.start < hit.end and hit.start < m.end
        for m in sentence.matches
    )


def _in_a_place(ctx: ArticleContext, sentence: Sentence, hit: Match) -> bool:
    """A vehicle where goods were ("hidden in a truck", "في شاحنة") or the one a search acts
    on ("بتفتيش الشاحنة عثر على", "a search of the car found"), not a seized item."""
    return any(
        m.end <= hit.start and _words_gap(ctx, m.end, hit.start, 5)
        for m in role_hits(sentence, "locative")
    ) or (_category(ctx, hit) == "vehicle" and searched_object(ctx, sentence, hit))


SEARCH_GAP = 2  # words between a search and its object: "تفتيش دقيق للشاحنة" (لل apart)


def searched_object(ctx: ArticleContext, sentence: Sentence, hit: Match) -> bool:
    """The thing ``hit`` names right after a search trigger (one whose object must be
    premises: "تفتيش", "searched"), at most one word between, no punctuation: what was
    searched."""
    for m in kind_hits(sentence, "trigger"):
        if m.end > hit.start or ctx.lexicon.triggers[m.term.index].object != "premises":
            continue
        gap = ctx.gap(m.end, hit.start)
        if len(gap.split()) <= SEARCH_GAP and not any(ch in gap for ch in ",،;:.()"):
            return True
    return False


def _is_generic(ctx: ArticleContext, hit: Match) -> bool:
    if hit.term.kind == "drug":
        return ctx.lexicon.drugs[hit.term.index].generic
    return hit.term.kind == "item" and ctx.lexicon.items[hit.term.index].generic


def _classifier(ctx: ArticleContext, sentence: Sentence, hit: Match) -> bool:
    """A generic word right before the specific one only classifies it ("3 كيلو لمخدر
    الشابو", "قرص مخدر لعقار الترامادول", "drugs such as cocaine"): the quantity belongs to
    the specific item. So does "the drug" ("لمخدر الحشيش" read as لـ + المخدر)."""
    if not (_is_generic(ctx, hit) or _anaphoric(ctx, hit)):
        return False
    return any(
        m.term.kind == hit.term.kind
        and _category(ctx, m) == _category(ctx, hit)  # "قطع سلاح وقنبلتين": two kinds
        and not _is_generic(ctx, m)
        and not _anaphoric(ctx, m)
        and (
            (
                m.start >= hit.end
                and _words_gap(ctx, hit.end, m.start, 12)
                # "35 قطعة سلاح بينها بندقيتا قنص": a total, then some of it
                and not any(hit.end <= p.start < m.start for p in role_hits(sentence, "part"))
            )
            or hit.start < m.start < hit.end < m.end  # "لمخدر" inside "مخدر الحشيش"
        )
        for m in kind_hits(sentence, hit.term.kind)
    )


def _category(ctx: ArticleContext, hit: Match) -> str:
    return ctx.lexicon.items[hit.term.index].category if hit.term.kind == "item" else "drug"


def _goods_word(m: Match) -> bool:
    return m.term.kind in _GOODS_KINDS or (m.term.kind == "role" and m.term.key in _GOODS_ROLES)


def _owns_everything(_offset: int) -> bool:
    return True


def find_seizure(
    ctx: ArticleContext,
    sentence: Sentence,
    countries: list[str],
    owns: Callable[[int], bool] = _owns_everything,
) -> SeizureFindings:
    """Items of a seizure in ``sentence``; ``owns(offset)`` says whether a thing at that
    offset belongs to this seizure (and not to another action of the same sentence)."""
    findings = SeizureFindings()
    if not any(_goods_word(m) and owns(m.start) for m in sentence.matches):
        return findings  # nothing seizable near this trigger: skip numbers and money
    numbers = ctx.numbers(sentence)
    money = [m for m in find_money(ctx, sentence, countries) if owns(m.start)]
    used: set[int] = set()
    for m in money:
        used.update(n.start for n in numbers if m.start <= n.start < m.end)
    hits: list[ItemHit] = []
    for hit in sentence.matches:
        if (
            hit.term.kind in ("item", "drug")
            and owns(hit.start)
            and not _classifier(ctx, sentence, hit)
            and not any(m.start <= hit.start < m.end for m in money)
            and not _inside_crime_phrase(ctx, sentence, hit)
            and not (hit.term.kind == "item" and _in_a_place(ctx, sentence, hit))
            and not _in_agency_name(sentence, hit)
        ):
            found = _item_hit(ctx, sentence, numbers, hit, used)
            if not found.counted and _measured_only(ctx, hit):
                continue  # "ice", "ICE agents": the drug only with its weight ("5 kg of ice")
            if not found.counted and _anaphoric(ctx, hit):
                # "the drug" alone names nothing new: an umbrella word like "drugs"
                found.item.substance = "unspecified"
                found = ItemHit(found.item, found.start, found.end, generic=True)
            hits.append(found)
    previous_end = sentence.start
    for index, amount in enumerate(money):
        # A value cue speaks for the first amount after it only ("worth €2m, and €3m cash").
        window = min(VALUE_CUE_WINDOW, amount.start - previous_end)
        previous_end = amount.end
        # a cash cue speaks for the amount right before it ("worth R3m and R50,000 in cash")
        following = money[index + 1].start if index + 1 < len(money) else sentence.end
        cash_after = any(
            0 <= m.start - amount.end <= CASH_CUE_WINDOW and m.start < following
            for m in role_hits(sentence, "cash")
        )
        priced = None if cash_after else _goods_priced_after(ctx, sentence, amount)
        if _role_before(sentence, "excluded_value", amount.start, window):
            continue  # street value, laundered sums, fines
        if _role_before(sentence, "total_value", amount.start, window):
            findings.total_value = MoneyValue(amount=amount.amount, currency=amount.currency)
        elif (
            _role_before(sentence, "value", amount.start, window)
            and not cash_after
            and not _cash_valued(sentence, amount.start, window)
        ):
            _attach_value(findings, hits, sentence, amount)
        elif priced is not None:
            # "a R5m cocaine haul", "Sh600 million worth of heroin": the goods' value
            goods = next((h for h in hits if h.start == priced.start), None)
            if goods is None or goods.item.category == "drug":
                _add_total(findings, amount)
            else:
                goods.item.amount, goods.item.currency = amount.amount, amount.currency
        else:
            cash = SeizedItem(
                category="money",
                label="cash",
                amount=amount.amount,
                currency=amount.currency,
                qualifier=amount.qualifier,
            )
            hits.append(ItemHit(cash, amount.start, amount.end, counted=True))
    hits.extend(_bare_pills(ctx, sentence, numbers, used, owns))
    hits.sort(key=lambda h: h.start)
    findings.items = _one_weapon_per_name(ctx, _without_included_totals(sentence, hits))
    return findings


BARE_PILLS_REACH = 40  # a weight this close after a count of capsules is what they hold


def _sole_substance_before(ctx: ArticleContext, hit: Match, since: int = 0) -> str | None:
    """The one specific substance the article (from ``since`` on) names before ``hit``
    (None: none or several)."""
    found = {
        ctx.lexicon.drugs[m.term.index].substance
        for m in ctx.matches
        if since <= m.start < hit.start
        and m.term.kind == "drug"
        and not ctx.lexicon.drugs[m.term.index].generic
        and not ctx.lexicon.drugs[m.term.index].anaphoric
    }
    return next(iter(found)) if len(found) == 1 else None


PILLS_CONTENT_REACH = 70  # "38,000 blue pills stamped M30 that tested positive for fentanyl"


def _substance_after(
    ctx: ArticleContext, sentence: Sentence, numbers: list[NumberMention], pills: Match
) -> str | None:
    """The specific drug named shortly after a count of pills, with no other number or
    clause break between ("pills that later tested positive for fentanyl", "comprimés
    contenant de la MDMA"): what the pills are."""
    for m in kind_hits(sentence, "drug"):
        if m.term.kind != "drug" or m.start < pills.end:
            continue
        if m.start - pills.end > PILLS_CONTENT_REACH:
            return None
        drug = ctx.lexicon.drugs[m.term.index]
        if drug.generic or drug.anaphoric:
            continue
        between = ctx.text[pills.end : m.start]
        if ";" in between or any(pills.end <= n.start < m.start for n in numbers):
            return None
        return drug.substance
    return None


def _bare_pills(
    ctx: ArticleContext,
    sentence: Sentence,
    numbers: list[NumberMention],
    used: set[int],
    owns: Callable[[int], bool],
) -> list[ItemHit]:
    """ "ضُبطت 3,100,000 حبة" in a captagon story, "officers found 2,000 pills": a count of
    pills that names no drug is of the one specific drug the article named before it (none
    or several named: no item)."""
    found: list[ItemHit] = []
    for unit_hit in kind_hits(sentence, "unit"):
        if unit_hit.term.kind != "unit" or not owns(unit_hit.start):
            continue
        if ctx.lexicon.units[unit_hit.term.index].unit != "pills":
            continue
        if any(
            m.term.kind == "drug" and m.end >= unit_hit.start - 2 and m.start <= unit_hit.end + 24
            for m in kind_hits(sentence, "drug")
        ):
            continue  # the pills of a drug named beside them
        if any(
            u.term.kind == "unit"
            and ctx.lexicon.units[u.term.index].unit in _MASS_SCALE
            and 0 <= u.start - unit_hit.end <= BARE_PILLS_REACH
            for u in kind_hits(sentence, "unit")
        ):
            continue  # "87 cápsulas con un total de 1,1 kilos": capsules holding a weight
        number = _number_before(ctx, numbers, unit_hit.start, used) or _number_before_adjective(
            ctx, numbers, unit_hit.start, used
        )
        if number is None or number.is_vague or not float(number.value).is_integer():
            continue
        # "لترويجهما أقراص الإمفيتامين، وضُبط بحوزتهما (47) ألف قرص": the sentence's own drug
        # first, in a story that names several
        substance = (
            _substance_after(ctx, sentence, numbers, unit_hit)
            or _sole_substance_before(ctx, unit_hit, sentence.start)
            or _sole_substance_before(ctx, unit_hit)
        )
        if substance is None:
            continue
        used.add(number.start)
        item = SeizedItem(
            category="drug",
            substance=substance,
            quantity=number.value,
            unit="pills",
            qualifier=number.qualifier,
        )
        found.append(ItemHit(item, number.start, unit_hit.end, counted=True))
    return found


INCLUDING_REACH = 6  # "14 rifles, including nine ...": the part word right after the total


def _without_included_totals(sentence: Sentence, hits: list[ItemHit]) -> list[ItemHit]:
    """ "14 rifles, including nine AK-47s and five .50-caliber rifles": a counted total
    followed by "including" and counted kinds of its category that add up to it is told by
    its parts; the total goes. Weapons whose parts add up to less ("14 firearms, including
    three assault rifles", "neuf armes, dont deux kalachnikovs"): the total counts, even an
    umbrella word, and the parts, already in it, go."""
    parts = list(role_hits(sentence, "part"))
    if not parts:
        return hits
    dropped: set[int] = set()
    for index, total in enumerate(hits):
        count = total.item.count
        if not total.counted or count is None or count < 2 or total.item.category == "money":
            continue
        cue = next((p for p in parts if 0 <= p.start - total.end <= INCLUDING_REACH), None)
        if cue is None:
            continue
        included: list[ItemHit] = []
        for hit in hits[index + 1 :]:
            if hit.start < cue.end:
                continue
            if hit.item.category != total.item.category:
                break  # "..., including two shotguns, and 300 rounds": the list is over
            if hit.counted and hit.item.count:
                included.append(hit)
        told = sum(h.item.count or 0 for h in included)
        if len(included) >= 2 and told == count:
            dropped.add(id(total))
        elif included and told < count and total.item.category == "weapon":
            dropped.update(id(h) for h in included)
            total.generic = False  # the umbrella word's count is the one told
    return [h for h in hits if id(h) not in dropped] if dropped else hits


def _one_weapon_per_name(ctx: ArticleContext, hits: list[ItemHit]) -> list[ItemHit]:
    """ "un fusil AK-47", "an AK-47 rifle", "deux fusils de type kalachnikov": a weapon word
    and the model right next to it name one weapon; the model's label stays, with the
    count told for either."""
    dropped: set[int] = set()
    for first, second in itertools.pairwise(hits):
        if first.item.category != "weapon" or second.item.category != "weapon":
            continue
        gap = ctx.compiled.kind_of.sub("", ctx.gap(first.end, second.start)).strip()
        if gap or first.item.label == second.item.label:
            continue
        plain, model = (first, second) if first.item.label == "rifle" else (second, first)
        if plain.item.label != "rifle":
            continue
        if model.item.count is None or (not model.counted and plain.counted):
            model.item.count, model.item.qualifier = plain.item.count, plain.item.qualifier
            model.counted = plain.counted
        dropped.add(id(plain))
    return [h for h in hits if id(h) not in dropped] if dropped else hits
