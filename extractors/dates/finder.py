"""Find and resolve French calendar expressions in plain text (no spaCy here).

The finder runs a handful of compiled rules over the text, turns every hit into a candidate with a
resolved value, then keeps the longest non-overlapping candidates. Impossible dates ("31 février")
stay candidates until the end so that they hide the shorter pieces inside them ("février"), and are
dropped only then: an impossible date is reported as nothing, never as something smaller.

Values are ISO 8601 at the grain the text states: "2025", "2025-03", "2025-03-12".

This module holds only that process: the rule table (each pattern with its handler, from the
family modules absolute, ranges, relative, periods, weeks and holidays), the selection, and the
passes after it. `Dateline` and `find_dateline` live in dateline.py and are re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import RefDate
from ..prefilter import Guarded, fold
from . import absolute, holidays, periods, ranges, relative, weeks
from . import patterns as P
from .dateline import Dateline, find_dateline
from .models import Cand, DateMatch, Handler

__all__ = [
    "DateMatch",
    "Dateline",
    "find_dateline",
    "find_dates",
]

_FLAGS = re.IGNORECASE

# Rule order breaks ties between candidates of equal length: earlier rules win.
# Each pattern scans only a text that holds one of the words its matches need (prefilter).
_RULES: tuple[tuple[Guarded, Handler], ...] = (
    (Guarded(re.compile(P.NUMERIC_DAY_RANGE, _FLAGS)), ranges.h_numeric_day_range),
    (Guarded(re.compile(P.NUMERIC_DM_RANGE, _FLAGS)), ranges.h_numeric_dm_range),
    (Guarded(re.compile(P.MONTH_DAY_RANGE, _FLAGS)), ranges.h_month_day_range),
    (Guarded(re.compile(P.WEEK_OF_DAY, _FLAGS)), weeks.h_week_of_day),
    (Guarded(re.compile(P.DAY_RANGE, _FLAGS)), ranges.h_day_range),
    (Guarded(re.compile(P.DAY_RANGE_WORDS, _FLAGS)), ranges.h_day_range_words),
    (Guarded(re.compile(P.DAY_RANGE_NO_MONTH, _FLAGS)), ranges.h_day_range_no_month),
    (Guarded(re.compile(P.HOLIDAY, _FLAGS)), holidays.h_holiday),
    (Guarded(re.compile(P.WEEK_OF, _FLAGS)), weeks.h_week_of),
    (Guarded(re.compile(P.WEEKDAY_OF_WEEK, _FLAGS)), weeks.h_weekday_of_week),
    (Guarded(re.compile(P.WEEKDAY_EN_HUIT, _FLAGS)), weeks.h_weekday_en_huit),
    (Guarded(re.compile(P.WEEK_REL, _FLAGS)), weeks.h_week_rel),
    (Guarded(re.compile(P.WEEK_PART, _FLAGS)), weeks.h_week_part),
    (Guarded(re.compile(P.NTH_DAY_OF_MONTH, _FLAGS)), absolute.h_nth_day_of_month),
    (Guarded(re.compile(P.NTH_WEEKDAY, _FLAGS)), absolute.h_nth_weekday),
    (Guarded(re.compile(P.NUMERIC_MONTH_CUED, _FLAGS)), absolute.h_numeric_month_cued),
    (Guarded(re.compile(P.MONTH_RANGE, _FLAGS)), ranges.h_month_range),
    (Guarded(re.compile(P.MONTH_RANGE_NO_YEAR, _FLAGS)), ranges.h_month_range_no_year),
    (Guarded(re.compile(P.DAY_MONTH_YEAR, _FLAGS)), absolute.h_day_month_year),
    (Guarded(re.compile(P.DMY_NAMED_SEP, _FLAGS)), absolute.h_dmy_named_sep),
    (Guarded(re.compile(P.NAMED_SEP_OTHER_ORDERS, _FLAGS)), absolute.h_named_sep_other_orders),
    (Guarded(re.compile(P.MONTH_DAY_YEAR, _FLAGS)), absolute.h_month_day_year),
    (Guarded(re.compile(P.NUMERIC_YMD, _FLAGS)), absolute.h_numeric_ymd),
    (Guarded(re.compile(P.NUMERIC_DMY, _FLAGS)), absolute.h_numeric_dmy),
    (Guarded(re.compile(P.NUMERIC_DM, _FLAGS)), absolute.h_numeric_dm),
    (Guarded(re.compile(P.NUMERIC_DM_BARE, _FLAGS)), absolute.h_numeric_dm_bare),
    (Guarded(re.compile(P.QUARTER, _FLAGS)), periods.h_quarter),
    (Guarded(re.compile(P.QUARTER_YEAR_FIRST, _FLAGS)), periods.h_quarter),
    (Guarded(re.compile(P.SEASON_YEAR, _FLAGS)), periods.h_season_year),
    (Guarded(re.compile(P.PERIOD_PART, _FLAGS)), periods.h_period_part),
    (Guarded(re.compile(P.MONTH_YEAR, _FLAGS)), absolute.h_month_year),
    (Guarded(re.compile(P.MONTH_YY, _FLAGS)), absolute.h_month_yy),
    (Guarded(re.compile(P.MONTH_DAY, _FLAGS)), absolute.h_month_day),
    (Guarded(re.compile(P.WEEKDAY_DAY, _FLAGS)), relative.h_weekday_day),
    (Guarded(re.compile(P.DAY_ONLY_CUED, _FLAGS)), relative.h_day_only_cued),
    (Guarded(re.compile(P.NUMERIC_MONTH_YEAR, _FLAGS)), absolute.h_numeric_month_year),
    (Guarded(re.compile(P.YEAR_RANGE, _FLAGS)), ranges.h_year_range),
    (Guarded(re.compile(P.YEAR, _FLAGS)), absolute.h_year),
    (Guarded(re.compile(P.DECADE, _FLAGS)), absolute.h_decade),
    (Guarded(re.compile(P.YEAR_YY, _FLAGS)), absolute.h_year_yy),
    (Guarded(re.compile(P.N_UNITS, _FLAGS)), relative.h_n_units),
    (Guarded(re.compile(P.ANCHORED, _FLAGS)), relative.h_anchored),
    (Guarded(re.compile(P.OFFSET_REL, _FLAGS)), relative.h_offset),
    (Guarded(re.compile(P.UNIT_REL, _FLAGS)), relative.h_unit_rel),
    (Guarded(re.compile(P.DAY_DEICTIC, _FLAGS)), relative.h_day_deictic),
    (Guarded(re.compile(P.WEEKDAY_REL, _FLAGS)), relative.h_weekday),
    (Guarded(re.compile(P.MONTH_REL, _FLAGS)), relative.h_month_rel),
)

# Function words lead a match in to tell its meaning ("en janvier dernier", "du mois de mars"),
# but the fact's text starts at the date itself, as in the gold files; a range keeps its "du ...
# au".
_LEAD_IN = re.compile(
    r"(en|au|aux|du|depuis|dès|jusqu['’](?:en|au|à)|d['’]ici|à|vers|courant|pour)\s+(?=\w)",
    re.IGNORECASE,
)
_RANGE_LEADS = {"du"}


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
    taken = _select(text, _candidates(text, ref, exclude))
    valid = ranges.merge_ranges(
        text, relative.shift_from_stated_day(text, [c for c in taken if c.valid])
    )
    valid = relative.resolve_anchored(text, valid, ref)
    return [_match(text, c) for c in valid]


def _candidates(
    text: str, ref: RefDate | None, exclude: Sequence[tuple[int, int]]
) -> list[tuple[int, int, Cand]]:
    """(rule rank, arrival rank, candidate) for every rule's candidates outside `exclude`."""
    candidates: list[tuple[int, int, Cand]] = []
    folded = fold(text)
    for order, (pattern, handler) in enumerate(_RULES):
        for m in pattern.finditer(text, folded):
            if m.end() == m.start():
                continue
            cand = handler(m, text, ref)
            if cand is None:
                continue
            if any(cand.start < e and s < cand.end for s, e in exclude):
                continue
            candidates.append((order, len(candidates), cand))
    return candidates


def _rank_length(c: Cand) -> int:
    return c.end - (c.start if c.core_start is None else c.core_start)


def _select(text: str, candidates: list[tuple[int, int, Cand]]) -> list[Cand]:
    """The candidates that win their place, impossible dates included, in text order."""
    # Longest first, then leftmost, then rule order: a range beats the dates inside it.
    candidates.sort(key=lambda t: (-_rank_length(t[2]), -(t[2].end - t[2].start), t[2].start, t[0]))
    taken: list[Cand] = []
    occupied = bytearray(len(text))  # one byte per character: linear, not quadratic, overlap tests
    for _, _, cand in candidates:
        if occupied.find(1, cand.start, cand.end) != -1:
            continue
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    return taken


def _match(text: str, c: Cand) -> DateMatch:
    """The fact as reported: the candidate without its lead-in word (_LEAD_IN)."""
    start = c.start
    lead = _LEAD_IN.match(text, start, c.end)
    if lead is not None and not (c.end_value and lead.group(1).lower() in _RANGE_LEADS):
        start = lead.end()
    return DateMatch(
        start=start,
        end=c.end,
        text=text[start : c.end],
        value=c.value,
        grain=c.grain,
        end_value=c.end_value,
        relative=c.relative,
    )
