"""Helpers that several test files share (this module holds no tests)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import spacy
from newsfacts.cli.app import app
from newsfacts.extractors.evaluate import article_of
from newsfacts.extractors.pipeline import (
    Extractor,
    components_for,
    fact_spans,
    register_components,
)
from newsfacts.extractors.record import doc_to_record
from spacy.language import Language
from spacy.tokens import Doc
from typer.testing import CliRunner, Result

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHARED = Path(os.environ.get("NEWSFACTS_SHARED", REPO.parent / "shared"))
SEED_ARTICLE = SHARED / "seeds" / "000_0999cc94012f8671.txt"


# Tests that need the gold files beside the clone skip with this reason when they are missing, and
# the session's summary says so in capitals (conftest.py); NEWSFACTS_REQUIRE_SHARED=1 makes the
# absence a failure instead, for a machine that is meant to have them.
SHARED_MISSING = "SHARED GOLD MISSING"


def skip_without_shared(path: Path) -> None:
    """Skip (loudly) or fail when `path`, a file of the shared gold folder, is not here."""
    if path.exists():
        return
    message = f"{SHARED_MISSING}: {path} is not on this machine (set NEWSFACTS_SHARED)"
    if os.environ.get("NEWSFACTS_REQUIRE_SHARED"):
        pytest.fail(message)
    pytest.skip(message)


def rule_pipeline(*types: str) -> Language:
    """`spacy.blank("fr")` with the components that `types` need, as pipeline.FACTS lists them:
    the rules alone, without the statistical model."""
    register_components()
    nlp = spacy.blank("fr")
    for name in components_for(types):
        nlp.add_pipe(name)
    return nlp


def record_of(nlp: Language, doc: Doc, *types: str, source: str = "test") -> dict[str, Any]:
    """The record of a Doc processed by `nlp`, for `types` (default: every type it computes)."""
    if not types:
        types = tuple(t for t, spans in _writers(nlp).items() if spans)
    return doc_to_record(doc, source, types, fact_spans(nlp, types))


def _writers(nlp: Language) -> dict[str, bool]:
    from newsfacts.extractors.pipeline import FACTS

    return {t: p.writer in nlp.pipe_names for t, p in FACTS.items()}


class GoldRuns:
    """Records of gold files, each extracted once per session and shared by the tests that read
    them (the quality floors, the schema check)."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor
        self._runs: dict[Path, list[tuple[dict[str, Any], dict[str, Any]]]] = {}

    def __call__(self, path: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """(gold document, record) for each line of the gold file at `path`."""
        if path not in self._runs:
            runs = []
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                document = json.loads(line)
                runs.append((document, self.extractor.extract_article(article_of(document))))
            self._runs[path] = runs
        return self._runs[path]


def run(runner: CliRunner, args: list[str], **kwargs: Any) -> Result:
    """Invoke the app; whatever happens, no traceback reaches the user."""
    result = runner.invoke(app, args, **kwargs)
    assert "Traceback" not in result.output
    assert "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def json_documents(text: str) -> list[dict[str, Any]]:
    """The records in `text`: one JSON array of them (--format json), or one a line."""
    decoder = json.JSONDecoder()
    documents: list[dict[str, Any]] = []
    index = 0
    while True:
        while index < len(text) and text[index].isspace():
            index += 1
        if index >= len(text):
            return documents
        document, index = decoder.raw_decode(text, index)
        documents += document if isinstance(document, list) else [document]


def jsonl_records(text: str) -> list[dict[str, Any]]:
    lines = text.splitlines()
    assert all(line.strip() for line in lines), "blank line in JSONL output"
    return [json.loads(line) for line in lines]


def write_tree(folder: Path, files: dict[str, str | bytes]) -> None:
    """Write `files` ({relative path: text or bytes}) under `folder`, making subfolders."""
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
