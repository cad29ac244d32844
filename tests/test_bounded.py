"""Hostile text in bounded time and memory (extractors/bounded.py): long runs tokenized in pieces
with the text kept, the entity recognizer on windows with the entities put back in place."""

from __future__ import annotations

import pytest
import spacy
from newsfacts.extractors import bounded
from newsfacts.extractors.bounded import BoundedTokenizer, recognize_in_windows, windows
from newsfacts.extractors.pipeline import Extractor
from spacy.tokens import Doc, Span


@pytest.fixture(scope="module")
def tokenizer() -> BoundedTokenizer:
    return BoundedTokenizer(spacy.blank("fr").tokenizer)


@pytest.mark.parametrize(
    "text",
    [
        "Avant " + "(" * 1000 + " après 12 €.",
        "€€€€\n" * 300,
        "x" + "=" * 70 + "y  z\t" + "«" * 65,
        "https://exemple.invalid/" + "a/" * 40 + " fin",
    ],
)
def test_the_text_and_its_offsets_are_kept(tokenizer: BoundedTokenizer, text: str) -> None:
    doc = tokenizer(text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)


def test_a_long_run_is_tokenized_in_short_pieces(tokenizer: BoundedTokenizer) -> None:
    doc = tokenizer("Avant " + "1" * 1000 + " après")
    run = [t for t in doc if t.text.isdigit()]
    assert sum(len(t.text) for t in run) == 1000
    assert max(len(t.text) for t in run) == bounded.RUN_PIECE


def test_text_without_long_runs_is_tokenized_as_spacy_does(tokenizer: BoundedTokenizer) -> None:
    text = "Le groupe Vérano a versé 3 millions d'euros (soit +12 %) le 4 mars à l'État."
    plain = spacy.blank("fr").tokenizer(text)
    assert [(t.text, t.whitespace_) for t in tokenizer(text)] == [
        (t.text, t.whitespace_) for t in plain
    ]


def test_windows_cover_the_doc_and_end_where_the_text_breaks() -> None:
    paragraph = "Un mot de plus. " * 8 + "\n\n"  # 41 tokens: a blank line in every last fifth
    doc = spacy.blank("fr")(paragraph * 20)
    bounds = windows(doc, size=200)
    assert bounds[0][0] == 0 and bounds[-1][1] == len(doc)
    assert all(a[1] == b[0] for a, b in zip(bounds, bounds[1:], strict=False))
    assert all(0 < end - start <= 200 for start, end in bounds)
    assert all("\n\n" in doc[end - 1].text for _, end in bounds[:-1])


class _MarkNames:
    """Stands in for the model: every capitalised word but the first of a sentence is an ORG;
    counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, doc: Doc) -> Doc:
        self.calls += 1
        doc.ents = [
            Span(doc, t.i, t.i + 1, label="ORG")
            for t in doc
            if t.text[:1].isupper() and t.i > 0 and doc[t.i - 1].text != "."
        ]
        return doc


def test_entities_of_each_window_land_at_their_place() -> None:
    text = "Puis la société Vérano investit. " * 400 + "\n\n" + "1234 " * 3000
    doc = spacy.blank("fr")(text)
    assert len(doc) > bounded.MAX_NER_TOKENS
    model = _MarkNames()
    recognize_in_windows(model, doc)
    assert len(doc.ents) == 400
    assert {e.text for e in doc.ents} == {"Vérano"}
    assert all(text[e.start_char : e.end_char] == "Vérano" for e in doc.ents)
    # the last window holds digits only: the model is not run on it
    assert model.calls == len(windows(doc)) - 1


def test_a_short_doc_is_given_to_the_model_whole() -> None:
    doc = spacy.blank("fr")("Puis la société Vérano investit.")
    model = _MarkNames()
    recognize_in_windows(model, doc)
    assert model.calls == 1 and [e.text for e in doc.ents] == ["Vérano"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "1" * 100_000,
        "(" * 40_000,
        "€€€€\n" * 100_000,
        " ".join(f"Mot{i} Nom{i}" for i in range(10_000)),
    ],
    ids=["digits", "brackets", "euro-lines", "capitalised"],
)
def test_hostile_articles_give_a_record_and_nothing_from_noise(
    extractor: Extractor, text: str
) -> None:
    """The sizes that took minutes or gigabytes; their time and memory are measured by
    benchmarks/hostile.py, not here. (What the statistical model makes of capitalised words
    without a cue is its own affair: the rules add nothing to it.)"""
    record = extractor.extract(text)
    assert record["ok"] is True
    assert record["facilities"] == [] and record["quantities"] == []
    assert record["dates"] == [] and record["money"] == []
    if not text.startswith("Mot"):
        assert record["organizations"] == []
