"""Build the spaCy pipeline and run it over articles.

Only the statistical components the facts need are loaded: the named-entity recognizer (it has
its own token-to-vector layer in the French pipelines) for organizations and facility locations.
Money, quantities and dates are rules over the text and need no model at all.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language

# Importing the component modules registers their factories.
from .compile_cache import cached_compiles
from .dates import component as _dates  # noqa: F401
from .facilities import component as _facilities  # noqa: F401
from .money import component as _money  # noqa: F401
from .organizations import component as _organizations  # noqa: F401
from .quantities import component as _quantities  # noqa: F401
from .record import FACT_TYPES, doc_to_record, error_record
from .spans import register_extensions

DEFAULT_MODEL = "fr_core_news_sm"

# Components of the French pipelines that no fact needs.
_UNNEEDED = ["parser", "lemmatizer", "attribute_ruler", "morphologizer", "senter", "tagger"]


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed."""


def _needs_model(types: Iterable[str]) -> bool:
    return bool({"organizations", "facilities"} & set(types))


def build_pipeline(model: str = DEFAULT_MODEL, types: Iterable[str] = FACT_TYPES) -> Language:
    """A pipeline that writes the requested fact types. `model` is an installed spaCy pipeline's
    package name or path; it is loaded only when a requested type needs named entities."""
    types = tuple(types)
    register_extensions()
    if _needs_model(types):
        try:
            # Loading the French pipeline compiles its tokenizer's 1.4-million-character
            # expression: kept on disk after the first run (see compile_cache).
            with cached_compiles():
                nlp = spacy.load(model, exclude=_UNNEEDED)
        except OSError as exc:
            raise ModelNotFoundError(
                f"spaCy pipeline {model!r} is not installed (pip install it, e.g. "
                f"'pip install {model.replace('_', '-')}')"
            ) from exc
        if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
            nlp.remove_pipe("tok2vec")
        if "ner" not in nlp.pipe_names:
            raise ModelNotFoundError(f"spaCy pipeline {model!r} has no named-entity recognizer")
    else:
        # The French language data compiles the same expression: the cache serves it too.
        with cached_compiles():
            nlp = spacy.blank("fr")
    nlp.add_pipe("newsfacts_dateline")
    if "money" in types:
        nlp.add_pipe("newsfacts_money")
    if {"quantities", "facilities"} & set(types):
        nlp.add_pipe("newsfacts_quantities")
    if {"organizations", "facilities"} & set(types):
        nlp.add_pipe("newsfacts_organizations")
    if "facilities" in types:
        nlp.add_pipe("newsfacts_facilities")
    if "dates" in types:
        nlp.add_pipe("newsfacts_dates")
    return nlp


@dataclass(frozen=True)
class Article:
    """One input article. `reference_date` is the publication date given from outside (option or
    JSONL field); when None, the article's own dateline is used if it has one."""

    text: str
    source: str
    reference_date: str | None = None
    reference_date_source: str | None = None


class Extractor:
    """Turns articles into records. Build it once: loading the model is the expensive part."""

    def __init__(self, model: str = DEFAULT_MODEL, types: Iterable[str] = FACT_TYPES) -> None:
        self.types = tuple(t for t in FACT_TYPES if t in set(types))
        self.nlp = build_pipeline(model, self.types)

    def extract(
        self, text: str, source: str = "-", reference_date: str | None = None
    ) -> dict[str, Any]:
        source_kind = "option" if reference_date is not None else None
        return self.extract_article(Article(text, source, reference_date, source_kind))

    def extract_article(self, article: Article) -> dict[str, Any]:
        doc = self.nlp.make_doc(article.text)
        doc._.nf_reference_date = article.reference_date
        doc._.nf_reference_date_source = (
            article.reference_date_source if article.reference_date is not None else None
        )
        doc = self.nlp(doc)
        return doc_to_record(doc, article.source, self.types)

    def extract_many(self, articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
        """Records in input order; an article that fails gives an error record, not an exception."""
        for article in articles:
            try:
                yield self.extract_article(article)
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
                yield error_record(article.source, f"extraction failed: {exc}")
