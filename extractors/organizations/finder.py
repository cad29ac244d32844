"""Find organizations in French text, without spaCy: the statistical model's entities are one input
among others, re-judged with rules.

The small French model confuses organizations with places, people and products in news text.
`find_organizations` gathers every capitalised name the model tags (ORG, MISC, LOC, PER) plus the
names that rules find on their own, weighs the evidence for each distinct name over the whole
article (`evidence.py`), keeps those that score as organizations, merges acronyms with their
expansion (`acronyms.py`), and finds every mention of each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from . import evidence
from .acronyms import defined_acronyms, merge_acronyms
from .candidates import Candidate, Pool
from .evidence import INSTITUTION, THRESHOLD, Entity
from .names import any_name, looks_english
from .variants import merge_variants

__all__ = ["Entity", "Mention", "find_organizations", "score"]

_AGENCY_CREDIT = re.compile(r"[^\n()]{0,3}\(?[A-Z][\w/ .-]{1,20}\)\s*[-–—]?")
_COMPLEMENT_BEFORE = re.compile(r"\s(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*$")


@dataclass(frozen=True)
class Mention:
    """One mention of an organization: where it is written, and the organization's canonical
    name and aliases (sorted)."""

    start: int
    end: int
    text: str
    name: str
    aliases: tuple[str, ...]


def find_organizations(
    text: str, entities: Iterable[Entity] = (), dateline: tuple[int, int] | None = None
) -> list[Mention]:
    """Every mention of every organization in `text`, in text order. `entities` are the model's
    (start_char, end_char, label, text); `dateline` is the [start, end) of the article's
    dateline, None when it has none."""
    candidates, aliases = score(text, entities, dateline)
    accepted = {name_key: c for name_key, c in candidates.items() if c.score >= THRESHOLD}
    merge_acronyms(accepted, candidates, aliases)
    merge_variants(text, accepted, candidates)
    return [
        Mention(m.start, m.end, m.text, m.org.name, tuple(sorted(m.org.aliases)))
        for m in _mentions(text, accepted.values())
    ]


def score(
    text: str, entities: Iterable[Entity] = (), dateline: tuple[int, int] | None = None
) -> tuple[dict[str, Candidate], dict[str, str]]:
    """Every candidate name with its points, by identity key, and the acronyms defined in the text
    ({acronym key: expansion key})."""
    # read twice; a text in English gets no names from a French model
    entities = [] if looks_english(text) else list(entities)
    pool = Pool(text)
    metadata = _dateline_metadata(text, dateline)
    # Gather the candidates. Portfolios come first: the model's span of one is read differently.
    portfolios = evidence.portfolios(pool)
    evidence.model_entities(pool, entities, metadata, portfolios)
    evidence.known_names(pool, metadata)
    # Weigh the evidence: the cues, the acronyms, then the totals and what reads them.
    evidence.read_cues(pool, metadata)
    evidence.person_parts(pool, entities)
    aliases = defined_acronyms(pool)
    evidence.weigh(pool.by_key, aliases)
    evidence.coordination(pool)
    evidence.enumerations(pool)
    return pool.by_key, aliases


def _dateline_metadata(text: str, dateline: tuple[int, int] | None) -> range:
    """The offsets where names do not count: the dateline names a city in capitals and credits an
    agency ("ROUEN, 9 mars 2025 (AFP) -"), metadata, not facts."""
    if not dateline:
        return range(0, 0)
    start, end = dateline
    credit = _AGENCY_CREDIT.match(text, end)
    if credit:
        end = credit.end()
    return range(text.rfind("\n", 0, start) + 1, end)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    text: str
    org: Candidate


def _mentions(text: str, orgs: Iterable[Candidate]) -> list[_Found]:
    """Every occurrence of every form of every organization, in one scan. Longer forms come first
    in the alternation, so "Amazon Web Services" wins over "Amazon" where both start."""
    orgs = list(orgs)
    by_form: dict[str, Candidate] = {}
    for org in orgs:
        for form in org.forms | org.aliases | {org.name}:
            by_form.setdefault(form, org)
    if not by_form:
        return []
    mentions = [_Found(s, e, form, by_form[form]) for s, e, form in occurrences(text, by_form)]
    # An organization written only as the complement inside a longer one's name ("... de
    # l'Assemblée régionale") still gets its mentions there; a truncated head ("Union des
    # industries" in "Union des industries textiles") does not.
    seen = {id(m.org) for m in mentions}
    outer = list(mentions)
    for org in orgs:
        if id(org) in seen or not INSTITUTION.fullmatch(org.name):
            continue
        mentions += [
            _Found(s, e, form, org)
            for s, e, form in occurrences(text, org.forms | org.aliases | {org.name})
            if _COMPLEMENT_BEFORE.search(text, max(0, s - 8), s)
            and any(o.start < s and e <= o.end for o in outer)
        ]
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions


def _any_of(forms: Iterable[str]) -> re.Pattern[str]:
    """A pattern for any of `forms` as whole words, the longer first."""
    return re.compile(rf"(?<![\w])(?:{any_name(forms)})(?![\w])")


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what `\w` matches in a str pattern


def occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, form) where `_any_of(forms).finditer(text)` matches, found with `str.find`
    instead of compiling a pattern for each article's names (about 1.5 ms an article): at each
    start the longest form standing as whole words wins, and the next match starts after it."""
    forms = set(forms)
    if "" in forms:
        return [(m.start(), m.end(), m.group()) for m in _any_of(forms).finditer(text)]
    at: dict[int, list[str]] = {}
    for form in forms:
        position = text.find(form)
        while position != -1:
            end = position + len(form)
            if not (position and _word_char(text[position - 1])) and not (
                end < len(text) and _word_char(text[end])
            ):
                at.setdefault(position, []).append(form)
            position = text.find(form, position + 1)
    found: list[tuple[int, int, str]] = []
    last_end = 0
    for start in sorted(at):
        if start < last_end:
            continue
        form = max(at[start], key=len)
        found.append((start, start + len(form), form))
        last_end = start + len(form)
    return found
