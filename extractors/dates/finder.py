"""Find and resolve French calendar expressions in plain text (no spaCy here).

The finder runs a handful of compiled rules over the text, turns every hit into a candidate with a
resolved value, then keeps the longest non-overlapping candidates. Impossible dates ("31 février")
stay candidates until the end so that they hide the shorter pieces inside them ("février"), and are
dropped only then: an impossible date is reported as nothing, never as something smaller.

Values are ISO 8601 at the grain the text states: "2025", "2025-03", "2025-03-12".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..article import RefDate
from ..numbers import NUMBER_WORDS
from ..text import strip_accents
from . import patterns as P

__all__ = [
    "DateMatch",
    "Dateline",
    "find_dateline",
    "find_dates",
]

_FLAGS = re.IGNORECASE


# ---------------------------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Dateline:
    """The article's own publication date, found at its head; not a date fact."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class DateMatch:
    """One calendar expression found in a text."""

    start: int
    end: int
    text: str
    value: str | None
    grain: str | None
    end_value: str | None = None
    relative: bool = False


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    value: str | None
    grain: str | None
    end_value: str | None = None
    relative: bool = False
    valid: bool = True  # False: an impossible date that still hides what lies inside it
    core_start: int | None = None  # where the date proper starts, after a lead-in word
    yearless: tuple[int, int] | None = None  # (month, day) of a day written without its year
    # (unit, first, last): whole units counted from the date stated before, or the reference
    # date when none is ("le lendemain" is ("day", 1, 1))
    anchor: tuple[str, int, int] | None = None


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _fold(s: str) -> str:
    """Lower-case, no accents, no dots, hyphens and apostrophes kept: the key of month, weekday
    and cue words ("Févr." -> "fevr", "d’ici" stays "d’ici")."""
    return strip_accents(s.lower()).replace(".", "").strip()


def _month_number(word: str) -> int:
    key = _fold(word)
    for prefix, number in P.MONTH_PREFIXES:
        if key.startswith(prefix):
            return number
    raise ValueError(word)  # unreachable when word came from P.MONTH


def _day_number(word: str) -> int:
    key = _fold(word)
    if key in ("1er", "1ᵉʳ", "premier") or key.startswith("1e"):
        return 1
    return int(key)


def _number(word: str) -> int:
    key = word.lower()
    return int(key) if key.isdigit() else NUMBER_WORDS[key]


def _valid_day(year: int, month: int, day: int) -> bool:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


def _day_iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _two_digit_year(yy: int) -> int:
    # Numeric dates with two-digit years: the pivot keeps "71" in the past and "27" in this century.
    return 2000 + yy if yy < 50 else 1900 + yy


_FUTURE_RE = re.compile(P.FUTURE_CUE)
_PAST_RE = re.compile(P.PAST_CUE)
_BEFORE_CE_JOUR = re.compile(r"(?:\b[àa]|\ben|\bde|\bpour)\s+$", re.I)
_ANCHOR_REACH = 600  # characters from the date an offset counts from
_DIGIT_GROUP_BEFORE = re.compile(r"\d[\s.]$")
_DIGIT_GROUP_AFTER = re.compile(r"[\s.]\d")
_CLAUSE_STOP = re.compile(r"[.!?;\n]|\bqu(?:e\b|['’])", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around [start, end), at most 120 characters either side."""
    left = max(0, start - 120)
    before = text[left:start]
    stops = list(_CLAUSE_STOP.finditer(before))
    clause_start = left + stops[-1].end() if stops else left
    after = text[end : end + 120]
    stop = _CLAUSE_STOP.search(after)
    return clause_start, end + (stop.start() if stop else len(after))


def _future_context(text: str, start: int, end: int) -> bool:
    """True when the clause around [start, end) is in the future tense or speaks of a plan."""
    return bool(_FUTURE_RE.search(text, *_clause(text, start, end)))


def _month_without_year(ref: RefDate, month: int, direction: str) -> tuple[int, int] | None:
    """Year of a month named without its year.

    direction: "past" (strictly before the reference month), "next" (strictly after), "this"
    (the reference year), "back" (nearest, reference month included, looking back) or "ahead".
    """
    if direction == "this" or ref.month is None:
        return ref.year, month
    if direction == "past":
        year = ref.year if month < ref.month else ref.year - 1
    elif direction == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif direction == "ahead":
        year = ref.year if month >= ref.month else ref.year + 1
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    return (year, month) if 1 <= year <= 9999 else None


def _weekday_date(ref_day: date, weekday: int, direction: str) -> date:
    if direction == "past":  # strictly before
        back = (ref_day.weekday() - weekday) % 7 or 7
        return ref_day - timedelta(days=back)
    if direction == "next":  # strictly after
        ahead = (weekday - ref_day.weekday()) % 7 or 7
        return ref_day + timedelta(days=ahead)
    if direction == "ahead":
        return ref_day + timedelta(days=(weekday - ref_day.weekday()) % 7)
    if direction == "week":  # the same Monday-to-Sunday week
        return ref_day + timedelta(days=weekday - ref_day.weekday())
    if direction == "near":
        back = (ref_day.weekday() - weekday) % 7
        ahead = (weekday - ref_day.weekday()) % 7
        return ref_day - timedelta(days=back) if back <= ahead else ref_day + timedelta(days=ahead)
    return ref_day - timedelta(days=(ref_day.weekday() - weekday) % 7)


# ---------------------------------------------------------------------------------------------
# Rules: each handler turns one regex match into a candidate (or None when it is not a date).
# ---------------------------------------------------------------------------------------------

_Handler = Callable[[re.Match[str], str, "RefDate | None"], "_Cand | None"]

_NOT_YEAR_BEFORE = re.compile(P.NOT_YEAR_BEFORE)
_NOT_YEAR_AFTER = re.compile(P.NOT_YEAR_AFTER)
_GENERIC_DEICTIC_BEFORE = re.compile(P.GENERIC_DEICTIC_BEFORE)
_DAY_EVENT_BEFORE = re.compile(P.DAY_EVENT_BEFORE)
_HABIT_BEFORE = re.compile(P.HABIT_BEFORE)
_YEAR_LEAD_BEFORE = re.compile(P.YEAR_LEAD_BEFORE)
_PREV_WORD = re.compile(r"([A-Za-zÀ-ÿ][\w-]*)\s+$")
_EVENT_NAME_BEFORE = re.compile(P.EVENT_NAME_BEFORE)
_SEASON_BEFORE = re.compile(P.SEASON_BEFORE)
_GENERIC_DU = re.compile(r"\bdu\s+$", re.I)
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:en|depuis|jusqu['’]en|d['’]ici|avant|après|dès|pour|vers|fin|début|mi)[\s-]*$", re.I
)


def _year_ok(year: int) -> bool:
    # Bare numbers are read as years only in a plausible historical window; this is what keeps
    # "en 2 500" or "3000 ans" counts out while "en 1789" and "d'ici 2100" stay in.
    return 1000 <= year <= 2199


def _looks_like_count(text: str, num_start: int, num_end: int) -> bool:
    """Context says the number is a count, a reference or part of a name, not a year."""
    if _NOT_YEAR_BEFORE.search(text, max(0, num_start - 30), num_start):
        return True
    if _NOT_YEAR_AFTER.match(text, num_end, num_end + 20):
        return True
    if _EVENT_NAME_BEFORE.search(text, max(0, num_start - 45), num_start) and not (
        _TIME_PREPOSITION_BEFORE.search(text, max(0, num_start - 12), num_start)
    ):
        # "la Coupe du monde féminine 2027" names an edition; "les Jeux de Pékin en 2008" and
        # "jusqu'en 2027" still date something.
        return True
    if _SEASON_BEFORE.search(text, max(0, num_start - 20), num_start):
        return True  # seasons are not date facts in the gold convention (NEWS.md)
    prev = _PREV_WORD.search(text, max(0, num_start - 40), num_start)
    if prev and prev.group(1)[0].isupper() and prev.group(1) not in P.CAPITALISED_NOT_NAME:
        # "Euro 2012", "Windows 2000": a capitalised word glued to the number names a thing,
        # unless it merely starts a sentence.
        before = text[max(0, prev.start() - 3) : prev.start()].rstrip()
        at_sentence_start = not before or before[-1] in '.!?\n:«"(—–-'
        if not at_sentence_start:
            return True
    return False


def _absolute_day(
    start: int, end: int, ref: RefDate | None, day: int, month: int, year: int | None
) -> _Cand:
    if year is None:
        if ref is None:
            ok = _valid_day(2000, month, day)  # leap year: accept 29 February when unsure
            return _Cand(start, end, None, "day", relative=True, valid=ok, yearless=(month, day))
        ok = _valid_day(ref.year, month, day)
        value = _day_iso(ref.year, month, day) if ok else None
        return _Cand(start, end, value, "day", relative=True, valid=ok, yearless=(month, day))
    if not _valid_day(year, month, day):
        return _Cand(start, end, None, None, valid=False)
    return _Cand(start, end, _day_iso(year, month, day), "day")


def _h_day_month_year(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    year = int(m["y"]) if m["y"] else _two_digit_year(int(m["yy"])) if m["yy"] else None
    if year is not None and not 1 <= year <= 9999:
        return _Cand(m.start(), m.end(), None, None, valid=False)
    month_word = m["m"]
    if _fold(month_word) == "sept" and year is None:
        return None  # "3 sept" without a year is more likely "3 sept ..." (a count) than a date
    day, month = _day_number(m["d"]), _month_number(month_word)
    if year is None and ref is not None and (m["past"] or m["next"]) and ref.month is not None:
        # "le 20 janvier prochain": the first such day after the reference (before, for dernier)
        ref_key = (ref.month, ref.day or (1 if m["next"] else 31))
        if m["next"]:
            year = ref.year if (month, day) > ref_key else ref.year + 1
        else:
            year = ref.year if (month, day) < ref_key else ref.year - 1
        cand = _absolute_day(m.start(), m.end(), ref, day, month, year)
        return _Cand(cand.start, cand.end, cand.value, cand.grain, relative=True, valid=cand.valid)
    if year is None:
        return _yearless_day(text, m.start(), m.end(), ref, day, month)
    return _absolute_day(m.start(), m.end(), ref, day, month, year)


def _yearless_year(text: str, start: int, end: int, ref: RefDate, day: int, month: int) -> int:
    """Year of a day written without one: the reference year, or the next one when the clause
    speaks of the future and the day has passed ("augmentera au 1er janvier" in October)."""
    if (
        ref.month is not None
        and (month, day) < (ref.month, ref.day or 1)
        and _future_context(text, start, end)
    ):
        return ref.year + 1
    return ref.year


def _yearless_day(
    text: str, start: int, end: int, ref: RefDate | None, day: int, month: int
) -> _Cand:
    if ref is None:
        return _absolute_day(start, end, ref, day, month, None)
    year = _yearless_year(text, start, end, ref, day, month)
    if year == ref.year:
        return _absolute_day(start, end, ref, day, month, None)
    cand = _absolute_day(start, end, ref, day, month, year)
    return _Cand(cand.start, cand.end, cand.value, cand.grain, relative=True, valid=cand.valid)


def _h_numeric_dmy(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    day, month, ytxt = int(m["d"]), int(m["m"]), m["y"]
    year = int(ytxt) if len(ytxt) == 4 else _two_digit_year(int(ytxt))
    if m["sep"].isspace():
        if len(ytxt) == 4 and not _year_ok(year):
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
    if not _valid_day(year, month, day):
        return _Cand(m.start(), m.end(), None, None, valid=False)
    return _Cand(m.start(), m.end(), _day_iso(year, month, day), "day")


def _h_numeric_dm(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    start = m.start("d")
    return (
        _yearless_day(text, start, m.end(), ref, int(m["d"]), int(m["m"]))
        if int(m["m"]) <= 12
        else _Cand(start, m.end(), None, None, valid=False)
    )


def _h_numeric_dm_bare(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12) or _NOT_YEAR_AFTER.match(text, m.end()):
        return None  # "18/20" is a mark, "24/24 heures" a frequency
    if m["y"] or m["yy"]:
        year = int(m["y"]) if m["y"] else _two_digit_year(int(m["yy"]))
        return _absolute_day(m.start(), m.end(), ref, day, month, year)
    return _yearless_day(text, m.start(), m.end(), ref, day, month)


def _day_span(
    start: int,
    end: int,
    ref: RefDate | None,
    first: tuple[int, int, int | None],
    last: tuple[int, int],
    text: str,
) -> _Cand | None:
    """A range of days (day, month[, year]) to (day, month); a yearless start resolves like a
    yearless day and the end follows it (into the next year when its month comes earlier)."""
    d1, m1, year = first
    d2, m2 = last
    relative = year is None
    if year is None:
        if ref is None:
            ok = _valid_day(2000, m1, d1) and _valid_day(2000, m2, d2)
            return _Cand(start, end, None, "day", relative=True, valid=ok)
        year = _yearless_year(text, start, end, ref, d1, m1)
    y2 = year if (m2, d2) >= (m1, d1) else year + 1
    if not (_valid_day(year, m1, d1) and _valid_day(y2, m2, d2)):
        return _Cand(start, end, None, None, valid=False)
    first_day, last_day = date(year, m1, d1), date(y2, m2, d2)
    if last_day <= first_day or (last_day - first_day).days > 366:
        return None
    return _Cand(
        start, end, first_day.isoformat(), "day", end_value=last_day.isoformat(), relative=relative
    )


def _h_numeric_dm_range(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    d1, m1, d2, m2 = (int(m[k]) for k in ("d1", "m1", "d2", "m2"))
    year = int(m["y"] or m["y2"]) if (m["y"] or m["y2"]) else None
    if year is not None:
        if not _year_ok(year):
            return None
        if (m2, d2) < (m1, d1):
            year -= 1  # "du 20/12 au 03/01/2021" starts in 2020
    return _day_span(m.start(), m.end(), ref, (d1, m1, year), (d2, m2), text)


def _h_named_sep_other_orders(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    n = "1" if m["d1"] else "2"
    year = int(m["y" + n])
    if not _year_ok(year):
        return None
    return _absolute_day(m.start(), m.end(), ref, int(m["d" + n]), _month_number(m["m" + n]), year)


def _month_day_ok(m: re.Match[str], group: str) -> bool:
    word = m[group]
    key = _fold(word)
    if key == "mars" and word[0] == "M":
        return False  # "Mars 2" is a space probe
    return not (key == "sept" and not word.endswith("."))  # "sept 2" is seven and two


def _h_month_day(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    if not _month_day_ok(m, "m"):
        return None
    raw = re.sub(r"\s+", " ", m["d"].lower())
    if raw.startswith("second"):
        day = 2
    elif raw in P.DAY_WORDS:
        day = P.DAY_WORDS[raw]
    else:
        day = _day_number(raw)
    return _yearless_day(text, m.start(), m.end(), ref, day, _month_number(m["m"]))


def _h_month_day_range(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    if not _month_day_ok(m, "m1") or (m["m2"] and not _month_day_ok(m, "m2")):
        return None
    m1 = _month_number(m["m1"])
    m2 = _month_number(m["m2"]) if m["m2"] else m1
    first, last = (int(m["d1"]), m1, None), (int(m["d2"]), m2)
    return _day_span(m.start(), m.end(), ref, first, last, text)


def _h_weekday_day(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    day = _day_number(m["d"])
    if not 1 <= day <= 31:
        return None
    if ref is None or ref.month is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    weekday = P.WEEKDAY_NUMBERS[_fold(m["wd"])[:3]]
    step = 1 if _future_context(text, m.start(), m.end()) else -1
    for offset in range(13):  # the reference month first, then away from it
        year, month = _shift_month(ref.year, ref.month, step * offset)
        if not 1 <= year <= 9999:
            break
        if _valid_day(year, month, day) and date(year, month, day).weekday() == weekday:
            return _Cand(m.start(), m.end(), _day_iso(year, month, day), "day", relative=True)
    return None


def _h_day_only_cued(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    day, start = _day_number(m["d"]), m.start("d")
    if not 1 <= day <= 31:
        return None
    if ref is None or ref.month is None:
        return _Cand(start, m.end(), None, "day", relative=True)
    year, month = ref.year, ref.month
    if ref.day is not None and day < ref.day and _future_context(text, m.start(), m.end()):
        year, month = _shift_month(year, month, 1)  # a plan whose day is past this month
    if not _valid_day(year, month, day):
        return None
    return _Cand(start, m.end(), _day_iso(year, month, day), "day", relative=True)


def _h_week_of_day(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    day, month = _day_number(m["d"]), _month_number(m["m"])
    if m["y"]:
        if not _year_ok(int(m["y"])):
            return None
        cand = _absolute_day(m.start(), m.end(), ref, day, month, int(m["y"]))
    else:
        cand = _yearless_day(text, m.start(), m.end(), ref, day, month)
    if not cand.valid or cand.value is None:
        return _Cand(m.start(), m.end(), None, "week", relative=cand.relative, valid=cand.valid)
    named = date.fromisoformat(cand.value)
    back = named.weekday()
    monday = named - timedelta(days=back) if back <= 3 else named + timedelta(days=7 - back)
    week = _week_cand(m.start(), m.end(), monday)
    return replace(week, relative=cand.relative)


def _h_numeric_ymd(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
    if not _valid_day(year, month, day):
        return _Cand(m.start(), m.end(), None, None, valid=False)
    return _Cand(m.start(), m.end(), _day_iso(year, month, day), "day")


def _h_month_year(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    year = int(m["y"])
    if not 1 <= year <= 9999:
        return None
    return _Cand(m.start(), m.end(), _month_iso(year, _month_number(m["m"])), "month")


def _h_numeric_month_year(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    month = int(m["m1"] or m["m2"])
    year = int(m["y1"] or m["y2"])
    if not (1 <= month <= 12 and _year_ok(year)):
        return None  # let "2012-13" be read as a year range instead
    return _Cand(m.start(), m.end(), _month_iso(year, month), "month")


def _h_year(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    year = int(m["y"])
    if not _year_ok(year) or _looks_like_count(text, m.start("y"), m.end("y")):
        return None
    lead = _YEAR_LEAD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    start = lead.start() if lead else m.start()
    return _Cand(start, m.end(), f"{year:04d}", "year", core_start=m.start("y"))


def _h_year_range(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    y1txt = m["y1a"] or m["y1b"] or m["y1c"]
    y2txt = m["y2a"] or m["y2b"] or m["y2c"]
    y1 = int(y1txt)
    y2 = int(y2txt) if len(y2txt) == 4 else (y1 // 100) * 100 + int(y2txt)
    if not (_year_ok(y1) and _year_ok(y2) and y1 < y2):
        return None
    if len(y2txt) == 2 and y2 - y1 > 10:
        return None  # "1994-95" is a span; "2015-32" is a code or a score
    num_start = m.start("y1a") if m["y1a"] else m.start("y1b") if m["y1b"] else m.start("y1c")
    if _looks_like_count(text, num_start, num_start) or _NOT_YEAR_AFTER.match(
        text, m.end(), m.end() + 20
    ):
        return None
    return _Cand(m.start(), m.end(), f"{y1:04d}", "year", end_value=f"{y2:04d}")


def _h_day_range(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    d1, d2 = _day_number(m["d1"]), _day_number(m["d2"])
    m2 = _month_number(m["m2"])
    m1 = _month_number(m["m1"]) if m["m1"] else m2
    relative = False
    if m["y2"]:
        y2 = int(m["y2"])
        y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    elif m["y1"]:
        return None  # "du 3 mars 2024 au 5 avril" is unusual; leave it to the single-date rules
    else:
        relative = True
        if ref is None:
            ok = _valid_day(2000, m1, d1) and _valid_day(2000, m2, d2)
            return _Cand(m.start(), m.end(), None, "day", relative=True, valid=ok)
        y2 = ref.year
        y1 = y2 if m1 <= m2 else y2 - 1
    if not (_valid_day(y1, m1, d1) and _valid_day(y2, m2, d2)):
        return _Cand(m.start(), m.end(), None, None, valid=False)
    first, last = date(y1, m1, d1), date(y2, m2, d2)
    if last <= first:
        return None
    return _Cand(
        m.start(), m.end(), first.isoformat(), "day", end_value=last.isoformat(), relative=relative
    )


def _h_numeric_day_range(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    parts = [int(m[k]) for k in ("y1", "m1", "d1", "y2", "m2", "d2")]
    if not (_valid_day(*parts[:3]) and _valid_day(*parts[3:])):
        return _Cand(m.start(), m.end(), None, None, valid=False)
    first, last = date(*parts[:3]), date(*parts[3:])
    if last <= first:
        return None
    return _Cand(m.start(), m.end(), first.isoformat(), "day", end_value=last.isoformat())


def _h_month_range(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    m1, m2, y2 = _month_number(m["m1"]), _month_number(m["m2"]), int(m["y2"])
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 < m2 else y2 - 1)
    if not (_year_ok(y1) and _year_ok(y2)) or (y1, m1) >= (y2, m2):
        return None
    return _Cand(m.start(), m.end(), _month_iso(y1, m1), "month", end_value=_month_iso(y2, m2))


def _quarter(ordinal: int, unit: str) -> tuple[int, int] | None:
    """First and last month of the n-th quarter or half-year."""
    if unit.startswith("tri") or unit in ("T", "Q", "t", "q"):
        if not 1 <= ordinal <= 4:
            return None
        return 3 * ordinal - 2, 3 * ordinal
    ordinal = min(ordinal, 2)  # "dernier semestre" is the second one
    return 6 * ordinal - 5, 6 * ordinal


def _h_quarter(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    gd = m.groupdict()
    if gd.get("ord"):
        span = _quarter(P.ORDINALS[gd["ord"].lower()], gd["unit"].lower())
    elif gd.get("tq"):
        span = _quarter(int(gd["tqn"]), "T")
    elif gd.get("sh"):
        span = _quarter(int(gd["shn"]), "semestre")
    else:
        span = _quarter(int(gd["n2"]), gd["unit2"].lower())
    if span is None:
        return None
    if gd.get("y"):
        year, relative = int(gd["y"]), False
    else:
        if gd.get("tq") or gd.get("sh"):
            return None  # a lone "T1" or "S2" is a model name or a flat type, not a period
        relative = True
        if ref is None:
            return _Cand(m.start(), m.end(), None, "month", relative=True)
        rel = (gd.get("rel") or "").lower()
        year = ref.year - 1 if "derni" in rel else ref.year + 1 if "prochaine" in rel else ref.year
    if not _year_ok(year):
        return None
    return _Cand(
        m.start(),
        m.end(),
        _month_iso(year, span[0]),
        "month",
        end_value=_month_iso(year, span[1]),
        relative=relative,
    )


def _year_offset(word: str | None) -> int:
    w = _fold(word or "")
    return -1 if w.startswith(("dern", "pass")) else 1 if w.startswith("proch") else 0


def _h_period_part(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    start, end = m.start(), m.end()
    if m["y"] or m["ay"] or m["my"]:
        year = int(m["y"] or m["ay"] or m["my"])
        if not _year_ok(year):
            return None
        if m["m"]:
            return _Cand(start, end, _month_iso(year, _month_number(m["m"])), "month")
        return _Cand(start, end, f"{year:04d}", "year")
    if m["m"]:
        return _relative_month(m, text, ref, _month_number(m["m"]), None)
    if m["mois"] or m["mois2"]:
        if ref is None or ref.month is None:
            return _Cand(start, end, None, "month", relative=True)
        year, month = _shift_month(ref.year, ref.month, _year_offset(m["mrel"]))
        return _Cand(start, end, _month_iso(year, month), "month", relative=True)
    # "début de l'année", "fin de l'année dernière"
    if ref is None:
        return _Cand(start, end, None, "year", relative=True)
    year = ref.year + _year_offset(m["arel"])
    return _Cand(start, end, f"{year:04d}", "year", relative=True)


def _h_day_deictic(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    window = max(0, m.start() - 30)
    if _GENERIC_DEICTIC_BEFORE.search(text, window, m.start()) and not _DAY_EVENT_BEFORE.search(
        text, window, m.start()
    ):
        return None  # "les modèles de demain", "le monde d'aujourd'hui"
    word = _fold(m["w"]).replace("-", " ")
    if word.startswith("avant"):
        offset = -2
    elif word.startswith("apres"):
        offset = 2
    elif word.startswith(("aujourd", "ce")):
        if word.startswith("ce") and _BEFORE_CE_JOUR.search(
            text, max(0, m.start() - 12), m.start()
        ):
            return None  # "à ce jour", "jusqu'à ce jour": so far
        offset = 0
    elif word == "hier":
        offset = -1
    else:
        offset = 1
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    return _Cand(
        m.start(), m.end(), (ref_day + timedelta(days=offset)).isoformat(), "day", relative=True
    )


def _h_weekday(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    if _HABIT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
        return None
    if not (m["past"] or m["next"] or m["this"]) and _GENERIC_DU.search(
        text, max(0, m.start() - 4), m.start()
    ):
        # "le match du dimanche soir" is the Sunday match of every week; "le match de dimanche"
        # is this one.
        return None
    weekday = P.WEEKDAY_NUMBERS[_fold(m["wd"])[:3]]
    if m["past"]:
        direction = "past"
    elif m["next"]:
        direction = "next"
    elif m["this"]:
        direction = "week"
    else:
        direction = "ahead" if _future_context(text, m.start(), m.end()) else "back"
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    value = _weekday_date(ref_day, weekday, direction)
    return _Cand(m.start(), m.end(), value.isoformat(), "day", relative=True)


def _h_unit_rel(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    offset = -1 if m["past"] else 1 if m["next"] else 0
    return _counted_cand(m.start(), m.end(), ref, _unit_of(m["u1"] or m["u2"]), offset, offset)


def _relative_month(
    m: re.Match[str], text: str, ref: RefDate | None, month: int, lead: str | None
) -> _Cand:
    gd = m.groupdict()
    lead_key = _fold(lead or "")
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
        direction = "ahead" if _future_context(text, m.start(), m.end()) else "back"
    if ref is None:
        return _Cand(m.start(), m.end(), None, "month", relative=True)
    resolved = _month_without_year(ref, month, direction)
    value = _month_iso(*resolved) if resolved else None
    return _Cand(m.start(), m.end(), value, "month", relative=True)


def _h_month_rel(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    word = m["m"]
    key = _fold(word)
    cued = bool(m["lead"] or m["past"] or m["next"])
    if key == "mars" and word[0].isupper() and not (m["past"] or m["next"]):
        return None  # "Mars" without a number is the planet (or the god, or a brand)
    if key == "mars" and m["lead"] and _fold(m["lead"]) in ("en", "depuis", "des"):
        # "en mars" is the month; "vers Mars", "sur Mars" never reach here (no cue word)
        pass
    if not cued and (key in ("mai", "mars") or word[0].isupper()):
        return None  # "mai"/"mars" alone are too ambiguous; a capitalised name is not a month
    return _relative_month(m, text, ref, _month_number(word), m["lead"])


def _h_offset(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    n = _number(m["n"])
    sign = -1 if _fold(m["dir"]).startswith("il") else 1
    unit = _fold(m["unit"])
    if unit.startswith("an"):
        if ref is None:
            return _Cand(m.start(), m.end(), None, "year", relative=True)
        year = ref.year + sign * n
        value = f"{year:04d}" if 1 <= year <= 9999 else None
        return _Cand(m.start(), m.end(), value, "year", relative=True)
    if unit == "mois":
        if ref is None or ref.month is None:
            return _Cand(m.start(), m.end(), None, "month", relative=True)
        year, month = _shift_month(ref.year, ref.month, sign * n)
        if not 1 <= year <= 9999:
            return None
        if ref.day is None:
            return _Cand(m.start(), m.end(), _month_iso(year, month), "month", relative=True)
        # "il y a trois mois" from a day is that day three months back (the month's last day when
        # it is shorter), as both peers resolve it
        day = min(ref.day, calendar.monthrange(year, month)[1])
        return _Cand(m.start(), m.end(), _day_iso(year, month, day), "day", relative=True)
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    days = n * (7 if unit.startswith("semaine") else 1)
    try:
        value = (ref_day + timedelta(days=sign * days)).isoformat()
    except OverflowError:
        return None
    return _Cand(m.start(), m.end(), value, "day", relative=True)


def _unit_of(word: str) -> str:
    w = _fold(word)
    if w.startswith("jour"):
        return "day"
    if w.startswith("semaine"):
        return "week"
    if w == "mois":
        return "month"
    return "year"


_GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _count_units(
    base: RefDate, unit: str, first: int, last: int
) -> tuple[str, str | None, str] | None:
    """(value, end_value, grain) of units first..last counted from `base`; None when `base` is
    coarser than the unit or the result leaves the calendar."""
    try:
        if unit in ("day", "week"):
            day = base.as_date()
            if day is None:
                return None
            if unit == "day":
                start, end = day + timedelta(days=first), day + timedelta(days=last)
                return start.isoformat(), (end.isoformat() if last != first else None), "day"
            monday = day - timedelta(days=day.weekday())
            start = monday + timedelta(weeks=first)
            end = monday + timedelta(weeks=last, days=6)
            return start.isoformat(), end.isoformat(), "week"
        if unit == "month":
            if base.month is None:
                return None
            y1, m1 = _shift_month(base.year, base.month, first)
            y2, m2 = _shift_month(base.year, base.month, last)
            if not (1 <= y1 <= 9999 and 1 <= y2 <= 9999):
                return None
            end_value = _month_iso(y2, m2) if last != first else None
            return _month_iso(y1, m1), end_value, "month"
        y1, y2 = base.year + first, base.year + last
        if not (1 <= y1 <= 9999 and 1 <= y2 <= 9999):
            return None
        return f"{y1:04d}", (f"{y2:04d}" if last != first else None), "year"
    except OverflowError:
        return None


def _counted_cand(
    start: int,
    end: int,
    base: RefDate | None,
    unit: str,
    first: int,
    last: int,
    anchor: tuple[str, int, int] | None = None,
) -> _Cand:
    counted = _count_units(base, unit, first, last) if base is not None else None
    if counted is None:
        return _Cand(start, end, None, unit, relative=True, anchor=anchor)
    value, end_value, grain = counted
    return _Cand(start, end, value, grain, end_value=end_value, relative=True, anchor=anchor)


def _h_n_units(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    n = _number(m["n"])
    if n < 2:
        return None  # "une dernière année" is not a count of units
    unit = _unit_of(m["u1"] or m["u2"])
    if m["past1"] or m["past2"]:
        return _counted_cand(m.start(), m.end(), ref, unit, -n, -1)
    if m["next1"] or m["next2"]:
        return _counted_cand(m.start(), m.end(), ref, unit, 1, n)
    first, last = (1, n) if m["after"] else (-n, -1)
    return _counted_cand(m.start(), m.end(), ref, unit, first, last, anchor=(unit, first, last))


def _h_anchored(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    if m["veille"]:
        unit, shift = "day", -1
    elif m["lendemain"]:
        unit, shift = "day", 1
    elif m["surlendemain"]:
        unit, shift = "day", 2
    else:
        unit, shift = _unit_of(m["u"]), (1 if m["after"] else -1)
    return _counted_cand(m.start(), m.end(), ref, unit, shift, shift, anchor=(unit, shift, shift))


def _h_decade(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    if m["w"]:
        year = P.DECADE_WORDS[re.sub(r"\s+", "-", m["w"].lower())]
    elif m["yy"]:
        year = 1900 + int(m["yy"])  # "les années 80": the past reading
    else:
        year = int(m["y"] or m["ys"])
    return _Cand(m.start(), m.end(), f"{year:04d}", "year", end_value=f"{year + 9:04d}")


def _resolve_anchored(text: str, cands: list[_Cand], ref: RefDate | None) -> list[_Cand]:
    """Count "le lendemain", "les trois années suivantes" from the date stated before them in the
    same paragraph. With none, they keep the reference date's reading, unless a step forward
    sits in a past-tense clause ("il est reparti le lendemain": after some untold day). A date
    before them too coarse for the unit ("En 2010 ... le lendemain") leaves them unresolvable,
    and they are dropped rather than guessed."""
    out: list[_Cand] = []
    prev: _Cand | None = None
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
        if near is not None:
            if _GRAIN_RANK.get(near.grain or "", 9) > _GRAIN_RANK[unit]:
                continue
            base = near.end_value if first > 0 and near.end_value else near.value
            assert base is not None
            c = _counted_cand(c.start, c.end, RefDate.parse(base[:10]), unit, first, last)
        elif first > 0 and _PAST_RE.search(text, *_clause(text, c.start, c.end)):
            continue
        out.append(c)
        if c.value is not None:
            prev = c
    return out


def _rank_length(c: _Cand) -> int:
    return c.end - (c.start if c.core_start is None else c.core_start)


def _range_day(word: str) -> int:
    key = re.sub(r"\s+", " ", word.lower())
    if key in P.DAY_WORDS:
        return P.DAY_WORDS[key]
    return _day_number(re.sub(r"(?:e|ème|eme)$", "", key))


def _h_day_range_words(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    d1, d2 = _range_day(m["d1"]), _range_day(m["d2"])
    month = _month_number(m["m2"])
    if m["y2"]:
        year, relative = int(m["y2"]), False
    elif ref is None:
        ok = _valid_day(2000, month, d1) and _valid_day(2000, month, d2) and d1 < d2
        return _Cand(m.start(), m.end(), None, "day", relative=True, valid=ok)
    else:
        year, relative = ref.year, True
    if not (_valid_day(year, month, d1) and _valid_day(year, month, d2)):
        return _Cand(m.start(), m.end(), None, None, valid=False)
    if d2 <= d1:
        return None
    return _days_of_month(m, year, month, d1, d2, relative)


def _days_of_month(
    m: re.Match[str], year: int, month: int, d1: int, d2: int, relative: bool
) -> _Cand:
    """Days d1 to d2 of one month: value the first, end_value the last."""
    return _Cand(
        m.start(),
        m.end(),
        _day_iso(year, month, d1),
        "day",
        end_value=_day_iso(year, month, d2),
        relative=relative,
    )


def _h_day_range_no_month(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    if not (m["lead"] or m["this"]):
        return None
    d1, d2 = _range_day(m["d1"]), _range_day(m["d2"])
    if not (1 <= d1 < d2 <= 31) or _NOT_YEAR_AFTER.match(text, m.end(), m.end() + 20):
        return None  # "du 13 au 18 heures", "entre le 3 et le 2": not a day range
    if ref is None or ref.month is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    year, month = ref.year, ref.month
    if (
        not m["this"]
        and ref.day is not None
        and d2 < ref.day
        and _future_context(text, m.start(), m.end())
    ):
        year, month = _shift_month(year, month, 1)  # a plan whose days are past this month
    if not (_valid_day(year, month, d1) and _valid_day(year, month, d2)):
        return None
    return _days_of_month(m, year, month, d1, d2, True)


def _h_dmy_named_sep(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    return _absolute_day(m.start(), m.end(), ref, int(m["d"]), _month_number(m["m"]), int(m["y"]))


def _h_month_day_year(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    if m["sep"].isspace() and len(m["d"]) < 2:
        return None  # "juin 2 2000": more likely a count written with a space
    year = int(m["y"])
    if not _year_ok(year) or _looks_like_count(text, m.start("y"), m.end("y")):
        return None
    return _absolute_day(m.start(), m.end(), ref, int(m["d"]), _month_number(m["m"]), year)


def _h_month_yy(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    year = _two_digit_year(int(m["yy"]))
    return _Cand(m.start(), m.end(), _month_iso(year, _month_number(m["m"])), "month")


def _week_cand(start: int, end: int, monday: date | None) -> _Cand:
    if monday is None:
        return _Cand(start, end, None, "week", relative=True)
    return _Cand(
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


def _h_week_rel(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    shift = _week_shift(m)
    return _counted_cand(m.start(), m.end(), ref, "week", shift, shift)


def _h_weekday_of_week(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    monday = _ref_monday(ref)
    if monday is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    weekday = P.WEEKDAY_NUMBERS[_fold(m["wd"])[:3]]
    value = monday + timedelta(weeks=_week_shift(m), days=weekday)
    return _Cand(m.start(), m.end(), value.isoformat(), "day", relative=True)


def _h_weekday_en_huit(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    weeks = 1 if m["n"].lower() in ("huit", "8") else 2
    # the first such weekday a week (a fortnight) from now: "mardi en huit" said on a Tuesday
    # is the next Tuesday, said on a Thursday the Tuesday after next
    value = _weekday_date(
        ref_day + timedelta(weeks=weeks), P.WEEKDAY_NUMBERS[_fold(m["wd"])[:3]], "ahead"
    )
    return _Cand(m.start(), m.end(), value.isoformat(), "day", relative=True)


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


def _h_week_of(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    n = P.WEEK_ORDINALS[m["ord"].lower()]
    relative = False
    if m["y"]:
        year = int(m["y"])
        if not _year_ok(year):
            return None
        first, last = date(year, 1, 1), date(year, 12, 31)
    else:
        month = _month_number(m["m"])
        if m["my"]:
            year = int(m["my"])
            if not _year_ok(year):
                return None
        else:
            relative = True
            if ref is None or ref.month is None:
                return _Cand(m.start(), m.end(), None, "week", relative=True)
            direction = "ahead" if _future_context(text, m.start(), m.end()) else "back"
            resolved = _month_without_year(ref, month, direction)
            if resolved is None:
                return None
            year = resolved[0]
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
    monday = _thursday_week(first, last, n)
    if monday is None:
        return None
    cand = _week_cand(m.start(), m.end(), monday)
    return _Cand(cand.start, cand.end, cand.value, "week", cand.end_value, relative=relative)


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
        return date(year, month, day) if _valid_day(year, month, day) else None
    if rule[0] == "easter":
        return _easter(year) + timedelta(days=int(rule[1]))  # type: ignore[call-overload]
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


def _h_holiday(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    key = next(k for k in P.HOLIDAYS if m.group(k))
    if key in ("christmas", "all_saints") and _CAPITALISED_NEXT.match(text, m.end(key)):
        return None  # "Noël Mamère", "Toussaint Louverture": first names
    if m.start() == m.start(key):  # no "jour de" lead: look at what names it
        window = max(0, m.start() - 30)
        if (
            _HOLIDAY_GENERIC_BEFORE.search(text, window, m.start())
            and not _DAY_EVENT_BEFORE.search(text, window, m.start())
            and not _NEXT_DAY_BEFORE.search(text, window, m.start())
        ):
            return None  # "les cadeaux de Noël", "l'île de Pâques"
    if m["y"]:
        year = int(m["y"])
        found = _holiday_date(key, year) if _year_ok(year) else None
        if found is None:
            return None
        return _Cand(m.start(), m.end(), found.isoformat(), "day")
    if ref is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    # Like "le 3 mars": the reference year's, unless "dernier"/"prochain" says otherwise.
    found = _holiday_date(key, ref.year)
    ref_day = ref.as_date() or date(ref.year, ref.month or 1, 1)
    if found is not None and m["past"] and found >= ref_day:
        found = _holiday_date(key, ref.year - 1)
    elif found is not None and m["next"] and found <= ref_day:
        found = _holiday_date(key, ref.year + 1)
    if found is None:
        return None
    return _Cand(m.start(), m.end(), found.isoformat(), "day", relative=True)


def _h_nth_day_of_month(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    day = _range_day(m["d"])
    year = int(m["y"]) if m["y"] else None
    if year is not None and not _year_ok(year):
        return None
    return _absolute_day(m.start(), m.end(), ref, day, _month_number(m["m"]), year)


def _h_nth_weekday(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    n = P.NTH_WEEKDAY_ORDINALS[m["ord"].lower()]
    weekday = P.WEEKDAY_NUMBERS[_fold(m["wd"])[:3]]
    month = _month_number(m["m"])
    relative = not m["y"]
    if m["y"]:
        year = int(m["y"])
        if not _year_ok(year):
            return None
    elif ref is None or ref.month is None:
        return _Cand(m.start(), m.end(), None, "day", relative=True)
    else:
        direction = "ahead" if _future_context(text, m.start(), m.end()) else "back"
        resolved = _month_without_year(ref, month, direction)
        if resolved is None:
            return None
        year = resolved[0]
    first = date(year, month, 1)
    days = [
        first + timedelta(days=i)
        for i in range(calendar.monthrange(year, month)[1])
        if (first + timedelta(days=i)).weekday() == weekday
    ]
    if n > len(days):
        return None
    found = days[n - 1] if n > 0 else days[-1]
    return _Cand(m.start(), m.end(), found.isoformat(), "day", relative=relative)


def _h_numeric_month_cued(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    month, year = int(m["m"]), int(m["y"])
    if not (1 <= month <= 12 and _year_ok(year)):
        return None
    return _Cand(m.start(), m.end(), _month_iso(year, month), "month")


def _h_week_part(m: re.Match[str], text: str, ref: RefDate | None) -> _Cand | None:
    return _week_cand(m.start(), m.end(), _ref_monday(ref))


_NEXT_DAY_BEFORE = re.compile(P.NEXT_DAY_BEFORE)
_RANGE_OPEN_BEFORE = re.compile(P.RANGE_OPEN_BEFORE)
_RANGE_JOIN = re.compile(P.RANGE_JOIN)


def _shift_from_stated_day(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'le lendemain du 3 mai' is 4 May, 'la veille de Noël' 24 December: the cue joins the span
    and moves the day."""
    out = []
    for c in cands:
        cue = None
        if c.grain == "day" and not c.end_value:
            cue = _NEXT_DAY_BEFORE.search(text, max(0, c.start - 25), c.start)
        if cue is None:
            out.append(c)
            continue
        value = c.value
        if value is not None:
            shift = 1 if cue["w"].lower() == "lendemain" else -1
            value = (date.fromisoformat(value) + timedelta(days=shift)).isoformat()
        out.append(_Cand(cue.start("w"), c.end, value, "day", relative=c.relative))
    return out


def _merge_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """'du <date> au <date>', 'entre <date> et <date>': two dates that the text joins as a range
    become one fact, valued by its start, with the end's last value as its end."""
    out: list[_Cand] = []
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
                    _Cand(
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


def _year_from_range_end(a: _Cand, b: _Cand) -> _Cand:
    """'du 3/10 au 2/11/2017': a first day written without its year takes the end's year."""
    if a.yearless is None or b.relative or not b.value:
        return a
    month, day = a.yearless
    end_year, end_month = int(b.value[:4]), int(b.value[5:7] or 12) if len(b.value) > 4 else 12
    year = end_year if month <= end_month else end_year - 1
    if not _valid_day(year, month, day):
        return a
    return replace(a, value=_day_iso(year, month, day), relative=False, yearless=None)


def _joins(opener: str, join: str) -> bool:
    opener, join = opener.lower(), join.lower()
    if opener == "entre":
        return join in ("et", "-", "–")
    return join != "et"


# Rule order breaks ties between candidates of equal length: earlier rules win.
_RULES: tuple[tuple[re.Pattern[str], _Handler], ...] = (
    (re.compile(P.NUMERIC_DAY_RANGE, _FLAGS), _h_numeric_day_range),
    (re.compile(P.NUMERIC_DM_RANGE, _FLAGS), _h_numeric_dm_range),
    (re.compile(P.MONTH_DAY_RANGE, _FLAGS), _h_month_day_range),
    (re.compile(P.WEEK_OF_DAY, _FLAGS), _h_week_of_day),
    (re.compile(P.DAY_RANGE, _FLAGS), _h_day_range),
    (re.compile(P.DAY_RANGE_WORDS, _FLAGS), _h_day_range_words),
    (re.compile(P.DAY_RANGE_NO_MONTH, _FLAGS), _h_day_range_no_month),
    (re.compile(P.HOLIDAY, _FLAGS), _h_holiday),
    (re.compile(P.WEEK_OF, _FLAGS), _h_week_of),
    (re.compile(P.WEEKDAY_OF_WEEK, _FLAGS), _h_weekday_of_week),
    (re.compile(P.WEEKDAY_EN_HUIT, _FLAGS), _h_weekday_en_huit),
    (re.compile(P.WEEK_REL, _FLAGS), _h_week_rel),
    (re.compile(P.WEEK_PART, _FLAGS), _h_week_part),
    (re.compile(P.NTH_DAY_OF_MONTH, _FLAGS), _h_nth_day_of_month),
    (re.compile(P.NTH_WEEKDAY, _FLAGS), _h_nth_weekday),
    (re.compile(P.NUMERIC_MONTH_CUED, _FLAGS), _h_numeric_month_cued),
    (re.compile(P.MONTH_RANGE, _FLAGS), _h_month_range),
    (re.compile(P.DAY_MONTH_YEAR, _FLAGS), _h_day_month_year),
    (re.compile(P.DMY_NAMED_SEP, _FLAGS), _h_dmy_named_sep),
    (re.compile(P.NAMED_SEP_OTHER_ORDERS, _FLAGS), _h_named_sep_other_orders),
    (re.compile(P.MONTH_DAY_YEAR, _FLAGS), _h_month_day_year),
    (re.compile(P.NUMERIC_YMD, _FLAGS), _h_numeric_ymd),
    (re.compile(P.NUMERIC_DMY, _FLAGS), _h_numeric_dmy),
    (re.compile(P.NUMERIC_DM, _FLAGS), _h_numeric_dm),
    (re.compile(P.NUMERIC_DM_BARE, _FLAGS), _h_numeric_dm_bare),
    (re.compile(P.QUARTER, _FLAGS), _h_quarter),
    (re.compile(P.QUARTER_YEAR_FIRST, _FLAGS), _h_quarter),
    (re.compile(P.PERIOD_PART, _FLAGS), _h_period_part),
    (re.compile(P.MONTH_YEAR, _FLAGS), _h_month_year),
    (re.compile(P.MONTH_YY, _FLAGS), _h_month_yy),
    (re.compile(P.MONTH_DAY, _FLAGS), _h_month_day),
    (re.compile(P.WEEKDAY_DAY, _FLAGS), _h_weekday_day),
    (re.compile(P.DAY_ONLY_CUED, _FLAGS), _h_day_only_cued),
    (re.compile(P.NUMERIC_MONTH_YEAR, _FLAGS), _h_numeric_month_year),
    (re.compile(P.YEAR_RANGE, _FLAGS), _h_year_range),
    (re.compile(P.YEAR, _FLAGS), _h_year),
    (re.compile(P.DECADE, _FLAGS), _h_decade),
    (re.compile(P.N_UNITS, _FLAGS), _h_n_units),
    (re.compile(P.ANCHORED, _FLAGS), _h_anchored),
    (re.compile(P.OFFSET_REL, _FLAGS), _h_offset),
    (re.compile(P.UNIT_REL, _FLAGS), _h_unit_rel),
    (re.compile(P.DAY_DEICTIC, _FLAGS), _h_day_deictic),
    (re.compile(P.WEEKDAY_REL, _FLAGS), _h_weekday),
    (re.compile(P.MONTH_REL, _FLAGS), _h_month_rel),
)


# ---------------------------------------------------------------------------------------------
# Public finders
# ---------------------------------------------------------------------------------------------


def find_dates(
    text: str, reference_date: str | None, exclude: Sequence[tuple[int, int]] = ()
) -> list[DateMatch]:
    """All calendar expressions of `text`, sorted and non-overlapping.

    Relative expressions resolve against `reference_date` ("YYYY", "YYYY-MM" or "YYYY-MM-DD");
    without one (or when it is too coarse for the expression) they come back with value None.
    Candidates overlapping a span of `exclude` (typically the dateline) are dropped.
    Raises ValueError only for a malformed `reference_date`.
    """
    ref = RefDate.parse(reference_date) if reference_date else None
    candidates: list[tuple[int, int, _Cand]] = []
    for order, (pattern, handler) in enumerate(_RULES):
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            cand = handler(m, text, ref)
            if cand is None:
                continue
            if any(cand.start < e and s < cand.end for s, e in exclude):
                continue
            candidates.append((order, len(candidates), cand))
    # Longest first, then leftmost, then rule order: a range beats the dates inside it.
    candidates.sort(key=lambda t: (-_rank_length(t[2]), -(t[2].end - t[2].start), t[2].start, t[0]))
    taken: list[_Cand] = []
    occupied = bytearray(len(text))  # one byte per character: linear, not quadratic, overlap tests
    for _, _, cand in candidates:
        if occupied.find(1, cand.start, cand.end) != -1:
            continue
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    valid = _merge_ranges(text, _shift_from_stated_day(text, [c for c in taken if c.valid]))
    valid = _resolve_anchored(text, valid, ref)
    matches = []
    for c in valid:
        start = c.start
        # Function words lead the match in to tell its meaning ("en janvier dernier", "du mois
        # de mars"), but the fact's text starts at the date itself, as in the gold files; a
        # range keeps its "du ... au".
        lead = _LEAD_IN.match(text, start, c.end)
        if lead is not None and not (c.end_value and lead.group(1).lower() in _RANGE_LEADS):
            start = lead.end()
        matches.append(
            DateMatch(
                start=start,
                end=c.end,
                text=text[start : c.end],
                value=c.value,
                grain=c.grain,
                end_value=c.end_value,
                relative=c.relative,
            )
        )
    return matches


_LEAD_IN = re.compile(
    r"(en|au|aux|du|depuis|dès|jusqu['’](?:en|au|à)|d['’]ici|à|vers|courant|pour)\s+(?=\w)",
    re.IGNORECASE,
)
_RANGE_LEADS = {"du"}


_DATELINE_STRONG = tuple(re.compile(p, _FLAGS) for p in P.DATELINE_STRONG)
_DATELINE_WEAK = tuple(re.compile(p, _FLAGS) for p in P.DATELINE_WEAK)


def _dateline_value(m: re.Match[str]) -> str | None:
    gd = m.groupdict()
    if gd.get("y"):
        year, month, day = int(gd["y"]), _month_number(gd["m"]), _day_number(gd["d"])
    elif gd.get("ny"):
        year, month, day = int(gd["ny"]), int(gd["nm"]), int(gd["nd"])
    elif gd.get("iy"):
        year = int(gd["iy"])
        if not 1 <= year <= 9999:
            return None
        if not gd.get("im"):
            return f"{year:04d}"
        month = int(gd["im"])
        if not gd.get("id"):
            return _month_iso(year, month) if 1 <= month <= 12 else None
        day = int(gd["id"])
    else:
        return None
    return _day_iso(year, month, day) if _valid_day(year, month, day) else None


def find_dateline(text: str) -> Dateline | None:
    """The article's publication date when its head states one, else None."""
    head = text[: P.DATELINE_HEAD_CHARS + 200]
    for patterns in (_DATELINE_STRONG, _DATELINE_WEAK):
        best: tuple[int, Dateline] | None = None
        for pattern in patterns:
            for m in pattern.finditer(head):
                value = _dateline_value(m)
                if value is None:
                    continue
                start = m.start()
                while start < m.end() and text[start].isspace():
                    start += 1
                if start > P.DATELINE_HEAD_CHARS:
                    break
                found = Dateline(value=value, start=start, end=m.end())
                if best is None or start < best[0]:
                    best = (start, found)
                break
        if best is not None:
            return best[1]
    return None
