"""What the benchmark scripts share: the `--shared` option and reading gold JSONL files.

Kept free of spaCy and of the peers' packages, so that every benchmark venv can import it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def parser(description: str) -> argparse.ArgumentParser:
    """An argument parser with `--shared` (the folder holding `eval/`) already added."""
    made = argparse.ArgumentParser(description=description)
    made.add_argument("--shared", default=str(REPO.parent / "shared"))
    return made


def eval_dir(args: argparse.Namespace) -> Path | None:
    """The gold folder named by `--shared`, or None after saying on stderr that it is missing."""
    found = Path(args.shared) / "eval"
    if not found.is_dir():
        print(f"no gold files in {found}", file=sys.stderr)
        return None
    return found


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
