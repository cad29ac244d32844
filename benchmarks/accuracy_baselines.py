"""Accuracy of newsfacts next to the baselines a user could reach for, on the same gold files and
with the same scorer (`newsfacts.extractors.evaluate`).

Baselines:
- organizations: a spaCy French pipeline's ORG entities (leading article dropped);
- dates: dateparser's `search_dates` (French, relative base = the reference date, past preferred),
  judged at the gold's grain (a found 2025-03-14 counts for a gold 2025-03), which favours it.

Usage:
    python benchmarks/accuracy_baselines.py [--shared ../shared] [--models fr_core_news_sm,fr_core_news_md]

Prints one JSON object per (file, system, type) line, then a Markdown table.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from typing import Any

import _gold
from newsfacts.extractors.evaluate import article_of, score_records
from newsfacts.extractors.pipeline import Extractor

FILES = [
    "seed-gold.jsonl",
    "news-visible.jsonl",
    "facilities-visible.jsonl",
    "modern-visible.jsonl",
    "peers-visible.jsonl",
]
_ARTICLE = re.compile(r"^(?:les?|la|l['’])\s*", re.IGNORECASE)


def newsfacts_records(docs: list[dict[str, Any]], extractor: Extractor) -> list[dict[str, Any]]:
    return [extractor.extract_article(article_of(doc)) for doc in docs]


def spacy_org_records(docs: list[dict[str, Any]], model: str) -> list[dict[str, Any]]:
    import spacy

    nlp = spacy.load(model)
    records = []
    for doc in docs:
        names: dict[str, dict[str, Any]] = {}
        for ent in nlp(doc["text"]).ents:
            if ent.label_ == "ORG":
                name = _ARTICLE.sub("", ent.text.strip())
                names.setdefault(name.lower(), {"name": name, "aliases": [], "mentions": []})
        records.append({"organizations": list(names.values())})
    return records


def _reference(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.datetime(parts[0], parts[1], parts[2], 12, 0)


def dateparser_records(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from dateparser.search import search_dates

    records = []
    for doc in docs:
        settings: dict[str, Any] = {"PREFER_DATES_FROM": "past"}
        base = _reference(doc.get("reference_date"))
        if base is not None:
            settings["RELATIVE_BASE"] = base
        found = search_dates(doc["text"], languages=["fr"], settings=settings) or []
        dates, cursor = [], 0
        for text, when in found:
            start = doc["text"].find(text, cursor)
            cursor = start + len(text) if start >= 0 else cursor
            dates.append(
                {
                    "text": text,
                    "start": start,
                    "end": start + len(text),
                    "value": when.date().isoformat(),
                }
            )
        records.append({"dates": dates})
    return records


def at_gold_grain(docs: list[dict[str, Any]], records: list[dict[str, Any]]) -> None:
    """Truncate each found day to the grain of the gold date it overlaps, so that dateparser's
    day-only output is judged fairly on month and year golds."""
    for doc, record in zip(docs, records, strict=True):
        golds = doc.get("gold", {}).get("dates", [])
        for pred in record["dates"]:
            for gold in golds:
                span = gold.get("span")
                if span and span[0] < pred["end"] and pred["start"] < span[1]:
                    pred["value"] = pred["value"][: len(gold["value"])]
                    break


def main() -> int:
    parser = _gold.parser(__doc__.splitlines()[0])
    parser.add_argument("--models", default="fr_core_news_sm")
    args = parser.parse_args()
    eval_dir = _gold.eval_dir(args)
    if eval_dir is None:
        return 2
    rows = []
    extractor = Extractor()
    for name in FILES:
        docs = _gold.load(eval_dir / name)
        started = time.perf_counter()
        ours = score_records(
            docs, newsfacts_records(docs, extractor), ["money", "dates", "organizations"]
        )
        seconds = time.perf_counter() - started
        for fact_type, result in ours.items():
            rows.append((name, "newsfacts", fact_type, result))
        print(f"# {name}: newsfacts {seconds:.1f} s", file=sys.stderr)
        for model in args.models.split(","):
            result = score_records(docs, spacy_org_records(docs, model), ["organizations"])
            rows.append((name, f"spaCy {model} ORG", "organizations", result["organizations"]))
        records = dateparser_records(docs)
        at_gold_grain(docs, records)
        rows.append(
            (
                name,
                "dateparser search_dates",
                "dates",
                score_records(docs, records, ["dates"])["dates"],
            )
        )
    for name, system, fact_type, result in rows:
        print(json.dumps({"file": name, "system": system, "type": fact_type, **result}))

    def fmt(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    print("\n| file | type | system | P | R | F1 |\n|---|---|---|---|---|---|")
    for name, system, fact_type, result in sorted(
        rows, key=lambda r: (r[0], r[2], r[1] != "newsfacts")
    ):
        if result["gold"] == 0 and not result["false_positives"]:
            continue
        print(
            f"| {name} | {fact_type} | {system} | {fmt(result['precision'])} | "
            f"{fmt(result['recall'])} | {fmt(result['f1'])} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
