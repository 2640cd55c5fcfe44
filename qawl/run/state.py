"""Which documents an incremental run has already written, kept in a plain text file.

One document id a line, as a JSON string (ids may hold newlines). The file is replaced
atomically after the output is committed, so a run killed mid-way leaves the previous state,
and its documents are simply done again.

What a run asks of its state is :meth:`RunState.is_done` before a document is processed,
:meth:`RunState.mark` for the ids written, and :meth:`RunState.save` once the output is
committed (see :func:`qawl.run.extract.extract_files`); nothing else reads the file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import orjson


class RunState:
    """The ids finished by earlier runs, plus those this run marks until it saves them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.done: set[str] = set()
        if path.exists():
            with path.open(encoding="utf-8") as stream:
                self.done = {orjson.loads(line) for line in stream if line.strip()}
        self._new: list[str] = []

    def is_done(self, doc_id: str) -> bool:
        return doc_id in self.done

    def mark(self, doc_ids: Iterable[str]) -> None:
        for doc_id in doc_ids:
            if doc_id not in self.done:
                self.done.add(doc_id)
                self._new.append(doc_id)

    def save(self) -> None:
        if not self._new and self.path.exists():
            return
        directory = self.path.resolve().parent
        fd, temp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        with os.fdopen(fd, "wb") as stream:
            if self.path.exists():
                stream.write(self.path.read_bytes())
            stream.write(b"".join(orjson.dumps(doc_id) + b"\n" for doc_id in self._new))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, self.path)
        self._new = []
