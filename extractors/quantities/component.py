"""Quantities: every power, energy and production figure of the text, written to doc.spans."""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..spans import write_spans
from .finder import Quantity, find_quantities


class QuantityExtractor:
    """Writes every power, energy and production quantity to doc.spans["newsfacts_quantities"]."""

    group = "newsfacts_quantities"

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        write_spans(doc, self.group, "nf_quantity", find_quantities(doc.text), _quantity_value)
        return doc


def _quantity_value(q: Quantity) -> dict[str, Any]:
    """The quantity as its text states it: "2 x 1 300 MW" is 2.6 GW, while the "8 MW" of
    "62 éoliennes de 8 MW" is 8 MW, with `count` saying how many units the sentence gives."""
    value: dict[str, Any] = {"kind": q.kind, "value": q.value, "unit": q.unit}
    counted_in_text = bool(q.count) and _MULTIPLIER.search(q.text) is not None
    base = q.total_base_value if counted_in_text else q.base_value
    if q.kind == "power":
        value["watts"] = base
    elif q.kind == "energy":
        value["watt_hours"] = base
    if q.count:
        value["count"] = q.count
    if q.qualifier:
        value["qualifier"] = q.qualifier
    if q.net:
        value["net"] = True
    return value


_MULTIPLIER = re.compile(r"\d\s*[x×]|[a-z]\s+[x×]\s", re.IGNORECASE)


@Language.factory(
    "newsfacts_quantities",
    assigns=["doc.spans"],
    default_config={},
)
def make_quantity_extractor(nlp: Language, name: str) -> QuantityExtractor:
    return QuantityExtractor(nlp, name)
