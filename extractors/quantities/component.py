"""Quantities: every power, energy and production figure of the text, written to doc.spans."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .. import record
from ..spans import FactWriter, text_of
from .finder import Quantity, find_quantities

EXTENSION = "nf_quantity"

_MULTIPLIER = re.compile(r"\d\s*[x×]|[a-z]\s+[x×]\s", re.IGNORECASE)


def quantity_fact(q: Quantity) -> record.Quantity:
    """The quantity as its text states it: "2 x 1 300 MW" is 2.6 GW, while the "8 MW" of
    "62 éoliennes de 8 MW" is 8 MW, with `count` saying how many units the sentence gives."""
    counted_in_text = bool(q.count) and _MULTIPLIER.search(q.text) is not None
    base = q.total_base_value if counted_in_text else q.base_value
    return record.Quantity(
        text=q.text,
        start=q.start,
        end=q.end,
        kind=q.kind,  # type: ignore[arg-type]  # checked by the model
        value=q.value,
        unit=q.unit,
        watts=base if q.kind == "power" else None,
        watt_hours=base if q.kind == "energy" else None,
        count=q.count or None,
        qualifier=q.qualifier or None,  # type: ignore[arg-type]
        net=True if q.net else None,
    )


class QuantityExtractor(FactWriter):
    """Writes every power, energy and production quantity to doc.spans[spans_key], each with its
    Quantity fact on `span._.nf_quantity`."""

    extension = EXTENSION

    def facts(self, doc: Doc) -> list[record.Quantity]:
        return [quantity_fact(q) for q in find_quantities(text_of(doc))]


@Language.factory(
    "newsfacts_quantities",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    default_config={"spans_key": "newsfacts_quantities"},
)
def make_quantity_extractor(nlp: Language, name: str, spans_key: str) -> QuantityExtractor:
    return QuantityExtractor(name, spans_key)
