"""Run the extractor over a stream of inputs, in this process or in a pool of worker processes,
and give the records back in input order as soon as each one (and all before it) is done.

Why a process pool of our own rather than spaCy's `nlp.pipe(n_process=...)`: that one pickles Docs
(with their span extensions) back to the parent, needs the rule components importable by name
under every start method, and turns one bad article into an exception that stops the whole batch.
Here a worker builds the pipeline once, takes plain articles and returns plain record dicts, and a
failing article is an error record like any other.

Memory stays flat however long the batch: at most `jobs * WINDOW_PER_JOB` articles are read ahead,
and records leave as soon as they are in order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from newsfacts.extractors.article import Article
from newsfacts.extractors.pipeline import Extractor
from newsfacts.extractors.record import error_record

from .inputs import HtmlPage, InputDone, InputError, InputNote

# Articles in flight per worker: enough to keep every worker busy while the parent writes output,
# few enough that memory does not depend on the batch size.
WINDOW_PER_JOB = 8
# A chunk of articles per task amortises the cost of a round trip between processes.
CHUNK = 4

Record = dict[str, Any]
# A chunk handed to the pool: its future, its articles, and the pool it went to.
_Task = tuple[Future[list[Record]], list[Article | HtmlPage], ProcessPoolExecutor]


def process_item(extractor: Extractor, item: Article | HtmlPage | InputError) -> Record:
    """The record of one item; never raises for a bad article."""
    if isinstance(item, InputError):
        return error_record(item.source, item.message)
    try:
        if isinstance(item, HtmlPage):
            converted = item.to_article()
            if isinstance(converted, InputError):
                return error_record(converted.source, converted.message)
            item = converted
        return extractor.extract_article(item)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return error_record(item.source, f"extraction failed: {exc}")


def resolve_jobs(jobs: int) -> int:
    """`0` means one worker per available core."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# ---------------------------------------------------------------------------------------------
# Worker side
# ---------------------------------------------------------------------------------------------

# Set in the parent before the pool forks, so that forked workers inherit the loaded pipeline;
# under spawn or forkserver each worker builds its own from _worker_init's arguments.
_WORKER_EXTRACTOR: Extractor | None = None


def _die_with_parent() -> None:
    """On Linux, ask the kernel to end this worker when the parent dies, however it dies (killed
    with SIGKILL, out of memory): a worker must never wait forever for work that cannot come."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux: the parent's own shutdown has to do
        pass


def _worker_init(model: str, types: tuple[str, ...], compile_cache: Path | None) -> None:
    # Ctrl-C and SIGTERM are the parent's to handle: it stops handing out work, says what was
    # done and shuts the pool down; a worker only dies with it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    global _WORKER_EXTRACTOR
    if _WORKER_EXTRACTOR is None:
        _WORKER_EXTRACTOR = Extractor(model=model, types=types, compile_cache=compile_cache)


def _worker_ready() -> bool:
    return _WORKER_EXTRACTOR is not None


def _worker_run(items: list[Article | HtmlPage]) -> list[Record]:
    assert _WORKER_EXTRACTOR is not None
    return [process_item(_WORKER_EXTRACTOR, item) for item in items]


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where it exists: workers start in milliseconds with the parent's pipeline already
    loaded, instead of each loading the model again (seconds). The pool is created before any
    other thread (the progress bar's) starts, which is what makes fork safe here."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


# ---------------------------------------------------------------------------------------------
# Parent side
# ---------------------------------------------------------------------------------------------


class Batch:
    """Records for a stream of items, in order. `InputDone` markers and `InputNote`s pass through
    in their place so
    that the caller can count finished inputs."""

    def __init__(self, extractor: Extractor, jobs: int = 1) -> None:
        self.extractor = extractor
        self.jobs = resolve_jobs(jobs)
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> Batch:
        if self.jobs > 1:
            global _WORKER_EXTRACTOR
            _WORKER_EXTRACTOR = self.extractor
            self._executor = self._new_executor()
            # Start the workers now (under fork, all of them at the first task), before the
            # caller starts any thread of its own, such as the progress bar's.
            self._executor.submit(_worker_ready).result()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=_pool_context(),
            initializer=_worker_init,
            initargs=(self.extractor.model, self.extractor.types, self.extractor.compile_cache),
        )

    def close(self) -> None:
        """Stop handing out work; workers finish the article they hold and exit."""
        global _WORKER_EXTRACTOR
        _WORKER_EXTRACTOR = None
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def run(
        self, items: Iterable[Article | HtmlPage | InputError | InputDone | InputNote]
    ) -> Iterator[Any]:
        if self._executor is None:
            for item in items:
                if isinstance(item, (InputDone, InputNote)):
                    yield item
                else:
                    yield process_item(self.extractor, item)
            return
        yield from self._run_pool(items)

    def _run_pool(self, items: Iterable[Any]) -> Iterator[Any]:
        # The queue holds, in input order: records and markers ready to go, or a pending chunk.
        queue: deque[Any] = deque()
        chunk: list[Article | HtmlPage] = []
        pending = 0
        window = self.jobs * WINDOW_PER_JOB

        def flush_chunk() -> None:
            nonlocal chunk, pending
            if chunk:
                queue.append(self._submit(chunk))
                pending += len(chunk)
                chunk = []

        for item in items:
            if isinstance(item, (InputDone, InputNote, InputError)):
                flush_chunk()
                queue.append(
                    process_item(self.extractor, item) if isinstance(item, InputError) else item
                )
            else:
                chunk.append(item)
                if len(chunk) >= CHUNK:
                    flush_chunk()
            # Hand out what is ready; wait on the oldest chunk only when the window is full.
            while queue and (
                pending >= window or not isinstance(queue[0], tuple) or queue[0][0].done()
            ):
                entry = queue.popleft()
                if isinstance(entry, tuple):
                    pending -= len(entry[1])
                    yield from self._results(*entry)
                else:
                    yield entry
        flush_chunk()
        while queue:
            entry = queue.popleft()
            if isinstance(entry, tuple):
                yield from self._results(*entry)
            else:
                yield entry

    def _submit(self, chunk: list[Article | HtmlPage]) -> _Task:
        assert self._executor is not None
        try:
            return (self._executor.submit(_worker_run, chunk), chunk, self._executor)
        except BrokenProcessPool:
            self._replace_broken_pool(self._executor)
            return (self._executor.submit(_worker_run, chunk), chunk, self._executor)

    def _results(
        self, future: Future[list[Record]], chunk: list[Article | HtmlPage], executor: Any
    ) -> list[Any]:
        try:
            return future.result()
        except BrokenProcessPool:
            # A worker died (killed, out of memory, a crash in native code). Its chunk, and the
            # others in flight, are done again one article at a time in a new pool, so that only
            # the article that kills a worker is lost, and it is reported.
            self._replace_broken_pool(executor)
            return [self._retry(item) for item in chunk]

    def _replace_broken_pool(self, broken: ProcessPoolExecutor | None) -> None:
        # Every chunk that was in flight in the broken pool fails at once; the pool is replaced
        # only the first time, not once per failed chunk.
        if broken is not self._executor:
            return
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._new_executor()

    def _retry(self, item: Article | HtmlPage) -> Record:
        assert self._executor is not None
        try:
            return self._executor.submit(_worker_run, [item]).result()[0]
        except BrokenProcessPool:
            self._replace_broken_pool(self._executor)
            return error_record(item.source, "extraction failed: the worker process died")


class Tally:
    """What a batch did, for the summary line: articles, failures, facts per type."""

    def __init__(self, types: tuple[str, ...]) -> None:
        self.types = types
        self.articles = 0
        self.failed = 0
        self.facts = dict.fromkeys(types, 0)

    def add(self, record: Record) -> None:
        self.articles += 1
        if not record.get("ok"):
            self.failed += 1
            return
        for fact_type in self.types:
            self.facts[fact_type] += len(record.get(fact_type) or ())

    def line(self, seconds: float) -> str:
        facts = ", ".join(f"{fact_type} {count}" for fact_type, count in self.facts.items())
        noun = "article" if self.articles == 1 else "articles"
        return f"{self.articles} {noun}, {self.failed} failed, in {seconds:.1f} s; facts: {facts}"
