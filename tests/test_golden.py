"""Each sample article gives exactly its golden record (samples/expected/NAME.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from golden import expected_path, sample_paths, source_of
from newsfacts.extractors.pipeline import Extractor

SAMPLES = sample_paths()


def test_there_are_samples_with_golden_records() -> None:
    assert len(SAMPLES) >= 6
    missing = [s.name for s in SAMPLES if not expected_path(s).is_file()]
    assert not missing, f"no golden record for {missing}; run python tests/golden.py and review"


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_sample_matches_its_golden_record(sample: Path, extractor: Extractor) -> None:
    expected = json.loads(expected_path(sample).read_text(encoding="utf-8"))
    record = extractor.extract(sample.read_text(encoding="utf-8"), source=source_of(sample))
    # Compare through JSON so that tuples, floats and ints compare as the output shows them.
    assert json.loads(json.dumps(record, ensure_ascii=False)) == expected
