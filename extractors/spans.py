"""Doc and Span extensions that the newsfacts components write, and the one way facts reach spans.

Extensions are registered only when absent, so that importing the components twice (tests, worker
processes) or next to another library's extensions never raises. Values are plain dicts and
strings: a Doc must stay msgpack-serialisable to cross process boundaries.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from .record import _Spanned

DOC_EXTENSIONS = (
    "nf_reference_date",  # "YYYY", "YYYY-MM" or "YYYY-MM-DD", or None
    "nf_reference_date_source",  # "option", "input", "dateline", "metadata" or None
    # [start, end] of the article's own dateline, [] when it has none; None until the dateline
    # component has run, which is how the components that read it know it did.
    "nf_dateline",
)


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def register_span_extension(name: str) -> None:
    if not Span.has_extension(name):
        Span.set_extension(name, default=None)


register_extensions()


_TEXT_KEY = "newsfacts_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, built once per Doc. spaCy joins every token's text each time `doc.text` is read
    (about 2 ms for a 600-word article, against 1 ms for all the money rules), and each component
    reads it; the first read keeps it in `doc.user_data`, with the token count it was built from,
    so that a Doc retokenized since is read afresh."""
    kept = doc.user_data.get(_TEXT_KEY)
    if kept is not None and kept[0] == len(doc):
        return str(kept[1])
    text = doc.text
    doc.user_data[_TEXT_KEY] = (len(doc), text)
    return text


class Placed(Protocol):
    """A fact at character offsets, with its JSON-ready value."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    def as_json(self) -> dict[str, Any]: ...


def facts_of(doc: Doc, key: str, extension: str, reader: str, writer: str) -> list[dict[str, Any]]:
    """The facts another component wrote to doc.spans[key] (on `span._.<extension>`), for the
    component `reader`. Fails loudly when `writer`, which writes them, has not run before it."""
    if key not in doc.spans:
        raise ValueError(
            f"{reader} reads doc.spans[{key!r}]: add {writer!r} before it "
            "(pipeline.build_pipeline orders the components from pipeline.FACTS)"
        )
    values = (span._.get(extension) for span in doc.spans[key])
    return [value for value in values if value is not None]


def dateline_of(doc: Doc, component: str) -> tuple[int, int] | None:
    """The [start, end) of the article's dateline, None when it has none. Fails loudly when the
    dateline component has not run before `component`, which reads it."""
    dateline = doc._.nf_dateline
    if dateline is None:
        raise ValueError(
            f"{component} reads the article's dateline: add 'newsfacts_dateline' before it "
            "(pipeline.build_pipeline orders the components from pipeline.FACTS)"
        )
    return (dateline[0], dateline[1]) if dateline else None


def write_spans(doc: Doc, key: str, extension: str, facts: Iterable[Placed]) -> list[Span]:
    """Put each fact on a span of doc.spans[key], its JSON-ready value on `span._.<extension>`.

    The tokenizer sometimes glues a unit to a number or punctuation to a word; expanding to the
    enclosing tokens keeps the span, while the value keeps the fact's own character offsets, which
    are what the record reports.
    """
    spans: list[Span] = []
    for fact in facts:
        span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
        if span is None:
            continue
        span._.set(extension, fact.as_json())
        spans.append(span)
    doc.spans[key] = spans
    return spans


class FactWriter:
    """What every newsfacts component that writes facts shares: its name, the span group it
    writes (`spans_key`, from the factory's config), the span extension that holds each fact (its
    class's `extension`, registered once), and a call that writes what `facts` returns."""

    extension: ClassVar[str]

    def __init__(self, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        register_span_extension(self.extension)

    def facts(self, doc: Doc) -> Sequence[_Spanned]:
        raise NotImplementedError

    def __call__(self, doc: Doc) -> Doc:
        write_spans(doc, self.spans_key, self.extension, self.facts(doc))
        return doc
