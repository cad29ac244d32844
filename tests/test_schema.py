"""The JSON Schema of the record (`newsfacts schema`) stays in step with the code: every record the
code writes validates, and no object in the schema allows keys it does not list, so a key added to
a component without being added to the schema fails here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from newsfacts.cli.app import app
from newsfacts.extractors.money import patterns as money_patterns
from newsfacts.extractors.pipeline import Extractor
from newsfacts.extractors.record import (
    FACT_TYPES,
    MONEY_QUALIFIERS,
    SCHEMA_VERSION,
    error_record,
    json_schema,
)
from typer.testing import CliRunner

jsonschema = pytest.importorskip("jsonschema")

# Written for this test to reach the optional keys: a range, a vague amount, a unit price, a
# period, relative dates, a per-unit capacity, energy and production quantities.
RICH_ARTICLE = (
    "PARIS, 3 février 2025 (AFP) - Le projet coûtera entre 2 et 3 milliards d'euros, plusieurs "
    "millions de dollars, et 25 euros de l'heure. Du 3 au 7 mars, la centrale nucléaire de "
    "Flamanville, exploitée par EDF, de deux réacteurs de 1 650 MW, a produit 12 TWh l'an dernier "
    "et 40 000 tonnes par an. Le groupe Orvalis a versé plus de 4 millions d'euros en janvier."
)
PLAIN_ARTICLE = "Rien à signaler ce jour-là, sinon une réunion du conseil municipal."


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


@pytest.mark.parametrize("text", [RICH_ARTICLE, PLAIN_ARTICLE])
def test_fresh_records_validate(validator: Any, extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, source="test")
    assert errors(validator, record) == []


def test_records_with_some_types_validate(validator: Any) -> None:
    record = Extractor(types=("money", "dates")).extract(RICH_ARTICLE)
    assert set(FACT_TYPES) - set(record) == {"organizations", "facilities", "quantities"}
    assert errors(validator, record) == []


def test_error_record_validates(validator: Any) -> None:
    assert errors(validator, error_record("x.txt", "no such file")) == []


def test_unknown_keys_are_refused(validator: Any, extractor: Extractor) -> None:
    """What makes the tests above catch a key the schema does not know."""
    record = extractor.extract(RICH_ARTICLE)
    record["money"][0]["surprise"] = 1
    assert errors(validator, record)
    record = extractor.extract(RICH_ARTICLE)
    record["surprise"] = 1
    assert errors(validator, record)


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
    assert len(objects) >= 8
    for obj in objects:
        assert obj["additionalProperties"] is False, obj
        assert set(obj["required"]) <= set(obj["properties"])


def test_money_qualifiers_known_to_the_patterns_are_in_the_schema() -> None:
    named = {name for _, name in money_patterns.QUALIFIERS}
    named |= {name for _, name in money_patterns.TRAILING_QUALIFIERS}
    assert named <= set(MONEY_QUALIFIERS)


def test_schema_command_prints_the_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == json_schema()
    assert printed["oneOf"][0]["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
