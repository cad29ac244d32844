"""newsfacts on Dask: a Dask DataFrame of articles in, a Dask DataFrame of records out.

    from dask.distributed import Client, LocalCluster
    from newsfacts.extractors import dask as nf_dask

    client = Client(LocalCluster(n_workers=2, threads_per_worker=1))
    nf_dask.prebuild(client)                       # each worker builds its extractor now
    records = nf_dask.extract(ddf, text="text", id="id", reference_date="date")

Each partition goes through `batches.extract_batch`, the core the command line and Spark share:
one extractor per worker process, built by the worker plugin of `prebuild` (or on the first
partition), never shipped with the data; a bad article is an error row. The columns are those of
`batches.record_schema()`, as pandas columns backed by Arrow (`pd.ArrowDtype`), so nested facts
keep their types.

Give each worker one thread (`threads_per_worker=1`) and as many workers as cores: the extractor
is CPU-bound Python, so threads of one worker only wait for each other, and their extractors are
not shared. `pip install 'newsfacts[dask]'`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .pipeline import DEFAULT_MODEL
from .record import FACT_TYPES

ROW_ID = "_newsfacts_row"  # the id column made for a frame that has none


def output_meta() -> Any:
    """An empty pandas frame with `extract`'s columns and dtypes."""
    import pandas as pd

    from .batches import record_schema

    return record_schema().empty_table().to_pandas(types_mapper=pd.ArrowDtype)


def _run_partition(
    part: Any,
    text: str,
    id: str | None,  # noqa: A002 - the column's name
    reference_date: str | None,
    types: tuple[str, ...],
    model: str,
    partition_info: dict[str, Any] | None = None,
) -> Any:
    import pandas as pd
    import pyarrow as pa

    from .batches import extract_batch

    table = pa.Table.from_pandas(part, preserve_index=False)
    if id is None:
        # rows without an id are numbered "partition:row", unique over the whole frame
        number = partition_info["number"] if partition_info else 0
        ids = pa.array([f"{number}:{row}" for row in range(table.num_rows)], pa.string())
        table, id = table.append_column(ROW_ID, ids), ROW_ID
    out = extract_batch(
        table, text=text, id=id, reference_date=reference_date, types=types, model=model
    )
    return pa.Table.from_batches([out]).to_pandas(types_mapper=pd.ArrowDtype)


def extract(
    ddf: Any,
    text: str = "text",
    id: str | None = "id",  # noqa: A002 - the column's name
    reference_date: str | None = None,
    types: Iterable[str] = FACT_TYPES,
    model: str = DEFAULT_MODEL,
) -> Any:
    """The records of the articles in `ddf`'s `text` column, one row per row, partition by
    partition. A column that `ddf` lacks raises before anything is computed."""
    from .batches import input_columns

    columns = input_columns(ddf.columns, text, id, reference_date)
    return ddf[columns].map_partitions(
        _run_partition,
        text,
        id,
        reference_date,
        tuple(types),
        model,
        meta=output_meta(),
    )


def _prebuild_plugin(model: str, types: tuple[str, ...]) -> Any:
    """A Dask worker plugin: each worker builds its extractor when it starts, not on its first
    partition. Made here, where `distributed` is imported, since plugins must subclass its
    WorkerPlugin."""
    from distributed import WorkerPlugin

    class Prebuild(WorkerPlugin):
        def setup(self, worker: Any) -> None:
            from .batches import cached_extractor

            cached_extractor(model, types)

    return Prebuild()


def prebuild(client: Any, model: str = DEFAULT_MODEL, types: Iterable[str] = FACT_TYPES) -> None:
    """Register the worker plugin that builds the extractor on `client`'s workers (those to come
    too)."""
    client.register_plugin(_prebuild_plugin(model, tuple(types)), name="newsfacts-prebuild")
