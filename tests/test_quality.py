"""Quality gate: F1 per fact type on each gold file stays at or above its pinned floor.

The samples' annotations are part of the repository and always run. The gold files in
`../shared/eval` (beside the clone, or where NEWSFACTS_SHARED points) measure the product too; a
clone without them skips those cases, and the session's summary says in capitals that they did not
run (NEWSFACTS_REQUIRE_SHARED=1 turns the skips into failures).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import REPO, SHARED, GoldRuns, skip_without_shared
from newsfacts.extractors.evaluate import EVAL_TYPES, TypeScore, score_document

FLOORS = json.loads((REPO / "tests" / "quality_floors.json").read_text(encoding="utf-8"))
CASES = [(name, types) for name, types in FLOORS.items() if not name.startswith("_")]


def _gold_path(name: str) -> Path:
    if name.startswith("shared/"):
        return SHARED / name.removeprefix("shared/")
    return REPO / name


def _scores(path: Path, gold_runs: GoldRuns, types: list[str]) -> dict[str, TypeScore]:
    scores: dict[str, TypeScore] = {t: TypeScore() for t in types}
    for document, record in gold_runs(path):
        score_document(document, record, scores, types)
    return scores


@pytest.mark.parametrize(("name", "floors"), CASES, ids=[name for name, _ in CASES])
def test_f1_stays_above_its_floor(name: str, floors: dict[str, float], gold_runs: GoldRuns) -> None:
    path = _gold_path(name)
    skip_without_shared(path)
    scores = _scores(path, gold_runs, list(floors))
    below = {}
    for fact_type, floor in floors.items():
        f1 = scores[fact_type].f1
        if f1 is None or f1 < floor:
            below[fact_type] = (f1, floor)
    assert not below, f"F1 below its floor on {name}: {below} (measured F1, floor)"


def test_floors_are_scores_not_placeholders() -> None:
    for name, floors in CASES:
        assert floors, name
        for fact_type, floor in floors.items():
            assert fact_type in EVAL_TYPES, fact_type
            assert 0.5 <= floor <= 1.0, (name, fact_type, floor)
