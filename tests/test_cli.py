"""The `newsfacts` command line, run in-process with typer.testing.CliRunner.

Articles are short French sentences written for these tests; each command reuses the session's
loaded model (see conftest.shared_cli_extractor).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import json_documents, jsonl_records, run
from newsfacts.extractors.record import SCHEMA_VERSION
from typer.testing import CliRunner

ARTICLE = (
    "Le groupe Vérano a investi 40 millions d'euros le 12 mars 2024 dans la start-up Kelmio, "
    "installée à Besançon."
)
DATELINE_ARTICLE = (
    "PARIS, 3 février 2025 (AFP) - Le 10 mars, la société Orvalis versera 15 millions d'euros "
    "à la commune."
)


@pytest.fixture(autouse=True)
def _fast_cli(shared_cli_extractor: object) -> None:
    """Every CLI test reuses the session's pipeline."""


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------------------------
# Help and version
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["extract"], ["eval"], ["schema"]])
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = run(runner, [*command, "--help"])
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
    assert result.stderr == ""


def test_main_help_lists_the_commands(runner: CliRunner) -> None:
    result = run(runner, ["--help"])
    assert "extract" in result.stdout
    assert "eval" in result.stdout


def test_extract_help_shows_examples(runner: CliRunner) -> None:
    result = run(runner, ["extract", "--help"])
    assert "Examples:" in result.stdout
    assert "newsfacts extract article.txt" in result.stdout
    assert "--files-from - -0" in result.stdout
    assert "--jobs 0" in result.stdout


def test_no_arguments_is_usage_help(runner: CliRunner) -> None:
    result = run(runner, [])
    assert result.exit_code == 2
    assert "Usage:" in result.stderr


def test_version(runner: CliRunner) -> None:
    result = run(runner, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.startswith("newsfacts ")
    assert len(result.stdout.splitlines()) == 1


# ---------------------------------------------------------------------------------------------
# Output formats
# ---------------------------------------------------------------------------------------------


def test_json_is_one_indented_array_in_utf8(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f'[\n  {{\n    "schema_version": {SCHEMA_VERSION},\n')
    assert isinstance(json.loads(result.stdout), list)
    assert "Vérano" in result.stdout
    assert "\\u00e9" not in result.stdout
    [record] = json_documents(result.stdout)
    assert record["ok"] is True
    assert record["source"] == str(article)
    assert [m["value"] for m in record["money"]] == [40_000_000.0]
    assert [o["name"] for o in record["organizations"]] == ["Vérano", "Kelmio"]
    assert [d["value"] for d in record["dates"]] == ["2024-03-12"]


def test_jsonl_is_one_compact_object_per_line(
    runner: CliRunner, article: Path, tmp_path: Path
) -> None:
    second = tmp_path / "second.txt"
    second.write_text(DATELINE_ARTICLE, encoding="utf-8")
    result = run(runner, ["extract", str(article), str(second), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    records = jsonl_records(result.stdout)
    for line, record in zip(lines, records, strict=True):
        assert line == json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    assert [r["source"] for r in records] == [str(article), str(second)]
    assert "é" in lines[0] and "\\u00e9" not in result.stdout


def test_auto_is_jsonl_when_not_a_terminal(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article)])
    assert result.exit_code == 0, result.stderr
    [record] = jsonl_records(result.stdout)
    assert record["ok"] is True
    assert "┃" not in result.stdout


def test_table_has_heading_and_tables_within_80_columns(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article), "--format", "table"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert str(article) in lines[0]  # the source is the heading rule
    assert "Montants" in result.stdout
    assert "Organisations" in result.stdout
    assert "40\u00a0M€" in result.stdout
    assert "Vérano" in result.stdout and "Kelmio" in result.stdout
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in result.stdout  # not a terminal: no colour codes


def test_table_stays_within_80_columns_for_long_names(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / (
        "un-nom-de-fichier-particulierement-long-pour-tester-la-largeur" * 2 + ".txt"
    )
    path.write_text(
        "La Commission nationale de régulation des infrastructures portuaires et fluviales "
        "(CNRIPF) a validé une enveloppe de 1 234 567 890 euros pour le groupe Vérano.",
        encoding="utf-8",
    )
    result = run(runner, ["extract", str(path), "-f", "table"], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    assert max(len(line) for line in result.stdout.splitlines()) <= 80


# ---------------------------------------------------------------------------------------------
# Inputs: stdin, JSONL batches, bad paths
# ---------------------------------------------------------------------------------------------


def test_stdin_dash(runner: CliRunner) -> None:
    result = run(runner, ["extract", "-", "--types", "money"], input=ARTICLE)
    assert result.exit_code == 0, result.stderr
    [record] = jsonl_records(result.stdout)
    assert record["source"] == "-"
    assert record["money"][0]["text"] == "40 millions d'euros"


def test_jsonl_input(runner: CliRunner, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        {
            "id": "depeche-1",
            "text": "Le 3 mars, la ville a versé 12 000 € au club.",
            "date": "2023-05-10",
        },
        {
            "id": "depeche-2",
            "text": "Le 3 mars, la région a versé 8 000 €.",
            "reference_date": "2021-04",
        },
        "{ceci n'est pas du JSON",
        {"id": "depeche-4", "titre": "Sans texte"},
        {"text": "Aucun identifiant : 5 000 € le 3 mars."},
    ]
    batch.write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
        + "\n\n",
        encoding="utf-8",
    )
    result = run(
        runner, ["extract", str(batch), "--input-format", "jsonl", "--types", "money,dates", "-q"]
    )
    assert result.exit_code == 1
    records = jsonl_records(result.stdout)
    assert [r["ok"] for r in records] == [True, True, False, False, True]
    first, second, bad, no_text, anonymous = records
    assert (first["source"], first["reference_date"], first["reference_date_source"]) == (
        "depeche-1",
        "2023-05-10",
        "input",
    )
    assert first["dates"][0]["value"] == "2023-03-03"
    assert (second["source"], second["reference_date"]) == ("depeche-2", "2021-04")
    assert second["dates"][0]["value"] == "2021-03-03"
    assert bad["source"] == f"{batch}:3"
    assert "JSON" in bad["error"]
    assert no_text["source"] == f"{batch}:4"
    assert "text" in no_text["error"]
    assert anonymous["source"] == f"{batch}:5"
    assert anonymous["reference_date"] is None
    assert anonymous["money"][0]["value"] == 5000.0
    # One stderr line per failed line, naming it.
    errors = result.stderr.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"newsfacts: {batch}:3: ")
    assert errors[1].startswith(f"newsfacts: {batch}:4: ")


def test_jsonl_input_ref_date_option_wins(runner: CliRunner, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps({"id": "x", "text": "Le 3 mars, rien.", "date": "2023-05-10"}) + "\n",
        encoding="utf-8",
    )
    args = ["extract", str(batch), "--input-format", "jsonl", "--types", "dates"]
    result = run(runner, [*args, "--ref-date", "2019"])
    [record] = jsonl_records(result.stdout)
    assert (record["reference_date"], record["reference_date_source"]) == ("2019", "option")


@pytest.fixture
def bad_inputs(tmp_path: Path, article: Path) -> dict[str, Path]:
    undecodable = tmp_path / "illisible.txt"
    undecodable.write_bytes(b"\xff\xfe\xfa")
    empty = tmp_path / "vide.txt"
    empty.write_text("", encoding="utf-8")
    directory = tmp_path / "dossier"
    directory.mkdir()
    last = tmp_path / "dernier.txt"
    last.write_text(DATELINE_ARTICLE, encoding="utf-8")
    return {
        "good": article,
        "missing": tmp_path / "absent.txt",
        "directory": directory,
        "undecodable": undecodable,
        "empty": empty,
        "last": last,
    }


BAD = ("missing", "directory", "undecodable", "empty")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_bad_inputs_fail_alone(runner: CliRunner, bad_inputs: dict[str, Path], fmt: str) -> None:
    paths = [str(bad_inputs[k]) for k in ("good", *BAD, "last")]
    result = run(runner, ["extract", *paths, "--format", fmt, "--types", "money", "--quiet"])
    assert result.exit_code == 1
    records = json_documents(result.stdout)
    assert [r["source"] for r in records] == paths
    assert [r["ok"] for r in records] == [True, False, False, False, False, True]
    assert records[-1]["money"][0]["value"] == 15_000_000.0
    errors = result.stderr.splitlines()
    assert len(errors) == len(BAD)
    for line, key, record in zip(errors, BAD, records[1:-1], strict=True):
        assert line == f"newsfacts: {bad_inputs[key]}: {record['error']}"
    assert "no such file" in records[1]["error"]
    assert "directory" in records[2]["error"]
    assert "0xff" in records[3]["error"] and "--encoding" in records[3]["error"]
    assert "empty" in records[4]["error"]


def test_bad_input_in_table_mode(runner: CliRunner, bad_inputs: dict[str, Path]) -> None:
    paths = [str(bad_inputs["missing"]), str(bad_inputs["good"])]
    result = run(runner, ["extract", *paths, "-f", "table", "--types", "money", "-q"])
    assert result.exit_code == 1
    assert result.stderr == f"newsfacts: {paths[0]}: no such file\n"
    assert "erreur : no such file" in result.stdout
    assert "Montants" in result.stdout  # the good input still comes out


def test_latin1_input_with_encoding_option(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("La région a débloqué 3 millions d'euros.".encode("latin-1"))
    assert run(runner, ["extract", str(path), "--types", "money"]).exit_code == 1
    result = run(runner, ["extract", str(path), "--types", "money", "--encoding", "latin-1"])
    assert result.exit_code == 0
    assert jsonl_records(result.stdout)[0]["money"][0]["value"] == 3_000_000.0


# ---------------------------------------------------------------------------------------------
# Options and usage errors
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "reason"), [("2025-13", "month"), ("nope", "nope"), ("2025-02-30", "day")]
)
def test_bad_ref_date_is_usage_error(
    runner: CliRunner, article: Path, value: str, reason: str
) -> None:
    result = run(runner, ["extract", str(article), "--ref-date", value])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--ref-date" in result.stderr
    assert reason in result.stderr
    assert "YYYY-MM-DD" in result.stderr


def test_bad_ref_date_hint_said_once(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article), "--ref-date", "nope"])
    assert result.stderr.count("YYYY-MM-DD") == 1


def test_types_money_only(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article), "--types", "money", "-f", "json"])
    assert result.exit_code == 0
    [record] = json_documents(result.stdout)
    assert "money" in record
    for other in ("organizations", "facilities", "dates", "quantities"):
        assert other not in record
    assert [m["value"] for m in record["money"]] == [40_000_000.0]


def test_types_subset_with_model(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article), "--types", "organizations, dates"])
    [record] = jsonl_records(result.stdout)
    assert {"organizations", "dates"} <= set(record)
    assert not {"money", "facilities", "quantities"} & set(record)


@pytest.mark.parametrize("value", ["bogus", "money,bogus", ","])
def test_bad_types_is_usage_error(runner: CliRunner, article: Path, value: str) -> None:
    result = run(runner, ["extract", str(article), "--types", value])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "money, organizations, facilities, dates, quantities" in result.stderr


def test_bad_types_error_names_the_option(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article), "--types", "bogus"])
    assert "--types" in result.stderr


def test_unknown_model_is_one_line_usage_error(runner: CliRunner, article: Path) -> None:
    result = run(runner, ["extract", str(article), "--model", "not_a_model"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("newsfacts: error: ")
    assert "not_a_model" in lines[0]


def test_ref_date_overrides_dateline(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "depeche.txt"
    path.write_text(DATELINE_ARTICLE, encoding="utf-8")
    result = run(runner, ["extract", str(path), "--types", "dates"])
    [record] = jsonl_records(result.stdout)
    assert (record["reference_date"], record["reference_date_source"]) == (
        "2025-02-03",
        "dateline",
    )
    assert [d["value"] for d in record["dates"]] == ["2025-03-10"]

    result = run(runner, ["extract", str(path), "--types", "dates", "--ref-date", "2023-06"])
    [record] = jsonl_records(result.stdout)
    assert (record["reference_date"], record["reference_date_source"]) == ("2023-06", "option")
    # "versera" is future: the next 10 March after June 2023.
    assert [d["value"] for d in record["dates"]] == ["2024-03-10"]


def test_without_reference_date_relative_dates_stay_null(runner: CliRunner) -> None:
    result = run(runner, ["extract", "-", "--types", "dates"], input="Le 10 mars, rien.")
    [record] = jsonl_records(result.stdout)
    assert record["reference_date"] is None
    assert record["reference_date_source"] is None
    assert [d["value"] for d in record["dates"]] == [None]


# ---------------------------------------------------------------------------------------------
# The founding article
# ---------------------------------------------------------------------------------------------


def test_founding_article(runner: CliRunner, seed_article: Path) -> None:
    result = run(runner, ["extract", str(seed_article), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    [record] = json_documents(result.stdout)
    assert (record["reference_date"], record["reference_date_source"]) == ("2025-07", "dateline")

    money = [(m["text"], m["value"], m["currency"]) for m in record["money"]]
    assert money == [
        ("plusieurs milliards de dollars", None, "USD"),
        ("8 milliards de dollars", 8e9, "USD"),
        ("des milliards de dollars", None, "USD"),
        ("3 milliards", 3e9, "USD"),
        ("61,5 milliards de dollars", 61.5e9, "USD"),
        ("4 milliards", 4e9, "USD"),
    ]
    assert [d["value"] for d in record["dates"]] == ["2025-01", "2025-03"]
    assert sorted(o["name"] for o in record["organizations"]) == [
        "Amazon",
        "Anthropic",
        "Google",
        "Microsoft",
        "OpenAI",
    ]

    facilities = {f["name"]: f for f in record["facilities"]}
    assert len(facilities) == 2
    rainier = facilities["Projet Rainier"]
    assert rainier["kind"] == "data center"
    assert rainier["location"] == "Indiana"
    assert rainier["capacity"]["watts"] == pytest.approx(2.2e9)
    assert any("Stargate" in name for name in facilities)


# ---------------------------------------------------------------------------------------------
# eval
# ---------------------------------------------------------------------------------------------

GOLD = [
    {
        "id": "doc-a",
        "reference_date": "2024-03-20",
        "text": "Le groupe Vérano a investi 40 millions d'euros le 12 mars 2024 dans la start-up "
        "Kelmio.",
        "gold": {
            "money": [{"text": "40 millions d'euros", "value": 40e6, "currency": "EUR"}],
            "dates": [{"text": "12 mars 2024", "value": "2024-03-12"}],
            "organizations": [{"name": "Vérano", "aliases": []}, {"name": "Kelmio"}],
        },
        "complete": ["money", "dates", "organizations"],
    },
    {
        "id": "doc-b",
        "reference_date": "2024-01-15",
        "text": "La société Tarnelle a reçu 2 millions d'euros en 2023 de la part de Brivex SA. "
        "Elle vise désormais 5 millions de dollars.",
        "gold": {
            # The second amount is annotated in euros: a currency mismatch, so one miss and,
            # money being complete here, one false hit.
            "money": [
                {"text": "2 millions d'euros", "value": 2e6, "currency": "EUR"},
                {"text": "5 millions de dollars", "value": 5e6, "currency": "EUR"},
            ],
            "dates": [{"text": "2023", "value": "2023"}],
            # Brivex is not annotated, but organizations are not complete in this document.
            "organizations": [{"name": "Tarnelle"}],
        },
        "complete": ["money"],
    },
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        "\n".join(json.dumps(d, ensure_ascii=False) for d in GOLD) + "\n", encoding="utf-8"
    )
    return path


def test_eval_json_numbers(runner: CliRunner, gold_file: Path) -> None:
    result = run(runner, ["eval", str(gold_file), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["documents"] == 2
    scores = out["scores"]
    assert set(scores) == {"money", "dates", "organizations", "facilities", "deals"}

    # money: gold 1 + 2, found 40 M€ and 2 M€; 5 M$ is not the gold 5 M€. Both documents are
    # complete for money: 3 predictions, 2 used.
    money = scores["money"]
    assert (money["true_positives"], money["false_positives"], money["false_negatives"]) == (
        2,
        1,
        1,
    )
    assert money["gold"] == 3
    assert money["precision"] == pytest.approx(2 / 3)
    assert money["recall"] == pytest.approx(2 / 3)
    assert money["f1"] == pytest.approx(2 / 3)

    # dates: both found; precision only from doc-a (1 prediction, 1 hit).
    dates = scores["dates"]
    assert (dates["true_positives"], dates["false_positives"], dates["false_negatives"]) == (
        2,
        0,
        0,
    )
    assert dates["precision"] == 1.0 and dates["recall"] == 1.0

    # organizations: 3 of 3 found; doc-b's unannotated Brivex does not count against precision.
    orgs = scores["organizations"]
    assert (orgs["true_positives"], orgs["false_positives"], orgs["false_negatives"]) == (3, 0, 0)
    assert orgs["precision"] == 1.0 and orgs["recall"] == 1.0

    # facilities: nothing annotated, never complete: nothing to measure.
    facilities = scores["facilities"]
    assert facilities["precision"] is None
    assert facilities["recall"] is None
    assert facilities["f1"] is None


def test_eval_misses_listed(runner: CliRunner, gold_file: Path) -> None:
    args = ["eval", str(gold_file), "-f", "json", "--types", "money", "--misses", "5"]
    result = run(runner, args)
    out = json.loads(result.stdout)
    assert list(out["scores"]) == ["money"]
    assert [m["gold"]["text"] for m in out["misses"]["money"]] == ["5 millions de dollars"]
    assert [m["predicted"]["currency"] for m in out["false_hits"]["money"]] == ["USD"]


def test_eval_table(runner: CliRunner, gold_file: Path) -> None:
    result = run(runner, ["eval", str(gold_file), "--misses", "2"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    for word in ("money", "dates", "organizations", "facilities", "P", "R", "F1"):
        assert word in result.stdout
    assert "0.667" in result.stdout
    assert "1.000" in result.stdout
    assert "money: missed" in result.stdout


def test_eval_bad_gold_is_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    missing = run(runner, ["eval", str(tmp_path / "absent.jsonl")])
    assert missing.exit_code == 2
    assert "absent.jsonl" in missing.stderr
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"text": "x"}\n{pas du json\n', encoding="utf-8")
    result = run(runner, ["eval", str(broken)])
    assert result.exit_code == 2
    assert f"{broken}:2" in result.stderr
    bad_format = run(runner, ["eval", str(broken), "--format", "yaml"])
    assert bad_format.exit_code == 2
