"""Quality gate: F1 per fact type on each gold file stays at or above its pinned floor.

The samples' annotations are part of the repository and always run. The gold files in
`../shared/eval` (beside the clone, or where NEWSFACTS_SHARED points) measure the product too; a
clone without them skips those cases and says why.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO, SHARED
from newsfacts.extractors.evaluate import TypeScore, score_document
from newsfacts.extractors.pipeline import Article, Extractor

FLOORS = json.loads((REPO / "tests" / "quality_floors.json").read_text(encoding="utf-8"))
CASES = [(name, types) for name, types in FLOORS.items() if not name.startswith("_")]


def _gold_path(name: str) -> Path:
    if name.startswith("shared/"):
        return SHARED / name.removeprefix("shared/")
    return REPO / name


def _scores(path: Path, extractor: Extractor, types: list[str]) -> dict[str, TypeScore]:
    scores: dict[str, TypeScore] = {t: TypeScore() for t in types}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        document = json.loads(line)
        ref = document.get("reference_date")
        article = Article(document["text"], document.get("id", "?"), ref, "input" if ref else None)
        score_document(document, extractor.extract_article(article), scores, types)
    return scores


@pytest.mark.parametrize(("name", "floors"), CASES, ids=[name for name, _ in CASES])
def test_f1_stays_above_its_floor(
    name: str, floors: dict[str, float], extractor: Extractor
) -> None:
    path = _gold_path(name)
    if not path.is_file():
        pytest.skip(f"{path} is not on this machine: the shared gold files live beside the clone")
    scores = _scores(path, extractor, list(floors))
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
            assert fact_type in ("money", "dates", "organizations", "facilities"), fact_type
            assert 0.5 <= floor <= 1.0, (name, fact_type, floor)
