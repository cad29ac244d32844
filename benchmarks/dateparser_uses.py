"""Where dateparser earns its place in newsfacts, measured: two candidate uses, one run.

    python benchmarks/dateparser_uses.py [--shared ../shared]

1. Datelines in the text. For every gold document that states its reference date, the head of
   its text (the first DATELINE_HEAD_CHARS characters, where `find_dateline` looks) is read by
   newsfacts' dateline grammar, by `dateparser.search.search_dates` alone (French, the first date
   it finds), and by the grammar with dateparser as a fallback where the grammar finds nothing.
   Each is counted right (the gold reference date at the grain the gold states), wrong or none.
2. Dates stated in a field of their own (a JSONL line's `date`, a page's metadata), in the forms
   feeds and publishing systems write them: the strict YYYY[-MM[-DD]] reader alone, with Python's
   ISO reader, and with dateparser after both (`article.parse_stated_date`), on the values listed
   below (written for this benchmark; each with the date a reader takes from it, or None when it
   gives no absolute date).
Only numbers are printed; docs/architecture.md says what was decided from them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any

import _gold
from newsfacts.extractors.article import parse_reference_date, parse_stated_date
from newsfacts.extractors.dates import patterns as P
from newsfacts.extractors.dates.finder import find_dateline

STATED: dict[str, str | None] = {
    "2024-11-05": "2024-11-05",
    "2024-11": "2024-11",
    "2024-11-05T08:15:00+01:00": "2024-11-05",
    "2024-11-05T21:40:12Z": "2024-11-05",
    "2024-11-05 08:15:00": "2024-11-05",
    "2024-11-05T08:15:00.123456": "2024-11-05",
    "20241105": "2024-11-05",
    "Tue, 05 Nov 2024 08:15:00 +0100": "2024-11-05",
    "Tue, 5 Nov 2024 08:15:00 GMT": "2024-11-05",
    "mardi 5 novembre 2024": "2024-11-05",
    "5 novembre 2024": "2024-11-05",
    "5 novembre 2024 à 08h15": "2024-11-05",
    "1er décembre 2024": "2024-12-01",
    "05/11/2024": "2024-11-05",
    "05/11/2024 08:15": "2024-11-05",
    "05.11.2024": "2024-11-05",
    "05-11-2024": "2024-11-05",
    "2024/11/05": "2024-11-05",
    "November 5, 2024": "2024-11-05",
    "5 November 2024": "2024-11-05",
    "Nov 5, 2024 8:15 AM": "2024-11-05",
    "novembre 2024": "2024-11",
    "November 2024": "2024-11",
    "5 de noviembre de 2024": "2024-11-05",
    "hier": None,
    "il y a deux jours": None,
    "5 novembre": None,
    "inconnue": None,
    "": None,
}


def _verdict(found: str | None, gold: str | None) -> str:
    if found is None:
        return "none" if gold is not None else "right"
    if gold is None:
        return "wrong"
    return "right" if found[: len(gold)] == gold and len(found) >= len(gold) else "wrong"


def _dateparser_head(head: str) -> str | None:
    from dateparser.search import search_dates

    found = search_dates(head, languages=["fr"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return found[0][1].date().isoformat() if found else None


def datelines(docs: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {"grammar": Counter(), "dateparser": Counter()}
    counts["grammar, then dateparser"] = Counter()
    for doc in docs:
        gold = doc.get("reference_date")
        if not gold:
            continue
        dateline = find_dateline(doc["text"])
        ours = dateline.value if dateline else None
        theirs = _dateparser_head(doc["text"][: P.DATELINE_HEAD_CHARS])
        counts["grammar"][_verdict(ours, gold)] += 1
        counts["dateparser"][_verdict(theirs, gold)] += 1
        counts["grammar, then dateparser"][_verdict(ours or theirs, gold)] += 1
    return counts


def _or_none(reader: Callable[[str], str]) -> Callable[[str], str | None]:
    def read(value: str) -> str | None:
        try:
            return reader(value)
        except ValueError:
            return None

    return read


def _strict_then_iso(value: str) -> str:
    try:
        return parse_reference_date(value)
    except ValueError:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()


def stated_dates() -> dict[str, Counter[str]]:
    readers = {
        "strict": _or_none(parse_reference_date),
        "strict, ISO reader": _or_none(_strict_then_iso),
        "strict, ISO reader, dateparser": _or_none(parse_stated_date),
    }
    counts: dict[str, Counter[str]] = {name: Counter() for name in readers}
    for value, expected in STATED.items():
        for name, read in readers.items():
            counts[name][_verdict(read(value), expected)] += 1
    return counts


def _print(counts: dict[str, Counter[str]]) -> None:
    for way, c in counts.items():
        print(f"  {way:32s} right {c['right']:4d}  wrong {c['wrong']:4d}  none {c['none']:4d}")


def main() -> None:
    args = _gold.parser(__doc__ or "").parse_args()
    eval_dir = _gold.eval_dir(args)
    if eval_dir is None:
        raise SystemExit(1)
    started = time.perf_counter()
    print("1. Datelines in the text, per gold file (documents with a reference date)")
    total: dict[str, Counter[str]] = {}
    for path in sorted(eval_dir.glob("*.jsonl")):
        counts = datelines(_gold.load(path))
        for way, counter in counts.items():
            total.setdefault(way, Counter()).update(counter)
        print(f"{path.name} ({sum(counts['grammar'].values())})")
        _print(counts)
    print("all files")
    _print(total)
    print(f"\n2. Dates stated in a field of their own ({len(STATED)} values)")
    _print(stated_dates())
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
