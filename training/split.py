"""The fixed split of WiNER's visible articles: a training part and a development part.

An article goes to the development part when the first byte of the SHA-256 of its id, modulo 5,
is 0 (about a fifth); the rest is for training. The split depends on nothing but the ids, so it
is the same on every machine and for every later version of the data: decisions are taken on the
development part, which no model is trained on, and on the other visible files.

`eval/modern-visible.jsonl` (40 articles) is halved the same way (`is_modern_dev`: 20 articles, 31
of its 69 facilities) for the rules written from its misses.

    python training/split.py [--shared ../shared]     # prints the sizes of both parts
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
WINER = "eval/winer-visible.jsonl"


def is_dev(article_id: str) -> bool:
    return hashlib.sha256(article_id.encode("utf-8")).digest()[0] % 5 == 0


def is_modern_dev(article_id: str) -> bool:
    """modern-visible's development half: the first byte of the id's SHA-256 is even. Rules are
    written from the misses of the other half and kept only when this one does not drop."""
    return hashlib.sha256(article_id.encode("utf-8")).digest()[0] % 2 == 0


def load(shared: Path) -> list[dict[str, Any]]:
    path = shared / WINER
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def split(articles: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(training part, development part), each in file order."""
    train = [a for a in articles if not is_dev(a["id"])]
    dev = [a for a in articles if is_dev(a["id"])]
    return train, dev


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    train, dev = split(load(args.shared))
    for name, part in (("train", train), ("dev", dev)):
        orgs = sum(e["label"] == "Organization" for a in part for e in a["entities"])
        print(f"{name}: {len(part)} articles, {orgs} organization mentions")


if __name__ == "__main__":
    main()
