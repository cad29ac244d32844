"""The command line against what real users and hostile input do: its output stays valid and
inert, it ends as a Unix tool should (a reader gone, SIGTERM), and it says the right thing about
a bad option or a bad gold file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from helpers import jsonl_records, run
from typer.testing import CliRunner

NEWSFACTS = [sys.executable, "-m", "newsfacts.cli"]
ARTICLE = "Le 3 mars 2025, la région Bretagne a versé 12 millions d'euros au port de Brest."
OTHER = "PARIS, 4 avril 2025 (AFP) - Le groupe Vérano investit 80 millions d'euros à Lyon."


def _folder(tmp_path: Path, count: int = 2) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(count):
        (folder / f"{i:03d}.txt").write_text(ARTICLE if i % 2 else OTHER, encoding="utf-8")
    return folder


# ---------------------------------------------------------------------------------------------
# Output that stays valid
# ---------------------------------------------------------------------------------------------


def test_json_over_several_inputs_is_one_array(runner: CliRunner, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 3)
    result = run(runner, ["extract", str(folder), "--format", "json", "--types", "money", "-q"])
    records = json.loads(result.stdout)
    assert [r["source"] for r in records] == [str(p) for p in sorted(folder.iterdir())]


def test_a_lone_surrogate_in_an_id_is_written_as_an_escape(
    runner: CliRunner, tmp_path: Path
) -> None:
    batch = tmp_path / "lot.jsonl"
    batch.write_text(
        '{"id": "\\ud800x", "text": "Un don de 5 000 euros."}\n'
        + json.dumps({"id": "b", "text": ARTICLE})
        + "\n",
        encoding="utf-8",
    )
    result = run(runner, ["extract", str(batch), "--types", "money", "-q"])
    raw = result.stdout_bytes
    raw.decode("utf-8")  # valid UTF-8, whatever the ids held
    first, second = jsonl_records(result.stdout)
    assert first["source"] == "\ud800x" and first["money"][0]["value"] == 5000.0
    assert second["source"] == "b"


def test_an_undecodable_file_name_gives_valid_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "noms"
    folder.mkdir()
    name = os.fsdecode(b"d\xe9p\xeache.txt")  # Latin-1 bytes, not UTF-8
    (folder / name).write_text(ARTICLE, encoding="utf-8")
    done = subprocess.run(
        [*NEWSFACTS, "extract", str(folder), "--types", "money", "-q"],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    [record] = [json.loads(line) for line in done.stdout.decode("utf-8").splitlines()]
    assert os.fsencode(record["source"]) == os.fsencode(str(folder / name))


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_escape_sequences_in_names_are_shown_inert(
    runner: CliRunner, tmp_path: Path, fmt: str
) -> None:
    hostile = tmp_path / "a\x1b[2Jb\x1b]0;pwned\x07.txt"
    hostile.write_text("", encoding="utf-8")  # empty: an error line names it too
    result = run(runner, ["extract", str(hostile), "--format", fmt, "-q"])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "a\\x1b[2Jb\\x1b]0;pwned\\x07.txt" in result.stderr
    if fmt == "table":
        assert "\x1b" not in result.stdout and "\\x1b[2J" in result.stdout


# ---------------------------------------------------------------------------------------------
# How a run ends
# ---------------------------------------------------------------------------------------------


def test_writing_the_output_into_the_folder_read_ends(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 2)
    with open(folder / "facts.jsonl", "w", encoding="utf-8") as out:
        done = subprocess.run(
            [*NEWSFACTS, "extract", ".", "--types", "money"],
            cwd=folder,
            stdout=out,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    records = [json.loads(x) for x in (folder / "facts.jsonl").read_text("utf-8").splitlines()]
    assert len(records) == 2
    assert "facts.jsonl: skipped: it is the file the output is being written to" in done.stderr


@pytest.mark.parametrize("fmt", ["table", "jsonl"])
def test_a_reader_that_stops_early_ends_the_run_the_same_way(tmp_path: Path, fmt: str) -> None:
    folder = _folder(tmp_path, 6)
    command = " ".join([*NEWSFACTS, "extract", str(folder), "--types", "money", "-f", fmt])
    done = subprocess.run(
        ["bash", "-c", f"{command} 2>stderr.txt | head -1 >/dev/null; echo ${{PIPESTATUS[0]}}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.stdout.strip() == "0"
    summary = (tmp_path / "stderr.txt").read_text("utf-8").splitlines()
    # the summary of what was done, as at the end of any batch
    assert summary and summary[-1].startswith("newsfacts: ") and " failed, in " in summary[-1]


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(c) for c in (task / "children").read_text().split()}
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_sigterm_stops_the_workers_and_keeps_what_is_done(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 60)
    process = subprocess.Popen(
        [*NEWSFACTS, "extract", str(folder), "--jobs", "2", "--types", "money"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    first = process.stdout.readline()  # the pool is at work
    workers = _children(process.pid)
    assert workers
    process.send_signal(signal.SIGTERM)
    rest, stderr = process.communicate(timeout=60)
    assert process.returncode == 143
    assert "newsfacts: terminated" in stderr
    assert all(json.loads(line)["ok"] for line in [first, *rest.splitlines()])
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()]


# ---------------------------------------------------------------------------------------------
# Options
# ---------------------------------------------------------------------------------------------


def test_an_unknown_encoding_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(runner, ["extract", str(path), "--encoding", "bogus"])
    assert result.exit_code == 2
    assert "unknown encoding 'bogus'" in result.stderr and result.stdout == ""


def test_an_unknown_model_is_a_usage_error_even_when_unused(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = run(runner, ["extract", str(path), "--model", "bogus", "--types", "money"])
    assert result.exit_code == 2
    assert "'bogus' is not installed" in result.stderr


def test_a_model_the_types_do_not_use_is_said_to_be_unused(
    runner: CliRunner, tmp_path: Path
) -> None:
    import spacy

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    model = str(spacy.util.get_package_path("fr_core_news_sm"))
    result = run(runner, ["extract", str(path), "--model", model, "--types", "money"])
    assert result.exit_code == 0
    assert "is not used: none of the requested types needs named entities" in result.stderr


def test_help_reads_as_words_not_python_types(runner: CliRunner) -> None:
    for command in ("extract", "eval"):
        text = run(runner, [command, "--help"]).stdout
        assert "<list[str]>" not in text and "<int range>" not in text and "{" not in text
    extract = run(runner, ["extract", "--help"]).stdout
    assert "[PATH]..." in extract and "--jobs N" in extract
    assert "GOLD" in run(runner, ["eval", "--help"]).stdout


def test_the_progress_bar_counts_the_articles_of_one_jsonl_file(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfacts.cli import app as app_module
    from newsfacts.cli import render

    seen: dict[str, Any] = {"updates": []}

    class Recorder:
        def __init__(self, total: int) -> None:
            seen["total"] = total

        def __enter__(self) -> Recorder:
            return self

        def __exit__(self, *exc_info: object) -> None:
            pass

        def update(self, *, articles: int, failed: int) -> None:
            seen["updates"].append(articles)

    monkeypatch.setattr(app_module, "_stderr_is_terminal", lambda: True)
    monkeypatch.setattr(render, "BatchProgress", Recorder)
    batch = tmp_path / "lot.jsonl"
    batch.write_text(
        "".join(json.dumps({"id": str(i), "text": ARTICLE}) + "\n" for i in range(25)), "utf-8"
    )
    result = run(runner, ["extract", str(batch), "--types", "money"])
    assert len(jsonl_records(result.stdout)) == 25
    assert seen["total"] == 25 and seen["updates"] == list(range(1, 26))


# ---------------------------------------------------------------------------------------------
# eval on a bad gold file
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('{"id": "a", "gold": {}}', "needs a 'text' string"),
        ('[{"text": "x"}]', "a gold document is a JSON object"),
        ('{"text": "x", "gold": {"money": {"value": 1}}}', "'gold.money' must be a list"),
        ('{"text": "x", "gold": {"organizations": [{"nom": "X"}]}}', "needs a 'name' string"),
        ('{"text": "x", "gold": [], "complete": []}', "'gold' must be an object"),
        ('{"text": "x", "complete": "money"}', "'complete' must be a list"),
    ],
)
def test_a_bad_gold_document_is_a_usage_error(
    runner: CliRunner, tmp_path: Path, line: str, says: str
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"text": "Un don de 5 euros.", "gold": {"money": []}}\n' + line + "\n")
    result = run(runner, ["eval", str(gold), "--types", "money"])
    assert result.exit_code == 2
    assert f"{gold}:2: " in result.stderr and says in result.stderr


def test_an_empty_gold_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    gold = tmp_path / "vide.jsonl"
    gold.write_text("\n\n", encoding="utf-8")
    result = run(runner, ["eval", str(gold)])
    assert result.exit_code == 2
    assert "no gold document" in result.stderr


# ---------------------------------------------------------------------------------------------
# The table speaks French
# ---------------------------------------------------------------------------------------------


def test_the_table_is_french_and_a_quantity_is_a_fact(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Le parc éolien de Kerlan, d'une puissance de 48 MW, vend à 60 euros le mégawattheure "
        "depuis le 3 mars 2025.",
        encoding="utf-8",
    )
    table = run(runner, ["extract", str(path), "-f", "table"]).stdout
    assert "parc éolien" in table and "/MWh" in table and "jour" in table
    assert "wind farm" not in table and " day" not in table
    only = run(runner, ["extract", str(path), "-f", "table", "--types", "quantities"]).stdout
    assert "Quantités" in only and "aucun fait trouvé" not in only


def test_every_kind_and_unit_price_has_its_french_label() -> None:
    from typing import get_args

    from newsfacts.cli.render import KINDS_FR, PER_FR
    from newsfacts.extractors.money import patterns as money
    from newsfacts.extractors.record import FacilityKind

    assert set(KINDS_FR) == set(get_args(FacilityKind))
    assert {unit for _, unit in money.PER_UNITS} <= set(PER_FR)
