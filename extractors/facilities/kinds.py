"""The record's facility kinds (record.FacilityKind) from the finder's own.

The finder keeps finer kinds than the record shows, because grouping and capacities read them ("le
projet X" takes the kind of "la centrale solaire X"; "le site de X" is weak); the record reports
one vocabulary, the same for every article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..record import FacilityKind

PUBLIC_KINDS: dict[str, FacilityKind] = {
    "data center": "data center",
    "nuclear power plant": "nuclear plant",
    "reactor": "nuclear plant",
    "wind farm": "wind farm",
    "solar farm": "solar farm",
    "hydroelectric power plant": "hydro plant",
    "hydroelectric complex": "hydro plant",
    "dam": "hydro plant",
    "pumped storage plant": "pumped storage",
    "battery storage": "battery storage",
    "gigafactory": "gigafactory",
    "factory": "factory",
    "industrial complex": "factory",
    "electrolyser": "electrolyser",
    "refinery": "refinery",
    "mine": "mine",
    "LNG terminal": "LNG terminal",
    "port": "port",
    "airport": "airport",
    "airport terminal": "airport",
    "spaceport": "launch site",
    "research facility": "research facility",
    "power plant": "other",
    "metro station": "other",
    "metro system": "other",
    "bridge or tunnel": "other",
    "project": "other",
    "site": "other",
    "facility": "other",
}
# A wind farm at sea, by the words of its mentions.
_OFFSHORE = re.compile(r"\b(?:en\s+mer|offshore|marin|flottante?s?)\b", re.IGNORECASE)


def public_kind(kind: str, mentions: Iterable[str]) -> FacilityKind:
    """The record's kind of a facility of the finder's `kind`, written as `mentions`."""
    public = PUBLIC_KINDS[kind]
    if public == "wind farm" and any(_OFFSHORE.search(text) for text in mentions):
        return "offshore wind farm"
    return public
