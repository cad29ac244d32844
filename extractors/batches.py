"""Arrow batches of articles in, Arrow batches of records out: the core that a data engine's task
calls (issue 16), with one extractor per process.

`extract_batch(batch, text="text", id="id", reference_date=None)` takes a `pyarrow` RecordBatch
or Table (a pandas DataFrame is turned into one) and gives one row per input row, in the same
order, with the columns of `record_schema()`: the input's id, every field of the record (fact
lists as lists of structs, null for the types not asked for), and `record`, the whole record as
the JSON line `newsfacts extract` writes. A row that cannot be processed (no text, a reference date
that does not parse, an extraction that fails) is an error record (`ok` false, `error` says why):
nothing raises for one bad article, so one never kills an engine's task.

The Arrow schema is derived from the record's own models (record.py), the source of `newsfacts
schema` too, so the two cannot drift apart. `pyarrow` is an optional dependency: `pip install
'newsfacts[parquet]'`.

The extractor is built on the first call in a process and kept for the next ones with the same
model and types; building it compiles the tokenizer's large expressions, which the compile cache
keeps in `NEWSFACTS_CACHE_DIR` or, when that is unset, in a folder of the user's own under the
temporary directory, so that the workers of one machine compile them once.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .article import Article, parse_stated_date
from .pipeline import DEFAULT_MODEL, Extractor
from .record import FACT_TYPES, ArticleRecord, ErrorRecord, error_record

if TYPE_CHECKING:
    import pyarrow as pa

ID_COLUMN = "id"
_MAX_DATE_CHARS = 100  # as the command line: a longer field is no date
RECORD_COLUMN = "record"

_EXTRACTORS: dict[tuple[str, tuple[str, ...]], Extractor] = {}
_BUILDS = 0  # extractors built in this process, for tests and benchmarks


def builds() -> int:
    """How many extractors this process has built."""
    return _BUILDS


def cached_extractor(model: str = DEFAULT_MODEL, types: Iterable[str] = FACT_TYPES) -> Extractor:
    """The process's extractor for `model` and `types`, built on first use."""
    global _BUILDS
    wanted = tuple(t for t in FACT_TYPES if t in set(types))
    key = (model, wanted)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(model=model, types=wanted, compile_cache=_cache_dir())
        _BUILDS += 1
    return _EXTRACTORS[key]


def _cache_dir() -> Path | None:
    configured = os.environ.get("NEWSFACTS_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    return Path(tempfile.gettempdir()) / f"newsfacts-cache-{uid}"


# ---------------------------------------------------------------------------------------------
# The Arrow schema, from the record's models
# ---------------------------------------------------------------------------------------------


def _arrow(schema: dict[str, Any], defs: dict[str, Any]) -> pa.DataType:
    import pyarrow as pa

    if "$ref" in schema:
        return _arrow(defs[schema["$ref"].rsplit("/", 1)[-1]], defs)
    if "anyOf" in schema:
        kinds = [s for s in schema["anyOf"] if s.get("type") != "null"]
        if len(kinds) != 1:
            raise TypeError(f"no Arrow type for {schema}")
        return _arrow(kinds[0], defs)
    kind = schema.get("type")
    if kind == "object":
        properties = schema.get("properties", {})
        return pa.struct([pa.field(name, _arrow(p, defs)) for name, p in properties.items()])
    if kind == "array":
        return pa.list_(_arrow(schema["items"], defs))
    simple = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "null": pa.string(),  # a field that is always null (`error` of a good record)
    }
    if kind in simple:
        return simple[kind]
    if "enum" in schema or "const" in schema:
        return pa.string()
    raise TypeError(f"no Arrow type for {schema}")


def record_schema() -> pa.Schema:
    """The columns of `extract_batch`'s output: `id`, the record's fields, then `record`."""
    import pyarrow as pa

    fields = [pa.field(ID_COLUMN, pa.string())]
    json_schema = ArticleRecord.model_json_schema(mode="serialization")
    defs = json_schema.get("$defs", {})
    for name, prop in json_schema["properties"].items():
        fields.append(pa.field(name, _arrow(prop, defs)))
    assert set(ErrorRecord.model_fields) <= set(json_schema["properties"])
    fields.append(pa.field(RECORD_COLUMN, pa.string()))
    return pa.schema(fields)


# ---------------------------------------------------------------------------------------------
# Batches
# ---------------------------------------------------------------------------------------------


def _as_table(batch: Any) -> pa.Table:
    import pyarrow as pa

    if isinstance(batch, pa.Table):
        return batch
    if isinstance(batch, pa.RecordBatch):
        return pa.Table.from_batches([batch])
    if hasattr(batch, "to_dict") and hasattr(batch, "columns"):  # a pandas DataFrame
        return pa.Table.from_pandas(batch, preserve_index=False)
    raise TypeError(f"expected a pyarrow RecordBatch or Table, or a pandas DataFrame: {batch!r}")


def input_columns(
    available: Iterable[Any],
    text: str,
    id: str | None,
    reference_date: str | None,  # noqa: A002
) -> list[str]:
    """The columns an engine hands to `extract_batch`, in that order; KeyError, before any work,
    for one the input lacks."""
    names = [str(name) for name in available]
    columns = [c for c in (text, id, reference_date) if c is not None]
    for column in columns:
        if column not in names:
            raise KeyError(f"no column {column!r} (columns: {', '.join(names)})")
    return columns


def _column(table: pa.Table, name: str | None, what: str) -> list[Any] | None:
    if name is None:
        return None
    if name not in table.column_names:
        raise KeyError(f"no {what} column {name!r} (columns: {', '.join(table.column_names)})")
    values: list[Any] = table.column(name).to_pylist()
    return values


def _record_of(extractor: Extractor, text: Any, source: str, reference_date: Any) -> dict[str, Any]:
    if not isinstance(text, str) or not text.strip():
        return error_record(source, "no text in this row")
    ref: str | None = None
    if reference_date is not None and reference_date != "":
        # read as the command line reads a JSONL line's date, so that both give the same record
        stated = str(reference_date)
        if len(stated) > _MAX_DATE_CHARS:
            return error_record(source, "bad reference date: too long to be a date")
        try:
            ref = parse_stated_date(stated)
        except ValueError as exc:
            return error_record(source, f"bad reference date: {exc}")
    try:
        return extractor.extract_article(Article(text, source, ref, "input" if ref else None))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a task
        return error_record(source, f"extraction failed: {exc}")


def extract_records(
    texts: Sequence[Any],
    ids: Sequence[Any] | None = None,
    reference_dates: Sequence[Any] | None = None,
    *,
    types: Iterable[str] = FACT_TYPES,
    model: str = DEFAULT_MODEL,
) -> list[dict[str, Any]]:
    """The record of each text, in order; `ids` become their `source` (the row's number when
    None or null)."""
    extractor = cached_extractor(model, types)
    records = []
    for row, text in enumerate(texts):
        given = ids[row] if ids is not None else None
        source = str(given) if given is not None else str(row)
        ref = reference_dates[row] if reference_dates is not None else None
        records.append(_record_of(extractor, text, source, ref))
    return records


def extract_batch(
    batch: Any,
    *,
    text: str = "text",
    id: str | None = ID_COLUMN,  # noqa: A002 - the column's name, as engines call it
    reference_date: str | None = None,
    types: Iterable[str] = FACT_TYPES,
    model: str = DEFAULT_MODEL,
) -> pa.RecordBatch:
    """One output row per input row (columns of `record_schema()`), in input order. `text`,
    `id` and `reference_date` name the input's columns; `id` may be None (rows are numbered
    within the batch; the Spark and Dask `extract` make ids unique over the whole frame),
    `reference_date` None (each article's own dateline is used). A missing column raises
    KeyError before any row is processed: that is a mistake in the call, not in the data."""
    table = _as_table(batch)
    texts = _column(table, text, "text")
    assert texts is not None
    ids = _column(table, id, "id")
    dates = _column(table, reference_date, "reference date")
    records = extract_records(texts, ids, dates, types=types, model=model)
    return records_batch(records)


def records_batch(records: Sequence[dict[str, Any]]) -> pa.RecordBatch:
    """Records (as `newsfacts extract` gives them) as rows of `record_schema()`; the `id` column
    is each record's `source` (the input's id, or its row)."""
    import pyarrow as pa

    schema = record_schema()
    facts = set(FACT_TYPES)
    rows = []
    for record in records:
        out: dict[str, Any] = {name: record.get(name) for name in schema.names}
        out[ID_COLUMN] = str(record["source"])
        for name in facts - set(record):
            out[name] = None
        out[RECORD_COLUMN] = json.dumps(record, ensure_ascii=False)
        rows.append(out)
    return pa.RecordBatch.from_pylist(rows, schema=schema)
