"""A whole run as one library call: read every document, run the pipeline, write one record each.

:func:`extract_files` reads as the method does: check what the run needs, pick the engine
that turns documents into records (this process, the worker pool, or Ray), then write each
record, count it, and mark it done in the state once the output is committed. ``qawl
extract`` is this call plus option parsing, a progress display, signals and exit codes.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from qawl.document import Document
from qawl.extractors.ner import ModelNotFoundError, resolve_model
from qawl.pipeline import DEFAULT_BATCH_SIZE, Pipeline, PipelineOptions
from qawl.run.errors import RunSetupError
from qawl.run.pool import pool_records
from qawl.run.ray_engine import ray_records
from qawl.run.readers import (
    STDIN,
    UNREADABLE_CODES,
    Paths,
    ReadOptions,
    expand_paths,
    path_list,
    read_inputs,
)
from qawl.run.state import RunState
from qawl.run.writers import EMIT_KINDS, RecordWriter

ENGINES = ("local", "ray")
# Inputs below this size are read by one process even when workers=0 asks for one per core:
# starting a pool costs more than it saves.
SMALL_INPUT_BYTES = 1_000_000

T = TypeVar("T")


@dataclass
class Summary:
    """What a run did, updated as it goes: records written, failures by code, skips, time.

    >>> summary = Summary(documents=3, errors=Counter({"invalid_json": 1}))
    >>> summary.ok, summary.failed
    (2, 1)
    """

    documents: int = 0  # records written, failed ones included
    errors: Counter[str] = field(default_factory=Counter)  # error code -> records
    skipped: int = 0  # documents the state says earlier runs already wrote
    elapsed: float = 0.0  # seconds since the run started
    stopped_early: bool = False  # fail_fast stopped at a failed document

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    @property
    def ok(self) -> int:
        return self.documents - self.failed

    @property
    def nothing_read(self) -> bool:
        """Whether every record is a document that could not be read at all."""
        return bool(self.documents) and self.failed == self.documents and set(self.errors) <= UNREADABLE_CODES

    def count(self, record: dict[str, Any]) -> None:
        self.documents += 1
        if record["error"]:
            self.errors[record["error"]["code"]] += 1


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
    fail_fast: bool = False,
    progress: Callable[[Summary], None] | None = None,
) -> Summary:
    """Extract every document of ``paths`` and write one JSON record a document.

    ``paths``: files, globs, directories, ``"-"`` (stdin); none means stdin. ``output``: a file
    that appears (or is replaced, or with ``append`` extended) only when the run completes;
    ``None`` writes to stdout. ``emit``: ``documents`` or one line per ``mentions``,
    ``entities`` or ``quotes``. ``state``: a file of finished ids; documents in it are skipped
    and this run's are added once the output is committed. ``engine``: ``local`` (this process
    with ``workers=1``, else a pool of processes; ``0`` is one per core) or ``ray``.
    ``progress`` is called with the running :class:`Summary` after each record.

    Raises :class:`~qawl.run.errors.RunSetupError` before reading or writing anything when an
    input, the model or a gazetteer file is missing; a document that fails is a record with
    an ``error``, never an exception.
    """
    started = time.perf_counter()
    options = options or PipelineOptions()
    if emit not in EMIT_KINDS:
        raise ValueError(f"emit must be one of {', '.join(EMIT_KINDS)}, not {emit!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if append and output is None:
        raise ValueError("append needs an output file")
    given = path_list(paths)
    input_paths = list(expand_paths(given or [STDIN]))
    read_options = ReadOptions(text_field=text_field, id_field=id_field)
    run_state = RunState(Path(state)) if state is not None else None
    summary = Summary()
    records = _records(
        engine,
        input_paths,
        options,
        read_options,
        _worker_count(workers, given),
        batch_size,
        run_state,
        summary,
    )
    written: list[str] = []
    with closing(records), RecordWriter(_path(output), emit=emit, append=append) as writer:
        for record in records:
            writer.write(record)
            summary.count(record)
            summary.elapsed = time.perf_counter() - started
            if run_state is not None:
                written.append(record["id"])
            if progress is not None:
                progress(summary)
            if fail_fast and record["error"]:
                summary.stopped_early = True
                break
    # Only now is the output committed: a run stopped before this point leaves the state as it
    # was, and its documents are done again next time.
    if run_state is not None:
        run_state.mark(written)
        run_state.save()
    summary.elapsed = time.perf_counter() - started
    return summary


def _records(
    engine: str,
    paths: list[str],
    options: PipelineOptions,
    read_options: ReadOptions,
    workers: int,
    batch_size: int,
    run_state: RunState | None,
    summary: Summary,
) -> Iterator[dict[str, Any]]:
    """The records of the run, from the engine that makes them; setup errors raise here, at once."""
    if engine == "ray":
        records = ray_records(paths, options, read_options, workers, batch_size)
        # Ray reads the files itself, so finished documents are skipped as records come back.
        return records if run_state is None else _not_done(records, _record_id, run_state, summary)
    docs = read_inputs(paths, read_options)
    if run_state is not None:
        docs = _not_done(docs, _doc_id, run_state, summary)
    if workers > 1:
        _check_files(options)
        return pool_records(docs, options, workers, batch_size)
    pipeline = _build_pipeline(options)
    return (doc.to_record() for doc in pipeline.pipe(docs, batch_size))


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


def _not_done(
    items: Iterable[T], key: Callable[[T], str], run_state: RunState, summary: Summary
) -> Iterator[T]:
    for item in items:
        if run_state.is_done(key(item)):
            summary.skipped += 1
        else:
            yield item


def _doc_id(doc: Document) -> str:
    return doc.id


def _record_id(record: dict[str, Any]) -> str:
    return record["id"]


def _worker_count(requested: int, paths: Sequence[str]) -> int:
    """``requested``, or for 0 one per core; stdin and a single small file get one."""
    if requested > 0:
        return requested
    single_small_file = (
        len(paths) == 1 and Path(paths[0]).is_file() and Path(paths[0]).stat().st_size < SMALL_INPUT_BYTES
    )
    if not paths or single_small_file:
        return 1
    return os.cpu_count() or 1


def _path(path: str | os.PathLike[str] | None) -> Path | None:
    return None if path is None else Path(path)
