"""A read-only view of one document for the quote rules: tokens with keys, sentences, marks.

Everything here is computed once per document so that the rules of the other modules can ask
cheap questions ("is token i a comma?", "where does the quote opening at token j close?")
without re-tokenising. The view also carries the stage's lexicon (cue forms and speaker word
classes), so every rule that gets the view reads the one lexicon the stage was given.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from qawl.arabic import Token, normalize
from qawl.document import Document
from qawl.extractors.quotes.lexicon import CueLexicon, SpeakerWords
from qawl.extractors.quotes.marks import QUOTE_CHARS, pair_marks
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

    def __post_init__(self) -> None:
        self.tokens = self.doc.tokens
        self.keys = [normalize(t.text) for t in self.tokens]
        self._is_word = [t.is_word for t in self.tokens]
        self._counts: Counter[str] | None = None
        self._labels: list[tuple[str, bool] | None] | None = None
        self.bare = [strip_conjunction(k, self.vocabulary) for k in self.keys]
        self.sentence_of = [0] * len(self.tokens)
        self.sentence_bounds = []
        for index, sentence in enumerate(self.doc.sentences):
            self.sentence_bounds.append((sentence.first_token, sentence.last_token))
            for t in range(sentence.first_token, sentence.last_token):
                self.sentence_of[t] = index
        by_start = {t.start: i for i, t in enumerate(self.tokens)}
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

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self._is_word[i]

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

    def is_comma(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].text in COMMAS

    def is_mark(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].text in QUOTE_CHARS

    def is_sentence_mark(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].text in SENTENCE_MARKS

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
