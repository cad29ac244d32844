"""The output record: the one place that knows its shape.

Every consumer (`jq` scripts, the golden tests, the evaluation command) relies on these keys, so a
change to them bumps SCHEMA_VERSION.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # `newsfacts schema` need not import spaCy
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


# ---------------------------------------------------------------------------------------------
# JSON Schema of the record (`newsfacts schema`). tests/test_schema.py validates the samples'
# golden records and crafted articles against it, with no extra keys allowed anywhere, so that a
# key added to a component without being added here fails the tests.
# ---------------------------------------------------------------------------------------------

REFERENCE_DATE_SOURCES = ("option", "input", "dateline", "metadata")
MONEY_QUALIFIERS = (
    "exact",
    "approximate",
    "more_than",
    "at_least",
    "less_than",
    "at_most",
    "range",
    "unspecified",
)
DATE_GRAINS = ("year", "month", "day")
QUANTITY_KINDS = ("power", "energy", "production")

_ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


def _object(properties: dict[str, Any], required: tuple[str, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(required),
        "additionalProperties": False,
    }


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_NUMBER = {"type": "number"}
_OFFSETS = {
    "text": {"type": "string", "description": "The fact as the article writes it."},
    "start": {"type": "integer", "minimum": 0, "description": "Character offset (Python index)."},
    "end": {"type": "integer", "minimum": 0, "description": "Character offset, exclusive."},
}

_MONEY = _object(
    {
        **_OFFSETS,
        "value": _nullable(_NUMBER),
        "currency": _nullable({"type": "string", "pattern": "^[A-Z]{3}$"}),
        "qualifier": {"enum": list(MONEY_QUALIFIERS)},
        "value_max": {**_NUMBER, "description": "Upper bound of a range."},
        "magnitude": {**_NUMBER, "description": "Order of size of a vague amount."},
        "per": {"type": "string", "description": "Unit price: hour, month, ..."},
    },
    ("text", "start", "end", "value", "currency", "qualifier"),
)

_MENTION = _object(_OFFSETS, ("text", "start", "end"))
_ORGANIZATION = _object(
    {
        "name": {"type": "string"},
        "aliases": {"type": "array", "items": {"type": "string"}},
        "mentions": {"type": "array", "items": _MENTION, "minItems": 1},
    },
    ("name", "aliases", "mentions"),
)

_CAPACITY = _object(
    {
        "value": _NUMBER,
        "unit": {"type": "string"},
        "watts": {**_NUMBER, "description": "Power capacities, in watts."},
        "count": {"type": "integer", "description": "Units a per-unit capacity multiplies."},
        "text": {"type": "string"},
    },
    ("value", "unit", "text"),
)
_FACILITY = _object(
    {
        **_OFFSETS,
        "name": {"type": "string"},
        "aliases": {"type": "array", "items": {"type": "string"}},
        "kind": {"type": "string"},
        "location": _nullable({"type": "string"}),
        "operator": _nullable({"type": "string"}),
        "capacity": _nullable(_CAPACITY),
    },
    ("text", "start", "end", "name", "kind", "location", "operator", "capacity"),
)

_DATE = _object(
    {
        **_OFFSETS,
        "value": _nullable({"type": "string", "pattern": _ISO_DATE}),
        "grain": {"enum": list(DATE_GRAINS)},
        "end_value": {"type": ["string", "null"], "description": "Last day or month of a period."},
        "relative": {"const": True, "description": "Resolved against the reference date."},
    },
    ("text", "start", "end", "value", "grain"),
)

_QUANTITY = _object(
    {
        **_OFFSETS,
        "kind": {"enum": list(QUANTITY_KINDS)},
        "value": _NUMBER,
        "unit": {"type": "string"},
        "watts": {**_NUMBER, "description": "kind power."},
        "watt_hours": {**_NUMBER, "description": "kind energy."},
        "count": {"type": "integer"},
    },
    ("text", "start", "end", "kind", "value", "unit"),
)

FACT_SCHEMAS: dict[str, dict[str, Any]] = {
    "money": _MONEY,
    "organizations": _ORGANIZATION,
    "facilities": _FACILITY,
    "dates": _DATE,
    "quantities": _QUANTITY,
}


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record: a processed article or a failed input. Fact
    lists are present only for the requested types (`--types`)."""
    common = {
        "schema_version": {"const": SCHEMA_VERSION},
        "source": {"type": "string", "description": "Path, '-', JSONL id or path:line."},
    }
    ok = _object(
        {
            **common,
            "ok": {"const": True},
            "error": {"type": "null"},
            "reference_date": _nullable({"type": "string", "pattern": _ISO_DATE}),
            "reference_date_source": _nullable({"enum": list(REFERENCE_DATE_SOURCES)}),
            **{
                fact_type: {"type": "array", "items": FACT_SCHEMAS[fact_type]}
                for fact_type in FACT_TYPES
            },
        },
        ("schema_version", "source", "ok", "error", "reference_date", "reference_date_source"),
    )
    failed = _object(
        {**common, "ok": {"const": False}, "error": {"type": "string"}},
        ("schema_version", "source", "ok", "error"),
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsfacts.invalid/schema/record-v{SCHEMA_VERSION}.json",
        "title": "newsfacts record",
        "description": "One article's facts, as written by `newsfacts extract` (one JSON Lines "
        "line or JSON object per article).",
        "oneOf": [ok, failed],
    }
