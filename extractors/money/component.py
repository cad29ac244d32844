"""Money: amounts found by the character-level rules of `finder`, written to doc.spans."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..record import Money
from ..spans import FactWriter, text_of
from .finder import MoneyMatch, find_money

EXTENSION = "nf_money"
SPANS_KEY = "newsfacts_money"


def money_fact(m: MoneyMatch) -> Money:
    return Money(
        text=m.text,
        start=m.start,
        end=m.end,
        value=m.value,
        currency=m.currency,
        qualifier=m.qualifier,  # type: ignore[arg-type]  # checked by the model
        value_max=m.value_max,
        magnitude=m.magnitude,
        per=m.per,
    )


class MoneyExtractor(FactWriter):
    """Writes amounts to doc.spans[spans_key], each with its Money fact on `span._.nf_money`.
    Works on any tokenizer: matching is done on the text."""

    extension = EXTENSION

    def facts(self, doc: Doc) -> list[Money]:
        return [money_fact(m) for m in find_money(text_of(doc))]


@Language.factory(
    "newsfacts_money",
    assigns=["doc.spans", f"span._.{EXTENSION}"],
    default_config={"spans_key": SPANS_KEY},
)
def make_money_extractor(nlp: Language, name: str, spans_key: str) -> MoneyExtractor:
    return MoneyExtractor(name, spans_key)
