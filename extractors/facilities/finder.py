"""Facilities named in a text, one per installation: the steps from the text to the list.

The steps, each in its module: `mentions` finds where the text names a facility, `context` reads
each mention's location and operator from its sentence, `grouping` merges the mentions of one
installation into a `Facility` and settles its name, `capacity` gives it the best of the power
or production figures the text ties to it. `names` says how a name is written, `document` holds
the text with the entity spans that all of them read.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..quantities.finder import Quantity
from .capacity import attach_capacities
from .context import annotate, apposed_kind
from .document import Document
from .grouping import Facility, group, merge_schemes
from .mentions import (
    codes,
    compose_parts,
    coordinated,
    given_names,
    listed,
    may_name_a_facility,
    named,
    numbered,
    reactors_of,
    that_of,
    unnamed,
    widest,
)

__all__ = ["Facility", "find_facilities"]


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
    if not may_name_a_facility(text):
        return []
    doc = Document(text, places, organizations, persons)
    # A head with its name first; the other searches only where it found nothing.
    found = named(doc) + numbered(doc)
    extra = coordinated(doc) + listed(doc) + given_names(doc) + unnamed(doc)
    extra += reactors_of(doc) + codes(doc)
    found += [m for m in extra if not any(m.start < f.end and f.start < m.end for f in found)]
    found += that_of(doc, found)
    mentions = widest(found)
    for mention in mentions:
        annotate(doc, mention)
    compose_parts(text, mentions)
    facilities = group(text, mentions, doc.sentences)
    for facility in facilities:
        if facility.kind == "project":
            kind = apposed_kind(doc, facility.mentions[0])
            if kind is not None:
                facility.kind, facility.apposed_kind = kind, True
    attach_capacities(doc, facilities, quantities)
    kept: list[Facility] = []
    for facility in facilities:
        if facility.weak:
            continue
        if facility.kind == "project" and not (
            facility.operator or facility.location or facility.capacity or facility.apposed_kind
        ):
            continue  # "le projet X visant à …": a plan or a text, not an installation
        kept.append(facility)
    return merge_schemes(kept)
