"""Readers: turn paths, globs, directories, JSONL(.gz) and stdin into a stream of Documents.

Every input document yields exactly one Document. One that cannot be read (bad JSON, invalid
UTF-8, no text, a truncated gzip) yields a Document whose ``error`` is set, so the output
keeps one record per input and the run goes on.

:func:`read_documents` is the library's reader; the engines call :func:`read_inputs` with
the :class:`ReadOptions` of the run. How a path is read is decided in :func:`read_inputs`
alone (by its name today), so a reader that sniffs content replaces that one branch.
"""

from __future__ import annotations

import glob
import gzip
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from qawl.document import Document, ErrorInfo
from qawl.run.errors import InputNotFoundError

TEXT_SUFFIXES = (".txt",)
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
STDIN = "-"
# What the readers accept: one path or many, as strings or path objects; "-" is stdin.
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
# Codes of documents that could not be read at all (as opposed to empty or text-less ones).
UNREADABLE_CODES = frozenset({"unreadable_file", "truncated_gzip", "invalid_utf8", "invalid_json"})
# Codes jsonl_document gives; their messages start with the line number when it is known.
LINE_ERROR_CODES = frozenset({"invalid_utf8", "invalid_json", "missing_text", "invalid_text", "empty_text"})


@dataclass(frozen=True)
class ReadOptions:
    """How documents are found in the input: which JSONL fields hold the text and the id."""

    text_field: str = "text"
    id_field: str = "id"


def path_list(paths: Paths) -> list[str]:
    """``paths`` as a list of strings; one path given bare is one path, not a list of letters."""
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(path) for path in paths]


def _failed(doc_id: str, code: str, message: str, meta: dict[str, Any] | None = None) -> Document:
    return Document(id=doc_id, text="", meta=meta or {}, error=ErrorInfo(code, message))


def expand_paths(paths: Paths) -> Iterator[str]:
    """Paths as given, globs expanded, directories walked recursively (sorted, reproducible)."""
    for raw in path_list(paths):
        if raw == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                str(p)
                for p in path.rglob("*")
                if p.is_file() and p.name.endswith(TEXT_SUFFIXES + JSONL_SUFFIXES)
            )
            yield from found
        elif path.exists():
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise InputNotFoundError(f"no file matches {raw!r}")
            for match in matches:
                yield from expand_paths([match])
        else:
            raise InputNotFoundError(f"no such file or directory: {raw!r}")


def read_documents(
    paths: Paths = (), *, text_field: str = "text", id_field: str = "id"
) -> Iterator[Document]:
    """Every document of ``paths`` (files, globs, directories, ``"-"``), in order; none means stdin.

    A document that cannot be read comes back with its ``error`` set, never as an exception;
    a path that matches nothing raises :class:`~qawl.run.errors.InputNotFoundError`.
    """
    return read_inputs(paths, ReadOptions(text_field=text_field, id_field=id_field))


def is_jsonl_path(path: str) -> bool:
    """Whether ``path`` is read as JSON Lines (one document a line)."""
    return path.endswith(JSONL_SUFFIXES)


def read_inputs(paths: Paths, options: ReadOptions) -> Iterator[Document]:
    """All documents of ``paths`` in order, read as ``options`` say; no paths means stdin."""
    for path in expand_paths(path_list(paths) or [STDIN]):
        if path == STDIN:
            yield from read_stdin(sys.stdin.buffer, options)
        elif is_jsonl_path(path):
            yield from read_jsonl_file(path, options)
        else:
            yield read_text_file(path)


def read_text_file(path: str) -> Document:
    """A plain-text file is one document whose id is its path."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return _failed(path, "unreadable_file", f"{path}: {exc.strerror or exc}")
    return text_document(path, data)


def text_document(doc_id: str, data: bytes, meta: dict[str, Any] | None = None) -> Document:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return _failed(doc_id, "invalid_utf8", f"invalid UTF-8 at byte {exc.start}", meta)
    if not text.strip():
        return _failed(doc_id, "empty_text", "the document has no text", meta)
    return Document(id=doc_id, text=text, meta=meta or {})


def read_jsonl_file(path: str, options: ReadOptions) -> Iterator[Document]:
    """One document a non-blank line; ``.gz`` files are decompressed as a stream."""
    opener = gzip.open if path.endswith(".gz") else open
    line_number = 0
    try:
        with opener(path, "rb") as stream:
            for line_number, line in enumerate(stream, start=1):
                if line.strip():
                    yield jsonl_document(line, line_number, options, id_prefix=f"{path}:")
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield _failed(
            f"{path}:{line_number + 1}",
            "truncated_gzip",
            f"{path}: compressed stream ends or breaks after line {line_number}: {exc}",
        )
    except OSError as exc:
        yield _failed(path, "unreadable_file", f"{path}: {exc.strerror or exc}")


def jsonl_document(
    line: bytes,
    line_number: int | None,
    options: ReadOptions,
    id_prefix: str = "",
    fallback_id: str | None = None,
) -> Document:
    """Parse one JSONL line; without an id field the id is ``prefix`` + the line number."""
    if fallback_id is None:
        fallback_id = f"{id_prefix}{line_number}"
    where = f"line {line_number}: " if line_number else ""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _failed(
            _salvage_id(line, options) or fallback_id,
            "invalid_utf8",
            f"{where}invalid UTF-8 at byte {exc.start}",
        )
    try:
        obj = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return _failed(fallback_id, "invalid_json", f"{where}{exc}")
    if not isinstance(obj, dict):
        return _failed(fallback_id, "invalid_json", f"{where}expected a JSON object")
    raw_id = obj.get(options.id_field)
    doc_id = str(raw_id) if raw_id not in (None, "") else fallback_id
    meta = {k: v for k, v in obj.items() if k not in (options.text_field, options.id_field)}
    if options.text_field not in obj:
        return _failed(doc_id, "missing_text", f"{where}no {options.text_field!r} field", meta)
    text = obj[options.text_field]
    if not isinstance(text, str):
        return _failed(doc_id, "invalid_text", f"{where}{options.text_field!r} is not a string", meta)
    if not text.strip():
        return _failed(doc_id, "empty_text", f"{where}{options.text_field!r} is empty", meta)
    return Document(id=doc_id, text=text, meta=meta)


def _salvage_id(line: bytes, options: ReadOptions) -> str | None:
    """The id of a line whose text is broken, so its error record still carries the user's id."""
    try:
        obj = orjson.loads(line.decode("utf-8", "replace"))
    except orjson.JSONDecodeError:
        return None
    raw_id = obj.get(options.id_field) if isinstance(obj, dict) else None
    return str(raw_id) if raw_id not in (None, "") else None


def read_stdin(stream: IO[bytes], options: ReadOptions) -> Iterator[Document]:
    """JSONL when the first non-blank line opens a JSON object, else one plain-text document.

    Deciding on the first line keeps stdin streaming: a dump piped in is never held in memory.
    """
    lines = enumerate(stream, start=1)
    leading: list[bytes] = []
    for line_number, line in lines:
        if not line.strip():
            leading.append(line)
            continue
        if line.lstrip().startswith(b"{"):
            yield jsonl_document(line, line_number, options)
            for number, rest in lines:
                if rest.strip():
                    yield jsonl_document(rest, number, options)
        else:
            yield text_document("stdin", b"".join(leading) + line + stream.read())
        return
