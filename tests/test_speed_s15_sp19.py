"""Speed round sp19 (issue 18): the view's sentence range and mention labels as C-level look-ups
built with the view, and the letters unified by chained replaces, give the answers of the forms
they replace."""

from __future__ import annotations

import bisect

import pytest

from qawl.arabic import _LETTERS, normalize, unify_letters
from qawl.document import Document, Mention
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.view import DocView

# Sentences of my own: several sentences, a line break, quotation marks, letters to unify.
TEXTS = [
    "",
    "قال.",
    "وقالت الوزيرة إن «الأمر محسوم». وأضافت: نعمل على ذلك!\nورأى آخرون أن الاتفاق إيجابي؟ لا.",
    "أكد المتحدث باسم الأمم المتحدة ستيفان دوجاريك أن الأمين العام سيزور إثيوبيا غدا",
]


def _view(doc: Document) -> DocView:
    attributor = QuoteAttributor()
    return DocView(doc, attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features)


def _old_mention_label(view: DocView, i: int) -> tuple[str, bool] | None:
    """DocView.mention_label as written before this round (a list, one entry a token)."""
    tokens, starts = view.tokens, view.starts
    labels: list[tuple[str, bool] | None] = [None] * len(tokens)
    for mention in view.doc.mentions:
        k = bisect.bisect_left(starts, mention.start)
        first = k
        while k < len(tokens) and tokens[k].end <= mention.end:
            labels[k] = (mention.label, k == first)
            k += 1
    return labels[i] if 0 <= i < len(labels) else None


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_range_is_the_bounds_of_the_tokens_sentence(text: str) -> None:
    view = _view(Document("d", text))
    n = len(view)
    for i in range(-n, n):
        assert view.sentence_range(i) == view.sentence_bounds[view.sentence_of[i]]
    for i in (n, n + 3):
        with pytest.raises(IndexError):
            view.sentence_range(i)


def test_mention_labels_of_overlapping_and_inner_mentions() -> None:
    text = "قال الرئيس الأمريكي دونالد ترامب في واشنطن إن بتونس وفدا."
    doc = Document("d", text)
    at = text.index
    doc.mentions = [
        Mention(at("دونالد"), at("ترامب") + len("ترامب"), "دونالد ترامب", "PER"),
        Mention(at("ترامب"), at("ترامب") + len("ترامب"), "ترامب", "ORG"),  # a later one wins
        Mention(at("واشنطن"), at("واشنطن") + len("واشنطن"), "واشنطن", "LOC"),
        Mention(at("بتونس") + 1, at("بتونس") + len("بتونس"), "تونس", "LOC"),  # inside a token
    ]
    view = _view(doc)
    n = len(view)
    for i in range(-3, n + 3):
        assert view.mention_label(i) == _old_mention_label(view, i)
    assert view.mention_label(view.starts.index(at("ترامب"))) == ("ORG", True)
    assert view.place_words() == frozenset({"واشنطن"})


def test_unify_letters_is_the_letter_table() -> None:
    chars = [chr(c) for c in range(0x0600, 0x0700)] + ["ی", "ک", "a", " "]
    for c in chars:
        assert unify_letters(c) == _LETTERS.get(c, c)
    word = "".join(chars)
    assert unify_letters(word) == "".join(_LETTERS.get(c, c) for c in word)
    assert normalize("أعلنت إدارة آل مكتوم الكبرى") == "اعلنت اداره ال مكتوم الكبري"
