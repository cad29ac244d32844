"""Rich rendering for people: the only module that uses Rich.

Values are written the French way ("61,5 Md$", "2,2 GW", "700 000 €") and tables fit in 80 columns.
Rich honours NO_COLOR, FORCE_COLOR and COLUMNS by itself.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "CNY": "¥"}
_QUALIFIERS = {
    "exact": "",
    "approximate": "≈",
    "more_than": ">",
    "at_least": "≥",
    "less_than": "<",
    "at_most": "≤",
    "range": "",
    "unspecified": "?",
}


def french_number(value: float, decimals: int = 2) -> str:
    """1234567.5 -> "1 234 567,5" (narrow no-break spaces are hard to read in terminals, so plain
    no-break spaces)."""
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\u00a0").replace(".", ",")


def _magnitude_word(value: float) -> tuple[float, str]:
    for size, word in ((1e12, "Bn"), (1e9, "Md"), (1e6, "M")):
        if abs(value) >= size:
            return value / size, word
    return value, ""


def format_amount(value: float | None, currency: str | None, magnitude: float | None = None) -> str:
    """61.5e9 USD -> "61,5 Md$", 700000 EUR -> "700 000 €", 3e6 CHF -> "3 M CHF"; a vague amount
    shows its order of size only: "? Md$"."""
    symbol = _SYMBOLS.get(currency or "")
    suffix = symbol if symbol else (f"\u00a0{currency}" if currency else "")
    if value is None:
        _, word = _magnitude_word(magnitude or 0.0)
        return f"?\u00a0{word}{suffix}" if word else f"?{suffix}"
    scaled, word = _magnitude_word(value)
    if word:
        return f"{french_number(scaled)}\u00a0{word}{suffix}"
    return f"{french_number(value)}\u00a0{symbol}" if symbol else f"{french_number(value)}{suffix}"


def format_money(item: dict[str, Any]) -> str:
    amount = format_amount(item.get("value"), item.get("currency"), item.get("magnitude"))
    if item.get("qualifier") == "range" and item.get("value_max") is not None:
        amount = f"{amount} – {format_amount(item['value_max'], item.get('currency'))}"
    # A vague amount already shows "?" for its value.
    prefix = "" if item.get("value") is None else _QUALIFIERS.get(item.get("qualifier") or "", "")
    per = f" /{item['per']}" if item.get("per") else ""
    return f"{prefix} {amount}{per}".strip()


def format_power(watts: float | None) -> str:
    if watts is None:
        return ""
    for size, unit in ((1e12, "TW"), (1e9, "GW"), (1e6, "MW"), (1e3, "kW")):
        if abs(watts) >= size:
            return f"{french_number(watts / size)}\u00a0{unit}"
    return f"{french_number(watts)}\u00a0W"


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", expand=False, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    return table


def render_record(console: Console, record: dict[str, Any]) -> None:
    """One article: a heading, then one table per fact type that has facts."""
    heading = Text(record["source"], style="bold")
    if not record.get("ok"):
        console.rule(heading)
        console.print(Text(f"error: {record.get('error')}", style="red"))
        return
    if record.get("reference_date"):
        heading.append(f"  (publié {record['reference_date']})", style="dim")
    console.rule(heading)

    if record.get("money"):
        table = _table("Montants", "Texte", "Valeur", "Devise")
        for item in record["money"]:
            table.add_row(item["text"], format_money(item), item.get("currency") or "")
        console.print(table)
    if record.get("organizations"):
        table = _table("Organisations", "Nom", "Mentions", "Alias")
        for org in record["organizations"]:
            table.add_row(org["name"], str(len(org["mentions"])), ", ".join(org.get("aliases", [])))
        console.print(table)
    if record.get("facilities"):
        table = _table("Installations", "Nom", "Type", "Lieu", "Capacité")
        for fac in record["facilities"]:
            capacity = fac.get("capacity") or {}
            shown = format_power(capacity.get("watts")) or capacity.get("text", "")
            table.add_row(fac["name"], fac.get("kind") or "", fac.get("location") or "", shown)
        console.print(table)
    if record.get("dates"):
        table = _table("Dates", "Texte", "Valeur", "Précision")
        for item in record["dates"]:
            value = item.get("value") or "?"
            if item.get("end_value"):
                value = f"{value} → {item['end_value']}"
            table.add_row(item["text"], value, item.get("grain") or "")
        console.print(table)
    if record.get("quantities"):
        table = _table("Quantités", "Texte", "Valeur")
        for item in record["quantities"]:
            shown = (
                format_power(item.get("watts")) or f"{french_number(item['value'])} {item['unit']}"
            )
            if item.get("count") and not any(sign in item["text"] for sign in "x×"):
                shown = f"{shown} (× {item['count']})"
            table.add_row(item["text"], shown)
        console.print(table)
    if not any(record.get(key) for key in ("money", "organizations", "facilities", "dates")):
        console.print(Text("aucun fait trouvé", style="dim"))


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def render_scores(console: Console, title: str, scores: dict[str, dict[str, Any]]) -> None:
    table = _table(title, "Type", "P", "R", "F1", "TP", "FP", "FN", "Capacité R")
    for fact_type, score in scores.items():
        capacity = score.get("capacity_recall")
        table.add_row(
            fact_type,
            _fmt(score["precision"]),
            _fmt(score["recall"]),
            _fmt(score["f1"]),
            str(score["true_positives"]),
            str(score["false_positives"]),
            str(score["false_negatives"]),
            "" if capacity is None else f"{capacity:.3f}",
        )
    console.print(table)


def render_evaluation(
    title: str, summary: dict[str, dict[str, Any]], scores: dict[str, Any], misses: int
) -> None:
    """`newsfacts eval` for people: the scores, then up to `misses` misses and false hits of each
    type (`scores` holds evaluate.TypeScore objects)."""
    console = Console()
    render_scores(console, title, summary)
    if not misses:
        return
    for fact_type, score in scores.items():
        render_misses(
            console,
            fact_type,
            [_describe(m["id"], m["gold"]) for m in score.misses[:misses]],
            [_describe(m["id"], m["predicted"]) for m in score.false_hits[:misses]],
        )


def _describe(doc_id: str, item: dict[str, Any]) -> str:
    label = item.get("text") or item.get("name") or ""
    details: dict[str, Any] = {
        k: item[k] for k in ("value", "currency", "end", "kind", "location") if k in item
    }
    if "capacity_watts" in item:
        details["capacity_watts"] = item["capacity_watts"]
    return f"{doc_id}: {label!r} {json.dumps(details, ensure_ascii=False)}"


def render_misses(
    console: Console, fact_type: str, misses: list[str], false_hits: list[str]
) -> None:
    if misses:
        console.print(Text(f"{fact_type}: missed", style="bold"))
        for line in misses:
            console.print(f"  - {line}", markup=False, highlight=False)
    if false_hits:
        console.print(Text(f"{fact_type}: false hits", style="bold"))
        for line in false_hits:
            console.print(f"  + {line}", markup=False, highlight=False)


class BatchProgress:
    """A progress bar over the inputs of a batch, on stderr. Only shown when stderr is a terminal
    (Rich checks); used as a context manager so the bar is cleared however the batch ends."""

    def __init__(self, total: int) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[articles]} articles, {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            # Records are written to stdout as they come: only stderr lines (the per-input
            # errors) are routed above the bar.
            redirect_stdout=False,
        )
        self._task = self._progress.add_task("inputs", total=total, articles=0, failed=0)

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._progress.stop()

    def update(self, *, inputs_done: int, articles: int, failed: int) -> None:
        self._progress.update(self._task, completed=inputs_done, articles=articles, failed=failed)
