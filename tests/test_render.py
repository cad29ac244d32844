"""French formatting of amounts and powers in the Rich tables."""

from __future__ import annotations

import pytest
from newsfacts.cli.render import format_amount, format_money, format_power, french_number

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1234567.5, f"1{NBSP}234{NBSP}567,5"),
        (42.0, "42"),
        (3.75, "3,75"),
        (0.5, "0,5"),
        (1000.0, f"1{NBSP}000"),
    ],
)
def test_french_number(value: float, expected: str) -> None:
    assert french_number(value) == expected


@pytest.mark.parametrize(
    ("value", "currency", "expected"),
    [
        (61.5e9, "USD", f"61,5{NBSP}Md$"),
        (8e9, "USD", f"8{NBSP}Md$"),
        (450e6, "EUR", f"450{NBSP}M€"),
        (2.5e6, "GBP", f"2,5{NBSP}M£"),
        (700_000.0, "EUR", f"700{NBSP}000{NBSP}€"),
        (52.3, "EUR", f"52,3{NBSP}€"),
        (1500.0, "USD", f"1{NBSP}500{NBSP}$"),
        (1.2e12, "EUR", f"1,2{NBSP}Bn€"),
        (2e6, None, f"2{NBSP}M"),
        (None, "EUR", "?€"),
    ],
)
def test_format_amount(value: float | None, currency: str | None, expected: str) -> None:
    assert format_amount(value, currency) == expected


def test_format_money_plain() -> None:
    item = {"value": 61.5e9, "currency": "USD", "qualifier": "exact"}
    assert format_money(item) == f"61,5{NBSP}Md$"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"value": 5e8, "currency": "EUR", "qualifier": "more_than"}, f"> 500{NBSP}M€"),
        ({"value": 2e9, "currency": "EUR", "qualifier": "approximate"}, f"≈ 2{NBSP}Md€"),
        ({"value": 1e6, "currency": "EUR", "qualifier": "at_most"}, f"≤ 1{NBSP}M€"),
        (
            {"value": 2e6, "value_max": 3e6, "currency": "EUR", "qualifier": "range"},
            f"2{NBSP}M€ – 3{NBSP}M€",
        ),
        (
            {"value": 52.3, "currency": "EUR", "qualifier": "exact", "per": "action"},
            f"52,3{NBSP}€ /action",
        ),
        ({"value": 10.0, "currency": "EUR"}, f"10{NBSP}€"),  # no qualifier: exact
    ],
)
def test_format_money_qualifiers(item: dict, expected: str) -> None:
    assert format_money(item) == expected


def test_amount_without_value_shows_only_magnitude() -> None:
    shown = format_amount(None, "USD", 1e9)
    assert "1" not in shown
    assert shown.startswith("?") and shown.endswith("Md$")


def test_unspecified_amount_has_one_question_mark() -> None:
    item = {"value": None, "currency": "USD", "qualifier": "unspecified", "magnitude": 1e9}
    assert format_money(item).count("?") == 1


def test_currency_code_stays_apart_from_magnitude() -> None:
    assert "MCHF" not in format_amount(3e6, "CHF")


def test_currency_code_below_a_million() -> None:
    assert format_amount(900.0, "CHF") == f"900{NBSP}CHF"


@pytest.mark.parametrize(
    ("watts", "expected"),
    [
        (2.2e9, f"2,2{NBSP}GW"),
        (1.3e9, f"1,3{NBSP}GW"),
        (900e6, f"900{NBSP}MW"),
        (1.5e3, f"1,5{NBSP}kW"),
        (500.0, f"500{NBSP}W"),
        (1.2e12, f"1,2{NBSP}TW"),
        (None, ""),
    ],
)
def test_format_power(watts: float | None, expected: str) -> None:
    assert format_power(watts) == expected


def test_a_deal_row_shows_kind_parties_amount_date_and_status() -> None:
    import io

    from newsfacts.cli.render import render_record
    from rich.console import Console

    deal = {
        "kind": "funding_round",
        "amount": {
            "text": "30 millions d'euros",
            "start": 0,
            "end": 19,
            "value": 30e6,
            "currency": "EUR",
            "qualifier": "exact",
        },
        "money_index": 0,
        "actor": "Alto Capital",
        "co_actors": ["Orvane"],
        "target": "Brevia",
        "target_type": "organization",
        "date": "2025-06",
        "hedged": True,
        "status": "planned",
        "trigger": None,
        "scope": "unknown",
    }
    record = {"source": "a.txt", "ok": True, "reference_date": None, "deals": [deal]}
    out = io.StringIO()
    render_record(Console(file=out, width=200), record)
    row = next(line for line in out.getvalue().splitlines() if "Brevia" in line)
    for shown in (
        "levée de fonds",
        "Alto Capital, Orvane → Brevia",
        f"30{NBSP}M€",
        "2025-06",
        "prévu",
    ):
        assert shown in row
