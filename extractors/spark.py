"""newsfacts on Spark: a DataFrame of articles in, a DataFrame of records out, on `mapInArrow`.

    from newsfacts.extractors.spark import extract
    records = extract(spark.read.parquet("s3a://news/2025/"), text="text", id="id",
                      reference_date="date")

Each Spark task hands its Arrow batches to `batches.extract_batch`, the same core the command line
shares its records with: one extractor per Python worker process (built on its first batch and
kept for the next tasks), never pickled with the rows; a bad article is an error record
(`ok` false), never an exception that fails the task. The output's schema is `output_schema()`,
the Spark form of `batches.record_schema()`: `id`, every field of the record (fact lists as arrays
of structs) and `record`, the record as its JSON line. Output order is Spark's: join on `id`.

It runs on the session the caller has (`SparkSession.builder.getOrCreate()` in `main`, so
`spark-submit` settings apply) and only uses DataFrame operations, which Spark Connect serves too.

    python -m newsfacts.extractors.spark IN OUT [--text COL] [--id COL] [--date COL]
    spark-submit SUBMIT_FILE IN OUT ...     # SUBMIT_FILE: newsfacts/cli/spark_submit.py

reads Parquet (or JSON Lines, by the `.jsonl` or `.json` suffix) from any path Spark reads
(`s3a://`, `hdfs://`, local) and writes Parquet. `pip install 'newsfacts[spark]'`.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsfacts.extractors.pipeline import DEFAULT_MODEL
from newsfacts.extractors.record import FACT_TYPES

if TYPE_CHECKING:
    import pyarrow as pa


def output_schema() -> Any:
    """The Spark StructType of `extract`'s output, converted from `batches.record_schema()`."""
    from newsfacts.extractors.batches import record_schema
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(record_schema())


ROW_ID = "_newsfacts_row"  # the id column made for a frame that has none


def extract(
    df: Any,
    text: str = "text",
    id: str | None = "id",  # noqa: A002 - the column's name
    reference_date: str | None = None,
    types: Iterable[str] = FACT_TYPES,
    model: str = DEFAULT_MODEL,
) -> Any:
    """The records of the articles in `df`'s `text` column, one row per row (see the module's
    docstring). A column that `df` lacks raises before any job runs."""
    from newsfacts.extractors.batches import input_columns

    wanted = tuple(types)
    columns = input_columns(df.columns, text, id, reference_date)
    if id is None:
        # rows without an id take Spark's: unique over the whole frame, not consecutive
        from pyspark.sql import functions

        df = df.withColumn(ROW_ID, functions.monotonically_increasing_id().cast("string"))
        columns, id = [*columns, ROW_ID], ROW_ID

    def run(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from newsfacts.extractors.batches import extract_batch

        for batch in batches:
            yield extract_batch(
                batch, text=text, id=id, reference_date=reference_date, types=wanted, model=model
            )

    return df.select(*columns).mapInArrow(run, output_schema())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="newsfacts.extractors.spark", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("input", help="Parquet, or JSON Lines (.jsonl, .json), any Spark path")
    parser.add_argument("output", help="where the records are written, as Parquet")
    parser.add_argument("--text", default="text", help="the column of article texts")
    parser.add_argument("--id", default="id", help="the column of ids ('' : none)")
    parser.add_argument("--date", default=None, help="the column of publication dates")
    parser.add_argument("--types", default=",".join(FACT_TYPES), help="comma-separated types")
    args = parser.parse_args(argv)
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("newsfacts").getOrCreate()
    is_json = args.input.rstrip("/").lower().endswith((".jsonl", ".json"))
    articles = spark.read.json(args.input) if is_json else spark.read.parquet(args.input)
    records = extract(
        articles,
        text=args.text,
        id=args.id or None,
        reference_date=args.date,
        types=[t for t in args.types.split(",") if t],
    )
    records.write.mode("overwrite").parquet(args.output)


if __name__ == "__main__":
    main()
