"""A whole run as one library call: read every document, run the pipeline, write one record each.

:func:`extract_files` reads as the method does: check what the run needs, pick the engine
that turns documents into records (this process, the worker pool, or Ray), then write each
record, count it, and record it in the state once the output is committed. ``qawl
extract`` is this call plus option parsing, a progress display, signals and exit codes.

Commit order, so that a run killed at any point leaves every document in the output exactly
once after the next run: records are written (appended and fsynced, flushed, or renamed into
place), then the state records their keys, with an appended output's committed length, in one
transaction (:mod:`qawl.run.state`). SIGINT and SIGTERM wait while a commit is under way.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from qawl.document import Document
from qawl.extractors.ner import ModelNotFoundError, resolve_model
from qawl.pipeline import DEFAULT_BATCH_SIZE, Pipeline, PipelineOptions
from qawl.run.collector import few_collections
from qawl.run.errors import OutputError, RunSetupError
from qawl.run.pool import DEFAULT_DOC_TIMEOUT, pool_records, shares_model
from qawl.run.ray_engine import ray_records
from qawl.run.readers import (
    DEFAULT_MAX_CHARS,
    STDIN,
    UNREADABLE_CODES,
    Paths,
    ReadOptions,
    expand_paths,
    path_list,
    read_inputs,
)
from qawl.run.state import FAILED, Earlier, OutputMark, RunState, hold_lock, lock_path
from qawl.run.writers import EMIT_KINDS, RecordWriter, check_stdout, check_writable, is_stdout

ENGINES = ("local", "ray")
# Inputs below this size (and stdin) start in this process and get workers only once they turn
# out longer than a few batches: a pool for a handful of documents costs more than it saves.
SMALL_INPUT_BYTES = 1_000_000
# An appended output and the state commit together every this many records or seconds: a killed
# run loses at most that much work, and a commit (an fsync, a transaction) stays rare.
CHECKPOINT_RECORDS = 1000
CHECKPOINT_SECONDS = 10.0

T = TypeVar("T")


@dataclass
class Summary:
    """What a run did, updated as it goes: records written, failures by code, skips, time.

    >>> summary = Summary(documents=3, errors=Counter({"invalid_json": 1}), skipped=5, elapsed=2.0)
    >>> summary.ok, summary.failed, summary.processed, summary.rate
    (2, 1, 3, 1.5)
    """

    documents: int = 0  # records written, failed ones included
    errors: Counter[str] = field(default_factory=Counter)  # error code -> records
    skipped: int = 0  # documents the state says earlier runs already did
    unchanged: int = 0  # retried failures that failed the same way again: no second record written
    committed: int = 0  # records final in the output (flushed, appended and fsynced, or renamed)
    elapsed: float = 0.0  # seconds since the run started
    stopped_early: bool = False  # fail_fast stopped at a failed document
    inputs: list[str] = field(default_factory=list)  # the input files, expanded; "-" is stdin
    notices: list[str] = field(default_factory=list)  # one line each for the user

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    @property
    def ok(self) -> int:
        return self.documents - self.failed

    @property
    def processed(self) -> int:
        """Documents this run took through the pipeline (skipped ones are not)."""
        return self.documents + self.unchanged

    @property
    def rate(self) -> float:
        """Documents processed a second."""
        return self.processed / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def nothing_read(self) -> bool:
        """Whether every record is a document that could not be read at all."""
        return bool(self.documents) and self.failed == self.documents and set(self.errors) <= UNREADABLE_CODES

    def count(self, record: dict[str, Any]) -> None:
        self.documents += 1
        if record["error"]:
            self.errors[record["error"]["code"]] += 1

    def to_dict(self) -> dict[str, Any]:
        """The figures as plain JSON values (``qawl extract --summary-json``)."""
        return {
            "processed": self.processed,
            "documents": self.documents,
            "ok": self.ok,
            "failed": self.failed,
            "errors": dict(sorted(self.errors.items())),
            "skipped": self.skipped,
            "unchanged": self.unchanged,
            "committed": self.committed,
            "elapsed": round(self.elapsed, 3),
            "docs_per_s": round(self.rate, 2),
            "stopped_early": self.stopped_early,
        }


def extract_files(
    paths: Paths = (),
    options: PipelineOptions | None = None,
    *,
    output: str | os.PathLike[str] | None = None,
    emit: str = "documents",
    append: bool = False,
    state: str | os.PathLike[str] | None = None,
    engine: str = "local",
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    text_field: str = "text",
    id_field: str = "id",
    input_format: str = "auto",
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    fail_fast: bool = False,
    progress: Callable[[Summary], None] | None = None,
    retry_failed: bool = True,
    wait: bool = False,
    notify: Callable[[str], None] | None = None,
    summary: Summary | None = None,
    checkpoint_records: int = CHECKPOINT_RECORDS,
    doc_timeout: float = DEFAULT_DOC_TIMEOUT,
) -> Summary:
    """Extract every document of ``paths`` and write one JSON record a document.

    ``paths``: files, globs, directories, ``"-"`` (stdin); none means stdin. ``output``: a file
    that appears (or is replaced) only when the run completes, or with ``append`` is extended
    in place; ``None`` or ``"-"`` writes to stdout; a name ending in ``.gz`` is gzip. ``emit``:
    ``documents`` or one line per ``mentions``, ``entities`` or ``quotes``. ``state``: a SQLite
    file of what earlier runs did (:mod:`qawl.run.state`): documents done are skipped, failed
    ones are done again unless ``retry_failed`` is False (one that fails the same way again is
    not written twice); the run holds its lock, and another run on it raises
    :class:`~qawl.run.errors.RunLockedError` at once, or with ``wait`` waits its turn.
    ``engine``: ``local`` (this process with ``workers=1``, else a pool of processes; ``0`` is
    one per core) or ``ray``. ``progress`` is called with the running :class:`Summary` after
    each record, ``notify`` with one-line notices (a state migrated, an output cut back).
    ``summary``: a :class:`Summary` to fill in, to have the figures even when the run raises.
    ``doc_timeout``: seconds a worker process may take over a batch (and, retried, over one
    document) before it is killed; a document that kills or stalls its worker twice becomes a
    ``worker_failed`` or ``timeout`` error record. ``text_field``, ``id_field``,
    ``input_format`` (``auto``: sniffed from the content), ``encoding`` and ``max_chars`` say
    how documents are read (:class:`~qawl.run.readers.ReadOptions`).

    Raises :class:`~qawl.run.errors.RunSetupError` before reading or writing anything when an
    input, the model, a gazetteer file or an output directory is missing or unwritable, and
    :class:`~qawl.run.errors.OutputError` when the output or the state cannot be written
    mid-run (what was committed stays); a document that fails is a record with an ``error``,
    never an exception.
    """
    started = time.perf_counter()
    options = options or PipelineOptions()
    if emit not in EMIT_KINDS:
        raise ValueError(f"emit must be one of {', '.join(EMIT_KINDS)}, not {emit!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    out_path = None if is_stdout(output) else Path(output)  # type: ignore[arg-type]
    if append and out_path is None:
        raise ValueError("append needs an output file")
    state_path = None if state is None else Path(state)
    _check_paths(out_path, append, state_path)
    given = path_list(paths)
    input_paths = list(expand_paths(given or [STDIN]))
    read_options = ReadOptions(
        text_field=text_field, id_field=id_field, format=input_format, encoding=encoding, max_chars=max_chars
    )
    summary = summary if summary is not None else Summary()
    summary.inputs = input_paths
    notices = _Notices(summary, notify)
    run_state = None if state_path is None else RunState(state_path, wait=wait, retry_failed=retry_failed)
    writer: RecordWriter | None = None
    status = "failed"
    try:
        if run_state is not None:
            notices.add(run_state.notices)
        ledger = _Ledger(run_state, summary)
        records = _records(
            engine,
            input_paths,
            options,
            read_options,
            _worker_count(workers, given),
            batch_size,
            ledger,
            summary,
            doc_timeout,
        )
        with closing(records):
            writer = _open_writer(out_path, emit, append, run_state, wait)
            if run_state is not None:
                notices.add(run_state.notices)
            last_commit, since_commit = time.monotonic(), 0
            for record in records:
                key, earlier = ledger.settle(record)
                code = record["error"]["code"] if record["error"] else None
                if earlier is not None and earlier.status == FAILED and code == earlier.code:
                    # The same failure again: its record is already in an earlier output.
                    summary.unchanged += 1
                else:
                    writer.write(record)
                    summary.count(record)
                if run_state is not None:
                    run_state.record(key, code)
                summary.elapsed = time.perf_counter() - started
                if progress is not None:
                    progress(summary)
                if fail_fast and code:
                    summary.stopped_early = True
                    break
                since_commit += 1
                if writer.commits_as_it_goes and (
                    since_commit >= checkpoint_records or time.monotonic() - last_commit >= CHECKPOINT_SECONDS
                ):
                    _commit(writer, run_state, summary, final=False)
                    last_commit, since_commit = time.monotonic(), 0
        _commit(writer, run_state, summary, final=True)
        status = "done"
    except BaseException as exc:
        status = "failed" if isinstance(exc, Exception) else "interrupted"
        if writer is not None:
            writer.discard()
        raise
    finally:
        if writer is not None:
            writer.close()
        if run_state is not None:
            with suppress(OutputError):
                output_name = None if out_path is None else str(out_path)
                run_state.finish(status, output_name, summary.documents, summary.failed, summary.skipped)
            run_state.close()
            notices.add(run_state.notices)
        summary.elapsed = time.perf_counter() - started
    return summary


def _check_paths(output: Path | None, append: bool, state: Path | None) -> None:
    """Every path the run writes can be written: one clear line now, not a traceback later."""
    if output is None:
        check_stdout()
    else:
        check_writable(output, "output", replace=not append)
    if state is not None:
        check_writable(state, "state")
        check_writable(lock_path(state), "state lock")


def _open_writer(
    path: Path | None, emit: str, append: bool, run_state: RunState | None, wait: bool
) -> RecordWriter:
    """The run's writer; an appended output is locked and cut back to its committed length first."""
    writer = RecordWriter(path, emit=emit, append=append)
    if not append:
        return writer
    try:
        hold_lock(writer.fileno(), f"output {path}", wait)
        resolved, device, inode, size = writer.identity()
        writer.resume(size if run_state is None else run_state.claim_output(resolved, device, inode, size))
    except BaseException:
        writer.close()
        raise
    return writer


def _commit(writer: RecordWriter, run_state: RunState | None, summary: Summary, final: bool) -> None:
    """Output first, then the state: a run killed between the two does those documents again."""
    with _signals_deferred():
        length = writer.length
        if final:
            writer.commit()
        else:
            writer.checkpoint()
        if run_state is not None:
            mark = None
            if writer.append:
                resolved, device, inode, _ = writer.identity()
                mark = OutputMark(resolved, device, inode, writer.length)
            try:
                run_state.commit(mark)
            except OutputError:
                # The state cannot say these records are there (a full disk): they go, and
                # the next run does them again.
                if writer.append:
                    writer.take_back(length)
                raise
        summary.committed = writer.committed


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """SIGINT and SIGTERM during the block take effect after it: a commit is never cut in two."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {}
    for signum in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(signum) is not None:  # None: set outside Python, it could not be put back
            previous[signum] = signal.signal(signum, lambda number, frame: caught.append(number))
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if caught:
            signal.raise_signal(caught[0])


class _Notices:
    """Lines for the user: kept on the summary, and passed to ``notify`` once each."""

    def __init__(self, summary: Summary, notify: Callable[[str], None] | None) -> None:
        self.summary = summary
        self.notify = notify

    def add(self, lines: list[str]) -> None:
        for line in lines:
            if line not in self.summary.notices:
                self.summary.notices.append(line)
                if self.notify is not None:
                    self.notify(line)


class _Ledger:
    """Which documents the state lets through, and the state key of each one in flight.

    A record is recorded under its document's key (its id, or a hash of its content), which the
    record does not carry: the key waits here, under the record's id, until the record comes back.
    """

    def __init__(self, run_state: RunState | None, summary: Summary) -> None:
        self.run_state = run_state
        self.summary = summary
        self._in_flight: dict[str, deque[tuple[str, Earlier | None]]] = defaultdict(deque)
        self._guard = threading.Lock()  # an engine may read documents in a thread of its own

    def admit(self, items: Iterable[T], key: Callable[[T], tuple[str, str]]) -> Iterator[T]:
        """``items`` less those the state skips; ``key`` gives an item's (record id, state key)."""
        if self.run_state is None:
            yield from items
            return
        try:
            for item in items:
                record_id, state_key = key(item)
                earlier = self.run_state.earlier(state_key)
                if self.run_state.skips(earlier):
                    self.summary.skipped += 1
                    continue
                with self._guard:
                    self._in_flight[record_id].append((state_key, earlier))
                yield item
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    def settle(self, record: dict[str, Any]) -> tuple[str, Earlier | None]:
        """The state key of a record's document and what an earlier run recorded for it."""
        with self._guard:
            waiting = self._in_flight.get(record["id"])
            if not waiting:
                return record["id"], None
            entry = waiting.popleft()
            if not waiting:
                del self._in_flight[record["id"]]
        return entry


def _records(
    engine: str,
    paths: list[str],
    options: PipelineOptions,
    read_options: ReadOptions,
    workers: int,
    batch_size: int,
    ledger: _Ledger,
    summary: Summary,
    doc_timeout: float = DEFAULT_DOC_TIMEOUT,
) -> Iterator[dict[str, Any]]:
    """The records of the run, from the engine that makes them; setup errors raise here, at once."""
    docs = read_inputs(paths, read_options)
    docs = ledger.admit(docs, _doc_key)
    if engine == "ray":
        # Ray's actors get documents read here, by the same readers as every other engine.
        _check_files(options)
        return ray_records(docs, options, workers, batch_size)
    if workers > 1:
        _check_files(options)
        # Loaded here once, the model is shared by workers forked from this process.
        pipeline = _build_pipeline(options) if shares_model(options) else None
        return pool_records(
            docs,
            options,
            workers,
            batch_size,
            pipeline=pipeline,
            doc_timeout=doc_timeout,
            ramp_up=_starts_small(paths),
        )
    return _in_process(_build_pipeline(options), docs, batch_size)


def _in_process(pipeline: Pipeline, docs: Iterable[Document], batch_size: int) -> Iterator[dict[str, Any]]:
    """The records of ``docs`` made in this process, with the collector's run settings."""
    with few_collections():
        for doc in pipeline.pipe(docs, batch_size):
            yield doc.to_record()


def _check_files(options: PipelineOptions) -> None:
    """The files the workers will load are there: finding them costs no import, where each
    worker would otherwise fail on its own."""
    if options.ner:
        try:
            resolve_model(options.model_dir, options.stanza_resources)
        except (ModelNotFoundError, ValueError) as exc:
            raise RunSetupError(str(exc)) from exc
    missing = [str(path) for path in options.gazetteers if not Path(path).is_file()]
    if missing:
        raise RunSetupError(f"gazetteer file not found: {', '.join(missing)}")


def _build_pipeline(options: PipelineOptions) -> Pipeline:
    try:
        return Pipeline(options)
    except (ModelNotFoundError, FileNotFoundError, ValueError) as exc:
        raise RunSetupError(str(exc)) from exc


def _doc_key(doc: Document) -> tuple[str, str]:
    return doc.id, doc.key or doc.id


def _worker_count(requested: int, paths: Sequence[str]) -> int:
    """``requested``, or for 0 one per core (stdin and small inputs start with none: see
    :func:`_starts_small`)."""
    if requested > 0:
        return requested
    return os.cpu_count() or 1


def _starts_small(paths: Sequence[str]) -> bool:
    """Whether the input may well be a handful of documents: stdin, or files under
    ``SMALL_INPUT_BYTES`` together. Such a run starts in this process and forks workers only
    once it turns out longer than a few batches."""
    size = 0
    for path in paths:
        if path == STDIN:
            return True
        try:
            size += Path(path).stat().st_size
        except OSError:
            continue
        if size >= SMALL_INPUT_BYTES:
            return False
    return True
