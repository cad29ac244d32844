"""newsfacts on Dask (`extractors/dask.py`), on a two-worker LocalCluster. Skipped where dask and
distributed (`pip install 'newsfacts[dask]'`) are missing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")
pd = pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

from newsfacts.extractors import batches  # noqa: E402
from newsfacts.extractors import dask as nf_dask  # noqa: E402
from newsfacts.extractors.article import Article  # noqa: E402

TYPES = ("money", "dates")
TEXTS = [
    "La société Brevia a levé {n} millions d'euros mardi.",
    "La mairie de Valmont versera {n} millions d'euros à la coopérative en 2026.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with Client(cluster) as session:
        nf_dask.prebuild(session, types=TYPES)
        yield session
    cluster.close()


@pytest.fixture(scope="module")
def frame() -> Any:
    texts = [TEXTS[i % 2].format(n=i + 1) for i in range(20)]
    texts[7] = ""  # a broken article
    return pd.DataFrame(
        {"id": [f"a{i}" for i in range(20)], "text": texts, "date": ["2025-03-20"] * 20}
    )


def test_dask_gives_the_records_the_library_gives(client: Any, frame: Any) -> None:
    ddf = dd.from_pandas(frame, npartitions=4)
    out = nf_dask.extract(ddf, reference_date="date", types=TYPES).compute()
    assert list(out.columns) == batches.record_schema().names
    rows = {r["id"]: r for r in out.to_dict("records")}
    assert len(rows) == 20
    assert [i for i, r in rows.items() if not r["ok"]] == ["a7"]
    assert rows["a7"]["error"] == "no text in this row"
    extractor = batches.cached_extractor(types=TYPES)
    for item in frame.to_dict("records"):
        if item["text"]:
            expected = extractor.extract_article(
                Article(item["text"], item["id"], item["date"], "input")
            )
            assert json.loads(rows[item["id"]]["record"]) == expected


def test_each_worker_builds_its_extractor_once(client: Any, frame: Any) -> None:
    ddf = dd.from_pandas(frame, npartitions=4)
    for _ in range(2):
        nf_dask.extract(ddf, reference_date="date", types=TYPES).compute()
    assert set(client.run(batches.builds).values()) == {1}


def test_a_missing_column_fails_before_any_work(frame: Any) -> None:
    with pytest.raises(KeyError, match="no column 'body'"):
        nf_dask.extract(dd.from_pandas(frame, npartitions=2), text="body")


def test_rows_without_an_id_get_ids_unique_over_the_frame(client: Any, frame: Any) -> None:
    ddf = dd.from_pandas(frame.drop(columns=["id"]), npartitions=4)
    out = nf_dask.extract(ddf, id=None, types=TYPES).compute()
    ids = list(out["id"])
    assert len(ids) == 20 and len(set(ids)) == 20
    assert {i.split(":")[0] for i in ids} == {"0", "1", "2", "3"}  # partition:row
