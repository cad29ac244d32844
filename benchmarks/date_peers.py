"""Date extraction of Duckling and Microsoft Recognizers-Text on the gold files, scored by the
newsfacts scorer, so that docs/accuracy.md can set them next to newsfacts and dateparser.

Both peers are benchmark-only dependencies, never runtime ones; they want a venv of their own
(Recognizers-Text pins an old `emoji`), the same as for `money_peers.py`:

    python3.11 -m venv .peers && .peers/bin/pip install pyduckling-native-phihos \
        'emoji<1.0' recognizers-text-suite && .peers/bin/pip install --no-deps -e .
    .peers/bin/python benchmarks/date_peers.py [--shared ../shared]

newsfacts itself is not run here (it needs spaCy, which that venv lacks): `newsfacts eval` gives
its figures on the same files.

How each peer's output becomes a newsfacts date record (`start`, `end`, `value`: the scorer
matches dates on `value` alone, and prefers a prediction whose span overlaps the gold span):

- Reference date: the document's `reference_date`; a bare year or month stands for its first day
  (`2025-07` -> 2025-07-01). Where it is null, the fixed date NO_REFERENCE (2026-11-26, the day
  this script was written, after every text's publication) is used instead: the gold of those
  documents holds only dates the text states in full, so whatever a peer resolves against that
  date is right only where the text states its year. Both peers get the reference at 12:00, Europe/Paris time for
  Duckling and a naive datetime for Recognizers-Text.
- Duckling (`pyduckling-native-phihos`): dimension `time`, latent readings off. A value becomes
  ISO at Duckling's grain: year -> `YYYY`; quarter, month -> `YYYY-MM`; week, day, hour, minute,
  second -> `YYYY-MM-DD` (the local date Duckling prints). An interval gives its `from`; an
  interval open at its start ("avant le 3 juin 2015") has only a `to`, which is then used, since
  it is the date the text names. A result with no date at all is dropped. Pure times of day
  ("à 15h") resolve to a date in Duckling, so they are kept at day grain: that is Duckling's
  behaviour and it honestly costs it precision. Duckling's own choice (`value`, `from`, `to` at
  the top of its result) is taken, not the first entry of its list of occurrences `values`. When Duckling
  returns several readings of one span, the first that gives a date is kept.
- Recognizers-Text (`recognizers-text-suite`): the French DateTimeModel, i.e.
  `recognize_datetime(text, Culture.French, reference=...)` with the recognizer built once.
  Types date, daterange, datetime and datetimerange are kept; time, timerange, duration and set
  are skipped. When `resolution.values` gives a past and a future reading (Recognizers-Text lists
  the past one first), the last one, the future reading, is taken; in peers-visible that is the
  gold's `value` for such ambiguous cases (the past reading is in `alternatives`), but news gold
  resolves to the past ("le 9 juin" in a 22 June article), so there it costs Recognizers-Text. The date is
  `value`, else `start`, else `end` (an open range "avant 2016" has only an `end`). Its grain
  comes from the `timex`: `YYYY` -> year, `YYYY-MM`, a quarter, half or season -> month, a full
  date or a week -> day; a range timex `(start,end,duration)` takes the unit of its duration
  (`P2Y` -> year, `P10M` -> month, days, weeks and hours -> day). Values Recognizers-Text could
  not resolve (`not resolved`, or a date still holding `XXXX`) are dropped. Its `end` is
  inclusive, so the span ends at `end + 1`.
- Recognizers-Text's Python port swallows any exception raised inside `parse` and returns only
  what it had parsed before: nothing when its extractor raised (a TypeError in merging a date
  with a time), the results up to the failing one when its parser did (UnboundLocalError,
  KeyError on seasons, ...). On a long article one bad sentence can therefore lose every date of
  it. The row `Recognizers-Text` gives it
  each document whole, as a user calling it on an article would; the row `Recognizers-Text, per
  paragraph` gives it each non-empty line separately (same conversion, spans shifted back), which
  confines a failure to its paragraph. The `conversion` counts say how many texts raised.

Files: seed-gold, news-visible, facilities-visible and peers-visible (the whole file: only the
`dates` type is scored, so its money cases count for nothing).

Prints one JSON line per (file, system), with the scorer's precision, recall, F1, TP, FP, FN and
gold counts plus counts of what the conversion did (`conversion`), then a Markdown table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from typing import Any
from zoneinfo import ZoneInfo

import _gold
from newsfacts.extractors.evaluate import score_records

FILES = ["seed-gold.jsonl", "news-visible.jsonl", "facilities-visible.jsonl", "peers-visible.jsonl"]
NO_REFERENCE = dt.date(2026, 11, 26)
TIMEZONE = "Europe/Paris"
NOON = dt.time(12, 0)

_DUCKLING_GRAIN = {
    "year": 4,
    "quarter": 7,
    "month": 7,
    "week": 10,
    "day": 10,
    "hour": 10,
    "minute": 10,
    "second": 10,
}
_RT_TYPES = {"date", "daterange", "datetime", "datetimerange"}
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def reference(doc: dict[str, Any], notes: Counter[str]) -> dt.datetime:
    """The document's reference date at noon (NO_REFERENCE when it has none, counted in notes)."""
    stated = doc.get("reference_date")
    if not stated:
        notes["documents without (NO_REFERENCE used)"] += 1
        return dt.datetime.combine(NO_REFERENCE, NOON)
    notes["documents with a reference date"] += 1
    parts = [int(p) for p in stated.split("-")] + [1, 1]
    return dt.datetime.combine(dt.date(parts[0], parts[1], parts[2]), NOON)


def duckling_records(docs: list[dict[str, Any]], notes: Counter[str]) -> list[dict[str, Any]]:
    import duckling

    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    lang = duckling.parse_lang("FR")
    locale = duckling.default_locale_lang(lang)
    dims = duckling.parse_dimensions(["time"])
    paris = ZoneInfo(TIMEZONE)
    records = []
    for doc in docs:
        ref = reference(doc, notes)
        stamp = int(ref.replace(tzinfo=paris).timestamp())
        context = duckling.Context(duckling.parse_ref_time(zones, TIMEZONE, stamp), locale)
        items: list[dict[str, Any]] = []
        kept: dict[tuple[int, int], str] = {}
        for entity in duckling.parse(doc["text"], context, dims, False):
            notes["results"] += 1
            key = (entity["start"], entity["end"])
            value = entity["value"]
            if value.get("type") == "interval":
                point = value.get("from")
                if point is None:
                    point = value.get("to")
                    if point is not None:
                        notes["interval without from: its to used"] += 1
                notes["intervals"] += 1
            else:
                point = value
            if not point or not point.get("value") or point.get("grain") not in _DUCKLING_GRAIN:
                notes["dropped: no date"] += 1
                continue
            iso = point["value"][: _DUCKLING_GRAIN[point["grain"]]]
            if key in kept:
                notes["extra readings of a span dropped"] += 1
                if kept[key] != iso:
                    notes["extra readings of a span dropped, with another value"] += 1
                continue
            kept[key] = iso
            if point["grain"] in ("hour", "minute", "second"):
                notes["hour/minute grain kept as a day"] += 1
            body = _duckling_body(entity["body"])
            if doc["text"][key[0] : key[1]] != body:
                notes["span text differs from Duckling's body"] += 1
            items.append({"start": key[0], "end": key[1], "value": iso, "text": body})
            notes["kept"] += 1
        records.append({"dates": items})
    return records


def _duckling_body(body: str) -> str:
    """Duckling's `body`, which the binding decodes as Latin-1 although it is UTF-8."""
    try:
        return body.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return body


def _timex_length(timex: str) -> int | None:
    """How many characters of an ISO date Recognizers-Text's timex states (4, 7 or 10)."""
    if timex.startswith("(") and timex.endswith(")"):
        duration = timex[1:-1].split(",")[-1]
        if duration.startswith("PT") or duration[-1:] in ("D", "W"):
            return 10
        return {"Y": 4, "M": 7}.get(duration[-1:])
    date = timex.split("T")[0]
    if not date:
        return None  # a time of day alone
    if date in ("PRESENT_REF", "PAST_REF", "FUTURE_REF") or "W" in date:
        return 10
    parts = date.split("-")
    if len(parts) == 1:
        return 4
    if len(parts) == 2:
        # YYYY-MM, and YYYY-Qn, YYYY-H1, YYYY-SU ... which start on a month
        return 7
    return 10


def _rt_parse(model: Any, text: str, ref: dt.datetime) -> tuple[list[Any], bool]:
    """What `model.parse(text, ref)` returns, as (start, end, text, type, resolution) tuples, and
    whether it hit an exception. The Python port swallows any exception raised while extracting
    or parsing and returns what it had parsed until then (nothing when the extractor raised);
    this is the same code path, written out so that those failures can be counted."""
    from recognizers_text.utilities import QueryProcessor

    query = QueryProcessor.preprocess(text)
    parsed: list[Any] = []
    try:
        for extracted in model.extractor.extract(query, ref):
            result = model.parser.parse(extracted, ref)
            parsed.extend(result.value if isinstance(result.value, list) else [result])
    except Exception:
        failed = True
    else:
        failed = False
    return [(p.start, p.start + p.length, p.text, p.type, p.value) for p in parsed], failed


def _rt_pieces(text: str, unit: str) -> list[tuple[int, str]]:
    """The text to give Recognizers-Text in one call, with its offset: the whole document, or
    each of its non-empty lines (paragraphs)."""
    if unit == "document":
        return [(0, text)]
    pieces, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            pieces.append((offset, line))
        offset += len(line) + 1
    return pieces


def recognizers_records(
    docs: list[dict[str, Any]], notes: Counter[str], unit: str = "document"
) -> list[dict[str, Any]]:
    from recognizers_date_time import DateTimeRecognizer
    from recognizers_text import Culture

    model = DateTimeRecognizer(Culture.French).get_datetime_model(Culture.French)
    records = []
    for doc in docs:
        ref = reference(doc, notes)
        items = []
        results = []
        for offset, piece in _rt_pieces(doc["text"], unit):
            found, failed = _rt_parse(model, piece, ref)
            if failed:
                notes[f"{unit}s on which Recognizers-Text raised internally"] += 1
            results.extend((offset + start, offset + end, *rest) for start, end, *rest in found)
        for start, end, found_text, type_name, resolution in results:
            notes["results"] += 1
            kind = type_name.split(".")[-1]
            if kind not in _RT_TYPES:
                notes[f"skipped type {kind}"] += 1
                continue
            values = (resolution or {}).get("values") or []
            if not values:
                notes["dropped: no resolution"] += 1
                continue
            if len(values) > 1:
                notes["several values: the last (future) taken"] += 1
            chosen = values[-1]
            date = chosen.get("value") or chosen.get("start")
            if not date:
                date = chosen.get("end")
                if date:
                    notes["range without start: its end used"] += 1
            timex = chosen.get("timex") or ""
            length = _timex_length(timex)
            if not date or not _ISO_DAY.match(date) or length is None:
                notes["dropped: unresolved"] += 1
                continue
            if doc["text"][start:end].lower() != found_text.lower():
                notes["span text differs from the result's text"] += 1
            items.append({"start": start, "end": end, "value": date[:length], "text": found_text})
            notes["kept"] += 1
        records.append({"dates": items})
    return records


def recognizers_paragraph_records(
    docs: list[dict[str, Any]], notes: Counter[str]
) -> list[dict[str, Any]]:
    return recognizers_records(docs, notes, unit="paragraph")


def main() -> int:
    parser = _gold.parser(__doc__.splitlines()[0])
    args = parser.parse_args()
    eval_dir = _gold.eval_dir(args)
    if eval_dir is None:
        return 2
    rows = []
    for name in FILES:
        docs = _gold.load(eval_dir / name)
        for system, build in (
            ("Duckling", duckling_records),
            ("Recognizers-Text", recognizers_records),
            ("Recognizers-Text, per paragraph", recognizers_paragraph_records),
        ):
            notes: Counter[str] = Counter()
            result = score_records(docs, build(docs, notes), ["dates"])["dates"]
            rows.append((name, system, result))
            print(json.dumps({"file": name, "system": system, **result, "conversion": notes}))

    def fmt(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    print(
        "\n| file | system | gold | P | R | F1 | TP | FP | FN |\n"
        "|---|---|---:|---:|---:|---:|---:|---:|---:|"
    )
    for name, system, result in rows:
        print(
            f"| {name} | {system} | {result['gold']} | {fmt(result['precision'])} | "
            f"{fmt(result['recall'])} | {fmt(result['f1'])} | {result['true_positives']} | "
            f"{result['false_positives']} | {result['false_negatives']} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
