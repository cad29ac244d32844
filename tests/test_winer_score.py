"""The organization score on WiNER's annotations (extractors/evaluate.py, WinerScore), as
../shared/eval/WINER.md defines it, on invented articles."""

from __future__ import annotations

from typing import Any

from newsfacts.extractors.evaluate import WinerScore

TEXT = "La société Vérano et la ville de Lorvan ont signé avec Kelmio. Ensuite, Vérano a payé."


def _entity(label: str, text: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return {"label": label, "span": [start, start + len(text)], "text": text}


def _org(name: str, *texts: str) -> dict[str, Any]:
    mentions = []
    for text in texts:
        start = TEXT.index(text)
        mentions.append({"text": text, "start": start, "end": start + len(text)})
    return {"name": name, "aliases": [], "mentions": mentions}


ARTICLE = {
    "id": "a",
    "text": TEXT,
    "entities": [
        _entity("Organization", "Vérano"),
        _entity("Organization", "Vérano", 1),  # one distinct organization, two spans
        _entity("Location", "Lorvan"),
        _entity("Organization", "Kelmio"),
    ],
}


def test_recall_counts_distinct_organizations_and_typed_precision_judges_each() -> None:
    score = WinerScore()
    score.add(ARTICLE, {"organizations": [_org("Vérano", "Vérano"), _org("Lorvan", "Lorvan")]})
    assert (score.gold, score.found) == (2, 1)  # Vérano found, Kelmio missed
    assert (score.right, score.wrong, score.unjudged) == (1, 1, 0)
    assert score.recall == 0.5 and score.precision == 0.5


def test_a_name_unannotated_by_winer_is_unjudged() -> None:
    score = WinerScore()
    score.add(ARTICLE, {"organizations": [_org("Ensuite", "Ensuite")]})
    assert (score.right, score.wrong, score.unjudged) == (0, 0, 1)
    assert score.precision is None


def test_a_gold_organization_is_found_by_its_folded_name_anywhere() -> None:
    score = WinerScore()
    record = {"organizations": [{"name": "VERANO", "aliases": [], "mentions": []}]}
    score.add(ARTICLE, record)
    assert score.found == 1


def test_articles_without_an_organization_are_not_counted() -> None:
    score = WinerScore()
    score.add({"id": "b", "text": "Rien.", "entities": []}, {"organizations": []})
    assert score.articles == 0 and score.gold == 0


def test_entity_record_keeps_org_entities_one_per_text() -> None:
    from newsfacts.extractors.evaluate import entity_record

    record = entity_record(
        [("ORG", 0, 6, "Brevia"), ("PER", 10, 20, "Lina Varga"), ("ORG", 30, 36, "Brevia")]
    )
    assert record == {
        "organizations": [
            {
                "name": "Brevia",
                "aliases": [],
                "mentions": [
                    {"text": "Brevia", "start": 0, "end": 6},
                    {"text": "Brevia", "start": 30, "end": 36},
                ],
            }
        ]
    }
