"""A one-byte code for the characters of Arabic news text, so a document can be scanned with
``bytes`` operations that run in C.

``str.translate`` looks every non-ASCII character up in a dict, and a regex over Unicode
words costs as much as the scan it feeds. Encoded with this code (one byte per character, so
offsets do not move), a document is normalised and split into words by ``bytes.translate``
and ``bytes.split``, which cost a few nanoseconds per character.

The code holds ASCII (as itself, so byte patterns and ``bytes.split`` work unchanged), the
Arabic letters, digits and punctuation, the tashkeel, tatweel and invisible marks the
normalisation deletes, and the punctuation and Latin letters news text uses. A text with any
other character has no encoding (:func:`encode` returns None) and is matched as ``str``.
"""

from __future__ import annotations

import codecs
import re

from qawl.gazetteers import speedups
from qawl.gazetteers.text import (
    DELETE_RE,
    NOT_SINGLE_SPACE_PATTERN,
    SLOW_RE,
    TRAILING_MARK_RE,
    WORD_RE,
    unify,
)

_ARABIC = (
    "،؛؟"
    + "".join(map(chr, range(0x0620, 0x064B)))  # letters and tatweel
    + "".join(map(chr, range(0x064B, 0x0653)))  # tashkeel (deleted)
    + "".join(map(chr, range(0x0660, 0x066E)))  # Arabic-Indic digits, ٪ ٫ ٬ ٭
    + "\u0670\u0671"  # superscript alef (deleted), alef wasla
    + "پچژڤکگھی"
)
_INVISIBLE = "".join(
    map(chr, [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0xFEFF])
)
_PUNCTUATION = "\u00a0«»“”‘’\u2010\u2011–—…•°±®×"
_LATIN = "àâçéèêîïôöùûüáíóú"

# Position = byte value. ASCII first and in order: byte patterns, ``bytes.split`` and
# ``bytes.strip`` then read ASCII bytes as themselves.
ALPHABET = "".join(map(chr, range(128))) + _ARABIC + _INVISIBLE + _PUNCTUATION + _LATIN
if len(ALPHABET) > 256 or len(set(ALPHABET)) != len(ALPHABET) or SLOW_RE.search(ALPHABET):
    raise AssertionError("the byte alphabet must be 256 distinct characters that need no NFKC")
_DECODING = ALPHABET + "\ufffe" * (256 - len(ALPHABET))  # U+FFFE: no character
# The fast C encoder needs byte 0 to be U+0000 and every character in the BMP (both hold).
_ENCODING = codecs.charmap_build(_DECODING)
# The same as a flat table for the compiled encoder: the byte of each BMP character, 0 for
# those without one (U+0000 alone is written as 0).
_TABLE = bytearray(65536)
for _byte, _char in enumerate(ALPHABET):
    _TABLE[ord(_char)] = _byte
_TABLE = bytes(_TABLE)

SPACE = 0x20
# Normalisation (qawl.arabic.normalize on text that needs no NFKC): delete marks, unify letters.
DELETE = bytes(i for i, c in enumerate(ALPHABET) if DELETE_RE.match(c))
NORMALIZE = bytes(_DECODING.index(unify(c)) if c in ALPHABET else i for i, c in enumerate(_DECODING))
# Words are what WORD_RE matches (letters and digits, not "_"); every other byte becomes a space.
SPACED = bytes(i if WORD_RE.fullmatch(c) else SPACE for i, c in enumerate(_DECODING))
# Every deleted byte as one marker (byte 0 stands for all others), so ``bytes.find`` can
# locate deletions: it runs at memchr speed where a regex class tests each byte.
MARK_DELETED = bytes(1 if i in DELETE else 0 for i in range(256))
DELETED = 1
# Marks that belong to the letter before them (TRAILING_MARK_RE): 1, other bytes 0.
MARK_TRAILING = bytes(1 if TRAILING_MARK_RE.fullmatch(c) else 0 for c in _DECODING)
if any(MARK_TRAILING[i] and not MARK_DELETED[i] for i in range(256)):
    raise AssertionError("the offset maps extend spans over trailing marks that normalisation deletes")
# The bytes that make a gap between two words of a name more than one space (so does a
# second space): what NOT_SINGLE_SPACE_PATTERN matches one character at a time.
_NOT_SINGLE_SPACE_RE = re.compile(NOT_SINGLE_SPACE_PATTERN)
BREAKS = bytes(1 if _NOT_SINGLE_SPACE_RE.fullmatch(c) else 0 for c in _DECODING)
if _NOT_SINGLE_SPACE_RE.fullmatch("  ") is None or _NOT_SINGLE_SPACE_RE.fullmatch(" "):
    raise AssertionError("the compiled phrase reader takes two spaces, not one, for a break")
# What the compiled ``prepare`` needs to normalise a text in this code (qawl.gazetteers.view).
PREPARE_TABLES = (_TABLE, NORMALIZE, MARK_DELETED, SPACED, MARK_TRAILING)


def encode(text: str) -> bytes | None:
    """``text`` in the one-byte code, or None when a character is outside the alphabet."""
    if speedups.encode is not None:
        return speedups.encode(text, _TABLE)
    try:
        return codecs.charmap_encode(text, "strict", _ENCODING)[0]
    except UnicodeEncodeError:
        return None


def decode(data: bytes) -> str:
    """The text of encoded ``data``."""
    return codecs.charmap_decode(data, "strict", _DECODING)[0]


def byte_pattern(pattern: str) -> bytes:
    """A ``str`` regex written with characters of the alphabet, as a ``bytes`` regex."""
    encoded = encode(pattern)
    if encoded is None:
        raise ValueError(f"pattern has characters outside the byte alphabet: {pattern!r}")
    return encoded
