"""sp17 (issue 18): the name index's cheaper paths give what the slower ones gave.

- A document with an underscore (a hashtag, a "___" rule) counts its words from the token keys
  (``DocumentWordCounts``), as a text of the other characters does, instead of normalising the
  whole text again: the counts are those of the whole text's words.
- ``NameIndex._li_titles`` reads only the words that open with ل/ب and have five letters at
  least, found by one regex over the bare keys; the pairings are those of the loop over every word.
"""

from __future__ import annotations

from collections import Counter

import pytest

from qawl.document import Document
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.names import (
    _LI_LENGTH,
    _LI_LETTERS,
    DocumentWordCounts,
    NameIndex,
    _words_of,
    document_words,
)
from qawl.extractors.quotes.view import DocView

_STAGE = QuoteAttributor()


def _view(text: str) -> DocView:
    doc = Document(id="t", text=text)
    return DocView(doc, _STAGE.lexicon, _STAGE.words, _STAGE.vocabulary, _STAGE.features)


UNDERSCORE_TEXTS = [
    "نشر الناشط سامي_العلي تغريدة تحت وسم #سامي_العلي_حر وقال سامي إن الوضع صعب.",
    "___\nقالت الوزيرة ليلى حداد إن الخطة جاهزة. _ وأضافت حداد: «سننفذها في 2020_2021».",
    "كتب _المعلق_ أن الفريق فاز 3_1 وأن المدرب_الجديد راض__جدا",
]


@pytest.mark.parametrize("text", UNDERSCORE_TEXTS)
def test_word_counts_with_an_underscore_come_from_the_keys(text: str) -> None:
    view = _view(text)
    want = Counter(_words_of(text))
    counts = DocumentWordCounts(view)
    for word in [*want, "غائب", "سامي", "العلي", "2020"]:
        assert counts[word] == want[word], word
    assert counts._by_keys  # the key path, not the whole text read again
    # A token key that is no run of letters and digits is no word of the document.
    for word in ("سامي_العلي", "#سامي_العلي_حر", "2020_2021", "_المعلق_", "3_1", "___"):
        assert counts[word] == want[word] == 0, word
    assert Counter(document_words(view)) == want


def _li_titles_by_loop(view: DocView) -> list[int]:
    """The words the loop over every word went on to read: ل/ب first and five letters at least."""
    return [i for i, key in enumerate(view.bare) if key[:1] in ("ل", "ب") and len(key) >= 5]


LI_TEXTS = [
    "وذكرت الصحيفة وفقا للعضو في اللجنة الفنية، خالد منصور، أن المحادثات مستمرة. وأضاف منصور أنها صعبة.",
    "وجاء ذلك في خطاب لزعيم الحركة، عبد الكريم ناصر، أمام أنصاره. وقال ناصر إن لبنان بلد صغير.",
    "ب ل لل بلد لبنا لبنان بالمدينة للوزير بوزير الخارجية، سمير داود، قال.",
]


@pytest.mark.parametrize("text", LI_TEXTS)
def test_li_title_candidates_are_the_loops(text: str) -> None:
    view = _view(text)
    assert view.bare_opening(_LI_LETTERS, _LI_LENGTH) == _li_titles_by_loop(view)


def test_li_titles_pair_the_apposed_holder() -> None:
    view = _view(LI_TEXTS[0])
    index = NameIndex.build(view)
    holders = {entry.name for group in index.titled.values() for entry in group}
    assert "خالد منصور" in holders
    view = _view(LI_TEXTS[1])
    index = NameIndex.build(view)
    holders = {entry.name for group in index.titled.values() for entry in group}
    assert "عبد الكريم ناصر" in holders
