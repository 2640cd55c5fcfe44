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
from collections.abc import Container
from itertools import compress, count

from qawl.arabic import normalize
from qawl.gazetteers import bytemap
from qawl.gazetteers.text import (
    _DIACRITICS,
    DELETE_RE,
    GAP_PATTERN,
    SLOW_RE,
    TRAILING_MARK_RE,
    unify,
)

_NON_WORD_RE = re.compile(r"[\W_]")
_CLUSTER_RE = re.compile(f".[{_DIACRITICS}\u0653-\u0655]*", re.S)
_BLANKS = " \t\u00a0"
# Per form (str or bytes): the space, what may join two words of a name, blank characters.
_STR = (" ", re.compile(GAP_PATTERN), _BLANKS)
_BYTES = (b" ", re.compile(bytemap.byte_pattern(GAP_PATTERN)), bytemap.byte_pattern(_BLANKS))


def _deletions(encoded: bytes) -> list[int]:
    """For each deleted byte j of ``encoded``, its position minus j."""
    marked = encoded.translate(bytemap.MARK_DELETED)
    out = []
    found = marked.find(bytemap.DELETED)
    while found >= 0:
        out.append(found - len(out))
        found = marked.find(bytemap.DELETED, found + 1)
    return out


class NormalizedText:
    """A document's normalised text, its words, and the way back to offsets in the original."""

    __slots__ = (
        "_blanks",
        "_cluster_end",
        "_cluster_norm_start",
        "_cluster_start",
        "_gap",
        "_norm",
        "_shift",
        "_space",
        "_words",
        "normal",
        "spaced",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        self._shift: list[int] | None = None
        self._cluster_norm_start: list[int] | None = None
        self._words: list[str] | list[bytes] | None = None
        encoded = bytemap.encode(text)
        if encoded is not None:
            normal = encoded.translate(bytemap.NORMALIZE, bytemap.DELETE)
            if len(normal) != len(encoded):
                # Deletion j sits just before the kept character at normal index D[j] - j,
                # which is the length of the text kept before it.
                self._shift = _deletions(encoded)
            self.normal: str | bytes = normal
            self.spaced: str | bytes = normal.translate(bytemap.SPACED)
            self._norm: str | None = None
            self._space, self._gap, self._blanks = _BYTES
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
        self._space, self._gap, self._blanks = _STR

    def _slow(self, text: str) -> None:
        """Normalise cluster by cluster (a base character with its combining marks)."""
        starts: list[int] = []
        ends: list[int] = []
        norm_starts: list[int] = []
        pieces: list[str] = []
        length = 0
        for match in _CLUSTER_RE.finditer(text):
            piece = normalize(match.group())
            if not piece:
                continue
            starts.append(match.start())
            ends.append(match.end())
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
        word that starts at ``i`` in ``spaced``."""
        return self._space + self.spaced + self._space

    @property
    def words(self) -> list[str] | list[bytes]:
        """``spaced`` split at each space: the words, with an empty string for each further
        space between two of them, so the offset of item ``k`` is the length of the items
        before it plus ``k``."""
        if self._words is None:
            self._words = self.spaced.split(self._space)
        return self._words

    def positions(self, wanted: Container) -> list[tuple[int, int]]:
        """``(index in words, offset)`` of every word in ``wanted``, in order."""
        words = self.words
        # compress/map run the membership test in C; offsets are summed only up to hits.
        out = []
        done = offset = 0
        for k in compress(count(), map(wanted.__contains__, words)):
            offset += sum(map(len, words[done:k])) + k - done
            done = k
            out.append((k, offset))
        return out

    def words_after(self, k: int, end: int, n: int) -> list[tuple[int, int, int]]:
        """``(index, start, end)`` of up to ``n`` words after word ``k`` that ends at ``end``."""
        words = self.words
        out = []
        size = len(words)
        while len(out) < n:
            k += 1
            end += 1
            while k < size and not words[k]:
                k += 1
                end += 1
            if k >= size:
                break
            out.append((k, end, end + len(words[k])))
            end += len(words[k])
        return out

    def joins(self, end: int, start: int) -> bool:
        """The characters between a word ending at ``end`` and one starting at ``start`` may
        separate two words of one name (spaces, a hyphen, a hashtag mark)."""
        return self._gap.fullmatch(self.normal, end, start) is not None

    def word_before(self, k: int, start: int) -> str | None:
        """The word before word ``k`` (at ``start``) when only blanks separate them, else None."""
        words = self.words
        j = k - 1
        while j >= 0 and not words[j]:
            j -= 1
        if j < 0:
            return None
        end = start - (k - j)
        if self.normal[end:start].strip(self._blanks):
            return None
        return self.as_str(words[j])

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised span ``[start, end)`` (non-empty)."""
        if self._cluster_norm_start is not None:
            first = bisect_right(self._cluster_norm_start, start) - 1
            last = bisect_right(self._cluster_norm_start, end - 1) - 1
            return self._cluster_start[first], self._cluster_end[last]
        if self._shift is None:
            return start, end
        orig_start = start + bisect_right(self._shift, start)
        orig_end = end - 1 + bisect_right(self._shift, end - 1) + 1
        mark = TRAILING_MARK_RE.match(self.text, orig_end)
        if mark:
            orig_end = mark.end()
        return orig_start, orig_end
