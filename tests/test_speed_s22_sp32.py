"""Speed round sp32 (issue 18). ``_Rows.read`` (the row of a word the stage has not read yet) asks
``CueLexicon.find`` only of a word one of whose three tails (the key, less its first letter, less
its first two) is a form, which is find's own first test, and reads ``title_opening`` and the
article test inline. The reading it replaced is written out here and compared on many words: every
cue form with the prefixes a cue may carry, every title with its article and endings, and the
tokens of texts of my own.
"""

from __future__ import annotations

import re

import pytest

from qawl.arabic import normalize, tokenize
from qawl.extractors.quotes.lexicon import load_cues, load_speaker_words, title_opening
from qawl.extractors.quotes.view import (
    _CUE_CANDIDATE,
    _MARK_STARTS,
    _ONE_WORD,
    _PUNCTUATION,
    _SEATED,
    _SOME_WORDS,
    _TITLE,
    _WORD,
    ARTICLE,
    OPENING_CAME_VERBS,
    SOURCE_OPENINGS,
    WordFeatures,
    strip_conjunction,
)
from qawl.extractors.quotes.words import COMMAS, SENTENCE_MARKS

_LETTERS_RE = re.compile(r"[^\W_]+")

# Texts of my own: cues with و/ف/س, titles with and without the article, a hamza on a seat,
# punctuation, digits and Latin.
TEXTS = [
    "وقال رئيس الوزراء، في مؤتمر صحفي: «سنواصل العمل» حتى 2025.",
    "فأكدت الوزيرة أن الحكومة ستعلن قرارها، وسيقول المتحدث باسمها إنها مسؤولة عن ذلك؟",
    'وأوضح مستشارو الرئيس لرويترز أن المؤتمر سيُعقد في تونس؛ وأضافت مصادرها: "لا تعليق".',
    "ونقلت الوكالة عن مسؤولين قولهم إن شيئا لم يتغير، وفق ما ذكره مدير مكتبه UN_2 ...",
]


def _reference_row(features: WordFeatures, text: str) -> tuple[str, str, object, int]:
    """The row of ``text`` as ``_Rows.read`` made it before sp32: find asked of every word,
    title_opening called, the article found by startswith."""
    lexicon, words = features.lexicon, features.words
    key = normalize(text)
    bare = strip_conjunction(key, features.vocabulary)
    cue = lexicon.find(text, key)
    first = text[0]
    if first.isalnum() or first == "_":
        flags = _WORD
        if cue is not None or bare in SOURCE_OPENINGS or key in OPENING_CAME_VERBS:
            flags |= _CUE_CANDIDATE
        openings = words.title_openings
        if (openings is None or title_opening(bare) in openings) and words.title_state(bare) is not None:
            flags |= _TITLE
    else:
        flags = 0
        from qawl.extractors.quotes.marks import QUOTE_CHARS

        if text in COMMAS or text in QUOTE_CHARS or text in SENTENCE_MARKS or first in _MARK_STARTS:
            flags = _PUNCTUATION
    if key.isalnum():
        flags |= _ONE_WORD
    elif _LETTERS_RE.search(key):
        flags |= _SOME_WORDS
    if "ئ" in key or "ؤ" in key or "ء" in key:
        flags |= _SEATED
    if bare.startswith("ال") and (text[1:] if key != bare else text)[:2] == "ال":
        flags |= ARTICLE
    return key, bare, cue, flags


def _many_words() -> list[str]:
    lexicon, words = load_cues(), load_speaker_words()
    found = {t.text for text in TEXTS for t in tokenize(text)}
    for form in sorted(lexicon.forms):
        for prefix in ("", "و", "ف", "س", "وس", "فس", "ب", "ال"):
            found.add(prefix + form)
        found.add(form[1:])
        found.add(form[2:])
    for title in sorted(words.classes.get("title", frozenset())):
        for prefix in ("", "ال", "و", "وال", "لل"):
            for suffix in ("", "ه", "ها", "ان", "ين"):
                found.add(prefix + title + suffix)
    return sorted(w for w in found if w)


def test_many_words_exercise_every_branch() -> None:
    features = WordFeatures(load_cues(), load_speaker_words(), frozenset())
    rows = [_reference_row(features, w) for w in _many_words()]
    # cues met only through a tail (و + form, وس + form), titles, the article, punctuation
    assert sum(row[2] is not None for row in rows) > 1_000
    assert sum(bool(row[3] & _TITLE) for row in rows) > 500
    assert sum(bool(row[3] & ARTICLE) for row in rows) > 500
    assert sum(bool(row[3] & _PUNCTUATION) for row in rows) >= 5


@pytest.mark.parametrize("known", [False, True])
def test_rows_read_as_before(known: bool) -> None:
    from qawl.extractors.quotes.lexicon import known_words

    lexicon, words = load_cues(), load_speaker_words()
    vocabulary = known_words(lexicon, words) if known else frozenset()
    features = WordFeatures(lexicon, words, vocabulary)
    reference = WordFeatures(lexicon, words, vocabulary)
    texts = _many_words()
    keys, bare, cues, flags = features.columns(texts)
    expected = [_reference_row(reference, w) for w in texts]
    assert list(zip(keys, bare, cues, flags, strict=True)) == expected


def test_a_cue_met_only_through_its_last_tail() -> None:
    # وسيقول: the key less و and س is the form; the key and the key less و are not.
    lexicon, words = load_cues(), load_speaker_words()
    assert "وسيقول" not in lexicon.forms and "سيقول" not in lexicon.forms and "يقول" in lexicon.forms
    features = WordFeatures(lexicon, words, frozenset())
    (cue,) = features.columns(["وسيقول"])[2]
    assert cue is not None and cue.lemma == lexicon.find("وسيقول", "وسيقول").lemma


def test_title_flags_without_the_quick_rejection() -> None:
    # A stage whose titles do not allow title_openings reads every word's title state.
    lexicon = load_cues()
    words = load_speaker_words()
    from qawl.extractors.quotes.lexicon import SpeakerWords

    short = SpeakerWords({**words.classes, "title": frozenset({"ال", "وزير"})})
    assert short.title_openings is None
    features = WordFeatures(lexicon, short, frozenset())
    reference = WordFeatures(lexicon, short, frozenset())
    texts = ["الوزير", "وزير", "وزيرها", "رئيس", "قال"]
    assert list(zip(*features.columns(texts), strict=True)) == [_reference_row(reference, w) for w in texts]
