"""Public holidays and named days ("Noël", "le lundi de Pâques", "la fête des mères 2031"): the
date each one falls on in a given year, fixed, counted from Easter or the n-th weekday of a month,
and the handler that reads it in the reference year unless a year or "dernier"/"prochain" says
otherwise."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..article import RefDate
from . import patterns as P
from .common import DAY_EVENT_BEFORE, NEXT_DAY_BEFORE, valid_day, year_ok
from .models import Cand


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_date(key: str, year: int) -> date | None:
    rule = P.HOLIDAYS[key]
    if not 1583 <= year <= 9999 and rule[0] != "fixed":
        return None  # computed feasts follow the Gregorian calendar
    if rule[0] == "fixed":
        month, day = int(rule[1]), int(rule[2])  # type: ignore[call-overload]
        return date(year, month, day) if valid_day(year, month, day) else None
    if rule[0] == "easter":
        # typed before the sum: an Any operand would make the returned date Any too
        shift: int = int(rule[1])  # type: ignore[call-overload]
        return _easter(year) + timedelta(days=shift)
    if rule[0] == "mothers":
        last = date(year, 5, 31)
        sunday = last - timedelta(days=(last.weekday() - 6) % 7)
        if sunday == _easter(year) + timedelta(days=49):
            sunday += timedelta(weeks=1)
        return sunday
    month, weekday, n, offset = (int(x) for x in rule[1:])  # type: ignore[call-overload]
    first = date(year, month, 1)
    nth = first + timedelta(days=(weekday - first.weekday()) % 7, weeks=n - 1)
    return nth + timedelta(days=offset)


_CAPITALISED_NEXT = re.compile(r"\s+[A-ZÀ-Ý]")


_HOLIDAY_GENERIC_BEFORE = re.compile(P.HOLIDAY_GENERIC_BEFORE)


def h_holiday(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    key = next(k for k in P.HOLIDAYS if m.group(k))
    if key in ("christmas", "all_saints") and _CAPITALISED_NEXT.match(text, m.end(key)):
        return None  # "Noël Mamère", "Toussaint Louverture": first names
    if m.start() == m.start(key):  # no "jour de" lead: look at what names it
        window = max(0, m.start() - 30)
        if (
            _HOLIDAY_GENERIC_BEFORE.search(text, window, m.start())
            and not DAY_EVENT_BEFORE.search(text, window, m.start())
            and not NEXT_DAY_BEFORE.search(text, window, m.start())
        ):
            return None  # "les cadeaux de Noël", "l'île de Pâques"
    if m["y"]:
        year = int(m["y"])
        found = _holiday_date(key, year) if year_ok(year) else None
        if found is None:
            return None
        return Cand(m.start(), m.end(), found.isoformat(), "day")
    if ref is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    # Like "le 3 mars": the reference year's, unless "dernier"/"prochain" says otherwise.
    found = _holiday_date(key, ref.year)
    ref_day = ref.as_date() or date(ref.year, ref.month or 1, 1)
    if found is not None and m["past"] and found >= ref_day:
        found = _holiday_date(key, ref.year - 1)
    elif found is not None and m["next"] and found <= ref_day:
        found = _holiday_date(key, ref.year + 1)
    if found is None:
        return None
    return Cand(m.start(), m.end(), found.isoformat(), "day", relative=True)
