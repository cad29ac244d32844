"""Where records go: JSON and JSON Lines (UTF-8, accents unescaped, one record written and flushed
at a time), Rich tables for people (through `render`, the only module that uses Rich), or a
Parquet file (`--output FILE.parquet`).

What comes from an input cannot break the output: a lone surrogate (a file name that is not valid
UTF-8, a JSON id holding "\\ud800") is written as a JSON escape, so every line stays valid UTF-8
JSON; and text meant for a terminal is made inert (`inert`).
"""

from __future__ import annotations

import json
import re
from typing import Any, BinaryIO, TextIO

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_A_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 256 else f"\\u{code:04x}"


def inert(value: object, *, one_line: bool = False) -> str:
    """`value` as text that a terminal shows as it is: control characters written as escapes
    ("\\x1b"), and unpaired surrogates too; with `one_line`, line breaks and tabs as well, so that
    an error line cannot be made to look like two."""
    pattern = _UNSAFE_IN_A_LINE if one_line else _UNSAFE
    text = pattern.sub(_escape, str(value))
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def dumps(record: dict[str, Any], *, indent: bool) -> str:
    if indent:
        text = json.dumps(record, ensure_ascii=False, indent=2)
    else:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    if not text.isascii() and _SURROGATE.search(text):
        # json.dumps leaves a lone surrogate as it is, which UTF-8 cannot encode.
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def write_record(record: dict[str, Any], stream: TextIO, *, indent: bool) -> None:
    stream.write(dumps(record, indent=indent))
    stream.write("\n")
    stream.flush()


class RecordWriter:
    """Writes each record as it comes, in the output format chosen: "table" (Rich), "jsonl" (a
    line per record), or "json": one JSON array of the records, streamed (`[`, the records
    separated by commas as they come, `]` at `close`), so that `json.load` reads a whole batch."""

    def __init__(self, fmt: str, stream: TextIO) -> None:
        self.fmt = fmt
        self.stream = stream
        self._written = 0
        self._console: Any = None
        if fmt == "table":
            from .render import console_for

            self._console = console_for(stream)

    def write(self, record: dict[str, Any]) -> None:
        if self._console is not None:
            from .render import render_record

            render_record(self._console, record)
        elif self.fmt == "json":
            lead = "[\n" if self._written == 0 else ",\n"
            self.stream.write(lead + _indented(dumps(record, indent=True)))
            self.stream.flush()
        else:
            write_record(record, self.stream, indent=False)
        self._written += 1

    def close(self) -> None:
        """Ends the JSON array (an empty one when no record came)."""
        if self.fmt == "json":
            self.stream.write("\n]\n" if self._written else "[]\n")
            self.stream.flush()


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


class ParquetRecordWriter:
    """Writes records to a Parquet file (`--output FILE.parquet`) with the columns of
    `extract_batch`, so that a laptop run and an engine's run exchange the same files: a row
    group every ROWS records, the rest at `close`. The `id` column is each record's source."""

    ROWS = 1000

    def __init__(self, stream: BinaryIO) -> None:
        import pyarrow.parquet as pq
        from newsfacts.extractors.batches import record_schema

        self._writer = pq.ParquetWriter(stream, record_schema())
        self._pending: list[dict[str, Any]] = []

    def write(self, record: dict[str, Any]) -> None:
        self._pending.append(record)
        if len(self._pending) >= self.ROWS:
            self._flush()

    def _flush(self) -> None:
        from newsfacts.extractors.batches import records_batch

        if self._pending:
            self._writer.write_batch(records_batch(self._pending))
            self._pending = []

    def close(self) -> None:
        self._flush()
        self._writer.close()
