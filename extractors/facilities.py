"""Facilities and quantities.

Quantities (power, energy, production rates) are found over the whole text. Facilities are named
installations and projects ("la centrale nucléaire de Flamanville", "le projet Rainier"): a kind
noun followed by a place or a proper name. Each gets a kind, a location from the text around it,
an operator when an organization owns it in the same sentence, and a capacity: the nearest power
quantity in its sentence, else in the next sentence when no other facility stands there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import write_spans
from .normalize.quantities import Quantity, find_quantities
from .normalize.text import Segments, sentence_bounds
from .patterns import facilities as P
from .patterns.organizations import NAME

_X = re.VERBOSE
_HEADS = "|".join(f"(?:{pattern})" for pattern, _ in P.KIND_HEADS)
_KINDS = [(re.compile(rf"(?i:{pattern})$", _X), kind) for pattern, kind in P.KIND_HEADS]

_FACILITY = re.compile(
    rf"""
    (?<![\w-])(?P<head>(?i:{_HEADS}))
    (?:
        \s+(?P<conn>de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)(?P<place>{NAME})
      | \s+(?P<proper>{NAME})
        (?:\s+(?P<conn2>de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|à\s+)(?P<place2>{NAME}))?
    )
    """,
    _X,
)
_APPOSITION = re.compile(
    rf"\s*,\s*(?:{P.APPOSITION_ADJECTIVES}\s+)*(?P<head>(?i:{_HEADS}))(?![\w])", _X
)
_LOCATION = re.compile(rf"{P.LOCATION_CUES}(?P<place>{NAME})", _X)
_POSSESSIVE = re.compile(r"(?:son|sa|ses|leur|leurs)\s+$", re.IGNORECASE)
_OPERATED_BY = re.compile(
    rf"^\s*,?\s*(?:exploitée?|détenue?|construite?|opérée?|développée?|portée?)\s+par\s+"
    rf"(?:le\s+groupe\s+|la\s+société\s+|l['’]entreprise\s+)?(?P<org>{NAME})",
    _X,
)
# Proper names that follow a kind noun without naming the facility ("la centrale Est",
# "le projet Europe" are rare; "le projet Macron" is a plan, not an installation).
_NOT_NAMES = {"EPR", "Est", "Ouest", "Nord", "Sud", "France", "Europe", "État", "Etat"}


def _kind_of(head: str) -> str:
    head = re.sub(r"\s+", " ", head.strip())
    for pattern, kind in _KINDS:
        if pattern.match(head):
            return kind
    return "facility"


@dataclass
class Facility:
    start: int
    end: int
    text: str
    name: str
    kind: str
    location: str | None = None
    operator: str | None = None
    capacity: dict[str, Any] | None = None


def _capacity(quantity: Quantity) -> dict[str, Any]:
    capacity: dict[str, Any] = {"value": quantity.value, "unit": quantity.unit}
    if quantity.kind == "power":
        capacity["watts"] = quantity.total_base_value
    if quantity.count:
        capacity["count"] = quantity.count
    capacity["text"] = quantity.text
    return capacity


def find_facilities(
    text: str,
    quantities: Sequence[Quantity],
    places: Sequence[tuple[int, int]] | None = None,
    organizations: Sequence[tuple[int, int, str]] = (),
) -> list[Facility]:
    """Facilities named in `text`, one per distinct name, in order of first mention.

    `places` are the character spans the model tagged as places (None: trust any capitalised name
    after a location cue); `organizations` are (start, end, canonical name) of organization
    mentions, used for operators and to keep an owner out of the location.
    """
    sentences = Segments(sentence_bounds(text))
    org_at = {(start, end): name for start, end, name in organizations}

    def org_named(start: int, end: int) -> str | None:
        for (s, e), name in org_at.items():
            if s <= start and end <= e or (start <= s and e <= end):
                return name
        return None

    def is_place(start: int, end: int) -> bool:
        if org_named(start, end):
            return False
        if places is None:
            return True
        return any(s <= start < e or start <= s < end for s, e in places)

    mentions: list[Facility] = []
    for match in _FACILITY.finditer(text):
        head = match.group("head")
        kind = _kind_of(head)
        proper, place = match.group("proper"), match.group("place") or match.group("place2")
        if proper is not None and proper.split()[0] in _NOT_NAMES and not match.group("place2"):
            continue
        if kind == "project" and proper is None:
            continue  # "le projet de Lyon": a plan about a place, not a named installation
        if head[0].isupper() and match.start() > 0 and text[match.start() - 1] not in '\n«"“(':
            # "Centrale" capitalised mid-sentence is the start of another name ("Banque Centrale").
            if not re.search(r"[.!?:]\s*$", text[max(0, match.start() - 3) : match.start()]):
                continue
        name = re.sub(r"\s+", " ", match.group(0))
        name = name[0].upper() + name[1:]
        facility = Facility(match.start(), match.end(), match.group(0), name, kind)
        place_start = match.start("place") if match.group("place") else match.start("place2")
        if place is not None:
            place_end = place_start + len(place)
            owner = org_named(place_start, place_end)
            if owner:
                facility.operator = owner
            elif kind != "project":
                facility.location = place
        if proper is not None:
            owner = org_named(match.start("proper"), match.end("proper"))
            if owner:
                facility.operator = owner
        mentions.append(facility)

    # Kind from an apposition, location and operator from the rest of the sentence.
    for facility in mentions:
        sent_start, sent_end = sentences.around(facility.start)
        rest = text[facility.end : sent_end]
        if facility.kind == "project":
            apposition = _APPOSITION.match(rest)
            if apposition:
                facility.kind = _kind_of(apposition.group("head"))
        if facility.location is None:
            for loc in _LOCATION.finditer(rest):
                start = facility.end + loc.start("place")
                end = facility.end + loc.end("place")
                if loc.start() > 120:
                    break
                if is_place(start, end):
                    facility.location = loc.group("place")
                    break
        if facility.operator is None:
            operated = _OPERATED_BY.match(rest)
            if operated:
                facility.operator = operated.group("org")
            elif _POSSESSIVE.search(text[sent_start : facility.start]):
                owners = [n for s, e, n in organizations if sent_start <= s and e <= facility.start]
                if owners:
                    facility.operator = owners[0]

    _attach_capacities(text, mentions, quantities, sentences)

    # One item per facility: "la centrale de X" and "la centrale nucléaire de X" are the same
    # plant, named by its head noun and its place or proper name; the more specific kind and name
    # win.
    merged: dict[tuple[str, str], Facility] = {}
    for facility in mentions:
        first = merged.setdefault(_identity(facility), facility)
        if first is facility:
            continue
        if first.kind in _GENERIC_KINDS and facility.kind not in _GENERIC_KINDS:
            first.kind, first.name = facility.kind, facility.name
        first.location = first.location or facility.location
        first.operator = first.operator or facility.operator
        first.capacity = first.capacity or facility.capacity
    return list(merged.values())


_GENERIC_KINDS = {"power plant", "facility", "project"}


def _identity(facility: Facility) -> tuple[str, str]:
    words = facility.name.split()
    head = words[0].lower()
    # The distinctive part: what follows the last "de/du/d'" or the kind words.
    tail = re.split(r"\s(?:de\s+la|de\s+l['’]|de|du|des|d['’])\s*", facility.name)[-1]
    if tail == facility.name:
        tail = " ".join(words[1:])
    return head, tail.lower()


def _attach_capacities(
    text: str,
    facilities: Sequence[Facility],
    quantities: Sequence[Quantity],
    sentences: Segments,
) -> None:
    """Give each facility the nearest capacity stated in its sentence (after it first, then before
    it), else the first one in the next sentence when no other facility is named there. Energy
    figures (TWh a year) are output, not capacity."""
    usable = [q for q in quantities if q.kind in ("power", "production")]
    sentence_of = {id(q): sentences.index(q.start) for q in usable}
    facility_sentences = [sentences.index(f.start) for f in facilities]
    taken: set[int] = set()
    for i, facility in enumerate(facilities):
        index = facility_sentences[i]
        next_facility = min(
            (f.start for f in facilities[i + 1 :] if f.start > facility.end), default=len(text)
        )
        same = [q for q in usable if sentence_of[id(q)] == index and id(q) not in taken]
        after = [q for q in same if facility.end <= q.start < next_facility]
        before = [q for q in same if q.end <= facility.start]
        following = [
            q
            for q in usable
            if sentence_of[id(q)] == index + 1
            and id(q) not in taken
            and index + 1 not in facility_sentences
        ]
        for group in (after, before[::-1], following):
            power = [q for q in group if q.kind == "power"]
            choice = (power or group or [None])[0]
            if choice is not None:
                facility.capacity = _capacity(choice)
                taken.add(id(choice))
                break


class QuantityExtractor:
    """Writes every power, energy and production quantity to doc.spans["newsfacts_quantities"]."""

    group = "newsfacts_quantities"

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        write_spans(doc, self.group, "nf_quantity", find_quantities(doc.text), _quantity_value)
        return doc


def _quantity_value(q: Quantity) -> dict[str, Any]:
    """The quantity as its text states it: "2 x 1 300 MW" is 2.6 GW, while the "8 MW" of
    "62 éoliennes de 8 MW" is 8 MW, with `count` saying how many units the sentence gives."""
    value: dict[str, Any] = {"kind": q.kind, "value": q.value, "unit": q.unit}
    counted_in_text = bool(q.count) and _MULTIPLIER.search(q.text) is not None
    base = q.total_base_value if counted_in_text else q.base_value
    if q.kind == "power":
        value["watts"] = base
    elif q.kind == "energy":
        value["watt_hours"] = base
    if q.count:
        value["count"] = q.count
    return value


_MULTIPLIER = re.compile(r"\d\s*[x×]|[a-z]\s+[x×]\s", re.IGNORECASE)


class FacilityExtractor:
    """Writes facilities to doc.spans["newsfacts_facilities"], one span per facility (its first
    mention), with name, kind, location, operator and capacity on `span._.nf_facility`."""

    group = "newsfacts_facilities"

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # Re-reading the quantities costs microseconds and keeps Docs free of Python objects.
        quantities = find_quantities(doc.text)
        has_ner = doc.has_annotation("ENT_IOB")
        places = (
            [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("LOC", "GPE")]
            if has_ner
            else None
        )
        organizations = [
            (s._.nf_org["start"], s._.nf_org["end"], s._.nf_org["name"])
            for s in doc.spans.get("newsfacts_organizations", [])
            if s._.nf_org is not None
        ]
        facilities = find_facilities(doc.text, quantities, places, organizations)
        write_spans(doc, self.group, "nf_facility", facilities, _facility_value)
        return doc


def _facility_value(f: Facility) -> dict[str, Any]:
    return {
        "name": f.name,
        "kind": f.kind,
        "location": f.location,
        "operator": f.operator,
        "capacity": f.capacity,
    }


@Language.factory(
    "newsfacts_quantities",
    assigns=["doc.spans"],
    default_config={},
)
def make_quantity_extractor(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor(nlp, name)


@Language.factory(
    "newsfacts_facilities",
    assigns=["doc.spans"],
    default_config={},
)
def make_facility_extractor(nlp: Language, name: str) -> FacilityExtractor:
    return FacilityExtractor(nlp, name)
