"""The fact types and the components each needs, in one table; the pipeline built from it.

Only the statistical components the facts need are loaded: the named-entity recognizer (it has
its own token-to-vector layer in the French pipelines) for organizations and facility locations.
Money, quantities and dates are rules over the text and need no model at all.

Each component's factory declares what it reads and writes (`requires=` / `assigns=`), and
`build_pipeline` checks the pipeline it builds against those declarations: a component placed
before one it reads fails the build, and at run time a component that finds its input missing
raises instead of writing less. This module imports spaCy only when a pipeline is built, so that
the command line can read the table before it loads anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import recognizer
from .article import Article, ReferenceDateSource
from .record import FACT_TYPES, doc_to_record

if TYPE_CHECKING:
    from spacy.language import Language

# The default: fr_core_news_md with the recognizer newsfacts ships (see recognizer/).
DEFAULT_MODEL = recognizer.NAME


@dataclass(frozen=True)
class FactPipeline:
    """How one fact type is computed."""

    components: tuple[str, ...]  # the components it needs, in pipeline order; the last writes it
    entities: bool  # whether it reads the statistical model's named entities

    @property
    def writer(self) -> str:
        return self.components[-1]


# The dateline comes first everywhere: the record's reference date is read from it.
FACTS: dict[str, FactPipeline] = {
    "money": FactPipeline(("newsfacts_dateline", "newsfacts_money"), entities=False),
    "organizations": FactPipeline(("newsfacts_dateline", "newsfacts_organizations"), entities=True),
    "facilities": FactPipeline(
        ("newsfacts_dateline", "newsfacts_organizations", "newsfacts_facilities"), entities=True
    ),
    "dates": FactPipeline(("newsfacts_dateline", "newsfacts_dates"), entities=False),
    "quantities": FactPipeline(("newsfacts_dateline", "newsfacts_quantities"), entities=False),
    # A deal links an amount to the organizations, facilities and dates of its sentence.
    "deals": FactPipeline(
        (
            "newsfacts_dateline",
            "newsfacts_money",
            "newsfacts_organizations",
            "newsfacts_facilities",
            "newsfacts_dates",
            "newsfacts_deals",
        ),
        entities=True,
    ),
}
assert tuple(FACTS) == FACT_TYPES, "every fact list of the record has its pipeline"

# Components of the French pipelines that no fact needs.
_UNNEEDED = ["parser", "lemmatizer", "attribute_ruler", "morphologizer", "senter", "tagger"]


class ModelNotFoundError(RuntimeError):
    """The requested spaCy pipeline is not installed, or has no named-entity recognizer."""


class PipelineError(RuntimeError):
    """A component would run before a component whose output it reads."""


def components_for(types: Iterable[str]) -> tuple[str, ...]:
    """The components that the fact `types` need, each once, in an order that keeps every fact
    type's own order (so every component comes after those it reads)."""
    ordered: list[str] = []
    for fact_type in FACT_TYPES:
        if fact_type in set(types):
            ordered += [c for c in FACTS[fact_type].components if c not in ordered]
    return tuple(ordered)


def needs_model(types: Iterable[str]) -> bool:
    """Whether any of `types` reads the statistical model's named entities."""
    return any(FACTS[t].entities for t in types)


def register_components() -> None:
    """Import the component modules, which registers their factories with spaCy."""
    from .dates import component as _dates  # noqa: F401
    from .deals import component as _deals  # noqa: F401
    from .facilities import component as _facilities  # noqa: F401
    from .money import component as _money  # noqa: F401
    from .organizations import component as _organizations  # noqa: F401
    from .quantities import component as _quantities  # noqa: F401


def check_pipeline(nlp: Language) -> None:
    """Raise PipelineError when a component requires what no component before it assigns."""
    analysis: dict[str, Any] = nlp.analyze_pipes()  # type: ignore[assignment]
    problems = {name: missing for name, missing in analysis["problems"].items() if missing}
    if problems:
        details = "; ".join(
            f"{name} needs {', '.join(missing)}" for name, missing in problems.items()
        )
        raise PipelineError(f"components out of order: {details}")


def _load_model(model: str, compile_cache: Path | None) -> Language:
    import spacy

    from .compile_cache import cached_compiles

    package = recognizer.HOST if model == recognizer.NAME else model
    try:
        # Loading the French pipeline compiles its tokenizer's 1.4-million-character
        # expression: kept on disk between runs when the caller gives a cache (compile_cache).
        with cached_compiles(compile_cache):
            nlp = spacy.load(package, exclude=_UNNEEDED)
    except OSError as exc:
        raise ModelNotFoundError(
            f"spaCy pipeline {package!r} is not installed (pip install it, e.g. "
            f"'pip install {package.replace('_', '-')}')"
        ) from exc
    if model == recognizer.NAME:
        try:
            recognizer.install(nlp, compile_cache)
        except ModuleNotFoundError as exc:
            raise ModelNotFoundError(
                f"spaCy pipeline {recognizer.BASE!r}, whose word vectors the default model reads, "
                f"is not installed (pip install {recognizer.BASE.replace('_', '-')})"
            ) from exc
    tok2vec: Any = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
    if tok2vec is not None and not tok2vec.listening_components:
        nlp.remove_pipe("tok2vec")
    if "ner" not in nlp.pipe_names:
        raise ModelNotFoundError(f"spaCy pipeline {model!r} has no named-entity recognizer")
    return nlp


def build_pipeline(
    model: str = DEFAULT_MODEL,
    types: Iterable[str] = FACT_TYPES,
    compile_cache: Path | None = None,
) -> Language:
    """A pipeline that writes the requested fact types. `model` is DEFAULT_MODEL or an installed spaCy
    pipeline's package name or path; it is loaded only when a requested type needs named entities.
    `compile_cache` is a folder where the tokenizer's compiled expression may be kept between
    runs (see compile_cache); None compiles it as usual."""
    import spacy

    from .bounded import BoundedTokenizer
    from .compile_cache import cached_compiles

    types = tuple(types)
    register_components()
    if needs_model(types):
        nlp = _load_model(model, compile_cache)
    else:
        # The French language data compiles the same expression: the cache serves it too.
        with cached_compiles(compile_cache):
            nlp = spacy.blank("fr")
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    for name in components_for(types):
        nlp.add_pipe(name)
    check_pipeline(nlp)
    from .prefilter import warm

    warm(compile_cache)  # the rules' prefilter words, kept next to the compiled programs
    return nlp


def fact_spans(nlp: Language, types: Iterable[str]) -> dict[str, tuple[str, str]]:
    """For each fact type, the span group and the span extension that its component writes."""
    spans = {}
    for fact_type in types:
        writer: Any = nlp.get_pipe(FACTS[fact_type].writer)
        spans[fact_type] = (writer.spans_key, writer.extension)
    return spans


class Extractor:
    """Turns articles into records. Build it once: loading the model is the expensive part."""

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        types: Iterable[str] = FACT_TYPES,
        compile_cache: Path | None = None,
    ) -> None:
        self.model = model
        self.types = tuple(t for t in FACT_TYPES if t in set(types))
        self.compile_cache = compile_cache
        self.nlp = build_pipeline(model, self.types, compile_cache)
        self.spans = fact_spans(self.nlp, self.types)
        from .bounded import recognize_in_windows

        self._in_windows = recognize_in_windows

    def extract(
        self, text: str, source: str = "-", reference_date: str | None = None
    ) -> dict[str, Any]:
        source_kind: ReferenceDateSource | None = "option" if reference_date is not None else None
        return self.extract_article(Article(text, source, reference_date, source_kind))

    def extract_article(self, article: Article) -> dict[str, Any]:
        doc = self.nlp.make_doc(article.text)
        doc._.nf_reference_date = article.reference_date
        doc._.nf_reference_date_source = (
            article.reference_date_source if article.reference_date is not None else None
        )
        for name, component in self.nlp.pipeline:
            # The model sees bounded windows of a long text; the rules see the whole of it.
            doc = self._in_windows(component, doc) if name == "ner" else component(doc)
        return doc_to_record(doc, article.source, self.types, self.spans)
