"""A read-only view of one document for the quote rules: tokens with keys, sentences, marks.

Everything here is computed once per document so that the rules of the other modules can ask
cheap questions ("is token i a comma?", "where does the quote opening at token j close?")
without re-tokenising. The view also carries the stage's lexicon (cue forms and speaker word
classes), so every rule that gets the view reads the one lexicon the stage was given.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from qawl.arabic import Token, normalize
from qawl.document import Document
from qawl.extractors.quotes.lexicon import Cue, CueLexicon, SpeakerWords
from qawl.extractors.quotes.marks import CLOSERS, OPENERS, QUOTE_CHARS, STRAIGHT, pair_marks
from qawl.extractors.quotes.words import COMMAS, SENTENCE_MARKS


def strip_conjunction(key: str, vocabulary: frozenset[str]) -> str:
    """``key`` without an attached و/ف, when that is how it reads.

    Many words begin with و or ف as a root letter (وزير، وكالة، فيما، واشنطن), so the
    conjunction is only stripped when the bare word is one the quote rules know (in
    ``vocabulary``) and the whole word is not.
    """
    if len(key) <= 2 or key[0] not in "وف":
        return key
    if key in vocabulary or key[1:] not in vocabulary:
        return key
    return key[1:]


# Separates token texts normalised in one call; no token holds it (tokens never hold a line
# break) and normalisation neither makes nor crosses one.
_KEY_SEPARATOR = "\n"


def token_keys(texts: list[str]) -> list[str]:
    """``[normalize(t) for t in texts]``, in one call over the joined texts.

    Every step of :func:`normalize` works on single characters or on runs of combining marks,
    and a line break is neither, so the pieces come out as if normalised one by one.
    """
    if not texts or any(_KEY_SEPARATOR in t for t in texts):
        return [normalize(t) for t in texts]
    keys = normalize(_KEY_SEPARATOR.join(texts)).split(_KEY_SEPARATOR)
    if len(keys) != len(texts):  # cannot happen (see above); kept as a guard, not a path
        return [normalize(t) for t in texts]
    return keys


# Every character pair_marks pairs.
_MARK_STARTS = frozenset([*OPENERS, *CLOSERS, STRAIGHT])


class _TitleStates(dict[str, "str | None"]):
    """:meth:`SpeakerWords.title_state` of each key asked, remembered for one document."""

    def __init__(self, words: SpeakerWords) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, key: str) -> str | None:
        state = self[key] = self._words.title_state(key)
        return state


@dataclass
class DocView:
    """One document as the quote rules read it, with the lexicon of the stage reading it."""

    doc: Document
    lexicon: CueLexicon
    words: SpeakerWords
    vocabulary: frozenset[str]  # :func:`lexicon.known_words` of the two above
    tokens: list[Token] = field(init=False)
    keys: list[str] = field(init=False)  # normalised surface
    bare: list[str] = field(init=False)  # normalised, one و/ف stripped
    sentence_of: list[int] = field(init=False)
    sentence_bounds: list[tuple[int, int]] = field(init=False)  # token ranges [first, last)
    open_close: dict[int, int | None] = field(init=False)  # opening-mark token -> closing token
    close_open: dict[int, int] = field(init=False)
    cues: list[Cue | None] = field(init=False)  # the lexicon's cue of each token's surface
    # The questions the rules ask most, as C-level membership tests on sets of token indices
    # (an index out of range is in none of them): is token i a word, a comma, a quotation
    # mark, a sentence mark?
    is_word: Callable[[int], bool] = field(init=False, repr=False)
    is_comma: Callable[[int], bool] = field(init=False, repr=False)
    is_mark: Callable[[int], bool] = field(init=False, repr=False)
    is_sentence_mark: Callable[[int], bool] = field(init=False, repr=False)
    # The words' title_state of a normalised key, remembered for this document only.
    title_state: Callable[[str], str | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.tokens = tokens = self.doc.tokens
        texts = [t.text for t in tokens]
        self.keys = token_keys(texts)
        # The test of Token.is_word, on the texts at hand (the property costs a call per token).
        self.is_word = frozenset(
            i for i, text in enumerate(texts) if text[0].isalnum() or text[0] == "_"
        ).__contains__
        self.is_comma = frozenset(i for i, text in enumerate(texts) if text in COMMAS).__contains__
        self.is_mark = frozenset(i for i, text in enumerate(texts) if text in QUOTE_CHARS).__contains__
        self.is_sentence_mark = frozenset(
            i for i, text in enumerate(texts) if text in SENTENCE_MARKS
        ).__contains__
        self.title_state = _TitleStates(self.words).__getitem__
        self.cues = self.lexicon.lookup_all(texts, self.keys)
        self._counts: Counter[str] | None = None
        self._labels: list[tuple[str, bool] | None] | None = None
        vocabulary = self.vocabulary
        # strip_conjunction of every key, inlined.
        self.bare = [
            key[1:]
            if len(key) > 2 and key[0] in "وف" and key not in vocabulary and key[1:] in vocabulary
            else key
            for key in self.keys
        ]
        self.sentence_of = sentence_of = [0] * len(tokens)
        self.sentence_bounds = []
        for index, sentence in enumerate(self.doc.sentences):
            first, last = sentence.first_token, sentence.last_token
            self.sentence_bounds.append((first, last))
            sentence_of[first:last] = [index] * (last - first)
        # A mark pairs at the token starting at its offset, whose first character is that mark.
        by_start = {tokens[i].start: i for i, text in enumerate(texts) if text[0] in _MARK_STARTS}
        self.open_close = {}
        self.close_open = {}
        for pair in pair_marks(self.doc.text):
            open_token = by_start.get(pair.open)
            if open_token is None:
                continue
            close_token = by_start.get(pair.close) if pair.close is not None else None
            self.open_close[open_token] = close_token
            if close_token is not None:
                self.close_open[close_token] = open_token

    # ------------------------------------------------------------------ questions

    def __len__(self) -> int:
        return len(self.tokens)

    def count(self, key: str) -> int:
        """How often the normalised word ``key`` stands alone in the document."""
        if self._counts is None:
            self._counts = Counter(self.keys)
        return self._counts[key]

    def mention_label(self, i: int) -> tuple[str, bool] | None:
        """(label, whether the mention starts here) of the earlier stages' mention covering
        token i, if any (built once per document on first use)."""
        if self._labels is None:
            labels: list[tuple[str, bool] | None] = [None] * len(self.tokens)
            starts = [t.start for t in self.tokens]
            for mention in self.doc.mentions:
                k = bisect.bisect_left(starts, mention.start)
                first = k
                while k < len(self.tokens) and self.tokens[k].end <= mention.end:
                    labels[k] = (mention.label, k == first)
                    k += 1
            self._labels = labels
        return self._labels[i] if 0 <= i < len(self._labels) else None

    def sentence_range(self, i: int) -> tuple[int, int]:
        return self.sentence_bounds[self.sentence_of[i]]

    def newline_between(self, i: int, j: int) -> bool:
        """Whether a line break separates token i from token j (i < j)."""
        return "\n" in self.doc.text[self.tokens[i].end : self.tokens[j].start]

    def line_end(self, i: int) -> int:
        """Index one past the last token of the line holding token i."""
        j = i
        while j + 1 < len(self.tokens) and not self.newline_between(j, j + 1):
            j += 1
        return j + 1

    def line_start(self, i: int) -> int:
        j = i
        while j > 0 and not self.newline_between(j - 1, j):
            j -= 1
        return j

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets of tokens [first, last)."""
        return self.tokens[first].start, self.tokens[last - 1].end

    def text_of(self, first: int, last: int) -> str:
        start, end = self.chars(first, last)
        return self.doc.text[start:end]
