"""Ranges: the rules that read a span of days, months or years in one match ("du 4 au 6 mars",
"les 4 et 5 juillet", "du 02/05 au 09/05", "d'avril à juin 2027", "1987-88"), and the step that
joins two dates found apart into one range ("du 3 mai 2029 au 2 juin 2030"). A range is valued
by its first day (month, year), with its last as end value."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ..article import RefDate
from . import patterns as P
from .absolute import month_day_ok, yearless_year
from .common import (
    NOT_YEAR_AFTER,
    day_iso,
    day_number,
    future_context,
    looks_like_count,
    month_iso,
    month_number,
    range_day,
    shift_month,
    valid_day,
    year_in_clause,
    year_ok,
)
from .models import Cand

# ---------------------------------------------------------------------------------------------
# Days
# ---------------------------------------------------------------------------------------------


def _day_span(
    start: int,
    end: int,
    ref: RefDate | None,
    first: tuple[int, int, int | None],
    last: tuple[int, int],
    text: str,
) -> Cand | None:
    """A range of days (day, month[, year]) to (day, month); a yearless start resolves like a
    yearless day and the end follows it (into the next year when its month comes earlier)."""
    d1, m1, year = first
    d2, m2 = last
    relative = year is None
    if year is None:
        if ref is None:
            ok = valid_day(2000, m1, d1) and valid_day(2000, m2, d2)
            return Cand(start, end, None, "day", relative=True, valid=ok)
        year = yearless_year(text, start, end, ref, d1, m1)
    y2 = year if (m2, d2) >= (m1, d1) else year + 1
    if not (valid_day(year, m1, d1) and valid_day(y2, m2, d2)):
        return Cand(start, end, None, None, valid=False)
    first_day, last_day = date(year, m1, d1), date(y2, m2, d2)
    if last_day <= first_day or (last_day - first_day).days > 366:
        return None
    return Cand(
        start, end, first_day.isoformat(), "day", end_value=last_day.isoformat(), relative=relative
    )


def _days_of_month(
    m: re.Match[str], year: int, month: int, d1: int, d2: int, relative: bool
) -> Cand:
    """Days d1 to d2 of one month: value the first, end_value the last."""
    return Cand(
        m.start(),
        m.end(),
        day_iso(year, month, d1),
        "day",
        end_value=day_iso(year, month, d2),
        relative=relative,
    )


def h_numeric_day_range(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    parts = [int(m[k]) for k in ("y1", "m1", "d1", "y2", "m2", "d2")]
    if not (valid_day(*parts[:3]) and valid_day(*parts[3:])):
        return Cand(m.start(), m.end(), None, None, valid=False)
    first, last = date(*parts[:3]), date(*parts[3:])
    if last <= first:
        return None
    return Cand(m.start(), m.end(), first.isoformat(), "day", end_value=last.isoformat())


def h_numeric_dm_range(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    d1, m1, d2, m2 = (int(m[k]) for k in ("d1", "m1", "d2", "m2"))
    year = int(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
    if year is not None:
        if not year_ok(year):
            return None
        if (m2, d2) < (m1, d1):
            year -= 1  # "du 20/12 au 03/01/2021" starts in 2020
    return _day_span(m.start(), m.end(), ref, (d1, m1, year), (d2, m2), text)


def h_month_day_range(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if not month_day_ok(m, "m1") or (m["m2"] and not month_day_ok(m, "m2")):
        return None
    m1 = month_number(m["m1"])
    m2 = month_number(m["m2"]) if m["m2"] else m1
    first, last = (int(m["d1"]), m1, None), (int(m["d2"]), m2)
    return _day_span(m.start(), m.end(), ref, first, last, text)


def h_day_range(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    d1, d2 = day_number(m["d1"]), day_number(m["d2"])
    m2 = month_number(m["m2"])
    m1 = month_number(m["m1"]) if m["m1"] else m2
    relative = False
    if m["y2"]:
        y2 = int(m["y2"])
        y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    elif m["y1"]:
        return None  # "du 3 mars 2024 au 5 avril" is unusual; leave it to the single-date rules
    else:
        relative = True
        if ref is None:
            ok = valid_day(2000, m1, d1) and valid_day(2000, m2, d2)
            return Cand(m.start(), m.end(), None, "day", relative=True, valid=ok)
        y2 = ref.year
        y1 = y2 if m1 <= m2 else y2 - 1
    if not (valid_day(y1, m1, d1) and valid_day(y2, m2, d2)):
        return Cand(m.start(), m.end(), None, None, valid=False)
    first, last = date(y1, m1, d1), date(y2, m2, d2)
    if last <= first:
        return None
    return Cand(
        m.start(), m.end(), first.isoformat(), "day", end_value=last.isoformat(), relative=relative
    )


def h_day_range_words(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    d1, d2 = range_day(m["d1"]), range_day(m["d2"])
    month = month_number(m["m2"])
    if m["y2"]:
        year, relative = int(m["y2"]), False
    elif ref is None:
        ok = valid_day(2000, month, d1) and valid_day(2000, month, d2) and d1 < d2
        return Cand(m.start(), m.end(), None, "day", relative=True, valid=ok)
    else:
        year, relative = ref.year, True
    if not (valid_day(year, month, d1) and valid_day(year, month, d2)):
        return Cand(m.start(), m.end(), None, None, valid=False)
    if d2 <= d1:
        return None
    return _days_of_month(m, year, month, d1, d2, relative)


def h_day_range_no_month(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if not (m["lead"] or m["this"]):
        return None
    d1, d2 = range_day(m["d1"]), range_day(m["d2"])
    if not (1 <= d1 < d2 <= 31) or NOT_YEAR_AFTER.match(text, m.end(), m.end() + 20):
        return None  # "du 13 au 18 heures", "entre le 3 et le 2": not a day range
    if ref is None or ref.month is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    year, month = ref.year, ref.month
    if (
        not m["this"]
        and ref.day is not None
        and d2 < ref.day
        and future_context(text, m.start(), m.end())
    ):
        year, month = shift_month(year, month, 1)  # a plan whose days are past this month
    if not (valid_day(year, month, d1) and valid_day(year, month, d2)):
        return None
    return _days_of_month(m, year, month, d1, d2, True)


# ---------------------------------------------------------------------------------------------
# Months and years
# ---------------------------------------------------------------------------------------------


def h_month_range(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    m1, m2, y2 = month_number(m["m1"]), month_number(m["m2"]), int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 < m2 else y2 - 1)
    if not (year_ok(y1) and year_ok(y2)) or (y1, m1) >= (y2, m2):
        return None
    return Cand(m.start(), m.end(), month_iso(y1, m1), "month", end_value=month_iso(y2, m2))


def h_month_range_no_year(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if "Mars" in (m["m1"], m["m2"]):
        return None  # "Mars-Vénus": the planet
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    if m1 == m2:
        return None
    if ref is None or ref.month is None:
        return Cand(m.start(), m.end(), None, "month", relative=True)
    y1 = year_in_clause(text, m.start(), m.end(), ref, m1)
    if y1 is None:
        return None
    y2 = y1 if m2 > m1 else y1 + 1
    if not (year_ok(y1) and year_ok(y2)):
        return None
    return Cand(
        m.start(),
        m.end(),
        month_iso(y1, m1),
        "month",
        end_value=month_iso(y2, m2),
        relative=True,
    )


def h_year_range(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    y1txt = m["y1a"] or m["y1b"] or m["y1c"]
    y2txt = m["y2a"] or m["y2b"] or m["y2c"]
    y1 = int(y1txt)
    y2 = int(y2txt) if len(y2txt) == 4 else (y1 // 100) * 100 + int(y2txt)
    if not (year_ok(y1) and year_ok(y2) and y1 < y2):
        return None
    if len(y2txt) == 2 and y2 - y1 > 10:
        return None  # "1994-95" is a span; "2015-32" is a code or a score
    num_start = m.start("y1a") if m["y1a"] else m.start("y1b") if m["y1b"] else m.start("y1c")
    if looks_like_count(text, num_start, num_start) or NOT_YEAR_AFTER.match(
        text, m.end(), m.end() + 20
    ):
        return None
    return Cand(m.start(), m.end(), f"{y1:04d}", "year", end_value=f"{y2:04d}")


# ---------------------------------------------------------------------------------------------
# Two dates the text joins as one range
# ---------------------------------------------------------------------------------------------

_RANGE_OPEN_BEFORE = re.compile(P.RANGE_OPEN_BEFORE)
_RANGE_JOIN = re.compile(P.RANGE_JOIN)


def merge_ranges(text: str, cands: list[Cand]) -> list[Cand]:
    """'du <date> au <date>', 'entre <date> et <date>': two dates that the text joins as a range
    become one fact, valued by its start, with the end's last value as its end."""
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if b is not None and (b.value or b.relative):
            # the joining word may lead the second date in ("à la fin de 2008")
            join = _RANGE_JOIN.match(text, a.end, b.end)
            core = a.start if a.core_start is None else a.core_start
            opener = _RANGE_OPEN_BEFORE.search(text, max(0, core - 20), core)
            end_value = b.end_value or b.value
            joined = bool(
                join
                and b.start <= join.end() < b.end
                and opener
                and _joins(opener["open"], join["join"])
            )
            if joined:
                a = _year_from_range_end(a, b)
            if joined and opener and a.value and (end_value is None or a.value < end_value):
                start = min(a.start, opener.start())
                out.append(
                    Cand(
                        start,
                        b.end,
                        a.value,
                        a.grain,
                        end_value=end_value,
                        relative=a.relative or b.relative,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _year_from_range_end(a: Cand, b: Cand) -> Cand:
    """'du 3/10 au 2/11/2017': a first day written without its year takes the end's year."""
    if a.yearless is None or b.relative or not b.value:
        return a
    month, day = a.yearless
    end_year, end_month = int(b.value[:4]), int(b.value[5:7] or 12) if len(b.value) > 4 else 12
    year = end_year if month <= end_month else end_year - 1
    if not valid_day(year, month, day):
        return a
    return replace(a, value=day_iso(year, month, day), relative=False, yearless=None)


def _joins(opener: str, join: str) -> bool:
    opener, join = opener.lower(), join.lower()
    if opener == "entre":
        return join in ("et", "-", "–")
    return join != "et"
