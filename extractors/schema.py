"""The output record: the one place that knows its shape.

Every consumer (`jq` scripts, the golden tests, the evaluation command) relies on these keys, so a
change to them bumps SCHEMA_VERSION.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

SCHEMA_VERSION = 1

FACT_TYPES: tuple[str, ...] = ("money", "organizations", "facilities", "dates", "quantities")

# Which doc.spans group each fact type's components write to, and the span extension that holds the
# JSON-ready value of each span.
SPAN_GROUPS = {
    "money": ("newsfacts_money", "nf_money"),
    "facilities": ("newsfacts_facilities", "nf_facility"),
    "dates": ("newsfacts_dates", "nf_date"),
    "quantities": ("newsfacts_quantities", "nf_quantity"),
    "organizations": ("newsfacts_organizations", "nf_org"),
}


def _plain_facts(doc: Doc, fact_type: str) -> list[dict[str, Any]]:
    group, extension = SPAN_GROUPS[fact_type]
    facts = []
    for span in doc.spans.get(group, []):
        value = span._.get(extension)
        if value is None:
            continue
        facts.append(value)
    return facts


def _organizations(doc: Doc) -> list[dict[str, Any]]:
    """One item per organization: mentions grouped under their canonical name, in order of first
    mention."""
    group, extension = SPAN_GROUPS["organizations"]
    items: dict[str, dict[str, Any]] = {}
    for span in doc.spans.get(group, []):
        value = span._.get(extension)
        if value is None:
            continue
        item = items.setdefault(
            value["name"], {"name": value["name"], "aliases": [], "mentions": []}
        )
        item["mentions"].append(
            {"text": value["text"], "start": value["start"], "end": value["end"]}
        )
        for alias in value.get("aliases", []):
            if alias not in item["aliases"] and alias != item["name"]:
                item["aliases"].append(alias)
    return list(items.values())


def doc_to_record(doc: Doc, source: str, types: tuple[str, ...] = FACT_TYPES) -> dict[str, Any]:
    """The JSON-ready record of one processed article."""
    record: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "ok": True,
        "error": None,
        "reference_date": doc._.nf_reference_date,
        "reference_date_source": doc._.nf_reference_date_source,
    }
    for fact_type in FACT_TYPES:
        if fact_type not in types:
            continue
        if fact_type == "organizations":
            record[fact_type] = _organizations(doc)
        else:
            record[fact_type] = _plain_facts(doc, fact_type)
    return record


def error_record(source: str, message: str) -> dict[str, Any]:
    """The record of an input that could not be processed: same `source`, `ok` false."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": source,
        "ok": False,
        "error": message,
    }
