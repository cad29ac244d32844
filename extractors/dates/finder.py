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
from collections.abc import Sequence
from datetime import date, timedelta

from ..article import RefDate
from ..numbers import NUMBER_WORDS
from . import absolute, holidays, ranges, weeks
from . import patterns as P
from .common import (
    DAY_EVENT_BEFORE,
    NEXT_DAY_BEFORE,
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
    year_ok,
)
from .dateline import Dateline, find_dateline
from .models import Cand, DateMatch, Handler

__all__ = [
    "DateMatch",
    "Dateline",
    "find_dateline",
    "find_dates",
]

_FLAGS = re.IGNORECASE


# ---------------------------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------------------------


def _number(word: str) -> int:
    key = word.lower()
    return int(key) if key.isdigit() else NUMBER_WORDS[key]


_BEFORE_CE_JOUR = re.compile(r"(?:\b[àa]|\ben|\bde|\bpour)\s+$", re.I)
_ANCHOR_REACH = 600  # characters from the date an offset counts from


# ---------------------------------------------------------------------------------------------
# Rules: each handler turns one regex match into a candidate (or None when it is not a date).
# ---------------------------------------------------------------------------------------------


_GENERIC_DEICTIC_BEFORE = re.compile(P.GENERIC_DEICTIC_BEFORE)
_HABIT_BEFORE = re.compile(P.HABIT_BEFORE)
_GENERIC_DU = re.compile(r"\bdu\s+$", re.I)


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


def _quarter(ordinal: int, unit: str) -> tuple[int, int] | None:
    """First and last month of the n-th quarter or half-year."""
    if unit.startswith("tri") or unit in ("T", "Q", "t", "q"):
        if not 1 <= ordinal <= 4:
            return None
        return 3 * ordinal - 2, 3 * ordinal
    ordinal = min(ordinal, 2)  # "dernier semestre" is the second one
    return 6 * ordinal - 5, 6 * ordinal


def h_quarter(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
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
            return Cand(m.start(), m.end(), None, "month", relative=True)
        rel = (gd.get("rel") or "").lower()
        year = ref.year - 1 if "derni" in rel else ref.year + 1 if "prochaine" in rel else ref.year
    if not year_ok(year):
        return None
    return Cand(
        m.start(),
        m.end(),
        month_iso(year, span[0]),
        "month",
        end_value=month_iso(year, span[1]),
        relative=relative,
    )


def _year_offset(word: str | None) -> int:
    w = word_key(word or "")
    return -1 if w.startswith(("dern", "pass")) else 1 if w.startswith("proch") else 0


def h_period_part(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    start, end = m.start(), m.end()
    if m["y"] or m["ay"] or m["my"]:
        year = int(m["y"] or m["ay"] or m["my"])
        if not year_ok(year):
            return None
        if m["m"]:
            return Cand(start, end, month_iso(year, month_number(m["m"])), "month")
        return Cand(start, end, f"{year:04d}", "year")
    if m["m"]:
        return relative_month(m, text, ref, month_number(m["m"]), None)
    if m["mois"] or m["mois2"]:
        if ref is None or ref.month is None:
            return Cand(start, end, None, "month", relative=True)
        year, month = shift_month(ref.year, ref.month, _year_offset(m["mrel"]))
        return Cand(start, end, month_iso(year, month), "month", relative=True)
    # "début de l'année", "fin de l'année dernière"
    if ref is None:
        return Cand(start, end, None, "year", relative=True)
    year = ref.year + _year_offset(m["arel"])
    return Cand(start, end, f"{year:04d}", "year", relative=True)


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
        offset = 0
    elif word == "hier":
        offset = -1
    else:
        offset = 1
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    return Cand(
        m.start(), m.end(), (ref_day + timedelta(days=offset)).isoformat(), "day", relative=True
    )


def h_weekday(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    if _HABIT_BEFORE.search(text, max(0, m.start() - 15), m.start()):
        return None
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
        direction = "ahead" if future_context(text, m.start(), m.end()) else "back"
    ref_day = ref.as_date() if ref else None
    if ref_day is None:
        return Cand(m.start(), m.end(), None, "day", relative=True)
    value = weekday_date(ref_day, weekday, direction)
    return Cand(m.start(), m.end(), value.isoformat(), "day", relative=True)


def h_unit_rel(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    offset = -1 if m["past"] else 1 if m["next"] else 0
    return counted_cand(m.start(), m.end(), ref, _unit_of(m["u1"] or m["u2"]), offset, offset)


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
        direction = "ahead" if future_context(text, m.start(), m.end()) else "back"
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
    if key == "mars" and m["lead"] and word_key(m["lead"]) in ("en", "depuis", "des"):
        # "en mars" is the month; "vers Mars", "sur Mars" never reach here (no cue word)
        pass
    if not cued and (key in ("mai", "mars") or word[0].isupper()):
        return None  # "mai"/"mars" alone are too ambiguous; a capitalised name is not a month
    return relative_month(m, text, ref, month_number(word), m["lead"])


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


def _unit_of(word: str) -> str:
    w = word_key(word)
    if w.startswith("jour"):
        return "day"
    if w.startswith("semaine"):
        return "week"
    if w == "mois":
        return "month"
    return "year"


_GRAIN_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def h_n_units(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    n = _number(m["n"])
    if n < 2:
        return None  # "une dernière année" is not a count of units
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


def _rank_length(c: Cand) -> int:
    return c.end - (c.start if c.core_start is None else c.core_start)


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


# Rule order breaks ties between candidates of equal length: earlier rules win.
_RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (re.compile(P.NUMERIC_DAY_RANGE, _FLAGS), ranges.h_numeric_day_range),
    (re.compile(P.NUMERIC_DM_RANGE, _FLAGS), ranges.h_numeric_dm_range),
    (re.compile(P.MONTH_DAY_RANGE, _FLAGS), ranges.h_month_day_range),
    (re.compile(P.WEEK_OF_DAY, _FLAGS), weeks.h_week_of_day),
    (re.compile(P.DAY_RANGE, _FLAGS), ranges.h_day_range),
    (re.compile(P.DAY_RANGE_WORDS, _FLAGS), ranges.h_day_range_words),
    (re.compile(P.DAY_RANGE_NO_MONTH, _FLAGS), ranges.h_day_range_no_month),
    (re.compile(P.HOLIDAY, _FLAGS), holidays.h_holiday),
    (re.compile(P.WEEK_OF, _FLAGS), weeks.h_week_of),
    (re.compile(P.WEEKDAY_OF_WEEK, _FLAGS), weeks.h_weekday_of_week),
    (re.compile(P.WEEKDAY_EN_HUIT, _FLAGS), weeks.h_weekday_en_huit),
    (re.compile(P.WEEK_REL, _FLAGS), weeks.h_week_rel),
    (re.compile(P.WEEK_PART, _FLAGS), weeks.h_week_part),
    (re.compile(P.NTH_DAY_OF_MONTH, _FLAGS), absolute.h_nth_day_of_month),
    (re.compile(P.NTH_WEEKDAY, _FLAGS), absolute.h_nth_weekday),
    (re.compile(P.NUMERIC_MONTH_CUED, _FLAGS), absolute.h_numeric_month_cued),
    (re.compile(P.MONTH_RANGE, _FLAGS), ranges.h_month_range),
    (re.compile(P.DAY_MONTH_YEAR, _FLAGS), absolute.h_day_month_year),
    (re.compile(P.DMY_NAMED_SEP, _FLAGS), absolute.h_dmy_named_sep),
    (re.compile(P.NAMED_SEP_OTHER_ORDERS, _FLAGS), absolute.h_named_sep_other_orders),
    (re.compile(P.MONTH_DAY_YEAR, _FLAGS), absolute.h_month_day_year),
    (re.compile(P.NUMERIC_YMD, _FLAGS), absolute.h_numeric_ymd),
    (re.compile(P.NUMERIC_DMY, _FLAGS), absolute.h_numeric_dmy),
    (re.compile(P.NUMERIC_DM, _FLAGS), absolute.h_numeric_dm),
    (re.compile(P.NUMERIC_DM_BARE, _FLAGS), absolute.h_numeric_dm_bare),
    (re.compile(P.QUARTER, _FLAGS), h_quarter),
    (re.compile(P.QUARTER_YEAR_FIRST, _FLAGS), h_quarter),
    (re.compile(P.PERIOD_PART, _FLAGS), h_period_part),
    (re.compile(P.MONTH_YEAR, _FLAGS), absolute.h_month_year),
    (re.compile(P.MONTH_YY, _FLAGS), absolute.h_month_yy),
    (re.compile(P.MONTH_DAY, _FLAGS), absolute.h_month_day),
    (re.compile(P.WEEKDAY_DAY, _FLAGS), h_weekday_day),
    (re.compile(P.DAY_ONLY_CUED, _FLAGS), h_day_only_cued),
    (re.compile(P.NUMERIC_MONTH_YEAR, _FLAGS), absolute.h_numeric_month_year),
    (re.compile(P.YEAR_RANGE, _FLAGS), ranges.h_year_range),
    (re.compile(P.YEAR, _FLAGS), absolute.h_year),
    (re.compile(P.DECADE, _FLAGS), absolute.h_decade),
    (re.compile(P.N_UNITS, _FLAGS), h_n_units),
    (re.compile(P.ANCHORED, _FLAGS), h_anchored),
    (re.compile(P.OFFSET_REL, _FLAGS), h_offset),
    (re.compile(P.UNIT_REL, _FLAGS), h_unit_rel),
    (re.compile(P.DAY_DEICTIC, _FLAGS), h_day_deictic),
    (re.compile(P.WEEKDAY_REL, _FLAGS), h_weekday),
    (re.compile(P.MONTH_REL, _FLAGS), h_month_rel),
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
    candidates: list[tuple[int, int, Cand]] = []
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
    taken: list[Cand] = []
    occupied = bytearray(len(text))  # one byte per character: linear, not quadratic, overlap tests
    for _, _, cand in candidates:
        if occupied.find(1, cand.start, cand.end) != -1:
            continue
        occupied[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        taken.append(cand)
    taken.sort(key=lambda c: c.start)
    valid = ranges.merge_ranges(text, shift_from_stated_day(text, [c for c in taken if c.valid]))
    valid = resolve_anchored(text, valid, ref)
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
