"""Inputs against what real users and hostile testers do: special files, unreadable folders, the
output file in the folder being read, huge JSONL lines, byte-order marks, menu-only pages, odd
ids, undecodable file names, and counting the articles of a batch before it runs.

The functions of cli/inputs.py are called directly; the command line (through CliRunner) only
where the behaviour needs nothing more from app.py than it does today. Every text is written for
these tests.
"""

from __future__ import annotations

import io
import json
import os
import threading
from pathlib import Path
from typing import Any

import pytest
from helpers import jsonl_records, run, write_tree
from newsfacts.cli import inputs
from newsfacts.cli.inputs import HtmlPage, InputDone, InputError
from newsfacts.extractors.article import Article
from typer.testing import CliRunner

ARTICLE = "La commune de Pontvieux a voté un budget de 4 millions d'euros le 2 février 2025."
OTHER = "Le syndicat des eaux investira 750 000 euros dans une nouvelle station de pompage."


def items_of(path: str | Path, **options: Any) -> list[Any]:
    """Everything `read_targets` yields for one target, InputDone markers left out."""
    found = inputs.read_targets([str(path)], **options)
    return [item for item in found if not isinstance(item, InputDone)]


def only_error(path: str | Path, **options: Any) -> InputError:
    [item] = items_of(path, **options)
    assert isinstance(item, InputError), item
    return item


def in_a_thread(function: Any, *args: Any, **kwargs: Any) -> Any:
    """Run `function`, failing (instead of hanging the suite) when it blocks."""
    result: list[Any] = []
    thread = threading.Thread(target=lambda: result.append(function(*args, **kwargs)), daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), f"{function.__name__} blocked"
    return result[0]


# ---------------------------------------------------------------------------------------------
# Only regular files are read
# ---------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_explicitly_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "attente.txt"
    os.mkfifo(fifo)
    error = in_a_thread(only_error, fifo)
    assert error.source == str(fifo)
    assert error.message == "not a regular file: a named pipe (FIFO)"
    jsonl_fifo = tmp_path / "attente.jsonl"
    os.mkfifo(jsonl_fifo)
    assert "not a regular file" in in_a_thread(only_error, jsonl_fifo).message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_folder_fails_alone(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text(OTHER, encoding="utf-8")

    def read_folder() -> list[Any]:
        targets = list(inputs.expand_paths([str(tmp_path)]))
        return [item for item in inputs.read_targets(targets) if not isinstance(item, InputDone)]

    a, b, c = in_a_thread(read_folder)
    assert isinstance(a, Article) and isinstance(c, Article)
    assert b == InputError(str(tmp_path / "b.txt"), "not a regular file: a named pipe (FIFO)")


def test_a_character_device_is_refused() -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    assert in_a_thread(only_error, "/dev/zero").message == "not a regular file: a character device"
    error = in_a_thread(only_error, "/dev/zero", input_format="jsonl")
    assert error.message == "not a regular file: a character device"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    import socket

    path = tmp_path / "s.txt"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        assert only_error(path).message == "not a regular file: a socket"


def test_stdin_is_read_whatever_it_is() -> None:
    [article] = items_of(inputs.STDIN, stdin=io.BytesIO(ARTICLE.encode()))
    assert isinstance(article, Article) and article.text == ARTICLE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_cli_fifo_is_an_error_not_a_hang(
    runner: CliRunner, tmp_path: Path, shared_cli_extractor: object
) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)
    result = in_a_thread(run, runner, ["extract", str(fifo), "--types", "money"])
    assert result.exit_code == 1
    [record] = jsonl_records(result.stdout)
    assert record["ok"] is False and "not a regular file" in record["error"]


# ---------------------------------------------------------------------------------------------
# Walking folders
# ---------------------------------------------------------------------------------------------


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Make the folders given unreadable, as chmod 000 does (the tests may run as root, whom
    permissions do not stop)."""
    folders: set[str] = set()
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) in folders:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    return folders.add


def test_an_unreadable_subfolder_is_an_error_and_the_walk_goes_on(
    tmp_path: Path, unreadable: Any
) -> None:
    write_tree(tmp_path, {"a.txt": ARTICLE, "b/c.txt": OTHER, "d/e.txt": ARTICLE, "f.txt": OTHER})
    unreadable(str(tmp_path / "b"))
    found = list(inputs.expand_paths([str(tmp_path)]))
    assert found == [
        str(tmp_path / "a.txt"),
        InputError(str(tmp_path / "b"), "cannot read this folder: permission denied"),
        str(tmp_path / "d" / "e.txt"),
        str(tmp_path / "f.txt"),
    ]


def test_an_unreadable_folder_named_explicitly(tmp_path: Path, unreadable: Any) -> None:
    unreadable(str(tmp_path))
    assert list(inputs.expand_paths([str(tmp_path)])) == [
        InputError(str(tmp_path), "cannot read this folder: permission denied")
    ]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any folder")
def test_a_folder_without_permissions(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": ARTICLE, "secret/b.txt": OTHER})
    (tmp_path / "secret").chmod(0)
    try:
        found = list(inputs.expand_paths([str(tmp_path)]))
    finally:
        (tmp_path / "secret").chmod(0o700)
    assert found[1] == InputError(
        str(tmp_path / "secret"), "cannot read this folder: permission denied"
    )


def test_cli_unreadable_subfolder_fails_the_run(
    runner: CliRunner, tmp_path: Path, unreadable: Any, shared_cli_extractor: object
) -> None:
    write_tree(tmp_path, {"a.txt": ARTICLE, "prive/b.txt": OTHER})
    unreadable(str(tmp_path / "prive"))
    result = run(runner, ["extract", str(tmp_path), "--types", "money", "-q"])
    assert result.exit_code == 1
    good, bad = jsonl_records(result.stdout)
    assert good["ok"] is True
    assert (bad["source"], bad["ok"]) == (str(tmp_path / "prive"), False)
    assert (
        result.stderr
        == f"newsfacts: {tmp_path / 'prive'}: cannot read this folder: permission denied\n"
    )


def test_a_tree_deeper_than_the_recursion_limit(tmp_path: Path) -> None:
    import sys

    folder = tmp_path
    for _ in range(sys.getrecursionlimit() + 100):
        folder = folder / "d"
        folder.mkdir()
    (folder / "fond.txt").write_text(ARTICLE, encoding="utf-8")
    try:
        assert list(inputs.expand_paths([str(tmp_path)])) == [str(folder / "fond.txt")]
    finally:
        # pytest's own clean-up (shutil.rmtree) recurses, and would fail on this tree later.
        (folder / "fond.txt").unlink()
        while folder != tmp_path:
            folder.rmdir()
            folder = folder.parent


def test_hidden_folders_and_files_are_not_walked(tmp_path: Path) -> None:
    write_tree(
        tmp_path,
        {
            ".git/objects/notes.txt": "x",
            ".venv/lib/site-packages/pkg/LICENSE.md": "x",
            ".brouillon.txt": ARTICLE,
            "a.txt": ARTICLE,
            "sous/.cache/b.txt": "x",
            "sous/c.md": OTHER,
        },
    )
    assert list(inputs.expand_paths([str(tmp_path)])) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "sous" / "c.md"),
    ]
    # Named explicitly, a hidden file is read and a hidden folder is walked.
    assert list(inputs.expand_paths([str(tmp_path / ".brouillon.txt")])) == [
        str(tmp_path / ".brouillon.txt")
    ]
    [article] = items_of(tmp_path / ".brouillon.txt")
    assert isinstance(article, Article) and article.text == ARTICLE
    assert list(inputs.expand_paths([str(tmp_path / "sous" / ".cache")])) == [
        str(tmp_path / "sous" / ".cache" / "b.txt")
    ]


def test_a_folder_holding_only_hidden_files_says_so(tmp_path: Path) -> None:
    write_tree(tmp_path, {".a.txt": ARTICLE})
    [error] = inputs.expand_paths([str(tmp_path)])
    assert isinstance(error, InputError) and "no files matching" in error.message


# ---------------------------------------------------------------------------------------------
# The output file, and a previous run's output, are not read
# ---------------------------------------------------------------------------------------------

RECORD = {"schema_version": 1, "source": "a.txt", "ok": True, "error": None, "money": []}


def test_file_identity_is_that_of_a_regular_file_only(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        status = os.stat(path)
        assert inputs.file_identity(handle) == (status.st_dev, status.st_ino)
    assert inputs.file_identity(io.StringIO()) is None
    assert inputs.file_identity(None) is None
    read_end, write_end = os.pipe()
    with os.fdopen(read_end, "rb") as pipe_in, os.fdopen(write_end, "wb") as pipe_out:
        assert inputs.file_identity(pipe_out) is None
        assert inputs.file_identity(pipe_in) is None
    if os.path.exists(os.devnull):
        with open(os.devnull, "w", encoding="utf-8") as null:
            assert inputs.file_identity(null) is None
    closed = open(path, encoding="utf-8")  # closed on purpose
    closed.close()
    assert inputs.file_identity(closed) is None


def test_the_output_file_met_in_a_walk_is_skipped_with_a_note(tmp_path: Path) -> None:
    write_tree(tmp_path, {"acquisition.txt": ARTICLE, "gigafactory.txt": OTHER})
    with open(tmp_path / "facts.jsonl", "w", encoding="utf-8") as out:
        found = list(inputs.expand_paths([str(tmp_path)], output=inputs.file_identity(out)))
    assert found == [
        str(tmp_path / "acquisition.txt"),
        inputs.InputNote(
            str(tmp_path / "facts.jsonl"),
            "skipped: it is the file the output is being written to",
        ),
        str(tmp_path / "gigafactory.txt"),
    ]


def test_reading_a_folder_while_writing_into_it_ends(tmp_path: Path) -> None:
    """The reproduction: `cd a && newsfacts extract . > facts.jsonl` read its own output back for
    ever. The output grows while the folder is read, and is never read."""
    write_tree(tmp_path, {"acquisition.txt": ARTICLE, "gigafactory.txt": OTHER})
    with open(tmp_path / "facts.jsonl", "w", encoding="utf-8") as out:
        targets = list(inputs.expand_paths([str(tmp_path)], output=inputs.file_identity(out)))
        read = []
        for item in inputs.read_targets(targets, notes=True):
            read.append(item)
            out.write(json.dumps({**RECORD, "source": getattr(item, "source", "?")}) + "\n")
            out.flush()
            assert len(read) < 20, "the output is being read back"
    articles = [item for item in read if isinstance(item, Article)]
    assert [Path(a.source).name for a in articles] == ["acquisition.txt", "gigafactory.txt"]
    assert not any(isinstance(item, InputError) for item in read)


def test_the_output_file_named_explicitly_is_an_error(tmp_path: Path) -> None:
    out_path = tmp_path / "facts.jsonl"
    with open(out_path, "w", encoding="utf-8") as out:
        os.link(out_path, tmp_path / "autre-nom.jsonl")
        os.symlink(out_path, tmp_path / "raccourci.jsonl")
        names = [str(tmp_path / n) for n in ("facts.jsonl", "autre-nom.jsonl", "raccourci.jsonl")]
        found = list(inputs.expand_paths(names, output=inputs.file_identity(out)))
    assert found == [
        InputError(name, "is the file the output is being written to") for name in names
    ]


def test_stdin_that_is_the_output_file_is_an_error(tmp_path: Path) -> None:
    """`newsfacts extract --input-format jsonl - < lot.jsonl >> lot.jsonl` would read its own
    records back."""
    path = tmp_path / "lot.jsonl"
    path.write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    with open(path, "rb") as stdin, open(path, "ab") as out:
        found = list(inputs.expand_paths(["-"], output=inputs.file_identity(out), stdin=stdin))
        assert found == [
            InputError("-", "standard input is the file the output is being written to")
        ]
        other = tmp_path / "autre.jsonl"
        with open(other, "wb") as elsewhere:
            assert list(
                inputs.expand_paths(["-"], output=inputs.file_identity(elsewhere), stdin=stdin)
            ) == ["-"]


def test_without_an_output_identity_nothing_is_left_out(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": ARTICLE, "facts.jsonl": json.dumps({"text": OTHER}) + "\n"})
    assert list(inputs.expand_paths([str(tmp_path)])) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "facts.jsonl"),
    ]


def write_previous_output(path: Path) -> None:
    lines = [RECORD, {**RECORD, "source": "b.txt", "ok": False, "error": "empty input"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")


def test_a_previous_run_output_met_in_a_walk_is_skipped_with_a_note(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": ARTICLE, "lot.jsonl": json.dumps({"text": OTHER}) + "\n"})
    write_previous_output(tmp_path / "facts.jsonl")
    found = list(inputs.expand_paths([str(tmp_path)]))
    assert found == [
        str(tmp_path / "a.txt"),
        inputs.InputNote(
            str(tmp_path / "facts.jsonl"),
            "skipped: it is newsfacts output (its first line is a record, with schema_version "
            "and ok), not a batch of articles",
        ),
        str(tmp_path / "lot.jsonl"),
    ]
    # --input-format jsonl takes every walked file for a batch: the check follows it.
    (tmp_path / "facts.txt").write_bytes((tmp_path / "facts.jsonl").read_bytes())
    found = list(inputs.expand_paths([str(tmp_path)], input_format="jsonl"))
    assert [Path(getattr(f, "source", f)).name for f in found if not isinstance(f, str)] == [
        "facts.jsonl",
        "facts.txt",
    ]


def test_a_previous_run_output_named_explicitly_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    write_previous_output(path)
    assert list(inputs.expand_paths([str(path)])) == [str(path)]
    assert items_of(path) == [
        InputError(
            str(path),
            "is newsfacts output (its first line is a record, with schema_version and ok), "
            "not a batch of articles",
        )
    ]


def test_a_batch_whose_lines_carry_ok_and_schema_version_is_still_a_batch(tmp_path: Path) -> None:
    path = tmp_path / "lot.jsonl"
    path.write_text(
        json.dumps({"schema_version": 2, "ok": True, "text": ARTICLE}) + "\n", encoding="utf-8"
    )
    assert list(inputs.expand_paths([str(tmp_path)])) == [str(path)]
    [article] = items_of(path)
    assert isinstance(article, Article) and article.text == ARTICLE


def test_a_folder_whose_only_match_was_skipped_says_so(tmp_path: Path) -> None:
    write_previous_output(tmp_path / "facts.jsonl")
    note, error = inputs.expand_paths([str(tmp_path)])
    assert isinstance(note, inputs.InputNote)
    assert error == InputError(
        str(tmp_path),
        "directory has no files matching *.txt *.md *.html *.jsonl *.parquet other than the 1 "
        "skipped (see --glob)",
    )


def test_notes_are_yielded_in_their_place_only_when_asked(tmp_path: Path) -> None:
    write_tree(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER})
    write_previous_output(tmp_path / "avant.jsonl")
    targets = list(inputs.expand_paths([str(tmp_path)]))
    with_notes = list(inputs.read_targets(targets, notes=True))
    assert [type(item).__name__ for item in with_notes] == [
        "Article",
        "InputDone",
        "InputNote",
        "InputDone",
        "Article",
        "InputDone",
    ]
    assert [type(item).__name__ for item in inputs.read_targets(targets)] == [
        "Article",
        "InputDone",
        "InputDone",
        "Article",
        "InputDone",
    ]


# ---------------------------------------------------------------------------------------------
# JSONL lines are bounded like files
# ---------------------------------------------------------------------------------------------


def jsonl(*lines: object) -> bytes:
    return b"".join(
        (line if isinstance(line, bytes) else json.dumps(line).encode()) + b"\n" for line in lines
    )


def test_a_line_larger_than_a_file_may_be_is_one_error(tmp_path: Path) -> None:
    huge = b"x" * (inputs.MAX_FILE_BYTES + 1000)
    data = jsonl({"id": "avant", "text": ARTICLE}, huge, {"id": "apres", "text": OTHER})
    path = tmp_path / "lot.jsonl"
    path.write_bytes(data)
    for found in (items_of(path), items_of("-", input_format="jsonl", stdin=io.BytesIO(data))):
        before, error, after = found
        assert (before.source, after.source) == ("avant", "apres")
        assert isinstance(error, InputError)
        assert error.source.endswith(":2")
        assert error.message == "line too large: over 16.8 MB, not an article"


class EndlessLine:
    """A stream whose first line is `size` bytes long, made as it is read, then the lines of
    `after`; it records the largest read asked for."""

    def __init__(self, size: int, after: bytes) -> None:
        self.left, self.after, self.largest = size, b"\n" + after, 0

    def readline(self, size: int = -1) -> bytes:
        assert size > 0, "an unbounded read"
        self.largest = max(self.largest, size)
        if self.left:
            chunk = min(size, self.left)
            self.left -= chunk
            return b"y" * chunk
        line, _, self.after = self.after.partition(b"\n")
        return line + b"\n" if line or self.after else line


def test_an_endless_line_is_never_held_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", 1000)
    stream = EndlessLine(50_000_000, jsonl({"id": "suite", "text": ARTICLE}))
    error, article = items_of("-", input_format="jsonl", stdin=stream)
    assert error == InputError("-:1", "line too large: over 0.0 MB, not an article")
    assert isinstance(article, Article) and article.source == "suite"
    assert stream.largest <= 64 * 1024


def test_a_line_at_the_limit_is_read_and_one_byte_more_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    line = json.dumps({"id": "juste", "text": ARTICLE}).encode()
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", len(line))
    path = tmp_path / "lot.jsonl"
    path.write_bytes(line + b"\n" + line[:-1] + b" }\n" + line)  # the last one without newline
    first, second, third = items_of(path)
    assert isinstance(first, Article) and isinstance(third, Article)
    assert isinstance(second, InputError) and "too large" in second.message


def test_a_line_nested_deeper_than_the_parser_goes_is_one_error(tmp_path: Path) -> None:
    """json.loads raises RecursionError (no JSONDecodeError) on `[[[[...`: it stopped the run."""
    path = tmp_path / "lot.jsonl"
    path.write_bytes(jsonl(b"[" * 100_000, {"id": "suite", "text": ARTICLE}))
    error, article = items_of(path)
    assert error == InputError(f"{path}:1", "line is nested too deeply to be read as JSON")
    assert isinstance(article, Article) and article.source == "suite"
    # As the first line of a file met in a walk, too.
    assert list(inputs.expand_paths([str(tmp_path)])) == [str(path)]


# ---------------------------------------------------------------------------------------------
# Byte-order marks
# ---------------------------------------------------------------------------------------------

BOM_FILES = {
    "UTF-8": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
    "UTF-16 LE": b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
    "UTF-16 BE": b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
    "UTF-32 LE": b"\xff\xfe\x00\x00" + ARTICLE.encode("utf-32-le"),
    "UTF-32 BE": b"\x00\x00\xfe\xff" + ARTICLE.encode("utf-32-be"),
}


@pytest.mark.parametrize("name", BOM_FILES)
def test_with_the_default_encoding_a_bom_says_what_the_text_is(tmp_path: Path, name: str) -> None:
    for suffix in (".txt", ".html"):
        path = tmp_path / f"article{suffix}"
        path.write_bytes(BOM_FILES[name])
        [item] = items_of(path)
        text = item.text if isinstance(item, Article) else item.html
        assert text == ARTICLE, (name, suffix)
    [item] = items_of("-", stdin=io.BytesIO(BOM_FILES[name]))
    assert isinstance(item, Article) and item.text == ARTICLE


def test_another_encoding_on_a_utf16_file_names_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(BOM_FILES["UTF-16 LE"])
    failed = only_error(path, encoding="ascii")
    assert failed.message == (
        "cannot decode as ascii (byte 0xff at offset 0); it starts with a UTF-16 LE byte-order "
        "mark (0xff 0xfe): try --encoding utf-16"
    )
    # latin-1 decodes any byte: the NUL characters it gives are what goes wrong.
    with_nuls = only_error(path, encoding="latin-1")
    assert with_nuls.message == (
        "decoded as latin-1, it has NUL characters; it starts with a UTF-16 LE byte-order mark "
        "(0xff 0xfe): try --encoding utf-16"
    )
    path.write_bytes(BOM_FILES["UTF-32 BE"])
    assert only_error(path, encoding="cp1252").message.endswith("try --encoding utf-32")
    # The encoding the mark asks for, under any of its names, reads the file.
    for encoding in ("utf-16", "UTF16", "utf-16-le"):
        path.write_bytes(BOM_FILES["UTF-16 LE"])
        [article] = items_of(path, encoding=encoding)
        assert isinstance(article, Article) and article.text == ARTICLE, encoding


def test_a_bom_followed_by_something_else(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(b"\xff\xfe\xfa")  # a UTF-16 mark, then an odd byte
    assert only_error(path).message == (
        "its first bytes (0xff 0xfe) are a UTF-16 LE byte-order mark, but the rest is not "
        "UTF-16 LE (byte 0xfa at offset 2); if the file uses another encoding, try --encoding "
        "latin-1 or --encoding cp1252"
    )
    path.write_bytes(b"\xef\xbb\xbfLe prix : 3\xff euros.")
    assert only_error(path).message.startswith(
        "its first bytes (0xef 0xbb 0xbf) are a UTF-8 byte-order mark, but the rest is not UTF-8 "
        "(byte 0xff at offset 14)"
    )


def test_a_utf16_jsonl_file_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "lot.jsonl"
    lines = json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": OTHER}) + "\n"
    path.write_bytes(lines.encode("utf-16"))
    assert only_error(path).message == (
        "its first bytes (0xff 0xfe) are a UTF-16 LE byte-order mark, and JSON Lines are UTF-8: "
        "convert it (iconv -f UTF-16 -t UTF-8)"
    )
    assert only_error(path, encoding="utf-16").message == (
        "JSONL is read a line at a time, which utf-16 does not allow; convert it to UTF-8 "
        "(iconv -f UTF-16 -t UTF-8)"
    )
    path.write_bytes(b"\xef\xbb\xbf" + lines.encode())
    assert [item.text for item in items_of(path)] == [ARTICLE, OTHER]


# ---------------------------------------------------------------------------------------------
# Saved web pages: too long, or no article at all
# ---------------------------------------------------------------------------------------------


def page(body: str, title: str = "Pontvieux") -> str:
    return f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head><body>{body}</body></html>'


ARTICLE_PAGE = page(
    "<nav><ul><li><a href='/eco'>Économie</a></li><li><a href='/reg'>Régions</a></li></ul></nav>"
    "<article><h1>Le budget de Pontvieux</h1>"
    f"<p>{ARTICLE} Le maire a présenté le projet aux habitants lors d'une réunion publique "
    "organisée dans la salle des fêtes, devant une centaine de personnes.</p>"
    f"<p>{OTHER} Les travaux de la <a href='/station'>station</a> dureront dix-huit mois, selon "
    "le calendrier présenté aux élus du conseil municipal.</p></article>"
    "<footer><a href='/mentions'>Mentions légales</a></footer>"
)
MENU_PAGES = {
    "nav": page(
        "<nav><ul><li><a href='/eco'>Économie</a></li><li><a href='/reg'>Régions</a></li>"
        "<li><a href='/sport'>Sports</a></li></ul></nav>"
    ),
    "list of links": page(
        "<ul>" + "".join(f"<li><a href='/r{i}'>Rubrique {i}</a></li>" for i in range(40)) + "</ul>"
    ),
    "links and bars": page(
        "<div class='menu'><a href='/eco'>Économie</a> | <a href='/reg'>Régions</a> | "
        "<a href='/sport'>Sports</a></div>"
    ),
    "links in a sentence": page(
        "<p><a href='/eco'>Économie</a>, <a href='/reg'>Régions</a> et <a href='/sp'>Sports</a></p>"
    ),
    "menu text": page("<nav>Accueil | Régions | Économie</nav>"),
    "header only": page("<header><h1>Le Journal de Pontvieux</h1></header>"),
    "empty body": page(""),
    "punctuation": page("<div>| · |</div>"),
}


def test_trafilatura_gives_menus_for_text_and_nothing_for_an_empty_body() -> None:
    """What the checks stand on: for a page of links trafilatura falls back to the links, one a
    line; for an empty body it finds nothing."""
    import trafilatura

    menu = trafilatura.bare_extraction(MENU_PAGES["nav"], with_metadata=True)
    assert menu is not None and menu.text.splitlines() == ["Économie", "Régions", "Sports"]
    assert trafilatura.bare_extraction(MENU_PAGES["empty body"], with_metadata=True) is None


@pytest.mark.parametrize("name", MENU_PAGES)
def test_a_page_of_menus_and_links_has_no_article(name: str) -> None:
    result = HtmlPage(f"{name}.html", MENU_PAGES[name]).to_article()
    assert isinstance(result, InputError), result
    assert result.message.startswith("no article text found in this HTML page"), result.message


def test_an_article_with_links_and_menus_is_an_article() -> None:
    result = HtmlPage("budget.html", ARTICLE_PAGE).to_article()
    assert isinstance(result, Article), result
    assert ARTICLE in result.text and "Économie" not in result.text
    short = HtmlPage("court.html", page("<p>La mairie est fermée lundi.</p>")).to_article()
    assert isinstance(short, Article) and short.text == "La mairie est fermée lundi."


def test_a_page_too_long_for_one_article(
    runner: CliRunner, tmp_path: Path, shared_cli_extractor: object
) -> None:
    paragraphs = "".join(
        "<p>"
        + " ".join(f"La commune {i} a voté le budget {j} de la voirie." for j in range(40))
        + "</p>"
        for i in range(600)
    )
    path = tmp_path / "enorme.html"
    path.write_text(page(f"<article>{paragraphs}</article>"), encoding="utf-8")
    result = run(runner, ["extract", str(path), "--types", "money"])
    assert result.exit_code == 1
    [record] = jsonl_records(result.stdout)
    assert "E088" not in record["error"]
    assert record["error"].startswith(
        "the text found in this HTML page is too long for one article: 1,"
    )
    assert record["error"].endswith(
        "characters (at most 1,000,000); save each of its articles on its own"
    )


def test_too_long_says_what_to_do_for_each_kind_of_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "MAX_ARTICLE_CHARS", 40)
    text_file = tmp_path / "long.txt"
    text_file.write_text(ARTICLE, encoding="utf-8")
    assert only_error(text_file).message == (
        f"too long for one article: {len(ARTICLE)} characters (at most 40); split it, or give it "
        "as JSONL with one article per line"
    )
    batch = tmp_path / "lot.jsonl"
    batch.write_bytes(jsonl({"id": "long", "text": ARTICLE}))
    assert only_error(batch) == InputError(
        "long",
        f"the 'text' field is too long for one article: {len(ARTICLE)} characters (at most 40); "
        "split it into several articles, one a line",
    )


def test_a_jsonl_text_field_that_is_not_text(tmp_path: Path) -> None:
    batch = tmp_path / "lot.jsonl"
    batch.write_bytes(jsonl({"text": "a\u0000b"}, {"text": "  \n "}))
    nul, blank = items_of(batch)
    assert nul == InputError(f"{batch}:1", "the 'text' field has NUL characters: not article text")
    assert blank == InputError(f"{batch}:2", "the 'text' field is empty: no text to read")


# ---------------------------------------------------------------------------------------------
# JSONL ids: kept as written, and what is odd about them told
# ---------------------------------------------------------------------------------------------


def test_duplicate_and_non_string_ids_are_kept_with_a_note(tmp_path: Path) -> None:
    batch = tmp_path / "lot.jsonl"
    batch.write_bytes(
        jsonl(
            {"id": "a1", "text": ARTICLE},
            {"id": 12, "text": OTHER},
            {"id": "a1", "text": OTHER},
            {"id": "12", "text": ARTICLE},
            {"id": True, "text": ARTICLE},
            {"id": 4.5, "text": ARTICLE},
            {"id": "a1", "titre": "sans texte"},
        )
    )
    found = items_of(batch, notes=True)
    assert [(type(item).__name__, item.source) for item in found] == [
        ("Article", "a1"),
        ("InputNote", f"{batch}:2"),
        ("Article", "12"),
        ("InputNote", f"{batch}:3"),
        ("Article", "a1"),
        ("InputNote", f"{batch}:4"),
        ("Article", "12"),
        ("InputNote", f"{batch}:5"),
        ("Article", "true"),
        ("InputNote", f"{batch}:6"),
        ("Article", "4.5"),
        ("InputError", f"{batch}:7"),
    ]
    notes = [item.message for item in found if isinstance(item, inputs.InputNote)]
    assert notes == [
        "note: id is a number, read as the string '12'",
        "note: id 'a1' already used on line 1",
        "note: id '12' already used on line 2",
        "note: id is a boolean, read as the string 'true'",
        "note: id is a number, read as the string '4.5'",
    ]
    # Without notes=True (a caller that does not print them), the articles alone.
    assert [item.source for item in items_of(batch)][:3] == ["a1", "12", "a1"]


def test_an_empty_id_leaves_the_line_as_the_source(tmp_path: Path) -> None:
    batch = tmp_path / "lot.jsonl"
    batch.write_bytes(jsonl({"id": "", "text": ARTICLE}))
    note, article = items_of(batch, notes=True)
    assert note == inputs.InputNote(
        f"{batch}:1", f"note: id is empty; the source is the line, {batch}:1"
    )
    assert isinstance(article, Article) and article.source == f"{batch}:1"


def test_ids_are_told_apart_per_file(tmp_path: Path) -> None:
    for name in ("a.jsonl", "b.jsonl"):
        (tmp_path / name).write_bytes(jsonl({"id": "depeche", "text": ARTICLE}))
    targets = list(inputs.expand_paths([str(tmp_path)]))
    found = list(inputs.read_targets(targets, notes=True))
    assert not any(isinstance(item, inputs.InputNote) for item in found)


# ---------------------------------------------------------------------------------------------
# File names that are not UTF-8
# ---------------------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
def test_undecodable_file_names_go_through(tmp_path: Path) -> None:
    """A name with byte 0xFF is a str with a surrogate escape (os.fsdecode): every step takes it,
    and the source keeps it, for the output to escape."""
    folder = os.fsencode(tmp_path) + b"/dossier\xff"
    os.mkdir(folder)
    names = {
        b"caf\xe9.txt": ARTICLE.encode(),
        b"lot\xff.jsonl": jsonl({"text": OTHER}, {"id": 3, "text": ARTICLE}, b"{pas du JSON"),
        b"vide\xfe.txt": b"",
        b"page\xff.html": page("<nav><a href='/a'>Accueil</a></nav>").encode(),
    }
    for name, content in names.items():
        with open(folder + b"/" + name, "wb") as handle:
            handle.write(content)
    os.symlink(b"/nulle/part\xff", folder + b"/lien\xff.txt")
    previous = folder + b"/avant\xff.jsonl"
    with open(previous, "wb") as handle:
        handle.write(jsonl(RECORD))
    os.mkdir(folder + b"/vide\xff")
    with open(folder + b"/vide\xff/image.png", "wb"):
        pass
    decoded = os.fsdecode(folder)
    assert "\udcff" in decoded

    listing = tmp_path / "liste.txt"
    listing.write_bytes(folder + b"/caf\xe9.txt\n" + folder + b"/vide\xff\n")
    assert inputs.read_path_list(str(listing)) == [
        os.fsdecode(folder + b"/caf\xe9.txt"),
        os.fsdecode(folder + b"/vide\xff"),
    ]
    with open(folder + b"/sortie\xff.jsonl", "wb") as out:
        empty = os.fsdecode(folder + b"/vide\xff")
        targets = list(inputs.expand_paths([decoded, empty], output=inputs.file_identity(out)))
    found = [
        item for item in inputs.read_targets(targets, notes=True) if not isinstance(item, InputDone)
    ]
    found += [
        item if isinstance(item, InputError) else item.to_article()
        for item in found
        if isinstance(item, HtmlPage)
    ]
    kinds = [(type(item).__name__, os.fsencode(item.source)) for item in found]
    assert kinds == [
        ("InputNote", previous),
        ("Article", folder + b"/caf\xe9.txt"),
        ("InputError", folder + b"/lien\xff.txt"),
        ("Article", folder + b"/lot\xff.jsonl:1"),
        ("InputNote", folder + b"/lot\xff.jsonl:2"),
        ("Article", b"3"),
        ("InputError", folder + b"/lot\xff.jsonl:3"),
        ("HtmlPage", folder + b"/page\xff.html"),
        ("InputNote", folder + b"/sortie\xff.jsonl"),
        ("InputError", folder + b"/vide\xfe.txt"),
        ("InputError", folder + b"/vide\xff"),
        ("InputError", folder + b"/page\xff.html"),
    ]
    for item in found:
        assert isinstance(getattr(item, "message", ""), str)


# ---------------------------------------------------------------------------------------------
# Counting articles for the progress total
# ---------------------------------------------------------------------------------------------


def records_of(targets: list[Any], **options: Any) -> int:
    """How many records the targets give: every item but the markers and the notes."""
    found = inputs.read_targets(targets, notes=True, **options)
    return sum(not isinstance(item, (InputDone, inputs.InputNote)) for item in found)


@pytest.fixture
def batch_folder(tmp_path: Path) -> Path:
    good = json.dumps({"text": ARTICLE})
    write_tree(
        tmp_path,
        {
            "a.txt": ARTICLE,
            "b.html": ARTICLE_PAGE,
            "c.md": "",
            "lot.jsonl": "\n".join([good] * 5) + "\n",
            "blancs.jsonl": f"\n  \n{good}\r\n\t\r\n{good}\n \x0c\n{good}",  # no final newline
            "casse.jsonl": f"{good}\n{{pas du JSON\n\n{good}\n",
            "vide.jsonl": "",
            "espaces.jsonl": "\n \n\t\n",
            "sous/avant.jsonl": json.dumps(RECORD) + "\n" + json.dumps(RECORD) + "\n",
            "utf16.jsonl": ("\n".join([good] * 3) + "\n").encode("utf-16"),
            "bom.jsonl": b"\xef\xbb\xbf" + ("\n".join([good] * 2) + "\n").encode(),
            "long.jsonl": b"x" * 300 + b"\n" + good.encode() + b"\n",
        },
    )
    os.symlink(tmp_path / "nulle-part.jsonl", tmp_path / "lien.jsonl")
    return tmp_path


@pytest.mark.parametrize("block", [7, 64, 1024 * 1024])
def test_the_count_is_the_number_of_records(
    batch_folder: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr(inputs, "_COUNT_BLOCK", block)  # lines cut across blocks anywhere
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", 200)  # long.jsonl's first line is too long
    targets = [*inputs.expand_paths([str(batch_folder)]), str(batch_folder / "absent.jsonl")]
    counted = inputs.count_articles(targets, "auto")
    assert counted == records_of(targets)
    # a.txt, b.html, c.md, 5 + 3 + 3 + 1 + 1 lines, the skipped output none, UTF-16 one error,
    # bom.jsonl 2, long.jsonl 2, the broken link and the missing file one each
    assert counted == 3 + 5 + 3 + 3 + 1 + 1 + 0 + 1 + 2 + 2 + 1 + 1


def test_a_previous_run_output_named_explicitly_counts_as_its_one_error(tmp_path: Path) -> None:
    path = tmp_path / "facts.jsonl"
    write_previous_output(path)
    assert inputs.count_articles([str(path)], "auto") == 1 == records_of([str(path)])


def test_counting_follows_the_input_format(tmp_path: Path) -> None:
    path = tmp_path / "lot.txt"
    path.write_bytes(jsonl({"text": ARTICLE}, {"text": OTHER}))
    assert inputs.count_articles([str(path)], "auto") == 1
    assert (
        inputs.count_articles([str(path)], "jsonl")
        == 2
        == records_of([str(path)], input_format="jsonl")
    )
    assert inputs.count_articles(["-"], "jsonl") == 1


def test_counting_opens_no_text_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    targets = [str(tmp_path / f"{i:05d}.txt") for i in range(5000)]
    targets += [InputError("x", "no such file"), inputs.InputNote("y", "skipped: ...")]

    def no_open(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a file was opened")

    monkeypatch.setattr(inputs, "open_input", no_open)
    monkeypatch.setattr(inputs, "open", no_open, raising=False)
    assert inputs.count_articles(targets, "auto") == 5001


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_counting_does_not_block_on_a_fifo(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "attente.jsonl")
    assert in_a_thread(inputs.count_articles, [str(tmp_path / "attente.jsonl")], "auto") == 1


def test_a_utf16_jsonl_file_whose_first_line_is_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "MAX_FILE_BYTES", 50)
    path = tmp_path / "lot.jsonl"
    path.write_bytes(
        (json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": OTHER})).encode("utf-16")
    )
    assert only_error(path).message.startswith("its first bytes (0xff 0xfe) are a UTF-16 LE")


# ---------------------------------------------------------------------------------------------
# Paths that are no file names, lists that are no lists
# ---------------------------------------------------------------------------------------------

NUL_PATH = "./a.txt\0./b.txt"


def test_a_path_with_a_nul_byte_is_an_error(tmp_path: Path) -> None:
    """`find -print0 | newsfacts extract --files-from -` without -0 makes one path full of NULs:
    os.stat raised ValueError, which stopped the run with a traceback."""
    message = "not a file name: it has a NUL byte (a list from find -print0 needs -0)"
    assert only_error(NUL_PATH) == InputError(NUL_PATH, message)
    assert only_error(NUL_PATH, input_format="jsonl") == InputError(NUL_PATH, message)
    with open(tmp_path / "out.jsonl", "w", encoding="utf-8") as out:
        assert list(inputs.expand_paths([NUL_PATH], output=inputs.file_identity(out))) == [NUL_PATH]
    assert inputs.count_articles([NUL_PATH], "jsonl") == 1


def test_cli_list_from_print0_without_the_option(
    runner: CliRunner, tmp_path: Path, shared_cli_extractor: object
) -> None:
    write_tree(tmp_path, {"a.txt": ARTICLE, "b.txt": OTHER})
    listing = f"{tmp_path / 'a.txt'}\0{tmp_path / 'b.txt'}\0"
    result = run(runner, ["extract", "--files-from", "-", "--types", "money"], input=listing)
    assert result.exit_code == 1
    [record] = jsonl_records(result.stdout)
    assert "needs -0" in record["error"]


def test_a_list_of_paths_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """`--files-from /dev/zero` read until MemoryError."""
    monkeypatch.setattr(inputs, "MAX_LIST_BYTES", 1000)
    assert inputs.read_path_list("-", stdin=io.BytesIO(b"a.txt\n" * 100)) == ["a.txt"] * 100
    with pytest.raises(OSError, match="over 0.0 MB: not a list of paths"):
        inputs.read_path_list("-", stdin=io.BytesIO(b"a.txt\n" * 200))
    if os.path.exists("/dev/zero"):
        with pytest.raises(OSError, match="not a list of paths"):
            inputs.read_path_list("/dev/zero", null_separated=True)


def test_cli_files_from_dev_zero_is_a_usage_error(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch, shared_cli_extractor: object
) -> None:
    if not os.path.exists("/dev/zero"):
        pytest.skip("no /dev/zero here")
    monkeypatch.setattr(inputs, "MAX_LIST_BYTES", 1_000_000)
    result = run(runner, ["extract", "--files-from", "/dev/zero"])
    assert result.exit_code == 2
    assert result.stderr == (
        "newsfacts: error: cannot read --files-from /dev/zero: over 1.0 MB: not a list of paths\n"
    )


# ---------------------------------------------------------------------------------------------
# --encoding values Python knows but that read no text
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("input_format", ["text", "jsonl"])
def test_codecs_that_fail_otherwise_than_by_a_byte(input_format: str) -> None:
    """`undefined` and `punycode` raise a bare UnicodeError, which stopped the run."""
    data = jsonl({"text": ARTICLE})
    for encoding in ("undefined", "punycode"):
        found = items_of("-", input_format=input_format, encoding=encoding, stdin=io.BytesIO(data))
        [error] = found
        assert isinstance(error, InputError)
        assert error.message.startswith(f"cannot decode as {encoding} ("), error.message


def test_encoding_problem_for_the_command_line_to_check_once() -> None:
    assert inputs.encoding_problem("utf-8") is None
    assert inputs.encoding_problem("Latin-1") is None
    assert inputs.encoding_problem("klingon") == "unknown encoding 'klingon'"
    assert inputs.encoding_problem("rot13") == "'rot13' is not a text encoding"
    assert inputs.encoding_problem("undefined") == "'undefined' is not an encoding for text files"
    # and the inputs say the same, one error per input
    [error] = items_of("-", encoding="rot13", stdin=io.BytesIO(b"x"))
    assert error == InputError("-", "'rot13' is not a text encoding")


def test_a_huge_date_field_is_refused_before_any_parsing(tmp_path: Path) -> None:
    """dateparser takes seconds on a 100 kB `date` (minutes on megabytes), and the error quoted
    the whole value."""
    import time

    batch = tmp_path / "lot.jsonl"
    batch.write_bytes(jsonl({"id": "d", "text": ARTICLE, "date": "5 novembre 2024 " * 20_000}))
    started = time.perf_counter()
    [error] = items_of(batch)
    assert time.perf_counter() - started < 0.5
    assert error == InputError("d", "bad reference date: 320,000 characters, too long to be a date")
