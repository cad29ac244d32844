"""An article as it enters the pipeline, and its reference date (the publication date that
relative dates resolve against) with where that date came from. No spaCy here: the command line
reads inputs into Articles before any model is loaded."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
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


# dateparser reads one date string whatever its form or language; only absolute forms are taken
# ("hier" would depend on the day of the run) and a year is required for the same reason.
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PARSERS": ["custom-formats", "absolute-time"],
}
_GRAINS = {"year": 1, "month": 2, "day": 3}


def parse_stated_date(value: str) -> str:
    """A publication date as an input states it in a field of its own (a JSONL line's `date`, a
    web page's metadata), as ISO 8601 at the grain it states. Feeds and CMS write these in every
    form ("2025-07-15T10:00:00+02:00", "Tue, 15 Jul 2025 10:00:00 +0200", "15 juillet 2025",
    "15/07/2025"): the strict forms first, then Python's ISO reader, then dateparser, which is
    made for exactly this (benchmarks/dateparser_uses.py measures it). ValueError when the value
    is no absolute date."""
    text = value.strip()
    try:
        return parse_reference_date(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    from dateparser.date import DateDataParser  # 0.2 s to import: only for such values

    parsed = DateDataParser(languages=["fr", "en"], settings=_DATEPARSER_SETTINGS).get_date_data(
        text
    )
    if parsed.date_obj is None:
        raise ValueError(f"not a date: {value!r}")
    iso = parsed.date_obj.date().isoformat()
    return "-".join(iso.split("-")[: _GRAINS.get(parsed.period or "day", 3)])
