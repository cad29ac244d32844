"""Deals: the spaCy glue around `finder.find_deals`. Reads the other components' facts from their
span groups; writes one span per deal, on its amount, with its Deal fact on `span._.nf_deal`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import record
from ..dates.component import EXTENSION as DATE_EXTENSION
from ..facilities.component import EXTENSION as FACILITY_EXTENSION
from ..money.component import EXTENSION as MONEY_EXTENSION
from ..organizations.component import EXTENSION as ORGANIZATION_EXTENSION
from ..organizations.component import SPANS_KEY as ORGANIZATIONS_KEY
from ..spans import register_span_extension, write_spans
from .finder import find_deals

EXTENSION = "nf_deal"
# The span groups it reads, as the other components' factories name them by default.
READS = {
    "money": ("newsfacts_money", MONEY_EXTENSION),
    "organizations": (ORGANIZATIONS_KEY, ORGANIZATION_EXTENSION),
    "facilities": ("newsfacts_facilities", FACILITY_EXTENSION),
    "dates": ("newsfacts_dates", DATE_EXTENSION),
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
        key, extension = READS[fact_type]
        if key not in doc.spans:
            raise ValueError(
                f"{self.name} reads the {fact_type} (doc.spans[{key!r}]): add its component "
                "before it (pipeline.build_pipeline orders the components from pipeline.FACTS)"
            )
        values = (span._.get(extension) for span in doc.spans[key])
        return [value for value in values if value is not None]

    def __call__(self, doc: Doc) -> Doc:
        money = self._facts(doc, "money")
        organizations = [
            (m["start"], m["end"], m["name"]) for m in self._facts(doc, "organizations")
        ]
        facility_facts = self._facts(doc, "facilities")
        facilities = [(f["start"], f["end"], f["name"]) for f in facility_facts]
        operators = {f["name"]: f["operator"] for f in facility_facts}
        dates = self._facts(doc, "dates")
        deals = find_deals(doc.text, money, organizations, facilities, dates, operators)
        write_spans(doc, self.spans_key, EXTENSION, [_OnAmount(record.Deal(**d)) for d in deals])
        return doc


@Language.factory(
    "newsfacts_deals",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    requires=[f"span._.{extension}" for _, extension in READS.values()],
    default_config={"spans_key": "newsfacts_deals"},
)
def make_deal_extractor(nlp: Language, name: str, spans_key: str) -> DealExtractor:
    return DealExtractor(name, spans_key)
