"""Facilities: the spaCy glue around `finder.find_facilities`."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .. import record
from ..organizations.component import EXTENSION as ORGANIZATION_EXTENSION
from ..organizations.component import SPANS_KEY as ORGANIZATIONS_KEY
from ..quantities.finder import find_quantities
from ..spans import FactWriter, facts_of, text_of
from .finder import Facility, find_facilities
from .kinds import public_kind

EXTENSION = "nf_facility"
SPANS_KEY = "newsfacts_facilities"


def facility_fact(f: Facility) -> record.Facility:
    return record.Facility(
        text=f.text,
        start=f.start,
        end=f.end,
        name=f.name,
        kind=public_kind(f.kind, [f.name, *f.aliases, *(m.text for m in f.mentions)]),
        location=f.location,
        operator=f.operator,
        capacity=f.capacity,
        aliases=list(f.aliases),
    )


class FacilityExtractor(FactWriter):
    """Writes facilities to doc.spans[spans_key], one span per facility (its first mention), each
    with its Facility fact (name, kind, location, operator, capacity, aliases) on
    `span._.nf_facility`. Reads the organizations' mentions from doc.spans[organizations_key]."""

    extension = EXTENSION

    def __init__(self, name: str, spans_key: str, organizations_key: str) -> None:
        super().__init__(name, spans_key)
        self.organizations_key = organizations_key

    def _organizations(self, doc: Doc) -> list[tuple[int, int, str]]:
        mentions = facts_of(
            doc,
            self.organizations_key,
            ORGANIZATION_EXTENSION,
            self.name,
            "newsfacts_organizations",
        )
        return [(m["start"], m["end"], m["name"]) for m in mentions]

    def facts(self, doc: Doc) -> list[record.Facility]:
        organizations = self._organizations(doc)
        # Re-reading the quantities costs microseconds and keeps Docs free of Python objects.
        quantities = find_quantities(text_of(doc))
        has_ner = doc.has_annotation("ENT_IOB")
        places = (
            [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("LOC", "GPE")]
            if has_ner
            else None
        )
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        facilities = find_facilities(text_of(doc), quantities, places, organizations, persons)
        return [facility_fact(f) for f in facilities]


@Language.factory(
    "newsfacts_facilities",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    requires=["doc.ents", f"span._.{ORGANIZATION_EXTENSION}"],
    default_config={
        "spans_key": SPANS_KEY,
        "organizations_key": ORGANIZATIONS_KEY,
    },
)
def make_facility_extractor(
    nlp: Language, name: str, spans_key: str, organizations_key: str
) -> FacilityExtractor:
    return FacilityExtractor(name, spans_key, organizations_key)
