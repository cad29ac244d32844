"""Golden records of the sample articles: `python tests/golden.py` rewrites them.

Rewrite them only after checking the difference by hand (`git diff samples/expected`): a golden
file is the record we stand behind for that article, not a snapshot to refresh blindly.
"""

from __future__ import annotations

import json
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
EXPECTED = SAMPLES / "expected"


def sample_paths() -> list[Path]:
    return sorted(SAMPLES.glob("*.txt"))


def expected_path(sample: Path) -> Path:
    return EXPECTED / f"{sample.stem}.json"


def source_of(sample: Path) -> str:
    return f"samples/{sample.name}"


def main() -> None:
    from newsfacts.extractors.pipeline import Extractor

    extractor = Extractor()
    EXPECTED.mkdir(exist_ok=True)
    for sample in sample_paths():
        record = extractor.extract(sample.read_text(encoding="utf-8"), source=source_of(sample))
        text = json.dumps(record, ensure_ascii=False, indent=2) + "\n"
        expected_path(sample).write_text(text, encoding="utf-8")
        print(f"wrote {expected_path(sample).relative_to(REPO)}")


if __name__ == "__main__":
    main()
