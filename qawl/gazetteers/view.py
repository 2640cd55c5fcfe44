"""A document as the scan reads it: normalised, split into words, with the way back to
offsets in the original text.

``normal`` is the normalised text (:func:`qawl.arabic.normalize_with_offsets`) and ``spaced``
the same text with every character that is not part of a word
(:data:`~qawl.gazetteers.text.WORD_RE`) replaced by a space: the words of ``spaced`` sit at
the same offsets in both.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from itertools import accumulate, compress, islice, repeat
from operator import add

from qawl.arabic import normalize_with_offsets
from qawl.gazetteers.text import GAP_PATTERN, NOT_SINGLE_SPACE_PATTERN

# What is not part of a word, but the space itself (replacing it by a space changes nothing,
# and leaving it out makes the substitution several times cheaper). The underscore, a word
# character to the regex but a separator here, is replaced apart with str.replace: in the
# class as an alternative (``[^\w ]|_``) it made the substitution a quarter slower. The
# Arabic letters, \w already, stand in the class by themselves too: the matcher finds them in
# a range, where \w asks each character's Unicode category (a quarter less work a text).
_NON_WORD_RE = re.compile(r"[^\u0621-\u064a \w]")
_GAP_RE = re.compile(GAP_PATTERN)
_NOT_SINGLE_SPACE_RE = re.compile(NOT_SINGLE_SPACE_PATTERN)
_BLANKS = " \t\u00a0"
_SPACED_WORD_RE = re.compile("[^ ]+")
# From this many forms on, :meth:`NormalizedText.occurrences` reads the words in one pass: on
# corpus lines 20,001-25,000 the two ways cost the same at 24-31 forms.
_MANY_FORMS = 28


class NormalizedText:
    """A document's normalised text, its words, and the way back to offsets in the original."""

    __slots__ = ("_offsets", "_padded", "_pieces", "normal", "spaced", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.normal, self._offsets = normalize_with_offsets(text)
        spaced = _NON_WORD_RE.sub(" ", self.normal)
        self.spaced = spaced.replace("_", " ") if "_" in spaced else spaced
        self._padded: str | None = None
        self._pieces: list[str] | None = None

    @property
    def padded(self) -> str:
        """``spaced`` with a space before and after: index ``i`` there is the space before a
        word that starts at ``i`` in ``spaced`` (so ``padded.find(" " + word + " ")`` is the
        offset of a whole word)."""
        if self._padded is None:
            self._padded = f" {self.spaced} "
        return self._padded

    @property
    def exact(self) -> bool:
        """Offsets in ``normal`` are offsets in the original text (nothing was deleted)."""
        return self._offsets.exact

    @property
    def words(self) -> list[str]:
        """The words of ``spaced``, in order."""
        return self.spaced.split()

    @property
    def pieces(self) -> list[str]:
        """``spaced`` split at each space: its words, in order, and an empty string between
        two spaces (kept: read once, for a scan's set of words and for :meth:`occurrences`,
        whose look-ups then find each word's hash computed)."""
        if self._pieces is None:
            self._pieces = self.spaced.split(" ")
        return self._pieces

    def occurrences(self, forms: Collection[str]) -> list[tuple[int, str]]:
        """``(offset, form)`` for every occurrence of each word of ``forms`` (distinct), in text
        order.

        A search per form reads the whole text once per form; from :data:`_MANY_FORMS` forms on
        (long documents have hundreds) one pass over the words costs less.
        """
        if len(forms) >= _MANY_FORMS:
            # The words of ``spaced`` between single spaces (empty between two spaces), each
            # starting one character after the end of the one before (``starts`` has one more,
            # where the text ends).
            words = self.pieces
            starts = accumulate(map(add, map(len, words), repeat(1)), initial=0)
            wanted = map(frozenset(forms).__contains__, words)
            return list(compress(zip(starts, words, strict=False), wanted))
        padded = self.padded
        out: list[tuple[int, str]] = []
        for form in forms:
            needle = f" {form} "
            step = len(form) + 1  # the space after one occurrence may be the one before the next
            found = padded.find(needle)
            while found >= 0:
                out.append((found, form))
                found = padded.find(needle, found + step)
        if len(forms) > 1:
            out.sort()  # two forms never start at one offset: the forms are never compared
        return out

    def next_word(self, end: int) -> str | None:
        """The word after the word that ends at ``end`` (None at the end of the text)."""
        found = _SPACED_WORD_RE.search(self.spaced, end)
        return None if found is None else found.group()

    def words_after(self, end: int, n: int) -> list[tuple[int, int]]:
        """``(start, end)`` of up to ``n`` words after the word that ends at ``end``."""
        return [found.span() for found in islice(_SPACED_WORD_RE.finditer(self.spaced, end), n)]

    def joins(self, end: int, start: int) -> bool:
        """The characters between a word ending at ``end`` and one starting at ``start`` may
        separate two words of one name (spaces, a hyphen, a hashtag mark)."""
        return _GAP_RE.fullmatch(self.normal, end, start) is not None

    def single_spaced(self, start: int, end: int) -> bool:
        """Every gap that may join two words of a name in ``normal[start:end]`` is one space."""
        return _NOT_SINGLE_SPACE_RE.search(self.normal, start, end) is None

    def word_ends_at(self, end: int) -> bool:
        """No word of ``spaced`` goes on at ``end`` (a space or the end of the text is there)."""
        return end == len(self.spaced) or self.spaced.startswith(" ", end)

    def word_before(self, start: int) -> str | None:
        """The word before the word at ``start`` when only blanks separate them, else None."""
        spaced = self.spaced
        end = start
        while end > 0 and spaced[end - 1] == " ":
            end -= 1
        if end == 0 or self.normal[end:start].strip(_BLANKS):
            return None
        return spaced[spaced.rfind(" ", 0, end) + 1 : end]

    def name_span(self, word_start: int, start: int, end: int) -> tuple[int, int, int]:
        """:meth:`original_span` of a name at ``[start, end)`` and the original offset of
        ``word_start``, where its first word begins (before a proclitic left out of the
        span)."""
        original_span = self._offsets.original_span
        orig_start, orig_end = original_span(start, end)
        if word_start == start:
            return orig_start, orig_end, orig_start
        return orig_start, orig_end, original_span(word_start, word_start + 1)[0]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised span ``[start, end)`` (non-empty)."""
        return self._offsets.original_span(start, end)
