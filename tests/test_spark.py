"""newsfacts on Spark (`extractors/spark.py`), in a local[2] session over a Parquet fixture of two
files. Skipped where pyspark (`pip install 'newsfacts[spark]'`) or Java is missing."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
if shutil.which("java") is None:
    pytest.skip("Spark needs Java", allow_module_level=True)

from newsfacts.extractors.article import Article  # noqa: E402
from newsfacts.extractors.batches import cached_extractor  # noqa: E402

TEXTS = [
    "Le groupe Brevia a investi {n} millions d'euros dans la start-up Kelmio mardi.",
    "La mairie de Valmont versera {n} millions d'euros à la coopérative en 2026.",
]
TYPES = ("money", "dates", "organizations")


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this interpreter
    session = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for part in range(2):
        ids = [f"p{part}-{i}" for i in range(10)]
        texts = [TEXTS[i % 2].format(n=10 * part + i + 1) for i in range(10)]
        if part == 1:
            texts[3] = ""  # a broken article
        dates = ["2025-03-20"] * 10
        pq.write_table(
            pa.table({"id": ids, "text": texts, "date": dates}), folder / f"part-{part}.parquet"
        )
    return folder


def test_spark_gives_the_records_the_library_gives(spark, articles: Path) -> None:  # type: ignore[no-untyped-def]
    from newsfacts.extractors.spark import extract, output_schema

    df = spark.read.parquet(str(articles))
    out = extract(df, text="text", id="id", reference_date="date", types=TYPES)
    assert out.schema == output_schema()
    rows = {r["id"]: r for r in out.collect()}
    assert len(rows) == 20
    assert [i for i, r in rows.items() if not r["ok"]] == ["p1-3"]
    assert rows["p1-3"]["error"] == "no text in this row"
    extractor = cached_extractor(types=TYPES)
    table = pq.read_table(articles / "part-0.parquet").to_pylist()
    for item in table:
        expected = extractor.extract_article(
            Article(item["text"], item["id"], item["date"], "input")
        )
        assert json.loads(rows[item["id"]]["record"]) == expected


def test_a_missing_column_fails_before_any_job(spark, articles: Path) -> None:  # type: ignore[no-untyped-def]
    from newsfacts.extractors.spark import extract

    with pytest.raises(KeyError, match="no column 'body'"):
        extract(spark.read.parquet(str(articles)), text="body")


def test_spark_submit_reads_json_lines_and_writes_parquet(tmp_path: Path) -> None:
    import subprocess

    import newsfacts.cli.spark_submit as entry

    submit = Path(sys.executable).with_name("spark-submit")
    if not submit.exists():
        pytest.skip("no spark-submit next to this Python")
    lines = [{"id": "j1", "text": TEXTS[0].format(n=4)}, {"id": "j2", "text": ""}]
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    command = [str(submit), "--master", "local[2]", entry.__file__, str(source)]
    done = subprocess.run(
        [*command, str(tmp_path / "out"), "--types", "money"], env=env, capture_output=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    rows = pq.read_table(tmp_path / "out").to_pylist()
    assert sorted((r["id"], r["ok"]) for r in rows) == [("j1", True), ("j2", False)]


def test_each_python_worker_builds_its_extractor_once(spark) -> None:  # type: ignore[no-untyped-def]
    """Tasks run in reused Python workers, each building the extractor on its first batch only:
    over three jobs of four tasks, at most two workers (local[2]), and no build after the first."""

    def probe(batches):  # type: ignore[no-untyped-def]
        import os as worker_os

        import pyarrow as worker_pa
        from newsfacts.extractors import batches as worker_batches

        for batch in batches:
            worker_batches.cached_extractor(types=("money",))
            yield worker_pa.RecordBatch.from_pylist(
                [{"pid": worker_os.getpid(), "builds": worker_batches.builds()}] * batch.num_rows
            )

    df = spark.range(0, 40, numPartitions=4)
    seen: dict[int, set[int]] = {}
    for _ in range(3):
        for row in df.mapInArrow(probe, "pid long, builds long").collect():
            seen.setdefault(row["pid"], set()).add(row["builds"])
    assert 1 <= len(seen) <= 2
    # a worker's count of builds never grows from one job to the next (earlier tests in the
    # same workers may have built extractors for other types)
    assert all(len(builds) == 1 for builds in seen.values())


def test_rows_without_an_id_get_ids_unique_over_the_frame(spark, articles: Path) -> None:  # type: ignore[no-untyped-def]
    from newsfacts.extractors.spark import extract

    df = spark.read.parquet(str(articles)).drop("id").repartition(4)
    ids = [r["id"] for r in extract(df, id=None, types=("money",)).select("id").collect()]
    assert len(ids) == 20 and len(set(ids)) == 20
