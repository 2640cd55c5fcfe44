"""Run the pipeline over a stream of documents, in this process or in a pool of workers.

Workers are processes, each building the pipeline once with one torch thread: Stanza's
inference is mostly Python outside the forward pass, so processes scale where threads
oversubscribe. Output order is input order, and at most ``2 × workers`` batches are in flight,
so a huge dump or a slow reader of the output never queues unbounded work.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import Any

from qawl.document import Document
from qawl.pipeline import Pipeline, PipelineOptions

DEFAULT_BATCH_SIZE = 32

# The pipeline of a worker process; owned by _init_worker, used by _process_batch.
_worker_pipeline: Pipeline | None = None


def _limit_threads() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    try:
        import torch

        torch.set_num_threads(1)
    except ImportError:  # gazetteer-only runs need no torch
        pass


def _init_worker(options: PipelineOptions) -> None:
    global _worker_pipeline
    # Ctrl-C goes to the whole process group; only the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if options.ner:
        _limit_threads()
    _worker_pipeline = Pipeline(options)


def _process_batch(batch: list[Document]) -> list[dict[str, Any]]:
    assert _worker_pipeline is not None, "worker used before _init_worker"
    _worker_pipeline.process(batch)
    return [doc.to_record() for doc in batch]


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while batch := list(islice(iterator, size)):
        yield batch


def process_records(
    docs: Iterable[Document],
    options: PipelineOptions,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    pipeline: Pipeline | None = None,
) -> Iterator[dict[str, Any]]:
    """Records of ``docs`` in input order."""
    if workers <= 1:
        pipeline = pipeline or Pipeline(options)
        for batch in _batches(docs, batch_size):
            pipeline.process(batch)
            yield from (doc.to_record() for doc in batch)
        return
    yield from _process_in_pool(docs, options, workers, batch_size)


def _process_in_pool(
    docs: Iterable[Document], options: PipelineOptions, workers: int, batch_size: int
) -> Iterator[dict[str, Any]]:
    import multiprocessing

    # spawn, not fork: a forked copy of a process holding torch threads can deadlock.
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(options,))
    in_flight: deque[Future[list[dict[str, Any]]]] = deque()
    finished = False
    try:
        for batch in _batches(docs, batch_size):
            in_flight.append(executor.submit(_process_batch, batch))
            if len(in_flight) >= 2 * workers:
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:
            # Interrupted or the consumer stopped reading: drop queued work, stop the workers now.
            for future in in_flight:
                future.cancel()
            for process in list(getattr(executor, "_processes", {}).values()):
                process.terminate()
            executor.shutdown(wait=False, cancel_futures=True)
