"""Rich rendering for people: the only module that uses Rich.

Tables speak French, as the data does: values are written the French way ("61,5 Md$", "2,2 GW",
"700 000 €"), and the record's English vocabulary (kinds, grains, units of a price) is shown in
French. Tables fit in 80 columns. Rich honours NO_COLOR, FORCE_COLOR and COLUMNS by itself.

Every string that comes from an input (file names, ids, names and texts found in articles) is
shown inert: as Text, never read as Rich markup, with control characters written as escapes, so
that a file name holding a terminal escape sequence cannot clear the screen or set the title.
"""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .output import inert

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


# The record's vocabulary, in French for the tables.
KINDS_FR = {
    "data center": "centre de données",
    "nuclear plant": "centrale nucléaire",
    "wind farm": "parc éolien",
    "offshore wind farm": "parc éolien en mer",
    "solar farm": "centrale solaire",
    "hydro plant": "centrale hydroélectrique",
    "pumped storage": "STEP",
    "battery storage": "stockage par batteries",
    "gigafactory": "gigafactory",
    "factory": "usine",
    "electrolyser": "électrolyseur",
    "refinery": "raffinerie",
    "mine": "mine",
    "LNG terminal": "terminal méthanier",
    "port": "port",
    "airport": "aéroport",
    "launch site": "base de lancement",
    "research facility": "centre de recherche",
    "other": "autre",
}
GRAINS_FR = {
    "year": "année",
    "half": "semestre",
    "season": "saison",
    "quarter": "trimestre",
    "month": "mois",
    "week": "semaine",
    "day": "jour",
}
PER_FR = {
    "hour": "heure",
    "day": "jour",
    "week": "semaine",
    "month": "mois",
    "year": "an",
    "night": "nuit",
    "person": "personne",
    "share": "action",
    "barrel": "baril",
    "tonne": "t",
    "litre": "l",
    "ounce": "once",
}


class _Console(Console):
    """A console whose reader may go away: a broken pipe is raised as such, for the batch to end
    as it does for JSON Lines (Rich's own handling exits with status 1)."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def console_for(stream: Any) -> Console:
    return _Console(file=stream)


def _cell(value: object) -> Text:
    return Text(inert(value))


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
    per = f" /{PER_FR.get(item['per'], item['per'])}" if item.get("per") else ""
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
    heading = Text(inert(record["source"]), style="bold")
    if not record.get("ok"):
        console.rule(heading)
        console.print(Text(f"erreur : {inert(record.get('error'))}", style="red"))
        return
    if record.get("reference_date"):
        heading.append(f"  (publié {record['reference_date']})", style="dim")
    console.rule(heading)
    shown = False
    for key, title, columns, rows in _TABLES:
        if record.get(key):
            table = _table(title, *columns)
            for row in rows(record[key]):
                table.add_row(*(_cell(value) for value in row))
            console.print(table)
            shown = True
    if not shown:
        console.print(Text("aucun fait trouvé", style="dim"))


def _money_rows(items: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    return [(m["text"], format_money(m), m.get("currency") or "") for m in items]


def _organization_rows(items: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    return [(o["name"], len(o["mentions"]), ", ".join(o.get("aliases", []))) for o in items]


def _facility_rows(items: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for fac in items:
        capacity = fac.get("capacity") or {}
        shown = format_power(capacity.get("watts")) or capacity.get("text", "")
        kind = KINDS_FR.get(fac.get("kind") or "", fac.get("kind") or "")
        rows.append((fac["name"], kind, fac.get("location") or "", shown))
    return rows


def _date_rows(items: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for item in items:
        value = item.get("value") or "?"
        if item.get("end_value"):
            value = f"{value} → {item['end_value']}"
        rows.append((item["text"], value, GRAINS_FR.get(item.get("grain") or "", "")))
    return rows


def _quantity_rows(items: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for item in items:
        shown = format_power(item.get("watts")) or f"{french_number(item['value'])} {item['unit']}"
        if item.get("count") and not any(sign in item["text"] for sign in "x×"):
            shown = f"{shown} (× {item['count']})"
        rows.append((item["text"], shown))
    return rows


DEAL_KINDS_FR = {
    "investment": "investissement",
    "funding_round": "levée de fonds",
    "acquisition": "acquisition",
    "valuation": "valorisation",
    "revenue": "chiffre d'affaires",
    "cost": "coût",
    "subsidy": "subvention",
    "contract": "contrat",
    "other": "autre",
}
DEAL_STATUS_FR = {
    "done": "fait",
    "announced": "annoncé",
    "planned": "prévu",
    "possible": "possible",
}


def _deal_rows(items: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for deal in items:
        actor = ", ".join([deal.get("actor") or "?", *deal.get("co_actors", [])])
        parties = f"{actor} → {deal.get('target') or '?'}"
        rows.append(
            (
                DEAL_KINDS_FR.get(deal["kind"], deal["kind"]),
                parties,
                format_money(deal["amount"]),
                deal.get("date") or "",
                DEAL_STATUS_FR.get(deal["status"], deal["status"]),
            )
        )
    return rows


# The tables of a record, in order: the record's key, the title, the columns, the rows.
_TABLES = (
    ("money", "Montants", ("Texte", "Valeur", "Devise"), _money_rows),
    ("organizations", "Organisations", ("Nom", "Mentions", "Alias"), _organization_rows),
    ("facilities", "Installations", ("Nom", "Type", "Lieu", "Capacité"), _facility_rows),
    ("dates", "Dates", ("Texte", "Valeur", "Précision"), _date_rows),
    ("quantities", "Quantités", ("Texte", "Valeur"), _quantity_rows),
    ("deals", "Opérations", ("Type", "Qui → à qui", "Montant", "Date", "Statut"), _deal_rows),
)


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def render_scores(console: Console, title: str, scores: dict[str, dict[str, Any]]) -> None:
    table = _table(title, "Type", "P", "R", "F1", "TP", "FP", "FN", "Capacité R", "Rôles")
    for fact_type, score in scores.items():
        capacity = score.get("capacity_recall")
        roles = score.get("roles_right")
        table.add_row(
            fact_type,
            _fmt(score["precision"]),
            _fmt(score["recall"]),
            _fmt(score["f1"]),
            str(score["true_positives"]),
            str(score["false_positives"]),
            str(score["false_negatives"]),
            "" if capacity is None else f"{capacity:.3f}",
            "" if roles is None else f"{roles:.3f}",
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
    label = (
        item.get("text")
        or item.get("name")
        or item.get("money_text")
        or (item.get("amount") or {}).get("text")
        or ""
    )
    details: dict[str, Any] = {
        k: item[k]
        for k in ("value", "currency", "end", "kind", "location", "actor", "target")
        if k in item
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
            console.print(f"  - {inert(line)}", markup=False, highlight=False)
    if false_hits:
        console.print(Text(f"{fact_type}: false hits", style="bold"))
        for line in false_hits:
            console.print(f"  + {inert(line)}", markup=False, highlight=False)


class BatchProgress:
    """A progress bar over the articles of a batch (a JSONL file counts its lines), on stderr. Only
    shown when stderr is a terminal (Rich checks); used as a context manager so the bar is cleared
    however the batch ends."""

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
            TextColumn("{task.fields[failed]} en échec"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
            # Records are written to stdout as they come: only stderr lines (the per-input
            # errors) are routed above the bar.
            redirect_stdout=False,
        )
        self._task = self._progress.add_task("articles", total=total, failed=0)

    def __enter__(self) -> BatchProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._progress.stop()

    def update(self, *, articles: int, failed: int) -> None:
        self._progress.update(self._task, completed=articles, failed=failed)
