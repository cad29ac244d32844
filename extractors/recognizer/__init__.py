"""The named-entity recognizer that newsfacts ships, and how it is put in a pipeline.

It is `fr_core_news_sm`'s own recognizer (same architecture, same labels: ORG, PER, LOC, MISC)
with its weights updated on the training part of WiNER's annotated French Wikinews, which teaches
it organizations as news names them: companies, ministries, courts, parties, clubs, media, and
products and events kept apart as MISC. `training/train_ner.py` rebuilds it; `training.json`,
written beside it, records the data's hash, the settings, the versions and each file's hash.

Credit: WiNER-fr (Y. Dupont), CC BY 4.0; French Wikinews, CC BY 2.5.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

NAME = "newsfacts"  # the model name that selects it (`--model newsfacts`, the default)
BASE = "fr_core_news_sm"  # the pipeline whose tokenizer it reads and whose recognizer it replaces
HERE = Path(__file__).resolve().parent
WEIGHTS = HERE / "ner"


def training_record() -> dict[str, Any]:
    """What `training/train_ner.py` recorded when it wrote the shipped weights."""
    record: dict[str, Any] = json.loads((HERE / "training.json").read_text(encoding="utf-8"))
    return record


def install(nlp: Language) -> None:
    """Replace the weights of `nlp`'s recognizer, loaded from BASE, with the shipped ones."""
    ner: Any = nlp.get_pipe("ner")
    ner.from_disk(WEIGHTS, exclude=["vocab"])
