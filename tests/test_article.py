"""Reference dates: the strict form of the --ref-date option, and the dates that inputs state in
a field of their own (a JSONL line's `date`, a web page's metadata), in whatever form."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import jsonl_records, run
from newsfacts.extractors.article import RefDate, parse_reference_date, parse_stated_date
from typer.testing import CliRunner


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-05", "2024-11-05"),
        ("2024-11", "2024-11"),
        ("2024-11-05T08:15:00+01:00", "2024-11-05"),
        ("2024-11-05T21:40:12Z", "2024-11-05"),
        ("2024-11-05 08:15:00", "2024-11-05"),
        ("Tue, 05 Nov 2024 08:15:00 +0100", "2024-11-05"),
        ("mardi 5 novembre 2024", "2024-11-05"),
        ("5 novembre 2024 à 08h15", "2024-11-05"),
        ("05/11/2024", "2024-11-05"),  # day first, the French way
        ("November 5, 2024", "2024-11-05"),
        ("novembre 2024", "2024-11"),  # a month stays a month
    ],
)
def test_stated_dates_in_the_forms_feeds_write(value: str, expected: str) -> None:
    assert parse_stated_date(value) == expected


@pytest.mark.parametrize("value", ["hier", "il y a deux jours", "5 novembre", "inconnue", ""])
def test_what_gives_no_absolute_date_is_refused(value: str) -> None:
    """Relative or yearless values would depend on the day of the run."""
    with pytest.raises(ValueError):
        parse_stated_date(value)


def test_the_option_stays_strict() -> None:
    assert parse_reference_date(" 2025-07 ") == "2025-07"
    with pytest.raises(ValueError, match="YYYY"):
        parse_reference_date("5 novembre 2024")
    with pytest.raises(ValueError, match="no such day"):
        parse_reference_date("2025-02-30")
    assert RefDate.parse("2024-02-29").as_date() is not None


def test_a_jsonl_line_may_state_its_date_as_a_feed_does(runner: CliRunner, tmp_path: Path) -> None:
    batch = tmp_path / "flux.jsonl"
    lines = [
        {
            "id": "a",
            "text": "Le 3 mars, la ville a versé 12 000 €.",
            "date": "Tue, 05 Nov 2024 08:15:00 +0100",
        },
        {
            "id": "b",
            "text": "Le 3 mars, la ville a versé 8 000 €.",
            "date": "2021-04-02T10:00:00+02:00",
        },
        {"id": "c", "text": "Le 3 mars, rien.", "date": "hier"},
    ]
    batch.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    result = run(runner, ["extract", str(batch), "--types", "dates", "-q"])
    first, second, third = jsonl_records(result.stdout)
    assert (first["reference_date"], first["reference_date_source"]) == ("2024-11-05", "input")
    assert first["dates"][0]["value"] == "2024-03-03"
    assert second["reference_date"] == "2021-04-02"
    assert not third["ok"] and "bad reference date" in third["error"]
    assert result.exit_code == 1
