"""Parts of a year: quarters and half-years ("au premier trimestre 2029", "T3 2029", "le second
semestre"), seasons with their year ("l'automne 2029"), and the beginning, middle or end of a month or a year ("fin 2029", "mi-septembre",
"fin de l'année prochaine", "à la fin du mois prochain"). Without a year they take the reference
year (or month)."""

from __future__ import annotations

import re

from ..article import RefDate
from . import patterns as P
from .common import month_iso, month_number, shift_month, word_key, year_ok
from .models import Cand
from .relative import relative_month


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
        "quarter" if span[1] - span[0] == 2 else "half",
        end_value=month_iso(year, span[1]),
        relative=relative,
    )


# Meteorological seasons: first month, and how many months after it the season ends.
_SEASONS = {"printemps": 3, "ete": 6, "automne": 9, "hiver": 12}


def h_season_year(m: re.Match[str], text: str, ref: RefDate | None) -> Cand | None:
    """A season with its year ("l'automne 2024", "fin de l'été 2025"): its three months; winter
    runs from December of its year into the next year's February."""
    year = int(m["y"])
    if not year_ok(year):
        return None
    first = _SEASONS[word_key(m["season"])]
    end_year, end_month = shift_month(year, first, 2)
    return Cand(
        m.start(),
        m.end(),
        month_iso(year, first),
        "season",
        end_value=month_iso(end_year, end_month),
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
