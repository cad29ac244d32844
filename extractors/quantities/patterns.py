"""Pattern data for power, energy and production quantities ("2,2 gigawatts", "1 300 MWe",
"10 TWh par an", "200 000 barils par jour")."""

from __future__ import annotations

from ..numbers import number_words

# A number as French news writes it: "1 300" (thin, no-break or plain space between groups),
# "2,2", "5 428,5", "1450", or a number word for small counts.
NUMBER = r"""
    (?:\d{1,3}(?:[\u0020\u00a0\u202f\u2009]\d{3}){1,5}|\d{1,12})(?:[.,]\d{1,6})?
"""
# Small numbers written as words, for production rates ("onze mégatonnes par an") and powers
# whose unit is written out too ("un gigawatt", "deux mégawatts").
NUMBER_WORDS = number_words(1, 100) + r"(?![\w-])"
# How many units a per-unit figure multiplies: "treize réacteurs de 900 MW", "deux x 1 300 MW".
COUNT_WORDS = number_words(1, 20)

# Power units: symbol or word -> (canonical symbol, multiplier to watts). Suffixes e (electric),
# c (crête, peak) and th (thermal) keep their symbol; all of them count as watts, as the press does.
POWER_UNITS: dict[str, tuple[str, float]] = {
    "w": ("W", 1.0),
    "watt": ("W", 1.0),
    "watts": ("W", 1.0),
    "kw": ("kW", 1e3),
    "kilowatt": ("kW", 1e3),
    "kilowatts": ("kW", 1e3),
    "mw": ("MW", 1e6),
    "mégawatt": ("MW", 1e6),
    "mégawatts": ("MW", 1e6),
    "megawatt": ("MW", 1e6),
    "megawatts": ("MW", 1e6),
    "gw": ("GW", 1e9),
    "gigawatt": ("GW", 1e9),
    "gigawatts": ("GW", 1e9),
    "tw": ("TW", 1e12),
    "térawatt": ("TW", 1e12),
    "térawatts": ("TW", 1e12),
}
# Energy units -> (canonical symbol, multiplier to watt-hours).
ENERGY_UNITS: dict[str, tuple[str, float]] = {
    "wh": ("Wh", 1.0),
    "kwh": ("kWh", 1e3),
    "kilowattheure": ("kWh", 1e3),
    "kilowattheures": ("kWh", 1e3),
    "mwh": ("MWh", 1e6),
    "mégawattheure": ("MWh", 1e6),
    "megawattheure": ("MWh", 1e6),
    "mégawattheures": ("MWh", 1e6),
    "gwh": ("GWh", 1e9),
    "gigawattheure": ("GWh", 1e9),
    "gigawattheures": ("GWh", 1e9),
    "twh": ("TWh", 1e12),
    "térawattheure": ("TWh", 1e12),
    "térawattheures": ("TWh", 1e12),
}

# Regex alternatives for the units, longest first so that "MWh" is not read as "MW" + "h".
POWER_UNIT = r"""
    (?:[kMGT]W|W)(?:e|c|th|crête)?(?![\w])
  | (?i:kilo|méga|mega|giga|téra)?(?i:watts?)(?:[\s-](?:électriques?|crête|thermiques?))?(?![\w])
    (?![\s-]?(?i:heures?))                      # "térawatts-heures" is energy
"""
ENERGY_UNIT = r"""
    (?:[kMGT]Wh|Wh)(?![\w])
  | (?i:kilo|méga|mega|giga|téra)(?i:watts?[\s-]?heures?|wattheures?)(?![\w])   # "térawatts-heures"
"""
# Production rates: "50 000 tonnes par an", "onze mégatonnes par an", "200 000 barils par jour".
PRODUCTION_UNIT = r"""
    (?P<prod_unit>(?i:tonnes?|t|mégatonnes?|Mt|kilotonnes?|kt|barils?|véhicules?|voitures?
        |batteries|mètres\s+cubes|m3|m³|litres?))
    \s*(?:par|/|l['’]|d['’])\s*(?P<prod_per>(?i:an|année|jour|j|heure|h))(?![\w])
"""
# What multiplies a per-unit capacity: "deux réacteurs de 1 300 MW", "4 tranches de 900 MWe",
# "2 x 1 300 MW".
UNIT_NOUNS = r"""
    réacteurs? | tranches? | unités? | groupes?(?:\s+turbo-alternateurs?)? | turbines?
  | éoliennes? | alternateurs? | centrales?
"""
