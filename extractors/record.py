"""The output record: one typed model per fact, from which both the records and their JSON Schema
(`newsfacts schema`) come.

Components build their facts with these models (an unknown key or a wrong type fails where it is
written, not in a user's `jq` script) and keep them on their spans as plain JSON-ready dicts, so
that Docs stay msgpack-serialisable; `doc_to_record` gathers them into the record. A field is
either always present (possibly null) or present only when it has a value: the latter are the
fields declared with `_optional`, left out of the record when None and, in the schema, not
required and not nullable. Every consumer (`jq` scripts, the golden tests, the evaluation command)
relies on these keys and vocabularies, so a change to them bumps SCHEMA_VERSION (4: quarter, half and season grains; 3: deals; 2: facility
kinds became one vocabulary, FacilityKind).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter

from .article import ISO_DATE_PATTERN, ReferenceDateSource

if TYPE_CHECKING:  # `newsfacts schema` need not import spaCy
    from spacy.tokens import Doc

SCHEMA_VERSION: Literal[4] = 4

MoneyQualifier = Literal[
    "exact", "approximate", "more_than", "at_least", "less_than", "at_most", "range", "unspecified"
]
QuantityQualifier = Literal["more_than", "less_than", "approximate"]
# A quarter, a half-year or a season is a period of months: `value` its first month, `end_value`
# its last.
DateGrain = Literal["year", "half", "season", "quarter", "month", "week", "day"]
QuantityKind = Literal["power", "energy", "production"]
# What a facility is, in one vocabulary; facilities/kinds.py maps the finder's kinds onto it.
FacilityKind = Literal[
    "data center",
    "nuclear plant",
    "wind farm",
    "offshore wind farm",
    "solar farm",
    "hydro plant",
    "pumped storage",
    "battery storage",
    "gigafactory",
    "factory",
    "electrolyser",
    "refinery",
    "mine",
    "LNG terminal",
    "port",
    "airport",
    "launch site",
    "research facility",
    "other",
]

Offset = Annotated[int, Field(ge=0)]
IsoDate = Annotated[str, StringConstraints(pattern=ISO_DATE_PATTERN)]
Currency = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]


def _absent(value: object) -> bool:
    return value is None


def _optional(description: str) -> Any:
    """A field written only when it has a value."""
    return Field(default=None, exclude_if=_absent, description=description)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def as_json(self) -> dict[str, Any]:
        """The JSON-ready dict that the record holds."""
        return self.model_dump()


class _Spanned(_Model):
    text: str = Field(description="The fact as the article writes it.")
    start: Offset = Field(description="Character offset (Python index) where it starts.")
    end: Offset = Field(description="Character offset where it ends, exclusive.")


class Money(_Spanned):
    """An amount of money: `value` in the currency's main unit, null for a vague amount."""

    value: float | None
    currency: Currency | None = Field(description="ISO 4217 code.")
    qualifier: MoneyQualifier
    value_max: float | None = _optional("Upper bound of a range.")
    magnitude: float | None = _optional("Order of size of a vague amount.")
    per: str | None = _optional("Unit price: what the amount is per (hour, month, ...).")


class Mention(_Spanned):
    """One place where the article names an organization."""


class Organization(_Model):
    """One organization: its canonical name, other names, and every mention."""

    name: str
    aliases: list[str]
    mentions: list[Mention] = Field(min_length=1)


class OrganizationMention(_Spanned):
    """What the organizations component keeps on each mention's span (not a record item)."""

    name: str
    aliases: list[str]


class Capacity(_Model):
    """A facility's capacity: power (with `watts`) or production (a unit and no `watts`)."""

    value: float
    unit: str
    watts: float | None = _optional("Power capacities, in watts (all units counted).")
    count: int | None = _optional("Units a per-unit capacity multiplies.")
    qualifier: QuantityQualifier | None = _optional("A bound or an estimate, not an exact figure.")
    net: Literal[True] | None = _optional("Stated as a net figure.")
    text: str


class Facility(_Spanned):
    """A facility or infrastructure project; `text`, `start`, `end` are its first mention."""

    name: str
    kind: FacilityKind
    location: str | None
    operator: str | None
    capacity: Capacity | None
    aliases: list[str]


class Date(_Spanned):
    """A date or period, at the grain the text states; a week is given by its Monday."""

    value: IsoDate | None = Field(description="ISO 8601; null when it cannot be resolved.")
    grain: DateGrain
    end_value: IsoDate | None = _optional("Last day, week's Sunday or month of a period.")
    relative: Literal[True] | None = _optional("Resolved against the reference date.")


class Quantity(_Spanned):
    """A power, energy or production figure as the text states it."""

    kind: QuantityKind
    value: float
    unit: str
    watts: float | None = _optional("kind power.")
    watt_hours: float | None = _optional("kind energy.")
    count: int | None = _optional("Units the sentence gives for a per-unit figure.")
    qualifier: QuantityQualifier | None = _optional("A bound or an estimate, not an exact figure.")
    net: Literal[True] | None = _optional("Stated as a net figure.")


DealKind = Literal[
    "investment",
    "funding_round",
    "acquisition",
    "valuation",
    "revenue",
    "cost",
    "subsidy",
    "contract",
    "other",
]
DealStatus = Literal["done", "announced", "planned", "possible"]
DealScope = Literal["total", "tranche", "incremental", "cumulative", "unknown"]


class Trigger(_Spanned):
    """The words that make an amount a deal of its kind ("a investi", "une levée de fonds")."""


class Deal(_Model):
    """An amount read as part of a transaction or a financial figure: who pays, invests, buys or
    earns (`actor`), who receives, is bought or valued, or what is built (`target`), when, and
    whether it is done."""

    kind: DealKind
    amount: Money = Field(description="The money item, repeated.")
    money_index: Offset = Field(description="Index of the amount in the record's `money`.")
    actor: str | None = Field(description="The `name` of an item of `organizations`.")
    co_actors: list[str] = Field(description="Others in the actor's role.")
    target: str | None = Field(description="The `name` of an organization or a facility.")
    target_type: Literal["organization", "facility"] | None
    date: IsoDate | None = Field(description="The value of the date the text ties to it.")
    hedged: bool = Field(description="True unless status is done.")
    status: DealStatus
    trigger: Trigger | None
    scope: DealScope


class ArticleRecord(_Model):
    """The facts of one processed article. Fact lists are present for the requested types only."""

    schema_version: Literal[4]
    source: str = Field(description="Path, '-', JSONL id or path:line.")
    ok: Literal[True]
    error: None
    reference_date: IsoDate | None
    reference_date_source: ReferenceDateSource | None
    money: list[Money] | None = _optional("Amounts of money.")
    organizations: list[Organization] | None = _optional("Organizations, one item each.")
    facilities: list[Facility] | None = _optional("Facilities, one item each.")
    dates: list[Date] | None = _optional("Dates and periods.")
    quantities: list[Quantity] | None = _optional("Power, energy and production figures.")
    deals: list[Deal] | None = _optional("Amounts read as deals, one per money item.")


class ErrorRecord(_Model):
    """An input that could not be processed."""

    schema_version: Literal[4]
    source: str = Field(description="Path, '-', JSONL id or path:line.")
    ok: Literal[False]
    error: str


# The fact lists of the record, in the order they appear in it.
FACT_TYPES: tuple[str, ...] = tuple(
    name
    for name in ArticleRecord.model_fields
    if name not in ErrorRecord.model_fields
    and name not in ("reference_date", "reference_date_source")
)


def organizations(mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One item per organization: mentions grouped under their canonical name, in order of first
    mention."""
    items: dict[str, dict[str, Any]] = {}
    for value in mentions:
        item = items.setdefault(
            value["name"], {"name": value["name"], "aliases": [], "mentions": []}
        )
        item["mentions"].append(
            {"text": value["text"], "start": value["start"], "end": value["end"]}
        )
        for alias in value["aliases"]:
            if alias not in item["aliases"] and alias != item["name"]:
                item["aliases"].append(alias)
    return list(items.values())


def doc_to_record(
    doc: Doc,
    source: str,
    types: tuple[str, ...],
    spans: Mapping[str, tuple[str, str]],
) -> dict[str, Any]:
    """The JSON-ready record of one processed article. `spans` gives, for each fact type, the
    span group and the span extension its component writes (see `pipeline.fact_spans`)."""
    facts: dict[str, list[dict[str, Any]]] = {}
    for fact_type in FACT_TYPES:
        if fact_type not in types:
            continue
        key, extension = spans[fact_type]
        values = [span._.get(extension) for span in doc.spans.get(key, [])]
        values = [value for value in values if value is not None]
        facts[fact_type] = organizations(values) if fact_type == "organizations" else values
    record = ArticleRecord(
        schema_version=SCHEMA_VERSION,
        source=source,
        ok=True,
        error=None,
        reference_date=doc._.nf_reference_date,
        reference_date_source=doc._.nf_reference_date_source,
        **facts,  # type: ignore[arg-type]  # validated against the fact models here
    )
    return record.as_json()


def error_record(source: str, message: str) -> dict[str, Any]:
    """The record of an input that could not be processed: same `source`, `ok` false."""
    return ErrorRecord(
        schema_version=SCHEMA_VERSION, source=source, ok=False, error=message
    ).as_json()


# ---------------------------------------------------------------------------------------------
# JSON Schema of the record (`newsfacts schema`)
# ---------------------------------------------------------------------------------------------


def _tidy(schema: Any) -> None:
    """What pydantic writes, made to say what the records hold: an optional field is absent rather
    than null, so it is neither nullable nor defaulted; property titles only repeat the names."""
    if isinstance(schema, list):
        for item in schema:
            _tidy(item)
        return
    if not isinstance(schema, dict):
        return
    properties = schema.get("properties")
    if isinstance(properties, dict):
        required = set(schema.get("required", ()))
        for name, prop in properties.items():
            prop.pop("title", None)
            if name not in required:
                prop.pop("default", None)
                options = prop.get("anyOf")
                if isinstance(options, list) and {"type": "null"} in options:
                    options = [o for o in options if o != {"type": "null"}]
                    del prop["anyOf"]
                    if len(options) == 1:
                        prop.update(options[0])
                    else:
                        prop["anyOf"] = options
    for value in schema.values():
        _tidy(value)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one record: a processed article or a failed input."""
    generated = TypeAdapter(ArticleRecord | ErrorRecord).json_schema(mode="serialization")
    _tidy(generated)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://newsfacts.invalid/schema/record-v{SCHEMA_VERSION}.json",
        "title": "newsfacts record",
        "description": "One article's facts, as written by `newsfacts extract` (one JSON Lines "
        "line or JSON object per article).",
        "oneOf": generated["anyOf"],
        "$defs": generated["$defs"],
    }
