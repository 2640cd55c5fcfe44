"""Matching keys for names and a normalised view of a document that maps back to offsets.

A name's key is the tuple of its normalised words (see :func:`qawl.arabic.normalize`);
punctuation between words does not count, so إسكالديس-إنجورداني and إسكالديس إنجورداني share
a key. A document is normalised once with ``str.translate`` (C speed); only texts holding
characters whose normalisation needs context (combining hamza, presentation forms) take a
slower character-by-character path.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from qawl.arabic import normalize

# Words are runs of letters and digits; "_" separates them, as in hashtags (#كوريا_الجنوبية).
WORD_RE = re.compile(r"[^\W_]+")
SPLIT_RE = re.compile(r"([^\W_]+)")
# What may separate two words of one name in running text: spaces, or a hyphen or
# underscore, and a hashtag mark before the word (قطاع #غزة); never a comma or a newline.
GAP_RE = re.compile(r"[ \t\u00a0]*(?:[-\u2010\u2011\u2013_][ \t\u00a0]*)?#?")

_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
# Marks that belong to the word they follow: a span ending on a letter also covers them.
_TRAILING_MARK_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}\u200c\u200d]+")
_DELETE_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}{_INVISIBLE}]")
# Characters NFKC changes in ways a plain table cannot (composition with hamza/maddah,
# presentation forms, compatibility letters, full-width forms).
_SLOW_RE = re.compile("[\u0653-\u0655\u0675-\u0678\ufb50-\ufdff\ufe70-\ufefe\uff00-\uffef]")

# One-to-one letter unifications of qawl.arabic.normalize; str.replace runs at C speed,
# where str.translate with a dict table costs a dictionary lookup per character.
_REPLACEMENTS = (
    ("أ", "ا"),
    ("إ", "ا"),
    ("آ", "ا"),
    ("ٱ", "ا"),
    ("ى", "ي"),
    ("ة", "ه"),
    ("ی", "ي"),
    ("ک", "ك"),
)


def _unify(text: str) -> str:
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


def fast_normalize(text: str) -> str:
    """Same result as :func:`qawl.arabic.normalize`, faster on text without characters that
    need NFKC (the common case); those go through ``normalize`` itself."""
    if _SLOW_RE.search(text):
        return normalize(text)
    return _unify(_DELETE_RE.sub("", text))


@lru_cache(maxsize=20_000)
def name_key(name: str) -> tuple[str, ...]:
    """The matching key of a gazetteer name or mention: its normalised words."""
    return tuple(WORD_RE.findall(fast_normalize(name)))


class NormalizedText:
    """A document's normalised text and the way back to offsets in the original."""

    __slots__ = ("_cluster_end", "_cluster_norm_start", "_cluster_start", "_parts", "_shift", "norm", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._parts: list[str] | None = None
        self._shift: list[int] | None = None
        self._cluster_norm_start: list[int] | None = None
        if _SLOW_RE.search(text):
            self._slow(text)
            return
        deleted = [m.start() for m in _DELETE_RE.finditer(text)]
        if deleted:
            # Deletion j sits just before the kept character at norm index  D[j] - j.
            self._shift = [position - j for j, position in enumerate(deleted)]
            text = _DELETE_RE.sub("", text)
        self.norm = _unify(text)

    def _slow(self, text: str) -> None:
        """Normalise cluster by cluster (a base character with its combining marks)."""
        starts: list[int] = []
        ends: list[int] = []
        norm_starts: list[int] = []
        pieces: list[str] = []
        length = 0
        for match in re.finditer(f".[{_DIACRITICS}\u0653-\u0655]*", text, re.S):
            piece = normalize(match.group())
            if not piece:
                continue
            starts.append(match.start())
            ends.append(match.end())
            norm_starts.append(length)
            pieces.append(piece)
            length += len(piece)
        self.norm = "".join(pieces)
        self._cluster_start, self._cluster_end, self._cluster_norm_start = starts, ends, norm_starts

    @property
    def parts(self) -> list[str]:
        """The normalised text split into gaps and words: ``parts[2i]`` precedes word ``parts[2i+1]``."""
        if self._parts is None:
            self._parts = SPLIT_RE.split(self.norm)
        return self._parts

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
        mark = _TRAILING_MARK_RE.match(self.text, orig_end)
        if mark:
            orig_end = mark.end()
        return orig_start, orig_end


# --------------------------------------------------------------------------- proclitics

# Proclitics read off a name: و (and), ب (in/with), ل (for) and their pairs. ف and ك attach
# to names so rarely that reading them costs more than it finds (فرانس = ف + رانس, Reims).
_NAME_PREFIXES = ("", "و", "ب", "ل", "وب", "ول")
_ELIDED_PREFIXES = ("ل", "ول")  # ل + ال → لل: the alef of ال is not written (للأمم)
# A stem left after a proclitic keeps at least this many letters (برس is not ب + رس).
MIN_CLITIC_STEM = 3


@lru_cache(maxsize=20_000)
def clitic_readings(word: str) -> tuple[tuple[int, str], ...]:
    """Readings ``(surface prefix length, stem)`` of a normalised word, the bare word first.

    A subset of the guarded readings of :func:`qawl.arabic.proclitic_splits`: the article
    ال is never stripped from a stem, so a name listed without ال does not match a word that
    has it (المالي is not مالي); only و ب ل and وب ول are read off; stems keep three letters.
    When ل + ال elide to لل the stem gets its ال back and the prefix length is 0, so the
    span keeps the whole word (للأمم المتحدة).
    """
    from qawl.arabic import proclitic_splits

    readings: list[tuple[int, str]] = []
    for prefix, stem in proclitic_splits(word):
        if prefix and (prefix.endswith(("ال", "لل")) or len(stem) < MIN_CLITIC_STEM):
            continue
        if prefix not in _NAME_PREFIXES:
            continue
        elided = len(prefix) + len(stem) != len(word)
        if elided and prefix not in _ELIDED_PREFIXES:
            continue
        readings.append((0 if elided else len(prefix), stem))
    return tuple(readings)


def clitic_forms(stem: str) -> list[str]:
    """The words :func:`clitic_readings` reads as ``stem`` (``stem`` itself first)."""
    if len(stem) < MIN_CLITIC_STEM:
        return [stem]
    forms = [prefix + stem for prefix in _NAME_PREFIXES]
    if stem.startswith("ال") and len(stem) >= 4:
        forms += [prefix + stem[1:] for prefix in _ELIDED_PREFIXES]
    return forms


def expand_clitic_forms(stems: Iterable[str]) -> set[str]:
    """:func:`clitic_forms` of every stem, built prefix by prefix (C-level loops: an index of
    100k names builds this set for every first word)."""
    stems = list(stems)
    long = [stem for stem in stems if len(stem) >= MIN_CLITIC_STEM]
    forms = set(stems)
    for prefix in _NAME_PREFIXES[1:]:
        forms.update([prefix + stem for stem in long])
    definite = [stem[1:] for stem in long if stem.startswith("ال") and len(stem) >= 4]
    for prefix in _ELIDED_PREFIXES:
        forms.update([prefix + rest for rest in definite])
    return forms


def normalize_many(texts: list[str]) -> list[str]:
    """:func:`fast_normalize` of each text, normalising them joined in one pass."""
    if not texts:
        return []
    joined = "\n".join(texts)
    if joined.count("\n") != len(texts) - 1 or _SLOW_RE.search(joined):
        return [fast_normalize(text) for text in texts]
    return fast_normalize(joined).split("\n")
