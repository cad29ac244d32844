"""Quantities into capacities: every power or production quantity is offered to one facility, and
each facility keeps its best offer as its capacity.

A quantity goes to the facility whose mention holds it or whose name it follows in parentheses,
else the nearest one named before it in its sentence, else after it, else the facility the text
was last about (a paragraph away at most). The best offer is a stated total, gross over net, power over production, and the
current value of an upgrade. Energy figures (TWh a year) are output, not capacity, except for a
battery plant, whose "16 GWh par an" is the production rate it is built for.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Sequence
from typing import NamedTuple

from ..numbers import number_words
from ..quantities.finder import Quantity
from ..record import Capacity
from . import patterns as P
from .document import Document
from .grouping import Facility, tail_of

_TOTAL = re.compile(P.TOTAL_CUES, re.IGNORECASE)
_UPGRADE = re.compile(P.UPGRADE_CUES, re.VERBOSE | re.IGNORECASE)
_OPENING_PARENTHESIS = re.compile(r"\s*\(\s*")
# An energy figure stated as a yearly output: "16 GWh par an", "40 GWh de batteries par an", or
# after "une capacité de production de".
_PER_YEAR_AFTER = re.compile(r"\s*(?:de\s+(?:batteries|cellules)\s+)?(?:par\s+an|/\s*an)\b")
_PRODUCTION_BEFORE = re.compile(
    r"capacité\s+(?:de\s+production\s+|annuelle\s+|de\s+production\s+annuelle\s+)(?:de\s+|d['’])?$"
)
# A figure for several installations or for a programme, given to none of them: "300 MW répartis
# sur trois sites", "80 GW de projets", "12 000 MW au total, dont la centrale X", "un portefeuille
# de 789 MW", "un objectif de 40 GW".
_PROGRAMME_AFTER = re.compile(
    rf"""\s*(?:au\s+total\s*)?,?\s*
    (?:répartie?s?\s+(?:sur|entre)|de\s+(?:nouveaux\s+)?projets|de\s+capacités?
      |(?:sur|pour|dans|entre)\s+(?:\d+|{number_words(2, 90)}|plusieurs|ses|leurs)\s+(?:\w+\s+)?
       (?:sites|parcs|projets|centrales|installations|usines|pays|fermes|data\s*cent(?:er|re)s)
      |dont(?![\w-]))""",
    re.VERBOSE | re.IGNORECASE,
)
_PROGRAMME_BEFORE = re.compile(
    r"""(?:portefeuille|objectif|ambition|pipeline|programme|cible|plan|parc\s+installé|flotte)
        \s+(?:[\w'’-]+\s+){0,3}?(?:de|d['’]|à|a|vise|atteindre)\s*
        (?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?$""",
    re.VERBOSE | re.IGNORECASE,
)
_PART_OF_IT = re.compile(r"(?<![\w-])dont(?![\w-])")
# The plants whose yearly energy figure is their capacity: batteries are counted in GWh.
_BATTERY_PLANTS = ("gigafactory", "factory")


class _Spot(NamedTuple):
    """A place where the text names a facility."""

    start: int
    end: int
    facility: Facility
    comparison: bool  # the term of a comparison: it takes no figure of its sentence


def attach_capacities(
    doc: Document, facilities: Sequence[Facility], quantities: Sequence[Quantity]
) -> None:
    """Give each power or production quantity to one facility, then let each facility keep its
    best one."""
    text = doc.text
    spots = _spots(text, facilities)
    yearly = [_per_year(q) for q in quantities if q.kind == "energy" and _is_yearly(text, q)]
    battery_only = {id(q) for q in yearly}  # offered to battery plants alone
    usable = sorted(
        [q for q in quantities if q.kind in ("power", "production")] + yearly,
        key=lambda q: q.start,
    )
    # (rank, position, quantity) per facility: lower rank wins.
    offers: dict[int, list[tuple[int, int, Quantity]]] = {}
    for index, q in enumerate(usable):
        offer = _offer(doc, spots, q)
        if offer is not None and id(q) in battery_only and offer[0].kind not in _BATTERY_PLANTS:
            continue  # a power plant's yearly output is not its capacity
        if offer is not None:
            owner, rank = offer
            offers.setdefault(id(owner), []).append((rank, index, q))
    for facility in facilities:
        choices = sorted(offers.get(id(facility), []), key=lambda o: (o[0], o[1]))
        if not choices:
            continue
        _, index, chosen = choices[0]
        # "912 MW, augmentée à 1 020 MW": the current value
        following = usable[index + 1] if index + 1 < len(usable) else None
        if following is not None and _UPGRADE.match(text[chosen.end : following.start]):
            chosen = following
        facility.capacity = _capacity(chosen)


def _is_yearly(text: str, q: Quantity) -> bool:
    return bool(
        _PER_YEAR_AFTER.match(text, q.end)
        or _PRODUCTION_BEFORE.search(text, max(0, q.start - 45), q.start)
    )


def _per_year(q: Quantity) -> Quantity:
    """An energy figure read as a yearly production rate ("16 GWh par an" -> 16 GWh/an)."""
    return dataclasses.replace(q, kind="production", unit=f"{q.unit}/an", base_value=None)


def _spots(text: str, facilities: Sequence[Facility]) -> list[_Spot]:
    """The facilities' mentions and the repeats of their names, in text order."""
    spots = [_Spot(m.start, m.end, f, m.comparison) for f in facilities for m in f.mentions]
    named_spans = sorted((s.start, s.end) for s in spots)
    starts = [s for s, _ in named_spans]
    reach = max((e - s for s, e in named_spans), default=0)  # the longest mention
    for start, end, facility in _name_repeats(text, facilities):
        # the mentions that start at most `reach` before `start`: the only ones that can hold it
        first = bisect.bisect_left(starts, start - reach)
        last = bisect.bisect_right(starts, start)
        if not any(start < e for _, e in named_spans[first:last]):
            spots.append(_Spot(start, end, facility, False))
    spots.sort(key=lambda spot: spot.start)
    return spots


_TOKEN = re.compile(r"[\w-]+")


def _name_repeats(text: str, facilities: Sequence[Facility]) -> list[tuple[int, int, Facility]]:
    """Where a facility's distinctive name is written on its own ("X est la septième centrale"):
    the text is about that facility there, which matters for capacities a sentence away.

    Every name is looked for in one pass over the text's words: a name can only start where a
    word starts that equals the name's first word."""
    by_first: dict[str, list[tuple[str, int]]] = {}
    for index, facility in enumerate(facilities):
        tail = tail_of(facility)
        if len(tail) < 4 or not tail[:1].isupper():
            continue
        first = _TOKEN.match(tail)
        if first is not None:
            by_first.setdefault(first.group(), []).append((tail, index))
    found: list[list[tuple[int, int, Facility]]] = [[] for _ in facilities]
    last_end = [0] * len(facilities)
    for word in _TOKEN.finditer(text):
        for tail, index in by_first.get(word.group(), ()):
            start, end = word.start(), word.start() + len(tail)
            if start < last_end[index] or not text.startswith(tail, start):
                continue
            if end < len(text) and _TOKEN.match(text, end) is not None:
                continue  # the name runs on into a longer word
            found[index].append((start, end, facilities[index]))
            last_end[index] = end
    return [spot for spots in found for spot in spots]


def _offer(doc: Document, spots: Sequence[_Spot], q: Quantity) -> tuple[Facility, int] | None:
    """The facility `q` is offered to and the offer's rank (lower is better), or None."""
    text, sentences, paragraphs = doc.text, doc.sentences, doc.paragraphs
    sentence = sentences.index(q.start)
    in_sentence = [s for s in spots if sentences.index(s.start) == sentence]
    owner: Facility | None = None
    rank = 2
    parenthesised = [
        s for s in in_sentence if _OPENING_PARENTHESIS.fullmatch(text[s.end : q.start])
    ]
    before = [s for s in in_sentence if s.end <= q.start and not s.comparison]
    after = [s for s in in_sentence if s.start >= q.end and not s.comparison]
    total = _TOTAL.search(text[max(0, q.start - 40) : q.start]) is not None
    # "une usine de 80 MW à X": the mention's own phrase states its power
    inside = [s for s in in_sentence if s.start < q.start and q.end <= s.end and not s.comparison]
    if inside:
        owner, rank = inside[-1].facility, 0
    elif parenthesised:
        owner, rank = parenthesised[-1].facility, 0
    elif _PROGRAMME_AFTER.match(text, q.end) or _PROGRAMME_BEFORE.search(
        text, max(0, q.start - 60), q.start
    ):
        return None  # a figure for several installations, or a target
    elif total and len({id(s.facility) for s in before}) >= 2:
        # "X (… MW) et Y (… MW) ont une puissance totale de …": the whole that holds them
        earlier = [s for s in spots if s.end <= sentences.bounds[sentence][0]]
        if earlier:
            owner, rank = earlier[-1].facility, 0
    elif before:
        owner, rank = before[-1].facility, 1
    elif after:
        if _PART_OF_IT.search(text, q.end, after[0].start):
            return None  # "12 000 MW en Europe, dont la centrale X": the whole, not X
        owner, rank = after[0].facility, 1
    else:
        paragraph = paragraphs.index(q.start)
        # the term of a comparison is not what the text is about ("autant que l'EPR de X")
        earlier = [s for s in spots if s.end <= q.start and not s.comparison]
        later = [s for s in spots if s.start >= q.end and not s.comparison]
        if earlier and paragraph - paragraphs.index(earlier[-1].start) <= 1:
            owner = earlier[-1].facility
        elif later and paragraphs.index(later[0].start) - paragraph <= 1:
            owner = later[0].facility
        if owner is not None and total:
            rank = 1
    if owner is None:
        return None
    if total and rank > 0:
        rank -= 1
    if q.net:
        rank += 1
    if q.kind != "power":
        rank += 3
    return owner, rank


def _capacity(quantity: Quantity) -> Capacity:
    return Capacity(
        value=quantity.value,
        unit=quantity.unit,
        watts=quantity.total_base_value if quantity.kind == "power" else None,
        count=quantity.count or None,
        qualifier=quantity.qualifier or None,  # type: ignore[arg-type]  # checked by the model
        net=True if quantity.net else None,
        text=quantity.text,
    )
