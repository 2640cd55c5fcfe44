"""The local engine's worker pool: the pipeline in several processes on this machine.

Each worker process builds the pipeline once (the NER stage pins it to ``options.threads``
torch threads) and processes whole batches. Output order is input order, and at most
``2 × workers`` batches are in flight, so a huge dump or a slow reader of the output never
queues unbounded work. Everything about worker processes (start, stop, what a dead one costs)
lives in this module.
"""

from __future__ import annotations

import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from qawl.document import Document
from qawl.pipeline import Pipeline, PipelineOptions, batches

# The pipeline of a worker process; owned by _init_worker, used by _process_batch.
_worker_pipeline: Pipeline | None = None


def _init_worker(options: PipelineOptions) -> None:
    global _worker_pipeline
    # Ctrl-C goes to the whole process group; only the parent decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_pipeline = Pipeline(options)


def _process_batch(batch: list[Document]) -> list[dict[str, Any]]:
    assert _worker_pipeline is not None, "worker used before _init_worker"
    _worker_pipeline.process(batch)
    return [doc.to_record() for doc in batch]


def pool_records(
    docs: Iterable[Document], options: PipelineOptions, workers: int, batch_size: int
) -> Iterator[dict[str, Any]]:
    """Records of ``docs`` in input order, processed by ``workers`` processes.

    Workers start on the first batch; closing the iterator early (an interrupt, a consumer
    that stops reading) drops the queued work and stops them at once.
    """
    import multiprocessing

    # spawn, not fork: a forked copy of a process holding torch threads can deadlock.
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(options,))
    in_flight: deque[Future[list[dict[str, Any]]]] = deque()
    finished = False
    try:
        for batch in batches(docs, batch_size):
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
