"""How a facility is named: the kind nouns that head a name and the kind each one means, the
distinctive name after them (a place or a proper name), and how the two are written as one name.

The head phrases are data in `patterns`; here they become the alternations the mention patterns
are built from and the tables that give a head its kind and its canonical spelling.
"""

from __future__ import annotations

import re

from ..text import CAP_WORD
from . import patterns as P

_X = re.VERBOSE

# Alternations of the head phrases, for the mention patterns.
HEADS = "|".join(f"(?:{pattern})" for pattern, _ in P.KIND_HEADS)
PLURALS = "|".join(f"(?:{pattern})" for pattern, _ in P.PLURAL_HEADS)
PARTS = "|".join(f"(?:{pattern})" for pattern, _ in P.LISTED_PARTS)
# Each head phrase as a whole-head pattern, with the kind it means.
_KINDS = [(re.compile(rf"(?i:{pattern})$", _X), kind) for pattern, kind in P.KIND_HEADS]
PLURAL_KINDS = [(re.compile(rf"(?i:{p})$", _X), kind) for p, kind in P.PLURAL_HEADS]
PART_KINDS = [(re.compile(rf"(?i:{p})$", _X), kind) for p, kind in P.LISTED_PARTS]
_CANONICAL = [(re.compile(rf"(?i:{p})$", _X), head) for p, head in P.CANONICAL_HEADS]

# A facility's name: capitalised words (or words with digits) joined by spaces and "de", "du",
# "d'" — but not "et", which joins two names ("l'aéroport de X et 58 vols"), and not starting with
# a digit ("une centrale de 900 MW").
_FIRST_WORD = r"(?<!\w)(?:[A-ZÀ-ÖØ-Þ][\w&.'’+-]*[\w&+]|[A-ZÀ-ÖØ-Þ])"
FNAME = rf"""
    (?:{_FIRST_WORD}
       (?:\s(?:de\s(?:la\s|l['’])?|des\s|du\s|d['’])?{CAP_WORD}){{0,5}})
"""
# The "de" between a head and a place ("centrale de X", "aéroport de l'Y", "parc des Z").
CONN = r"(?:de\s+la\s+|de\s+l['’]\s*|de\s+|d['’]\s*|du\s+|des\s+)"
# Qualifiers between a head and its name: up to four adjectives or complements of the vocabulary
# in `patterns` ("solaire flottante", "de production d'hydrogène vert", "au sol").
MODS = rf"""
    (?:\s+(?:{P.MODIFIER_ADJECTIVES}
            |(?:(?:de|à|au|aux|en|par|sur)\s+(?:la\s+|l['’])?|d['’]){P.MODIFIER_NOUNS})(?![\w-])){{0,4}}
"""
_MODIFIER_KINDS = [(re.compile(p, re.IGNORECASE), kind) for p, kind in P.MODIFIER_KINDS]

# Capitalised determiners: a sentence's first word, never a name or an owner.
ARTICLES = {"Le", "La", "Les", "L'", "L’", "Un", "Une", "Cette", "Ce", "Son", "Sa", "Leur"}
# Proper names that follow a kind noun without naming the facility ("la centrale Est",
# "la deuxième centrale de France", "le projet Europe").
_NOT_NAMES = {
    "EPR",
    "Est",
    "Ouest",
    "Nord",
    "Sud",
    "France",
    "Europe",
    "État",
    "Etat",
    "Afrique",
    "Asie",
    "Amérique",
    "Monde",
}
_SPACES = re.compile(r"\s+")


def not_a_name(tail: str) -> bool:
    return tail.split()[0] in _NOT_NAMES


def match_kind(table: list[tuple[re.Pattern[str], str]], head: str) -> str:
    head = _SPACES.sub(" ", head.strip())
    for pattern, kind in table:
        if pattern.match(head):
            return kind
    return "facility"


def kind_of(head: str, mods: str = "") -> str:
    """The kind of a head phrase, refined by the qualifiers after it when the head alone says
    little ("le site de production d'hydrogène" is an electrolyser)."""
    kind = match_kind(_KINDS, head)
    if mods and kind in P.REFINABLE_KINDS:
        for pattern, refined in _MODIFIER_KINDS:
            if pattern.search(mods):
                return refined
    return kind


def canonical_head(head: str) -> str:
    head = _SPACES.sub(" ", head.strip())
    for pattern, canonical in _CANONICAL:
        if pattern.match(head):
            return canonical
    return head[0].lower() + head[1:] if head[:1].isupper() and head[1:2].islower() else head


def join_name(head: str, connector: str, tail: str) -> str:
    """ "centrale" + "de " + "Flamanville" -> "Centrale de Flamanville"."""
    connector = _SPACES.sub(" ", connector)
    if connector and not connector.endswith(("'", "’")):
        connector = connector.rstrip() + " "
    text = f"{head} {connector}{tail}" if connector or tail else head
    return text[0].upper() + text[1:]


def de(place: str) -> str:
    """The "de" that joins a head to `place`, elided before a vowel."""
    return "d'" if place[:1].lower() in "aeiouyhéèêàâîôû" else "de "
