"""An article as it enters the pipeline, and its reference date (the publication date that
relative dates resolve against) with where that date came from. No spaCy here: the command line
reads inputs into Articles before any model is loaded."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

# Where the reference date of a record came from: the --ref-date option, the input's own field
# (a JSONL line's "date"), the article's dateline, or a web page's metadata.
ReferenceDateSource = Literal["option", "input", "dateline", "metadata"]
REFERENCE_DATE_SOURCES: tuple[ReferenceDateSource, ...] = (
    "option",
    "input",
    "dateline",
    "metadata",
)

# "YYYY", "YYYY-MM" or "YYYY-MM-DD": a date at the grain it is known.
ISO_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"

_REF_RE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Article:
    """One input article. `reference_date` is the publication date given from outside (option or
    input field); when None, the article's own dateline is used if it has one."""

    text: str
    source: str
    reference_date: str | None = None
    reference_date_source: ReferenceDateSource | None = None


@dataclass(frozen=True)
class RefDate:
    """A parsed reference date; month and day are None when the reference is coarser."""

    year: int
    month: int | None
    day: int | None

    @classmethod
    def parse(cls, s: str) -> RefDate:
        """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD"; ValueError, saying why, for anything else."""
        text = s.strip() if isinstance(s, str) else ""
        m = _REF_RE.fullmatch(text)
        if not m:
            raise ValueError(f"invalid reference date {s!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if not 1 <= year <= 9999:
            raise ValueError(f"invalid reference date {s!r}: year must be between 1 and 9999")
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"invalid reference date {s!r}: month must be between 01 and 12")
        if day is not None and (
            month is None or not 1 <= day <= calendar.monthrange(year, month)[1]
        ):
            raise ValueError(f"invalid reference date {s!r}: no such day in the calendar")
        return cls(year, month, day)

    def as_date(self) -> date | None:
        if self.month is None or self.day is None:
            return None
        return date(self.year, self.month, self.day)

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_reference_date(s: str) -> str:
    """Validate a reference date ("YYYY", "YYYY-MM" or "YYYY-MM-DD") and return it normalised."""
    return RefDate.parse(s).iso()
