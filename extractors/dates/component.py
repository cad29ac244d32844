"""Dates: the article's dateline (its publication date, used as the reference date when none was
given) and the date expressions resolved against the reference date."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..spans import write_spans
from .finder import DateMatch, find_dateline, find_dates


class DatelineDetector:
    """Finds the article's own publication date near its head. It becomes the reference date unless
    the caller already set one (`doc._.nf_reference_date`), and its span is never a date fact."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        dateline = find_dateline(doc.text)
        if dateline is None:
            return doc
        doc._.nf_dateline = [dateline.start, dateline.end]
        if doc._.nf_reference_date is None:
            doc._.nf_reference_date = dateline.value
            doc._.nf_reference_date_source = "dateline"
        return doc


def _date_value(m: DateMatch) -> dict[str, Any]:
    value: dict[str, Any] = {"value": m.value, "grain": m.grain}
    if m.end_value is not None:
        # "end" is the character offset in every fact, so the period's last day is "end_value".
        value["end_value"] = m.end_value
    if m.relative:
        value["relative"] = True
    return value


class DateExtractor:
    """Writes date expressions to doc.spans["newsfacts_dates"] with their ISO value and grain on
    `span._.nf_date`, resolved against `doc._.nf_reference_date` (None leaves relative dates
    unresolved: output never depends on today's date)."""

    group = "newsfacts_dates"

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        exclude = [tuple(doc._.nf_dateline)] if doc._.nf_dateline else []
        matches = find_dates(doc.text, doc._.nf_reference_date, exclude=exclude)
        write_spans(doc, self.group, "nf_date", matches, _date_value)
        return doc


@Language.factory("newsfacts_dateline", assigns=["doc._.nf_reference_date"], default_config={})
def make_dateline_detector(nlp: Language, name: str) -> DatelineDetector:
    return DatelineDetector(nlp, name)


@Language.factory(
    "newsfacts_dates",
    assigns=["doc.spans"],
    requires=["doc._.nf_reference_date"],
    default_config={},
)
def make_date_extractor(nlp: Language, name: str) -> DateExtractor:
    return DateExtractor(nlp, name)
