"""`newsfacts extract` on Parquet files: one article per row, columns named by options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import jsonl_records, run
from typer.testing import CliRunner

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _write(path: Path, columns: dict[str, list[object]], rows_per_group: int = 2) -> Path:
    pq.write_table(pa.table(columns), path, row_group_size=rows_per_group)
    return path


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "batch.parquet",
        {
            "doc": ["a1", "a2", None, "a4"],
            "body": [
                "Le groupe Brevia a levé 5 millions d'euros mardi.",
                "",
                "La mairie de Valmont versera 2 millions d'euros.",
                None,
            ],
            "published": ["2025-03-20", None, None, None],
        },
    )


def test_one_record_per_row_in_order(runner: CliRunner, batch: Path) -> None:
    args = ["extract", str(batch), "--text-column", "body", "--id-column", "doc"]
    result = run(runner, [*args, "--date-column", "published", "--types", "money,dates", "-q"])
    records = jsonl_records(result.stdout)
    assert [r["source"] for r in records] == ["a1", "a2", f"{batch}:3", f"{batch}:4"]
    assert [r["ok"] for r in records] == [True, False, True, False]
    assert result.exit_code == 1  # some rows failed; the others are still printed
    assert records[0]["money"][0]["value"] == 5e6
    assert records[0]["dates"][0]["value"] == "2025-03-18"  # mardi before 2025-03-20
    assert records[1]["error"] == "the text column is empty in this row: no text to read"
    assert records[3]["error"] == "row has no 'body' value"


def test_a_missing_text_column_is_one_clear_error(runner: CliRunner, batch: Path) -> None:
    result = run(runner, ["extract", str(batch), "-q"])
    [record] = jsonl_records(result.stdout)
    assert result.exit_code == 1
    assert record["error"] == "no 'text' column (columns: doc, body, published); see --text-column"


def test_a_file_that_is_no_parquet(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.parquet"
    bad.write_text("not columns at all", encoding="utf-8")
    result = run(runner, ["extract", str(bad)])
    [record] = jsonl_records(result.stdout)
    assert result.exit_code == 1 and record["error"].startswith("not a Parquet file")
    assert "newsfacts: " in result.stderr


def test_a_folder_reads_parquet_and_skips_a_previous_output(
    runner: CliRunner, tmp_path: Path
) -> None:
    from newsfacts.extractors.batches import extract_batch

    articles = _write(tmp_path / "in.parquet", {"text": ["Brevia a levé 3 millions d'euros."]})
    facts = extract_batch(pq.read_table(articles), id=None, types=("money",))
    pq.write_table(pa.Table.from_batches([facts]), tmp_path / "out.parquet")
    result = run(runner, ["extract", str(tmp_path), "--types", "money"])
    [record] = jsonl_records(result.stdout)
    assert record["source"] == f"{articles}:1" and record["money"][0]["value"] == 3e6
    assert "out.parquet: skipped" in result.stderr


def test_without_pyarrow_the_error_says_what_to_install(
    batch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from newsfacts.cli import inputs

    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)  # import fails as if not installed
    [item] = inputs.read_one(str(batch))
    assert isinstance(item, inputs.InputError)
    assert item.message == "reading Parquet needs pyarrow: pip install 'newsfacts[parquet]'"


def test_output_parquet_holds_the_records_stdout_gives(
    runner: CliRunner, batch: Path, tmp_path: Path
) -> None:
    args = ["extract", str(batch), "--text-column", "body", "--id-column", "doc", "-q"]
    args += ["--date-column", "published", "--types", "money,dates"]
    printed = jsonl_records(run(runner, args).stdout)
    out = tmp_path / "facts.parquet"
    result = run(runner, [*args, "--output", str(out)])
    assert result.exit_code == 1 and result.stdout == ""
    table = pq.read_table(out)
    assert table.column("id").to_pylist() == [r["source"] for r in printed]
    assert [json.loads(r) for r in table.column("record").to_pylist()] == printed
    assert table.column("money").to_pylist()[0][0]["value"] == 5e6


def test_output_of_another_name_is_json_lines(
    runner: CliRunner, batch: Path, tmp_path: Path
) -> None:
    out = tmp_path / "facts.jsonl"
    args = ["extract", str(batch), "--text-column", "body", "--types", "money", "-q"]
    result = run(runner, [*args, "-o", str(out)])
    assert result.stdout == ""
    records = jsonl_records(out.read_text(encoding="utf-8"))
    assert [r["ok"] for r in records] == [True, False, True, False]


def test_an_output_that_cannot_be_written_is_a_usage_error(runner: CliRunner, batch: Path) -> None:
    result = run(runner, ["extract", str(batch), "-o", "/nonexistent-folder/facts.parquet"])
    assert result.exit_code == 2
    assert "cannot write --output /nonexistent-folder/facts.parquet" in result.stderr


@pytest.mark.parametrize("name", ["facts.jsonl", "facts.parquet"])
def test_a_usage_error_leaves_the_output_file_as_it_was(
    runner: CliRunner, batch: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / name
    out.write_bytes(b"an earlier run's records\n")
    missing = tmp_path / "no-such-list.txt"
    for mistake in (["--files-from", str(missing)], ["--model", "no_such_pipeline_here"]):
        result = run(runner, ["extract", str(batch), "-o", str(out), *mistake])
        assert result.exit_code == 2
        assert out.read_bytes() == b"an earlier run's records\n"
    # and an output the run would have created is not left behind, empty
    fresh = tmp_path / f"new-{name}"
    result = run(runner, ["extract", str(batch), "-o", str(fresh), "--files-from", str(missing)])
    assert result.exit_code == 2 and not fresh.exists()
