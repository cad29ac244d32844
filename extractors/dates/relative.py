"""Dates read from the reference date: deictic days ("hier", "aujourd'hui"), weekdays ("mardi",
"jeudi prochain", "jeudi 17"), a day of the reference month ("dès le 23"), months without a year
("courant novembre", "juin prochain"), offsets ("il y a quatre ans", "dans cinq mois") and counted
spans ("les quatre derniers mois"). Counts that start from another date ("le lendemain", "les
trois années suivantes") are resolved after selection against the date stated before them:
resolve_anchored, and shift_from_stated_day for "le lendemain du 9 mai"."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..article import RefDate
from ..numbers import NUMBER_WORDS
from . import patterns as P
from .common import (
    DAY_EVENT_BEFORE,
    NEXT_DAY_BEFORE,
    clause_direction,
    counted_cand,
    day_iso,
    day_number,
    future_context,
    month_iso,
    month_number,
    month_without_year,
    past_context,
    shift_month,
    valid_day,
    weekday_date,
    weekday_number,
    word_key,
)
from .models import Cand

# ---------------------------------------------------------------------------------------------
# Days and weekdays
# ---------------------------------------------------------------------------------------------

_BEFORE_CE_JOUR = re.compile(r"(?:\b[àa]|\ben|\bde|\bpour)\s+$", re.I)
_GENERIC_DEICTIC_BEFORE = re.compile(P.GENERIC_DEICTIC_BEFORE)


def h_day_deictic(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    window = max(0, m.start() - 30)
    if _GENERIC_DEICTIC_BEFORE.search(text, window, m.start()) and not DAY_EVENT_BEFORE.search(
        text, window, m.start()
    ):
        return None  # "les modèles de demain", "le monde d'aujourd'hui"
    word = word_key(m["w"]).replace("-", " ")
    if word.startswith("avant"):
        offset = -2
    elif word.startswith("apres"):
        offset = 2
    elif word.startswith(("aujourd", "ce")):
        if word.startswith("ce") and _BEFORE_CE_JOUR.search(
            text, max(0, m.start() - 12), m.start()
        ):
            return None  # "à ce jour", "jusqu'à ce jour": so far
        if word.startswith("aujourd") and _nowadays(text, m.start(), m.end()):
            return None
        offset = 0
    elif word == "hier":
        offset = -1
    else:
        offset = 1
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return _day_of_a_month_reference(m, ref)
    return Cand(
        m.start(), m.end(), (ref_day + timedelta(days=offset)).isoformat(), "day", relative=True
    )


def _day_of_a_month_reference(m: re.Match[str], ref: RefDate | None) -> Cand:
    """A day said relative to a reference known to the month only ("hier", "ce jeudi" in an
    article dated 2025-07): the reference month is what the text tells, at the month's grain.
    Coarser or no reference: the day stays unresolved."""
    if ref is not None and ref.month is not None:
        return Cand(m.start(), m.end(), month_iso(ref.year, ref.month), "month", relative=True)
    return Cand(m.start(), m.end(), None, "day", relative=True)


_STATE_BEFORE_TODAY = re.compile(P.STATE_BEFORE_TODAY)
_STATE_AFTER_TODAY = re.compile(P.STATE_AFTER_TODAY)
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:;\n«\"]\s*)$")


def _nowadays(text: str, start: int, end: int) -> bool:
    """ "aujourd'hui" at [start, end) tells a present state, not this day: after a verb of state
    ("compte aujourd'hui 12 000 habitants"), or opening a sentence whose clause is a state
    ("Aujourd'hui, le site emploie 80 personnes"), unless that clause is in a past tense."""
    if _STATE_BEFORE_TODAY.search(text, max(0, start - 40), start):
        return not past_context(text, start, end)
    if _SENTENCE_START_BEFORE.search(text, max(0, start - 3), start) and _STATE_AFTER_TODAY.match(
        text, end
    ):
        return not past_context(text, start, end)
    return False


_HABIT_BEFORE = re.compile(P.HABIT_BEFORE)
_HABIT_ARTICLE_BEFORE = re.compile(P.HABIT_ARTICLE_BEFORE)
_GENERIC_DU = re.compile(r"\bdu\s+$", re.I)


def h_weekday(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if _HABIT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
        return None
    if m["after"] or m["before"]:
        return _weekday_from_stated_day(m, ref)
    bare = not (m["past"] or m["next"] or m["this"])
    if bare and _HABIT_ARTICLE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return None  # "ouvert le mercredi": every Wednesday
    if not (m["past"] or m["next"] or m["this"]) and _GENERIC_DU.search(
        text, max(0, m.start() - 4), m.start()
    ):
        # "le match du dimanche soir" is the Sunday match of every week; "le match de dimanche"
        # is this one.
        return None
    weekday = weekday_number(m["wd"])
    if m["past"]:
        direction = "past"
    elif m["next"]:
        direction = "next"
    elif m["this"]:
        direction = "week"
    else:
        direction = clause_direction(text, m.start(), m.end())
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return _day_of_a_month_reference(m, ref)
    value = weekday_date(ref_day, weekday, direction)
    return Cand(m.start(), m.end(), value.isoformat(), "day", relative=True)


def _weekday_from_stated_day(m: re.Match[str], ref: RefDate | None) -> Cand:
    """ "le jeudi suivant", "le lundi précédent": the first such weekday after (before) the day
    stated before it, which resolve_anchored finds; the reference day meanwhile."""
    weekday = weekday_number(m["wd"])
    sign = 1 if m["after"] else -1
    anchor = ("weekday", weekday, sign)
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return Cand(m.start(), m.end(), None, "day", relative=True, anchor=anchor)
    value = weekday_date(ref_day, weekday, "next" if sign > 0 else "past")
    return Cand(m.start(), m.end(), value.isoformat(), "day", relative=True, anchor=anchor)


def h_weekday_day(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    day = day_number(m["d"])
    if not 1 <= day <= 31:
        return None
    if ref is None or ref.month is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    weekday = weekday_number(m["wd"])
    step = 1 if future_context(text, m.start(), m.end()) else -1
    for offset in range(13):  # the reference month first, then away from it
        year, month = shift_month(ref.year, ref.month, step * offset)
        if not 1 <= year <= 9999:
            break
        if valid_day(year, month, day) and date(year, month, day).weekday() == weekday:
            return Cand(m.start(), m.end(), day_iso(year, month, day), "day", relative=True)
    return None


def h_day_only_cued(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    day, start = day_number(m["d"]), m.start("d")
    if not 1 <= day <= 31:
        return None
    if ref is None or ref.month is None:
        return Cand(start, m.end(), None, "day", relative=True)
    year, month = ref.year, ref.month
    if ref.day is not None and day < ref.day and future_context(text, m.start(), m.end()):
        year, month = shift_month(year, month, 1)  # a plan whose day is past this month
    if not valid_day(year, month, day):
        return None
    return Cand(start, m.end(), day_iso(year, month, day), "day", relative=True)


# ---------------------------------------------------------------------------------------------
# Months without a year
# ---------------------------------------------------------------------------------------------


def relative_month(
    m: re.Match[str], text: str, ref: RefDate | None, month: int, lead: str | None
) -> Cand:
    gd = m.groupdict()
    lead_key = word_key(lead or "")
    if gd.get("past"):
        direction = "past"
    elif gd.get("next"):
        direction = "next"
    elif lead_key in ("cette", "ce"):
        direction = "this"
    elif lead_key.startswith(("depuis", "des")):
        direction = "back"
    elif lead_key.startswith(("jusqu", "d'ici", "d’ici")):
        direction = "ahead"
    else:
        direction = clause_direction(text, m.start(), m.end())
    if ref is None:
        return Cand(m.start(), m.end(), None, "month", relative=True)
    resolved = month_without_year(ref, month, direction)
    value = month_iso(*resolved) if resolved else None
    return Cand(m.start(), m.end(), value, "month", relative=True)


def h_month_rel(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    word = m["m"]
    key = word_key(word)
    cued = bool(m["lead"] or m["past"] or m["next"])
    if key == "mars" and word[0].isupper() and not (m["past"] or m["next"]):
        return None  # "Mars" without a number is the planet (or the god, or a brand)
    if not cued and (key in ("mai", "mars") or word[0].isupper()):
        return None  # "mai"/"mars" alone are too ambiguous; a capitalised name is not a month
    return relative_month(m, text, ref, month_number(word), m["lead"])


# ---------------------------------------------------------------------------------------------
# Offsets and counted units
# ---------------------------------------------------------------------------------------------


def _number(word: str) -> int:
    key = word.lower()
    return int(key) if key.isdigit() else NUMBER_WORDS[key]


def _unit_of(word: str) -> str:
    w = word_key(word)
    if w.startswith("jour"):
        return "day"
    if w.startswith("semaine"):
        return "week"
    if w == "mois":
        return "month"
    return "year"


def h_unit_rel(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    offset = -1 if m["past"] else 1 if m["next"] else 0
    return counted_cand(m.start(), m.end(), ref, _unit_of(m["u1"] or m["u2"]), offset, offset)


def h_offset(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    n = _number(m["n"])
    sign = -1 if word_key(m["dir"]).startswith("il") else 1
    unit = word_key(m["unit"])
    if unit.startswith("an"):
        if ref is None:
            return Cand(m.start(), m.end(), None, "year", relative=True)
        year = ref.year + sign * n
        value = f"{year:04d}" if 1 <= year <= 9999 else None
        return Cand(m.start(), m.end(), value, "year", relative=True)
    if unit == "mois":
        if ref is None or ref.month is None:
            return Cand(m.start(), m.end(), None, "month", relative=True)
        year, month = shift_month(ref.year, ref.month, sign * n)
        if not 1 <= year <= 9999:
            return None
        if ref.day is None:
            return Cand(m.start(), m.end(), month_iso(year, month), "month", relative=True)
        # "il y a trois mois" from a day is that day three months back (the month's last day when
        # it is shorter), as both peers resolve it
        day = min(ref.day, calendar.monthrange(year, month)[1])
        return Cand(m.start(), m.end(), day_iso(year, month, day), "day", relative=True)
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    days = n * (7 if unit.startswith("semaine") else 1)
    try:
        value = (ref_day + timedelta(days=sign * days)).isoformat()
    except OverflowError:
        return None
    return Cand(m.start(), m.end(), value, "day", relative=True)


def h_n_units(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    n = _number(m["n"])
    if n < 2:
        return None  # "une dernière année" is not a count of units
    if not (m["after"] or m["before"]):
        # "les trois derniers mois", "les cinq prochaines années": a duration or a horizon
        # counted from today, not a date (issue 15, NEWS.md); held, so that nothing inside it
        # is read as a date either
        return Cand(m.start(), m.end(), None, None, valid=False)
    unit = _unit_of(m["u1"] or m["u2"])
    if m["past1"] or m["past2"]:
        return counted_cand(m.start(), m.end(), ref, unit, -n, -1)
    if m["next1"] or m["next2"]:
        return counted_cand(m.start(), m.end(), ref, unit, 1, n)
    first, last = (1, n) if m["after"] else (-n, -1)
    return counted_cand(m.start(), m.end(), ref, unit, first, last, anchor=(unit, first, last))


def h_anchored(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if m["veille"]:
        unit, shift = "day", -1
    elif m["lendemain"]:
        unit, shift = "day", 1
    elif m["surlendemain"]:
        unit, shift = "day", 2
    else:
        unit, shift = _unit_of(m["u"]), (1 if m["after"] else -1)
    return counted_cand(m.start(), m.end(), ref, unit, shift, shift, anchor=(unit, shift, shift))


# ---------------------------------------------------------------------------------------------
# After selection: offsets counted from a date the text states
# ---------------------------------------------------------------------------------------------

_ANCHOR_REACH = 600  # characters from the date an offset counts from
_GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def resolve_anchored(text: str, cands: list[Cand], ref: RefDate | None) -> list[Cand]:
    """Count "le lendemain", "les trois années suivantes" from the date stated before them in the
    same paragraph. With none, they keep the reference date's reading, unless a step forward
    sits in a past-tense clause ("il est reparti le lendemain": after some untold day). A date
    before them too coarse for the unit ("En 2010 ... le lendemain") leaves them unresolvable,
    and they are dropped rather than guessed."""
    out: list[Cand] = []
    prev: Cand | None = None
    for c in cands:
        if c.anchor is None:
            out.append(c)
            if c.value is not None:
                prev = c
            continue
        unit, first, last = c.anchor
        near = (
            prev
            if prev is not None
            and c.start - prev.end <= _ANCHOR_REACH
            and "\n\n" not in text[prev.end : c.start]
            else None
        )
        if unit == "weekday":
            # (weekday, its number, +1 after / -1 before the stated day)
            if near is not None:
                if near.grain != "day":
                    continue
                base = near.end_value if last > 0 and near.end_value else near.value
                assert base is not None
                day = weekday_date(date.fromisoformat(base), first, "next" if last > 0 else "past")
                c = Cand(c.start, c.end, day.isoformat(), "day", relative=True)
            elif last > 0 and past_context(text, c.start, c.end):
                continue
            out.append(c)
            prev = c if c.value is not None else prev
            continue
        if near is not None:
            if _GRAIN_RANK.get(near.grain or "", 9) > _GRAIN_RANK[unit]:
                continue
            base = near.end_value if first > 0 and near.end_value else near.value
            assert base is not None
            c = counted_cand(c.start, c.end, RefDate.parse(base[:10]), unit, first, last)
        elif first > 0 and past_context(text, c.start, c.end):
            continue
        out.append(c)
        if c.value is not None:
            prev = c
    return out


def shift_from_stated_day(text: str, cands: list[Cand]) -> list[Cand]:
    """'le lendemain du 3 mai' is 4 May, 'la veille de Noël' 24 December: the cue joins the span
    and moves the day."""
    out = []
    for c in cands:
        cue = None
        if c.grain == "day" and not c.end_value:
            cue = NEXT_DAY_BEFORE.search(text, max(0, c.start - 25), c.start)
        if cue is None:
            out.append(c)
            continue
        value = c.value
        if value is not None:
            shift = 1 if cue["w"].lower() == "lendemain" else -1
            value = (date.fromisoformat(value) + timedelta(days=shift)).isoformat()
        out.append(Cand(cue.start("w"), c.end, value, "day", relative=c.relative))
    return out
