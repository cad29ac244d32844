"""newsfacts on Spark and Dask against `newsfacts extract --jobs N` on the same articles, in one
run.

    python benchmarks/engines.py --articles 2000 --cores 2   # newsfacts[spark,dask], and Java

The articles are benchmarks/run.py's (400 to 800 words from the samples' paragraphs), written as
one Parquet file of `--files` parts. The command line reads it and writes Parquet
(`newsfacts extract DIR --jobs N -o out.parquet`, start-up included); Spark `local[N]` runs
`extract` twice in one session, the first job building each worker's extractor, and the second
is the one compared, as issue 16 asks ("after the first job"). Dask runs `N` workers of one
thread each, their extractors built by `prebuild` first (timed apart), and computes the records
into the client. The rows are counted on every side. Only numbers are printed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import load, make_articles


def parquet_of(folder: Path, out: Path, files: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    paths = sorted(folder.glob("*.txt"))
    out.mkdir(parents=True, exist_ok=True)
    step = -(-len(paths) // files)
    for part in range(files):
        chunk = paths[part * step : (part + 1) * step]
        table = pa.table(
            {"id": [p.stem for p in chunk], "text": [p.read_text(encoding="utf-8") for p in chunk]}
        )
        pq.write_table(table, out / f"part-{part}.parquet")
    return len(paths)


def cli(parquet: Path, jobs: int, out: Path) -> float:
    began = time.perf_counter()
    command = [sys.executable, "-m", "newsfacts.cli", "extract", str(parquet), "-q"]
    subprocess.run([*command, "--jobs", str(jobs), "-o", str(out)], check=False)
    return time.perf_counter() - began


def spark_runs(parquet: Path, cores: int, out: Path) -> tuple[float, float, int]:
    from newsfacts.extractors.spark import extract
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master(f"local[{cores}]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.files.maxPartitionBytes", str(4 * 1024 * 1024))
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    times = []
    for run in range(2):
        began = time.perf_counter()
        extract(spark.read.parquet(str(parquet))).write.mode("overwrite").parquet(
            str(out / str(run))
        )
        times.append(time.perf_counter() - began)
    rows = spark.read.parquet(str(out / "1")).count()
    spark.stop()
    return times[0], times[1], rows


def dask_runs(parquet: Path, cores: int) -> tuple[float, float, int]:
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster
    from newsfacts.extractors import dask as nf_dask

    cluster = LocalCluster(
        n_workers=cores, threads_per_worker=1, processes=True, dashboard_address=None
    )
    times = []
    with Client(cluster) as client:
        began = time.perf_counter()
        nf_dask.prebuild(client)
        times.append(time.perf_counter() - began)
        ddf = dd.read_parquet(str(parquet))
        began = time.perf_counter()
        rows = len(nf_dask.extract(ddf).compute())
        times.append(time.perf_counter() - began)
    cluster.close()
    return times[0], times[1], rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--engines", default="spark,dask", help="comma-separated: spark, dask")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="newsfacts-engines-"))
    make_articles(work / "txt", args.articles)
    count = parquet_of(work / "txt", work / "in", args.files)
    print(f"{count} articles in {args.files} Parquet files, {args.cores} cores {load()}")
    import pyarrow.parquet as pq

    seconds = cli(work / "in", args.cores, work / "cli.parquet")
    rows = pq.read_table(work / "cli.parquet").num_rows
    print(
        f"newsfacts extract --jobs {args.cores}: {seconds:6.1f} s, {rows} rows, "
        f"{count / seconds:5.1f} articles/s"
    )
    engines = args.engines.split(",")
    if "spark" in engines:
        first, second, rows = spark_runs(work / "in", args.cores, work / "spark")
        print(
            f"Spark local[{args.cores}] first job: {first:6.1f} s; second: {second:6.1f} s, "
            f"{rows} rows, {count / second:5.1f} articles/s"
        )
        print(f"Spark second job / newsfacts extract throughput: {seconds / second:.3f} {load()}")
    if "dask" in engines:
        build, run, rows = dask_runs(work / "in", args.cores)
        print(
            f"Dask LocalCluster({args.cores} workers x 1 thread): prebuild {build:6.1f} s; "
            f"extract {run:6.1f} s, {rows} rows, {count / run:5.1f} articles/s"
        )
        print(f"Dask extract / newsfacts extract throughput: {seconds / run:.3f} {load()}")


if __name__ == "__main__":
    main()
