"""Power, energy and production quantities found in French text, with values in base units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..patterns import quantities as P
from .numbers import parse_number

_X = re.VERBOSE

_QUANTITY = re.compile(
    rf"""
    (?:(?P<count>\d+|(?i:{P.COUNT_WORDS}))\s*(?:[x×]\s*))?      # "2 x 1 300 MW"
    (?<![\w,.])(?P<number>{P.NUMBER})
    \s*(?P<magnitude>(?i:millions?|milliards?)\s+(?:de\s+)?)?
    (?:
        (?P<energy>{P.ENERGY_UNIT})
      | (?P<power>{P.POWER_UNIT})
      | {P.PRODUCTION_UNIT}
    )
    """,
    _X,
)
# "deux réacteurs de 1 300 MW", "quatre tranches de 900 MWe chacune": the count before the unit noun.
_UNIT_COUNT = re.compile(
    rf"""(?P<count>\d+|(?i:{P.COUNT_WORDS}))\s+(?:{P.UNIT_NOUNS})
        (?:\s+[\wéèêàâîôûç'’-]+){{0,3}}?\s+(?:de|d['’])\s*$""",
    _X,
)
_COUNT_WORD_VALUES = {
    word: i
    for i, word in enumerate(
        "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
        "seize".split()
    )
}
_COUNT_WORD_VALUES.update({"une": 1, "vingt": 20})


def _count(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return _COUNT_WORD_VALUES.get(text.lower())


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    kind: str  # "power", "energy" or "production"
    value: float  # as written, in `unit`
    unit: str  # canonical symbol: "MW", "GWe", "TWh", "t/an"
    base_value: float | None  # watts for power, watt-hours for energy, None for production
    count: int | None = None  # "2 x 1 300 MW", "deux réacteurs de 1 300 MW": how many units

    @property
    def total_base_value(self) -> float | None:
        if self.base_value is None:
            return None
        return self.base_value * (self.count or 1)


def _unit_key(unit: str) -> tuple[str, str]:
    """(lookup key, suffix) of a unit as written: "MWe" -> ("mw", "e"), "mégawatts électriques" ->
    ("mégawatts", "e")."""
    cleaned = unit.strip()
    suffix = ""
    word = re.match(r"([^\s-]+)[\s-]+(\w+)", cleaned)
    if word:
        cleaned, tail = word.group(1), word.group(2).lower()
        suffix = {"électrique": "e", "électriques": "e", "crête": "c"}.get(tail, "th")
    symbol = re.fullmatch(r"([kMGT]?W)(e|c|th|crête)?", cleaned)
    if symbol:
        suffix = {"crête": "c"}.get(symbol.group(2) or "", symbol.group(2) or suffix)
        return symbol.group(1).lower(), suffix
    return cleaned.lower(), suffix


def find_quantities(text: str) -> list[Quantity]:
    """Every power, energy and production-rate quantity in `text`, in order."""
    found: list[Quantity] = []
    for match in _QUANTITY.finditer(text):
        number = parse_number(match.group("number"))
        if number is None:
            continue
        if match.group("magnitude"):
            number *= 1e9 if match.group("magnitude").lower().startswith("milliard") else 1e6
        count = _count(match.group("count"))
        start = match.start("count") if count else match.start("number")
        if count is None:
            before = _UNIT_COUNT.search(text, max(0, start - 80), start)
            if before is not None and before.end() == start:
                count = _count(before.group("count"))
        if match.group("power"):
            key, suffix = _unit_key(match.group("power"))
            unit, factor = P.POWER_UNITS.get(key, (None, None))
            if unit is None:
                continue
            found.append(
                Quantity(
                    start,
                    match.end(),
                    text[start : match.end()],
                    "power",
                    number,
                    unit + suffix,
                    number * factor,
                    count,
                )
            )
        elif match.group("energy"):
            unit, factor = P.ENERGY_UNITS.get(match.group("energy").lower(), (None, None))
            if unit is None:
                continue
            found.append(
                Quantity(
                    start,
                    match.end(),
                    text[start : match.end()],
                    "energy",
                    number,
                    unit,
                    number * factor,
                    count,
                )
            )
        else:
            unit = match.group("prod_unit").lower()
            per = match.group("prod_per").lower()
            unit = {
                "tonne": "t",
                "tonnes": "t",
                "mégatonne": "Mt",
                "mégatonnes": "Mt",
                "kilotonne": "kt",
                "kilotonnes": "kt",
                "baril": "bbl",
                "barils": "bbl",
            }.get(unit, unit)
            per = {"année": "an", "jour": "j", "heure": "h"}.get(per, per)
            found.append(
                Quantity(
                    start,
                    match.end(),
                    text[start : match.end()],
                    "production",
                    number,
                    f"{unit}/{per}",
                    None,
                    count,
                )
            )
    return found
