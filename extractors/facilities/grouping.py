"""Mentions into facilities: one `Facility` per installation, whatever the number of its mentions.

Mentions of one facility are merged into one item: the same kind family and the same distinctive
name, an alias link ("X, aussi dénommée Y"), a weak name ("le site de X") with the strong one of
the same place, a shorter name that starts a longer one ("la centrale de X", "la centrale X
Nord"). The item takes the most specific kind and the longest name of its mentions; every other
form is an alias. Hydroelectric schemes and plants of one name are merged last, once capacities
are known (`merge_schemes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..record import Capacity
from ..text import Segments, fold
from . import patterns as P
from .mentions import Mention
from .names import de, join_name

_ALIAS_LINK = re.compile(P.ALIAS_LINK, re.VERBOSE | re.IGNORECASE)
# Kinds that say less than the others: a facility takes its kind, and its name's head, from a
# mention of another kind when it has one ("le projet X" + "la centrale solaire X").
_GENERIC_KINDS = {"power plant", "facility", "project", "site"}
# Kinds one plant may be called by in one text ("la centrale X", "la centrale solaire X"): one
# family when mentions are matched by name.
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
    mentions: list[Mention] = field(default_factory=list)  # in text order
    weak: bool = False  # only weak mentions ("le site de X"): not output unless merged
    apposed_kind: bool = False  # a project an apposition gave a kind: an installation, kept
    fixed_name: bool = False  # a name made from a site's (_installation_of_site): kept as is


def tail_of(facility: Facility) -> str:
    """The facility's distinctive name: the longest of its strong mentions' (its first
    mention's when all are weak)."""
    return max((m.tail for m in facility.mentions if not m.weak), key=len, default="") or (
        facility.mentions[0].tail if facility.mentions else ""
    )


def _family(kind: str) -> str:
    return "plant" if kind in _PLANT_KINDS else kind


def group(text: str, mentions: Sequence[Mention], sentences: Segments) -> list[Facility]:
    """One facility per set of mentions that name the same installation, in order of first
    mention; `sentences` are the text's (Document.sentences)."""
    facilities = _by_name(text, mentions)
    _absorb_weak(facilities)
    _absorb_beginnings(facilities)
    _absorb_unnamed(facilities)
    _absorb_into_projects(sentences, facilities)
    for facility in facilities:
        first = facility.mentions[0]
        facility.start, facility.end, facility.text = first.start, first.end, first.text
        _settle_name(facility)
    facilities.sort(key=lambda f: f.start)
    return facilities


def _by_name(text: str, mentions: Sequence[Mention]) -> list[Facility]:
    """Mentions in text order, each joined to the facility of the same family and name, of the
    name it is an alias of, or (a weak one) of the same distinctive name."""
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
            target = next((f for f in facilities if fold(tail_of(f)) == fold(mention.tail)), None)
        single = _single(mention)
        if target is None:
            facilities.append(single)
            by_key[key] = single
        else:
            _merge_into(target, single)
            by_key.setdefault(key, target)
        previous = mention
    return facilities


def _single(mention: Mention) -> Facility:
    return Facility(
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


def _absorb_weak(facilities: list[Facility]) -> None:
    """Weak names stated before the strong one ("le site de X … la centrale de X")."""
    for facility in [f for f in facilities if f.weak]:
        partner = next(
            (
                f
                for f in facilities
                if f is not facility and not f.weak and fold(tail_of(f)) == fold(tail_of(facility))
            ),
            None,
        )
        if partner is None and facility.kind == "site":
            partner = _installation_of_site(facility, facilities)
        if partner is not None:
            _merge_into(partner, facility)
            facilities.remove(facility)


def _installation_of_site(site: Facility, facilities: Sequence[Facility]) -> Facility | None:
    """ "sa nouvelle usine en Indonésie … le directeur du site de X": the one installation the
    text names only by its place gets the site's name (`site` is renamed after it)."""
    unnamed = [f for f in facilities if not f.weak and all(m.unnamed for m in f.mentions)]
    if len(unnamed) != 1 or len([f for f in facilities if not f.weak]) != 1:
        return None
    installation = unnamed[0]
    operator = f"{installation.operator} " if installation.operator else ""
    head = installation.mentions[0].head
    tail = tail_of(site)
    site.name = join_name(f"{head} {operator}".strip(), de(tail), tail)
    site.kind = installation.kind
    site.fixed_name = True
    return installation


def _absorb_beginnings(facilities: list[Facility]) -> None:
    """A shorter name that starts a longer one of the same family ("la centrale de Valbrune",
    "la centrale Valbrune Nord"). A merge leaves the longer name's words as they were, so one pass
    in text order settles them all; facilities are looked up by family and first word."""
    words = {id(f): fold(tail_of(f)).split() for f in facilities}
    by_start: dict[tuple[str, str], list[Facility]] = {}
    for facility in facilities:
        if words[id(facility)]:
            by_start.setdefault((_family(facility.kind), words[id(facility)][0]), []).append(
                facility
            )
    removed: set[int] = set()
    for short in list(facilities):
        short_words = words[id(short)]
        if not short_words:
            continue
        longer = next(
            (
                f
                for f in by_start[(_family(short.kind), short_words[0])]
                if f is not short
                and id(f) not in removed
                and len(words[id(f)]) > len(short_words)
                and words[id(f)][: len(short_words)] == short_words
            ),
            None,
        )
        if longer is not None:
            _merge_into(longer, short)
            removed.add(id(short))
    facilities[:] = [f for f in facilities if id(f) not in removed]


def _absorb_unnamed(facilities: list[Facility]) -> None:
    """An installation the text names only by its kind and place ("un campus de données à X", in
    a title) is the one named installation of that family at that place, when there is one."""
    named_at: dict[tuple[str | None, str], list[Facility]] = {}
    for f in facilities:
        if f.location and not f.weak and not _only_unnamed(f):
            named_at.setdefault((f.location, _family(f.kind)), []).append(f)
    absorbed: set[int] = set()
    for facility in [f for f in facilities if _only_unnamed(f) and f.location]:
        named = named_at.get((facility.location, _family(facility.kind)), [])
        if len(named) == 1:
            _merge_into(named[0], facility)
            absorbed.add(id(facility))
    facilities[:] = [f for f in facilities if id(f) not in absorbed]


def _absorb_into_projects(sentences: Segments, facilities: list[Facility]) -> None:
    """ "Le projet, nommé X, prévoit un électrolyseur à Y": an unnamed installation that follows a
    named project in its sentence, with no other facility between, is what the project builds."""
    by_sentence: dict[int, list[tuple[int, Facility]]] = {}
    for f in facilities:
        for m in f.mentions:
            by_sentence.setdefault(sentences.index(m.start), []).append((m.end, f))
    absorbed: dict[int, Facility] = {}  # a facility merged away -> the one that took it

    def holder(f: Facility) -> Facility:
        while id(f) in absorbed:
            f = absorbed[id(f)]
        return f

    for facility in [f for f in facilities if _only_unnamed(f)]:
        start = facility.mentions[0].start
        before = [
            (end, holder(f))
            for end, f in by_sentence.get(sentences.index(start), [])
            if end <= start and holder(f) is not facility
        ]
        if not before:
            continue
        _, nearest = max(before, key=lambda pair: pair[0])
        if nearest.kind == "project" and not _only_unnamed(nearest):
            _merge_into(nearest, facility)
            absorbed[id(facility)] = nearest
    facilities[:] = [f for f in facilities if id(f) not in absorbed]


def _only_unnamed(facility: Facility) -> bool:
    return all(m.unnamed for m in facility.mentions)


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
    in_order = not first.mentions or other.mentions[0].start >= first.mentions[-1].start
    first.mentions.extend(other.mentions)
    if not in_order:  # mentions merged in text order (most of them) need no sort
        first.mentions.sort(key=lambda m: m.start)


def _settle_name(facility: Facility) -> None:
    """The canonical name: the most specific kind noun with the longest distinctive name ("la
    centrale nucléaire du nom de X" + "la centrale X Daiichi" -> "Centrale nucléaire X Daiichi");
    every other form becomes an alias."""
    strong = [m for m in facility.mentions if not m.weak] or facility.mentions
    candidates = [m for m in strong if not m.unnamed] or strong  # a name the text gives first
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


def merge_schemes(facilities: Sequence[Facility]) -> list[Facility]:
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
                    and fold(tail_of(f)) == fold(tail_of(facility))
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
