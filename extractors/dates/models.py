"""The date finder's records: `DateMatch`, what `find_dates` returns, and `Cand`, the candidate
every rule handler proposes before the longest non-overlapping ones are kept; `Handler` is the
shape of a rule handler."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..article import RefDate


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
class Cand:
    """A rule's reading of one match, before selection; becomes a DateMatch if kept."""

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


# Each handler turns one regex match into a candidate (or None when it is not a date).
Handler = Callable[[re.Match[str], str, "RefDate | None"], "Cand | None"]
