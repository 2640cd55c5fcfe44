"""Readers: turn paths, globs, directories and stdin into a stream of Documents.

Every input document yields exactly one Document. One that cannot be read (bad JSON, invalid
UTF-8, no text, too large, a truncated compressed file, an unreadable file or directory)
yields a Document whose ``error`` is set, so the output keeps one record per input and the
run goes on.

How an input is read is decided by its content, never its name (:mod:`qawl.run.sniff`):
compression by magic bytes, then JSON Lines, a JSON array, CSV/TSV, HTML or plain text;
``ReadOptions.format`` forces one. The readers of each format live in
:mod:`qawl.run.formats`. :func:`read_documents` is the library's reader; the engines call
:func:`read_inputs` with the :class:`ReadOptions` of the run.
"""

from __future__ import annotations

import fnmatch
import glob
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import IO

from qawl.document import Document, content_key
from qawl.run.errors import InputNotFoundError, NoDocumentsError
from qawl.run.formats import (
    DEFAULT_MAX_CHARS,
    Cursor,
    ReadOptions,
    failed,
    jsonl_document,
    read_html,
    read_json,
    read_jsonl,
    read_table,
    read_text,
)
from qawl.run.sniff import (
    CompressedInputError,
    EncodingInputError,
    open_input,
    sniff_format,
    table_delimiter,
)

__all__ = [
    "DEFAULT_MAX_CHARS",
    "STDIN",
    "UNREADABLE_CODES",
    "Paths",
    "ReadOptions",
    "expand_paths",
    "jsonl_document",
    "path_list",
    "read_documents",
    "read_inputs",
    "read_source",
    "read_stdin",
]

STDIN = "-"
# What the readers accept: one path or many, as strings or path objects; "-" is stdin.
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
COMPRESSIONS = ("gzip", "bzip2", "xz", "zstd")
# Codes of documents that could not be read at all (as opposed to empty or text-less ones).
UNREADABLE_CODES = frozenset(
    {
        "unreadable_file",
        "unreadable_directory",
        "invalid_utf8",
        "invalid_encoding",
        "invalid_json",
        "unsupported_format",
        *(f"truncated_{kind}" for kind in COMPRESSIONS),
    }
)
# What a directory's files are read for: these suffixes, in any case, compressed or not,
# rotated or not (news.jsonl.1, NEWS.JSONL.GZ).
DOCUMENT_SUFFIXES = frozenset(
    {".txt", ".text", ".jsonl", ".ndjson", ".json", ".csv", ".tsv", ".html", ".htm"}
)
_COMPRESSION_SUFFIX = re.compile(r"\.(gz|bz2|xz|zst|zstd)$")
_ROTATION_SUFFIX = re.compile(r"\.\d+$")
_LINE_FORMATS = ("jsonl", "json", "csv", "tsv")


def path_list(paths: Paths) -> list[str]:
    """``paths`` as a list of strings; one path given bare is one path, not a list of letters."""
    if isinstance(paths, (str, os.PathLike)):
        return [os.fspath(paths)]
    return [os.fspath(path) for path in paths]


def is_document_name(name: str) -> bool:
    """Whether a file found in a directory is read: by its suffix, whatever its case."""
    name = name.lower()
    name = _ROTATION_SUFFIX.sub("", name)
    name = _COMPRESSION_SUFFIX.sub("", name)
    name = _ROTATION_SUFFIX.sub("", name)
    return os.path.splitext(name)[1] in DOCUMENT_SUFFIXES


def expand_paths(paths: Paths) -> Iterator[str]:
    """Paths as given, globs expanded, directories walked (sorted, reproducible).

    A directory gives its document files (:func:`is_document_name`) below it; hidden files
    and folders are skipped, and a folder reached twice (a symlink loop) is read once. An
    unreadable folder is given as it is, and reading it yields its error record. A path that
    matches nothing raises :class:`InputNotFoundError`; directories that hold no document
    file at all raise :class:`NoDocumentsError`.
    """
    empty_dirs: list[str] = []
    found = False
    for raw in path_list(paths):
        if raw == STDIN:
            found = True
            yield STDIN
            continue
        if os.path.isdir(raw):
            files = _walk(raw)
            if not files:
                empty_dirs.append(raw)
            found = found or bool(files)
            yield from files
        elif os.path.lexists(raw):
            found = True
            yield raw
        elif glob.has_magic(raw):
            matches = _glob(raw)
            if not matches:
                raise InputNotFoundError(f"no file matches {raw!r}")
            files = _unique(
                path for match in matches for path in (_walk(match) if os.path.isdir(match) else [match])
            )
            found = found or bool(files)
            if not files:
                empty_dirs.append(raw)
            yield from files
        else:
            raise InputNotFoundError(f"no such file or directory: {raw!r}")
    if empty_dirs and not found:
        raise NoDocumentsError(
            f"no document files in {', '.join(map(repr, empty_dirs))} "
            f"({', '.join(sorted(DOCUMENT_SUFFIXES))}, compressed or not)"
        )


def _glob(pattern: str) -> list[str]:
    """Paths matching ``pattern``, sorted; ``**`` is any number of folders, each real folder
    read once (the standard glob follows symlink loops until the path is too long)."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    parts = pattern.split(os.sep)
    fixed = next(i for i, part in enumerate(parts) if glob.has_magic(part))
    base = os.sep.join(parts[:fixed]) or (os.sep if pattern.startswith(os.sep) else os.curdir)
    wanted = parts[fixed:]
    found: list[str] = []
    seen: set[tuple[int, int]] = set()

    def visit(directory: str, relative: list[str]) -> None:
        try:
            info = os.stat(directory)
            if (info.st_dev, info.st_ino) in seen:
                return
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(directory) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue  # as glob's own * and **
            here = [*relative, entry.name]
            if _glob_match(here, wanted):
                found.append(entry.path if parts[:fixed] else os.path.relpath(entry.path))
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                visit(entry.path, here)

    visit(base, [])
    return sorted(found)


def _glob_match(parts: list[str], pattern: list[str]) -> bool:
    """Whether path ``parts`` match glob ``pattern`` parts (``**``: zero or more parts)."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_glob_match(parts[k:], pattern[1:]) for k in range(len(parts) + 1))
    return bool(parts) and fnmatch.fnmatchcase(parts[0], pattern[0]) and _glob_match(parts[1:], pattern[1:])


def _walk(top: str) -> list[str]:
    """Document files below ``top`` and its unreadable folders, each real folder once."""
    out: list[str] = []
    seen: set[tuple[int, int]] = set()
    pending = [top]
    while pending:
        directory = pending.pop()
        try:
            info = os.stat(directory)
        except OSError:
            out.append(directory)
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(directory) as scan:
                entries = list(scan)
        except OSError:
            out.append(directory)  # read_source turns it into its error record
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir()  # follows symlinks; loops end at `seen`
            except OSError:
                is_dir = False
            if is_dir:
                pending.append(entry.path)
            elif is_document_name(entry.name):
                out.append(entry.path)
    return _unique(sorted(out))


def _unique(paths: Iterable[str]) -> list[str]:
    """``paths`` without a second path to a file already listed (symlinks, loops)."""
    out: list[str] = []
    seen: set[tuple[int, int]] = set()
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            out.append(path)  # broken link or unreadable: read_source reports it
            continue
        key = (info.st_dev, info.st_ino)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out


def read_documents(
    paths: Paths = (),
    *,
    text_field: str = "text",
    id_field: str = "id",
    format: str = "auto",
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Document]:
    """Every document of ``paths`` (files, globs, directories, ``"-"``), in order; none means stdin.

    A document that cannot be read comes back with its ``error`` set, never as an exception;
    a path that matches nothing raises :class:`~qawl.run.errors.InputNotFoundError`.
    """
    options = ReadOptions(
        text_field=text_field, id_field=id_field, format=format, encoding=encoding, max_chars=max_chars
    )
    return read_inputs(paths, options)


def read_inputs(paths: Paths, options: ReadOptions) -> Iterator[Document]:
    """All documents of ``paths`` in order, read as ``options`` say; no paths means stdin."""
    for path in expand_paths(path_list(paths) or [STDIN]):
        yield from read_source(path, options)


def read_stdin(stream: IO[bytes], options: ReadOptions) -> Iterator[Document]:
    """The documents of a byte stream read as stdin is: ids are line numbers, or ``stdin``."""
    return _keyed(_read_stream(stream, options, doc_id="stdin", id_prefix="", stdin=True), "stdin", "")


def read_source(path: str, options: ReadOptions) -> Iterator[Document]:
    """The documents of one file, FIFO, ``/dev/fd/N`` or ``"-"`` (stdin)."""
    if path == STDIN:
        yield from read_stdin(sys.stdin.buffer, options)
        return
    if os.path.isdir(path):
        yield _unreadable_directory(path)
        return
    try:
        raw = open(path, "rb")  # noqa: SIM115 (closed below, after the generator is done)
    except OSError as exc:
        yield failed(path, "unreadable_file", f"{path}: {exc.strerror or exc}")
        return
    with raw:
        yield from _keyed(_read_stream(raw, options, doc_id=path, id_prefix=f"{path}:"), path, f"{path}:")


def _unreadable_directory(path: str) -> Document:
    try:
        os.scandir(path).close()
        reason = "cannot be read"
    except OSError as exc:
        reason = exc.strerror or str(exc)
    return failed(path, "unreadable_directory", f"{path}: {reason}")


def _read_stream(
    raw: IO[bytes], options: ReadOptions, doc_id: str, id_prefix: str, stdin: bool = False
) -> Iterator[Document]:
    """Sniff, then read with the format's reader; a stream that breaks (a truncated gzip,
    bytes invalid in the encoding, an I/O error) ends with one error record saying where."""
    cursor = Cursor()
    form = options.format
    try:
        opened = open_input(raw, options.encoding, close_raw=not stdin)
        if stdin and opened.at_end and not opened.head.strip():
            return  # nothing piped in: no document (a cron job with nothing new)
        if form == "auto":
            form = sniff_format(opened.head, opened.at_end, options.text_field)
        stream = opened.stream
        if form == "jsonl":
            yield from read_jsonl(stream, options, id_prefix, cursor)
        elif form == "json":
            yield from read_json(stream, options, id_prefix, cursor)
        elif form in ("csv", "tsv"):
            found = table_delimiter(opened.head, options.text_field)
            delimiter = "\t" if form == "tsv" else found if found in (",", ";") else ","
            yield from read_table(stream, options, id_prefix, cursor, delimiter)
        elif form == "html":
            yield read_html(stream, doc_id, options)
        else:
            yield read_text(stream, doc_id, options)
    except CompressedInputError as exc:
        after = f" after line {cursor.line}" if form in _LINE_FORMATS else ""
        yield failed(
            _unit(form, cursor, doc_id, id_prefix),
            f"truncated_{exc.kind}",
            f"{doc_id}: the {exc.kind} stream ends or breaks{after}: {exc.cause}",
        )
    except EncodingInputError as exc:
        yield failed(_unit(form, cursor, doc_id, id_prefix), "invalid_encoding", f"{doc_id}: {exc}")
    except OSError as exc:
        yield failed(
            _unit(form, cursor, doc_id, id_prefix), "unreadable_file", f"{doc_id}: {exc.strerror or exc}"
        )


_POSITION = re.compile(r"^(?:line|element) \d+: ")


def _keyed(docs: Iterable[Document], doc_id: str, id_prefix: str) -> Iterator[Document]:
    """Documents whose id is where they were read (the path, ``stdin``, a line or element number)
    get a ``key`` from their content, by which ``--state`` knows them whatever path or line
    they are read from next time; a document with an id of its own is known by it."""
    for doc in docs:
        position = doc.id.removeprefix(id_prefix)
        if doc.id == doc_id or (doc.id.startswith(id_prefix) and position.isdigit()):
            if doc.text:
                doc.key = content_key(doc.text)
            elif doc.error is not None:  # no text: what was wrong with it, wherever it stood
                doc.key = content_key(f"{doc.error.code}\n{_POSITION.sub('', doc.error.message)}")
        yield doc


def _unit(form: str, cursor: Cursor, doc_id: str, id_prefix: str) -> str:
    """The id of the record of a break: the line it happened in, or the whole document."""
    return f"{id_prefix}{cursor.line + 1}" if form in _LINE_FORMATS else doc_id
