"""Score extraction records against gold-annotated documents.

The gold format and the matching rules are those of the newsfacts gold files (one JSON document per
line with `text`, `reference_date`, `gold` and `complete`):

- money: same currency (when the gold has one) and value within 0.5 %; a null-valued gold amount
  matches a null-valued extraction whose span overlaps it. A range extraction may match a gold
  item on either bound (gold files annotate "52,14 à 117 euros" as two amounts).
- dates: the extracted value equals the gold value or one of its `alternatives`.
- organizations: names equal after folding case, accents, punctuation and legal words, or equal to
  an alias (on either side).
- facilities: at least half of the distinctive words of the gold name appear in the extracted
  name; capacity (watts) within 0.5 %, counted separately as capacity recall.
- deals: the same kind, and the extracted amount's span overlaps the gold deal's `money_span`;
  on a matched pair, each of actor, target, date and hedged is judged (actor and target as
  organization names, or a facility's distinctive words; an actor among the gold's co_actors is
  right; a null is right only against a null), counted as the share of roles right. The deals of
  a document are complete when its money is (they are annotated per amount).

Matching is one-to-one and greedy in text order, preferring candidates whose span overlaps the
gold span. Precision counts only documents whose `complete` lists the type; recall counts every
gold item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .text import fold

EVAL_TYPES = ("money", "dates", "organizations", "facilities", "deals")
# The roles of a matched deal that are judged one by one.
DEAL_ROLES = ("actor", "target", "date", "hedged")
TOLERANCE = 0.005

_LEGAL_WORDS = {
    "groupe",
    "group",
    "sa",
    "sas",
    "sarl",
    "se",
    "inc",
    "corp",
    "corporation",
    "ltd",
    "limited",
    "llc",
    "plc",
    "gmbh",
    "ag",
    "nv",
    "bv",
    "spa",
    "co",
    "cie",
    "compagnie",
    "societe",
    "le",
    "la",
    "les",
    "l",
    "the",
}
_GENERIC_FACILITY_WORDS = {
    "projet",
    "centrale",
    "usine",
    "site",
    "parc",
    "ferme",
    "barrage",
    "aeroport",
    "raffinerie",
    "mine",
    "reacteur",
    "reacteurs",
    "terminal",
    "port",
    "data",
    "center",
    "centre",
    "donnees",
    "eolien",
    "eolienne",
    "solaire",
    "photovoltaique",
    "nucleaire",
    "hydroelectrique",
    "hydraulique",
    "thermique",
    "gigafactory",
    "complexe",
    "station",
    "amenagement",
    "international",
    "internationale",
    "de",
    "du",
    "des",
    "d",
    "la",
    "le",
    "les",
    "l",
    "en",
    "mer",
    "a",
    "au",
    "aux",
    "et",
}


def org_key(name: str) -> str:
    return " ".join(w for w in fold(name).split() if w not in _LEGAL_WORDS)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * abs(b) if b else a == b


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _gold_span(item: dict[str, Any], text: str, used: set[int]) -> tuple[int, int] | None:
    """The gold item's span, or where its text first occurs (seed gold has no spans)."""
    if item.get("span"):
        return (item["span"][0], item["span"][1])
    needle = item.get("text")
    if not needle:
        return None
    start = text.find(needle)
    while start >= 0 and start in used:
        start = text.find(needle, start + 1)
    if start < 0:
        return None
    used.add(start)
    return (start, start + len(needle))


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    gold: int = 0
    predicted: int = 0  # predictions in documents where the type is complete
    capacity_gold: int = 0
    capacity_hit: int = 0
    roles_judged: int = 0
    roles_right: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_hits: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp_complete / self.predicted if self.predicted else None

    tp_complete: int = 0

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "true_positives": self.tp,
            "false_positives": self.fp,
            "false_negatives": self.fn,
            "gold": self.gold,
        }
        if self.capacity_gold:
            out["capacity_recall"] = self.capacity_hit / self.capacity_gold
            out["capacity_gold"] = self.capacity_gold
        if self.roles_judged:
            out["roles_right"] = self.roles_right / self.roles_judged
            out["roles_judged"] = self.roles_judged
        return out


def _money_matches(gold: dict[str, Any], gspan: Any, pred: dict[str, Any], slot: str) -> bool:
    if gold.get("value") is None:
        return (
            slot == "value"
            and pred.get("value") is None
            and _overlap(gspan, (pred["start"], pred["end"]))
        )
    value = pred.get(slot)
    if value is None:
        return False
    if gold.get("currency") and gold["currency"] != pred.get("currency"):
        return False
    return _close(float(value), float(gold["value"]))


def _date_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    accepted = {gold.get("value"), *(gold.get("alternatives") or [])}
    return pred.get("value") is not None and pred["value"] in accepted


def _org_names(item: dict[str, Any]) -> set[str]:
    names = {org_key(item["name"]), *(org_key(a) for a in item.get("aliases") or [])}
    names.discard("")
    return names


def _distinctive(name: str) -> list[str]:
    return [w for w in fold(name).split() if w not in _GENERIC_FACILITY_WORDS]


def _facility_matches(gold: dict[str, Any], pred: dict[str, Any]) -> float:
    """How well an extracted facility name matches the gold one: 0 for no match, else the share
    of the gold name's distinctive words found (so that "Chooz B" prefers "Chooz B" over
    "Chooz A" when both are candidates)."""
    pred_words = set(fold(pred["name"]).split())
    best = 0.0
    for name in [gold["name"], *(gold.get("aliases") or [])]:
        words = _distinctive(name)
        if not words:
            if fold(name) == fold(pred["name"]):
                best = max(best, 1.0)
            continue
        found = sum(w in pred_words for w in words)
        if found * 2 >= len(words):
            best = max(best, found / len(words))
    return best


def _deal_matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    amount = pred.get("amount") or {}
    span = gold.get("money_span")
    return (
        gold.get("kind") == pred.get("kind")
        and span is not None
        and "start" in amount
        and _overlap((span[0], span[1]), (amount["start"], amount["end"]))
    )


def _name_right(gold: str | None, predicted: str | None, also: Iterable[str] = ()) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    keys = {org_key(gold), *(org_key(a) for a in also)}
    if org_key(predicted) in keys:
        return True
    return _facility_matches({"name": gold}, {"name": predicted}) > 0


def deal_roles_right(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool]:
    """For a matched pair, whether each role of DEAL_ROLES is right."""
    return {
        "actor": _name_right(gold.get("actor"), pred.get("actor"), gold.get("co_actors") or ()),
        "target": _name_right(gold.get("target"), pred.get("target")),
        "date": gold.get("date") == pred.get("date"),
        "hedged": bool(gold.get("hedged")) == bool(pred.get("hedged")),
    }


def _greedy(
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    matches: Callable[[int, dict[str, Any], str], float],
    slots: Callable[[dict[str, Any]], tuple[str, ...]],
    spans: list[tuple[int, int] | None],
) -> tuple[list[int | None], set[int]]:
    """For each gold item, the index of the prediction it matched (or None), and the set of
    predictions used. Among a gold item's candidates, one whose span overlaps it wins, then the
    best match (`matches` returns 0 for none, higher for better), then the first."""
    used: set[tuple[int, str]] = set()
    assignment: list[int | None] = []
    for g_index in range(len(golds)):
        candidates = []
        for p_index, pred in enumerate(preds):
            for slot in slots(pred):
                if (p_index, slot) in used:
                    continue
                quality = float(matches(g_index, pred, slot))
                if quality <= 0:
                    continue
                pspan = (pred["start"], pred["end"]) if "start" in pred else None
                overlap = _overlap(spans[g_index], pspan)
                candidates.append((not overlap, -quality, p_index, slot))
        if candidates:
            _, _, p_index, slot = min(candidates)
            used.add((p_index, slot))
            assignment.append(p_index)
        else:
            assignment.append(None)
    return assignment, {p for p, _ in used}


def _match(
    fact_type: str,
    golds: list[dict[str, Any]],
    preds: list[dict[str, Any]],
    spans: list[tuple[int, int] | None],
) -> tuple[list[int | None], set[int]]:
    """One-to-one matching of one document's gold items and predictions of one type."""
    if fact_type == "money":
        return _greedy(
            golds,
            preds,
            lambda g, p, slot: _money_matches(golds[g], spans[g], p, slot),
            lambda p: ("value", "value_max") if p.get("value_max") is not None else ("value",),
            spans,
        )
    if fact_type == "dates":
        return _greedy(
            golds, preds, lambda g, p, _s: _date_matches(golds[g], p), lambda p: ("value",), spans
        )
    if fact_type == "deals":
        return _greedy(
            golds,
            preds,
            lambda g, p, _s: _deal_matches(golds[g], p),
            lambda p: ("value",),
            spans,
        )
    if fact_type == "organizations":
        return _greedy(
            golds,
            preds,
            lambda g, p, _s: bool(_org_names(golds[g]) & _org_names(p)),
            lambda p: ("value",),
            [None] * len(golds),
        )
    return _greedy(
        golds,
        preds,
        lambda g, p, _s: _facility_matches(golds[g], p),
        lambda p: ("value",),
        [None] * len(golds),
    )


def score_document(
    document: dict[str, Any],
    record: dict[str, Any],
    scores: dict[str, TypeScore],
    types: Iterable[str] = EVAL_TYPES,
) -> None:
    """Add one document's counts to `scores` (one TypeScore per type)."""
    text = document["text"]
    complete = set(document.get("complete") or [])
    doc_id = document.get("id", "?")
    for fact_type in types:
        golds = list((document.get("gold") or {}).get(fact_type) or [])
        preds = list(record.get(fact_type) or [])
        score = scores.setdefault(fact_type, TypeScore())
        used_starts: set[int] = set()
        if fact_type == "deals":
            spans = [tuple(g["money_span"]) if g.get("money_span") else None for g in golds]
            preds = [{**p, "start": p["amount"]["start"], "end": p["amount"]["end"]} for p in preds]
        else:
            spans = [_gold_span(g, text, used_starts) for g in golds]
        assignment, used = _match(fact_type, golds, preds, spans)
        if fact_type == "facilities":
            for gold, p_index in zip(golds, assignment, strict=True):
                if gold.get("capacity_watts") is None:
                    continue
                score.capacity_gold += 1
                if p_index is None:
                    continue
                watts = (preds[p_index].get("capacity") or {}).get("watts")
                accepted = [
                    gold["capacity_watts"],
                    *([gold["alt_capacity_watts"]] if gold.get("alt_capacity_watts") else []),
                ]
                if watts is not None and any(_close(watts, a) for a in accepted):
                    score.capacity_hit += 1
        if fact_type == "deals":
            for gold, p_index in zip(golds, assignment, strict=True):
                if p_index is not None:
                    right = deal_roles_right(gold, preds[p_index])
                    score.roles_judged += len(right)
                    score.roles_right += sum(right.values())
        score.gold += len(golds)
        hits = sum(a is not None for a in assignment)
        score.tp += hits
        score.fn += len(golds) - hits
        for gold, p_index in zip(golds, assignment, strict=True):
            if p_index is None:
                score.misses.append({"id": doc_id, "gold": gold})
        annotated_deals = fact_type == "deals" and "deals" in (document.get("gold") or {})
        if fact_type in complete or (annotated_deals and "money" in complete):
            score.predicted += len(preds)
            score.tp_complete += len(used)
            score.fp += len(preds) - len(used)
            for p_index, pred in enumerate(preds):
                if p_index not in used:
                    score.false_hits.append({"id": doc_id, "predicted": pred})


def entity_record(entities: Iterable[tuple[str, int, int, str]]) -> dict[str, Any]:
    """A record of a bare recognizer's organizations, the baseline a user would write: the
    (label, start, end, text) entities labelled ORG, one organization per distinct text."""
    orgs: dict[str, dict[str, Any]] = {}
    for label, start, end, text in entities:
        if label == "ORG":
            org = orgs.setdefault(text, {"name": text, "aliases": [], "mentions": []})
            org["mentions"].append({"text": text, "start": start, "end": end})
    return {"organizations": list(orgs.values())}


def article_of(document: dict[str, Any]) -> Article:
    """The article of a gold document: its text, its id as source, its reference date."""
    ref = document.get("reference_date")
    return Article(document["text"], document.get("id", "?"), ref, "input" if ref else None)


def score_records(
    documents: Iterable[dict[str, Any]], records: Iterable[dict[str, Any]], types: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """Score records against their gold documents, in order: {type: TypeScore.as_dict()}."""
    types = list(types)
    scores: dict[str, TypeScore] = {t: TypeScore() for t in types}
    for document, record in zip(documents, records, strict=True):
        score_document(document, record, scores, types)
    return {t: s.as_dict() for t, s in scores.items()}


# ---------------------------------------------------------------------------------------------
# Organizations on WiNER's annotations (../shared/eval/WINER.md)
# ---------------------------------------------------------------------------------------------

_LEADING_ARTICLE = re.compile(r"^(?:les?|la|l) ")


def _winer_key(text: str) -> str:
    """A name folded as WiNER's scoring folds it: case, accents, punctuation, a leading article."""
    return _LEADING_ARTICLE.sub("", fold(text))


@dataclass
class WinerScore:
    """Recall on the distinct gold organizations of each article; typed precision on the
    extracted organizations that WiNER judges (a mention on a gold organization is right, every
    mention on an entity of another label is wrong, anything else is unjudged)."""

    gold: int = 0
    found: int = 0
    right: int = 0
    wrong: int = 0
    unjudged: int = 0
    articles: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_hits: list[dict[str, Any]] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        judged = self.right + self.wrong
        return self.right / judged if judged else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "recall": self.recall,
            "typed_precision": self.precision,
            "f1": self.f1,
            "articles": self.articles,
            "gold": self.gold,
            "found": self.found,
            "right": self.right,
            "wrong": self.wrong,
            "unjudged": self.unjudged,
        }

    def add(self, document: dict[str, Any], record: dict[str, Any]) -> None:
        """One article: `document` in WiNER's line format, `record` what was extracted."""
        entities = document.get("entities") or []
        golds = [e for e in entities if e["label"] == "Organization"]
        if not golds:
            return  # as WINER.md counts: articles with an organization
        self.articles += 1
        others = [tuple(e["span"]) for e in entities if e["label"] != "Organization"]
        gold_spans = [tuple(g["span"]) for g in golds]
        extracted = record.get("organizations") or []
        by_key: dict[str, list[tuple[int, int]]] = {}
        for gold in golds:
            by_key.setdefault(_winer_key(gold["text"]), []).append(tuple(gold["span"]))
        for key, spans in by_key.items():
            self.gold += 1
            if any(_winer_finds(org, key, spans) for org in extracted):
                self.found += 1
            else:
                self.misses.append({"id": document.get("id"), "gold": key})
        for org in extracted:
            mentions = [(m["start"], m["end"]) for m in org["mentions"]]
            if any(_overlap(m, g) for m in mentions for g in gold_spans):
                self.right += 1
            elif mentions and all(any(_overlap(m, o) for o in others) for m in mentions):
                self.wrong += 1
                self.false_hits.append({"id": document.get("id"), "predicted": org["name"]})
            else:
                self.unjudged += 1


def _winer_finds(org: dict[str, Any], key: str, spans: list[tuple[int, int]]) -> bool:
    names = [org["name"], *org.get("aliases", []), *(m["text"] for m in org["mentions"])]
    if any(_winer_key(name) == key for name in names):
        return True
    return any(_overlap((m["start"], m["end"]), s) for m in org["mentions"] for s in spans)
