"""Dates the text states in full or nearly: a day with its month ("8 avril 2031", "le 8 avril",
"ven. 13 juin"), numeric forms ("08/04/2031", "2031-04-08", "le 21/06"), the n-th day or weekday
of a month, a month with its year ("mars 2027", "11/2019"), a year ("en 1868") and a decade ("les
années 60"). A day written without its year takes the reference year; these helpers are shared
with the range and week rules."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..article import RefDate
from . import patterns as P
from .common import (
    NOT_YEAR_AFTER,
    SPACES,
    day_iso,
    day_number,
    future_context,
    looks_like_count,
    month_iso,
    month_number,
    past_context,
    range_day,
    two_digit_year,
    valid_day,
    weekday_number,
    word_key,
    year_in_clause,
    year_ok,
)
from .models import Cand

# ---------------------------------------------------------------------------------------------
# Days
# ---------------------------------------------------------------------------------------------


def absolute_day(
    start: int, end: int, ref: RefDate | None, day: int, month: int, year: int | None
) -> Cand:
    """A day from its numbers. Without a year it is read in the reference year and keeps
    `yearless`, so that the end of a range may give it its own year (ranges.merge_ranges)."""
    if year is None:
        if ref is None:
            ok = valid_day(2000, month, day)  # leap year: accept 29 February when unsure
            return Cand(start, end, None, "day", relative=True, valid=ok, yearless=(month, day))
        ok = valid_day(ref.year, month, day)
        value = day_iso(ref.year, month, day) if ok else None
        return Cand(start, end, value, "day", relative=True, valid=ok, yearless=(month, day))
    if not valid_day(year, month, day):
        return Cand(start, end, None, None, valid=False)
    return Cand(start, end, day_iso(year, month, day), "day")


def yearless_year(text: str, start: int, end: int, ref: RefDate, day: int, month: int) -> int:
    """Year of a day written without one: the reference year; the next one when the clause
    speaks of the future and the day has passed ("augmentera au 1er janvier" in October); the
    previous one when the clause is in a past tense and the day is still to come ("a été
    condamné le 14 novembre" in February)."""
    if ref.month is None:
        return ref.year
    if (month, day) < (ref.month, ref.day or 1) and future_context(text, start, end):
        return ref.year + 1
    if (
        ref.day is not None
        and (month, day) > (ref.month, ref.day)
        and past_context(text, start, end)
        and not future_context(text, start, end)
    ):
        return ref.year - 1
    return ref.year


def yearless_day(
    text: str,
    start: int,
    end: int,
    ref: RefDate | None,
    day: int,
    month: int,
    weekday: int | None = None,
) -> Cand:
    """A day written without its year, in the year yearless_year picks; when the text gives its
    weekday ("mercredi 12 mars"), the nearest year where the day falls on it, this one first."""
    if ref is None:
        return absolute_day(start, end, ref, day, month, None)
    year = yearless_year(text, start, end, ref, day, month)
    if weekday is not None:
        for candidate in (year, ref.year, ref.year - 1, ref.year + 1):
            if (
                valid_day(candidate, month, day)
                and date(candidate, month, day).weekday() == weekday
            ):
                year = candidate
                break
    if year == ref.year:
        return absolute_day(start, end, ref, day, month, None)
    cand = absolute_day(start, end, ref, day, month, year)
    return Cand(cand.start, cand.end, cand.value, cand.grain, relative=True, valid=cand.valid)


def h_day_month_year(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    year = int(m["y"]) if m["y"] else two_digit_year(int(m["yy"])) if m["yy"] else None
    if year is not None and not 1 <= year <= 9999:
        return Cand(m.start(), m.end(), None, None, valid=False)
    month_word = m["m"]
    if word_key(month_word) == "sept" and year is None:
        return None  # "3 sept" without a year is more likely "3 sept ..." (a count) than a date
    day, month = day_number(m["d"]), month_number(month_word)
    if year is None and ref is not None and (m["past"] or m["next"]) and ref.month is not None:
        # "le 20 janvier prochain": the first such day after the reference (before, for dernier)
        ref_key = (ref.month, ref.day or (1 if m["next"] else 31))
        if m["next"]:
            year = ref.year if (month, day) > ref_key else ref.year + 1
        else:
            year = ref.year if (month, day) < ref_key else ref.year - 1
        cand = absolute_day(m.start(), m.end(), ref, day, month, year)
        return Cand(cand.start, cand.end, cand.value, cand.grain, relative=True, valid=cand.valid)
    if year is None:
        weekday = weekday_number(m["wd"]) if m["wd"] else None
        return yearless_day(text, m.start(), m.end(), ref, day, month, weekday)
    return absolute_day(m.start(), m.end(), ref, day, month, year)


def h_dmy_named_sep(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    return absolute_day(m.start(), m.end(), ref, int(m["d"]), month_number(m["m"]), int(m["y"]))


def h_named_sep_other_orders(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    n = "1" if m["d1"] else "2"
    year = int(m["y" + n])
    if not year_ok(year):
        return None
    return absolute_day(m.start(), m.end(), ref, int(m["d" + n]), month_number(m["m" + n]), year)


def h_month_day_year(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if m["sep"].isspace() and len(m["d"]) < 2:
        return None  # "juin 2 2000": more likely a count written with a space
    year = int(m["y"])
    if not year_ok(year) or looks_like_count(text, m.start("y"), m.end("y")):
        return None
    return absolute_day(m.start(), m.end(), ref, int(m["d"]), month_number(m["m"]), year)


def month_day_ok(m: re.Match[str], group: str) -> bool:
    """Whether the month word in `group` may open a month-first date ("oct. 9")."""
    word = m[group]
    key = word_key(word)
    if key == "mars" and word[0] == "M":
        return False  # "Mars 2" is a space probe
    return not (key == "sept" and not word.endswith("."))  # "sept 2" is seven and two


def h_month_day(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if not month_day_ok(m, "m"):
        return None
    raw = SPACES.sub(" ", m["d"].lower())
    if raw.startswith("second"):
        day = 2
    elif raw in P.DAY_WORDS:
        day = P.DAY_WORDS[raw]
    else:
        day = day_number(raw)
    return yearless_day(text, m.start(), m.end(), ref, day, month_number(m["m"]))


def h_nth_day_of_month(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    year = int(m["y"]) if m["y"] else None
    if year is not None and not year_ok(year):
        return None
    month = month_number(m["m"])
    if m["d"].lower() == "dernier":
        # the month's length depends on its year: the reference's when the text gives none
        known = year if year is not None else ref.year if ref is not None else None
        if known is None:
            return Cand(m.start(), m.end(), None, "day", relative=True)
        day = calendar.monthrange(known, month)[1]
    else:
        day = range_day(m["d"])
    return absolute_day(m.start(), m.end(), ref, day, month, year)


def h_nth_weekday(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    n = P.NTH_WEEKDAY_ORDINALS[m["ord"].lower()]
    weekday = weekday_number(m["wd"])
    month = month_number(m["m"])
    relative = not m["y"]
    if m["y"]:
        year = int(m["y"])
        if not year_ok(year):
            return None
    elif ref is None or ref.month is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    else:
        in_clause = year_in_clause(text, m.start(), m.end(), ref, month)
        if in_clause is None:
            return None
        year = in_clause
    first = date(year, month, 1)
    days = [
        first + timedelta(days=i)
        for i in range(calendar.monthrange(year, month)[1])
        if (first + timedelta(days=i)).weekday() == weekday
    ]
    if n > len(days):
        return None
    found = days[n - 1] if n > 0 else days[-1]
    return Cand(m.start(), m.end(), found.isoformat(), "day", relative=relative)


# ---------------------------------------------------------------------------------------------
# Numeric days
# ---------------------------------------------------------------------------------------------

_DIGIT_GROUP_BEFORE = re.compile(r"\d[\s.]$")
_DIGIT_GROUP_AFTER = re.compile(r"[\s.]\d")


def h_numeric_dmy(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    day, month, ytxt = int(m["d"]), int(m["m"]), m["y"]
    year = int(ytxt) if len(ytxt) == 4 else two_digit_year(int(ytxt))
    if m["sep"].isspace():
        if len(ytxt) == 4 and not year_ok(year):
            return None  # space-separated numbers are dates only with a plausible year ...
        if len(ytxt) == 2 and (
            _DIGIT_GROUP_BEFORE.search(text, max(0, m.start() - 4), m.start())
            or _DIGIT_GROUP_AFTER.match(text, m.end())
        ):
            return None  # ... and a short one only when they are not part of a longer number
    if month > 12 and day <= 12 and m["sep"] == "-":
        # "9-18-15": with dashes, month first is the only reading that exists. With slashes, the
        # French form, "12/13/2017" is a slip and stays no date.
        day, month = month, day
    if not valid_day(year, month, day):
        return Cand(m.start(), m.end(), None, None, valid=False)
    return Cand(m.start(), m.end(), day_iso(year, month, day), "day")


def h_numeric_ymd(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not valid_day(year, month, day):
        return Cand(m.start(), m.end(), None, None, valid=False)
    return Cand(m.start(), m.end(), day_iso(year, month, day), "day")


def h_numeric_dm(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    start = m.start("d")
    return (
        yearless_day(text, start, m.end(), ref, int(m["d"]), int(m["m"]))
        if int(m["m"]) <= 12
        else Cand(start, m.end(), None, None, valid=False)
    )


def h_numeric_dm_bare(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12) or NOT_YEAR_AFTER.match(text, m.end()):
        return None  # "18/20" is a mark, "24/24 heures" a frequency
    if m["y"] or m["yy"]:
        year = int(m["y"]) if m["y"] else two_digit_year(int(m["yy"]))
        return absolute_day(m.start(), m.end(), ref, day, month, year)
    return yearless_day(text, m.start(), m.end(), ref, day, month)


# ---------------------------------------------------------------------------------------------
# Months and years
# ---------------------------------------------------------------------------------------------


def h_month_year(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    year = int(m["y"])
    if not 1 <= year <= 9999:
        return None
    return Cand(m.start(), m.end(), month_iso(year, month_number(m["m"])), "month")


def h_month_yy(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    year = two_digit_year(int(m["yy"]))
    return Cand(m.start(), m.end(), month_iso(year, month_number(m["m"])), "month")


def h_numeric_month_year(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    month = int(m["m1"] or m["m2"])
    year = int(m["y1"] or m["y2"])
    if not (1 <= month <= 12 and year_ok(year)):
        return None  # let "2012-13" be read as a year range instead
    return Cand(m.start(), m.end(), month_iso(year, month), "month")


def h_numeric_month_cued(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    month, year = int(m["m"]), int(m["y"])
    if not (1 <= month <= 12 and year_ok(year)):
        return None
    return Cand(m.start(), m.end(), month_iso(year, month), "month")


_YEAR_LEAD_BEFORE = re.compile(P.YEAR_LEAD_BEFORE)


def h_year(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    year = int(m["y"])
    if not year_ok(year) or looks_like_count(text, m.start("y"), m.end("y")):
        return None
    lead = _YEAR_LEAD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    start = lead.start() if lead else m.start()
    return Cand(start, m.end(), f"{year:04d}", "year", core_start=m.start("y"))


_COUNT_STEP_BEFORE = re.compile(r"\bde\s+\d+\s*$", re.IGNORECASE)


def h_year_yy(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    """ "en 95": the latest such year not after the reference's (future clauses aside), or the
    numeric dates' pivot without one."""
    if _COUNT_STEP_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "de 10 en 20": a step of a count
    yy = int(m["yy"])
    if ref is None:
        year = two_digit_year(yy)
    else:
        year = ref.year // 100 * 100 + yy
        if year > ref.year and not future_context(text, m.start(), m.end()):
            year -= 100
    if not year_ok(year):
        return None
    return Cand(m.start(), m.end(), f"{year:04d}", "year", relative=True, core_start=m.start("yy"))


def h_decade(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if m["w"]:
        year = P.DECADE_WORDS[SPACES.sub("-", m["w"].lower())]
    elif m["yy"]:
        year = 1900 + int(m["yy"])  # "les années 80": the past reading
    else:
        year = int(m["y"] or m["ys"])
    # A decade is no date (NEWS.md, MODERN.md): held, so that its year is not read alone.
    return Cand(m.start(), m.end(), f"{year:04d}", "year", end_value=f"{year + 9:04d}", valid=False)
