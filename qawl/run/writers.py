"""Writers: one JSON object a line, to stdout, to a file renamed into place, or appended in place.

Three ways a :class:`RecordWriter` writes, and when what it wrote is final (committed):

- stdout (no path, or ``-``): each record is flushed as it comes; final once flushed.
- a file (``-o FILE``): written to a temporary file beside it, which :meth:`~RecordWriter.commit`
  fsyncs and renames into place, so the file is either the old one or the whole new one. A temp
  file left by a killed run is removed by the next run that writes the same file.
- appended (``--append``): records are kept in memory and each :meth:`~RecordWriter.checkpoint`
  appends them to the file in place (``O_APPEND``, one ``write``, ``fsync``): the file keeps its
  inode, so ``tail -F`` readers follow it, and nothing is copied. The committed length is what
  the state records (see :mod:`qawl.run.state`); :meth:`~RecordWriter.resume` cuts the file back
  to it, and a failed write is cut back at once, so a full disk does not stay full.

A name ending in ``.gz`` is written gzip-compressed; appended checkpoints are gzip members,
which ``zcat`` and ``gzip.open`` read as one stream.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import orjson

from qawl.run.errors import OutputError, RunSetupError
from qawl.run.faults import crash_point

EMIT_KINDS = ("documents", "mentions", "entities", "quotes")
STDOUT = "-"


def dumps(record: dict[str, Any]) -> bytes:
    """One JSONL line: UTF-8 Arabic as is, no ``\\u`` escapes, newline-terminated."""
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)


def flatten(record: dict[str, Any], emit: str) -> Iterator[dict[str, Any]]:
    """The items a record is emitted as: itself, or one line per mention/entity/quote.

    A failed document still shows up in flattened output, as one error line.
    """
    if emit == "documents":
        yield record
        return
    if record.get("error"):
        yield {"doc_id": record["id"], "error": record["error"]}
        return
    for item in record[emit]:
        yield {"doc_id": record["id"], **item}


def check_writable(path: Path, what: str, *, replace: bool = False) -> None:
    """Raise :class:`RunSetupError` (one line) when ``path`` cannot be written; nothing is created.

    ``replace``: the file is replaced by a rename, so only its directory must be writable.
    """
    if path.is_dir():
        raise RunSetupError(f"{what} {path} is a directory")
    parent = path.absolute().parent
    if not parent.exists():
        raise RunSetupError(f"{what} {path}: directory {parent} does not exist")
    if not parent.is_dir():
        raise RunSetupError(f"{what} {path}: {parent} is not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise RunSetupError(f"{what} {path}: directory {parent} is not writable")
    if not replace and path.exists() and not os.access(path, os.W_OK):
        raise RunSetupError(f"{what} {path} is not writable")


def check_stdout() -> None:
    """Raise :class:`RunSetupError` when there is no stdout to write to (``>&-``)."""
    # Python sets sys.stdout to None when fd 1 was closed at start; fd 1 may since be a file
    # of ours, so the descriptor alone proves nothing.
    try:
        if sys.stdout is None:
            raise ValueError
        os.fstat(sys.stdout.fileno())
    except (OSError, ValueError):
        raise RunSetupError("stdout is closed; give -o FILE") from None


def is_stdout(path: str | os.PathLike[str] | None) -> bool:
    return path is None or os.fspath(path) == STDOUT


class RecordWriter:
    """Writes records as JSON Lines to stdout, to a file that appears on :meth:`commit`, or appended.

    ``records`` counts the records written, ``committed`` those that are final (see the module).
    """

    def __init__(
        self, path: str | os.PathLike[str] | None = None, emit: str = "documents", append: bool = False
    ) -> None:
        if emit not in EMIT_KINDS:
            raise ValueError(f"emit must be one of {', '.join(EMIT_KINDS)}")
        self.path = None if is_stdout(path) else Path(path)  # type: ignore[arg-type]
        if append and self.path is None:
            raise ValueError("append needs an output file")
        self.emit = emit
        self.append = append
        self.gzip = self.path is not None and self.path.name.lower().endswith(".gz")
        self.records = 0
        self.committed = 0
        self.length = 0  # appending: the committed length of the file
        self._pending: list[bytes] = []  # appending: lines written since the last checkpoint
        self._checkpoints = 0
        self._temp_path: Path | None = None
        self._fd = -1
        self._stream: IO[bytes] | None = None
        if self.path is None:
            self._open_stdout()
        elif append:
            self._open_append(self.path)
        else:
            self._open_temp(self.path)

    # ---------------------------------------------------------------- opening

    def _open_stdout(self) -> None:
        check_stdout()
        self._stream = sys.stdout.buffer

    def _open_append(self, path: Path) -> None:
        try:
            self._fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o666)
        except OSError as exc:
            raise RunSetupError(f"cannot open output {path}: {exc.strerror or exc}") from exc
        self.resume(os.fstat(self._fd).st_size)

    def _open_temp(self, path: Path) -> None:
        _remove_orphans(path)
        temp = path.with_name(f".{path.name}.qawl-{os.getpid()}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise RunSetupError(f"cannot write output {path}: {exc.strerror or exc}") from exc
        self._temp_path = temp
        raw = os.fdopen(fd, "wb")
        self._stream = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) if self.gzip else raw
        self._raw = raw

    def fileno(self) -> int:
        """The appended file's descriptor (for its lock)."""
        return self._fd

    def identity(self) -> tuple[str, int, int, int]:
        """The appended file as the state knows it: resolved path, device, inode, size."""
        assert self.path is not None
        stat = os.fstat(self._fd)
        return os.path.realpath(self.path), stat.st_dev, stat.st_ino, stat.st_size

    def resume(self, length: int) -> None:
        """Append after ``length`` bytes: a longer file is cut back to it (its tail was never committed)."""
        if os.fstat(self._fd).st_size > length:
            os.ftruncate(self._fd, length)
            os.fsync(self._fd)
        self.length = length
        # A file of someone else's may lack its last newline.
        ends_open = not self.gzip and length > 0 and os.pread(self._fd, 1, length - 1) != b"\n"
        self._pending = [b"\n"] if ends_open else []

    # ---------------------------------------------------------------- writing

    def write(self, record: dict[str, Any]) -> None:
        data = b"".join(dumps(item) for item in flatten(record, self.emit))
        self.records += 1
        if self.append:
            self._pending.append(data)
            return
        assert self._stream is not None
        try:
            self._stream.write(data)
            if self.path is None and self.emit == "documents":
                # Line-at-a-time to a pipe, so `| head` and `| jq` see results as they come.
                self._stream.flush()
                self.committed = self.records
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._error(exc) from exc

    @property
    def commits_as_it_goes(self) -> bool:
        """Whether :meth:`checkpoint` makes records final before the end (stdout, appending)."""
        return self._temp_path is None

    def checkpoint(self) -> None:
        """Make the records written so far final, where that can happen before the end."""
        if self.append:
            self._append_pending()
        elif self.path is None:
            self._flush_stdout()

    def commit(self) -> None:
        """Make every record final: flush stdout, append, or fsync and rename the temp file into place."""
        if self._temp_path is None:
            self.checkpoint()
            return
        assert self.path is not None and self._stream is not None
        try:
            if self._stream is not self._raw:
                self._stream.close()  # the GzipFile writes its trailer; the raw file stays open
            self._raw.flush()
            crash_point("write")
            os.fsync(self._raw.fileno())
            crash_point("fsync")
        except OSError as exc:
            raise self._error(exc) from exc
        self._raw.close()
        os.chmod(self._temp_path, self._mode())
        os.replace(self._temp_path, self.path)
        self._temp_path = None
        self.committed = self.records
        crash_point("rename")
        fsync_path(self.path.absolute().parent)

    def _mode(self) -> int:
        assert self.path is not None
        with contextlib.suppress(OSError):
            return self.path.stat().st_mode & 0o7777
        return 0o666 & ~_umask()

    def _append_pending(self) -> None:
        if not self._pending:
            return
        data = b"".join(self._pending)
        if self.gzip:
            data = gzip.compress(data, mtime=0)
        self._checkpoints += 1
        try:
            half = len(data) // 2
            _write_all(self._fd, data[:half])
            crash_point("partial-write", self._checkpoints)
            _write_all(self._fd, data[half:])
            crash_point("write", self._checkpoints)
            os.fsync(self._fd)
            crash_point("fsync", self._checkpoints)
        except OSError as exc:
            self._cut_back()
            raise self._error(exc) from exc
        self.length += len(data)
        self._pending = []
        self.committed = self.records

    def _flush_stdout(self) -> None:
        assert self._stream is not None
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise self._error(exc) from exc
        self.committed = self.records

    def _error(self, exc: OSError) -> OutputError:
        where = "stdout" if self.path is None else str(self.path)
        return OutputError(f"cannot write to {where}: {exc.strerror or exc}")

    # ---------------------------------------------------------------- giving up

    def discard(self) -> None:
        """Drop what was not committed: the temp file, or the appended tail; the rest stays."""
        if self._temp_path is not None:
            with contextlib.suppress(OSError):
                self._stream.close()  # type: ignore[union-attr]
            with contextlib.suppress(OSError):
                self._raw.close()
            self._temp_path.unlink(missing_ok=True)
            self._temp_path = None
        elif self.append:
            self._pending = []
            self._cut_back()

    def take_back(self, length: int) -> None:
        """Cut an appended file back to ``length``: what was appended since was never recorded."""
        self.length = length
        self._cut_back()

    def _cut_back(self) -> None:
        with contextlib.suppress(OSError):
            if os.fstat(self._fd).st_size > self.length:
                os.ftruncate(self._fd, self.length)

    def close(self) -> None:
        """Release the file; a temp file never committed is removed."""
        if self._temp_path is not None:
            self.discard()
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if exc_type is None:
                self.commit()
            else:
                self.discard()
        finally:
            self.close()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def fsync_path(path: str | os.PathLike[str]) -> None:
    """fsync a file or a directory by path (a directory makes the renames in it durable)."""
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_ORPHAN = re.compile(r"\.qawl-(\d+)\.tmp$")


def _remove_orphans(path: Path) -> None:
    """Temp files of ``path`` left by runs that were killed (their process is gone)."""
    prefix = f".{path.name}.qawl-"
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.absolute().parent):
            match = _ORPHAN.search(entry.name)
            if not entry.name.startswith(prefix) or match is None:
                continue
            with contextlib.suppress(OSError):
                if entry.stat(follow_symlinks=False).st_uid == os.geteuid() and not _alive(int(match[1])):
                    os.unlink(entry.path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
