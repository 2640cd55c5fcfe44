"""Speed round sp26 (issue 18): the quote view reads a document's new words together
(WordFeatures.columns → _Rows.read: their keys from one normalize_all call, the rows of the older
generation by C-level look-ups), finds the word, rare and per-class tokens from the flags as bytes,
and the tokenizer's word class lists the Arabic letters first. Each fast path must give exactly
what the word-by-word forms gave: these tests compare them on texts of my own and on every word of
the stage's lexicon, word lists and vocabulary."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qawl.arabic import _NUMBER, _SPACED_TOKEN_RE, _TOKEN_RE, normalize, normalize_all, tokenize
from qawl.document import Document
from qawl.extractors.quotes import view as view_module
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.view import DocView, WordFeatures, _indices_with, _subset_with

# Texts of my own: hamza seats, taa marbuta, alef maqsura, diacritics, tatweel, a presentation
# form (ﻻ) and an ellipsis that only NFKC changes, Persian letters, Latin, digits, punctuation.
TEXTS = [
    "وقال الرئيسُ إنّ المفاوضات ستُستأنف غداً، وأضاف أن «الوفد» وصل…",
    "وأكدت الوزيرة ﻻ تراجع عن القرار؛ فيما قال مسؤول لـCNN إن 3.5 مليون شخص تضرروا.",
    'ڤان دايك قـــال: "سنفوز"! وأوضحت رئيسة البرلمان أن الجلسة مؤجلة؟ نعم.',
    "",
    "…",
]

_PIECES = st.sampled_from(
    [*"قالرئيسةأإآٱىیکوفبلءئؤ", "\u064e", "\u0651", "\u0640", "\ufefb", "…", "a", "1", " "]
)


@given(st.lists(st.text(_PIECES, min_size=1, max_size=6), max_size=10))
def test_normalize_all_is_normalize_of_each(texts: list[str]) -> None:
    assert normalize_all(texts) == [normalize(t) for t in texts]


def test_normalize_all_with_line_breaks_and_nfkc() -> None:
    for texts in (["ﻻ", "قال"], ["قال\nالرئيس", "أ"], ["…", "إن", "ة"], [], ["\n"], ["", "أ"]):
        assert normalize_all(texts) == [normalize(t) for t in texts]


def _row_of_one(features: WordFeatures, text: str) -> tuple[object, ...]:
    """The row a fresh table reads for ``text`` alone (``__missing__``, one word)."""
    fresh = WordFeatures(features.lexicon, features.words, features.vocabulary)
    return fresh.rows[text]


def test_rows_read_together_are_rows_read_one_by_one() -> None:
    attributor = QuoteAttributor()
    words = [t.text for text in TEXTS for t in tokenize(text)]
    # Every form the lexicon and word lists know, with و and ال added: cues, titles, stops.
    words += sorted(attributor.lexicon.forms)[:3000] + sorted(attributor.vocabulary)[:3000]
    words += ["و" + w for w in words[:500]] + ["ال" + w for w in words[:500]]
    together = WordFeatures(attributor.lexicon, attributor.words, attributor.vocabulary)
    together.rows.read(words + words[:50])  # a word may repeat
    for word in words:
        assert together.rows[word] == _row_of_one(together, word), word


def test_rows_from_the_older_generation_and_new_ones_in_one_read() -> None:
    attributor = QuoteAttributor()
    features = WordFeatures(attributor.lexicon, attributor.words, attributor.vocabulary, limit=5)
    first = [t.text for t in tokenize(TEXTS[0])]
    features.columns(first)  # over the limit: the next call starts a generation
    mixed = first[:4] + [t.text for t in tokenize(TEXTS[2])]
    keys, bare, cues, flags = features.columns(mixed)
    assert first[0] in features.rows.older and first[0] in features.rows
    for k, text in enumerate(mixed):
        assert (keys[k], bare[k], cues[k], flags[k]) == _row_of_one(features, text)


def _and_indices(flags: list[int], bit: int) -> list[int]:
    return [i for i, f in enumerate(flags) if f & bit]


@pytest.mark.parametrize("text", TEXTS)
def test_token_classes_from_bytes_are_those_of_the_bits(text: str) -> None:
    attributor = QuoteAttributor()
    view = DocView(Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary)
    flags = view.flags
    for bit in view_module._HAS_BIT:
        assert _indices_with(flags, bit) == _and_indices(flags, bit)
        picked = _and_indices(flags, view_module._RARE)
        assert _subset_with(picked, bytes(flags[i] for i in picked), bit) == [
            i for i in picked if flags[i] & bit
        ]
    assert view.word_tokens == [i for i, t in enumerate(view.tokens) if t.is_word]
    assert max(flags, default=0) < 256  # the flags fit in a byte


def test_token_class_with_arabic_letters_first_matches_as_before() -> None:
    # The old pattern, written out: the Arabic letters are \w already, so listing them first in
    # the class changes no match.
    from qawl.arabic import _WORD_CHARS

    old = re.compile(rf"\s*(?:{_NUMBER}(?![{_WORD_CHARS}])|[{_WORD_CHARS}]+|\S)")
    for text in TEXTS:
        assert _SPACED_TOKEN_RE.findall(text) == old.findall(text)
    letters = "".join(map(chr, range(0x0621, 0x064B)))
    assert re.fullmatch(rf"[{_WORD_CHARS}]+", letters)
    assert _TOKEN_RE.fullmatch(letters)
