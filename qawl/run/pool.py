"""The local engine's worker pool: the pipeline in several processes on this machine.

- The model is loaded once, in this process, and the workers are forked from it: start-up is
  paid once and the model's pages are shared copy-on-write (``gc.freeze`` keeps the cycle
  collector from writing to them). Tables a stage would read on first use (the NER rules' word
  lists) are read before the fork too, through the stage's ``warm``. Where a fork is not safe
  (not Linux, or torch at more than one thread, whose OpenMP pool does not survive a fork) each
  worker is spawned and loads its own copy.
- A stream (``ramp_up``) starts in this process; workers are forked only once the input turns
  out longer than ``RAMP_UP_BATCHES`` batches, so a short stdin pays for no pool at all.
- Each worker holds one batch at a time. A worker that dies (its result pipe closes) or gives
  no answer within ``doc_timeout`` seconds (it is killed) costs only its batch: those documents
  are retried one at a time in the other or a fresh worker, and a document that fails again
  becomes a ``worker_failed`` or ``timeout`` error record. The run goes on.
- Records come out in input order; at most ``READ_AHEAD`` batches a worker are read ahead, so
  a huge dump or a slow reader of the output never queues unbounded work.
- Workers die with this process (``PR_SET_PDEATHSIG`` on Linux, a watchdog thread elsewhere).

Messages between processes are pickles framed by their length, written to non-blocking pipes
by this process, so a stopped worker can never block it.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import selectors
import signal
import struct
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from typing import TYPE_CHECKING, Any

from qawl.document import Document, ErrorInfo
from qawl.pipeline import Pipeline, PipelineOptions, batches
from qawl.run.collector import few_collections

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

# Seconds a worker may take over one batch, and over one document when a failed batch is
# retried a document at a time. A batch of news articles takes seconds; this bounds a hang.
DEFAULT_DOC_TIMEOUT = 300.0
# Batches a stream is processed in this process before it counts as large and gets workers.
RAMP_UP_BATCHES = 2
# Batches read per worker (the one it processes included) before output must be taken.
READ_AHEAD = 3
WORKER_FAILED = "worker_failed"
TIMEOUT = "timeout"
# Deaths of workers holding no documents, with no batch finished in between, before the pool
# gives up (a worker that cannot even start).
MAX_DEATHS_IN_A_ROW = 20

_HEADER = struct.Struct("!Q")
_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
Record = dict[str, Any]


def shares_model(options: PipelineOptions) -> bool:
    """Whether workers can be forked from this process's loaded pipeline (else each loads its own)."""
    return sys.platform.startswith("linux") and (not options.ner or options.threads == 1)


def pool_records(
    docs: Iterable[Document],
    options: PipelineOptions,
    workers: int,
    batch_size: int,
    *,
    pipeline: Pipeline | None = None,
    doc_timeout: float = DEFAULT_DOC_TIMEOUT,
    ramp_up: bool = False,
) -> Iterator[Record]:
    """Records of ``docs`` in input order, processed by up to ``workers`` processes.

    ``pipeline``: built from ``options`` in this process, for workers forked from it (see
    :func:`shares_model`); ``None`` spawns workers that build their own. ``ramp_up``: process
    the first batches here and start workers only if more follow (needs ``pipeline``).
    Closing the iterator early (an interrupt, a consumer that stops reading) kills the workers.
    """
    stream = batches(docs, batch_size)
    if ramp_up and pipeline is not None:
        for _ in range(RAMP_UP_BATCHES):
            batch = next(stream, None)
            if batch is None:
                return
            pipeline.process(batch)
            yield from (doc.to_record() for doc in batch)
        following = next(stream, None)
        if following is None:
            return
        stream = chain([following], stream)
    source: Pipeline | PipelineOptions = pipeline if pipeline is not None else options
    yield from _Pool(source, workers, doc_timeout).run(stream)


def _init_worker(options: PipelineOptions) -> Pipeline:
    """What a spawned worker does first: build its own pipeline (its NER stage sets torch threads)."""
    return Pipeline(options)


# ------------------------------------------------------------------------------ the worker side


def _serve(tasks: Connection, results: Connection, source: Pipeline | PipelineOptions, parent: int) -> None:
    """A worker's life: process each batch it is sent until the pipe closes."""
    _exit_with(parent)
    # Ctrl-C goes to the whole process group and SIGTERM handlers are inherited by a fork: only
    # the parent decides how to stop, and the output is the parent's alone (a fork inherits
    # its unflushed stdout buffer, which must never be written twice).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    pipeline = source if isinstance(source, Pipeline) else _init_worker(source)
    task_fd, result_fd = tasks.fileno(), results.fileno()
    with few_collections():
        while (message := _receive(task_fd)) is not None:
            key, batch = message
            pipeline.process(batch)
            _send(result_fd, (key, [doc.to_record() for doc in batch]))


def _exit_with(parent: int) -> None:
    """Make this worker die when ``parent`` does, even if the parent is killed outright."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # it died before the request took effect
                    os._exit(0)
                return
        except (OSError, AttributeError):
            pass
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _receive(fd: int) -> Any | None:
    """The next message on a blocking pipe; ``None`` once it is closed."""
    header = _read_exactly(fd, _HEADER.size)
    if header is None:
        return None
    body = _read_exactly(fd, _HEADER.unpack(header)[0])
    return None if body is None else pickle.loads(body)


def _read_exactly(fd: int, size: int) -> bytes | None:
    data = bytearray()
    while len(data) < size:
        chunk = os.read(fd, size - len(data))
        if not chunk:
            return None
        data += chunk
    return bytes(data)


def _frame(message: Any) -> bytes:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _HEADER.pack(len(body)) + body


def _send(fd: int, message: Any) -> None:
    view = memoryview(_frame(message))
    while view:
        view = view[os.write(fd, view) :]


# ------------------------------------------------------------------------------ the parent side


@dataclass
class _Task:
    """Documents ``first``, ``first + 1``, … of input batch ``batch``; ``retry``: a second try."""

    batch: int
    first: int
    docs: list[Document]
    retry: bool = False


class _Worker:
    """One worker process and this side of its two pipes (tasks out, results in)."""

    def __init__(self, context: Any, source: Pipeline | PipelineOptions, inherited: list[int] | None) -> None:
        """Start a worker; ``inherited``: for a fork, this side's pipes to the other workers."""
        task_reader, task_writer = context.Pipe(duplex=False)
        result_reader, result_writer = context.Pipe(duplex=False)
        args: tuple[Any, ...] = (task_reader, result_writer, source, os.getpid())
        if inherited is not None:
            args += ([*inherited, task_writer.fileno(), result_reader.fileno()],)
        target = _serve if inherited is None else _serve_forked
        self.process = context.Process(target=target, args=args, daemon=True)
        self.process.start()
        task_reader.close()
        result_writer.close()
        self._connections = (task_writer, result_reader)  # they own the file descriptors
        self.task_fd, self.result_fd = task_writer.fileno(), result_reader.fileno()
        os.set_blocking(self.task_fd, False)
        os.set_blocking(self.result_fd, False)
        self.task: _Task | None = None
        self.started = 0.0
        self.outgoing = memoryview(b"")
        self.incoming = bytearray()

    @property
    def fds(self) -> list[int]:
        return [self.task_fd, self.result_fd]

    def stop(self, kill: bool) -> None:
        """End the process: at once (``kill``), or by closing its task pipe and waiting."""
        if kill:
            self.process.kill()
        for connection in self._connections:
            connection.close()
        self.process.join(None if kill else 10)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join()

    def how_it_ended(self) -> str:
        self.process.join(5)
        code = self.process.exitcode
        if code is None:
            return "stopped answering"
        if code < 0:
            return f"was killed by {signal.Signals(-code).name}"
        return f"exited with status {code}"


def _serve_forked(
    tasks: Connection,
    results: Connection,
    source: Pipeline | PipelineOptions,
    parent: int,
    inherited: list[int],
) -> None:
    # A fork inherits this side of every other worker's pipes; held open here, they would keep a
    # worker from seeing its pipe close when the parent is gone.
    for fd in inherited:
        with contextlib.suppress(OSError):
            os.close(fd)
    _serve(tasks, results, source, parent)


def _warm(pipeline: Pipeline) -> None:
    """Load now what the stages would load on first use (a stage's ``warm``, where it has one): what
    is loaded before the fork is one copy shared by all workers, what is loaded after is one each."""
    for _, stage in pipeline.stages:
        warm = getattr(stage, "warm", None)
        if warm is not None:
            warm()


class _Pool:
    """Workers, the tasks they hold, and the records waiting for their turn in the output."""

    def __init__(self, source: Pipeline | PipelineOptions, workers: int, doc_timeout: float) -> None:
        import multiprocessing

        self._fork = isinstance(source, Pipeline)
        self._context = multiprocessing.get_context("fork" if self._fork else "spawn")
        self._source = source
        self._doc_timeout = doc_timeout
        self._selector = selectors.DefaultSelector()
        self._workers: list[_Worker] = []
        self._queue: deque[_Task] = deque()  # tasks waiting for a worker, retries first
        self._slots: dict[int, list[Record | None]] = {}  # batch -> its records so far
        self._missing: dict[int, int] = {}  # batch -> records still to come
        self._deaths_in_a_row = 0
        if isinstance(source, Pipeline):  # workers are forked (self._fork)
            _warm(source)
            # Collected once and frozen, the loaded model's objects are never written to by a
            # worker's cycle collector, so their pages stay shared.
            gc.collect()
            gc.freeze()
        for _ in range(workers):
            self._start_worker()

    def _start_worker(self) -> None:
        inherited = [fd for worker in self._workers for fd in worker.fds] if self._fork else None
        worker = _Worker(self._context, self._source, inherited)
        self._workers.append(worker)
        self._selector.register(worker.result_fd, selectors.EVENT_READ, worker)

    def run(self, stream: Iterator[list[Document]]) -> Iterator[Record]:
        finished = False
        try:
            yield from self._records(stream)
            finished = True
        finally:
            for worker in self._workers:
                self._forget(worker)
                worker.stop(kill=not finished)
            self._selector.close()

    def _records(self, stream: Iterator[list[Document]]) -> Iterator[Record]:
        read = done = 0  # batches read from the stream, batches whose records were yielded
        exhausted = False
        limit = READ_AHEAD * len(self._workers)
        while True:
            while done < read and self._missing[done] == 0:
                del self._missing[done]
                records = self._slots.pop(done)
                done += 1
                yield from records  # type: ignore[misc]  # every slot is filled here
            while not exhausted and read - done < limit:
                batch = next(stream, None)
                if batch is None:
                    exhausted = True
                    break
                self._slots[read] = [None] * len(batch)
                self._missing[read] = len(batch)
                self._queue.append(_Task(read, 0, batch))
                read += 1
            if exhausted and done == read:
                return
            self._assign()
            self._wait()

    def _assign(self) -> None:
        now = time.monotonic()
        for worker in list(self._workers):
            if worker in self._workers and worker.task is None and self._queue:
                task = self._queue.popleft()
                worker.task, worker.started = task, now
                worker.outgoing = memoryview(_frame(((task.batch, task.first), task.docs)))
                self._flush(worker)

    def _wait(self) -> None:
        busy = [worker for worker in self._workers if worker.task is not None]
        # Documents still missing are always held by a worker or queued for the next one.
        assert busy or self._queue, "records missing with no worker busy"
        if not busy:
            return
        now = time.monotonic()
        timeout = max(0.0, min(worker.started for worker in busy) + self._doc_timeout - now)
        for key, events in self._selector.select(timeout):
            worker = key.data
            if worker not in self._workers:  # ended earlier in this round
                continue
            if events & selectors.EVENT_WRITE:
                self._flush(worker)
            if events & selectors.EVENT_READ and worker in self._workers:
                self._collect(worker)
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.task is not None and now - worker.started > self._doc_timeout:
                self._replace(worker, TIMEOUT, f"no result within {self._doc_timeout:g} s (--doc-timeout)")

    def _flush(self, worker: _Worker) -> None:
        """Write what fits of the worker's task now; the rest when its pipe has room."""
        try:
            written = os.write(worker.task_fd, worker.outgoing) if worker.outgoing else 0
        except BlockingIOError:
            written = 0
        except (BrokenPipeError, ConnectionResetError):
            self._replace(worker, WORKER_FAILED, f"the worker {worker.how_it_ended()}")
            return
        worker.outgoing = worker.outgoing[written:]
        registered = worker.task_fd in self._selector.get_map()
        if worker.outgoing and not registered:
            self._selector.register(worker.task_fd, selectors.EVENT_WRITE, worker)
        elif not worker.outgoing and registered:
            self._selector.unregister(worker.task_fd)

    def _collect(self, worker: _Worker) -> None:
        """Read what the worker sent; a closed pipe means it died (after what it sent is taken)."""
        closed = False
        while not closed:
            try:
                chunk = os.read(worker.result_fd, 1 << 20)
            except BlockingIOError:
                break
            except ConnectionResetError:
                chunk = b""
            closed = not chunk
            worker.incoming += chunk
        while len(worker.incoming) >= _HEADER.size:
            size = _HEADER.unpack_from(worker.incoming)[0]
            end = _HEADER.size + size
            if len(worker.incoming) < end:
                break
            (batch, first), records = pickle.loads(worker.incoming[_HEADER.size : end])
            del worker.incoming[:end]
            self._fill(batch, first, records)
            worker.task = None
            self._deaths_in_a_row = 0
        if closed:
            self._replace(worker, WORKER_FAILED, f"the worker {worker.how_it_ended()}")

    def _fill(self, batch: int, first: int, records: list[Record]) -> None:
        self._slots[batch][first : first + len(records)] = records
        self._missing[batch] -= len(records)

    def _replace(self, worker: _Worker, code: str, why: str) -> None:
        """A dead or stuck worker: end it, retry or fail its task, start another in its place."""
        self._forget(worker)
        worker.stop(kill=True)
        self._workers.remove(worker)
        task = worker.task
        if task is not None and not task.retry:
            # One at a time, so that a document that kills its worker again costs only itself.
            self._queue.extendleft(
                _Task(task.batch, task.first + offset, [doc], retry=True)
                for offset, doc in reversed(list(enumerate(task.docs)))
            )
        elif task is not None:
            doc = task.docs[0]
            doc.error = ErrorInfo(code, f"{why}; tried twice, in two worker processes")
            self._fill(task.batch, task.first, [doc.to_record()])
        else:
            # A worker that dies holding no documents cannot be blamed on one: if fresh ones keep
            # dying so, the pool itself is broken.
            self._deaths_in_a_row += 1
            if self._deaths_in_a_row > MAX_DEATHS_IN_A_ROW:
                raise RuntimeError(f"worker processes keep failing (the last one {why})")
        self._start_worker()

    def _forget(self, worker: _Worker) -> None:
        for fd in worker.fds:
            with contextlib.suppress(KeyError, ValueError):
                self._selector.unregister(fd)
