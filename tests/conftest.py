"""Shared fixtures: one statistical pipeline per session, a CLI runner, the sample paths."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SAMPLES, SEED_ARTICLE, SHARED_MISSING, GoldRuns, skip_without_shared
from newsfacts.extractors import pipeline
from newsfacts.extractors.pipeline import DEFAULT_MODEL, Extractor
from newsfacts.extractors.record import FACT_TYPES
from typer.testing import CliRunner


@pytest.fixture(scope="session", autouse=True)
def private_compile_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No test writes the tokenizer's compiled expression under the user's home: the command
    line's cache folder is a fresh one for the session, which subprocesses inherit too."""
    folder = tmp_path_factory.mktemp("compile-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSFACTS_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def sample_articles(samples_dir: Path) -> list[Path]:
    return sorted(samples_dir.glob("*.txt"))


@pytest.fixture(scope="session")
def sample_annotations(samples_dir: Path) -> Path:
    return samples_dir / "annotations.jsonl"


@pytest.fixture(scope="session")
def seed_article() -> Path:
    skip_without_shared(SEED_ARTICLE)
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The default pipeline with every fact type; loading the model takes about two seconds."""
    return Extractor()


@pytest.fixture(scope="session")
def gold_runs(extractor: Extractor) -> GoldRuns:
    return GoldRuns(extractor)


@pytest.fixture(scope="session")
def runner() -> CliRunner:
    # Click >= 8.2 (vendored by this Typer) always keeps stderr apart: result.stdout and
    # result.stderr hold each stream, result.output both interleaved. `mix_stderr` no longer exists.
    return CliRunner()


class _SharedExtractors:
    """Stands in for `Extractor` inside the CLI so that every command reuses the session's loaded
    model instead of loading it again (each load costs two seconds).

    Pipelines that need the model share the full pipeline's `nlp`: it holds every component, and
    the record only reports the requested types. Pipelines without the model are cheap and built
    for real, and other model names go through the real constructor (so a missing model still
    raises)."""

    def __init__(self, full: Extractor) -> None:
        self.full = full
        self.cache: dict[tuple[str, ...], Extractor] = {FACT_TYPES: full}

    def __call__(
        self,
        model: str = DEFAULT_MODEL,
        types: Iterable[str] = FACT_TYPES,
        compile_cache: Path | None = None,
    ) -> Extractor:
        wanted = tuple(t for t in FACT_TYPES if t in set(types))
        if model != DEFAULT_MODEL:
            return _REAL_EXTRACTOR(model=model, types=wanted, compile_cache=compile_cache)
        if wanted not in self.cache:
            if {"organizations", "facilities"} & set(wanted):
                shared = copy.copy(self.full)
                shared.types = wanted
                shared.spans = {t: self.full.spans[t] for t in wanted}
                self.cache[wanted] = shared
            else:
                self.cache[wanted] = _REAL_EXTRACTOR(model=model, types=wanted)
        return self.cache[wanted]


_REAL_EXTRACTOR = Extractor


@pytest.fixture(scope="session")
def shared_extractors(extractor: Extractor) -> _SharedExtractors:
    return _SharedExtractors(extractor)


@pytest.fixture
def shared_cli_extractor(
    shared_extractors: _SharedExtractors, monkeypatch: pytest.MonkeyPatch
) -> _SharedExtractors:
    """For the duration of one test, the CLI builds its extractors from the session's pipeline."""
    monkeypatch.setattr(pipeline, "Extractor", shared_extractors)
    return shared_extractors


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """A quality gate that cannot run must not pass unnoticed: list the shared-gold skips."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if SHARED_MISSING in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.write_sep("!", f"{len(skipped)} GOLD CHECKS DID NOT RUN", red=True)
        terminalreporter.write_line(
            "The gold files of ../shared are missing: only samples/ was measured. Point "
            "NEWSFACTS_SHARED at them, or set NEWSFACTS_REQUIRE_SHARED=1 to fail instead.",
            red=True,
        )
