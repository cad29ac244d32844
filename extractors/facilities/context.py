"""What the sentence around a mention says about it: a location and an operator when the name
gave none, whether the mention is only the term of a comparison, and a kind noun set in
apposition after a project's name.
"""

from __future__ import annotations

import re

from . import patterns as P
from .document import Document
from .mentions import Mention
from .names import FNAME, HEADS, kind_of, not_a_name

_X = re.VERBOSE

_LOCATION = re.compile(rf"{P.LOCATION_CUES}(?P<place>{FNAME})", _X)
_POSSESSIVE = re.compile(r"(?:son|sa|ses|leur|leurs)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_OPERATED_BY = re.compile(
    rf"^\s*,?\s*(?:exploitée?|détenue?|construite?|opérée?|développée?|portée?)\s+par\s+"
    rf"(?:le\s+groupe\s+|la\s+société\s+|l['’]entreprise\s+)?(?P<org>{FNAME})",
    _X,
)
_COMPARISON = re.compile(P.COMPARISON_CUES, re.IGNORECASE)
_REACH = 300  # characters read after and before a mention
_APPOSITION = re.compile(
    rf"\s*,\s*(?:{P.APPOSITION_ADJECTIVES}\s+)*(?P<head>(?i:{HEADS}))(?![\w])", _X
)


def annotate(doc: Document, mention: Mention) -> None:
    """Fill `mention`'s location and operator from the rest of its sentence where its name left
    them empty, and mark it when a comparison word stands just before it."""
    text = doc.text
    sent_start, sent_end = doc.sentences.around(mention.start)
    # What the cues read: a window each side, so a sentence of any length costs the same.
    rest = text[mention.end : min(sent_end, mention.end + _REACH)]
    if mention.location is None:
        for loc in _LOCATION.finditer(rest):
            start = mention.end + loc.start("place")
            end = mention.end + loc.end("place")
            if loc.start() > 120:
                break
            if doc.is_place(start, end) and not not_a_name(loc.group("place")):
                mention.location = loc.group("place")
                break
    if mention.operator is None:
        operated = _OPERATED_BY.match(rest)
        if operated:
            mention.operator = doc.org_named(
                mention.end + operated.start("org"), mention.end + operated.end("org")
            ) or operated.group("org")
        elif _POSSESSIVE.search(text[max(sent_start, mention.start - _REACH) : mention.start]):
            mention.operator = doc.org_before(mention.start, nearest=False)
    before = text[max(sent_start, mention.start - 25) : mention.start]
    mention.comparison = _COMPARISON.search(before) is not None


def apposed_kind(doc: Document, mention: Mention) -> str | None:
    """The kind of a kind noun in apposition right after `mention` ("le projet X, gigantesque
    data center basé à Y"), if there is one in its sentence."""
    sent_end = doc.sentences.around(mention.start)[1]
    apposition = _APPOSITION.match(doc.text[mention.end : sent_end])
    return kind_of(apposition.group("head")) if apposition else None
