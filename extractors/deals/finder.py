"""Deals: each amount of money read as part of a transaction or a financial figure, with who pays
and who receives, when, and whether it is done.

Pure text in, plain data out: the amounts, organizations, facilities and dates are the other
components' facts, given as offsets. For each amount, in its sentence:
- the kind comes from the nearest trigger word (`patterns.TRIGGERS`: "investit", "une levée de
  fonds de", "valorisée à", "un chiffre d'affaires de" ...), one before the amount preferred to
  one after; with none, the kind is `other`;
- the roles come from the kind's frame: the sentence's first organization before the amount is
  its subject (the investor, the buyer, the earner; the company raising or valued), and a
  preposition names the other side ("dans Y", "auprès de X", "par X"); a sentence that names no
  organization carries the subject of the sentence before it ("Après un engagement initial de
  8 milliards, le groupe veut ..."), and an investment without a receiver the previous one's;
- the status comes from the words just before the amount (a conditional, a plan, an
  announcement), the scope from the words around it, the date from the nearest date of the
  sentence.

Every step looks at a bounded window (the amount's sentence, cut to 2 * WINDOW characters either
side of the amount, at most MAX_NAMES organizations and dates in it, the amounts within WINDOW
characters), so a text of any size takes linear time; in a sentence longer than that, the subject
is the first organization within the window.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..text import Segments, sentence_bounds
from . import patterns as P

WINDOW = 200  # characters either side of an amount where its trigger may stand
MAX_NAMES = 60  # organizations of one sentence that are looked at
_CARRY = 3  # sentences back where a subject may be carried from
_STATUS_BEFORE = 70  # characters before the amount (or its trigger) read for its status
_SCOPE_BEFORE, _SCOPE_AFTER = 40, 30

_X = re.VERBOSE | re.IGNORECASE
_TRIGGER = re.compile(
    "|".join(
        rf"(?P<k{i}>(?<![\w-])(?:{pattern})(?![\w-]))" for i, (_, pattern) in enumerate(P.TRIGGERS)
    ),
    _X,
)
_KINDS = [kind for kind, _ in P.TRIGGERS]
_POSSIBLE = re.compile(rf"(?<![\w-])(?:{P.POSSIBLE})(?![\w-])", _X)
_PLANNED = re.compile(rf"(?<![\w-])(?:{P.PLANNED})(?![\w-])", _X)
_ANNOUNCED = re.compile(rf"(?<![\w-])(?:{P.ANNOUNCED})(?![\w-])", _X)
_SCOPES = [
    ("incremental", re.compile(rf"(?<![\w-])(?:{P.INCREMENTAL})(?![\w-])", _X)),
    ("cumulative", re.compile(rf"(?<![\w-])(?:{P.CUMULATIVE})(?![\w-])", _X)),
    ("tranche", re.compile(rf"(?<![\w-])(?:{P.TRANCHE})(?![\w-])", _X)),
    ("total", re.compile(rf"(?<![\w-])(?:{P.TOTAL})(?![\w-])", _X)),
]
# A preposition, then at most three words (a determiner, a cue noun: "dans la start-up X"), then
# the name: what stands between an anchor and the organization that a preposition introduces.
_WORDS_TO_NAME = r"\s+(?:[\w'’-]+\s+){0,3}$"
_TO_TARGET = re.compile(rf"(?<![\w-])(?:{P.TO_TARGET}){_WORDS_TO_NAME}", _X)
_FROM_ACTOR = re.compile(rf"(?<![\w-])(?:{P.FROM_ACTOR}){_WORDS_TO_NAME}", _X)
_WITH = re.compile(rf"(?<![\w-])(?:avec|à|pour|auprès\s+de){_WORDS_TO_NAME}", _X)
_LIST_LINK = re.compile(r"^\s*(?:,|et|ainsi\s+que)\s*(?:l['’]|la\s+|le\s+|les\s+)?$", re.I)
_CLAUSE_END = re.compile(r"[,;:(]")
_CLAUSE_BREAK = re.compile(r"[,;]")
# A kind noun that speaks of an installation already named: "le projet", "la future usine".
_FACILITY_WORD = re.compile(
    r"(?<![\w-])(?:projets?|usines?|centrales?|parcs?|sites?|campus|fermes?|chantiers?|gigafactory"
    r"|barrages?|réacteurs?|data\s+centers?|centres?\s+de\s+données|installations?|complexes?)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_TO_FACILITY_KINDS = ("investment", "cost", "subsidy", "contract", "other")
_BY = re.compile(r"(?<![\w-])par\s+(?:\S+\s+){0,2}$")

Name = tuple[int, int, str]  # (start, end, canonical name) of a mention


@dataclass
class _Sentence:
    start: int
    end: int
    names: list[Name]  # the organizations mentioned in it, in text order


def find_deals(
    text: str,
    money: Sequence[dict[str, Any]],
    organizations: Sequence[Name],
    facilities: Sequence[Name] = (),
    dates: Sequence[dict[str, Any]] = (),
    operators: Mapping[str, str | None] | None = None,
) -> list[dict[str, Any]]:
    """One deal per amount of `money` (the money component's items, in record order), as plain
    dicts with the keys of record.Deal. `facilities` are (start, end, name) of each facility's
    first mention, `operators` their operators by name."""
    sentences = Segments(sentence_bounds(text) or [(0, len(text))])
    names = sorted(organizations)
    name_starts = [n[0] for n in names]
    places = sorted(facilities)
    place_starts = [p[0] for p in places]
    triggers = [
        (m.start(), m.end(), _KINDS[int(str(m.lastgroup)[1:])]) for m in _TRIGGER.finditer(text)
    ]
    trigger_starts = [t[0] for t in triggers]
    dated = sorted((d["start"], d["end"], d["value"]) for d in dates if d.get("value"))
    dated_starts = [d[0] for d in dated]
    money_spans = [(m["start"], m["end"]) for m in money]
    by_start = sorted(money_spans)

    def sentence(index: int, around: dict[str, Any] | None = None) -> _Sentence:
        """The sentence, with its organizations: those within 2 * WINDOW characters of the
        amount `around` in a long sentence, and never more than MAX_NAMES."""
        start, end = sentences.bounds[index]
        if around is not None:
            start = max(start, around["start"] - 2 * WINDOW)
            end = min(end, around["end"] + 2 * WINDOW)
        low = bisect.bisect_left(name_starts, start)
        high = bisect.bisect_left(name_starts, end)
        return _Sentence(start, end, names[low : min(high, low + MAX_NAMES)])

    deals: list[dict[str, Any]] = []
    last_target: tuple[str, str] | None = None
    for index, amount in enumerate(money):
        where = sentences.index(amount["start"])
        here = sentence(where, amount)
        near = _near(by_start, amount)
        trigger = _trigger(triggers, trigger_starts, amount, here, near)
        kind = trigger[2] if trigger else "other"
        anchor = min(amount["start"], trigger[0]) if trigger else amount["start"]
        subject = _first_before(here.names, anchor)
        if subject is None:
            subject = _carried_subject(sentence, where)
        actor, target, co_actors = _roles(text, kind, here, amount, trigger, subject)
        target_type = "organization" if target else None
        if target is None and trigger is not None and kind in _TO_FACILITY_KINDS:
            facility = _facility_for(text, places, place_starts, here, amount, kind)
            if facility is not None:
                target, target_type = facility, "facility"
                if actor is None and operators:
                    actor = operators.get(facility)
        if target is None and kind == "investment" and last_target is not None:
            target, target_type = last_target
        if target == actor:
            target, target_type = None, None
        if kind == "investment" and target is not None and target_type is not None:
            last_target = (target, target_type)
        status = _status(text, here, anchor, amount, kind)
        deals.append(
            {
                "kind": kind,
                "amount": dict(amount),
                "money_index": index,
                "actor": actor,
                "co_actors": co_actors,
                "target": target,
                "target_type": target_type,
                "date": _date(text, dated, dated_starts, here, amount, near),
                "hedged": status != "done",
                "status": status,
                "trigger": (
                    {"text": text[trigger[0] : trigger[1]], "start": trigger[0], "end": trigger[1]}
                    if trigger
                    else None
                ),
                "scope": _scope(text, here, amount),
            }
        )
    return deals


def _trigger(
    triggers: list[tuple[int, int, str]],
    starts: list[int],
    amount: dict[str, Any],
    here: _Sentence,
    money_spans: list[tuple[int, int]],
) -> tuple[int, int, str] | None:
    """The trigger of the amount's sentence nearest to it, within WINDOW; one before the amount
    counts its distance, one after two and a half times it ("un investissement de X pour
    l'acquisition de ..." is an investment)."""
    low = bisect.bisect_left(starts, max(here.start, amount["start"] - WINDOW))
    high = bisect.bisect_right(starts, min(here.end, amount["end"] + WINDOW))
    best: tuple[float, int, tuple[int, int, str]] | None = None
    for order, found in enumerate(triggers[low:high]):
        start, end, _ = found
        if end > here.end or any(s <= start < e for s, e in money_spans):
            continue
        if end <= amount["start"]:
            distance = float(amount["start"] - end)
        elif start >= amount["end"]:
            distance = 2.5 * (start - amount["end"])
        else:
            continue
        if best is None or (distance, order) < best[:2]:
            best = (distance, order, found)
    return best[2] if best else None


def _first_before(names: list[Name], offset: int) -> str | None:
    for start, _, name in names:
        if start < offset:
            return name
    return None


def _carried_subject(sentence: Any, where: int) -> str | None:
    """The subject of one of the _CARRY sentences before: the text speaks of it still."""
    for back in range(where - 1, max(-1, where - 1 - _CARRY), -1):
        names = sentence(back).names
        if names:
            return str(names[0][2])
    return None


def _after(
    text: str, names: list[Name], offset: int, link: re.Pattern[str], end: int
) -> tuple[str | None, list[str]]:
    """The first organization after `offset` (and before `end`) that `link` introduces, and the
    ones listed right after it ("menée par X, Y et Z")."""
    for position, (start, stop, name) in enumerate(names):
        if start < offset or start >= end:
            continue
        if not link.search(text, max(offset, start - 60), start):
            continue
        listed: list[str] = []
        previous = stop
        for other_start, other_stop, other in names[position + 1 :]:
            if not _LIST_LINK.match(text[previous:other_start]):
                break
            if other != name and other not in listed:
                listed.append(other)
            previous = other_stop
        return name, listed
    return None, []


def _first_after(names: list[Name], offset: int, end: int) -> str | None:
    for start, _, name in names:
        if offset <= start < end:
            return name
    return None


def _roles(
    text: str,
    kind: str,
    here: _Sentence,
    amount: dict[str, Any],
    trigger: tuple[int, int, str] | None,
    subject: str | None,
) -> tuple[str | None, str | None, list[str]]:
    """(actor, target, co_actors) by the kind's frame."""
    anchor = min(amount["start"], trigger[0]) if trigger else amount["start"]
    names, end = here.names, here.end
    if kind == "funding_round":
        investor, others = _after(text, names, anchor, _FROM_ACTOR, end)
        return investor, subject, others
    if kind == "acquisition":
        buyer, _ = _after(text, names, anchor, _BY, end)
        bought = _first_after(names, trigger[1] if trigger else amount["end"], end)
        if buyer is not None:
            return buyer, bought if bought != buyer else None, []
        return subject, bought, []
    if kind == "valuation":
        return None, subject or _first_after(names, anchor, end), []
    if kind == "revenue":
        return subject, None, []
    if kind == "subsidy":
        payer, _ = _after(text, names, anchor, _FROM_ACTOR, end)
        receiver, _ = _after(text, names, anchor, _TO_TARGET, end)
        if receiver is None or receiver == payer:
            receiver = subject if subject != payer else None
        return payer, receiver, []
    if kind == "contract":
        partner, _ = _after(text, names, anchor, _WITH, end)
        return subject, partner, []
    if kind == "investment":
        receiver, _ = _after(text, names, anchor, _TO_TARGET, end)
        # "financé à hauteur de X par Y", in the amount's clause
        clause = _CLAUSE_BREAK.search(text, amount["end"], end)
        backer, _ = _after(text, names, amount["end"], _BY, clause.start() if clause else end)
        return backer or subject, receiver, []
    if trigger is None:
        return None, None, []  # a figure nobody is said to pay or earn
    if kind == "other":  # "un prêt de X au producteur Y": Y borrows
        receiver, _ = _after(text, names, anchor, _TO_TARGET, end)
        return subject, receiver, []
    return subject, None, []


def _facility_for(
    text: str,
    places: list[Name],
    starts: list[int],
    here: _Sentence,
    amount: dict[str, Any],
    kind: str,
) -> str | None:
    """The facility the amount is spent on: one named in its sentence, else, when the sentence
    speaks of an installation ("le projet", "la future usine") or the amount is a cost (a budget
    is a project's), the last one named before it, or the article's first."""
    low = bisect.bisect_left(starts, here.start)
    if low < len(places) and places[low][0] < here.end:
        return places[low][2]
    if not places or not (kind == "cost" or _FACILITY_WORD.search(text, here.start, here.end)):
        return None
    before = bisect.bisect_left(starts, amount["start"])
    return places[before - 1][2] if before else places[0][2]


def _status(text: str, here: _Sentence, anchor: int, amount: dict[str, Any], kind: str) -> str:
    """done, announced, planned or possible, from the words just before the amount and up to
    the next comma after it."""
    start = max(here.start, anchor - _STATUS_BEFORE)
    after = _CLAUSE_END.search(text, amount["end"], here.end)
    end = min(here.end, after.start() if after else here.end, amount["end"] + 20)
    if _POSSIBLE.search(text, start, end):
        return "possible"
    if _PLANNED.search(text, start, end):
        return "planned"
    if kind not in ("valuation", "revenue") and _ANNOUNCED.search(text, start, end):
        return "announced"
    return "done"


def _scope(text: str, here: _Sentence, amount: dict[str, Any]) -> str:
    start = max(here.start, amount["start"] - _SCOPE_BEFORE)
    end = min(here.end, amount["end"] + _SCOPE_AFTER)
    for scope, pattern in _SCOPES:
        if pattern.search(text, start, end):
            return scope
    return "unknown"


def _date(
    text: str,
    dated: list[tuple[int, int, str]],
    starts: list[int],
    here: _Sentence,
    amount: dict[str, Any],
    money_spans: list[tuple[int, int]],
) -> str | None:
    """The value of the sentence's date nearest to the amount, of those to which no other amount
    of the sentence is nearer ("valorisée à X (en mars) et un chiffre d'affaires de Y")."""
    low = bisect.bisect_left(starts, here.start)
    high = bisect.bisect_left(starts, here.end)
    span = (amount["start"], amount["end"])
    others = [m for m in money_spans if here.start <= m[0] < here.end and m != span]
    best: tuple[int, str] | None = None
    for start, end, value in dated[low : min(high, low + MAX_NAMES)]:
        if start >= span[1] and _CLAUSE_BREAK.search(text, span[1], start):
            continue  # a date after the amount, past a comma, belongs to the next clause
        distance = _gap((start, end), span)
        if any(_gap((start, end), other) < distance for other in others[:MAX_NAMES]):
            continue
        if best is None or distance < best[0]:
            best = (distance, value)
    return best[1] if best else None


def _near(by_start: list[tuple[int, int]], amount: dict[str, Any]) -> list[tuple[int, int]]:
    """The amounts that start within WINDOW characters of `amount` (a date further away from it
    than that is not its date anyway)."""
    low = bisect.bisect_left(by_start, (amount["start"] - WINDOW, -1))
    high = bisect.bisect_right(by_start, (amount["end"] + WINDOW, amount["end"] + WINDOW))
    return by_start[low:high]


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])
