"""Weeks: one calendar week named by a day ("la semaine du 9 novembre"), by its rank in a month
or a year ("la troisième semaine de mai"), or from the reference week ("la semaine prochaine",
"en fin de semaine"), and a weekday of such a week ("jeudi de la semaine prochaine", "vendredi
en quinze"). A week is valued by its Monday, with its Sunday as end value."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from ..article import RefDate
from . import patterns as P
from .absolute import absolute_day, yearless_day
from .common import (
    counted_cand,
    day_number,
    month_number,
    weekday_date,
    weekday_number,
    year_in_clause,
    year_ok,
)
from .models import Cand


def _week_cand(start: int, end: int, monday: date | None) -> Cand:
    if monday is None:
        return Cand(start, end, None, "week", relative=True)
    return Cand(
        start,
        end,
        monday.isoformat(),
        "week",
        end_value=(monday + timedelta(days=6)).isoformat(),
        relative=True,
    )


def _ref_monday(ref: RefDate | None) -> date | None:
    ref_day = ref.as_date() if ref else None
    return None if ref_day is None else ref_day - timedelta(days=ref_day.weekday())


def _week_shift(m: re.Match[str]) -> int:
    gd = m.groupdict()
    if gd.get("past") or gd.get("past2"):
        return -1
    if gd.get("next") or gd.get("next2"):
        return 1
    return 0


def _thursday_week(first: date, last: date, n: int) -> date | None:
    """Monday of the n-th week (n = -1: the last) among the weeks whose Thursday lies in
    [first, last]."""
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    thursdays = []
    while thursday <= last:
        thursdays.append(thursday)
        thursday += timedelta(weeks=1)
    if n == -1:
        n = len(thursdays)
    if not 1 <= n <= len(thursdays):
        return None
    return thursdays[n - 1] - timedelta(days=3)


def h_week_of_day(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    day, month = day_number(m["d"]), month_number(m["m"])
    if m["y"]:
        if not year_ok(int(m["y"])):
            return None
        cand = absolute_day(m.start(), m.end(), ref, day, month, int(m["y"]))
    else:
        cand = yearless_day(text, m.start(), m.end(), ref, day, month)
    if not cand.valid or cand.value is None:
        return Cand(m.start(), m.end(), None, "week", relative=cand.relative, valid=cand.valid)
    named = date.fromisoformat(cand.value)
    back = named.weekday()
    monday = named - timedelta(days=back) if back <= 3 else named + timedelta(days=7 - back)
    week = _week_cand(m.start(), m.end(), monday)
    return replace(week, relative=cand.relative)


def h_week_of(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    n = P.WEEK_ORDINALS[m["ord"].lower()]
    relative = False
    if m["y"]:
        year = int(m["y"])
        if not year_ok(year):
            return None
        first, last = date(year, 1, 1), date(year, 12, 31)
    else:
        month = month_number(m["m"])
        if m["my"]:
            year = int(m["my"])
            if not year_ok(year):
                return None
        else:
            relative = True
            if ref is None or ref.month is None:
                return Cand(m.start(), m.end(), None, "week", relative=True)
            in_clause = year_in_clause(text, m.start(), m.end(), ref, month)
            if in_clause is None:
                return None
            year = in_clause
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
    monday = _thursday_week(first, last, n)
    if monday is None:
        return None
    cand = _week_cand(m.start(), m.end(), monday)
    return Cand(cand.start, cand.end, cand.value, "week", cand.end_value, relative=relative)


def h_week_rel(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    shift = _week_shift(m)
    return counted_cand(m.start(), m.end(), ref, "week", shift, shift)


def h_week_part(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    return _week_cand(m.start(), m.end(), _ref_monday(ref))


def h_weekday_of_week(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    monday = _ref_monday(ref)
    if monday is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    weekday = weekday_number(m["wd"])
    value = monday + timedelta(weeks=_week_shift(m), days=weekday)
    return Cand(m.start(), m.end(), value.isoformat(), "day", relative=True)


def h_weekday_en_huit(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    weeks = 1 if m["n"].lower() in ("huit", "8") else 2
    # the first such weekday a week (a fortnight) from now: "mardi en huit" said on a Tuesday
    # is the next Tuesday, said on a Thursday the Tuesday after next
    value = weekday_date(ref_day + timedelta(weeks=weeks), weekday_number(m["wd"]), "ahead")
    return Cand(m.start(), m.end(), value.isoformat(), "day", relative=True)
