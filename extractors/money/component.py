"""Money: amounts found by the character-level rules of `finder`, written to doc.spans."""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..spans import write_spans
from .finder import MoneyMatch, find_money


def _money_value(m: MoneyMatch) -> dict[str, Any]:
    value: dict[str, Any] = {"value": m.value, "currency": m.currency, "qualifier": m.qualifier}
    if m.value_max is not None:
        value["value_max"] = m.value_max
    if m.magnitude is not None:
        value["magnitude"] = m.magnitude
    if m.per is not None:
        value["per"] = m.per
    return value


class MoneyExtractor:
    """Writes amounts to doc.spans["newsfacts_money"] with value, currency and qualifier on
    `span._.nf_money`. Works on any tokenizer: matching is done on the text."""

    group = "newsfacts_money"

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        write_spans(doc, self.group, "nf_money", find_money(doc.text), _money_value)
        return doc


@Language.factory("newsfacts_money", assigns=["doc.spans"], default_config={})
def make_money_extractor(nlp: Language, name: str) -> MoneyExtractor:
    return MoneyExtractor(nlp, name)
