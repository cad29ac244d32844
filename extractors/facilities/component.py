"""Facilities: the spaCy glue around `finder.find_facilities`."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..quantities.finder import find_quantities
from ..spans import write_spans
from .finder import Facility, find_facilities


class FacilityExtractor:
    """Writes facilities to doc.spans["newsfacts_facilities"], one span per facility (its first
    mention), with name, kind, location, operator, capacity and aliases on `span._.nf_facility`."""

    group = "newsfacts_facilities"

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        # Re-reading the quantities costs microseconds and keeps Docs free of Python objects.
        quantities = find_quantities(doc.text)
        has_ner = doc.has_annotation("ENT_IOB")
        places = (
            [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("LOC", "GPE")]
            if has_ner
            else None
        )
        persons = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        organizations = [
            (s._.nf_org["start"], s._.nf_org["end"], s._.nf_org["name"])
            for s in doc.spans.get("newsfacts_organizations", [])
            if s._.nf_org is not None
        ]
        facilities = find_facilities(doc.text, quantities, places, organizations, persons)
        write_spans(doc, self.group, "nf_facility", facilities, _facility_value)
        return doc


def _facility_value(f: Facility) -> dict[str, Any]:
    return {
        "name": f.name,
        "kind": f.kind,
        "location": f.location,
        "operator": f.operator,
        "capacity": f.capacity,
        "aliases": list(f.aliases),
    }


@Language.factory(
    "newsfacts_facilities",
    assigns=["doc.spans"],
    default_config={},
)
def make_facility_extractor(nlp: Language, name: str) -> FacilityExtractor:
    return FacilityExtractor(nlp, name)
