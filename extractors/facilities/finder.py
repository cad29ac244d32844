"""Facilities and quantities.

Quantities (power, energy, production rates) are found over the whole text. Facilities are named
installations and projects ("la centrale nucléaire de Flamanville", "le projet Rainier"): a kind
noun followed by a place or a proper name, a coordination of names after a plural kind noun ("les
centrales de X et de Y"), a name given by a participle ("un centre de données baptisé « X »") or
an apposition ("X, un terminal de l'aéroport Y"), and unnamed installations that the text pins to
a place ("sa gigafactory à X", "une usine en Y" of a named company).

Mentions of one facility are merged into one item (same kind family and the same distinctive
name, a shorter name that starts a longer one, "X, aussi dénommée Y"). Each item gets a location
and an operator from the text around its mentions, and a capacity: every power or production
quantity is given to one facility (the one whose name it follows in parentheses, else the nearest
one named before it in its sentence, else after it, else the facility the text was last about),
and each facility keeps its best one (a stated total, gross over net, the current value of an
upgrade).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..quantities.finder import Quantity
from ..record import Capacity
from ..text import fold
from . import patterns as P
from .context import annotate, apposed_kind
from .document import Document
from .mentions import (
    Mention,
    compose_parts,
    coordinated,
    given_names,
    named,
    that_of,
    unnamed,
    widest,
)
from .names import de, join_name

_X = re.VERBOSE
_ALIAS_LINK = re.compile(P.ALIAS_LINK, _X | re.IGNORECASE)
_TOTAL = re.compile(P.TOTAL_CUES, re.IGNORECASE)
_UPGRADE = re.compile(P.UPGRADE_CUES, _X | re.IGNORECASE)
_OPENING_PARENTHESIS = re.compile(r"\s*\(\s*")
_GENERIC_KINDS = {"power plant", "facility", "project", "site"}
_PLANT_KINDS = {"nuclear power plant", "hydroelectric power plant", "solar farm", "power plant"}


@dataclass
class Facility:
    start: int
    end: int
    text: str
    name: str
    kind: str
    location: str | None = None
    operator: str | None = None
    capacity: Capacity | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    weak: bool = False
    apposed_kind: bool = False
    fixed_name: bool = False


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


def _family(kind: str) -> str:
    return "plant" if kind in _PLANT_KINDS else kind


def _merge_into(first: Facility, other: Facility) -> None:
    """`other` is another name of `first`: pool their mentions; names are settled at the end."""
    if other.fixed_name:
        first.name, first.kind, first.fixed_name = other.name, other.kind, True
    for alias in [other.name, *other.aliases]:
        if alias not in first.aliases:
            first.aliases.append(alias)
    first.weak = first.weak and other.weak
    first.location = first.location or other.location
    first.operator = first.operator or other.operator
    first.mentions.extend(other.mentions)
    first.mentions.sort(key=lambda m: m.start)


def _settle_name(facility: Facility) -> None:
    """The canonical name: the most specific kind noun with the longest distinctive name ("la
    centrale nucléaire du nom de X" + "la centrale X Daiichi" -> "Centrale nucléaire X Daiichi");
    every other form becomes an alias."""
    candidates = [m for m in facility.mentions if not m.weak] or facility.mentions
    if not facility.fixed_name:
        typed = next((m for m in candidates if m.kind not in _GENERIC_KINDS), candidates[0])
        longest = max(candidates, key=lambda m: (len(fold(m.tail).split()), -m.start))
        if len(fold(longest.tail).split()) == len(fold(typed.tail).split()):
            longest = typed
        facility.kind = typed.kind
        if longest is typed or longest.connector is None or typed.head == longest.head:
            facility.name = longest.name
        else:
            facility.name = join_name(typed.head, longest.connector, longest.tail)
    names = [m.name for m in facility.mentions] + facility.aliases
    facility.aliases = []
    for name in names:
        if name != facility.name and name not in facility.aliases:
            facility.aliases.append(name)


def _tail_of(facility: Facility) -> str:
    return max((m.tail for m in facility.mentions if not m.weak), key=len, default="") or (
        facility.mentions[0].tail if facility.mentions else ""
    )


def _group(text: str, mentions: list[Mention]) -> list[Facility]:
    """One facility per set of mentions that name the same installation."""
    facilities: list[Facility] = []
    by_key: dict[tuple[str, str], Facility] = {}
    previous: Mention | None = None
    for mention in mentions:
        key = (_family(mention.kind), fold(mention.tail))
        target = by_key.get(key)
        if target is None and previous is not None:
            between = text[previous.end : mention.start]
            if mention.start >= previous.end and _ALIAS_LINK.match(between):
                target = next(f for f in facilities if previous in f.mentions)
        if target is None and mention.weak:
            target = next((f for f in facilities if fold(_tail_of(f)) == fold(mention.tail)), None)
        single = Facility(
            mention.start,
            mention.end,
            mention.text,
            mention.name,
            mention.kind,
            mention.location,
            mention.operator,
            mentions=[mention],
            weak=mention.weak,
        )
        if target is None:
            facilities.append(single)
            by_key[key] = single
        else:
            _merge_into(target, single)
            by_key.setdefault(key, target)
        previous = mention
    # Weak names stated before the strong one ("le site de X … la centrale de X").
    for facility in [f for f in facilities if f.weak]:
        partner = next(
            (
                f
                for f in facilities
                if f is not facility
                and not f.weak
                and fold(_tail_of(f)) == fold(_tail_of(facility))
            ),
            None,
        )
        if partner is None and facility.kind == "site":
            # "sa nouvelle usine en Indonésie … le directeur du site de X": the one installation
            # the text names only by its place gets the site's name.
            unnamed = [f for f in facilities if not f.weak and all(m.unnamed for m in f.mentions)]
            if len(unnamed) == 1 and len([f for f in facilities if not f.weak]) == 1:
                partner = unnamed[0]
                operator = f"{partner.operator} " if partner.operator else ""
                head = partner.mentions[0].head
                tail = _tail_of(facility)
                facility.name = join_name(f"{head} {operator}".strip(), de(tail), tail)
                facility.kind = partner.kind
                facility.fixed_name = True
        if partner is not None:
            _merge_into(partner, facility)
            facilities.remove(facility)
    # A shorter name that starts a longer one of the same family ("la centrale de Valbrune",
    # "la centrale Valbrune Nord").
    merged = True
    while merged:
        merged = False
        for short in facilities:
            short_words = fold(_tail_of(short)).split()
            if not short_words:
                continue
            longer = [
                f
                for f in facilities
                if f is not short
                and _family(f.kind) == _family(short.kind)
                and len(fold(_tail_of(f)).split()) > len(short_words)
                and fold(_tail_of(f)).split()[: len(short_words)] == short_words
            ]
            if longer:
                _merge_into(longer[0], short)
                facilities.remove(short)
                merged = True
                break
    for facility in facilities:
        first = facility.mentions[0]
        facility.start, facility.end, facility.text = first.start, first.end, first.text
        _settle_name(facility)
    facilities.sort(key=lambda f: f.start)
    return facilities


def _name_repeats(text: str, facilities: Sequence[Facility]) -> list[tuple[int, int, Facility]]:
    """Where a facility's distinctive name is written on its own ("X est la septième centrale"):
    the text is about that facility there, which matters for capacities a sentence away."""
    spots: list[tuple[int, int, Facility]] = []
    for facility in facilities:
        tail = _tail_of(facility)
        if len(tail) < 4 or not tail[:1].isupper():
            continue
        for match in re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", text):
            spots.append((match.start(), match.end(), facility))
    return spots


def _attach_capacities(
    doc: Document,
    facilities: Sequence[Facility],
    quantities: Sequence[Quantity],
) -> None:
    """Give each power or production quantity to one facility, then let each facility keep its
    best one. Energy figures (TWh a year) are output, not capacity."""
    text = doc.text
    sentences, paragraphs = doc.sentences, doc.paragraphs
    spots: list[tuple[int, int, Facility, bool]] = [
        (m.start, m.end, f, m.comparison) for f in facilities for m in f.mentions
    ]
    named_spans = [(s, e) for s, e, _, _ in spots]
    for start, end, facility in _name_repeats(text, facilities):
        if not any(s <= start < e for s, e in named_spans):
            spots.append((start, end, facility, False))
    spots.sort(key=lambda spot: spot[0])
    usable = [q for q in quantities if q.kind in ("power", "production")]
    # (rank, position, quantity) per facility: lower rank wins.
    offers: dict[int, list[tuple[int, int, Quantity]]] = {}
    for index, q in enumerate(usable):
        sentence = sentences.index(q.start)
        in_sentence = [s for s in spots if sentences.index(s[0]) == sentence]
        owner: Facility | None = None
        rank = 2
        parenthesised = [
            s for s in in_sentence if _OPENING_PARENTHESIS.fullmatch(text[s[1] : q.start])
        ]
        before = [s for s in in_sentence if s[1] <= q.start and not s[3]]
        after = [s for s in in_sentence if s[0] >= q.end and not s[3]]
        total = _TOTAL.search(text[max(0, q.start - 40) : q.start]) is not None
        if parenthesised:
            owner, rank = parenthesised[-1][2], 0
        elif total and len({id(s[2]) for s in before}) >= 2:
            # "X (… MW) et Y (… MW) ont une puissance totale de …": the whole that holds them
            earlier = [s for s in spots if s[1] <= sentences.bounds[sentence][0]]
            if earlier:
                owner, rank = earlier[-1][2], 0
        elif before:
            owner, rank = before[-1][2], 1
        elif after:
            owner, rank = after[0][2], 1
        else:
            paragraph = paragraphs.index(q.start)
            earlier = [s for s in spots if s[1] <= q.start]
            later = [s for s in spots if s[0] >= q.end]
            if earlier and paragraph - paragraphs.index(earlier[-1][0]) <= 1:
                owner = earlier[-1][2]
            elif later and paragraphs.index(later[0][0]) - paragraph <= 1:
                owner = later[0][2]
            if owner is not None and total:
                rank = 1
        if owner is None:
            continue
        if total and rank > 0:
            rank -= 1
        if q.net:
            rank += 1
        if q.kind != "power":
            rank += 3
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


def find_facilities(
    text: str,
    quantities: Sequence[Quantity],
    places: Sequence[tuple[int, int]] | None = None,
    organizations: Sequence[tuple[int, int, str]] = (),
    persons: Sequence[tuple[int, int]] = (),
) -> list[Facility]:
    """Facilities named in `text`, one per installation, in order of first mention.

    `places` are the character spans the model tagged as places (None: trust any capitalised name
    after a location cue); `organizations` are (start, end, canonical name) of organization
    mentions, used for operators and to keep an owner out of the location; `persons` are the
    spans tagged as people, which end a name ("le site de X Jean Dupont").
    """
    doc = Document(text, places, organizations, persons)
    # A head with its name first; the other searches only where it found nothing.
    found = named(doc)
    extra = coordinated(doc) + given_names(doc) + unnamed(doc)
    found += [m for m in extra if not any(m.start < f.end and f.start < m.end for f in found)]
    found += that_of(doc, found)
    mentions = widest(found)
    for mention in mentions:
        annotate(doc, mention)
    compose_parts(text, mentions)
    facilities = _group(text, mentions)
    for facility in facilities:
        if facility.kind == "project":
            kind = apposed_kind(doc, facility.mentions[0])
            if kind is not None:
                facility.kind, facility.apposed_kind = kind, True
    _attach_capacities(doc, facilities, quantities)
    kept: list[Facility] = []
    for facility in facilities:
        if facility.weak:
            continue
        if facility.kind == "project" and not (
            facility.operator or facility.location or facility.capacity or facility.apposed_kind
        ):
            continue  # "le projet X visant à …": a plan or a text, not an installation
        kept.append(facility)
    return _merge_schemes(kept)


def _merge_schemes(facilities: list[Facility]) -> list[Facility]:
    """ "l'aménagement X" and "la centrale X" are one installation unless the text gives each its
    own capacity (a scheme holding several plants)."""
    kept: list[Facility] = []
    for facility in facilities:
        partner = None
        if facility.kind == "hydroelectric complex":
            partner = next(
                (
                    f
                    for f in facilities
                    if f is not facility
                    and _family(f.kind) == "plant"
                    and fold(_tail_of(f)) == fold(_tail_of(facility))
                    and not (f.capacity and facility.capacity)
                ),
                None,
            )
        if partner is not None:
            if partner.capacity is None:
                partner.capacity = facility.capacity
            if facility.name not in partner.aliases:
                partner.aliases.append(facility.name)
            continue
        kept.append(facility)
    return kept
