"""The Arrow batch core (extractors/batches.py): rows in, records out, bad rows as error records."""

from __future__ import annotations

import json

import pytest

pa = pytest.importorskip("pyarrow")

from newsfacts.extractors import batches  # noqa: E402
from newsfacts.extractors.article import Article  # noqa: E402
from newsfacts.extractors.record import FACT_TYPES, ArticleRecord  # noqa: E402

ARTICLES = [
    (
        "r1",
        "Le groupe Brevia a investi 40 millions d'euros dans la start-up Kelmio le 12 mars.",
        "2025-03-20",
    ),
    ("r2", "", "2025-03-20"),  # no text
    ("r3", "La coopérative a vendu 3 000 tonnes de blé en janvier dernier.", "le 45 du mois"),
    (None, "La mairie de Valmont versera 2 millions d'euros en 2026.", None),
]


@pytest.fixture(scope="module")
def table() -> pa.Table:
    ids, texts, dates = zip(*ARTICLES, strict=True)
    return pa.table({"doc": list(ids), "body": list(texts), "published": list(dates)})


@pytest.fixture(scope="module")
def out(table: pa.Table) -> pa.RecordBatch:
    return batches.extract_batch(
        table, text="body", id="doc", reference_date="published", types=("money", "dates")
    )


def test_the_schema_is_the_records_fields_between_id_and_record() -> None:
    names = batches.record_schema().names
    assert names == ["id", *ArticleRecord.model_fields, "record"]


def test_one_row_per_input_row_in_order_with_the_ids(out: pa.RecordBatch) -> None:
    assert out.num_rows == len(ARTICLES)
    assert out.schema == batches.record_schema()
    assert out.column("id").to_pylist() == ["r1", "r2", "r3", "3"]


def test_bad_rows_are_error_records(out: pa.RecordBatch) -> None:
    assert out.column("ok").to_pylist() == [True, False, False, True]
    errors = out.column("error").to_pylist()
    assert errors[0] is None and errors[3] is None
    assert errors[1] == "no text in this row"
    assert errors[2].startswith("bad reference date")


def test_the_record_column_is_the_record_the_extractor_gives(out: pa.RecordBatch) -> None:
    extractor = batches.cached_extractor(types=("money", "dates"))
    expected = extractor.extract_article(Article(ARTICLES[0][1], "r1", "2025-03-20", "input"))
    assert json.loads(out.column("record")[0].as_py()) == expected
    money = out.column("money")[0].as_py()
    assert [(m["text"], m["value"], m["currency"]) for m in money] == [
        ("40 millions d'euros", 40e6, "EUR")
    ]
    assert out.column("dates")[0].as_py()[0]["value"] == "2025-03-12"


def test_types_not_asked_for_are_null(out: pa.RecordBatch) -> None:
    for name in set(FACT_TYPES) - {"money", "dates"}:
        assert out.column(name).to_pylist() == [None] * len(ARTICLES)


def test_the_extractor_is_built_once_per_process(table: pa.Table) -> None:
    batches.extract_batch(table, text="body", id="doc", types=("money", "dates"))
    before = batches.builds()
    for _ in range(3):
        batches.extract_batch(table, text="body", id=None, types=("dates", "money"))
    assert batches.builds() == before


def test_a_missing_column_is_a_mistake_in_the_call(table: pa.Table) -> None:
    with pytest.raises(KeyError, match="no text column 'text'"):
        batches.extract_batch(table, types=("money",))
