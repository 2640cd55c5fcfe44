"""What incremental runs have done, in a small SQLite database, and the lock that makes them one at a time.

``--state FILE`` is a SQLite database (standard library ``sqlite3``)::

    documents(key, status, code, run)      one row a document: 'done', or 'failed' with its error code
    outputs(path, device, inode, length)   how much of each --append output is committed
    runs(id, started, finished, status, pid, output, documents, failed, skipped)

A document's key is its id, or for a document without one a hash of its content
(:attr:`qawl.document.Document.key`), never its path or line: the same dump read by another
path, or with a line prepended, names the same documents.

A run holds an exclusive ``flock`` on ``FILE.lock`` from its start to its end; a second run on
the same state stops at once with :class:`~qawl.run.errors.RunLockedError`, or waits.

Commit order (see :func:`qawl.run.extract.extract_files`): records reach the output first
(appended and fsynced, or renamed into place), then one transaction of :meth:`RunState.commit`
records their keys together with the output's new committed length. A run that dies in
between leaves output bytes past the committed length; the next run cuts them off
(:meth:`RunState.claim_output`) and does those documents again.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import sqlite3
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import NamedTuple

import orjson

from qawl.run.errors import OutputError, RunLockedError, RunSetupError
from qawl.run.faults import crash_point
from qawl.run.writers import fsync_path

DONE = "done"
FAILED = "failed"
SQLITE_MAGIC = b"SQLite format 3\x00"
SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started TEXT NOT NULL,
    finished TEXT,
    status TEXT NOT NULL,
    pid INTEGER,
    output TEXT,
    documents INTEGER NOT NULL DEFAULT 0,
    failed INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS documents (
    key TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('done', 'failed')),
    code TEXT,
    run INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS outputs (
    path TEXT PRIMARY KEY,
    device INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    length INTEGER NOT NULL,
    run INTEGER NOT NULL
);
"""
TABLES = frozenset({"runs", "documents", "outputs"})


class Earlier(NamedTuple):
    """What an earlier run recorded for a document key."""

    status: str  # DONE or FAILED
    code: str | None  # the error code of a failed document
    run: int


class OutputMark(NamedTuple):
    """An --append output and how long it is once this run's records are committed."""

    path: str  # absolute, symlinks resolved: one output whatever path names it
    device: int
    inode: int
    length: int


def lock_path(state: Path) -> Path:
    """The lock file of a state: beside it, never deleted (deleting a lock file races)."""
    return state.with_name(state.name + ".lock")


def hold_lock(fd: int, what: str, wait: bool, lock_file: bool = False) -> None:
    """Take the exclusive lock of ``fd`` for this run, or fail at once (``wait``: wait for it).

    ``lock_file``: ``fd`` is a lock file, which holds the pid of the run that has it.
    """
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return
    except BlockingIOError:
        if not wait:
            holder = _holder(fd) if lock_file else ""
            raise RunLockedError(
                f"another qawl run{holder} is using {what}; try again later, or give --wait"
            ) from None
    fcntl.flock(fd, fcntl.LOCK_EX)


def _holder(fd: int) -> str:
    with suppress(OSError, ValueError, IndexError):
        pid = int(os.pread(fd, 32, 0).split()[0])
        return f" (pid {pid})"
    return ""


class RunState:
    """The state database of one run: open (and locked) for the whole run, closed by :meth:`close`.

    ``retry_failed``: documents an earlier run failed on are done again (False: they count as
    done). Keys recorded with :meth:`record` reach the database only with :meth:`commit`.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, wait: bool = False, retry_failed: bool = True
    ) -> None:
        self.path = Path(path)
        self.retry_failed = retry_failed
        self.notices: list[str] = []  # one line each, for the user (a migration, a cut output)
        self._pending: list[tuple[str, str, str | None]] = []
        self._commits = 0
        # The pool may read documents in another thread; one connection, used under this lock.
        self._guard = threading.Lock()
        self._lock_fd = _open_lock(lock_path(self.path), str(self.path), wait)
        try:
            self._db = self._connect()
            self.run_id = self._begin()
        except BaseException:
            os.close(self._lock_fd)
            raise

    # ---------------------------------------------------------------- opening

    def _connect(self) -> sqlite3.Connection:
        if self.path.is_dir():
            raise RunSetupError(f"state {self.path} is a directory")
        header = _header(self.path)
        if header and not header.startswith(SQLITE_MAGIC):
            self._migrate_text_state()
        try:
            db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA synchronous=FULL")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            tables.discard("sqlite_sequence")
            if tables and not tables >= TABLES:
                db.close()
                raise RunSetupError(
                    f"state {self.path} is a SQLite database, but not qawl's; give another path"
                )
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                db.close()
                raise RunSetupError(f"state {self.path} was written by a newer qawl (schema {version})")
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            raise RunSetupError(f"state {self.path}: {exc}") from exc
        return db

    def _migrate_text_state(self) -> None:
        """Turn the text state of older qawl versions (one JSON string id a line) into a database."""
        try:
            ids = [orjson.loads(line) for line in self.path.read_bytes().splitlines() if line.strip()]
        except (orjson.JSONDecodeError, OSError):
            ids = None
        if ids is None or not all(isinstance(doc_id, str) for doc_id in ids):
            raise RunSetupError(
                f"state {self.path} is neither a qawl state database nor an old qawl text state file; "
                "give another path"
            )
        backup = self.path.with_name(self.path.name + ".v1")
        fd, temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        try:
            db = sqlite3.connect(temp, isolation_level=None)
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.execute("BEGIN")
            run = db.execute(
                "INSERT INTO runs (started, finished, status) VALUES (?, ?, 'migrated')", (_now(), _now())
            ).lastrowid
            db.executemany(
                "INSERT OR REPLACE INTO documents (key, status, code, run) VALUES (?, 'done', NULL, ?)",
                ((doc_id, run) for doc_id in ids),
            )
            db.execute("COMMIT")
            db.close()
            fsync_path(temp)
            # The old file is kept: a copy first, so that a crash here leaves it where it was.
            shutil.copy2(self.path, backup)
            os.replace(temp, self.path)
            fsync_path(self.path.absolute().parent)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        self.notices.append(
            f"state {self.path}: {len(ids)} ids of the old text state moved into a SQLite database "
            f"(the text file is kept as {backup}); documents without an id, known there by path and "
            "line, are now known by their text and will be done once more"
        )

    def _begin(self) -> int:
        with self._transaction():
            # We hold the lock: a run still marked running ended without saying so.
            self._db.execute("UPDATE runs SET status = 'crashed' WHERE status = 'running'")
            cursor = self._db.execute(
                "INSERT INTO runs (started, status, pid) VALUES (?, 'running', ?)", (_now(), os.getpid())
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    # ---------------------------------------------------------------- during the run

    def earlier(self, key: str) -> Earlier | None:
        """What an earlier run recorded for ``key``, if anything."""
        with self._guard:
            row = self._db.execute("SELECT status, code, run FROM documents WHERE key = ?", (key,)).fetchone()
        return None if row is None else Earlier(*row)

    def skips(self, earlier: Earlier | None) -> bool:
        """Whether a document with this earlier outcome is skipped: done, or failed and not retried."""
        return earlier is not None and (earlier.status == DONE or not self.retry_failed)

    def record(self, key: str, code: str | None) -> None:
        """This run's outcome for ``key`` (``code`` None: done); saved by the next :meth:`commit`."""
        self._pending.append((key, FAILED if code else DONE, code))

    def commit(self, output: OutputMark | None = None) -> None:
        """Save the recorded outcomes, and the output's committed length, in one transaction.

        Called only once the records are in the output for good (fsynced, renamed, flushed).
        """
        self._commits += 1
        with self._transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO documents (key, status, code, run) VALUES (?, ?, ?, ?)",
                [(key, status, code, self.run_id) for key, status, code in self._pending],
            )
            if output is not None:
                self._save_output(output)
        self._pending = []
        crash_point("commit", self._commits)

    def claim_output(self, path: str, device: int, inode: int, size: int) -> int:
        """The length an --append output is cut back to before this run appends to it.

        Past the committed length lie records of a run that died before committing them; they
        are done again, so they go. A file that is not the one recorded (new, rotated, replaced)
        is taken as it is. The length is committed at once, before anything is appended.
        """
        with self._guard:
            row = self._db.execute(
                "SELECT device, inode, length FROM outputs WHERE path = ?", (path,)
            ).fetchone()
        length = size
        if row is not None and (row[0], row[1]) == (device, inode):
            if size >= row[2]:
                length = row[2]
            else:
                self.notices.append(
                    f"{path} is shorter than its committed length ({size} < {row[2]} bytes; cut by hand?); "
                    "appending from its end"
                )
        with self._transaction():
            self._save_output(OutputMark(path, device, inode, length))
        return length

    def _save_output(self, output: OutputMark) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO outputs (path, device, inode, length, run) VALUES (?, ?, ?, ?, ?)",
            (*output, self.run_id),
        )

    # ---------------------------------------------------------------- the end

    def finish(self, status: str, output: str | None, documents: int, failed: int, skipped: int) -> None:
        """Record how the run ended; what was not committed is dropped."""
        self._pending = []
        with self._transaction():
            self._db.execute(
                "UPDATE runs SET finished = ?, status = ?, output = ?, documents = ?, failed = ?, skipped = ?"
                " WHERE id = ?",
                (_now(), status, output, documents, failed, skipped, self.run_id),
            )

    def close(self) -> None:
        """Close the database and let the next run in."""
        if self._lock_fd < 0:
            return
        with suppress(sqlite3.Error):
            self._db.close()
        os.close(self._lock_fd)
        self._lock_fd = -1

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._guard:
            try:
                self._db.execute("BEGIN IMMEDIATE")
                yield
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise OutputError(f"cannot write the state {self.path}: {exc}") from exc
            except BaseException:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise

    def __enter__(self) -> RunState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_lock(path: Path, what: str, wait: bool) -> int:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o666)
    except OSError as exc:
        raise RunSetupError(f"cannot open the lock file {path}: {exc.strerror or exc}") from exc
    try:
        hold_lock(fd, f"state {what}", wait, lock_file=True)
        # Who holds it, for the message of a run that finds it taken.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return b""
    except OSError as exc:
        raise RunSetupError(f"cannot read the state {path}: {exc.strerror or exc}") from exc


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")
