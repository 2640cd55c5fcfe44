"""Arabic text core: normalisation for matching, tokens with offsets, sentences, proclitics.

Normalisation is for *keys* only: it never changes what a record reports. Every token and
sentence carries Python string offsets into the original text (end exclusive).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Tashkeel (harakat, tanween, shadda, sukun, maddah/hamza marks), superscript alef, Quranic marks.
_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"
_DIACRITICS_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}]")
_CHAR_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian keheh
        "ي": "ي",
    }
)
# Zero-width and bidi controls carry no letters; they must not split or key words differently.
_INVISIBLE_RE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def normalize(text: str) -> str:
    """Matching key of ``text``: NFKC, no diacritics/tatweel, unified alef/yeh/teh marbuta.

    Idempotent: ``normalize(normalize(s)) == normalize(s)``.
    """
    previous = None
    # NFKC can expose new diacritics (presentation forms) so iterate to a fixed point;
    # in practice this runs once or twice.
    while previous != text:
        previous = text
        text = unicodedata.normalize("NFKC", text)
        text = _INVISIBLE_RE.sub("", text)
        text = _DIACRITICS_RE.sub("", text)
        text = text.translate(_CHAR_MAP)
    return text


def strip_diacritics(text: str) -> str:
    """``text`` without tashkeel, superscript alef and tatweel (letters left as written)."""
    return _DIACRITICS_RE.sub("", text)


# --------------------------------------------------------------------------- tokens

_WORD_CHARS = rf"\w{_DIACRITICS}{_TATWEEL}\u200c\u200d"
# Numbers keep their inner separators: 3.5, 2020/10/9, 1,000, 12:30, ٣٫٥
_NUMBER = r"\d+(?:[.,/:٫٬\-]\d+)+"
_TOKEN_RE = re.compile(rf"{_NUMBER}(?![{_WORD_CHARS}])|[{_WORD_CHARS}]+|\S")


@dataclass(frozen=True, slots=True)
class Token:
    """A token: surface text with its offsets in the document (end exclusive)."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words, numbers and single punctuation marks, with offsets.

    Clitics stay on their word (وباشينيان is one token), punctuation including ، ؛ ؟ « » “ ”
    is split off, numbers such as 3.5 and 2020/10/9 stay whole.
    """
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        surface = match.group()
        if _INVISIBLE_RE.fullmatch(surface):
            continue
        tokens.append(Token(match.start(), match.end(), surface))
    return tokens


# --------------------------------------------------------------------------- sentences

SENTENCE_END = frozenset(".!?؟…")
_CLOSERS = frozenset("»”\"’')]}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a range of tokens ``[first, last)`` and character offsets."""

    start: int
    end: int
    first_token: int
    last_token: int


def split_sentences(text: str, tokens: list[Token]) -> list[Sentence]:
    """Group ``tokens`` into sentences at . ! ? ؟ … and at newlines.

    A run of terminal marks ends one sentence, and closing quotes or brackets right after it
    stay with that sentence. Numbers are single tokens, so 3.5 never splits.
    """
    sentences: list[Sentence] = []
    begin = 0
    n = len(tokens)
    i = 0
    while i < n:
        token = tokens[i]
        boundary_after = False
        if token.text in SENTENCE_END and not _inside_a_word(text, tokens, i):
            while i + 1 < n and tokens[i + 1].text in SENTENCE_END:
                i += 1
            while (
                i + 1 < n
                and tokens[i + 1].text in _CLOSERS
                and "\n" not in text[tokens[i].end : tokens[i + 1].start]
            ):
                i += 1
            boundary_after = True
        elif i + 1 < n and "\n" in text[token.end : tokens[i + 1].start]:
            boundary_after = True
        if boundary_after or i == n - 1:
            sentences.append(Sentence(tokens[begin].start, tokens[i].end, begin, i + 1))
            begin = i + 1
        i += 1
    return sentences


def _inside_a_word(text: str, tokens: list[Token], i: int) -> bool:
    """A period glued to letters on both sides that is no missing space between sentences:
    web addresses and abbreviations (العربية.نت، gov.sa، أ.ف.ب). A full Arabic word after it
    ("إيران.وقالت") still starts a new sentence."""
    if tokens[i].text != "." or i == 0 or i + 1 == len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if before.end != tokens[i].start or after.start != tokens[i].end:
        return False
    if not (before.text[-1:].isalnum() and after.text[:1].isalpha()):
        return False
    return after.text[:1].isascii() or len(after.text) <= 3


# --------------------------------------------------------------------------- clitics

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ك", "ل")
_MIN_STEM = 2


@lru_cache(maxsize=50_000)
def proclitic_splits(word: str) -> tuple[tuple[str, str], ...]:
    """Possible (prefix, stem) readings of a normalised ``word``, the bare word first.

    Strips و/ف, then ب/ك/ل, then ال, stacked (وبال، فلل = ف + ل + ال). The stem must keep at
    least two letters, and ال is only stripped when three remain, so short words such as
    وله or بال are never reduced to one letter.
    """
    readings = [("", word)]
    seen = {word}

    def add(prefix: str, stem: str, minimum: int = _MIN_STEM) -> None:
        if len(stem) >= minimum and stem not in seen:
            seen.add(stem)
            readings.append((prefix, stem))

    conj_options = [("", word)]
    if word[:1] in _CONJUNCTIONS:
        conj_options.append((word[0], word[1:]))
    for conj, rest in conj_options:
        add(conj, rest)
        prep_options = [(conj, rest)]
        if rest[:1] in _PREPOSITIONS:
            prep_options.append((conj + rest[0], rest[1:]))
            if rest[0] == "ل" and rest[1:2] == "ل":
                # لل = ل + ال with the alef elided: للرئيس → الرئيس / رئيس
                add(conj + "ل", "ا" + rest[1:], _MIN_STEM + 2)
                add(conj + "لل", rest[2:], _MIN_STEM + 1)
        for prefix, stem in prep_options:
            add(prefix, stem)
            if stem.startswith("ال"):
                add(prefix + "ال", stem[2:], _MIN_STEM + 1)
    return tuple(readings)


def strip_proclitics(word: str) -> str:
    """The stem of a normalised ``word`` when its clitics are unambiguous, else the word.

    Only prefixes that end in the article are unambiguous (وال، بال، فلل، لل …): a bare و or ب
    may just as well be the name's first letter (وزير، بوتين). Matching against a lexicon
    should try every reading of :func:`proclitic_splits` instead.
    """
    best = word
    for prefix, stem in proclitic_splits(word):
        if prefix.endswith(("ال", "لل")) and len(stem) < len(best):
            best = stem
    return best


# --------------------------------------------------------------------------- skeleton keys

_LONG_VOWELS = str.maketrans("", "", "اويى")
_CONSONANT_CLASSES = str.maketrans(
    {
        "غ": "ج",
        "ق": "ج",
        "ك": "ج",
        "گ": "ج",
        "ڤ": "ف",
        "پ": "ب",
        "چ": "ج",
        "ث": "س",
        "ذ": "ز",
        "ظ": "ز",
        "ض": "د",
        "ط": "ت",
        "ص": "س",
        "ء": "",
        "ؤ": "",
        "ئ": "",
        "ه": "ه",
    }
)


def skeleton(normalized: str) -> str:
    """Transliteration-tolerant key of a normalised name: no long vowels or hamza carriers,
    g/j/k/q, v/f and p/b folded, spaces kept. باشينيان and باشنيان share ``بشنن``.
    """
    words = []
    for word in normalized.split():
        head, tail = word[:1], word[1:]
        key = (head + tail.translate(_LONG_VOWELS)).translate(_CONSONANT_CLASSES)
        words.append(key or word)
    return " ".join(words)
