"""French numerals -> numbers, without spaCy.

Two kinds of input are understood:

* digit strings written the French way (``1 234,5``, ``1.234,5``, ``61,5``) or the
  English way when it cannot be read otherwise (``269.40``, ``1,234,567``);
* number words (``vingt et un``, ``quatre-vingt-dix``, ``deux cent mille``, ``un et demi``).

Values are computed with :class:`decimal.Decimal` and returned as ``float`` so that
``61,5`` times a billion is exactly ``61500000000.0`` rather than carrying binary noise.
Integral results are therefore floats whose ``is_integer()`` is true; callers that want
an ``int`` convert themselves.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

__all__ = [
    "MAGNITUDES",
    "NUMBER_WORDS",
    "magnitude_value",
    "parse_number",
    "parse_quantity_number",
    "number_words",
]

# Spaces that French typography puts inside numbers: ordinary, no-break (U+00A0),
# narrow no-break (U+202F) and thin (U+2009).  All are folded to one ASCII space.
_SPACES = re.compile(r"[ \u00a0\u202f\u2009]+")

# Multipliers written after a number.  Abbreviations are case-sensitive ("M" is a million
# but "m" is a metre), so they are looked up exactly; words are looked up lower-cased.
MAGNITUDES: dict[str, Decimal] = {
    # words
    "mille": Decimal(10) ** 3,
    "millier": Decimal(10) ** 3,
    "milliers": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "millions": Decimal(10) ** 6,
    "milliard": Decimal(10) ** 9,
    "milliards": Decimal(10) ** 9,
    # the long scale: a French "billion" is a million millions
    "billion": Decimal(10) ** 12,
    "billions": Decimal(10) ** 12,
    "trillion": Decimal(10) ** 18,
    "trillions": Decimal(10) ** 18,
    # abbreviations used in the financial press
    "k": Decimal(10) ** 3,
    "K": Decimal(10) ** 3,
    "M": Decimal(10) ** 6,
    "Mio": Decimal(10) ** 6,
    "mio": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "Mn": Decimal(10) ** 6,
    "Md": Decimal(10) ** 9,
    "Mds": Decimal(10) ** 9,
    "Mrd": Decimal(10) ** 9,
    "Mrds": Decimal(10) ** 9,
    "md": Decimal(10) ** 9,
    "mds": Decimal(10) ** 9,
    "mrd": Decimal(10) ** 9,
    "mrds": Decimal(10) ** 9,
    "G": Decimal(10) ** 9,
    # English "bn" shows up in copy taken from wires ("USD 3 bn"): short-scale billion
    "bn": Decimal(10) ** 9,
    "Bn": Decimal(10) ** 9,
}

# Word magnitudes may carry a final dot or odd case ("Milliards"); abbreviations may not.
_WORD_MAGNITUDES = {k for k in MAGNITUDES if len(k) > 4}


def magnitude_value(text: str | None) -> Decimal | None:
    """Return the multiplier a magnitude word or abbreviation stands for, else ``None``."""
    if not text:
        return None
    t = text.strip().rstrip(".")
    if t in MAGNITUDES:
        return MAGNITUDES[t]
    low = t.lower()
    if low in _WORD_MAGNITUDES:
        return MAGNITUDES[low]
    return None


# --- digit strings ----------------------------------------------------------------------

# Each entry: (pattern, thousands separator to drop, decimal separator to turn into ".").
# Order matters: the first full match wins.
_DIGIT_FORMS: list[tuple[re.Pattern[str], str, str]] = [
    # 1 234 567 / 1 234,5 : space-grouped thousands, optional comma decimals
    (re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?"), " ", ","),
    # 1 234.5 : space-grouped thousands with a decimal point (mixed typography)
    (re.compile(r"\d{1,3}(?: \d{3})+\.\d{1,2}"), " ", "."),
    # 1.234.567 / 1.234,5 / 118.385 : dot-grouped thousands; with a single group, exactly
    # three digits after the dot are read as thousands, which is the French convention
    (re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"), ".", ","),
    # 1,234,567 / 1,234,567.89 : English grouping, only when two or more groups make the
    # comma unambiguous (a lone "1,234" stays a French decimal)
    (re.compile(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"), ",", "."),
    # 61,5 / 0,8 / 1500 : plain French decimal or integer
    (re.compile(r"\d+(?:,\d+)?"), "", ","),
    # 269.40 / 1.5 : a dot that cannot be a thousands separator is a decimal point
    (re.compile(r"\d+\.\d+"), "", "."),
]


def _parse_digits(text: str) -> Decimal | None:
    for pattern, thousands, decimal in _DIGIT_FORMS:
        if pattern.fullmatch(text):
            cleaned = text.replace(thousands, "") if thousands else text
            cleaned = cleaned.replace(decimal, ".")
            try:
                return Decimal(cleaned)
            except InvalidOperation:  # pragma: no cover - the patterns guarantee digits
                return None
    return None


# --- number words -----------------------------------------------------------------------

# French number words and their values: the one list that every rule reads, in digits
# (`parse_number`) and in patterns (`number_words`). Scales above "mille" are magnitudes.
NUMBER_WORDS: dict[str, int] = {
    "zéro": 0, "zero": 0,
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60,
    # Belgian and Swiss forms are cheap to accept
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "cent": 100, "cents": 100, "mille": 1000,
}  # fmt: skip


def number_words(low: int, high: int) -> str:
    """A regex alternation (no groups, no flags) of the number words worth `low` to `high`,
    longest first, so that "vingts" is tried before "vingt"."""
    words = [word for word, value in NUMBER_WORDS.items() if low <= value <= high]
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


# Words below a hundred add up; "cent" multiplies and the scales close a group.
_UNITS = {word: value for word, value in NUMBER_WORDS.items() if value < 100}

# Scales that close a group: what came before is multiplied and banked.
_SCALES: dict[str, Decimal] = {
    word: MAGNITUDES[word]
    for word in ("mille", "million", "millions", "milliard", "milliards", "billion", "billions")
}

_WORD_SPLIT = re.compile(r"[\s\-]+")


def _parse_words(text: str) -> Decimal | None:
    tokens = [t for t in _WORD_SPLIT.split(text.lower()) if t]
    if not tokens:
        return None
    if tokens in (["demi"], ["un", "demi"], ["une", "demie"], ["demie"]):
        return Decimal("0.5")  # "un demi-milliard"
    total = Decimal(0)  # completed groups (thousands, millions ...)
    current = Decimal(0)  # the group being built (< 1000)
    last_scale = Decimal(1)  # what "et demi" is half of
    seen_number = False
    prev = ""
    for tok in tokens:
        if tok == "et":
            prev = tok
            continue
        if tok in ("demi", "demie"):
            # "un et demi", "deux millions et demi": half of the last unit counted
            if prev != "et" or not seen_number:
                return None
            if current:
                total += current
                current = Decimal(0)
            total += last_scale / 2
            prev = tok
            continue
        if tok in _UNITS:
            value = _UNITS[tok]
            if value == 20 and prev == "quatre":
                # "quatre-vingt(s)": four twenties, not four plus twenty
                current += 80 - 4
            else:
                current += value
            last_scale = Decimal(1)
        elif tok in ("cent", "cents"):
            current = (current or Decimal(1)) * 100
            last_scale = Decimal(100)
        elif tok in _SCALES:
            scale = _SCALES[tok]
            total += (current or Decimal(1)) * scale
            current = Decimal(0)
            last_scale = scale
        else:
            return None
        seen_number = True
        prev = tok
    if not seen_number:
        return None
    return total + current


# The arithmetic is exact in Decimal ("61,5" x 10^9 is 61500000000 exactly); float() then rounds
# once, to the nearest double.
def _finite(value: float) -> float | None:
    # A 500-digit number overflows to infinity, which JSON cannot carry: no value instead.
    return value if math.isfinite(value) else None


def _parse_decimal(text: str) -> Decimal | None:
    t = _SPACES.sub(" ", text).strip()
    if not t:
        return None
    if t[0].isdigit():
        return _parse_digits(t)
    return _parse_words(t)


def parse_number(text: str) -> float | None:
    """Read a French number written in digits or in words; ``None`` when it is not one.

    >>> parse_number("1 234,5")
    1234.5
    >>> parse_number("quatre-vingt-dix")
    90.0
    """
    value = _parse_decimal(text)
    return None if value is None else _finite(float(value))


def parse_quantity_number(number_text: str, magnitude_text: str | None) -> float | None:
    """Combine a number and an optional magnitude (``"61,5"``, ``"milliards"``) exactly.

    Returns ``None`` when the number cannot be read or the magnitude is unknown.
    """
    value = _parse_decimal(number_text)
    if value is None:
        return None
    if magnitude_text:
        scale = magnitude_value(magnitude_text)
        if scale is None:
            return None
        value *= scale
    return _finite(float(value))
