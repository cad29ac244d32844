"""Power, energy and production quantities found in French text, with values in base units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import NUMBER_WORDS, parse_number
from . import patterns as P

_X = re.VERBOSE

_QUANTITY = re.compile(
    rf"""
    # Both numbers start where no word or number goes on before them, and a run of digits is
    # bounded: a megabyte of digits is then tried once from its start, not from every digit.
    (?:(?<![\w,.])(?P<count>\d{{1,6}}|(?i:{P.COUNT_WORDS}))\s*(?:[x×]\s*))?      # "2 x 1 300 MW"
    (?<![\w,.])(?:(?P<number>{P.NUMBER})|(?P<word>(?i:{P.NUMBER_WORDS})))
    \s*(?P<magnitude>(?i:millions?|milliards?)\s+(?:de\s+)?)?
    (?:
        (?P<energy>{P.ENERGY_UNIT})
      | (?P<power>{P.POWER_UNIT})
      | {P.PRODUCTION_UNIT}
    )
    """,
    _X,
)
# "deux réacteurs de 1 300 MW", "deux unités de production d'une puissance de 1 450 MW": the count
# before the unit noun.
_UNIT_COUNT = re.compile(
    rf"""(?<![\w-])(?P<count>\d+|(?i:{P.COUNT_WORDS}))\s+(?:{P.UNIT_NOUNS})
        (?:\s+[\wéèêàâîôûç'’-]+){{0,3}}?
        (?:\s*,?\s+d['’]une\s+puissance(?:\s+(?:nominale|installée|unitaire|électrique|brute))?)?
        \s+(?:de|d['’])\s*$""",
    _X,
)
# "quatre réacteurs ..., désignés ..., de 1 300 MW chacun": with "chacun" the count may stand further
# back in the sentence; the last "N <unit noun>" before the quantity gives it.
_EACH = re.compile(r"\s*,?\s*(?:chacun|chacune)(?![\w])", re.IGNORECASE)
_ANY_UNIT_COUNT = re.compile(
    rf"(?<![\w-])(?P<count>\d+|(?i:{P.COUNT_WORDS}))\s+(?:{P.UNIT_NOUNS})(?![\w])", _X
)
# Words before a quantity that make it a bound or an estimate, not an exact figure.
_QUALIFIERS = re.compile(
    r"""(?:(?:(?P<more_than>plus\s+de|au\s+moins|supérieure?\s+à)
          |(?P<less_than>moins\s+de|jusqu['’]à|inférieure?\s+à)
          |(?P<approximate>près\s+de|environ|quelque|approximativement|autour\s+de))\s+
        |(?P<more_than_elided>plus\s+d['’])|(?P<less_than_elided>moins\s+d['’])
        |(?P<approximate_elided>près\s+d['’]))$""",
    re.VERBOSE | re.IGNORECASE,
)
# "675 MW (net 635 MW)", "5 460 MWe net": a net figure, second to a gross one.
_NET_BEFORE = re.compile(r"(?<![\w])net(?:te)?s?\s+(?:de\s+)?$", re.IGNORECASE)
_NET_AFTER = re.compile(r"\s*net(?:te)?s?(?![\w])", re.IGNORECASE)


def _count(text: str | None) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return NUMBER_WORDS.get(text.lower())


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
    qualifier: str | None = None  # "more_than", "less_than", "approximate"
    net: bool = False  # stated as a net figure

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
        if match.group("word") and not (
            match.group("prod_unit") or "watt" in (match.group("power") or "").lower()
        ):
            continue  # "deux MW" is not written: words count tonnes, barrels and written watts
        number = parse_number(match.group("number") or match.group("word"))
        if number is None:
            continue
        if match.group("magnitude"):
            number *= 1e9 if match.group("magnitude").lower().startswith("milliard") else 1e6
        count = _count(match.group("count"))
        number_start = match.start("number" if match.group("number") else "word")
        start = match.start("count") if count else number_start
        if count is None:
            before = _UNIT_COUNT.search(text, max(0, start - 120), start)
            if before is not None and before.end() == start:
                count = _count(before.group("count"))
        if count is None and _EACH.match(text, match.end()):
            window = text[max(0, start - 250) : start]
            window = re.split(r"[.!?;]\s", window)[-1]
            counts = list(_ANY_UNIT_COUNT.finditer(window))
            if counts:
                count = _count(counts[-1].group("count"))
        measured = _measure(match, number)
        if measured is None:
            continue
        kind, unit, base = measured
        qualifier, net = _extras(text, start, match.end())
        found.append(
            Quantity(
                start,
                match.end(),
                text[start : match.end()],
                kind,
                number,
                unit,
                base,
                count,
                qualifier,
                net,
            )
        )
    return found


def _measure(match: re.Match[str], number: float) -> tuple[str, str, float | None] | None:
    """(kind, canonical unit, value in base units) of a matched quantity; None for a unit not in
    the tables. Production rates have no base unit."""
    if match.group("power"):
        key, suffix = _unit_key(match.group("power"))
        power = P.POWER_UNITS.get(key)
        if power is None:
            return None
        return "power", power[0] + suffix, number * power[1]
    if match.group("energy"):
        key = re.sub(r"[\s-]", "", match.group("energy").lower()).replace("watts", "watt")
        energy = P.ENERGY_UNITS.get(re.sub(r"heures$", "heure", key))
        if energy is None:
            return None
        return "energy", energy[0], number * energy[1]
    per = match.group("prod_per").lower()
    per = {"année": "an", "jour": "j", "heure": "h"}.get(per, per)
    written = match.group("prod_unit").lower()
    return "production", f"{_PRODUCTION_UNITS.get(written, written)}/{per}", None


_PRODUCTION_UNITS = {
    "tonne": "t",
    "tonnes": "t",
    "mégatonne": "Mt",
    "mégatonnes": "Mt",
    "kilotonne": "kt",
    "kilotonnes": "kt",
    "baril": "bbl",
    "barils": "bbl",
}


def _extras(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """Qualifier and net flag of the quantity text[start:end], read from the words around it."""
    qualifier = None
    found = _QUALIFIERS.search(text, max(0, start - 30), start)
    if found is not None and found.end() == start:
        qualifier = next(k for k, v in found.groupdict().items() if v).removesuffix("_elided")
    net_before = _NET_BEFORE.search(text, max(0, start - 12), start)
    net = bool(net_before is not None and net_before.end() == start) or bool(
        _NET_AFTER.match(text, end)
    )
    return qualifier, net
