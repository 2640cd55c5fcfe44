"""A document as the scan reads it: normalised, split into words, with the way back to
offsets in the original text.

Most news text fits the one-byte code of :mod:`qawl.gazetteers.bytemap`; such a document is
normalised and split into words with ``bytes.translate`` (C speed, one byte per character,
so offsets do not move). A text with characters outside the code stays ``str`` and is
normalised with regexes, cluster by cluster where NFKC needs context. Either way ``normal``
is the normalised text and ``spaced`` the same text with every character that is not part
of a word (:data:`~qawl.gazetteers.text.WORD_RE`) replaced by a space: the words of
``spaced`` sit at the same offsets in both.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping
from functools import lru_cache
from itertools import islice
from typing import TypeVar

from qawl.arabic import normalize
from qawl.gazetteers import bytemap, speedups
from qawl.gazetteers.text import (
    _DIACRITICS,
    DELETE_RE,
    GAP_PATTERN,
    NOT_SINGLE_SPACE_PATTERN,
    SLOW_RE,
    TRAILING_MARK_RE,
    unify,
)

T = TypeVar("T")

_NON_WORD_RE = re.compile(r"[\W_]")
_CLUSTER_RE = re.compile(f".[{_DIACRITICS}\u0653-\u0655]*", re.S)
_BLANKS = " \t\u00a0"
# What TRAILING_MARK_RE matches, one character at a time (a set test is cheaper than a
# regex call, and most names are followed by a space).
_TRAILING_MARKS = frozenset(
    c for c in map(chr, [*range(0x0600, 0x0700), 0x200C, 0x200D]) if TRAILING_MARK_RE.match(c)
)
# Per form (str or bytes): the space, what may join two words of a name, what makes such a
# join more than one space, blank characters, a word of ``spaced``.
_STR = (" ", re.compile(GAP_PATTERN), re.compile(NOT_SINGLE_SPACE_PATTERN), _BLANKS, re.compile("[^ ]+"))
_BYTES = (
    b" ",
    re.compile(bytemap.byte_pattern(GAP_PATTERN)),
    re.compile(bytemap.byte_pattern(NOT_SINGLE_SPACE_PATTERN)),
    bytemap.byte_pattern(_BLANKS),
    re.compile(b"[^ ]+"),
)


# A document that needs NFKC is normalised one cluster at a time; the same few hundred
# clusters (a letter and its marks) make up most texts, so their normal forms are kept.
_normalize_cluster = lru_cache(maxsize=8192)(normalize)


def _deletions(encoded: bytes) -> list[int]:
    """For each deleted byte j of ``encoded``, its position minus j."""
    marked = encoded.translate(bytemap.MARK_DELETED)
    out = []
    found = marked.find(bytemap.DELETED)
    while found >= 0:
        out.append(found - len(out))
        found = marked.find(bytemap.DELETED, found + 1)
    return out


# Characters the one-byte code lacks that are neither word characters nor deleted by
# normalisation (⬛, →, emoji …): in the view they only separate words, as does the stand-in
# written in their place, a separator the code has that no pattern of the view treats
# otherwise (not a blank, not what joins two words of a name). A text that lacks no other
# character is then read in the code, as fast as the others, with the same results.
_STAND_IN = "•"
_OTHER_SEPARATOR_RE = re.compile(f"(?!{DELETE_RE.pattern})[^\\w{re.escape(bytemap.ALPHABET)}]")
if _STAND_IN not in bytemap.ALPHABET or re.match(
    f"{GAP_PATTERN}$|[\\w{_BLANKS}]|{DELETE_RE.pattern}|{NOT_SINGLE_SPACE_PATTERN}", _STAND_IN
):
    raise AssertionError("the stand-in must be a plain separator of the byte code")


def _with_stand_ins(text: str) -> str | None:
    """``text`` with each character of :data:`_OTHER_SEPARATOR_RE` written as the stand-in
    (same length, same offsets), or None where none is there or NFKC must read the text."""
    if SLOW_RE.search(text):
        return None
    coded = _OTHER_SEPARATOR_RE.sub(_STAND_IN, text)
    return None if coded == text else coded


class NormalizedText:
    """A document's normalised text, its words, and the way back to offsets in the original."""

    __slots__ = (
        "_blanks",
        "_cluster_end",
        "_cluster_norm_start",
        "_cluster_start",
        "_ends",
        "_gap",
        "_norm",
        "_not_single",
        "_padded",
        "_shift",
        "_space",
        "_starts",
        "_word_re",
        "normal",
        "spaced",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._shift: list[int] | None = None
        self._starts: memoryview | None = None  # from the compiled helpers, instead of _shift
        self._ends: memoryview | None = None
        self._cluster_norm_start: list[int] | None = None
        self._padded: str | bytes | None = None
        if speedups.prepare is not None:
            prepared = speedups.prepare(text, *bytemap.PREPARE_TABLES)
            if prepared is None and (coded := _with_stand_ins(text)) is not None:
                prepared = speedups.prepare(coded, *bytemap.PREPARE_TABLES)
            if prepared is not None:
                self.normal, self.spaced, starts, ends = prepared
                if starts is not None:
                    self._starts, self._ends = memoryview(starts).cast("i"), memoryview(ends).cast("i")
                self._norm = None
                self._space, self._gap, self._not_single, self._blanks, self._word_re = _BYTES
                return
        elif (encoded := bytemap.encode(text)) is not None or (
            (coded := _with_stand_ins(text)) is not None and (encoded := bytemap.encode(coded)) is not None
        ):
            normal = encoded.translate(bytemap.NORMALIZE, bytemap.DELETE)
            if len(normal) != len(encoded):
                # Deletion j sits just before the kept character at normal index D[j] - j,
                # which is the length of the text kept before it.
                self._shift = _deletions(encoded)
            self.normal: str | bytes = normal
            self.spaced: str | bytes = normal.translate(bytemap.SPACED)
            self._norm: str | None = None
            self._space, self._gap, self._not_single, self._blanks, self._word_re = _BYTES
            return
        if SLOW_RE.search(text):
            self._slow(text)
        else:
            deleted_at = [m.start() for m in DELETE_RE.finditer(text)]
            if deleted_at:
                self._shift = [position - j for j, position in enumerate(deleted_at)]
                text = DELETE_RE.sub("", text)
            self._norm = unify(text)
        self.normal = self._norm
        self.spaced = _NON_WORD_RE.sub(" ", self._norm)
        self._space, self._gap, self._not_single, self._blanks, self._word_re = _STR

    def _slow(self, text: str) -> None:
        """Normalise cluster by cluster (a base character with its combining marks)."""
        starts: list[int] = []
        ends: list[int] = []
        norm_starts: list[int] = []
        pieces: list[str] = []
        length = end = 0
        # The clusters tile the text ("." takes any character), so each ends where the
        # next starts.
        clusters = _CLUSTER_RE.findall(text)
        for cluster, piece in zip(clusters, map(_normalize_cluster, clusters), strict=True):
            start, end = end, end + len(cluster)
            if not piece:
                continue
            starts.append(start)
            ends.append(end)
            norm_starts.append(length)
            pieces.append(piece)
            length += len(piece)
        self._norm = "".join(pieces)
        self._cluster_start, self._cluster_end, self._cluster_norm_start = starts, ends, norm_starts

    @property
    def norm(self) -> str:
        """The normalised text as ``str``."""
        if self._norm is None:
            self._norm = bytemap.decode(self.normal)
        return self._norm

    @property
    def is_bytes(self) -> bool:
        """The view is in the one-byte code (compare words with encoded forms)."""
        return isinstance(self.normal, bytes)

    def as_str(self, form: str | bytes) -> str:
        """A word of this view (of its kind) as ``str``."""
        return bytemap.decode(form) if isinstance(form, bytes) else form

    @property
    def padded(self) -> str | bytes:
        """``spaced`` with a space before and after: index ``i`` there is the space before a
        word that starts at ``i`` in ``spaced`` (so ``padded.find(" " + word + " ")`` is the
        offset of a whole word)."""
        if self._padded is None:
            self._padded = self._space + self.spaced + self._space
        return self._padded

    @property
    def offset_maps(self) -> tuple[memoryview | None, memoryview | None] | None:
        """For the compiled helpers: the int32 maps of normalised offsets to original ones
        (starts of characters, ends of spans), (None, None) where offsets are the
        original's, None where only Python maps them (a view not made by them)."""
        if self._starts is not None:
            return self._starts, self._ends
        return (None, None) if self.exact else None

    @property
    def exact(self) -> bool:
        """Offsets in ``normal`` are offsets in the original text (nothing was deleted)."""
        return self._shift is None and self._starts is None and self._cluster_norm_start is None

    @property
    def words(self) -> list[str] | list[bytes]:
        """The words of ``spaced``, in order."""
        return self.spaced.split()

    def occurrences(self, forms: Mapping[str | bytes, T]) -> list[tuple[int, T]]:
        """``(offset, value)`` for every occurrence of each word ``form`` of ``forms`` (words
        of this view's kind), form by form (one call per document: a scan looks for a few
        dozen forms in each)."""
        padded, space = self.padded, self._space
        out: list[tuple[int, T]] = []
        for form, value in forms.items():
            needle = space + form + space
            step = len(form) + 1  # the space after one occurrence may be the one before the next
            found = padded.find(needle)
            while found >= 0:
                out.append((found, value))
                found = padded.find(needle, found + step)
        return out

    def next_word(self, end: int) -> str | bytes | None:
        """The word after the word that ends at ``end`` (None at the end of the text)."""
        found = self._word_re.search(self.spaced, end)
        return None if found is None else found.group()

    def words_after(self, end: int, n: int) -> list[tuple[int, int]]:
        """``(start, end)`` of up to ``n`` words after the word that ends at ``end``."""
        return [found.span() for found in islice(self._word_re.finditer(self.spaced, end), n)]

    def joins(self, end: int, start: int) -> bool:
        """The characters between a word ending at ``end`` and one starting at ``start`` may
        separate two words of one name (spaces, a hyphen, a hashtag mark)."""
        return self._gap.fullmatch(self.normal, end, start) is not None

    def single_spaced(self, start: int, end: int) -> bool:
        """Every gap that may join two words of a name in ``normal[start:end]`` is one space."""
        return self._not_single.search(self.normal, start, end) is None

    def word_ends_at(self, end: int) -> bool:
        """No word of ``spaced`` goes on at ``end`` (a space or the end of the text is there)."""
        return end == len(self.spaced) or self.spaced.startswith(self._space, end)

    def word_before(self, start: int) -> str | None:
        """The word before the word at ``start`` when only blanks separate them, else None."""
        spaced, space = self.spaced, self._space
        end = start
        while end > 0 and spaced[end - 1 : end] == space:
            end -= 1
        if end == 0 or self.normal[end:start].strip(self._blanks):
            return None
        return self.as_str(spaced[spaced.rfind(space, 0, end) + 1 : end])

    def name_span(self, word_start: int, start: int, end: int) -> tuple[int, int, int]:
        """:meth:`original_span` of a name at ``[start, end)`` and the original offset of
        ``word_start``, where its first word begins (before a proclitic left out of the
        span)."""
        starts = self._starts
        if starts is not None:
            return starts[start], self._ends[end], starts[word_start]  # type: ignore[index]
        orig_start, orig_end = self.original_span(start, end)
        if word_start == start:
            return orig_start, orig_end, orig_start
        return orig_start, orig_end, self.original_span(word_start, word_start + 1)[0]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised span ``[start, end)`` (non-empty)."""
        if self._cluster_norm_start is not None:
            first = bisect_right(self._cluster_norm_start, start) - 1
            last = bisect_right(self._cluster_norm_start, end - 1) - 1
            return self._cluster_start[first], self._cluster_end[last]
        if self._starts is not None:
            return self._starts[start], self._ends[end]  # type: ignore[index]
        if self._shift is None:
            return start, end
        orig_start = start + bisect_right(self._shift, start)
        orig_end = end + bisect_right(self._shift, end - 1)
        text = self.text
        if orig_end < len(text) and text[orig_end] in _TRAILING_MARKS:
            orig_end = TRAILING_MARK_RE.match(text, orig_end).end()  # type: ignore[union-attr]
        return orig_start, orig_end
