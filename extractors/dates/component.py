"""Dates: the article's dateline (its publication date, used as the reference date when none was
given) and the date expressions resolved against the reference date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import Date
from ..spans import FactWriter, dateline_of, text_of
from .dateline import wire_datelines
from .finder import DateMatch, find_dateline, find_dates

EXTENSION = "nf_date"
SPANS_KEY = "newsfacts_dates"


class DatelineDetector:
    """Finds the article's own publication date near its head. It becomes the reference date unless
    the caller already set one (`doc._.nf_reference_date`), and its span is never a date fact."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        dateline = find_dateline(text_of(doc))
        if dateline is None:
            doc._.nf_dateline = []
            return doc
        doc._.nf_dateline = [dateline.start, dateline.end]
        if doc._.nf_reference_date is None:
            doc._.nf_reference_date = dateline.value
            doc._.nf_reference_date_source = "dateline"
        return doc


def date_fact(m: DateMatch) -> Date:
    # "end" is the character offset in every fact, so the period's last day is "end_value".
    return Date(
        text=m.text,
        start=m.start,
        end=m.end,
        value=m.value,
        grain=m.grain,  # type: ignore[arg-type]  # checked by the model
        end_value=m.end_value,
        relative=True if m.relative else None,
    )


class DateExtractor(FactWriter):
    """Writes date expressions to doc.spans[spans_key], each with its Date fact on
    `span._.nf_date`, resolved against `doc._.nf_reference_date` (None leaves relative dates
    unresolved: output never depends on today's date)."""

    extension = EXTENSION

    def facts(self, doc: Doc) -> list[Date]:
        dateline = dateline_of(doc, self.name)
        exclude = ([dateline] if dateline else []) + wire_datelines(text_of(doc))
        matches = find_dates(text_of(doc), doc._.nf_reference_date, exclude=exclude)
        return [date_fact(m) for m in matches]


@Language.factory(
    "newsfacts_dateline",
    assigns=["doc._.nf_reference_date", "doc._.nf_reference_date_source", "doc._.nf_dateline"],
    default_config={},
)
def make_dateline_detector(nlp: Language, name: str) -> DatelineDetector:
    return DatelineDetector(nlp, name)


@Language.factory(
    "newsfacts_dates",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    requires=["doc._.nf_reference_date", "doc._.nf_dateline"],
    default_config={"spans_key": SPANS_KEY},
)
def make_date_extractor(nlp: Language, name: str, spans_key: str) -> DateExtractor:
    return DateExtractor(name, spans_key)
