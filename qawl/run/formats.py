"""One reader per input format, each turning a UTF-8 byte stream into Documents.

JSON Lines, a JSON array (or one JSON object), CSV/TSV with a header row, plain text and HTML
pages. Every input document yields exactly one Document, and one that cannot be used (bad
JSON, invalid UTF-8, no text, an id that is no string or number, over ``max_chars``) yields
one whose ``error`` is set. Memory is bounded by the size of one document: lines and array
elements past the bound are skipped without being held.

Which reader reads an input is decided by :mod:`qawl.run.sniff`; where the bytes come from
(files, stdin, decompression) by :mod:`qawl.run.readers`.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any

import orjson

from qawl.document import Document, ErrorInfo
from qawl.run.sniff import CHUNK_BYTES, FORMATS

DEFAULT_MAX_CHARS = 2_000_000
# A JSON line may spell its text with \uXXXX escapes (6 bytes a character) and carry other
# fields: lines up to this many bytes a character of max_chars, plus this slack, are parsed.
LINE_BYTES_PER_CHAR = 8
LINE_SLACK_BYTES = 1 << 20
# Meta key that lists what the reader had to repair in a document (lone surrogates).
WARNINGS_KEY = "qawl_warnings"

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_BOM = codecs.BOM_UTF8


@dataclass(frozen=True)
class ReadOptions:
    """How documents are found in the input.

    ``text_field``/``id_field`` name JSON/CSV fields; a dotted name (``content.text``) reaches
    into nested objects when no field has that name itself. ``format``: ``auto`` (sniffed from
    the content) or one of :data:`~qawl.run.sniff.FORMATS`. ``encoding``: of the input bytes
    (None: UTF-8, or UTF-16/32 by their BOM). ``max_chars``: longer texts become ``too_large``
    error records.
    """

    text_field: str = "text"
    id_field: str = "id"
    format: str = "auto"
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS

    def __post_init__(self) -> None:
        if self.format not in FORMATS:
            raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {self.format!r}")
        if self.max_chars < 1:
            raise ValueError(f"max_chars must be positive, not {self.max_chars}")
        if self.encoding is not None:
            codecs.lookup(self.encoding)  # LookupError for an unknown encoding

    @property
    def max_line_bytes(self) -> int:
        """The longest JSON line (or array element, or HTML page) read into memory."""
        return LINE_BYTES_PER_CHAR * self.max_chars + LINE_SLACK_BYTES


@dataclass
class Cursor:
    """Where a reader is in its input: the last line (or array element) it began reading."""

    line: int = 0


def failed(doc_id: str, code: str, message: str, meta: dict[str, Any] | None = None) -> Document:
    return Document(id=doc_id, text="", meta=meta or {}, error=ErrorInfo(code, message))


def _too_large(
    doc_id: str, where: str, size: str, options: ReadOptions, meta: dict[str, Any] | None = None
) -> Document:
    return failed(
        doc_id,
        "too_large",
        f"{where}{size}, over the bound set by --max-chars {options.max_chars:,}",
        meta,
    )


# --------------------------------------------------------------------------- lines


def bounded_lines(stream: IO[bytes], limit: int, cursor: Cursor) -> Iterator[tuple[int, bytes | int]]:
    """``(line number, line)`` for each line split on ``\\n`` alone (never U+2028 or U+0085);
    a line over ``limit`` bytes comes as its length instead, read to its end in chunks and
    never held (a newline-free gzip bomb costs time, not memory)."""
    number = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        number += 1
        cursor.line = number
        if len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:
                rest = stream.readline(CHUNK_BYTES)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, size
        else:
            yield number, line


# --------------------------------------------------------------------------- JSON objects


def jsonl_document(
    line: bytes,
    line_number: int | None,
    options: ReadOptions,
    id_prefix: str = "",
    fallback_id: str | None = None,
) -> Document:
    """Parse one JSON object; without an id field the id is ``prefix`` + the line number."""
    if fallback_id is None:
        fallback_id = f"{id_prefix}{line_number}"
    where = f"line {line_number}: " if line_number else ""
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return failed(
            _salvage_id(line, options) or fallback_id,
            "invalid_utf8",
            f"{where}invalid UTF-8 at byte {exc.start}",
        )
    try:
        obj, lenient = _loads(line)
    except ValueError as exc:
        return failed(fallback_id, "invalid_json", f"{where}{exc}")
    if not isinstance(obj, dict):
        return failed(fallback_id, "invalid_json", f"{where}expected a JSON object")
    return object_document(obj, where, fallback_id, options, surrogates=lenient)


def _loads(data: bytes) -> tuple[Any, bool]:
    """The parsed value, and whether its strings may hold lone surrogates: orjson refuses a
    lone surrogate escape (``"\\ud800"``), so such a line is parsed by the standard library's
    parser, numbers kept as orjson reads them."""
    try:
        return orjson.loads(data), False
    except orjson.JSONDecodeError:
        if not _SURROGATE_ESCAPE.search(data):
            raise
    try:
        return json.loads(data, parse_int=_json_int, parse_constant=_no_constant), True
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(str(exc)) from exc


def _json_int(text: str) -> int | float:
    value = int(text)
    # orjson reads integers past 64 bits as floats; so must this path, or writing would fail.
    return value if -(1 << 63) <= value < (1 << 64) else float(value)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def object_document(
    obj: dict[str, Any], where: str, fallback_id: str, options: ReadOptions, surrogates: bool = False
) -> Document:
    """The Document of one JSON object (or CSV row): text and id by their fields, the rest as
    meta. ``surrogates``: its strings may hold lone surrogates, to be replaced (and said)."""
    meta = dict(obj)
    has_id, raw_id = _take(meta, options.id_field)
    has_text, text = _take(meta, options.text_field)
    warnings = _repair_strings(meta, "meta") if surrogates else []
    if warnings:
        meta[WARNINGS_KEY] = warnings
    doc_id = _document_id(raw_id if has_id else None, fallback_id)
    if isinstance(doc_id, ErrorInfo):
        doc_id.message = where + doc_id.message
        return Document(id=fallback_id, text="", meta=meta, error=doc_id)
    if not has_text:
        return failed(doc_id, "missing_text", f"{where}no {options.text_field!r} field", meta)
    if not isinstance(text, str):
        return failed(doc_id, "invalid_text", f"{where}{options.text_field!r} is not a string", meta)
    if len(text) > options.max_chars:
        return _too_large(doc_id, where, f"{len(text):,} characters", options, meta)
    if not text.strip():
        return failed(doc_id, "empty_text", f"{where}{options.text_field!r} is empty", meta)
    text, replaced = _SURROGATE.subn("\ufffd", text) if surrogates else (text, 0)
    if replaced:
        meta[WARNINGS_KEY] = [*warnings, f"text: {replaced} lone surrogate(s) replaced by U+FFFD"]
    return Document(id=doc_id, text=text, meta=meta)


def _take(obj: dict[str, Any], name: str) -> tuple[bool, Any]:
    """Remove field ``name`` from ``obj`` and return it: the key itself, else a dotted path
    into nested objects (copied on the way, so the caller's object is left as it was)."""
    if name in obj:
        return True, obj.pop(name)
    parts = name.split(".")
    if len(parts) == 1:
        return False, None
    parents = [obj]
    node: Any = obj
    for part in parts[:-1]:
        child = node.get(part) if isinstance(node, dict) else None
        if not isinstance(child, dict):
            return False, None
        node[part] = node = dict(child)
        parents.append(node)
    if parts[-1] not in node:
        return False, None
    value = node.pop(parts[-1])
    # Drop the objects the field leaves empty: {"content": {}} says nothing.
    for parent, part in zip(reversed(parents[:-1]), reversed(parts[:-1]), strict=True):
        if parent[part]:
            break
        del parent[part]
    return True, value


def _document_id(raw: Any, fallback: str) -> str | ErrorInfo:
    """A string id as it is, a number as its JSON text, none (or "") the fallback."""
    if raw is None or raw == "":
        return fallback
    if isinstance(raw, str):
        return _SURROGATE.sub("\ufffd", raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return orjson.dumps(raw).decode("ascii")
    kind = {bool: "boolean", dict: "object", list: "array"}.get(type(raw), type(raw).__name__)
    return ErrorInfo(
        "bad_id",
        f"the id is a JSON {kind}, not a string or a number; name the field that holds "
        "document ids with --id-field",
    )


def _repair_strings(value: Any, where: str) -> list[str]:
    """Replace lone surrogates (which no UTF-8 output can hold) in every string of a meta
    object, in place; say where."""
    found: list[int] = []

    def fix(node: Any) -> Any:
        if isinstance(node, str):
            fixed, count = _SURROGATE.subn("\ufffd", node)
            if count:
                found.append(count)
            return fixed
        if isinstance(node, dict):
            return {fix(k): fix(v) for k, v in node.items()}
        if isinstance(node, list):
            return [fix(v) for v in node]
        return node

    fixed = fix(value)
    if found:
        value.clear()
        value.update(fixed)
        return [f"{where}: {sum(found)} lone surrogate(s) replaced by U+FFFD"]
    return []


def _salvage_id(line: bytes, options: ReadOptions) -> str | None:
    """The id of a line whose text is broken, so its error record still carries the user's id."""
    try:
        obj, _ = _loads(line.decode("utf-8", "replace").encode("utf-8"))
    except ValueError:
        return None
    if not isinstance(obj, dict):
        return None
    has_id, raw_id = _take(dict(obj), options.id_field)
    doc_id = _document_id(raw_id if has_id else None, "")
    return doc_id if isinstance(doc_id, str) and doc_id else None


# --------------------------------------------------------------------------- JSON Lines


def read_jsonl(stream: IO[bytes], options: ReadOptions, id_prefix: str, cursor: Cursor) -> Iterator[Document]:
    """One document a non-blank line; a broken line is an error record and the rest go on."""
    for number, line in bounded_lines(stream, options.max_line_bytes, cursor):
        if isinstance(line, int):
            yield _too_large(f"{id_prefix}{number}", f"line {number}: ", f"{line:,} bytes", options)
            continue
        if number == 1:
            line = line.removeprefix(_BOM)
        if line.strip():
            yield jsonl_document(line, number, options, id_prefix)


# --------------------------------------------------------------------------- JSON


_OUTSIDE = re.compile(rb'["\[\]{},]')
_INSIDE = re.compile(rb'["\\]')
_WHITESPACE = b" \t\r\n"


def read_json(stream: IO[bytes], options: ReadOptions, id_prefix: str, cursor: Cursor) -> Iterator[Document]:
    """A JSON array of objects, one document an element (streamed: the array is never held
    whole), or one JSON object as one document. Element ids default to ``prefix`` + the
    element's position, from 1."""
    limit = options.max_line_bytes
    first = stream.read(1)
    while first and (first in _WHITESPACE or first == b"\xef"):
        if first == b"\xef":
            stream.read(2)  # the rest of a UTF-8 BOM
        first = stream.read(1)
    if not first:
        return
    if first != b"[":
        cursor.line = 1
        data = first + (stream.read(limit) or b"")
        if len(data) > limit:
            yield _too_large(f"{id_prefix}1", "", f"more than {limit:,} bytes of JSON", options)
            return
        yield jsonl_document(data.strip(), None, options, fallback_id=f"{id_prefix}1")
        return
    for number, element in _array_elements(stream, limit, cursor):
        doc_id, where = f"{id_prefix}{number}", f"element {number}: "
        if isinstance(element, int):
            yield _too_large(doc_id, where, f"{element:,} bytes", options)
        elif isinstance(element, str):
            yield failed(doc_id, "invalid_json", where + element)
        else:
            document = jsonl_document(element, None, options, fallback_id=doc_id)
            if document.error is not None:
                document.error.message = where + document.error.message
            yield document


def _array_elements(stream: IO[bytes], limit: int, cursor: Cursor) -> Iterator[tuple[int, bytes | int | str]]:
    """The elements of a JSON array whose ``[`` was read: their bytes, their size when over
    ``limit``, or a message when the array breaks off. Only quotes, escapes and brackets are
    looked at (a regex jumps over text), so this runs at C speed on long articles."""
    depth, in_string, skip_next = 1, False, False
    parts: list[bytes] = []
    size = 0
    number = 0

    def element(tail: bytes) -> tuple[int, bytes | int] | None:
        """The element that ``tail`` (its bytes in this chunk) ends, or None for an empty one."""
        nonlocal parts, size, number
        size += len(tail)
        if size <= limit:
            parts.append(tail)
        data = b"".join(parts) if size <= limit else None
        out_size, parts, size = size, [], 0
        if data is not None and not data.strip(b" \t\r\n"):
            return None
        number += 1
        cursor.line = number
        return number, (data if data is not None else out_size)

    while chunk := stream.read(CHUNK_BYTES):
        start = 0
        # The character after a backslash that ended the last chunk is escaped: pass over it.
        pos, skip_next = (1, False) if skip_next else (0, False)
        while pos < len(chunk):
            if in_string:
                match = _INSIDE.search(chunk, pos)
                if match is None:
                    break
                if match.group() == b"\\":
                    pos = match.end() + 1
                    if pos > len(chunk):
                        skip_next = True
                    continue
                in_string, pos = False, match.end()
                continue
            match = _OUTSIDE.search(chunk, pos)
            if match is None:
                break
            char, pos = match.group(), match.end()
            if char == b'"':
                in_string = True
            elif char in b"[{":
                depth += 1
            elif char in b"]}":
                depth -= 1
                if depth == 0:
                    done = element(chunk[start : pos - 1])
                    if done is not None:
                        yield done
                    return
            elif depth == 1:  # a comma between elements
                done = element(chunk[start : pos - 1])
                if done is not None:
                    yield done
                start = pos
        size += len(chunk) - start
        if size <= limit:
            parts.append(chunk[start:])
        else:
            parts = []
    pending = element(b"")
    message = "the JSON array ends before its closing ]"
    if pending is not None:
        yield pending[0], message
    else:
        number += 1
        cursor.line = number
        yield number, message


# --------------------------------------------------------------------------- CSV / TSV


class _BadLine(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class _TextLines:
    """Decoded lines for the csv module, which cannot bound a line: a line over the bound or
    not UTF-8 raises :class:`_BadLine` from ``next`` and the iterator stays usable."""

    def __init__(self, stream: IO[bytes], options: ReadOptions, cursor: Cursor) -> None:
        self._lines = bounded_lines(stream, options.max_line_bytes, cursor)
        self._options = options
        self.number = 0

    def __iter__(self) -> _TextLines:
        return self

    def __next__(self) -> str:
        number, line = next(self._lines)
        self.number = number
        if isinstance(line, int):
            error = _too_large("", f"line {number}: ", f"{line:,} bytes", self._options).error
            assert error is not None
            raise _BadLine(error.code, error.message)
        if number == 1:
            line = line.removeprefix(_BOM)
        try:
            return line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _BadLine("invalid_utf8", f"line {number}: invalid UTF-8 at byte {exc.start}") from None


def read_table(
    stream: IO[bytes], options: ReadOptions, id_prefix: str, cursor: Cursor, delimiter: str
) -> Iterator[Document]:
    """One document a row of a CSV/TSV file whose first row names the columns; ids default
    to ``prefix`` + the row's first line."""
    # The csv module's own bound is one setting per process, 128 KiB by default: raise it to
    # ours (never lower it), so long articles are read and the bound above still holds.
    csv.field_size_limit(max(csv.field_size_limit(), options.max_line_bytes))
    lines = _TextLines(stream, options, cursor)
    header: list[str] | None = None
    while True:
        # A new reader after a bad line: the csv module's reader is not reused after an error.
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            while True:
                first = lines.number + 1  # the row's first line (a quoted cell may span more)
                row = next(reader, None)
                if row is None:
                    return
                if not any(cell.strip() for cell in row):
                    continue
                if header is None:
                    header = [name.strip() for name in row]
                    continue
                obj = {name: cell for name, cell in zip(header, row, strict=False) if name}
                yield object_document(obj, f"line {first}: ", f"{id_prefix}{first}", options)
        except _BadLine as exc:
            yield failed(f"{id_prefix}{lines.number}", exc.code, str(exc))
        except csv.Error as exc:
            yield failed(f"{id_prefix}{lines.number}", "invalid_csv", f"line {lines.number}: {exc}")


# --------------------------------------------------------------------------- text and HTML


def read_bounded(stream: IO[bytes], limit: int) -> bytes | None:
    """All of ``stream``, or None when it holds more than ``limit`` bytes (left unread)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_text(stream: IO[bytes], doc_id: str, options: ReadOptions) -> Document:
    """The whole input as one document (UTF-8; a BOM dropped; offsets count from after it)."""
    # UTF-8 spends at most four bytes a character: past this many bytes, it is too large.
    data = read_bounded(stream, 4 * options.max_chars + len(_BOM))
    if data is None:
        return _too_large(doc_id, "", f"more than {4 * options.max_chars:,} bytes", options)
    try:
        text = data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError as exc:
        return failed(doc_id, "invalid_utf8", f"invalid UTF-8 at byte {exc.start}")
    return text_document(doc_id, text, options)


def text_document(
    doc_id: str, text: str, options: ReadOptions, meta: dict[str, Any] | None = None
) -> Document:
    if len(text) > options.max_chars:
        return _too_large(doc_id, "", f"{len(text):,} characters", options, meta)
    if not text.strip():
        return failed(doc_id, "empty_text", "the document has no text", meta)
    return Document(id=doc_id, text=text, meta=meta or {})


def read_html(stream: IO[bytes], doc_id: str, options: ReadOptions) -> Document:
    """An HTML page reduced to its article text (title, paragraphs; no menus, ads or footers)
    by trafilatura, the optional extra ``qawl[html]``; the page's title, date and URL as meta."""
    data = read_bounded(stream, options.max_line_bytes)
    if data is None:
        return _too_large(doc_id, "", f"an HTML page of more than {options.max_line_bytes:,} bytes", options)
    try:
        import trafilatura
    except ImportError:
        return failed(
            doc_id, "unsupported_format", "reading HTML needs the html extra: pip install 'qawl[html]'"
        )
    try:
        page: str | bytes = data.removeprefix(_BOM).decode("utf-8")
    except UnicodeDecodeError:
        page = data  # another charset: trafilatura reads it from the page's <meta>
    extracted = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    text = (getattr(extracted, "text", None) or "") if extracted is not None else ""
    meta = {
        key: value
        for key in ("title", "date", "url", "author", "sitename")
        if extracted is not None and (value := getattr(extracted, key, None))
    }
    return text_document(doc_id, text, options, meta)
