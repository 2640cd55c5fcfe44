"""A read-only view of one document for the quote rules: tokens with keys, sentences, marks.

Everything here is computed once per document so that the rules of the other modules can ask
cheap questions ("is token i a comma?", "where does the quote opening at token j close?")
without re-tokenising. The view also carries the stage's lexicon (cue forms and speaker word
classes), so every rule that gets the view reads the one lexicon the stage was given.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import compress, filterfalse, islice, repeat
from operator import is_
from typing import TypeVar

from qawl.arabic import Token, after_a_title_abbreviation, normalize_all
from qawl.document import Document, Mention
from qawl.extractors.quotes.lexicon import Cue, CueLexicon, SpeakerWords
from qawl.extractors.quotes.marks import CLOSERS, OPENERS, QUOTE_CHARS, STRAIGHT, pair_marks
from qawl.extractors.quotes.words import (
    COMMAS,
    ON,
    OPENING_CAME_VERBS,
    RELATIVE_SOURCE_WORDS,
    SENTENCE_MARKS,
    SOURCE_WORDS,
)

T = TypeVar("T")

# Words whose final ي some writers (much of the Egyptian press) write as ى: فى، الذى، التى، لى،
# عليّ (:attr:`DocView.ya_as_maqsura`).
_YA_AS_MAQSURA = re.compile(r"(?<!\w)و?(?:فى|الذى|التى|لى|علىّ)(?!\w)")


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


def token_keys(texts: list[str]) -> list[str]:
    """``[normalize(t) for t in texts]``, most of them in one call (:func:`normalize_all`)."""
    return normalize_all(texts)


# Every character pair_marks pairs.
_MARK_STARTS = frozenset([*OPENERS, *CLOSERS, STRAIGHT])
# The words a source phrase may open with (:func:`sources.source_frame` reads no other word).
# With OPENING_CAME_VERBS (:func:`sources.came_in_frame`) they are every word without a cue that
# the cue reader acts on: a rule that starts a frame at another such word must add it here, or
# the reader, which visits only candidate tokens, never reaches it.
SOURCE_OPENINGS = frozenset(RELATIVE_SOURCE_WORDS | SOURCE_WORDS | {ON})

# Bits of a surface word's flags (:class:`WordFeatures`).
_WORD = 1  # Token.is_word
_CUE_CANDIDATE = 2  # a word that is a cue, or may open a source phrase
_TITLE = 4  # a word whose bare key has a title_state
_PUNCTUATION = 8  # a comma, quotation mark, sentence mark, or a character pair_marks reads
_ONE_WORD = 16  # a token whose key is one run of letters and digits (name_words of it is itself)
_SOME_WORDS = 32  # a token whose key holds letters or digits, but not as one run alone
_SEATED = 64  # a token whose key has a hamza on a seat (ئ ؤ) or alone (ء)
# A word with the article ال, written without hamza (:func:`stops.has_article`), once a
# و/ف the bare key dropped is left out.
ARTICLE = 128
# The bits few tokens have, found together (DocView).
_RARE = _CUE_CANDIDATE | _TITLE | _PUNCTUATION | _SOME_WORDS | _SEATED
# A run of letters and digits (\w without _).
_LETTERS_RE = re.compile(r"[^\W_]+")


class _TitleStates(dict[str, "str | None"]):
    """:meth:`SpeakerWords.title_state` of each key asked, remembered."""

    def __init__(self, words: SpeakerWords) -> None:
        super().__init__()
        self._words = words

    def __missing__(self, key: str) -> str | None:
        state = self[key] = self._words.title_state(key)
        return state


class WordFeatures:
    """What the quote rules ask of a surface word (its key, bare key, cue and word class),
    computed once per distinct word for as long as the stage lives.

    Words repeat heavily across a corpus, so a document's features come from a few dictionary
    look-ups per token at C speed (``map``) instead of Python calls per token. The owner is the
    stage (:class:`~qawl.extractors.quotes.attributor.QuoteAttributor`), which reads with one
    lexicon; once the table of words holds ``limit`` words it starts anew, keeping the words read
    since the last turn as the generation before, which bounds it to twice that; the tables of
    keys are emptied at ``limit`` keys.
    Every value is a function of the word and the lexicon alone, so what is remembered never
    changes an answer.
    """

    def __init__(
        self, lexicon: CueLexicon, words: SpeakerWords, vocabulary: frozenset[str], limit: int = 16_000
    ) -> None:
        # 16,000: over the corpus a word is read anew at 11.8% of tokens (17.3% with 8,000, 8.2%
        # with 30,000); the peak RSS of a --no-ner run over all 40,004 articles stays within
        # 1.2 times that over the first 1,000 (79 vs 68 MB), where 30,000 made it 103 MB.
        self.lexicon = lexicon
        self.words = words
        self.vocabulary = vocabulary
        self.limit = limit
        self.title_states = _TitleStates(words)
        self.title_openings = words.title_openings
        self.rows = _Rows(self)  # reads the two above
        self._memos = _Memos(self)
        # ``derived[fn]`` is ``fn(self)``, made on first use and kept while these features live:
        # a table a rule builds from the stage's word lists once (a C-level look-up after that).
        # ``fn`` must be a function of the word lists alone.
        self.derived = _Derived(self)

    def remembered(self, fn: Callable[[WordFeatures, str], T]) -> Callable[[str], T]:
        """``fn(self, key)`` remembered by key for as long as these features live: ``fn`` must
        be a function of the key and of this stage's word lists alone."""
        return self._memos[fn]  # type: ignore[return-value]

    def matches(self, lexicon: CueLexicon, words: SpeakerWords, vocabulary: frozenset[str]) -> bool:
        return self.lexicon is lexicon and self.words is words and self.vocabulary is vocabulary

    def columns(self, texts: list[str]) -> tuple[list[str], list[str], list[Cue | None], list[int]]:
        """(keys, bare keys, cues, flags) of ``texts``, one look-up a word; a word not seen
        lately is read here."""
        if len(self.rows) > self.limit:
            # The words read since the last turn stay, as the older generation; what was
            # not read again since is forgotten.
            previous = self.rows
            previous.older = {}  # two generations at most
            self.rows = _Rows(self, previous)
        if len(self.title_states) > self.limit:
            self.title_states.clear()
        if any(len(getter.__self__) > self.limit for getter in self._memos.values()):  # type: ignore[attr-defined]
            self._memos.clear()
        if not texts:
            return [], [], [], []
        rows = self.rows
        # The words this generation has not read, found at C speed and read together.
        missing = list(filterfalse(rows.__contains__, texts))
        if missing:
            rows.read(missing)
        # zip(*rows) turns the rows into columns in one C-level pass.
        keys, bare, cues, flags = map(list, zip(*map(rows.__getitem__, texts), strict=True))
        return keys, bare, cues, flags


class _Memos(dict[Callable[[WordFeatures, str], object], Callable[[str], object]]):
    """fn -> the look-up of its :class:`_Memo`, made on first use. A rule asks for its memo
    at every call (``view.remembered(fn)(key)``): read from here, that is a dictionary look-up
    at C speed (:attr:`DocView.remembered`), not two Python calls."""

    def __init__(self, features: WordFeatures) -> None:
        super().__init__()
        self._features = features

    def __missing__(self, fn: Callable[[WordFeatures, str], object]) -> Callable[[str], object]:
        getter = self[fn] = _Memo(self._features, fn).__getitem__
        return getter


class _Derived(dict[Callable[[WordFeatures], object], object]):
    """fn -> ``fn(features)``, made on first use (:attr:`WordFeatures.derived`)."""

    def __init__(self, features: WordFeatures) -> None:
        super().__init__()
        self._features = features

    def __missing__(self, fn: Callable[[WordFeatures], object]) -> object:
        value = self[fn] = fn(self._features)
        return value


class _Memo(dict[str, object]):
    """One function of a key, remembered (:meth:`WordFeatures.remembered`)."""

    def __init__(self, features: WordFeatures, fn: Callable[[WordFeatures, str], object]) -> None:
        super().__init__()
        self._features = features
        self._fn = fn

    def __missing__(self, key: str) -> object:
        value = self[key] = self._fn(self._features, key)
        return value


class _Rows(dict[str, "tuple[str, str, Cue | None, int]"]):
    """word -> (normalize(word), its key without a و/ف (:func:`strip_conjunction`), its cue
    (:meth:`CueLexicon.lookup`), its flags), each read on first use or taken from the
    generation before."""

    def __init__(
        self, features: WordFeatures, older: dict[str, tuple[str, str, Cue | None, int]] | None = None
    ):
        super().__init__()
        self.older = older or {}
        # What a new word is read with, fixed for the features' life (title_states is emptied
        # in place, never replaced), so bound once a generation instead of looked up per word.
        self._vocabulary = features.vocabulary
        self._find = features.lexicon.find
        self._forms = features.lexicon.forms
        self._title_openings = features.title_openings
        self._title_states = features.title_states

    def __missing__(self, text: str) -> tuple[str, str, Cue | None, int]:
        self.read([text])
        return self[text]

    def read(self, texts: list[str]) -> None:
        """Add the rows of ``texts``, words this generation has not read (a word may repeat):
        taken from the generation before where it has them, the others read here, all of them
        together. A document's new words are read in one call (:meth:`WordFeatures.columns`),
        not one ``__missing__`` each: their keys come from one :func:`token_keys` call, and
        the rows of the generation before from C-level look-ups."""
        new = list(dict.fromkeys(texts))
        older = self.older
        if older:
            found = list(map(older.get, new))
            # Rows are non-empty tuples, so the found ones are the true values.
            self.update(zip(compress(new, found), filter(None, found), strict=True))
            new = list(compress(new, map(is_, found, repeat(None))))
            if not new:
                return
        vocabulary = self._vocabulary
        find = self._find
        forms = self._forms
        openings = self._title_openings
        title_states = self._title_states
        for text, key in zip(new, token_keys(new), strict=True):
            # strip_conjunction(key, vocabulary), its tests written out: one Python call a new
            # word fewer.
            if len(key) > 2 and key[0] in "وف" and key not in vocabulary and key[1:] in vocabulary:
                bare = key[1:]
            else:
                bare = key
            # The lexicon's own cache is skipped: this table is the one that remembers the word.
            # find's first test written out (a word none of whose three tails is a form is no
            # cue, as find says): most words are answered without the call.
            cue = find(text, key) if key in forms or key[1:] in forms or key[2:] in forms else None
            first = text[0]
            # bare[:2] == "ال" is bare.startswith("ال") without its argument parsing.
            article = bare[:2] == "ال"
            if first.isalnum() or first == "_":
                flags = _WORD
                if cue is not None or bare in SOURCE_OPENINGS or key in OPENING_CAME_VERBS:
                    flags |= _CUE_CANDIDATE
                # Most words fail the title test on their first letters alone (see
                # SpeakerWords.title_openings); only the others are asked, and remembered. The
                # first letters are title_opening(bare), written out.
                if (openings is None or (bare[2:5] if article else bare[:3]) in openings) and title_states[
                    bare
                ] is not None:
                    flags |= _TITLE
            else:
                # No word token is a comma, a quotation or sentence mark, or a mark pair_marks
                # reads.
                flags = 0
                if text in COMMAS or text in QUOTE_CHARS or text in SENTENCE_MARKS or first in _MARK_STARTS:
                    flags = _PUNCTUATION
            # str.isalnum is _LETTERS_RE.fullmatch at C speed: \w less _ is what isalnum holds.
            if key.isalnum():
                flags |= _ONE_WORD
            elif _LETTERS_RE.search(key):
                flags |= _SOME_WORDS
            if "ئ" in key or "ؤ" in key or "ء" in key:
                flags |= _SEATED
            if article and (text[1:] if key != bare else text)[:2] == "ال":
                flags |= ARTICLE
            self[text] = (key, bare, cue, flags)


# Flags fit in a byte (ARTICLE is the highest bit): per flag value, 1 where it has a bit and 0
# where not, as bytes.translate tables.
_HAS_BIT = {
    bit: bytes(1 if value & bit else 0 for value in range(256))
    for bit in (_WORD, _CUE_CANDIDATE, _TITLE, _PUNCTUATION, _ONE_WORD, _SOME_WORDS, _SEATED, _RARE)
}


@cache
def _opening_pattern(letters: str, length: int) -> re.Pattern[str]:
    """A line of ``length`` characters or more that opens with one of ``letters``."""
    return re.compile(f"^[{re.escape(letters)}][^\n]{{{length - 1}}}", re.M)


def _positions_of(keys: list[str], key: str, count: int) -> list[int]:
    """The ``count`` indices of ``key`` in ``keys`` (all there are), found by ``list.index``,
    whose search stops at the last one."""
    found: list[int] = []
    k = -1
    index = keys.index
    for _ in range(count):
        k = index(key, k + 1)
        found.append(k)
    return found


def _indices_with(flags: list[int] | bytes, bit: int) -> list[int]:
    """The indices whose flags have ``bit`` (one of _HAS_BIT's), found at C speed: the flags
    as bytes, translated to 1 where the bit is, select their indices."""
    return list(compress(range(len(flags)), bytes(flags).translate(_HAS_BIT[bit])))


def _subset_with(indices: list[int], flags: bytes, bit: int) -> list[int]:
    """The ``indices`` whose ``flags`` (one each, in the same order, as bytes) have ``bit``."""
    return list(compress(indices, flags.translate(_HAS_BIT[bit])))


# Slots: the rules read view attributes millions of times a run, and CPython 3.11 reads an
# instance dictionary fast only while every instance's keys fit the class's shared table (30
# names). With a dictionary, the cached properties a document happened to need pushed some views
# past it, and adding or removing any view attribute moved a --no-ner run by ~2% of its
# instructions (generic attribute look-ups); with slots every view has one layout. So every
# attribute is a field set in __post_init__: the cheap ones most documents read are found there,
# and what few read is a private field filled on first use behind a property.
@dataclass(slots=True)
class DocView:
    """One document as the quote rules read it, with the lexicon of the stage reading it.

    ``features``: the stage's :class:`WordFeatures` for this lexicon (else the view makes its
    own, which remembers nothing beyond the document).
    """

    doc: Document
    lexicon: CueLexicon
    words: SpeakerWords
    vocabulary: frozenset[str]  # :func:`lexicon.known_words` of the two above
    features: WordFeatures | None = field(default=None, repr=False)
    tokens: list[Token] = field(init=False)
    keys: list[str] = field(init=False)  # normalised surface
    bare: list[str] = field(init=False)  # normalised, one و/ف stripped
    sentence_of: list[int] = field(init=False)
    sentence_bounds: list[tuple[int, int]] = field(init=False)  # token ranges [first, last)
    open_close: dict[int, int | None] = field(init=False)  # opening-mark token -> closing token
    close_open: dict[int, int] = field(init=False)
    cues: list[Cue | None] = field(init=False)  # the lexicon's cue of each token's surface
    # Word tokens that are a cue or may open a source phrase, in order: the only tokens the
    # cue reader has anything to do at.
    cue_candidates: list[int] = field(init=False, repr=False)
    # Word tokens whose bare key has a title_state, in order.
    title_tokens: list[int] = field(init=False, repr=False)
    # The questions the rules ask most, as C-level membership tests on sets of token indices
    # (an index out of range is in none of them): is token i a word, a comma, a quotation
    # mark, a sentence mark?
    is_word: Callable[[int], bool] = field(init=False, repr=False)
    is_comma: Callable[[int], bool] = field(init=False, repr=False)
    comma_tokens: list[int] = field(init=False, repr=False)  # the tokens is_comma holds, in order
    is_mark: Callable[[int], bool] = field(init=False, repr=False)
    is_sentence_mark: Callable[[int], bool] = field(init=False, repr=False)
    # Each token's bits of word classes (ARTICLE is the one rules read).
    flags: list[int] = field(init=False, repr=False)
    # The words' title_state of a normalised key, remembered by the stage's features.
    title_state: Callable[[str], str | None] = field(init=False, repr=False)
    # :meth:`WordFeatures.remembered` of the stage reading this view: ``remembered(fn)(key)``
    # is ``fn(features, key)``, remembered by key.
    remembered: Callable[[Callable[[WordFeatures, str], T]], Callable[[str], T]] = field(
        init=False, repr=False
    )
    # Answers of :func:`speakers.parse_speaker` for this document by its arguments (first,
    # last, object_follows): the cue reader, the antecedent rules and the name index ask for some
    # phrases again (one call in fifty), and the answer is a function of the view alone.
    speaker_phrases: dict[tuple[int, int, bool], object] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    # Answers of :func:`segments.parse_segment` for this document by its arguments (the
    # segment's tokens, then object_follows): a segment is read again whenever a subject is
    # parsed from the same token up to another end (one call in ten).
    segment_phrases: dict[tuple[int | bool, ...], object] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )
    # Answers of other rules that are functions of the view and their arguments alone, for this
    # document: answers[rule name][arguments] (each rule says so where it reads this).
    answers: defaultdict[str, dict[object, object]] = field(
        init=False, repr=False, compare=False, default_factory=partial(defaultdict, dict)
    )
    # Each token's start offset, in order (read by bisection).
    starts: list[int] = field(init=False, repr=False)
    # Tokens whose key holds letters or digits, but not as one run alone.
    some_words_tokens: list[int] = field(init=False, repr=False)
    seated_tokens: list[int] = field(init=False, repr=False)  # keys with a hamza on a seat or alone
    # Filled on first use (see the properties and methods reading them).
    _one_word_tokens: list[int] | None = field(init=False, repr=False, compare=False)
    _word_tokens: list[int] | None = field(init=False, repr=False, compare=False)
    _break_before: Callable[[int], bool] | None = field(init=False, repr=False, compare=False)
    _line_breaks: list[int] | None = field(init=False, repr=False, compare=False)
    _counts: Counter[str] | None = field(init=False, repr=False, compare=False)
    # Key -> the tokens with that key, in order, for each key asked (:meth:`key_positions`).
    _key_positions: dict[str, list[int]] = field(init=False, repr=False, compare=False)
    # Token -> (label, whether the mention starts there) of each token an earlier stage's
    # mention covers (:attr:`mention_label`).
    _labels: dict[int, tuple[str, bool]] = field(init=False, repr=False, compare=False)
    _place_words: frozenset[str] | None = field(init=False, repr=False, compare=False)
    _mentions_by_start: dict[int, list[Mention]] | None = field(init=False, repr=False, compare=False)
    _ya_as_maqsura: bool | None = field(init=False, repr=False, compare=False)

    # (label, whether the mention starts here) of the earlier stages' mention covering token i,
    # None for a token no mention covers or an index out of range: a C-level look-up, as the
    # rules ask it at every token they pass.
    mention_label: Callable[[int], tuple[str, bool] | None] = field(init=False, repr=False, compare=False)
    # The token range [first, last) of the sentence holding token i (sentence_bounds of
    # sentence_of), one C-level look-up in a column that shares the bounds' tuples.
    sentence_range: Callable[[int], tuple[int, int]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        features = self.features
        if features is None or not features.matches(self.lexicon, self.words, self.vocabulary):
            features = self.features = WordFeatures(self.lexicon, self.words, self.vocabulary)
        self.tokens = tokens = self.doc.tokens
        self.starts = self.doc.token_starts  # read only, as the tokens are
        texts = self.doc.token_texts
        self.keys, self.bare, self.cues, flags = features.columns(texts)
        self.title_state = features.title_states.__getitem__
        self.remembered = features._memos.__getitem__  # type: ignore[assignment]
        packed = bytes(flags)
        # The set made straight from the selected indices: no rule reads them as a list
        # (:attr:`word_tokens` makes it on first use).
        self.is_word = frozenset(compress(range(len(packed)), packed.translate(_HAS_BIT[_WORD]))).__contains__
        self.flags = flags
        # The rare bits are read off the few tokens holding any of them: one pass over the
        # document, then passes over those alone.
        rare = _indices_with(packed, _RARE)
        rare_flags = bytes(map(flags.__getitem__, rare))
        self.cue_candidates = _subset_with(rare, rare_flags, _CUE_CANDIDATE)
        self.title_tokens = _subset_with(rare, rare_flags, _TITLE)
        self.some_words_tokens = _subset_with(rare, rare_flags, _SOME_WORDS)
        self.seated_tokens = _subset_with(rare, rare_flags, _SEATED)
        commas: list[int] = []
        marks: list[int] = []
        sentence_marks: list[int] = []
        by_start: dict[int, int] = {}  # a mark pairs at the token starting at its offset
        for i in _subset_with(rare, rare_flags, _PUNCTUATION):
            text = texts[i]
            if text in COMMAS:
                commas.append(i)
            if text in QUOTE_CHARS:
                marks.append(i)
            if text in SENTENCE_MARKS and not (
                text == "." and after_a_title_abbreviation(self.doc.text, tokens, i)
            ):
                sentence_marks.append(i)  # the period of "د. سامي" ends no sentence (split_sentences)
            if text[0] in _MARK_STARTS:
                by_start[tokens[i].start] = i
        self.is_comma = frozenset(commas).__contains__
        self.comma_tokens = commas
        self.is_mark = frozenset(marks).__contains__
        self.is_sentence_mark = frozenset(sentence_marks).__contains__
        self._one_word_tokens = None
        self._word_tokens = None
        self._break_before = None
        self._line_breaks = None
        self._counts = None
        self._ya_as_maqsura = None
        self._key_positions = {}
        labels: dict[int, tuple[str, bool]] = {}
        n = len(tokens)
        for mention in self.doc.mentions:
            k = bisect.bisect_left(self.starts, mention.start)
            first = k
            while k < n and tokens[k].end <= mention.end:
                labels[k] = (mention.label, k == first)
                k += 1
        self._labels = labels
        self.mention_label = labels.get
        self._place_words = None
        self._mentions_by_start = None
        self.sentence_of = sentence_of = [0] * len(tokens)
        self.sentence_bounds = []
        for index, sentence in enumerate(self.doc.sentences):
            first, last = sentence.first_token, sentence.last_token
            self.sentence_bounds.append((first, last))
            sentence_of[first:last] = [index] * (last - first)
        # A token no sentence holds reads as sentence 0, as sentence_of says.
        ranges = [self.sentence_bounds[0]] * len(tokens) if self.sentence_bounds else []
        for bounds in self.sentence_bounds:
            first, last = bounds
            ranges[first:last] = [bounds] * (last - first)
        self.sentence_range = ranges.__getitem__
        self.open_close = {}
        self.close_open = {}
        if not by_start:
            return
        for pair in pair_marks(self.doc.text):
            open_token = by_start.get(pair.open)
            if open_token is None:
                continue
            close_token = by_start.get(pair.close) if pair.close is not None else None
            self.open_close[open_token] = close_token
            if close_token is not None:
                self.close_open[close_token] = open_token

    # ------------------------------------------------------------------ questions

    @property
    def word_tokens(self) -> list[int]:
        """The tokens is_word holds, in order (found on first use)."""
        if self._word_tokens is None:
            self._word_tokens = _indices_with(self.flags, _WORD)
        return self._word_tokens

    @property
    def one_word_tokens(self) -> list[int]:
        """Tokens whose key is one run of letters and digits (found on first use)."""
        if self._one_word_tokens is None:
            self._one_word_tokens = _indices_with(self.flags, _ONE_WORD)
        return self._one_word_tokens

    @property
    def ya_as_maqsura(self) -> bool:
        """Whether the document writes a final ي as ى in a word that only ends in ي (فى، الذى،
        التى، لى، علىّ, as much of the Egyptian press does): then its ى carries no weight, and
        its "لى"، "منى" may be لي، مني (:func:`stops.maqsura_name`). One search of the text,
        made on first use."""
        if self._ya_as_maqsura is None:
            self._ya_as_maqsura = _YA_AS_MAQSURA.search(self.doc.text) is not None
        return self._ya_as_maqsura

    def __len__(self) -> int:
        return len(self.tokens)

    def count(self, key: str) -> int:
        """How often the normalised word ``key`` stands alone in the document."""
        if self._counts is None:
            self._counts = Counter(self.keys)
        # get, not [key]: a word absent from the document reads 0 without Counter.__missing__,
        # a Python call.
        return self._counts.get(key, 0)

    def distinct_keys(self) -> Iterable[str]:
        """Each normalised word of the document once."""
        if self._counts is None:
            self._counts = Counter(self.keys)
        return self._counts.keys()

    def key_positions(self, key: str) -> list[int]:
        """The tokens whose normalised surface is ``key``, in order (the list is the view's: read
        it, never change it). Found once per key and document: a key the document lacks costs one
        look-up in :meth:`count`, and the others ``list.index`` calls at C speed that stop at the
        key's last token, where the rules' searches went on to the end of the document."""
        found = self._key_positions.get(key)
        if found is None:
            # count(key), its call written out
            if self._counts is None:
                self._counts = Counter(self.keys)
            found = self._key_positions[key] = _positions_of(self.keys, key, self._counts.get(key, 0))
        return found

    def positions(self, key: str, start: int = 0) -> Iterator[int]:
        """The tokens from ``start`` on whose normalised surface is ``key`` (:meth:`key_positions`),
        for the few words a rule asks about, where a scan of every token would cost more."""
        found = self.key_positions(key)
        if start < 0:  # as list.index reads a negative start
            start = max(0, start + len(self.keys))
        return islice(found, bisect.bisect_left(found, start), None) if start else iter(found)

    def bare_opening(self, letters: str, length: int) -> list[int]:
        """The tokens whose bare key opens with one of ``letters`` and has ``length`` characters or
        more, in order: ``compress(count(), map(re.compile(f"[{letters}].{{{length - 1}}}", re.S).match,
        self.bare))``, found by one regex search over the keys joined by line breaks (no key holds
        one: a token holds no white space), where a regex call at every token cost ten times."""
        pattern = _opening_pattern(letters, length)
        joined = "\n".join(self.bare)
        found: list[int] = []
        index = 0
        previous = 0
        for match in pattern.finditer(joined):
            at = match.start()
            index += joined.count("\n", previous, at)
            previous = at
            found.append(index)
        return found

    def tokens_keyed(self, forms: Iterable[str]) -> list[int]:
        """The tokens whose key is one of a few ``forms``, in order (:meth:`key_positions`)."""
        found: list[int] = []
        for form in forms:
            found += self.key_positions(form)
        found.sort()
        return found

    def mentions_from(self, char: int) -> list[Mention]:
        """The earlier stages' mentions that start at character ``char``, which may lie inside a
        token ("بتونس": the place starts after the ب), indexed once per document on first use."""
        if self._mentions_by_start is None:
            by_start: dict[int, list[Mention]] = {}
            for mention in self.doc.mentions:
                by_start.setdefault(mention.start, []).append(mention)
            self._mentions_by_start = by_start
        return self._mentions_by_start.get(char, [])

    def place_words(self) -> frozenset[str]:
        """The bare keys of the words that an earlier stage's LOC mention covers anywhere in the
        document (built once per document on first use)."""
        if self._place_words is None:
            is_word, bare = self.is_word, self.bare
            self._place_words = frozenset(
                bare[j] for j, label in self._labels.items() if label[0] == "LOC" and is_word(j)
            )
        return self._place_words

    @property
    def break_before(self) -> Callable[[int], bool]:
        """``break_before(j)`` is ``newline_between(j - 1, j)`` (false for j = 0), as a C-level
        membership test: found once per document (on first use) from its few line breaks, since
        the clause readers ask it at every token they pass."""
        if self._break_before is not None:
            return self._break_before
        self._break_before = frozenset(self.line_breaks).__contains__
        return self._break_before

    @property
    def line_breaks(self) -> list[int]:
        """The tokens j (0 < j < len) with a line break between token j - 1 and token j, in
        order: found once per document (on first use) from its few line breaks."""
        if self._line_breaks is not None:
            return self._line_breaks
        tokens = self.tokens
        starts = self.starts
        after: set[int] = set()
        text = self.doc.text
        p = text.find("\n")
        while p >= 0:
            # The gap before token j is [end of token j - 1, start of token j).
            j = bisect.bisect_right(starts, p)
            if 0 < j < len(tokens) and tokens[j - 1].end <= p:
                after.add(j)
            p = text.find("\n", p + 1)
        self._line_breaks = sorted(after)
        return self._line_breaks

    def comma_in(self, first: int, last: int) -> bool:
        """Whether a comma stands among tokens [first, last): one bisection, for the rules
        that read a phrase only to find the comma closing it."""
        commas = self.comma_tokens
        k = bisect.bisect_left(commas, first)
        return k < len(commas) and commas[k] < last

    def newline_between(self, i: int, j: int) -> bool:
        """Whether a line break separates token i from token j (i < j)."""
        return "\n" in self.doc.text[self.tokens[i].end : self.tokens[j].start]

    def line_end(self, i: int) -> int:
        """Index one past the last token of the line holding token i: the first line break after
        it (:attr:`line_breaks`, by bisection), where the tokens were tested one by one."""
        n = len(self.tokens)
        if 0 <= i < n:
            breaks = self.line_breaks
            k = bisect.bisect_right(breaks, i)
            return breaks[k] if k < len(breaks) else n
        j = i  # an index out of range reads as before
        while j + 1 < n and not self.newline_between(j, j + 1):
            j += 1
        return j + 1

    def line_start(self, i: int) -> int:
        """The first token of the line holding token i: the last line break at or before it
        (:attr:`line_breaks`, by bisection)."""
        if 0 <= i < len(self.tokens):
            breaks = self.line_breaks
            k = bisect.bisect_right(breaks, i)
            return breaks[k - 1] if k else 0
        j = i  # an index out of range reads as before
        while j > 0 and not self.newline_between(j - 1, j):
            j -= 1
        return j

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character offsets of tokens [first, last)."""
        return self.tokens[first].start, self.tokens[last - 1].end

    def text_of(self, first: int, last: int) -> str:
        start, end = self.chars(first, last)
        return self.doc.text[start:end]
