"""Money extraction of Duckling and Microsoft Recognizers-Text on the gold files, scored by the
newsfacts scorer, so that docs/accuracy.md can set them next to newsfacts.

Both peers are benchmark-only dependencies, never runtime ones; they want a venv of their own
(Recognizers-Text pins an old `emoji`):

    python3.11 -m venv .peers && .peers/bin/pip install pyduckling-native-phihos \
        'emoji<1.0' recognizers-text-suite && .peers/bin/pip install --no-deps -e .
    .peers/bin/python benchmarks/money_peers.py [--shared ../shared]

Prints one JSON line per (file, system) and a Markdown table.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import _gold
from newsfacts.extractors.evaluate import score_records

FILES = ["seed-gold.jsonl", "news-visible.jsonl", "peers-visible.jsonl"]

# Currency names and symbols as the peers report them -> ISO 4217.
_CURRENCIES = {
    "$": "USD", "usd": "USD", "dollar": "USD", "united states dollar": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "british pound": "GBP", "livre sterling": "GBP",
    "cad": "CAD", "canadian dollar": "CAD", "aud": "AUD", "australian dollar": "AUD",
    "chf": "CHF", "swiss franc": "CHF", "jpy": "JPY", "¥": "JPY", "japanese yen": "JPY",
    "cny": "CNY", "chinese yuan": "CNY", "inr": "INR", "rub": "RUB", "sek": "SEK",
    "livre": "GBP", "franc": "FRF", "cent": "USD", "centime": "EUR", "pence": "GBP", "penny": "GBP",
}  # fmt: skip


def iso(unit: str | None) -> str | None:
    if not unit:
        return None
    key = unit.strip().lower()
    if len(key) == 3 and key.isalpha() and key not in _CURRENCIES:
        return key.upper()
    return _CURRENCIES.get(key)


def duckling_records(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    import duckling

    zones = duckling.load_time_zones("/usr/share/zoneinfo")
    lang = duckling.parse_lang("FR")
    context = duckling.Context(
        duckling.parse_ref_time(zones, "Europe/Paris", int(time.time())),
        duckling.default_locale_lang(lang),
    )
    dims = duckling.parse_dimensions(["amount-of-money"])
    records = []
    for doc in docs:
        items, seen = [], set()
        for entity in duckling.parse(doc["text"], context, dims, False):
            value = entity["value"]
            if value.get("type") == "interval":
                bound = value.get("from") or value.get("to") or {}
                amount, unit = bound.get("value"), bound.get("unit")
            else:
                amount, unit = value.get("value"), value.get("unit")
            key = (entity["start"], entity["end"])
            if amount is None or key in seen:  # Duckling returns several readings of one span
                continue
            seen.add(key)
            items.append(
                {
                    "start": entity["start"],
                    "end": entity["end"],
                    "value": amount,
                    "currency": iso(unit),
                }
            )
        records.append({"money": items})
    return records


def recognizers_records(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from recognizers_number_with_unit import recognize_currency
    from recognizers_text import Culture

    records = []
    for doc in docs:
        items = []
        for result in recognize_currency(doc["text"], Culture.French):
            resolution = result.resolution or {}
            try:
                amount = float(resolution.get("value"))
            except (TypeError, ValueError):
                amount = None
            currency = resolution.get("isoCurrency") or iso(resolution.get("unit"))
            if amount is None:
                continue  # a currency named without an amount ("la zone euro"): a user drops it
            items.append(
                {
                    "start": result.start,
                    "end": result.end + 1,
                    "value": amount,
                    "currency": currency,
                }
            )
        records.append({"money": items})
    return records


def main() -> int:
    parser = _gold.parser(__doc__.splitlines()[0])
    args = parser.parse_args()
    eval_dir = _gold.eval_dir(args)
    if eval_dir is None:
        return 2
    rows = []
    for name in FILES:
        docs = _gold.load(eval_dir / name)
        for system, build in (
            ("Duckling", duckling_records),
            ("Recognizers-Text", recognizers_records),
        ):
            result = score_records(docs, build(docs), ["money"])["money"]
            rows.append((name, system, result))
            print(json.dumps({"file": name, "system": system, **result}))

    def fmt(value: float | None) -> str:
        return "—" if value is None else f"{value:.2f}"

    print("\n| file | system | P | R | F1 |\n|---|---|---|---|---|")
    for name, system, result in rows:
        print(
            f"| {name} | {system} | {fmt(result['precision'])} | {fmt(result['recall'])} | "
            f"{fmt(result['f1'])} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
