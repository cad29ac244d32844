"""Keep the compiled form of very large regular expressions on disk between runs.

Why: spaCy's French tokenizer has a `token_match` expression of 1.4 million characters (word lists
with the whole Unicode lower-case alphabet in each character class, all case-insensitive).
Python compiles it on every start, at import of `spacy.lang.fr` and again when the model's
tokenizer is read; that alone is 1.7 s, half of a one-article run. The compiled program is a
plain list of integers that only depends on the pattern and the Python version, so it can be kept.

How: `prime()` reads the kept programs and builds the Pattern objects with `_sre.compile` (what
`re.compile` itself ends with), then places them in `re`'s own cache, keyed by their pattern
string. When spaCy later calls `re.compile` with exactly that string, it gets the cached object;
any other string, or a changed spaCy, compiles as usual. `cached_compiles()` does that and, for a pattern
it has to compile, writes the program it built.

This leans on CPython internals (`re._cache`, `re._parser`, `re._compiler`, `_sre.compile`).
Every step is checked: the cache is keyed by interpreter version and `_sre.MAGIC`, `_sre`
validates the program it is given, and any surprise turns the cache off, which only costs time.
`NEWSFACTS_CACHE_DIR` chooses the folder (default: `$XDG_CACHE_HOME/newsfacts` or
`~/.cache/newsfacts`); set it to an empty string to turn the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Patterns shorter than this compile in milliseconds: not worth a file.
MIN_PATTERN_LENGTH = 100_000


def _internals() -> tuple[Any, Any, Any] | None:
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python < 3.11, or not CPython
        return None
    if not isinstance(getattr(re, "_cache", None), dict):
        return None
    return _sre, _parser, _compiler


def cache_dir() -> Path | None:
    configured = os.environ.get("NEWSFACTS_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsfacts"


def _tag() -> str:
    internals = _internals()
    magic = internals[0].MAGIC if internals else 0
    return f"{sys.implementation.cache_tag}-sre{magic}"


def _file_for(pattern: str, flags: int) -> str:
    digest = hashlib.sha256(f"{flags}:{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"re-{_tag()}-{digest[:24]}.bin"


def prime(directory: Path | None = None) -> int:
    """Load every kept program into `re`'s cache; the number loaded."""
    directory = directory if directory is not None else cache_dir()
    internals = _internals()
    if directory is None or internals is None or not directory.is_dir():
        return 0
    loaded = 0
    for path in directory.glob(f"re-{_tag()}-*.bin"):
        try:
            pattern, flags, compiled = _load(path, internals[0])
        except Exception:  # noqa: BLE001 - a bad cache file only costs a compile
            with contextlib.suppress(OSError):
                path.unlink()
            continue
        re._cache[(str, pattern, flags)] = compiled  # type: ignore[attr-defined]
        loaded += 1
    return loaded


def _load(path: Path, sre: Any) -> tuple[str, int, re.Pattern[str]]:
    data = path.read_bytes()
    header_end = data.index(b"\n")
    header = json.loads(data[:header_end])
    if header["tag"] != _tag() or header["codesize"] != sre.CODESIZE:
        raise ValueError("stale cache file")
    pattern_end = header_end + 1 + header["pattern_bytes"]
    pattern = data[header_end + 1 : pattern_end].decode("utf-8", "surrogatepass")
    code = array(header["typecode"])
    code.frombytes(data[pattern_end:])
    if hashlib.sha256(data[pattern_end:]).hexdigest() != header["code_sha256"]:
        raise ValueError("corrupt cache file")
    compiled = sre.compile(
        pattern,
        header["final_flags"],
        code.tolist(),
        header["groups"],
        header["groupindex"],
        tuple(header["indexgroup"]),
    )
    return pattern, header["flags"], compiled


@contextlib.contextmanager
def cached_compiles(directory: Path | None) -> Iterator[None]:
    """Within this block, large patterns come from the disk cache when kept there, and those that
    have to be compiled are kept for the next run (at no extra cost: the program `re` builds anyway
    is the one written). With `directory` None, nothing changes."""
    internals = _internals()
    if directory is None or internals is None:
        yield
        return
    prime(directory)
    sre, parser, compiler = internals
    original = compiler.compile

    def compile_and_keep(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or len(pattern) < MIN_PATTERN_LENGTH:
            return original(pattern, flags)
        try:
            return _compile_and_keep(pattern, flags)
        except Exception:  # noqa: BLE001 - internals of another Python: compile as usual
            return original(pattern, flags)

    def _compile_and_keep(pattern: str, flags: int) -> Any:
        # What re._compiler.compile does, keeping the program instead of only building the
        # Pattern from it.
        parsed = parser.parse(pattern, flags)
        code = compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        header = {
            "flags": flags,
            "final_flags": flags | parsed.state.flags,
            "groups": parsed.state.groups - 1,
            "groupindex": groupindex,
            "indexgroup": indexgroup,
        }
        compiled = sre.compile(
            pattern,
            header["final_flags"],
            code,
            header["groups"],
            groupindex,
            tuple(indexgroup),
        )
        with contextlib.suppress(Exception):  # a read-only home must not fail a run
            _write(directory, pattern, code, header, sre)
        return compiled

    compiler.compile = compile_and_keep
    try:
        yield
    finally:
        compiler.compile = original


def _write(
    directory: Path, pattern: str, code: list[int], header: dict[str, Any], sre: Any
) -> None:
    target = directory / _file_for(pattern, header["flags"])
    directory.mkdir(parents=True, exist_ok=True)
    typecode = "I" if array("I").itemsize == sre.CODESIZE else "L"
    code_bytes = array(typecode, code).tobytes()
    pattern_bytes = pattern.encode("utf-8", "surrogatepass")
    header = {
        **header,
        "tag": _tag(),
        "codesize": sre.CODESIZE,
        "typecode": typecode,
        "pattern_bytes": len(pattern_bytes),
        "code_sha256": hashlib.sha256(code_bytes).hexdigest(),
    }
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".re-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(json.dumps(header).encode() + b"\n" + pattern_bytes + code_bytes)
        os.replace(temporary, target)  # atomic: a concurrent run never reads half a file
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
