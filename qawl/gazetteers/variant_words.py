"""Finding the words of a document that may be spelling variants of given name words.

A variant of a word shares its skeleton (:func:`qawl.arabic.skeleton`). Computing the
skeleton of every word of every document costs more than the whole scan, so a regex built
from the target skeletons picks out, in one C-level pass, the words that can have such a
skeleton under some proclitic reading. The regex accepts every such word and a few others;
the caller checks each word found exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from qawl.arabic import skeleton, unify_letters

if TYPE_CHECKING:
    from qawl.gazetteers.view import NormalizedText

# A stem's skeleton keeps its first letter (folded) and drops long vowels after it; hamza
# carriers are dropped everywhere. Probing ``skeleton`` letter by letter keeps this in step
# with it: every letter it changes is in the Arabic block.
_ARABIC = [chr(c) for c in range(0x0600, 0x0700) if chr(c).isalpha()]
_AS_TAIL = {c: skeleton("ب" + c)[1:] for c in _ARABIC}  # "" when dropped after the first letter
_AS_HEAD = {c: skeleton(c + "ب")[:-1] for c in _ARABIC}  # "" when dropped as the first letter
_SILENT = "".join(sorted(c for c, key in _AS_TAIL.items() if key == ""))
# The proclitic readings of qawl.gazetteers.text.clitic_readings: و ف, then ب ل.
_FIRST_PROCLITIC, _SECOND_PROCLITIC = "وف", "بل"
_PREFIX = f"[{_FIRST_PROCLITIC}]?[{_SECOND_PROCLITIC}]?"


@cache
def _letters(key: str) -> str:
    """Letters that stand for skeleton letter ``key``, first or later in a stem."""
    return "".join(sorted({key} | {c for c in _ARABIC if key in (_AS_TAIL[c], _AS_HEAD[c]) and key != ""}))


# Letters normalisation unifies (أ إ آ ٱ → ا, ى → ي …): a view's text never holds them.
_UNIFIED = frozenset(c for c in _ARABIC if unify_letters(c) != c)


@cache
def _class(letters: str) -> str:
    """A regex class of ``letters``, with the unified letters that lie between two of them
    in code point order (أ between ء and ؤ): over a view's text it matches the same words,
    in fewer ranges. re compiles a class of one or two ranges as ranges, and one of more as a
    bitmap of 256-character blocks, at several times the cost; ء ؤ ئ ا و ى ي, in every
    variant finder once a letter, become two ranges (ء-ا، و-ي)."""
    if not letters:
        return "(?!)"
    codes = sorted(map(ord, set(letters)))
    runs = [[codes[0], codes[0]]]
    for code in codes[1:]:
        if all(chr(between) in _UNIFIED for between in range(runs[-1][1] + 1, code)):
            runs[-1][1] = code
        else:
            runs.append([code, code])
    ranges = (re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return "[" + "".join(ranges) + "]"


def _stem_pattern(key: str) -> str:
    """A regex for every stem whose skeleton is ``key`` (one word of a skeleton)."""
    silent = _class(_SILENT) + "*"
    parts = [silent]
    for position, letter in enumerate(key):
        letters = _class(_letters(letter))
        # ل + ال elide to لل: the stem's alef is not written (للأمم → الأمم).
        optional = "?" if position == 0 and letter == "ا" else ""
        parts.append(letters + optional + silent)
    return "".join(parts)


@lru_cache(maxsize=4096)
def variant_word_finder(key: str) -> re.Pattern:
    """A regex over a view's padded ``spaced`` text (a space before and after each word)
    that matches a space and then each word that may have the skeleton ``key`` under some
    proclitic reading (a superset: callers check the words it finds).

    One regex per key, kept: the same names recur across documents, their combinations
    much less.
    """
    return re.compile(f" {_PREFIX}{_stem_pattern(key)}(?= )")


def variant_words(view: NormalizedText, keys: Iterable[str]) -> dict[str, list[int]]:
    """The words of ``view`` that may have one of the skeletons ``keys`` under some proclitic
    reading, with their offsets (a superset: callers check each word); one regex pass per key
    (:func:`variant_word_finder`). A word two keys' regexes take has its offsets twice.

    A long text (:data:`_LONG_TEXT`) repeats its words: each regex reads its distinct words
    only, in the order they first occur, and the words found are placed in one pass."""
    keys = list(keys)
    if len(view.padded) >= _LONG_TEXT and len(keys) > 1:
        return _variant_words_of_distinct(view, keys)
    places: dict[str, list[int]] = {}
    padded = view.padded
    for key in keys:
        for match in variant_word_finder(key).finditer(padded):
            places.setdefault(match.group()[1:], []).append(match.start())
    return places


# Characters of a padded text from which :func:`variant_words` reads distinct words. Over the
# corpus's articles of 4,000 to 20,000 characters both ways cost the same (a word occurs 1.6-1.8
# times); a 1.1M-character article, where it occurs 5.5 times, is read three times faster.
_LONG_TEXT = 20_000


def _variant_words_of_distinct(view: NormalizedText, keys: list[str]) -> dict[str, list[int]]:
    """:func:`variant_words`, each key's regex reading every distinct word once."""
    distinct = f" {' '.join(dict.fromkeys(view.words))} "
    found = [[match.group()[1:] for match in variant_word_finder(key).finditer(distinct)] for key in keys]
    offsets: dict[str, list[int]] = {}
    for offset, word in view.occurrences(list(dict.fromkeys(word for words in found for word in words))):
        offsets.setdefault(word, []).append(offset)
    places: dict[str, list[int]] = {}
    for words in found:
        for word in words:
            places.setdefault(word, []).extend(offsets[word])
    return places
