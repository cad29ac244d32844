"""Deals: the spaCy glue around `finder.find_deals`. Reads the other components' facts from their
span groups; writes one span per deal, on its amount, with its Deal fact on `span._.nf_deal`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import record
from ..dates import component as dates_component
from ..facilities import component as facilities_component
from ..money import component as money_component
from ..organizations import component as organizations_component
from ..spans import facts_of, register_span_extension, text_of, write_spans
from .finder import find_deals

EXTENSION = "nf_deal"
# What it reads: each fact type's span group (as its factory names it by default), extension
# and component.
READS = {
    "money": (money_component.SPANS_KEY, money_component.EXTENSION, "newsfacts_money"),
    "organizations": (
        organizations_component.SPANS_KEY,
        organizations_component.EXTENSION,
        "newsfacts_organizations",
    ),
    "facilities": (
        facilities_component.SPANS_KEY,
        facilities_component.EXTENSION,
        "newsfacts_facilities",
    ),
    "dates": (dates_component.SPANS_KEY, dates_component.EXTENSION, "newsfacts_dates"),
}


@dataclass(frozen=True)
class _OnAmount:
    """A deal placed on its amount's offsets, for write_spans."""

    deal: record.Deal

    @property
    def start(self) -> int:
        return self.deal.amount.start

    @property
    def end(self) -> int:
        return self.deal.amount.end

    def as_json(self) -> dict[str, Any]:
        return self.deal.as_json()


class DealExtractor:
    """Writes deals to doc.spans[spans_key]."""

    extension = EXTENSION

    def __init__(self, name: str, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        register_span_extension(EXTENSION)

    def _facts(self, doc: Doc, fact_type: str) -> list[dict[str, Any]]:
        key, extension, writer = READS[fact_type]
        return facts_of(doc, key, extension, self.name, writer)

    def __call__(self, doc: Doc) -> Doc:
        money = self._facts(doc, "money")
        organizations = [
            (m["start"], m["end"], m["name"]) for m in self._facts(doc, "organizations")
        ]
        facility_facts = self._facts(doc, "facilities")
        facilities = [(f["start"], f["end"], f["name"]) for f in facility_facts]
        operators = {f["name"]: f["operator"] for f in facility_facts}
        dates = self._facts(doc, "dates")
        deals = find_deals(text_of(doc), money, organizations, facilities, dates, operators)
        write_spans(doc, self.spans_key, EXTENSION, [_OnAmount(record.Deal(**d)) for d in deals])
        return doc


@Language.factory(
    "newsfacts_deals",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    requires=[f"span._.{extension}" for _, extension, _ in READS.values()],
    default_config={"spans_key": "newsfacts_deals"},
)
def make_deal_extractor(nlp: Language, name: str, spans_key: str) -> DealExtractor:
    return DealExtractor(name, spans_key)
