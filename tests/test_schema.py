"""The JSON Schema of the record (`newsfacts schema`) and the records come from one set of typed
models: every record the code writes validates, the models refuse keys they do not list, and no
object in the schema allows keys it does not list."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import pytest
from helpers import SHARED, GoldRuns, skip_without_shared
from newsfacts.cli.app import app
from newsfacts.extractors.money import patterns as money_patterns
from newsfacts.extractors.pipeline import Extractor
from newsfacts.extractors.record import (
    FACT_TYPES,
    SCHEMA_VERSION,
    Capacity,
    Money,
    MoneyQualifier,
    error_record,
    json_schema,
)
from pydantic import ValidationError
from typer.testing import CliRunner

jsonschema = pytest.importorskip("jsonschema")

# Written for this test to reach the optional keys: a range, a vague amount, a unit price, a
# period, a week, relative dates, a per-unit capacity with a bound, energy and production
# quantities.
RICH_ARTICLE = (
    "PARIS, 3 février 2025 (AFP) - Le projet coûtera entre 2 et 3 milliards d'euros, plusieurs "
    "millions de dollars, et 25 euros de l'heure. Du 3 au 7 mars, la centrale nucléaire de "
    "Flamanville, exploitée par EDF, de deux réacteurs de 1 650 MW, a produit 12 TWh l'an dernier "
    "et 40 000 tonnes par an. Le groupe Orvalis a versé plus de 4 millions d'euros en janvier. "
    "La semaine dernière, la centrale de Penhir, d'une puissance de plus de 900 MW, a redémarré."
)
PLAIN_ARTICLE = "Rien à signaler ce jour-là, sinon une réunion du conseil municipal."
SHARED_GOLD = sorted((SHARED / "eval").glob("*.jsonl"))


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def errors(validator: Any, record: dict[str, Any]) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(record)]


def test_golden_records_validate(validator: Any, samples_dir: Path) -> None:
    expected = sorted((samples_dir / "expected").glob("*.json"))
    assert expected
    for path in expected:
        record = json.loads(path.read_text(encoding="utf-8"))
        assert errors(validator, record) == [], path.name


def test_every_sample_validates(
    validator: Any, extractor: Extractor, sample_articles: list[Path]
) -> None:
    assert sample_articles
    for path in sample_articles:
        record = extractor.extract(path.read_text(encoding="utf-8"), source=path.name)
        assert errors(validator, record) == [], path.name


@pytest.mark.parametrize("path", SHARED_GOLD, ids=[p.stem for p in SHARED_GOLD])
def test_every_record_of_the_shared_gold_texts_validates(
    validator: Any, gold_runs: GoldRuns, path: Path
) -> None:
    runs = gold_runs(path)
    assert runs
    invalid = {
        document.get("id"): problems
        for document, record in runs
        if (problems := errors(validator, record))
    }
    assert invalid == {}


def test_shared_gold_texts_are_here_or_the_skip_says_so() -> None:
    skip_without_shared(SHARED / "eval" / "news-visible.jsonl")
    assert len(SHARED_GOLD) >= 5


@pytest.mark.parametrize("text", [RICH_ARTICLE, PLAIN_ARTICLE])
def test_fresh_records_validate(validator: Any, extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, source="test")
    assert errors(validator, record) == []


def test_a_week_and_a_bounded_capacity_are_in_the_schema(
    validator: Any, extractor: Extractor
) -> None:
    """Two records that broke the schema before it came from the models: a week's grain, and a
    capacity or quantity with a qualifier."""
    record = extractor.extract(RICH_ARTICLE, source="test", reference_date="2025-02-03")
    weeks = [d for d in record["dates"] if d["grain"] == "week"]
    assert [(d["text"], d["value"], d["end_value"]) for d in weeks] == [
        ("La semaine dernière", "2025-01-27", "2025-02-02")
    ]
    bounded = [f for f in record["facilities"] if (f["capacity"] or {}).get("qualifier")]
    assert [(f["capacity"]["text"], f["capacity"]["qualifier"]) for f in bounded] == [
        ("900 MW", "more_than")
    ]
    assert any(q.get("qualifier") == "more_than" for q in record["quantities"])
    assert errors(validator, record) == []


def test_records_with_some_types_validate(validator: Any) -> None:
    record = Extractor(types=("money", "dates")).extract(RICH_ARTICLE)
    assert set(FACT_TYPES) - set(record) == {"organizations", "facilities", "quantities", "deals"}
    assert errors(validator, record) == []


def test_error_record_validates(validator: Any) -> None:
    assert errors(validator, error_record("x.txt", "no such file")) == []


def test_unknown_keys_are_refused_by_the_schema(validator: Any, extractor: Extractor) -> None:
    """What makes the tests above catch a key the schema does not know."""
    record = extractor.extract(RICH_ARTICLE)
    record["money"][0]["surprise"] = 1
    assert errors(validator, record)
    record = extractor.extract(RICH_ARTICLE)
    record["surprise"] = 1
    assert errors(validator, record)


def test_the_models_refuse_unknown_keys_and_wrong_values() -> None:
    """A component cannot write what the schema does not say: building the fact fails."""
    fact = {"text": "5 €", "start": 0, "end": 3, "value": 5.0, "currency": "EUR"}
    assert Money(**fact, qualifier="exact").as_json()["currency"] == "EUR"
    with pytest.raises(ValidationError):
        Money(**fact, qualifier="exact", surprise=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Money(**fact, qualifier="roughly")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Capacity(value=1.0, unit="MW", text="1 MW", qualifier="about")  # type: ignore[arg-type]


def test_optional_keys_are_left_out_not_null() -> None:
    fact = Money(text="5 €", start=0, end=3, value=5.0, currency="EUR", qualifier="exact")
    assert fact.as_json() == {
        "text": "5 €",
        "start": 0,
        "end": 3,
        "value": 5.0,
        "currency": "EUR",
        "qualifier": "exact",
    }
    vague = Money(text="x", start=0, end=1, value=None, currency=None, qualifier="unspecified")
    assert vague.as_json()["value"] is None and "magnitude" not in vague.as_json()


def _objects(schema: Any) -> list[dict[str, Any]]:
    found = []
    if isinstance(schema, dict):
        if schema.get("type") == "object":
            found.append(schema)
        for value in schema.values():
            found.extend(_objects(value))
    elif isinstance(schema, list):
        for value in schema:
            found.extend(_objects(value))
    return found


def test_every_object_is_closed() -> None:
    objects = _objects(json_schema())
    assert len(objects) >= 9
    for obj in objects:
        assert obj["additionalProperties"] is False, obj
        assert set(obj["required"]) <= set(obj["properties"])


def test_optional_keys_are_not_nullable_in_the_schema() -> None:
    money = json_schema()["$defs"]["Money"]
    assert "value_max" not in money["required"]
    assert money["properties"]["value_max"] == {
        "type": "number",
        "description": "Upper bound of a range.",
    }
    assert {"type": "null"} in money["properties"]["value"]["anyOf"]


def test_money_qualifiers_known_to_the_patterns_are_in_the_schema() -> None:
    named = {name for _, name in money_patterns.QUALIFIERS}
    named |= {name for _, name in money_patterns.TRAILING_QUALIFIERS}
    assert named <= set(get_args(MoneyQualifier))


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == json_schema()
    article = printed["$defs"]["ArticleRecord"]
    assert article["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    assert [branch["$ref"] for branch in printed["oneOf"]] == [
        "#/$defs/ArticleRecord",
        "#/$defs/ErrorRecord",
    ]
