"""The kept compiled form of very large expressions (extractors/compile_cache.py): used only when a
caller gives a folder, only from files this user's newsfacts wrote for that very pattern, and
never able to crash a run or change what a pattern matches."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from pathlib import Path

import pytest
from newsfacts.cli.cache import compile_cache_dir
from newsfacts.extractors import compile_cache

pytestmark = pytest.mark.skipif(
    compile_cache._internals() is None,
    reason="no CPython re internals here: the cache is off, which only costs time",
)

# Large enough to be kept, plain enough to compile in a fraction of a second.
WORDS = [f"mot{i}-[a-z]" for i in range(9_000)]
PATTERN = "^(?:" + "|".join(WORDS) + ")$"
OTHER = "^(?:" + "|".join(w.replace("mot", "nom") for w in WORDS) + ")$"
PROBES = ("mot17-a", "mot8999-z", "mot9000-a", "mot5-", "nom17-a", "MOT17-a", "x")


def compile_in(folder: Path | None, pattern: str = PATTERN) -> re.Pattern[str]:
    re.purge()
    with compile_cache.cached_compiles(folder):
        return re.compile(pattern)


def kept_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("re-*.bin"))


def same_matches(a: re.Pattern[str], b: re.Pattern[str]) -> bool:
    return all(bool(a.match(t)) == bool(b.match(t)) for t in PROBES)


def forbid_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    """From now on building a program fails: a pattern that still compiles came from a kept
    file."""

    parse = re._parser.parse  # type: ignore[attr-defined]

    def refuse(pattern: object, *args: object) -> object:
        if isinstance(pattern, str) and len(pattern) >= compile_cache.MIN_PATTERN_LENGTH:
            raise AssertionError("compiled instead of loaded")
        return parse(pattern, *args)

    monkeypatch.setattr(re._parser, "parse", refuse)  # type: ignore[attr-defined]


@pytest.fixture
def no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    forbid_compiling(monkeypatch)


def test_assumptions() -> None:
    assert len(PATTERN) > compile_cache.MIN_PATTERN_LENGTH


def test_a_kept_program_is_loaded_and_matches_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    compiled = compile_in(folder)
    assert len(kept_files(folder)) == 1
    assert (folder.stat().st_mode & 0o777) == 0o700
    forbid_compiling(monkeypatch)
    loaded = compile_in(folder)
    assert loaded is not compiled
    assert loaded.pattern == PATTERN and loaded.flags == compiled.flags
    assert same_matches(loaded, compiled)


def test_without_a_folder_nothing_changes(tmp_path: Path) -> None:
    before = re._compiler.compile  # type: ignore[attr-defined]
    with compile_cache.cached_compiles(None):
        assert re._compiler.compile is before  # type: ignore[attr-defined]
    assert not list(tmp_path.iterdir())


def _tamper(path: Path, offset_from_end: int) -> None:
    data = bytearray(path.read_bytes())
    data[-offset_from_end] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("offset", [1, 40, 1000])  # the signature, the program's end, inside it
def test_a_damaged_file_is_refused_removed_and_compiled_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, offset: int
) -> None:
    compiled = compile_in(tmp_path)
    [kept] = kept_files(tmp_path)
    damaged = kept.read_bytes()
    _tamper(kept, offset)
    damaged = kept.read_bytes()
    again = compile_in(tmp_path)  # refused and removed, compiled, written anew
    assert same_matches(again, compiled)
    [rewritten] = kept_files(tmp_path)
    assert rewritten.read_bytes() != damaged
    forbid_compiling(monkeypatch)
    assert same_matches(compile_in(tmp_path), compiled)


def test_a_crafted_file_is_never_run(tmp_path: Path, no_compiling: None) -> None:
    """A well-formed header with a program of garbage, signed with some other key: refused before
    `_sre` sees it (such a program could crash the interpreter), so the pattern compiles, which
    the fixture makes fail: proof that nothing was loaded."""
    compile_cache._open_folder(tmp_path)  # the folder and its key exist
    sre = compile_cache._internals()[0]  # type: ignore[index]
    header = {
        "flags": 0,
        "final_flags": 32,
        "groups": 0,
        "groupindex": {},
        "indexgroup": [None],
        "tag": compile_cache._tag(sre),
        "typecode": "I",
        "pattern_bytes": len(PATTERN.encode()),
    }
    body = json.dumps(header).encode() + b"\n" + PATTERN.encode() + b"\x07\x00\x00\x00" * 100
    mac = hmac.new(b"k" * 32, body, hashlib.sha256).digest()
    crafted = tmp_path / compile_cache._file_for(sre, PATTERN, 0)
    crafted.write_bytes(body + mac)
    crafted.chmod(0o600)
    with pytest.raises(AssertionError, match="compiled instead of loaded"):
        compile_in(tmp_path)
    assert not crafted.exists()


def test_another_patterns_program_is_refused(tmp_path: Path) -> None:
    """A genuine file of one pattern put in the place of another's: it would change what the
    tokenizer matches, so it is refused."""
    sre = compile_cache._internals()[0]  # type: ignore[index]
    compile_in(tmp_path, OTHER)
    [other_file] = kept_files(tmp_path)
    other_file.rename(tmp_path / compile_cache._file_for(sre, PATTERN, 0))
    loaded = compile_in(tmp_path)
    assert loaded.match("mot17-a") and not loaded.match("nom17-a")


def test_a_folder_of_the_users_open_to_others_is_closed_before_use(tmp_path: Path) -> None:
    folder = tmp_path / "loose"
    folder.mkdir()
    folder.chmod(0o777)
    compile_in(folder)
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert len(kept_files(folder)) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_a_folder_of_someone_else_is_not_used(tmp_path: Path) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    os.chown(folder, 65534, 65534)
    compiled = compile_in(folder)
    assert compiled.match("mot17-a")
    assert not list(folder.iterdir())


def test_a_key_readable_by_others_turns_the_cache_off(tmp_path: Path) -> None:
    compile_in(tmp_path)
    (tmp_path / "key").chmod(0o644)
    [kept] = kept_files(tmp_path)
    assert compile_cache._open_folder(tmp_path) is not None  # readable is not writable ...
    (tmp_path / "key").chmod(0o666)
    assert compile_cache._open_folder(tmp_path) is None  # ... but writable by others is refused
    assert kept.exists()


def test_files_of_other_interpreters_and_the_oldest_are_pruned(tmp_path: Path) -> None:
    compile_in(tmp_path, OTHER)
    stale = tmp_path / "re-cpython-39-sre1-4-0123456789abcdef.bin"
    stale.write_bytes(b"old")
    extra = []
    for i in range(compile_cache.MAX_FILES + 2):
        path = tmp_path / f"re-{compile_cache._tag(compile_cache._internals()[0])}-{i:032x}.bin"  # type: ignore[index]
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
        extra.append(path)
    compile_in(tmp_path)
    names = {p.name for p in kept_files(tmp_path)}
    assert stale.name not in names
    assert len(names) == compile_cache.MAX_FILES
    assert extra[0].name not in names and extra[-1].name in names


def test_the_command_line_chooses_the_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", "")
    assert compile_cache_dir() is None
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", "/somewhere/else")
    assert compile_cache_dir() == Path("/somewhere/else")
    monkeypatch.delenv("NEWSFACTS_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert compile_cache_dir() == Path("/xdg/newsfacts")


def test_the_library_never_writes_to_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsfacts.extractors.pipeline import Extractor

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("NEWSFACTS_CACHE_DIR", raising=False)
    record = Extractor(types=("money",)).extract("Un chèque de 500 euros.")
    assert record["money"][0]["value"] == 500.0
    assert not (tmp_path / ".cache").exists()
