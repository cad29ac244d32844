"""Organizations: the spaCy glue around `finder.find_organizations`.

Reads the text, the model's entities and the dateline from the Doc, and writes each mention to
doc.spans with its OrganizationMention (canonical name and aliases).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import OrganizationMention
from ..spans import FactWriter, dateline_of, text_of
from .finder import Mention, find_organizations

EXTENSION = "nf_org"
SPANS_KEY = "newsfacts_organizations"


def mention_fact(m: Mention) -> OrganizationMention:
    return OrganizationMention(
        text=m.text, start=m.start, end=m.end, name=m.name, aliases=list(m.aliases)
    )


class OrganizationExtractor(FactWriter):
    """Finds organizations, writes their mentions to doc.spans[spans_key], each with an
    OrganizationMention (canonical name and aliases) on `span._.nf_org`."""

    extension = EXTENSION

    def facts(self, doc: Doc) -> list[OrganizationMention]:
        entities = [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
        mentions = find_organizations(text_of(doc), entities, dateline_of(doc, self.name))
        return [mention_fact(m) for m in mentions]


@Language.factory(
    "newsfacts_organizations",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    requires=["doc.ents", "doc._.nf_dateline"],
    default_config={"spans_key": SPANS_KEY},
)
def make_organization_extractor(nlp: Language, name: str, spans_key: str) -> OrganizationExtractor:
    return OrganizationExtractor(name, spans_key)
