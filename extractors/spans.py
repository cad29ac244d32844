"""Doc and Span extensions that the newsfacts components write.

Registered only when absent, so that importing the components twice (tests, worker processes) or
next to another library's extensions never raises. Values are plain dicts and strings: a Doc must
stay msgpack-serialisable to cross process boundaries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc, Span

DOC_EXTENSIONS = (
    "nf_reference_date",  # "YYYY", "YYYY-MM" or "YYYY-MM-DD", or None
    "nf_reference_date_source",  # "option", "input", "dateline" or None
    "nf_dateline",  # [start, end] of the article's own dateline: not a date fact
)
SPAN_EXTENSIONS = ("nf_money", "nf_facility", "nf_date", "nf_quantity", "nf_org")


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register_extensions()


def write_spans(
    doc: Doc,
    group: str,
    extension: str,
    matches: Iterable[Any],
    to_value: Callable[[Any], dict[str, Any]],
) -> list[Span]:
    """Map character-level matches (objects with .start, .end and .text) onto token spans of `doc`
    and store each match's JSON-ready value on the span.

    The tokenizer sometimes glues a unit to a number or punctuation to a word; expanding to the
    enclosing tokens keeps the span, while the value keeps the match's own character offsets, which
    are what the record reports.
    """
    spans: list[Span] = []
    for match in matches:
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None:
            continue
        value = {"text": match.text, "start": match.start, "end": match.end}
        value.update(to_value(match))
        span._.set(extension, value)
        spans.append(span)
    doc.spans[group] = spans
    return spans
