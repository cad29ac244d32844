"""Turn command-line inputs (paths, directories, '-', lists of paths, JSONL batches, saved web
pages) into articles or per-input errors.

Nothing here raises for a bad input: each problem becomes an InputError naming the input, so that a
batch goes on with the other inputs. What the user must know but is no failure (a file a walk
skips, an odd JSONL id) is an InputNote, printed and not counted as a failure. Everything is lazy
and bounded: one file is read at a time and at most MAX_FILE_BYTES of it, JSONL batches a line at
a time and at most MAX_FILE_BYTES a line, so memory does not grow with the size of a batch; only
regular files are opened (and '-', whatever it is), so that no FIFO or device stalls a run; the
file the output is written to is never read.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, BinaryIO, NamedTuple

from newsfacts.extractors.article import Article, ReferenceDateSource, parse_stated_date

STDIN = "-"
DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.jsonl", "*.parquet")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# spaCy refuses texts longer than this (its default max_length): an article is never that long,
# so a longer input is a mistake (a log, a dump, a binary) and is refused before any work.
MAX_ARTICLE_CHARS = 1_000_000
# Above this a file is refused without being read: a saved web page can be much larger than its
# text, but not this large.
MAX_FILE_BYTES = 16 * 1024 * 1024
# A list of paths (--files-from) is read whole; some million paths fit in this.
MAX_LIST_BYTES = 256 * 1024 * 1024
NO_ARTICLE = "no article text found in this HTML page"


@dataclass(frozen=True)
class InputError:
    source: str
    message: str


@dataclass(frozen=True)
class HtmlPage:
    """A saved web page: its main text and publication date are extracted where the article is
    processed (a worker process in a parallel run), since that is the costly part."""

    source: str
    html: str
    reference_date: str | None = None
    reference_date_source: ReferenceDateSource | None = None

    def to_article(self) -> Article | InputError:
        import trafilatura  # costs 0.1 s to import: only when there is a page to read

        page = trafilatura.bare_extraction(
            self.html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            # Only what the page states (meta tags, JSON-LD, <time>), no guessing from the text.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        text = getattr(page, "text", None) if page is not None else None
        if not text or not text.strip():
            return InputError(self.source, NO_ARTICLE)
        if _mostly_navigation(text, self.html):
            return InputError(self.source, f"{NO_ARTICLE} (only links and menus)")
        problem = _check_text(text, self.source, "page")
        if problem is not None:
            return problem
        if self.reference_date is not None:
            return Article(text, self.source, self.reference_date, self.reference_date_source)
        stated = None
        published = getattr(page, "date", None)
        if published:
            try:
                stated = parse_stated_date(str(published))
            except ValueError:
                stated = None
        return Article(text, self.source, stated, "metadata" if stated else None)


@dataclass(frozen=True)
class InputDone:
    """Marks the end of one input (a file, stdin): its articles have all been yielded."""

    source: str


@dataclass(frozen=True)
class InputNote:
    """What the user must hear about an input that is not a failure: a file a walk skipped (the
    output file, a previous run's output), an id read otherwise than written. It gives no record
    and does not change the exit status; the command line prints it on stderr as
    `newsfacts: SOURCE: MESSAGE` (the message says what it is: `skipped: ...`, `note: ...`)."""

    source: str
    message: str


Item = Article | HtmlPage | InputError

# A file by identity, (st_dev, st_ino): the same file whatever the path, link or hard link.
FileId = tuple[int, int]


def file_identity(stream: IO[Any] | None) -> FileId | None:
    """The identity of the regular file behind `stream` (stdout redirected to `facts.jsonl`),
    or None when it is no regular file (a terminal, a pipe, /dev/null) or has no descriptor."""
    try:
        status = os.fstat(stream.fileno()) if stream is not None else None
    except (OSError, ValueError, AttributeError):  # no descriptor, closed, a StringIO
        return None
    if status is None or not stat.S_ISREG(status.st_mode):
        return None
    return (status.st_dev, status.st_ino)


def _identity(path: str) -> FileId | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None  # reading it will say what is wrong
    return (status.st_dev, status.st_ino)


# ---------------------------------------------------------------------------------------------
# Paths: files, directories, '-', --files-from
# ---------------------------------------------------------------------------------------------


def read_path_list(
    source: str, *, null_separated: bool = False, stdin: BinaryIO | None = None
) -> list[str]:
    """The paths listed in a file (or '-'), one per line or NUL-separated (`find -print0`).
    Raises OSError when the list itself cannot be read, or is over MAX_LIST_BYTES (/dev/zero):
    that is a usage error, not a bad input. A FIFO is read (`--files-from <(find ...)`)."""
    if source == STDIN:
        data = (stdin if stdin is not None else sys.stdin.buffer).read(MAX_LIST_BYTES + 1)
    else:
        with open(source, "rb") as handle:
            data = handle.read(MAX_LIST_BYTES + 1)
    if len(data) > MAX_LIST_BYTES:
        raise OSError(errno.EFBIG, f"over {_megabytes(MAX_LIST_BYTES)}: not a list of paths")
    # Paths are bytes on POSIX: keep undecodable names reachable, as the OS does.
    text = os.fsdecode(data)
    parts = text.split("\0") if null_separated else text.splitlines()
    return [part for part in parts if part]


def _matches(name: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in globs)


def _folder_error(exc: OSError, directory: str) -> InputError:
    reason = "permission denied" if isinstance(exc, PermissionError) else exc.strerror or str(exc)
    return InputError(directory, f"cannot read this folder: {reason[:1].lower()}{reason[1:]}")


def _listing(directory: str) -> list[os.DirEntry[str]] | InputError:
    try:
        with os.scandir(directory) as scan:
            return sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        return _folder_error(exc, directory)


def walk(directory: str, globs: tuple[str, ...]) -> Iterator[str | InputError]:
    """Files under `directory` whose name matches one of `globs`, depth first in sorted order.

    Hidden entries (a name starting with '.') are left out, folders and files alike, as `fd` and
    `rg` do: `.git`, `.venv` or `.cache` hold thousands of `*.txt` and `*.md` files that are not
    articles. `directory` itself is walked even when hidden, and a hidden file named on the
    command line is read like any other. Symbolic links to directories are not followed (no
    loops, no escaping the tree); links to files are inputs like any file, so a broken one is
    reported rather than skipped. A folder that cannot be listed is an error in its place, and the
    walk goes on with the rest. The walk keeps its own stack, so a tree of any depth is walked."""
    listing = _listing(directory)
    if isinstance(listing, InputError):
        yield listing
        return
    stack = [iter(listing)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            listing = _listing(entry.path)
            if isinstance(listing, InputError):
                yield listing
            else:
                stack.append(iter(listing))
        elif _matches(entry.name, globs) and not (entry.is_symlink() and os.path.isdir(entry.path)):
            yield entry.path


OUTPUT_FILE = "is the file the output is being written to"
PREVIOUS_OUTPUT = (
    "is newsfacts output (its first line is a record, with schema_version and ok), "
    "not a batch of articles"
)
PREVIOUS_PARQUET_OUTPUT = (
    "is newsfacts output (its columns are a record's: schema_version, ok, record), "
    "not a batch of articles"
)
# A record line is rarely longer than this; a longer first line is taken for what its name says.
_PROBE_BYTES = 1024 * 1024


def expand_paths(
    paths: Iterable[str],
    globs: tuple[str, ...] = DEFAULT_GLOBS,
    *,
    output: FileId | None = None,
    input_format: str = "auto",
    stdin: IO[Any] | None = None,
) -> Iterator[str | InputError | InputNote]:
    """Each path as given, directories replaced by the matching files under them (see `walk`).

    `output` is the identity of the file the records are written to (`file_identity(sys.stdout)`):
    that file is never read, or a run writing into the folder it reads would read its own output
    for ever. Named explicitly (or as '-' when stdin is that file), it is an error; met in a walk,
    it is skipped with an InputNote, as is a JSONL file (by `input_format`) whose first line is a
    newsfacts record, a previous run's output. A directory without any file to read is an error
    of its own: nothing is skipped silently."""
    for path in paths:
        if path == STDIN:
            stdin_stream = stdin if stdin is not None else sys.stdin
            if output is not None and file_identity(stdin_stream) == output:
                yield InputError(path, "standard input " + OUTPUT_FILE)
            else:
                yield path
        elif os.path.isdir(path):
            yield from _expand_directory(path, globs, output, input_format)
        elif output is not None and _identity(path) == output:
            yield InputError(path, OUTPUT_FILE)
        else:
            yield path


def _expand_directory(
    directory: str, globs: tuple[str, ...], output: FileId | None, input_format: str
) -> Iterator[str | InputError | InputNote]:
    found = skipped = 0
    for file in walk(directory, globs):
        if isinstance(file, InputError):
            found += 1
            yield file
        elif output is not None and _identity(file) == output:
            skipped += 1
            yield InputNote(file, "skipped: it " + OUTPUT_FILE)
        elif format_of(file, input_format) == "jsonl" and _starts_with_record(file):
            skipped += 1
            yield InputNote(file, "skipped: it " + PREVIOUS_OUTPUT)
        elif format_of(file, input_format) == "parquet" and _holds_records(file):
            skipped += 1
            yield InputNote(file, "skipped: it " + PREVIOUS_PARQUET_OUTPUT)
        else:
            found += 1
            yield file
    if not found:
        others = f" other than the {skipped} skipped" if skipped else ""
        yield InputError(
            directory, f"directory has no files matching {' '.join(globs)}{others} (see --glob)"
        )


def is_record(value: object) -> bool:
    """Whether a parsed JSON line is a newsfacts record (what `extract` writes), not an article."""
    return (
        isinstance(value, dict)
        and "schema_version" in value
        and "ok" in value
        and not isinstance(value.get("text"), str)
    )


def _starts_with_record(path: str) -> bool:
    handle = open_input(path)
    if isinstance(handle, InputError):
        return False  # reading it will report the problem
    with handle:
        try:
            first = handle.readline(_PROBE_BYTES)
        except OSError:
            return False
    return _is_record_line(first)


def _is_record_line(line: bytes) -> bool:
    try:
        return is_record(json.loads(line.removeprefix(codecs.BOM_UTF8)))
    except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deep
        return False


# ---------------------------------------------------------------------------------------------
# Counting articles, for a progress total
# ---------------------------------------------------------------------------------------------

_COUNT_BLOCK = 1024 * 1024
# Bytes that str.strip() removes, besides newlines: a line of them alone is blank.
_BLANK_BYTES = b" \t\r\x0b\x0c\x1c\x1d\x1e\x1f"


def count_articles(
    targets: Iterable[str | InputError | InputNote], input_format: str = "auto"
) -> int:
    """How many records `read_targets` will give for `targets` (from `expand_paths`), for a
    progress total: 1 for a text or HTML input, standard input (it cannot be read twice) and an
    error, none for a note, and for a JSONL file its non-blank lines, counted in its bytes a
    block at a time without parsing JSON (1 when it cannot be read, is a previous run's output
    or UTF-16). Only JSONL files are opened, so thousands of files cost nothing."""
    return sum(_articles_in(target, input_format) for target in targets)


def _articles_in(target: str | InputError | InputNote, input_format: str) -> int:
    if isinstance(target, InputNote):
        return 0
    if isinstance(target, InputError) or target == STDIN:
        return 1
    if format_of(target, input_format) == "parquet":
        return _parquet_rows(target)
    if format_of(target, input_format) != "jsonl":
        return 1
    handle = open_input(target)
    if isinstance(handle, InputError):
        return 1
    with handle:
        try:
            return max(1, _non_blank_lines(handle))
        except OSError:
            return 1


def _holds_records(path: str) -> bool:
    """Whether a Parquet file's columns are those of newsfacts records (extract_batch's)."""
    try:
        import pyarrow.parquet as pq

        names = set(pq.ParquetFile(path).schema_arrow.names)
    except Exception:  # noqa: BLE001 - reading it will report the problem
        return False
    return {"schema_version", "ok", "record"} <= names


def _parquet_rows(path: str) -> int:
    """The rows of a Parquet file, from its footer (1 when it cannot be read)."""
    try:
        import pyarrow.parquet as pq

        return max(1, int(pq.ParquetFile(path).metadata.num_rows))
    except Exception:  # noqa: BLE001 - reading it will report the problem
        return 1


def _non_blank_lines(handle: BinaryIO) -> int:
    """The non-blank lines of a JSONL file, or 1 when the reader makes one error of it all."""
    count = 0
    running = False  # whether the line that runs on from the block before has any content
    block = handle.read(_COUNT_BLOCK)
    bom = bom_of(block)
    head, newline, _ = block.partition(b"\n")
    if (bom is not None and _is_wide(bom.codec)) or (newline and _is_record_line(head)):
        return 1
    while block:
        parts = block.translate(None, _BLANK_BYTES).split(b"\n")
        if len(parts) == 1:
            running = running or bool(parts[0])
        else:
            count += running or bool(parts[0])  # the line that ends at the block's first newline
            count += len(parts) - 2 - parts[1:-1].count(b"")  # lines within the block
            running = bool(parts[-1])
        block = handle.read(_COUNT_BLOCK)
    return count + running


# ---------------------------------------------------------------------------------------------
# Reading one input
# ---------------------------------------------------------------------------------------------


def _os_error_message(exc: OSError, path: str) -> str:
    if isinstance(exc, FileNotFoundError):
        if os.path.islink(path):
            return "broken symbolic link (its target does not exist)"
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


@dataclass(frozen=True)
class Bom:
    """A byte-order mark: what it is called, its bytes, and the codec of the text after it."""

    name: str
    mark: bytes
    codec: str
    hint: str  # the --encoding that reads such a file


# UTF-32 LE first: its mark begins with UTF-16 LE's.
BOMS = (
    Bom("UTF-32 LE", codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    Bom("UTF-32 BE", codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    Bom("UTF-8", codecs.BOM_UTF8, "utf-8", "utf-8"),
    Bom("UTF-16 LE", codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    Bom("UTF-16 BE", codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)


def bom_of(data: bytes) -> Bom | None:
    return next((bom for bom in BOMS if data.startswith(bom.mark)), None)


def _codec_name(encoding: str) -> str:
    """Python's own name for an encoding ('UTF8' -> 'utf-8'), or the name as given."""
    try:
        return codecs.lookup(encoding).name
    except (LookupError, ValueError):
        return encoding.lower()


def encoding_problem(encoding: str) -> str | None:
    """Why `encoding` cannot decode text, or None when it can: for the command line to check
    --encoding once, as a usage error, before any input is read. Python knows codecs that are no
    text encodings (rot13, base64) and some that read no file (undefined, punycode)."""
    try:
        codecs.lookup(encoding)
    except (LookupError, ValueError):
        return f"unknown encoding {encoding!r}"
    try:
        b"x".decode(encoding)  # b"" would be decoded without asking the codec
    except UnicodeDecodeError:
        pass  # a text encoding that reads no lone "x" (UTF-16)
    except LookupError:
        return f"{encoding!r} is not a text encoding"
    except UnicodeError:
        return f"{encoding!r} is not an encoding for text files"
    return None


def _is_default(encoding: str) -> bool:
    return _codec_name(encoding) == "utf-8"


def decode(data: bytes, encoding: str) -> str:
    """Decode `data`. With the default encoding (UTF-8), a byte-order mark says what the text is
    (UTF-8, UTF-16 or UTF-32, little- or big-endian) and is dropped; with any Unicode encoding a
    leading mark is dropped too. Raises UnicodeDecodeError, or LookupError (unknown encoding)."""
    if _is_default(encoding):
        bom = bom_of(data)
        if bom is not None:
            return data[len(bom.mark) :].decode(bom.codec)
        return data.decode("utf-8")
    text = data.decode(encoding)
    if text.startswith("\ufeff") and _codec_name(encoding).startswith("utf"):
        return text[1:]
    return text


_OTHER_ENCODINGS = "if the file uses another encoding, try --encoding latin-1 or --encoding cp1252"


def _bad_byte(exc: UnicodeDecodeError, shift: int = 0) -> str:
    """Where decoding failed: `shift` is how many bytes came before what was decoded."""
    byte = exc.object[exc.start : exc.start + 1].hex()
    return f"byte 0x{byte} at offset {exc.start + shift}"


def _decode_error(exc: UnicodeDecodeError, encoding: str) -> str:
    return f"cannot decode as {encoding} ({_bad_byte(exc)}); {_OTHER_ENCODINGS}"


def _codec_failed(exc: UnicodeError, encoding: str) -> str:
    return f"cannot decode as {encoding} ({exc}); {_OTHER_ENCODINGS}"


def _mark_bytes(bom: Bom) -> str:
    return " ".join(f"0x{byte:02x}" for byte in bom.mark)


def _undecodable(data: bytes, encoding: str, exc: UnicodeDecodeError) -> str:
    bom = bom_of(data)
    if bom is None:
        # Text in another encoding has no NUL byte; images, archives and PDFs do.
        return _BINARY if b"\0" in data else _decode_error(exc, encoding)
    if _is_default(encoding):
        return (
            f"its first bytes ({_mark_bytes(bom)}) are a {bom.name} byte-order mark, but the "
            f"rest is not {bom.name} ({_bad_byte(exc, len(bom.mark))}); {_OTHER_ENCODINGS}"
        )
    return _bom_hint(bom, f"cannot decode as {encoding} ({_bad_byte(exc)})")


def _decode_input(data: bytes, encoding: str, source: str) -> str | InputError:
    """The text of a whole input, or the error that says why it has none, naming the
    byte-order mark when there is one: it tells what the file is."""
    try:
        text = decode(data, encoding)
    except UnicodeDecodeError as exc:
        return InputError(source, _undecodable(data, encoding, exc))
    except UnicodeError as exc:  # codecs such as punycode raise it alone, with no offset
        return InputError(source, _codec_failed(exc, encoding))
    except (LookupError, ValueError):
        return InputError(source, encoding_problem(encoding) or f"unknown encoding {encoding!r}")
    if "\0" in text and not _is_default(encoding) and not _is_wide(_codec_name(encoding)):
        # latin-1 and the like decode UTF-16 too: into text full of NULs.
        bom = bom_of(data)
        if bom is not None and _is_wide(bom.codec):
            return InputError(
                source, _bom_hint(bom, f"decoded as {encoding}, it has NUL characters")
            )
    return text


def _bom_hint(bom: Bom, problem: str) -> str:
    return (
        f"{problem}; it starts with a {bom.name} byte-order mark ({_mark_bytes(bom)}): "
        f"try --encoding {bom.hint}"
    )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _not_regular(mode: int) -> str | None:
    """Why a file of this mode is not read (None for a regular file). Reading a FIFO, a device or
    a socket can block forever or never end, so only regular files are inputs."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a directory, not a file"
    kinds = (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return f"not a regular file: {kind}"


NUL_IN_PATH = "not a file name: it has a NUL byte (a list from find -print0 needs -0)"
# Opening without blocking: a FIFO put in the place of a checked file must not stall the batch.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def open_input(path: str) -> BinaryIO | InputError:
    """`path` opened for reading when it is a regular file (links followed), else why not. The
    file is checked before it is opened (opening a FIFO blocks, opening a device can act on it),
    and again once open, in case it was replaced in between."""
    try:
        before = os.stat(path)
    except OSError as exc:
        return InputError(path, _os_error_message(exc, path))
    except ValueError:  # only a NUL byte makes a str path invalid
        return InputError(path, NUL_IN_PATH)
    problem = _not_regular(before.st_mode)
    if problem is not None:
        return InputError(path, problem)
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        return InputError(path, _os_error_message(exc, path))
    handle = os.fdopen(descriptor, "rb")
    after = os.fstat(descriptor)
    if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
        handle.close()
        return InputError(path, "the file changed while it was being opened; not read")
    return handle


def _read_bytes(path: str, stdin: BinaryIO | None) -> bytes | InputError:
    """At most MAX_FILE_BYTES + 1 bytes: enough to tell that an input is too large. Standard input
    is read whatever it is (a pipe, a terminal, a file)."""
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return stream.read(MAX_FILE_BYTES + 1)
    handle = open_input(path)
    if isinstance(handle, InputError):
        return handle
    with handle:
        return handle.read(MAX_FILE_BYTES + 1)


def format_of(path: str, input_format: str) -> str:
    """`auto` picks by file name: .jsonl and .parquet are batches, .html a saved page, anything
    else text."""
    if input_format != "auto":
        return input_format
    lowered = path.lower()
    if lowered.endswith(".jsonl"):
        return "jsonl"
    if lowered.endswith(".parquet"):
        return "parquet"
    if lowered.endswith(HTML_SUFFIXES):
        return "html"
    return "text"


_BINARY = "binary file (it contains NUL bytes), not text"


class _TextMessages(NamedTuple):
    binary: str
    empty: str
    too_long: str
    advice: str  # what to do with a text too long for one article


# _check_text's messages, for each kind of place an article's text comes from.
_TEXT_MESSAGES = {
    "text": _TextMessages(
        _BINARY,
        "empty input: no text to read",
        "too long for one article",
        "split it, or give it as JSONL with one article per line",
    ),
    "line": _TextMessages(
        "the 'text' field has NUL characters: not article text",
        "the 'text' field is empty: no text to read",
        "the 'text' field is too long for one article",
        "split it into several articles, one a line",
    ),
    "row": _TextMessages(
        "the text column has NUL characters: not article text",
        "the text column is empty in this row: no text to read",
        "the text column is too long for one article",
        "split it into several articles, one a row",
    ),
    "page": _TextMessages(
        "the text found in this HTML page has NUL characters: not article text",
        NO_ARTICLE,
        "the text found in this HTML page is too long for one article",
        "save each of its articles on its own",
    ),
}


def _check_text(text: str, source: str, kind: str = "text") -> InputError | None:
    """Whether `text` can be one article: no NUL, not blank, within spaCy's limit. `kind` says
    where it comes from (a text input, a JSONL line's field, an HTML page) for the message."""
    messages = _TEXT_MESSAGES[kind]
    if "\0" in text:
        return InputError(source, messages.binary)
    if not text.strip():
        return InputError(source, messages.empty)
    if len(text) > MAX_ARTICLE_CHARS:
        return InputError(
            source,
            f"{messages.too_long}: {len(text):,} characters (at most {MAX_ARTICLE_CHARS:,}); "
            f"{messages.advice}",
        )
    return None


class Columns(NamedTuple):
    """The columns of a Parquet batch that hold each article's text, id and publication date."""

    text: str = "text"
    id: str = "id"
    date: str = "date"


DEFAULT_COLUMNS = Columns()


def read_one(
    path: str,
    *,
    input_format: str = "auto",
    encoding: str = "utf-8",
    reference_date: str | None = None,
    stdin: BinaryIO | None = None,
    columns: Columns = DEFAULT_COLUMNS,
) -> Iterator[Item | InputNote]:
    """The articles of one input (several for a JSONL or Parquet batch), or the errors that stand
    for them."""
    fmt = format_of(path, input_format)
    if fmt == "jsonl":
        yield from _jsonl_articles(path, encoding, reference_date, stdin)
        return
    if fmt == "parquet":
        yield from _parquet_articles(path, reference_date, columns)
        return
    try:
        data = _read_bytes(path, stdin)
    except OSError as exc:
        yield InputError(path, _os_error_message(exc, path))
        return
    if isinstance(data, InputError):
        yield data
        return
    if len(data) > MAX_FILE_BYTES:
        yield InputError(path, f"too large: over {_megabytes(MAX_FILE_BYTES)}, not an article")
        return
    text = _decode_input(data, encoding, path)
    if isinstance(text, InputError):
        yield text
        return
    source_kind: ReferenceDateSource | None = "option" if reference_date else None
    if fmt == "html":
        if "\0" in text:
            yield InputError(path, "binary file (it contains NUL bytes), not HTML")
        elif not text.strip():
            yield InputError(path, "empty input: no text to read")
        else:
            yield HtmlPage(path, text, reference_date, source_kind)
        return
    problem = _check_text(text, path)
    yield problem or Article(text, path, reference_date, source_kind)


def read_targets(
    targets: Iterable[str | InputError | InputNote],
    *,
    input_format: str = "auto",
    encoding: str = "utf-8",
    reference_date: str | None = None,
    stdin: BinaryIO | None = None,
    notes: bool = False,
    columns: Columns = DEFAULT_COLUMNS,
) -> Iterator[Item | InputNote | InputDone]:
    """The articles of each target (a path from `expand_paths`, or the error or note that stands
    for one) in order, each target's items followed by an InputDone. A `reference_date` given
    here overrides any the inputs state. InputNotes are yielded in their place only with
    `notes=True`: a caller that does not print them must not take them for articles."""
    for target in targets:
        if isinstance(target, (InputError, InputNote)):
            found: Iterable[Item | InputNote] = (target,)
            source = target.source
        else:
            found = read_one(
                target,
                input_format=input_format,
                encoding=encoding,
                reference_date=reference_date,
                stdin=stdin,
                columns=columns,
            )
            source = target
        for item in found:
            if notes or not isinstance(item, InputNote):
                yield item
        yield InputDone(source)


def _jsonl_articles(
    source: str, encoding: str, reference_date: str | None, stdin: BinaryIO | None
) -> Iterator[Item | InputNote]:
    """One article per JSON line: `text` (required), `id` (the record's source), `reference_date`
    or `date` (optional). Blank lines are skipped; a bad line is an error of its own."""
    if source == STDIN:
        yield from _jsonl_stream(
            stdin if stdin is not None else sys.stdin.buffer, source, encoding, reference_date
        )
        return
    handle = open_input(source)
    if isinstance(handle, InputError):
        yield handle
        return
    with handle:
        yield from _jsonl_stream(handle, source, encoding, reference_date)


# Rows of a Parquet file read at a time: memory stays flat whatever the file's size.
_PARQUET_ROWS = 256
PARQUET_NEEDS = "reading Parquet needs pyarrow: pip install 'newsfacts[parquet]'"


def _parquet_articles(
    source: str, reference_date: str | None, columns: Columns
) -> Iterator[Item | InputNote]:
    """One article per row of a Parquet file, read a few hundred rows at a time: the `text`
    column (required), `id` (the record's source, else `path:row`) and `date` (optional), each
    row checked as a JSONL line is. A file that is no Parquet, or lacks the text column, is one
    error."""
    if source == STDIN:
        yield InputError(source, "Parquet cannot be read from standard input; name the file")
        return
    try:
        import pyarrow.parquet as pq
    except ImportError:
        yield InputError(source, PARQUET_NEEDS)
        return
    try:
        parquet = pq.ParquetFile(source)
    except OSError as exc:
        yield InputError(source, _os_error_message(exc, source))
        return
    except Exception as exc:  # noqa: BLE001 - pyarrow's errors for a file that is no Parquet
        yield InputError(source, f"not a Parquet file: {exc}")
        return
    names = parquet.schema_arrow.names
    if columns.text not in names:
        yield InputError(
            source,
            f"no {columns.text!r} column (columns: {', '.join(names)}); see --text-column",
        )
        return
    wanted = [c for c in (columns.text, columns.id, columns.date) if c in names]
    ids: dict[str, int] = {}
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=_PARQUET_ROWS, columns=wanted):
            for values in batch.to_pylist():
                row += 1
                row_source = f"{source}:{row}"
                text = values.get(columns.text)
                item: dict[str, Any] = {"text": text, "id": values.get(columns.id)}
                if values.get(columns.date) is not None:
                    item["date"] = values[columns.date]
                if text is None:
                    yield InputError(row_source, f"row has no {columns.text!r} value")
                    continue
                if not isinstance(text, str):
                    yield InputError(row_source, f"the {columns.text!r} column is not text")
                    continue
                article_source, notes = _article_source(item, row_source, row, ids)
                yield from (InputNote(n.source, n.message.replace("line", "row")) for n in notes)
                yield _jsonl_article(item, article_source, row_source, reference_date, "row")
    except OSError as exc:
        yield InputError(source, _os_error_message(exc, source))
    except Exception as exc:  # noqa: BLE001 - a corrupt page: the rows read so far stand
        yield InputError(source, f"unreadable Parquet data after row {row}: {exc}")


# Reading the rest of an over-long line, this much at a time.
_SKIP_BLOCK = 64 * 1024


def bounded_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[bytes, bool]]:
    """The lines of `stream` and whether each is whole: at most `limit` bytes before its newline.
    Of a longer line only its first bytes come (enough to see a byte-order mark), with False: its
    rest is read and dropped a block at a time, never held whole, and the lines after it come as
    usual (a JSONL line, like a file, is at most MAX_FILE_BYTES)."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line, True
            continue
        while True:
            rest = stream.readline(_SKIP_BLOCK)
            if not rest or rest.endswith(b"\n"):
                break
        yield line[:4], False


def _is_wide(codec: str) -> bool:
    return codec.startswith(("utf-16", "utf-32"))


def _wide_jsonl(encoding: str, first_line: bytes) -> str | None:
    """Why a JSONL input cannot be read line by line: UTF-16 and UTF-32 split a newline over
    several bytes (JSON Lines are UTF-8 anyway)."""
    codec = _codec_name(encoding)
    if _is_wide(codec):
        return (
            f"JSONL is read a line at a time, which {encoding} does not allow; "
            f"convert it to UTF-8 (iconv -f {codec.upper()} -t UTF-8)"
        )
    bom = bom_of(first_line)
    if bom is not None and _is_wide(bom.codec):
        return (
            f"its first bytes ({_mark_bytes(bom)}) are a {bom.name} byte-order mark, and JSON "
            f"Lines are UTF-8: convert it (iconv -f {bom.hint.upper()} -t UTF-8)"
        )
    return None


def _jsonl_stream(
    stream: BinaryIO, source: str, encoding: str, reference_date: str | None
) -> Iterator[Item | InputNote]:
    seen_any = False
    number = 0
    ids: dict[str, int] = {}  # each id given, and the line it was first given on
    try:
        for number, (raw, whole) in enumerate(bounded_lines(stream, MAX_FILE_BYTES), start=1):
            line_source = f"{source}:{number}"
            wide = _wide_jsonl(encoding, raw) if number == 1 else None
            if wide is not None:
                yield InputError(source, wide)
                return
            if not whole:
                seen_any = True
                yield InputError(
                    line_source,
                    f"line too large: over {_megabytes(MAX_FILE_BYTES)}, not an article",
                )
                continue
            try:
                line = decode(raw, encoding) if number == 1 else raw.decode(encoding)
            except UnicodeDecodeError as exc:
                seen_any = True
                yield InputError(line_source, _decode_error(exc, encoding))
                continue
            except UnicodeError as exc:
                seen_any = True
                yield InputError(line_source, _codec_failed(exc, encoding))
                continue
            except (LookupError, ValueError):
                problem = encoding_problem(encoding) or f"unknown encoding {encoding!r}"
                yield InputError(source, problem)
                return
            if not line.strip():
                continue
            value = _parse_line(line, line_source)
            if not seen_any and is_record(value):
                yield InputError(source, PREVIOUS_OUTPUT)
                return
            seen_any = True
            if isinstance(value, InputError):
                yield value
                continue
            article_source, notes = _article_source(value, line_source, number, ids)
            yield from notes
            yield _jsonl_article(value, article_source, line_source, reference_date)
    except OSError as exc:
        where = source if number == 0 else f"{source}:{number + 1}"
        yield InputError(where, _os_error_message(exc, source))
        return
    if not seen_any:
        yield InputError(source, "empty input: no JSON lines to read")


def _parse_line(line: str, line_source: str) -> object:
    """The JSON value of a line, or the InputError that says why it is none."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(line_source, f"line is not valid JSON ({exc.msg}, column {exc.colno})")
    except RecursionError:  # `[[[[...`: the parser gives up, with no JSONDecodeError
        return InputError(line_source, "line is nested too deeply to be read as JSON")


_JSON_TYPES = ((bool, "a boolean"), (int, "a number"), (float, "a number"), (list, "an array"))


def _article_source(
    item: object, line_source: str, number: int, ids: dict[str, int]
) -> tuple[str, list[InputNote]]:
    """The source of a line's article: its id as a string (JSON text for an id that is not a
    string), else the line (`path:N`). What the user may not expect is told, not refused: an id
    that is no string, an empty one, one already given on an earlier line (`ids`, updated)."""
    if (
        not isinstance(item, dict)
        or not isinstance(item.get("text"), str)
        or item.get("id") is None
    ):
        return line_source, []
    given = item["id"]
    notes = []
    if isinstance(given, str):
        article_source = given
    else:
        kind = next((name for cls, name in _JSON_TYPES if isinstance(given, cls)), "an object")
        article_source = json.dumps(given, ensure_ascii=False)
        notes.append(
            InputNote(line_source, f"note: id is {kind}, read as the string {article_source!r}")
        )
    if not article_source:
        notes.append(
            InputNote(line_source, f"note: id is empty; the source is the line, {line_source}")
        )
        return line_source, notes
    first = ids.setdefault(article_source, number)
    if first != number:
        notes.append(
            InputNote(line_source, f"note: id {article_source!r} already used on line {first}")
        )
    return article_source, notes


# The longest publication date a feed writes is some 40 characters ("Tuesday, 05 November 2024
# 08:15:00 +0100"); a field longer than this is no date.
_MAX_DATE_CHARS = 100


def _jsonl_article(
    item: object,
    article_source: str,
    line_source: str,
    reference_date: str | None,
    kind: str = "line",
) -> Item:
    """The article of a line's JSON value (or a Parquet row's, `kind` "row"), named
    `article_source`; errors about the line's shape name the line itself."""
    if not isinstance(item, dict):
        return InputError(line_source, "line is not a JSON object")
    article_text = item.get("text")
    if not isinstance(article_text, str):
        return InputError(line_source, "line has no 'text' string field")
    problem = _check_text(article_text, article_source, kind)
    if problem is not None:
        return problem
    if reference_date is not None:
        return Article(article_text, article_source, reference_date, "option")
    stated = item.get("reference_date") or item.get("date")
    if stated is not None:
        stated = str(stated)
        if len(stated) > _MAX_DATE_CHARS:  # dateparser would take minutes on megabytes
            return InputError(
                article_source,
                f"bad reference date: {len(stated):,} characters, too long to be a date",
            )
        try:
            stated = parse_stated_date(stated)
        except ValueError as exc:
            return InputError(article_source, f"bad reference date: {exc}")
    return Article(article_text, article_source, stated, "input" if stated else None)


# ---------------------------------------------------------------------------------------------
# Saved web pages: is what trafilatura found an article?
# ---------------------------------------------------------------------------------------------

# A page whose text is at least this share of link and menu text (by letters) is no article:
# trafilatura, finding none, falls back to what the page has, such as its menu, a link a line.
NAVIGATION_SHARE = 0.9
_BOILERPLATE_TAGS = ("a", "nav", "menu", "header", "footer", "aside")
_WORD_CHAR = re.compile(r"\w")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _boilerplate_texts(html: str) -> set[str]:
    """The texts of a page's links and menus: each link's whole text, and each piece of text in
    a nav, menu, header, footer or aside, whitespace squashed."""
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return set()
    texts = set()
    for element in tree.iter(*_BOILERPLATE_TAGS):
        texts.add(_squash(element.text_content()))
        if element.tag != "a":
            texts.update(_squash(piece) for piece in element.itertext())
    texts.discard("")
    return texts


def _mostly_navigation(text: str, html: str) -> bool:
    """Whether the text trafilatura found is the page's links and menus, not an article."""
    lines = [_squash(line) for line in text.splitlines()]
    boilerplate = _boilerplate_texts(html)
    if not any(line in boilerplate for line in lines):
        return not _WORD_CHAR.search(text)  # nothing but punctuation is no article either
    letters = [len(_WORD_CHAR.findall(line)) for line in lines]
    navigation = sum(n for n, line in zip(letters, lines, strict=True) if line in boilerplate)
    return navigation >= NAVIGATION_SHARE * sum(letters)
