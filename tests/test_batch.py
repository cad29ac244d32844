"""Batch runs: directories, lists of paths, saved web pages, worker processes, bad inputs survived.

Articles are short French texts written for these tests. Every CLI run reuses the session's loaded
model (conftest.shared_cli_extractor); with --jobs 2 the workers are forked from this process and
inherit it.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path
from typing import Any

import pytest
from helpers import jsonl_records, run, write_tree
from newsfacts.cli import inputs
from newsfacts.cli.batch import resolve_jobs
from newsfacts.extractors import pipeline
from newsfacts.extractors.article import Article
from typer.testing import CliRunner

GOOD = {
    "a_port.txt": "La région Bretagne a débloqué 12 millions d'euros le 3 mars 2025 pour le port.",
    "b_usine.md": "PARIS, 4 avril 2025 (AFP) - Le groupe Vérano investit 80 millions d'euros à Lyon.",
    "c_budget.txt": "Le conseil départemental a voté un budget de 450 millions d'euros en 2024.",
    "sous/d_eolien.txt": "Le parc éolien de 62 éoliennes coûtera 1,2 milliard d'euros.",
    "sous/e_metro.txt": "La métropole a signé un contrat de 30 millions d'euros avec la société Kelmio.",
}
JSONL_GOOD = [
    '{"id": "depeche-1", "text": "La ville a versé 5 000 € au club le 2 mai.", "date": "2024-06"}',
    '{"id": "depeche-3", "text": "Le musée a reçu 2 millions d\'euros de l\'État."}',
]
HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-03-14T10:00:00+01:00">
<title>Le port de Brest</title></head><body><nav>Accueil | Régions | Économie</nav>
<article><h1>Le port de Brest s'agrandit</h1>
<p>La région Bretagne a débloqué 12 millions d'euros mardi pour agrandir le port de Brest, a
indiqué sa présidente lors d'une conférence de presse organisée sur les quais.</p>
<p>Les travaux commenceront en janvier prochain et dureront deux ans, selon le calendrier
présenté aux élus du conseil régional.</p></article>
<footer>Mentions légales</footer></body></html>"""


@pytest.fixture(autouse=True)
def _fast_cli(shared_cli_extractor: object) -> None:
    """Every CLI test reuses the session's pipeline."""


@pytest.fixture
def mixed(tmp_path: Path) -> dict[str, Any]:
    """A folder of good articles among every kind of bad input the batch must survive."""
    folder = tmp_path / "articles"
    write_tree(folder, dict(GOOD))
    write_tree(
        folder,
        {
            "binaire.txt": bytes(range(256)) * 40,
            "vide.txt": "",
            "ligne.txt": "mot " * 1_300_000,  # one line of 5.2 MB
            "lot.jsonl": "\n".join([JSONL_GOOD[0], "{pas du JSON", JSONL_GOOD[1]]) + "\n",
            "disparu.txt": "Ce fichier disparaît pendant le traitement.",
            "page.html": HTML_PAGE,
            "notes.pdf": b"%PDF-1.4 not an article",  # not matching the globs: not an input
        },
    )
    with open(folder / "enorme.txt", "wb") as handle:  # 50 MB, sparse: cheap to make
        handle.truncate(50_000_000)
    os.symlink(folder / "nulle-part.txt", folder / "lien-casse.txt")
    empty_dir = tmp_path / "rien"
    (empty_dir / "sous").mkdir(parents=True)
    (empty_dir / "image.png").write_bytes(b"\x89PNG")
    return {"folder": folder, "empty_dir": empty_dir}


def _vanishing(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Delete `path` as soon as the first article is extracted: after the folder was listed,
    before the file is read, as when another program removes it mid-run."""
    make = pipeline.Extractor

    def factory(*args: Any, **kwargs: Any) -> Any:
        real = make(*args, **kwargs)

        class Vanishing:
            types = real.types

            def extract_article(self, article: Article) -> dict[str, Any]:
                if path.exists():
                    path.unlink()
                return real.extract_article(article)

        return Vanishing()

    monkeypatch.setattr(pipeline, "Extractor", factory)


def test_mixed_folder_nothing_lost(
    runner: CliRunner, mixed: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, empty_dir = mixed["folder"], mixed["empty_dir"]
    _vanishing(folder / "disparu.txt", monkeypatch)
    result = run(runner, ["extract", str(folder), str(empty_dir), "--types", "money,dates", "-q"])
    assert result.exit_code == 1
    records = jsonl_records(result.stdout)
    by_source = {r["source"]: r for r in records}
    assert len(by_source) == len(records)

    # Every good article is there, extracted.
    for name in GOOD:
        record = by_source[str(folder / name)]
        assert record["ok"] is True, record
        assert record["money"], name
    for source in ("depeche-1", "depeche-3", str(folder / "page.html")):
        assert by_source[source]["ok"] is True
        assert by_source[source]["money"]

    # Every bad input has its error record and its stderr line.
    bad = {
        str(folder / "binaire.txt"): "binary",
        str(folder / "vide.txt"): "empty",
        str(folder / "ligne.txt"): "too long",
        str(folder / "enorme.txt"): "too large",
        str(folder / "lot.jsonl") + ":2": "not valid JSON",
        str(folder / "disparu.txt"): "no such file",
        str(folder / "lien-casse.txt"): "broken symbolic link",
        str(empty_dir): "no files matching",
    }
    for source, reason in bad.items():
        record = by_source[source]
        assert record["ok"] is False
        assert reason in record["error"], record
    stderr = result.stderr.splitlines()
    assert sorted(stderr) == sorted(f"newsfacts: {s}: {by_source[s]['error']}" for s in bad)
    assert len(records) == len(GOOD) + 3 + len(bad)
    assert str(folder / "notes.pdf") not in by_source

    # Sorted order, depth first; the folder's records before the empty directory's.
    sources = [r["source"] for r in records]
    assert sources.index(str(folder / "a_port.txt")) < sources.index(str(folder / "b_usine.md"))
    assert sources.index(str(folder / "page.html")) < sources.index(
        str(folder / "sous/d_eolien.txt")
    )
    assert sources[-1] == str(empty_dir)


def test_jobs_2_gives_the_same_records_in_the_same_order(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    many = {
        f"{i:02d}_{name.replace('/', '_')}": text for i in range(4) for name, text in GOOD.items()
    }
    write_tree(folder, {**many, "vide.txt": "", "page.html": HTML_PAGE})
    one = run(runner, ["extract", str(folder), "-q"])
    two = run(runner, ["extract", str(folder), "-q", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1
    assert jsonl_records(two.stdout) == jsonl_records(one.stdout)
    assert len(jsonl_records(two.stdout)) == len(many) + 2
    assert two.stderr == one.stderr


@pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(),
    reason="the test's killing extractor reaches the workers only by fork",
)
def test_a_worker_that_dies_costs_only_its_article(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed mid-article (out of memory, a crash in native code): the articles in flight
    with it are done again in a fresh pool, and only the one that kills is reported."""
    names = [f"{i:02d}.txt" for i in range(10)]
    write_tree(tmp_path, {name: GOOD["a_port.txt"] for name in names})
    killer = str(tmp_path / "04.txt")
    make = pipeline.Extractor

    def factory(*args: Any, **kwargs: Any) -> Any:
        real = make(*args, **kwargs)

        class Killing:
            model, types, compile_cache = real.model, real.types, real.compile_cache

            def extract_article(self, article: Article) -> dict[str, Any]:
                if article.source == killer:
                    os._exit(3)  # only ever runs in a forked worker
                return real.extract_article(article)

        return Killing()

    monkeypatch.setattr(pipeline, "Extractor", factory)
    result = run(runner, ["extract", str(tmp_path), "--jobs", "2", "-q", "--types", "money"])
    assert result.exit_code == 1
    records = jsonl_records(result.stdout)
    assert [r["source"] for r in records] == [str(tmp_path / name) for name in names]
    assert [r["source"] for r in records if not r["ok"]] == [killer]
    assert "worker process died" in records[4]["error"]
    assert result.stderr.splitlines() == [f"newsfacts: {killer}: {records[4]['error']}"]


def test_html_page_text_and_publication_date(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "port.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    result = run(runner, ["extract", str(page), "--types", "money,dates"])
    assert result.exit_code == 0, result.stderr
    [record] = jsonl_records(result.stdout)
    assert (record["reference_date"], record["reference_date_source"]) == ("2025-03-14", "metadata")
    assert [m["value"] for m in record["money"]] == [12_000_000.0]
    assert "2026-01" in [d["value"] for d in record["dates"]]  # janvier prochain


def test_html_page_without_article(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "vide.html"
    page.write_text("<html><head><title></title></head><body></body></html>", encoding="utf-8")
    result = run(runner, ["extract", str(page)])
    assert result.exit_code == 1
    [record] = jsonl_records(result.stdout)
    assert "no article text" in record["error"]


def test_globs_choose_files(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": GOOD["a_port.txt"], "b.md": GOOD["b_usine.md"], "c.text": "x"})
    result = run(runner, ["extract", str(tmp_path), "--glob", "*.md", "--glob", "*.text", "-q"])
    assert [Path(r["source"]).name for r in jsonl_records(result.stdout)] == ["b.md", "c.text"]


def test_symlinked_directories_are_not_followed(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path / "vrai", {"a.txt": GOOD["a_port.txt"]})
    write_tree(tmp_path / "lot", {"b.txt": GOOD["c_budget.txt"]})
    os.symlink(tmp_path / "vrai", tmp_path / "lot" / "raccourci")
    os.symlink(tmp_path / "lot", tmp_path / "lot" / "boucle")
    result = run(runner, ["extract", str(tmp_path / "lot")])
    assert result.exit_code == 0
    assert [r["source"] for r in jsonl_records(result.stdout)] == [str(tmp_path / "lot" / "b.txt")]


@pytest.mark.parametrize("null", [False, True])
def test_files_from(runner: CliRunner, tmp_path: Path, null: bool) -> None:
    write_tree(tmp_path, {"a.txt": GOOD["a_port.txt"], "b.txt": GOOD["c_budget.txt"]})
    names = [str(tmp_path / "b.txt"), str(tmp_path / "absent.txt"), str(tmp_path / "a.txt")]
    listing = ("\0".join(names) + "\0") if null else ("\n".join(names) + "\n")
    args = ["extract", "--files-from", "-", "-q", *(["-0"] if null else [])]
    result = run(runner, args, input=listing)
    assert result.exit_code == 1
    assert [r["source"] for r in jsonl_records(result.stdout)] == names
    assert result.stderr == f"newsfacts: {names[1]}: no such file\n"


def test_files_from_missing_list_is_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, ["extract", "--files-from", str(tmp_path / "liste.txt")])
    assert result.exit_code == 2
    assert "liste.txt" in result.stderr


def test_fail_fast_stops_at_the_first_failure(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": GOOD["a_port.txt"], "b.txt": "", "c.txt": GOOD["c_budget.txt"]})
    result = run(runner, ["extract", str(tmp_path), "--fail-fast", "-q"])
    assert result.exit_code == 1
    assert [r["ok"] for r in jsonl_records(result.stdout)] == [True, False]
    assert "--fail-fast" in result.stderr


def test_ctrl_c_flushes_what_is_done_and_exits_130(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(tmp_path, {"a.txt": GOOD["a_port.txt"], "b.txt": GOOD["c_budget.txt"]})
    make = pipeline.Extractor

    def factory(*args: Any, **kwargs: Any) -> Any:
        real = make(*args, **kwargs)

        class Interrupted:
            types = real.types
            calls = 0

            def extract_article(self, article: Article) -> dict[str, Any]:
                self.calls += 1
                if self.calls == 2:
                    raise KeyboardInterrupt
                return real.extract_article(article)

        return Interrupted()

    monkeypatch.setattr(pipeline, "Extractor", factory)
    result = run(runner, ["extract", str(tmp_path)])
    assert result.exit_code == 130
    assert [r["source"] for r in jsonl_records(result.stdout)] == [str(tmp_path / "a.txt")]
    assert "interrupted" in result.stderr


def test_summary_line(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": GOOD["a_port.txt"], "b.txt": GOOD["c_budget.txt"], "c.txt": ""})
    result = run(runner, ["extract", str(tmp_path), "--types", "money"])
    summary = result.stderr.splitlines()[-1]
    assert summary.startswith("newsfacts: 3 articles, 1 failed, in ")
    assert summary.endswith("facts: money 2")
    quiet = run(runner, ["extract", str(tmp_path), "--types", "money", "--quiet"])
    assert quiet.stderr.splitlines() == result.stderr.splitlines()[:-1]


def test_no_progress_bar_when_stderr_is_not_a_terminal(runner: CliRunner, tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": GOOD["a_port.txt"], "b.txt": GOOD["c_budget.txt"]})
    result = run(runner, ["extract", str(tmp_path), "-q"])
    assert result.stderr == ""


def test_progress_bar_keeps_records_on_stdout(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfacts.cli import app as app_module

    monkeypatch.setattr(app_module, "_stderr_is_terminal", lambda: True)
    write_tree(tmp_path, {"a.txt": GOOD["a_port.txt"], "b.txt": GOOD["c_budget.txt"], "c.txt": ""})
    result = run(runner, ["extract", str(tmp_path), "--types", "money"])
    assert result.exit_code == 1
    assert [r["ok"] for r in jsonl_records(result.stdout)] == [True, True, False]
    assert f"newsfacts: {tmp_path / 'c.txt'}: empty input" in result.stderr


def test_bom_and_encoding_option(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD["a_port.txt"].encode())
    result = run(runner, ["extract", str(tmp_path / "bom.txt"), "--types", "money"])
    [record] = jsonl_records(result.stdout)
    assert record["money"][0]["start"] == GOOD["a_port.txt"].index("12 millions")
    (tmp_path / "cp.txt").write_bytes("Le département a reçu 3 millions d'euros.".encode("cp1252"))
    failed = run(runner, ["extract", str(tmp_path / "cp.txt")])
    assert failed.exit_code == 1 and "--encoding" in failed.stderr
    result = run(runner, ["extract", str(tmp_path / "cp.txt"), "--encoding", "cp1252"])
    assert result.exit_code == 0


def test_walk_is_sorted_depth_first(tmp_path: Path) -> None:
    write_tree(
        tmp_path, {"b.txt": "x", "a/z.txt": "x", "a/b/y.txt": "x", "c.md": "x", "d.csv": "x"}
    )
    found = [os.path.relpath(p, tmp_path) for p in inputs.walk(str(tmp_path), inputs.DEFAULT_GLOBS)]
    assert found == ["a/b/y.txt", "a/z.txt", "b.txt", "c.md"]


def test_jsonl_lines_are_read_one_at_a_time(tmp_path: Path) -> None:
    """A JSONL batch is never held whole in memory: its articles come as its lines are read."""
    path = tmp_path / "lot.jsonl"
    path.write_text("\n".join(JSONL_GOOD) + "\n", encoding="utf-8")
    items = inputs.read_one(str(path))
    first = next(items)
    assert isinstance(first, pipeline.Article) and first.source == "depeche-1"
    with open(path, "a", encoding="utf-8") as handle:  # appended after reading began
        handle.write('{"id": "tard", "text": "Un dernier article de 4 €."}\n')
    assert [item.source for item in items] == ["depeche-3", "tard"]


def test_jobs_zero_is_every_core() -> None:
    assert resolve_jobs(0) >= 1
    assert resolve_jobs(3) == 3
