"""JSON and JSON Lines output: UTF-8, accents unescaped, one record written and flushed at a time."""

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
