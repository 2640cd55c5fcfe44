"""sp16 (issue 18): the token columns made with the tokens are the tokens' own fields.

``tokenize_columns`` hands the starts and texts it builds anyway to the document, which the
sentence splitter and the quote view read instead of reading every token again. These tests
pin that the columns always agree with the tokens, on the path that drops invisible
characters too, and that nothing read from them changes. The last test pins the marks the view
finds among the tokens (commas, quotation and sentence marks, paired marks), which a faster
way of finding them must keep.
"""

from __future__ import annotations

import pytest

from qawl.arabic import split_sentences, tokenize, tokenize_columns
from qawl.document import Document
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.view import DocView

TEXTS = [
    "",
    "   ",
    "قال الوزير إن الاجتماع ناجح. وأضاف: «سنواصل العمل».",
    "  بدأت الجلسة في 12:30 وانتهت عند 3.5\nثم قال المتحدث باسم الحكومة إنها «مستعدة»  ",
    # Invisible characters, alone and inside words: those standing alone are no tokens.
    "قال\u200b الرئيس \u200f إن \u200dالوضع\u200c خطير \ufeff.",
    "\u200b",
]


@pytest.mark.parametrize("text", TEXTS)
def test_columns_are_the_tokens_fields(text: str) -> None:
    tokens, starts, texts = tokenize_columns(text)
    assert tokens == tokenize(text)
    assert starts == [t.start for t in tokens]
    assert texts == [t.text for t in tokens]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_invisible_characters_leave_the_columns_too() -> None:
    tokens, starts, texts = tokenize_columns("قال \u200b الرئيس")
    assert texts == ["قال", "الرئيس"]
    assert starts == [0, 6]
    assert [t.text for t in tokens] == texts


@pytest.mark.parametrize("text", TEXTS)
def test_document_columns_and_sentences(text: str) -> None:
    doc = Document(id="d", text=text)
    assert doc.token_starts == [t.start for t in doc.tokens]
    assert doc.token_texts == [t.text for t in doc.tokens]
    assert doc.sentences == split_sentences(text, tokenize(text))


def test_document_columns_of_tokens_set_apart() -> None:
    """A document whose tokens were given without columns reads them off the tokens."""
    text = "قال الوزير إن الاجتماع ناجح."
    doc = Document(id="d", text=text, _tokens=tokenize(text))
    assert doc.token_starts == [t.start for t in doc.tokens]
    assert doc.token_texts == [t.text for t in doc.tokens]
    assert doc.sentences == split_sentences(text, tokenize(text))


def test_view_reads_the_same_columns() -> None:
    stage = QuoteAttributor()
    text = TEXTS[3]
    view = DocView(Document(id="d", text=text), stage.lexicon, stage.words, stage.vocabulary, stage.features)
    tokens = tokenize(text)
    assert view.starts == [t.start for t in tokens]
    assert view.keys == [stage.features.rows[t.text][0] for t in tokens]


MARKED = (
    "قال الوزير، في بيان: «إن الوضع خطير»، وأضاف “سنعمل معا”. "
    'وقالت المتحدثة "لا تعليق"؛ هل انتهى الأمر؟ نعم... (قال آخر) ‹تجربة› ,ثم'
)


def test_view_marks_are_the_tokens_of_each_kind() -> None:
    """Commas, quotation marks, sentence marks and the paired marks of the view are each
    token whose text is one, as reading every punctuation token by its text finds them."""
    from qawl.extractors.quotes.marks import CLOSERS, OPENERS, QUOTE_CHARS, STRAIGHT, pair_marks
    from qawl.extractors.quotes.words import COMMAS, SENTENCE_MARKS

    stage = QuoteAttributor()
    for text in [MARKED, *TEXTS]:
        view = DocView(
            Document(id="d", text=text), stage.lexicon, stage.words, stage.vocabulary, stage.features
        )
        tokens = tokenize(text)
        every = range(-1, len(tokens) + 1)
        commas = [i for i, t in enumerate(tokens) if t.text in COMMAS]
        assert view.comma_tokens == commas
        assert [i for i in every if view.is_comma(i)] == commas
        assert [i for i in every if view.is_mark(i)] == [
            i for i, t in enumerate(tokens) if t.text in QUOTE_CHARS
        ]
        assert [i for i in every if view.is_sentence_mark(i)] == [
            i for i, t in enumerate(tokens) if t.text in SENTENCE_MARKS
        ]
        starts = {t.start: i for i, t in enumerate(tokens) if t.text[0] in {*OPENERS, *CLOSERS, STRAIGHT}}
        open_close: dict[int, int | None] = {}
        for pair in pair_marks(text):
            if pair.open in starts:
                open_close[starts[pair.open]] = starts.get(pair.close) if pair.close is not None else None
        assert view.open_close == open_close
    marked = DocView(
        Document(id="d", text=MARKED), stage.lexicon, stage.words, stage.vocabulary, stage.features
    )
    assert len(marked.comma_tokens) == 4 and marked.open_close  # the text has what it tests
