"""Where records go: JSON and JSON Lines (UTF-8, accents unescaped, one record written and flushed
at a time), or Rich tables for people (through `render`, the only module that uses Rich)."""

from __future__ import annotations

import json
from typing import Any, TextIO


def dumps(record: dict[str, Any], *, indent: bool) -> str:
    if indent:
        return json.dumps(record, ensure_ascii=False, indent=2)
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def write_record(record: dict[str, Any], stream: TextIO, *, indent: bool) -> None:
    stream.write(dumps(record, indent=indent))
    stream.write("\n")
    stream.flush()


class RecordWriter:
    """Writes each record as it comes, in the output format chosen: "table", "json" or "jsonl"."""

    def __init__(self, fmt: str, stream: TextIO) -> None:
        self.fmt = fmt
        self.stream = stream
        self._console: Any = None
        if fmt == "table":
            from rich.console import Console

            self._console = Console(file=stream)

    def write(self, record: dict[str, Any]) -> None:
        if self._console is not None:
            from .render import render_record

            render_record(self._console, record)
        else:
            write_record(record, self.stream, indent=self.fmt == "json")
