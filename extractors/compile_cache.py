"""Keep the compiled form of very large regular expressions in a folder between runs.

Why: spaCy's French tokenizer has a `token_match` expression of 1.4 million characters (word lists
with the whole Unicode lower-case alphabet in each character class, all case-insensitive). Python
compiles it on every start, at import of `spacy.lang.fr`; that alone is 1.7 s, half of a one-article
run. The compiled program is a list of integers that depends only on the pattern and the Python
version, so it can be kept.

How: inside `cached_compiles(folder)`, `re`'s compiler is wrapped. Asked for a pattern of at least
MIN_PATTERN_LENGTH characters, it looks in `folder` for the file named after that pattern's hash,
and builds the Pattern object from the kept program with `_sre.compile` (what `re.compile` itself
ends with); any other pattern, a missing or refused file, compiles as usual and, for a large
pattern, the program `re` built anyway is written for the next run. Nothing happens unless a
caller passes a folder: the library never chooses one (the command line does, see cli/cache.py).

Why a kept file can be trusted, since running a program that `re` did not build could crash the
interpreter or change what the tokenizer matches, and re-deriving the program to check it costs
as much as compiling it:
- the folder must belong to the current user, who alone may enter it (it is set to mode 0700); a
  file must belong to the user and be writable by nobody else;
- every file ends with an HMAC-SHA256 of all its bytes, made with a random key that lives in the
  folder (mode 0600) and never leaves it: only files that this user's newsfacts wrote from that
  very pattern verify. A corrupted file, one crafted or copied from elsewhere, or one for another
  pattern is refused and removed, and the pattern compiles as usual;
- the header must name this interpreter (cache tag, `_sre.MAGIC`, code size) and the pattern
  stored must equal the pattern asked for, character for character.
Files for other interpreters are pruned when a program is written, and at most MAX_FILES are kept.

This leans on CPython internals (`re._compiler`, `re._parser`, `_sre.compile`); on another Python,
or when anything is unexpected, the cache turns itself off, which only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
import sys
import tempfile
from array import array
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# Patterns shorter than this compile in milliseconds: not worth a file.
MIN_PATTERN_LENGTH = 100_000
# Programs kept per interpreter (spaCy's French data needs one; other languages or versions a few).
MAX_FILES = 8
_KEY_FILE = "key"
_KEY_BYTES = 32
_MAC_BYTES = hashlib.sha256().digest_size


def _internals() -> tuple[Any, Any, Any] | None:
    try:
        import _sre
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:  # Python < 3.11, or not CPython
        return None
    return _sre, _parser, _compiler


def _tag(sre: Any) -> str:
    return f"{sys.implementation.cache_tag}-sre{sre.MAGIC}-{sre.CODESIZE}"


def _file_for(sre: Any, pattern: str, flags: int) -> str:
    digest = hashlib.sha256(f"{flags}:{pattern}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"re-{_tag(sre)}-{digest[:32]}.bin"


def _private(path: Path, *, directory: bool) -> bool:
    """Whether `path` belongs to this user and nobody else can write it (or, for the folder, read
    or enter it)."""
    try:
        # The folder may be reached through a link of the user's; a file may not be a link.
        info = path.stat() if directory else path.lstat()
    except OSError:
        return False
    kind_ok = stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)
    closed = 0o077 if directory else 0o022
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return kind_ok and owner_ok and not info.st_mode & closed


def _owned(path: Path) -> bool:
    return not hasattr(os, "getuid") or path.stat().st_uid == os.getuid()


def _open_folder(directory: Path) -> bytes | None:
    """The folder's key, the folder and key created if need be; None when the folder cannot be
    used safely (not ours, open to others, unwritable)."""
    try:
        if not directory.exists():
            directory.mkdir(mode=0o700, parents=True)
        if _owned(directory):
            directory.chmod(0o700)  # whatever the umask (or an earlier version) left
        if not _private(directory, directory=True):
            return None
        key_path = directory / _KEY_FILE
        if not key_path.exists():
            fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(secrets.token_bytes(_KEY_BYTES))
        if not _private(key_path, directory=False):
            return None
        key = key_path.read_bytes()
        return key if len(key) == _KEY_BYTES else None
    except FileExistsError:  # another process created the key between our two steps
        return _open_folder(directory)
    except OSError:
        return None


def _load(path: Path, key: bytes, sre: Any, pattern: str, flags: int) -> re.Pattern[str] | None:
    """The Pattern kept in `path` for `pattern`, or None when there is none or it is refused (a
    refused file is removed)."""
    if not path.exists():
        return None
    try:
        if not _private(path, directory=False):
            raise ValueError("not a private file")
        data = path.read_bytes()
        body, mac = data[:-_MAC_BYTES], data[-_MAC_BYTES:]
        if not hmac.compare_digest(mac, hmac.new(key, body, hashlib.sha256).digest()):
            raise ValueError("bad signature")
        header_end = body.index(b"\n")
        header = json.loads(body[:header_end])
        if header["tag"] != _tag(sre) or header["flags"] != flags:
            raise ValueError("another interpreter or flags")
        pattern_end = header_end + 1 + header["pattern_bytes"]
        if body[header_end + 1 : pattern_end].decode("utf-8", "surrogatepass") != pattern:
            raise ValueError("another pattern")
        code = array(header["typecode"])
        code.frombytes(body[pattern_end:])
        compiled: re.Pattern[str] = sre.compile(
            pattern,
            header["final_flags"],
            code.tolist(),
            header["groups"],
            header["groupindex"],
            tuple(header["indexgroup"]),
        )
        return compiled
    except Exception:  # noqa: BLE001 - a refused file only costs a compile
        with contextlib.suppress(OSError):
            path.unlink()
        return None


def _compile(parser: Any, compiler: Any, sre: Any, pattern: str, flags: int) -> tuple[Any, dict]:
    """What re._compiler.compile does, keeping the program and what rebuilds the Pattern."""
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
        pattern, header["final_flags"], code, header["groups"], groupindex, tuple(indexgroup)
    )
    return compiled, {"header": header, "code": code}


def _write(directory: Path, key: bytes, sre: Any, pattern: str, kept: dict) -> None:
    typecode = "I" if array("I").itemsize == sre.CODESIZE else "L"
    code_bytes = array(typecode, kept["code"]).tobytes()
    pattern_bytes = pattern.encode("utf-8", "surrogatepass")
    header = {
        **kept["header"],
        "tag": _tag(sre),
        "typecode": typecode,
        "pattern_bytes": len(pattern_bytes),
    }
    body = json.dumps(header).encode() + b"\n" + pattern_bytes + code_bytes
    target = directory / _file_for(sre, pattern, kept["header"]["flags"])
    handle, temporary = tempfile.mkstemp(dir=directory, prefix=".re-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(body + hmac.new(key, body, hashlib.sha256).digest())
        os.replace(temporary, target)  # atomic: a concurrent run never reads half a file
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _prune(directory, sre, keep=target)


def _prune(directory: Path, sre: Any, keep: Path) -> None:
    """Remove programs of other interpreters, and the oldest beyond MAX_FILES."""
    current: list[tuple[float, Path]] = []
    for path in directory.glob("re-*.bin"):
        with contextlib.suppress(OSError):
            if not path.name.startswith(f"re-{_tag(sre)}-"):
                path.unlink()
            elif path != keep:
                current.append((path.stat().st_mtime, path))
    current.sort(reverse=True)
    for _, path in current[MAX_FILES - 1 :]:
        with contextlib.suppress(OSError):
            path.unlink()


@contextlib.contextmanager
def cached_compiles(directory: Path | None) -> Iterator[None]:
    """Within this block, large patterns come from `directory` when a verified program for them is
    kept there, and those that have to be compiled are kept for the next run (at no extra cost: the
    program `re` builds anyway is the one written). With `directory` None, nothing changes."""
    internals = _internals()
    key = _open_folder(directory) if directory is not None and internals is not None else None
    if directory is None or internals is None or key is None:
        yield
        return
    sre, parser, compiler = internals
    original = compiler.compile

    def compile_from_cache(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str) or len(pattern) < MIN_PATTERN_LENGTH:
            return original(pattern, flags)
        try:
            flags = int(flags)
            path = directory / _file_for(sre, pattern, flags)
            compiled = _load(path, key, sre, pattern, flags)
            if compiled is not None:
                return compiled
            compiled, kept = _compile(parser, compiler, sre, pattern, flags)
        except Exception:  # noqa: BLE001 - internals of another Python: compile as usual
            return original(pattern, flags)
        with contextlib.suppress(Exception):  # a full disk must not fail a run
            _write(directory, key, sre, pattern, kept)
        return compiled

    compiler.compile = compile_from_cache
    try:
        yield
    finally:
        compiler.compile = original
