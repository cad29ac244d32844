"""Turn command-line inputs (paths, '-', JSONL batches) into articles or per-input errors.

Nothing here raises for a bad input: each problem becomes an InputError naming the input, so that a
batch goes on with the other inputs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from newsfacts.extractors.normalize.dates import parse_reference_date
from newsfacts.extractors.pipeline import Article

STDIN = "-"


@dataclass(frozen=True)
class InputError:
    source: str
    message: str


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes:
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read()
    return Path(path).read_bytes()


def _os_error_message(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def decode(data: bytes, encoding: str) -> str:
    """Decode `data`; UTF-8 input may start with a byte-order mark, which is dropped."""
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8"):
        encoding = "utf-8-sig"
    return data.decode(encoding)


def _decode_error(exc: UnicodeDecodeError, encoding: str) -> str:
    byte = exc.object[exc.start : exc.start + 1].hex()
    return (
        f"cannot decode as {encoding} (byte 0x{byte} at offset {exc.start}); "
        "if the file uses another encoding, try --encoding latin-1 or --encoding cp1252"
    )


def read_inputs(
    paths: Iterable[str],
    *,
    input_format: str = "text",
    encoding: str = "utf-8",
    reference_date: str | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Articles in input order. A `reference_date` given here overrides any the inputs state."""
    for path in paths:
        source = path
        try:
            data = _read_bytes(path, stdin)
        except OSError as exc:
            yield InputError(source, _os_error_message(exc))
            continue
        try:
            text = decode(data, encoding)
        except UnicodeDecodeError as exc:
            yield InputError(source, _decode_error(exc, encoding))
            continue
        except LookupError:
            yield InputError(source, f"unknown encoding {encoding!r}")
            continue
        if input_format == "jsonl":
            yield from _jsonl_articles(text, source, reference_date)
            continue
        if not text.strip():
            yield InputError(source, "empty input: no text to read")
            continue
        yield Article(text, source, reference_date, "option" if reference_date else None)


def _jsonl_articles(
    text: str, source: str, reference_date: str | None
) -> Iterator[Article | InputError]:
    """One article per JSON line: `text` (required), `id` (the record's source), `reference_date`
    or `date` (optional). Blank lines are skipped; a bad line is an error of its own."""
    seen_any = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        line_source = f"{source}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(line_source, f"line is not valid JSON ({exc.msg}, column {exc.colno})")
            continue
        if not isinstance(item, dict):
            yield InputError(line_source, "line is not a JSON object")
            continue
        article_text = item.get("text")
        if not isinstance(article_text, str):
            yield InputError(line_source, "line has no 'text' string field")
            continue
        if item.get("id") is not None:
            line_source = str(item["id"])
        if reference_date is not None:
            yield Article(article_text, line_source, reference_date, "option")
            continue
        stated = item.get("reference_date") or item.get("date")
        if stated is not None:
            try:
                stated = parse_reference_date(str(stated))
            except ValueError as exc:
                yield InputError(line_source, f"bad reference date: {exc}")
                continue
        yield Article(article_text, line_source, stated, "input" if stated else None)
    if not seen_any:
        yield InputError(source, "empty input: no JSON lines to read")
