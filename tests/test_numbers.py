"""French numerals, digits and words, read by the pure normaliser."""

from __future__ import annotations

import pytest
from newsfacts.extractors.numbers import (
    magnitude_value,
    parse_number,
    parse_quantity_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits, French typography
        ("42", 42.0),
        ("1 234", 1234.0),
        ("1\u00a0234", 1234.0),
        ("12\u202f500\u202f000", 12500000.0),
        ("1 234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("3,75", 3.75),
        ("0,8", 0.8),
        # a dot followed by exactly three digits groups thousands
        ("245.120", 245120.0),
        ("7.000.000", 7000000.0),
        # a dot that cannot group thousands is a decimal point
        ("84.25", 84.25),
        ("2.5", 2.5),
        # English grouping is accepted only when unambiguous
        ("3,400,000", 3400000.0),
        # words
        ("zéro", 0.0),
        ("sept", 7.0),
        ("vingt et un", 21.0),
        ("trente-deux", 32.0),
        ("soixante-dix-neuf", 79.0),
        ("quatre-vingts", 80.0),
        ("quatre-vingt-dix-sept", 97.0),
        ("cinq cents", 500.0),
        ("deux mille cent", 2100.0),
        ("mille", 1000.0),
        ("trois cent mille", 300000.0),
        ("un million quatre cent mille", 1400000.0),
        ("un et demi", 1.5),
        ("Deux millions et demi", 2500000.0),
        ("nonante", 90.0),
    ],
)
def test_parse_number(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "abc", "1,2,3", "douze pommes", "et demi", "12a"])
def test_parse_number_rejects(text: str) -> None:
    assert parse_number(text) is None


def test_integral_results_are_floats() -> None:
    value = parse_number("1 000")
    assert isinstance(value, float) and value.is_integer()


@pytest.mark.parametrize(
    ("number", "magnitude", "expected"),
    [
        ("61,5", "milliards", 61_500_000_000.0),
        ("1,5", "milliard", 1_500_000_000.0),
        ("0,3", "million", 300_000.0),
        ("9,484", "milliards", 9_484_000_000.0),
        ("4,7", "Md", 4_700_000_000.0),
        ("12", "M", 12_000_000.0),
        ("250", "k", 250_000.0),
        ("3", "bn", 3_000_000_000.0),
        ("deux", "Milliards", 2_000_000_000.0),
        ("2", "billions", 2_000_000_000_000.0),
        ("17", None, 17.0),
    ],
)
def test_parse_quantity_number(number: str, magnitude: str | None, expected: float) -> None:
    assert parse_quantity_number(number, magnitude) == expected


def test_unknown_magnitude() -> None:
    assert parse_quantity_number("3", "douzaines") is None
    # a lower-case "m" is a metre, not a million
    assert magnitude_value("m") is None
    assert magnitude_value("M") == 1_000_000
