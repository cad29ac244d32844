"""The dateline: the publication date an article states at its head ("LYON, 9 mai 2031 (AFP) -",
"Publié le ...", front matter). It becomes the reference date when the caller gave none, and is
never a date fact itself; nor is the date of a dispatch's dateline further down."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from .common import day_iso, day_number, month_iso, month_number, valid_day

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Dateline:
    """The article's own publication date, found at its head; not a date fact."""

    value: str
    start: int
    end: int


_DATELINE_STRONG = tuple(re.compile(p, _FLAGS) for p in P.DATELINE_STRONG)
_DATELINE_WEAK = tuple(re.compile(p, _FLAGS) for p in P.DATELINE_WEAK)
_WIRE_DATELINE = re.compile(P.WIRE_DATELINE)  # case matters: a city opens it


def _dateline_value(m: re.Match[str]) -> str | None:
    gd = m.groupdict()
    if gd.get("y"):
        year, month, day = int(gd["y"]), month_number(gd["m"]), day_number(gd["d"])
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
            return month_iso(year, month) if 1 <= month <= 12 else None
        day = int(gd["id"])
    else:
        return None
    return day_iso(year, month, day) if valid_day(year, month, day) else None


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


def wire_datelines(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the date in every wire or press-release dateline that opens a line
    ("MARSEILLE, 4 mars (Reuters) -" in a digest of dispatches): a dispatch's date, never a
    date fact."""
    return [m.span("date") for m in _WIRE_DATELINE.finditer(text)]
