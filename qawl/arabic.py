"""Arabic text core: normalisation for matching (with the way back to original offsets),
tokens with offsets, sentences, proclitics, skeleton keys.

Normalisation is for *keys* only: it never changes what a record reports. Every token and
sentence carries Python string offsets into the original text (end exclusive).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from functools import lru_cache, partial
from itertools import accumulate, compress, count, repeat, starmap
from operator import add, itemgetter, sub
from typing import NamedTuple

# Tashkeel (harakat, tanween, shadda, sukun, maddah/hamza marks), superscript alef, Quranic marks.
_DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
_TATWEEL = "\u0640"
# The doubling mark: written, it tells a second-form verb (عبّر، بيّن) from a word of the same letters.
SHADDA = "\u0651"
# Tanween fatha, the indefinite accusative, written on the alif or on the letter before it: "مرشحاً"، "مرشحًا".
FATHATAN = "\u064b"
# Zero-width and bidi controls carry no letters; they must not split or key words differently.
_INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff"
_DIACRITICS_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}]")
# Everything normalisation deletes.
_DELETED_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}{_INVISIBLE}]")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# The same characters one by one (a test checks it): fifteen searches for one character
# (memchr) read a text in a third of what one pass of the class costs.
_INVISIBLE_CHARS = (
    *map(chr, range(0x200B, 0x2010)),
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
    "\ufeff",
)
# Letters unified: hamza seats and wasla to bare alef, alef maqsura and Persian yeh to yeh, teh
# marbuta to heh, Persian keheh to kaf.
_LETTERS = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ة": "ه",
    "ی": "ي",
    "ک": "ك",
}
# Characters whose normal form only NFKC gives (composition with hamza or maddah, presentation
# forms, compatibility letters, full-width forms). Text without them normalises by deleting
# marks and unifying letters alone.
_NEEDS_NFKC_RE = re.compile("[\u0653-\u0655\u0675-\u0678\ufb50-\ufdff\ufe70-\ufefe\uff00-\uffef]")
# What normalisation deletes and what only NFKC normalises, in one class: one pass over a
# text finds both (:func:`normalize_with_offsets`).
_DELETED_OR_NFKC_RE = re.compile(
    f"[{_DIACRITICS}{_TATWEEL}{_INVISIBLE}\u0653-\u0655\u0675-\u0678\ufb50-\ufdff\ufe70-\ufefe\uff00-\uffef]"
)


def unify_letters(text: str) -> str:
    """``text`` with the letters normalisation unifies unified (أ إ آ ٱ → ا, ى ی → ي, ة → ه, ک → ك)."""
    # str.replace runs at C speed, where str.translate with a dict table looks every
    # character up in Python's dict; chained, with no loop or test around it (a replace that
    # finds nothing hands back the same string), it is a few C calls. No target is a letter
    # replaced, so the order does not matter. The same pairs as _LETTERS (a test checks it).
    return (
        text.replace("أ", "ا")
        .replace("إ", "ا")
        .replace("آ", "ا")
        .replace("ٱ", "ا")
        .replace("ى", "ي")
        .replace("ة", "ه")
        .replace("ی", "ي")
        .replace("ک", "ك")
    )


# Text of these characters alone is its own key: letters NFKC leaves as they are and that
# normalisation neither deletes nor unifies (all Arabic letters but آ أ إ ة ى), digits, Latin.
_KEY_AS_WRITTEN_RE = re.compile("[\u0621\u0624\u0626-\u0628\u062a-\u063a\u0641-\u0648\u064a0-9A-Za-z]*")


# Text of these characters alone normalises by deleting marks and unifying letters: Arabic
# letters (those with a hamza or maddah are already composed), the marks U+064B-U+0652 and
# superscript alef (which compose with no letter: U+0653-U+0655 do, and are left out), tatweel,
# digits, printable ASCII with tab and line breaks (a name of several words, a phrase) and the
# punctuation of Arabic text (، ؛ ؟ « » “ ” ‘ ’ – —). NFKC leaves all of them as they are, but
# for the order of marks, which are deleted anyway, and composes none of them with a mark
# (a space and a mark stay two characters: NFKC never recomposes a compatibility form such as
# U+FE70). Left out: the no-break space and the ellipsis, which NFKC changes.
_UNIFIED_ONLY_RE = re.compile(
    "[\u0621-\u063a\u0640-\u0652\u0670\u0660-\u0669\t\n\r -~\u060c\u061b\u061f"
    "\u00ab\u00bb\u201c\u201d\u2018\u2019\u2013\u2014]*"
)


def normalize(text: str) -> str:
    """Matching key of ``text``: NFKC, no diacritics/tatweel, unified alef/yeh/teh marbuta.

    Idempotent: ``normalize(normalize(s)) == normalize(s)``.
    """
    if _KEY_AS_WRITTEN_RE.fullmatch(text):
        return text
    if _UNIFIED_ONLY_RE.fullmatch(text):
        # The loop below would reach the same key in two rounds.
        return unify_letters(_DELETED_RE.sub("", text))
    return _normalize_to_fixed_point(text)


# Joins the texts :func:`normalize_all` normalises in one call.
_JOIN = "\n"


def normalize_all(texts: list[str]) -> list[str]:
    """``[normalize(t) for t in texts]``, most of them in one call.

    Texts of :data:`_UNIFIED_ONLY_RE`'s characters alone normalise by deleting marks and
    unifying letters, steps that act on single characters or runs of marks; a line break is
    neither, and neither step makes or deletes one, so such texts are joined by line breaks,
    normalised together and split again. The few others (with a character only NFKC changes)
    are normalised one by one, and all of them where a text holds a line break itself.
    """
    if not texts:
        return []
    joined = _JOIN.join(texts)
    if _UNIFIED_ONLY_RE.fullmatch(joined):
        keys = unify_letters(_DELETED_RE.sub("", joined)).split(_JOIN)
        if len(keys) == len(texts):
            return keys
        return list(map(normalize, texts))  # a text held a line break
    matched = list(map(_UNIFIED_ONLY_RE.fullmatch, texts))
    quick = iter(normalize_all(list(compress(texts, matched))))
    return [next(quick) if found else normalize(text) for text, found in zip(texts, matched, strict=True)]


def _normalize_to_fixed_point(text: str) -> str:
    """The key by NFKC and the letter table alone, the path every fast path must agree with."""
    previous = None
    # NFKC can expose new diacritics (presentation forms) so iterate to a fixed point;
    # in practice this runs once or twice.
    while previous != text:
        previous = text
        text = unicodedata.normalize("NFKC", text)
        text = unify_letters(_DELETED_RE.sub("", text))
    return text


def strip_diacritics(text: str) -> str:
    """``text`` without tashkeel, superscript alef and tatweel (letters left as written)."""
    return _DIACRITICS_RE.sub("", text)


# --------------------------------------------------------------------------- offsets

# Marks written on the letter before them: a span that ends on a letter also covers them.
_TRAILING_MARKS_RE = re.compile(f"[{_DIACRITICS}{_TATWEEL}\u200c\u200d]+")
_TRAILING_MARKS = frozenset(
    c for c in map(chr, [*range(0x0600, 0x0700), 0x200C, 0x200D]) if _TRAILING_MARKS_RE.match(c)
)
# A character with the marks that follow it (NFKC composes hamza and maddah with their letter).
_CLUSTER_RE = re.compile(f".[{_DIACRITICS}]*", re.S)


class OffsetMap:
    """The way back from spans of a normalised text to spans of the text it was made from;
    this one, where nothing moved, maps each span to itself."""

    __slots__ = ()

    exact = True  # offsets in the normalised text are offsets in the original

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of the normalised span ``[start, end)`` (non-empty)."""
        return start, end


_EXACT = OffsetMap()


class _Deletions(OffsetMap):
    """Characters were deleted; a span that ends on a letter also covers the marks on it."""

    __slots__ = ("_shift", "_text")
    exact = False

    def __init__(self, text: str, deleted_at: list[int]) -> None:
        self._text = text
        # Deletion j sits just before the kept character at normalised index
        # deleted_at[j] - j, which is the length of the text kept before it.
        self._shift = [position - j for j, position in enumerate(deleted_at)]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        orig_start = start + bisect_right(self._shift, start)
        orig_end = end + bisect_right(self._shift, end - 1)
        text = self._text
        if orig_end < len(text) and text[orig_end] in _TRAILING_MARKS:
            orig_end = _TRAILING_MARKS_RE.match(text, orig_end).end()  # type: ignore[union-attr]
        return orig_start, orig_end


class _Clusters(OffsetMap):
    """Normalised cluster by cluster: a span maps to the clusters its characters came from
    (a cluster that normalises to nothing, such as a tatweel, belongs to no span)."""

    __slots__ = ("_ends", "_normal_starts", "_starts")
    exact = False

    def __init__(self, starts: list[int], ends: list[int], normal_starts: list[int]) -> None:
        self._starts, self._ends, self._normal_starts = starts, ends, normal_starts

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        first = bisect_right(self._normal_starts, start) - 1
        last = bisect_right(self._normal_starts, end - 1) - 1
        return self._starts[first], self._ends[last]


# The same few hundred clusters (a letter and its marks) make up most texts that need NFKC,
# so their normal forms are kept.
_normalize_cluster = lru_cache(maxsize=8192)(normalize)


def normalize_with_offsets(text: str) -> tuple[str, OffsetMap]:
    """The matching key of running ``text`` and the way back to offsets in ``text``.

    Text with a character only NFKC normalises (:data:`_NEEDS_NFKC_RE`) is normalised one
    cluster (a character and its marks) at a time, as :func:`normalize` does; other text
    only loses its marks and has its letters unified, so characters that NFKC would also
    change but that carry no Arabic letter (…, no-break space) stay as written, and
    offsets move only where marks were.
    """
    # One pass splits the text at each character deleted or needing NFKC (one character
    # each, so the one after piece j stands at the length of pieces 0..j, plus j; the sum
    # over all pieces is no place). Most texts hold a few marks, many none.
    pieces = _DELETED_OR_NFKC_RE.split(text)
    if len(pieces) == 1:
        return unify_letters(text), _EXACT
    found_at = list(map(add, accumulate(map(len, pieces)), count()))
    found_at.pop()
    if _NEEDS_NFKC_RE.search("".join(map(text.__getitem__, found_at))):
        return _normalize_clusters(text)
    return unify_letters("".join(pieces)), _Deletions(text, found_at)


def _normalize_clusters(text: str) -> tuple[str, OffsetMap]:
    """:func:`normalize_with_offsets` of text that needs NFKC: cluster by cluster."""
    starts: list[int] = []
    ends: list[int] = []
    normal_starts: list[int] = []
    pieces: list[str] = []
    length = end = 0
    # The clusters tile the text ("." takes any character), so each ends where the next starts.
    clusters = _CLUSTER_RE.findall(text)
    for cluster, piece in zip(clusters, map(_normalize_cluster, clusters), strict=True):
        start, end = end, end + len(cluster)
        if not piece:
            continue
        starts.append(start)
        ends.append(end)
        normal_starts.append(length)
        pieces.append(piece)
        length += len(piece)
    return "".join(pieces), _Clusters(starts, ends, normal_starts)


# --------------------------------------------------------------------------- tokens

_WORD_CHARS = rf"\w{_DIACRITICS}{_TATWEEL}\u200c\u200d"
# Numbers keep their inner separators: 3.5, 2020/10/9, 1,000, 12:30, ٣٫٥
_NUMBER = r"\d+(?:[.,/:٫٬\-]\d+)+"
# The Arabic letters, \w already, stand first in the class: the matcher finds them in its table
# of ranges without asking their Unicode category.
_WORD_CHARS_FIRST = rf"\u0621-\u064a{_WORD_CHARS}"
_TOKEN_RE = re.compile(rf"{_NUMBER}(?![{_WORD_CHARS_FIRST}])|[{_WORD_CHARS_FIRST}]+|\S")


class Token(NamedTuple):
    """A token: surface text with its offsets in the document (end exclusive).

    A named tuple, not a dataclass: documents hold one per word, and a tuple is built at C
    speed (:func:`tokenize` makes a whole document's tokens without a Python call each).
    """

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "_"


_TOKEN_START = itemgetter(0)  # Token.start
_TOKEN_TEXT = itemgetter(2)  # Token.text


# A token with the whitespace before it: the whitespace is all that lies between two tokens
# (``\S`` takes any other character), so the lengths of the matches, summed in order, give every
# token's end, and a match without its leading whitespace is the token.
_SPACED_TOKEN_RE = re.compile(rf"\s*(?:{_TOKEN_RE.pattern})")


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words, numbers and single punctuation marks, with offsets.

    Clitics stay on their word (وباشينيان is one token), punctuation including ، ؛ ؟ « » “ ”
    is split off, numbers such as 3.5 and 2020/10/9 stay whole.
    """
    return tokenize_columns(text)[0]


def tokenize_columns(text: str) -> tuple[list[Token], list[int], list[str]]:
    """:func:`tokenize`'s tokens, with each token's start and text as lists of their own.

    Tokenising makes the two columns anyway; a reader that needs them (the sentence splitter,
    the quote stage's view) takes them from here instead of reading every token again.
    """
    matches = _SPACED_TOKEN_RE.findall(text)
    if not matches:
        return [], [], []
    ends = list(accumulate(map(len, matches)))
    # str.lstrip() strips what \s matches (both are str.isspace), and no token starts with it.
    surfaces = list(map(str.lstrip, matches))
    starts = list(map(sub, ends, map(len, surfaces)))
    # tuple.__new__ called by starmap with the (Token, fields) pairs zip makes: starmap hands
    # it the pair as its argument tuple, where map (or a partial) builds one a token (the map
    # form costs 7% more here: 138 M against 128 M instructions over 100k tokens).
    pairs = zip(repeat(Token), zip(starts, ends, surfaces, strict=True))
    tokens = list(starmap(tuple.__new__, pairs))
    if any(map(text.__contains__, _INVISIBLE_CHARS)):
        # Zero-width and bidi controls standing alone are no tokens.
        tokens = [token for token in tokens if not _INVISIBLE_RE.fullmatch(token.text)]
        starts = list(map(_TOKEN_START, tokens))
        surfaces = list(map(_TOKEN_TEXT, tokens))
    return tokens, starts, surfaces


# --------------------------------------------------------------------------- sentences

SENTENCE_END = frozenset(".!?؟…")
_SENTENCE_END_CHARS = tuple(sorted(SENTENCE_END))
_CLOSERS = frozenset("»”\"’')]}")


class Sentence(NamedTuple):
    """A sentence as a range of tokens ``[first, last)`` and character offsets.

    A named tuple, as :class:`Token` is: built at C speed, a few dozen a document.
    """

    start: int
    end: int
    first_token: int
    last_token: int


_new_sentence = partial(tuple.__new__, Sentence)


def split_sentences(text: str, tokens: list[Token], starts: list[int] | None = None) -> list[Sentence]:
    """Group ``tokens`` into sentences at . ! ? ؟ … and at newlines.

    A run of terminal marks ends one sentence, and closing quotes or brackets right after it
    stay with that sentence. Numbers are single tokens, so 3.5 never splits. ``starts``, when
    given, is each token's start (:func:`tokenize_columns`).
    """
    n = len(tokens)
    if not n:
        return []
    # Only two kinds of token can end a sentence: a terminal mark, and the last token before
    # a line break (no token holds one). Both are found in the text with str.find, which skips
    # to the next one at C speed, and placed among the tokens by their offsets; the loop
    # visits them alone. A terminal mark is a token of its own unless a number holds it (3.5).
    if starts is None:
        starts = list(map(_TOKEN_START, tokens))
    candidates: set[int] = set()
    for mark in _SENTENCE_END_CHARS:
        at = text.find(mark)
        while at >= 0:
            k = bisect_left(starts, at)
            if k < n and starts[k] == at and tokens[k].text == mark:
                candidates.add(k)
            at = text.find(mark, at + 1)
    # The breaks of one run share their token before.
    at = text.find("\n")
    while at >= 0:
        before = bisect_right(starts, at) - 1
        if 0 <= before < n - 1:
            candidates.add(before)
        at = text.find("\n", at + 1)
    sentences: list[Sentence] = []
    begin = 0
    for i in sorted(candidates):
        if i < begin:
            continue  # taken into the run of marks that ended the sentence before
        if (
            tokens[i].text in SENTENCE_END
            and not _inside_a_word(text, tokens, i)
            and not after_a_title_abbreviation(text, tokens, i)
        ):
            while i + 1 < n and tokens[i + 1].text in SENTENCE_END:
                i += 1
            while (
                i + 1 < n
                and tokens[i + 1].text in _CLOSERS
                and "\n" not in text[tokens[i].end : tokens[i + 1].start]
            ):
                i += 1
        elif not (i + 1 < n and "\n" in text[tokens[i].end : tokens[i + 1].start]):
            continue
        sentences.append(_new_sentence((tokens[begin].start, tokens[i].end, begin, i + 1)))
        begin = i + 1
    if begin < n:
        sentences.append(_new_sentence((tokens[begin].start, tokens[n - 1].end, begin, n)))
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


# Letters that, alone and closed by a period, abbreviate a title before a name: د. (دكتور)
# as in "وقال د. سامي يوسف إن", and the أ of أ.د. (أستاذ دكتور), which only opens one with د.
# after it. A sentence ending in a one-letter word is rare; a name after such a title is common,
# and a break there cuts the speaker off from the verb of saying.
DOCTOR_LETTER = "د"
PROFESSOR_LETTER = "أ"
_TITLE_LETTER_TEXTS = frozenset({DOCTOR_LETTER, PROFESSOR_LETTER})


def closed_title_letter(tokens: list[Token], i: int, letter: str) -> bool:
    """Whether token i is ``letter`` alone, a period glued to it after and no word glued before."""
    if i + 1 >= len(tokens) or tokens[i].text != letter or tokens[i + 1].text != ".":
        return False
    if tokens[i].end != tokens[i + 1].start:
        return False
    # A token glued before a letter is one mark (a word there would hold the letter), so this
    # reads as "no letter or digit right before it" (str.isalnum and \w less _ hold the same).
    return i == 0 or tokens[i - 1].end < tokens[i].start or not tokens[i - 1].is_word


def title_abbreviation_end(text: str, tokens: list[Token], i: int) -> int | None:
    """The token after a title abbreviation that starts at token i ("د ." or "أ . د ."), where an
    Arabic word follows it on the same line: the name's first token. None where none starts.

    The one reader of the abbreviation's periods: the sentence splitter's
    (:func:`after_a_title_abbreviation`) and the quote rules' (``quotes.abbreviations``)."""
    # Both readings below open on one of the two letters: any other token is answered here.
    if i >= len(tokens) or tokens[i].text not in _TITLE_LETTER_TEXTS:
        return None
    k = i
    if closed_title_letter(tokens, k, PROFESSOR_LETTER):
        k += 2
    if not closed_title_letter(tokens, k, DOCTOR_LETTER):
        return None
    k += 2
    if k >= len(tokens) or "\n" in text[tokens[k - 1].end : tokens[k].start]:
        return None
    first = tokens[k].text[:1]  # a letter: the token is a word
    return k if first.isalpha() and not first.isascii() else None


def after_a_title_abbreviation(text: str, tokens: list[Token], i: int) -> bool:
    """The period at i closes a title's abbreviation (د.) and an Arabic word follows on the same
    line: "د. سامي" and "د.سامي" are one sentence with what comes before. Only the period after
    د is read here, not the first one of أ.د."""
    if i == 0 or tokens[i].text != "." or tokens[i - 1].text != DOCTOR_LETTER:
        return False
    return title_abbreviation_end(text, tokens, i - 1) == i + 1


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


# 4,096: over the first 10,000 corpus articles 16,384 entries saved 141 of 6,800 misses, for
# MBs of peak RSS over the whole corpus.
@lru_cache(maxsize=4096)
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
