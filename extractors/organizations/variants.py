"""Other names of one organization within one text, merged into it as aliases.

- A former name given with the new one: "Elvane, rebaptisé ElvaneEnergies", "Kortis (ex-Brenn)",
  "Kortis, anciennement Brenn". The new name is the canonical one.
- A short form that drops what only says "company": the name glued to a descriptor ("Elvane" for
  "ElvaneEnergies") or followed by a generic word of corporate names ("Brisant" for "Brisant
  Group"). A descriptor written apart ("Siemens Energy") names another company as often as the
  same one, so only the glued form counts for it.
- An institution's head word alone ("l'Assemblée" for "l'Assemblée nationale", "la Banque" for
  "la Banque centrale européenne"), when one organization only of the text has that head followed
  by adjectives alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from . import patterns as P
from .candidates import Candidate
from .names import key

_RENAMED = re.compile(
    rf"""(?P<old>{P.NAME_TIGHT})\s*,?\s*(?:aujourd['’]hui\s+|depuis\s+)?
        (?:rebaptisée?|renommée?|devenue?|désormais\s+appelée?)\s+(?:en\s+)?(?P<new>{P.NAME_TIGHT})
      | (?P<new2>{P.NAME_TIGHT})\s*(?:\(\s*ex-\s*|,\s*(?:ex-|anciennement\s+))(?P<old2>{P.NAME_TIGHT})""",
    re.VERBOSE,
)
_GLUED = re.compile(rf"(?P<short>[A-ZÀ-Þ][\w-]+?)(?:{P.GLUED_DESCRIPTORS})")
_GENERIC_WORD = re.compile(rf"(?P<short>.+?)\s+(?:{P.GENERIC_CORPORATE_WORDS})")
_HEAD_AND_ADJECTIVES = re.compile(
    rf"(?P<short>[A-ZÀ-Þ][a-zà-ÿ]+)(?:\s+(?:{P.INSTITUTION_ADJECTIVES})){{1,2}}", re.VERBOSE
)
# What continues a head word into a longer name: an adjective or a complement.
_CONTINUED = rf"\s+(?:(?:{P.INSTITUTION_ADJECTIVES})(?![\w-])|de\s|du\s|des\s|d['’])"


def merge_variants(
    text: str, accepted: dict[str, Candidate], candidates: Mapping[str, Candidate]
) -> None:
    """Merge renamed and short forms into the accepted organization they name. `accepted` is
    changed in place; a short form need not be accepted itself, nor even be a candidate."""
    for match in _RENAMED.finditer(text):
        old = match.group("old") or match.group("old2")
        new = match.group("new") or match.group("new2")
        if key(new) in candidates:
            _merge(text, accepted, candidates, old, key(new))
    for long_key, org in list(accepted.items()):
        short = _GLUED.fullmatch(org.name) or _GENERIC_WORD.fullmatch(org.name)
        if short is not None and long_key in accepted:
            _merge(text, accepted, candidates, short.group("short"), long_key)
    _merge_heads(text, accepted, candidates)


def _merge_heads(
    text: str, accepted: dict[str, Candidate], candidates: Mapping[str, Candidate]
) -> None:
    """The head word alone of the one accepted organization named by that head and adjectives."""
    by_first_word: dict[str, list[str]] = {}
    for long_key, org in accepted.items():
        words = org.name.split()
        if len(words) > 1:  # the head alone, accepted on its own, is what gets merged
            by_first_word.setdefault(words[0], []).append(long_key)
    for head, long_keys in by_first_word.items():
        if len(long_keys) != 1 or not _HEAD_AND_ADJECTIVES.fullmatch(accepted[long_keys[0]].name):
            continue
        alone = re.compile(rf"(?<![\w-]){re.escape(head)}(?![\w-])(?!{_CONTINUED})", re.VERBOSE)
        if alone.search(text):
            _merge(text, accepted, candidates, head, long_keys[0])


def _merge(
    text: str,
    accepted: dict[str, Candidate],
    candidates: Mapping[str, Candidate],
    short_name: str,
    long_key: str,
) -> None:
    short_key = key(short_name)
    if short_key == long_key or long_key not in accepted and short_key not in accepted:
        return
    long, short = candidates[long_key], candidates.get(short_key)
    if short is None:
        if re.search(rf"(?<![\w-]){re.escape(short_name)}(?![\w-])", text):
            long.aliases.add(short_name)  # its mentions are found as the long form's
    elif short.product_points < 0 and short_key not in accepted:
        return  # "la marque Elvane": a product of the group, not the group
    else:
        long.forms |= short.forms
        long.aliases.add(short.name)
        accepted.pop(short_key, None)
    accepted[long_key] = long
