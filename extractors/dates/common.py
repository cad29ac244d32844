"""What every family of date rules uses: the key of a month or weekday word and the numbers it
stands for, calendar arithmetic (valid days, ISO values, month shifts, a month or weekday without
its year), the tense of the clause around a match, the test that tells a year from a count, and
whole units (days, weeks, months, years) counted from a date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from ..article import RefDate
from ..text import strip_accents
from . import patterns as P
from .models import Cand

# ---------------------------------------------------------------------------------------------
# Words and the numbers they stand for
# ---------------------------------------------------------------------------------------------


def word_key(s: str) -> str:
    """Lower-case, no accents, no dots, hyphens and apostrophes kept: the key of month, weekday
    and cue words ("Févr." -> "fevr", "d’ici" stays "d’ici")."""
    return strip_accents(s.lower()).replace(".", "").strip()


def month_number(word: str) -> int:
    key = word_key(word)
    for prefix, number in P.MONTH_PREFIXES:
        if key.startswith(prefix):
            return number
    raise ValueError(word)  # unreachable when word came from P.MONTH


def day_number(word: str) -> int:
    key = word_key(word)
    if key in ("1er", "1ᵉʳ", "premier") or key.startswith("1e"):
        return 1
    return int(key)


SPACES = re.compile(r"\s+")  # runs of white space, made one separator before a table look-up
_ORDINAL_ENDING = re.compile(r"(?:e|ème|eme)$")


def range_day(word: str) -> int:
    """A day as P.RANGE_DAY writes it: digits with an optional ordinal ending, or words."""
    key = SPACES.sub(" ", word.lower())
    if key in P.DAY_WORDS:
        return P.DAY_WORDS[key]
    return day_number(_ORDINAL_ENDING.sub("", key))


def weekday_number(word: str) -> int:
    """Monday 0 to Sunday 6, from a weekday name or its abbreviation."""
    return P.WEEKDAY_NUMBERS[word_key(word)[:3]]


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------------------------


def valid_day(year: int, month: int, day: int) -> bool:
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return False
    return 1 <= day <= calendar.monthrange(year, month)[1]


def day_iso(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def month_iso(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def two_digit_year(yy: int) -> int:
    # Numeric dates with two-digit years: the pivot keeps "71" in the past and "27" in this century.
    return 2000 + yy if yy < 50 else 1900 + yy


def month_without_year(ref: RefDate, month: int, direction: str) -> tuple[int, int] | None:
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


def weekday_date(ref_day: date, weekday: int, direction: str) -> date:
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
# The clause around a match: its tense picks the reading of a date written without its year
# ---------------------------------------------------------------------------------------------

_FUTURE_RE = re.compile(P.FUTURE_CUE)
_PAST_RE = re.compile(P.PAST_CUE)
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


def future_context(text: str, start: int, end: int) -> bool:
    """True when the clause around [start, end) is in the future tense or speaks of a plan."""
    return bool(_FUTURE_RE.search(text, *_clause(text, start, end)))


def clause_direction(text: str, start: int, end: int) -> str:
    """Which way a date written without its year or week reads from the reference: "ahead" in a
    clause in the future tense or speaking of a plan, else "back"."""
    return "ahead" if future_context(text, start, end) else "back"


def year_in_clause(text: str, start: int, end: int, ref: RefDate, month: int) -> int | None:
    """The year of a month named without one at [start, end), read the way its clause's tense
    points from the reference (see `clause_direction`); None when it leaves the calendar."""
    resolved = month_without_year(ref, month, clause_direction(text, start, end))
    return None if resolved is None else resolved[0]


def past_context(text: str, start: int, end: int) -> bool:
    """True when the clause around [start, end) is in a past tense (P.PAST_CUE)."""
    return bool(_PAST_RE.search(text, *_clause(text, start, end)))


# ---------------------------------------------------------------------------------------------
# A year or a count
# ---------------------------------------------------------------------------------------------

_NOT_YEAR_BEFORE = re.compile(P.NOT_YEAR_BEFORE)
NOT_YEAR_AFTER = re.compile(P.NOT_YEAR_AFTER)
_PREV_WORD = re.compile(r"([A-Za-zÀ-ÿ][\w-]*)\s+$")
_EVENT_NAME_BEFORE = re.compile(P.EVENT_NAME_BEFORE)
_SEASON_BEFORE = re.compile(P.SEASON_BEFORE)
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:en|depuis|jusqu['’]en|d['’]ici|avant|après|dès|pour|vers|fin|début|mi)[\s-]*$", re.I
)


def year_ok(year: int) -> bool:
    # Bare numbers are read as years only in a plausible historical window; this is what keeps
    # "en 2 500" or "3000 ans" counts out while "en 1789" and "d'ici 2100" stay in.
    return 1000 <= year <= 2199


def looks_like_count(text: str, num_start: int, num_end: int) -> bool:
    """Context says the number is a count, a reference or part of a name, not a year."""
    if _NOT_YEAR_BEFORE.search(text, max(0, num_start - 30), num_start):
        return True
    if NOT_YEAR_AFTER.match(text, num_end, num_end + 20):
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


# ---------------------------------------------------------------------------------------------
# Cues that more than one family reads before a match
# ---------------------------------------------------------------------------------------------

DAY_EVENT_BEFORE = re.compile(P.DAY_EVENT_BEFORE)
NEXT_DAY_BEFORE = re.compile(P.NEXT_DAY_BEFORE)


# ---------------------------------------------------------------------------------------------
# Whole units counted from a date
# ---------------------------------------------------------------------------------------------


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
            y1, m1 = shift_month(base.year, base.month, first)
            y2, m2 = shift_month(base.year, base.month, last)
            if not (1 <= y1 <= 9999 and 1 <= y2 <= 9999):
                return None
            end_value = month_iso(y2, m2) if last != first else None
            return month_iso(y1, m1), end_value, "month"
        y1, y2 = base.year + first, base.year + last
        if not (1 <= y1 <= 9999 and 1 <= y2 <= 9999):
            return None
        return f"{y1:04d}", (f"{y2:04d}" if last != first else None), "year"
    except OverflowError:
        return None


def counted_cand(
    start: int,
    end: int,
    base: RefDate | None,
    unit: str,
    first: int,
    last: int,
    anchor: tuple[str, int, int] | None = None,
) -> Cand:
    """The candidate for units first..last counted from `base`, valued None when they cannot be
    counted from it; `anchor` marks a count that resolve_anchored may move to a stated date."""
    counted = _count_units(base, unit, first, last) if base is not None else None
    if counted is None:
        return Cand(start, end, None, unit, relative=True, anchor=anchor)
    value, end_value, grain = counted
    return Cand(start, end, value, grain, end_value=end_value, relative=True, anchor=anchor)
