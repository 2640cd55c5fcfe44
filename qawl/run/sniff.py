"""What an input holds, read from its first bytes: compression, encoding, then format.

Nothing here trusts a file name: a ``.json`` file may hold JSON Lines, a FIFO or ``/dev/fd/63``
has no name to go by, and stdin never does. :func:`open_input` reads the first bytes once
(a pipe cannot be read twice), puts them back in front of the rest, and undoes compression
(gzip, bzip2, xz, zstd, by magic bytes) and a non-UTF-8 encoding (``--encoding``, or UTF-16
and UTF-32 by their BOM), so that every format reader gets UTF-8 bytes. :func:`sniff_format`
then names the format from the first lines.
"""

from __future__ import annotations

import bz2
import codecs
import csv
import gzip
import io
import lzma
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO

import orjson

FORMATS = ("auto", "jsonl", "json", "csv", "tsv", "text", "html")
# Bytes read before deciding: enough for several lines of a news dump.
HEAD_BYTES = 256 * 1024
# JSON Lines is decided on this many first non-blank lines, so one bad line decides nothing.
SNIFF_LINES = 8
CHUNK_BYTES = 64 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM begins with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF8_NAMES = frozenset({"utf-8", "utf8", "utf_8", "u8", "utf-8-sig", "utf_8_sig"})
_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<meta", b"<!--", b"<?xml")


class CompressedInputError(Exception):
    """A compressed input that ends early or is corrupt; ``kind`` names the compression."""

    def __init__(self, kind: str, cause: BaseException) -> None:
        super().__init__(f"{kind} stream ends early or is corrupt: {cause}")
        self.kind = kind
        self.cause = f"{cause}" or type(cause).__name__


class EncodingInputError(Exception):
    """Bytes that are not valid in the encoding the input is read in."""


@dataclass
class OpenedInput:
    """An input as UTF-8 bytes: the stream from its start, and its first bytes to sniff."""

    stream: io.BufferedReader
    head: bytes  # the first bytes of ``stream`` (still to be read from it)
    at_end: bool  # ``head`` is the whole input
    compression: str | None
    encoding: str  # what the bytes were decoded from ("utf-8" when left as they are)


class _Rewound(io.RawIOBase):
    """``head`` followed by the rest of ``stream``: the first bytes, read to sniff, put back.

    Errors of the underlying stream (a truncated gzip, bytes invalid in the encoding) are
    raised as :class:`CompressedInputError` / :class:`EncodingInputError`, so callers need
    not know what was undone below them; one met while reading the head is raised once the
    head has been read, so every line before the break still counts.
    """

    def __init__(
        self,
        head: bytes,
        stream: IO[bytes],
        compression: str | None,
        error: Exception | None = None,
        owns: bool = True,
    ) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._stream = stream
        self._compression = compression
        self._error = error
        self._owns = owns  # whether closing this closes the stream below (not stdin's)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        if self._error is not None:
            raise self._error
        return _read_into(self._stream, buffer, self._compression)

    def close(self) -> None:
        try:
            if self._owns:
                self._stream.close()
        finally:
            super().close()


def _read_into(stream: IO[bytes], buffer: memoryview, compression: str | None) -> int:
    # read1: one read of the layer below. read() loops to fill the buffer, and a truncated
    # stream's error on a later round would throw away what the earlier rounds returned.
    read = getattr(stream, "read1", stream.read)
    try:
        data = read(len(buffer))
    except (CompressedInputError, EncodingInputError):
        raise
    except UnicodeDecodeError as exc:
        raise EncodingInputError(str(exc)) from exc
    except Exception as exc:
        # gzip: EOFError, BadGzipFile, zlib.error; bz2/xz: EOFError, OSError, LZMAError;
        # zstandard: ZstdError. Without compression, an OSError is the file's own.
        if compression is None:
            raise
        raise CompressedInputError(compression, exc) from exc
    n = len(data)
    buffer[:n] = data
    return n


def read_head(
    stream: IO[bytes], size: int = HEAD_BYTES, compression: str | None = None
) -> tuple[bytes, Exception | None]:
    """Up to ``size`` first bytes (fewer only at the end: pipes return less a read), and the
    decompression or decoding error that stopped the reading early, if one did."""
    parts: list[bytes] = []
    got = 0
    scratch = bytearray(min(size, CHUNK_BYTES))
    while got < size:
        view = memoryview(scratch)[: min(len(scratch), size - got)]
        try:
            n = _read_into(stream, view, compression)
        except (CompressedInputError, EncodingInputError) as exc:
            return b"".join(parts), exc
        if not n:
            break
        parts.append(bytes(view[:n]))
        got += n
    return b"".join(parts), None


def compression_of(head: bytes) -> str | None:
    """``gzip``, ``bzip2``, ``xz`` or ``zstd`` by the magic bytes, else None."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return None


def _decompressor(kind: str) -> Callable[[IO[bytes]], IO[bytes]]:
    if kind == "gzip":
        return lambda raw: gzip.GzipFile(fileobj=raw, mode="rb")
    if kind == "bzip2":
        return lambda raw: bz2.BZ2File(raw, mode="rb")
    if kind == "xz":
        return lambda raw: lzma.LZMAFile(raw, mode="rb")
    return lambda raw: io.BufferedReader(_ZstdFrames(raw), CHUNK_BYTES)


class _ZstdFrames(io.RawIOBase):
    """A zstd stream of one frame or several (``zstd -c a b``, pzstd), decompressed.

    zstandard's own stream reader ends quietly where a truncated file ends; this one raises
    ``EOFError`` there, as gzip, bzip2 and xz do. Input goes in small pieces so that one
    piece of a bomb cannot expand past a few MiB (a zstd block of 128 KiB costs 4 bytes).
    """

    FEED_BYTES = 512

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        import zstandard

        self._raw = raw
        self._new = zstandard.ZstdDecompressor().decompressobj
        self._frame = self._new()
        self._in_frame = False
        self._out = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._out:
            if self._frame.eof:
                rest = self._frame.unused_data
                self._frame, self._in_frame = self._new(), False
                if rest:
                    self._feed(rest)
                    continue
            data = self._raw.read(self.FEED_BYTES)
            if not data:
                if self._in_frame:
                    raise EOFError("the zstd stream ends inside a frame")
                return 0
            self._feed(data)
        n = min(len(buffer), len(self._out))
        buffer[:n] = self._out[:n]
        self._out = self._out[n:]
        return n

    def _feed(self, data: bytes) -> None:
        self._in_frame = True
        self._out = memoryview(self._frame.decompress(data))

    def close(self) -> None:
        try:
            self._raw.close()
        finally:
            super().close()


def open_input(raw: IO[bytes], encoding: str | None = None, close_raw: bool = True) -> OpenedInput:
    """``raw`` decompressed (by magic bytes) and decoded to UTF-8 (by ``encoding`` or a BOM).

    Compression is undone layer by layer while magic bytes say so (a ``.gz`` of a ``.zst``
    is rare, but costs nothing to allow). A UTF-8 BOM is left for the format readers, which
    drop it where it starts a document. ``close_raw``: whether closing the result (or its
    being collected) closes ``raw``; not for stdin.
    """
    compression: str | None = None
    stream: IO[bytes] = raw
    head, error = read_head(stream)
    for _ in range(3):
        kind = compression_of(head)
        if kind is None or error is not None:
            break
        below = _Rewound(head, stream, compression, owns=close_raw or stream is not raw)
        stream = _decompressor(kind)(io.BufferedReader(below, CHUNK_BYTES))
        compression = kind
        head, error = read_head(stream, compression=compression)
    source_encoding = _encoding_of(head, encoding)
    if source_encoding != "utf-8":
        text = io.TextIOWrapper(
            io.BufferedReader(
                _Rewound(head, stream, compression, error, owns=close_raw or stream is not raw), CHUNK_BYTES
            ),
            encoding=source_encoding,
            errors="strict",
            newline="",
        )
        stream, compression_of_utf8 = _Utf8Of(text), None
        head, error = read_head(stream)
    else:
        compression_of_utf8 = compression
    rewound = _Rewound(head, stream, compression_of_utf8, error, owns=close_raw or stream is not raw)
    at_end = len(head) < HEAD_BYTES and error is None
    return OpenedInput(io.BufferedReader(rewound, CHUNK_BYTES), head, at_end, compression, source_encoding)


def _encoding_of(head: bytes, requested: str | None) -> str:
    if requested is not None:
        name = codecs.lookup(requested).name
        return "utf-8" if name in _UTF8_NAMES else name
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    return "utf-8"


class _Utf8Of(io.RawIOBase):
    """UTF-8 bytes of a text stream in another encoding: the readers split bytes on ``\\n``."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        super().__init__()
        self._text = text
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            try:
                chunk = self._text.read(CHUNK_BYTES // 4)
            except UnicodeDecodeError as exc:
                raise EncodingInputError(f"not valid {self._text.encoding}: {exc.reason}") from exc
            if not chunk:
                return 0
            self._pending = chunk.encode("utf-8")
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n

    def close(self) -> None:
        try:
            self._text.close()
        finally:
            super().close()


def sniff_format(head: bytes, at_end: bool, text_field: str = "text") -> str:
    """``jsonl``, ``json``, ``csv``, ``tsv``, ``html`` or ``text``, from the first bytes.

    ``at_end``: ``head`` is the whole input. A stream that opens a JSON object is JSON Lines
    when any of its first lines is one, so a broken first line is one error record, not a
    reason to read everything as text; it is one JSON document only when its first line
    opens a pretty-printed object (``{`` alone). One that opens ``[`` is a JSON array unless
    its following lines are JSON objects (a JSONL dump with a bad first line); any other is
    JSON Lines when at least half its first lines are JSON objects. CSV and TSV need a header
    row that names the text field, so prose with commas stays text.
    """
    body = head.removeprefix(codecs.BOM_UTF8).lstrip()
    if not body:
        return "text"
    lines = _first_lines(body, at_end)
    objects = [_is_json_object(line) for line in lines]
    first = lines[0] if lines else body[:CHUNK_BYTES]
    if body[:1] == b"{":
        if any(objects) or not _opens_pretty(first):
            return "jsonl"
        return "json"
    if body[:1] == b"[":
        if any(objects[1:]) and not _opens_pretty(first):
            return "jsonl"
        return "json"
    if sum(objects) * 2 >= len(lines) > 0:
        return "jsonl"  # JSON objects, one a line, after a line that is not one
    if body[:1] == b"<" and body[:200].lower().lstrip().startswith(_HTML_STARTS) and b"<" in body[1:]:
        lowered = body[:HEAD_BYTES].lower()
        if b"<html" in lowered or b"<body" in lowered or b"<p" in lowered or b"<article" in lowered:
            return "html"
    delimiter = _table_delimiter(first, text_field)
    if delimiter is not None:
        return "tsv" if delimiter == "\t" else "csv"
    return "text"


def table_delimiter(head: bytes, text_field: str) -> str | None:
    """The delimiter of a CSV/TSV input whose header row names ``text_field``, if it has one."""
    body = head.removeprefix(codecs.BOM_UTF8).lstrip()
    lines = _first_lines(body, at_end=True)
    return _table_delimiter(lines[0], text_field) if lines else None


def _first_lines(body: bytes, at_end: bool) -> list[bytes]:
    """The first complete non-blank lines of ``body`` (the last one only if the input ends)."""
    lines: list[bytes] = []
    start = 0
    while len(lines) < SNIFF_LINES:
        end = body.find(b"\n", start)
        if end < 0:
            if at_end and body[start:].strip():
                lines.append(body[start:].strip())
            break
        line = body[start:end].strip()
        if line:
            lines.append(line)
        start = end + 1
    return lines


def _is_json_object(line: bytes) -> bool:
    if not line.startswith(b"{"):
        return False
    try:
        return isinstance(orjson.loads(line), dict)
    except orjson.JSONDecodeError:
        # A lone surrogate escape ("\ud800") is still a JSON object; the reader repairs it.
        return line.endswith(b"}") and b"\\u" in line


def _opens_pretty(first: bytes) -> bool:
    """Whether the first line opens a value that goes on over the next lines: ``{``, ``[``,
    ``[{`` or ``{"articles": [``, as pretty-printers write them."""
    return first.rstrip().endswith((b"[", b"{"))


def _table_delimiter(first: bytes, text_field: str) -> str | None:
    """The delimiter of a CSV/TSV header naming ``text_field`` (tab, comma or semicolon)."""
    try:
        header = first.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError:
        return None
    for delimiter in ("\t", ",", ";"):
        if delimiter not in header:
            continue
        try:
            names = next(csv.reader([header], delimiter=delimiter))
        except csv.Error:
            continue
        if text_field in (name.strip() for name in names):
            return delimiter
    return None
