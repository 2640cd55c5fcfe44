"""Writers: one JSON object a line, to stdout or atomically to a file.

A file given with ``-o`` is written to a temporary file beside it and renamed into place only
when the run completes, so a killed run leaves either the old file or a complete new one.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

import orjson

EMIT_KINDS = ("documents", "mentions", "entities", "quotes")


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


class RecordWriter:
    """Writes records as JSON Lines; with a path, the file appears only on :meth:`commit`."""

    def __init__(self, path: Path | None = None, emit: str = "documents", append: bool = False) -> None:
        if emit not in EMIT_KINDS:
            raise ValueError(f"emit must be one of {', '.join(EMIT_KINDS)}")
        self.path = path
        self.emit = emit
        self.append = append
        self.records = 0
        self._temp_path: Path | None = None
        self._stream: IO[bytes]
        if path is None:
            self._stream = sys.stdout.buffer
        else:
            directory = path.resolve().parent
            fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
            self._temp_path = Path(temp_name)
            self._stream = os.fdopen(fd, "wb")
            if append and path.exists():
                # Appending is copy-then-rename too: the old content is never half-overwritten.
                with path.open("rb") as old:
                    shutil.copyfileobj(old, self._stream)
                    self._ensure_trailing_newline(old)

    def _ensure_trailing_newline(self, old: IO[bytes]) -> None:
        if old.tell() > 0:
            old.seek(-1, os.SEEK_END)
            if old.read(1) != b"\n":
                self._stream.write(b"\n")

    def write(self, record: dict[str, Any]) -> None:
        for item in flatten(record, self.emit):
            self._stream.write(dumps(item))
        self.records += 1
        if self.path is None and self.emit == "documents":
            # Line-at-a-time to a pipe, so `| head` and `| jq` see results as they come.
            self._stream.flush()

    def commit(self) -> None:
        """Make the output final: flush stdout, or fsync and rename the temp file into place."""
        if self._temp_path is None:
            self._stream.flush()
            return
        self._stream.flush()
        os.fsync(self._stream.fileno())
        self._stream.close()
        if self.path is not None and self.path.exists():
            os.chmod(self._temp_path, self.path.stat().st_mode & 0o7777)
        else:
            os.chmod(self._temp_path, 0o666 & ~_umask())
        os.replace(self._temp_path, self.path)
        self._temp_path = None

    def discard(self) -> None:
        """Drop a temp file that never got committed; the old output stays untouched."""
        if self._temp_path is not None:
            self._stream.close()
            self._temp_path.unlink(missing_ok=True)
            self._temp_path = None

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
