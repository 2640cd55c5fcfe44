"""The Ray engine: the same pipeline in a pool of Ray actors (``pip install qawl[ray]``).

The driver reads the documents with qawl's own readers (so every input format, compression,
bound and error record is the local engine's, byte for byte), sends them in batches to the
actors, each of which builds the pipeline once, and yields the records back in input order.
With ``RAY_ADDRESS`` set it joins that cluster, otherwise it starts a local Ray for the run
and stops it afterwards, whether the run ends, fails or is interrupted.

    RAY_ADDRESS=ray://head:10001 qawl extract --engine ray 'dumps/*.jsonl.gz' -o out.jsonl

Ray's own output goes to stderr, never stdout (where the records go), and qawl's handlers of
SIGINT and SIGTERM stay in place (Ray installs its own), so an interrupted run exits as a
local one does.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from importlib.util import find_spec
from typing import Any

from qawl.document import Document, error_record
from qawl.pipeline import DEFAULT_BATCH_SIZE, Pipeline, PipelineOptions, batches
from qawl.run.errors import RunSetupError


class RayExtractor:
    """One Ray actor: the pipeline is built once, in ``__init__``, and reused for every batch."""

    def __init__(self, options: PipelineOptions) -> None:
        self.pipeline = Pipeline(options)

    def process(self, docs: list[Document]) -> list[dict[str, Any]]:
        self.pipeline.process(docs)
        return [doc.to_record() for doc in docs]


def check_ray_installed() -> None:
    """Raise :class:`RunSetupError` unless Ray is installed."""
    if find_spec("ray") is None:
        raise RunSetupError("--engine ray needs Ray: pip install 'qawl[ray]'")


def ray_records(
    docs: Iterable[Document],
    options: PipelineOptions,
    actors: int = 2,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[dict[str, Any]]:
    """Records of ``docs`` in input order, processed by ``actors`` Ray actors.

    Ray is checked for here, before anything starts; it starts on the first record. At most
    ``2 × actors`` batches are in flight. Closing the iterator early stops the actors (and a
    local Ray started for the run).
    """
    check_ray_installed()
    return _records(docs, options, max(actors, 1), batch_size)


def _records(
    docs: Iterable[Document], options: PipelineOptions, actors: int, batch_size: int
) -> Iterator[dict[str, Any]]:
    import ray

    started_here = False
    pool: list[Any] = []
    try:
        if not ray.is_initialized():
            _start_ray(actors)
            started_here = True
        extractor = ray.remote(num_cpus=1)(RayExtractor)
        pool = [extractor.remote(options) for _ in range(actors)]
        in_flight: deque[tuple[list[Document], Any]] = deque()
        for number, batch in enumerate(batches(docs, batch_size)):
            in_flight.append((batch, pool[number % actors].process.remote(batch)))
            if len(in_flight) >= 2 * actors:
                yield from _results(*in_flight.popleft())
        while in_flight:
            yield from _results(*in_flight.popleft())
    finally:
        for actor in pool:
            ray.kill(actor)
        if started_here:
            ray.shutdown()


def _results(batch: list[Document], pending: Any) -> list[dict[str, Any]]:
    """The records of a batch, or, when its actor died or failed, one error record a document."""
    import ray

    try:
        return ray.get(pending)
    except ray.exceptions.RayError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        message = f"the Ray actor failed: {reason}"
        return [error_record(doc.id, "worker_failed", message, doc.meta) for doc in batch]


def _start_ray(actors: int) -> None:
    """``ray.init`` with Ray's processes writing to stderr and qawl's signal handlers kept."""
    import ray

    address = os.environ.get("RAY_ADDRESS")
    handlers = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    # Processes Ray starts inherit fd 1: point it at stderr while they start, so no log line
    # of theirs can land among the records.
    sys.stdout.flush()
    saved_stdout = os.dup(1)
    os.dup2(2, 1)
    try:
        ray.init(
            address=address,
            num_cpus=None if address else max(actors, os.cpu_count() or 1),
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
        )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise RunSetupError(f"could not start or join Ray: {exc}") from exc
    finally:
        os.dup2(saved_stdout, 1)
        os.close(saved_stdout)
        for signum, handler in handlers.items():
            if handler is not None:
                # Outside the main thread signals are not this call's to set.
                with suppress(ValueError):
                    signal.signal(signum, handler)
