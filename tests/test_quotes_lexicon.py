"""The cue lexicon (inflection by rule) and quotation-mark pairing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_helpers import quote_with, quotes_of

from qawl.arabic import normalize
from qawl.extractors.quotes.lexicon import load_cues, load_speaker_words
from qawl.extractors.quotes.marks import pair_marks, straight_direction


@pytest.mark.parametrize(
    ("word", "lemma", "kind", "feminine"),
    [
        ("قال", "قال", "verb", False),
        ("وقالت", "قال", "verb", True),
        ("فقال", "قال", "verb", False),
        ("قالوا", "قال", "verb", None),
        ("سيقول", "قال", "verb", False),
        ("تقول", "قال", "verb", True),
        ("أضاف", "أضاف", "verb", False),
        ("وأضافت", "أضاف", "verb", True),
        ("مضيفاً", "أضاف", "participle", False),
        ("مضيفة", "أضاف", "participle", True),
        ("مؤكدين", "أكد", "participle", None),
        ("نفت", "نفى", "verb", True),
        ("دعوا", "دعا", "verb", None),
        ("رأت", "رأى", "verb", True),
        ("ووصفته", "وصف", "verb", True),
        ("اتهمهم", "اتهم", "verb", False),
        ("شدّد", "شدد", "verb", False),
        ("قائلاً", "قال", "participle", False),
        ("بالقول", "بالقول", "participle", None),
        ("بحسب", "بحسب", "source", None),
        ("حديث", "حديث", "noun", None),
    ],
)
def test_inflected_forms(word: str, lemma: str, kind: str, feminine: bool | None) -> None:
    cue = load_cues().lookup(word)
    assert cue is not None, word
    assert (cue.lemma, cue.kind, cue.feminine) == (lemma, kind, feminine)


@pytest.mark.parametrize("word", ["يذكر", "ويذكر", "مؤكد", "إشارة", "تبين", "وزير", "الرئيس", "واشنطن"])
def test_words_that_are_not_cues(word: str) -> None:
    cue = load_cues().lookup(word)
    assert cue is None or cue.kind == "noun", word


def test_object_pronoun_forms_are_marked() -> None:
    assert load_cues().lookup("وصفه").object_suffix
    assert not load_cues().lookup("وصف").object_suffix


def test_title_states() -> None:
    words = load_speaker_words()
    assert words.title_state(normalize("رئيس")) == "indefinite"
    assert words.title_state(normalize("الرئيس")) == "definite"
    assert words.title_state(normalize("جنرال")) == "indefinite"  # listed as الجنرال
    assert words.title_state(normalize("محاميتها")) == "definite"  # محامية + ها
    assert words.title_state(normalize("نظيره")) == "definite"


def test_straight_quote_direction() -> None:
    text = 'قال "نعم" و"لا" أو"'
    assert straight_direction(text, 4) == "open"
    assert straight_direction(text, 8) == "close"
    assert straight_direction(text, 11) == "open"  # و" : the conjunction is a proclitic
    assert straight_direction(text, len(text) - 1) == "close"


def test_pairs_tolerate_unbalanced_marks() -> None:
    text = 'قناة "الإخبارية الرسمية بأن "قوات الدفاع اعترضت صاروخاً".'
    pairs = pair_marks(text)
    assert [(p.open, p.close) for p in pairs] == [(5, None), (text.index('"قوات'), text.index('".'))]


def test_pairs_do_not_cross_paragraphs() -> None:
    text = "قال «نعم\nوقال لا»"
    assert [(p.open, p.close) for p in pair_marks(text)] == [(4, None)]


def test_directional_marks_nest() -> None:
    text = "«قال «لا» ثم مضى»"
    assert {(p.open, p.close) for p in pair_marks(text)} == {(0, len(text) - 1), (5, 8)}


@given(st.text(alphabet='«»“”‘’" قالنعم\n.:،', max_size=60))
def test_pairs_are_well_formed(text: str) -> None:
    for pair in pair_marks(text):
        assert text[pair.open] in '«“‘"'
        if pair.close is not None:
            assert pair.open < pair.close and "\n" not in text[pair.open : pair.close]


@given(st.text(alphabet='«»“”"قال إن أن: ،.\nوأضاف مؤكدا الرئيس', max_size=80))
def test_attributor_total_on_arbitrary_text(text: str) -> None:
    from qawl.document import Document
    from qawl.extractors.quotes import QuoteAttributor

    doc = Document(id="h", text=text)
    QuoteAttributor().process([doc])
    for quote in doc.quotes:
        assert text[quote.content.start : quote.content.end] == quote.content.text
        assert quote.content.text.strip()


@pytest.mark.parametrize(
    ("word", "lemma", "feminine"),
    [
        ("مطالبته", "مطالبة", False),  # ة is written ت before the pronoun
        ("تصريحاتها", "تصريحات", True),
        ("بإقراره", "إقرار", False),  # بـ of manner: "اختتم الزيارة بإقراره أن"
        ("قولهم", "قول", None),
    ],
)
def test_verbal_nouns_take_possessive_pronouns(word: str, lemma: str, feminine: bool | None) -> None:
    cue = load_cues().lookup(word)
    assert cue is not None and cue.kind == "noun" and cue.object_suffix
    assert cue.lemma == lemma and cue.feminine is feminine


def test_possessive_only_nouns_are_no_cue_without_the_pronoun() -> None:
    # "على حد قول X" is a source phrase; the bare noun قول must not open a frame of its own.
    assert load_cues().lookup("قول") is None
    # وصفه stays the verb with its object: a noun reading would shadow "ووصفه ترامب بأنه".
    cue = load_cues().lookup("وصفه")
    assert cue is not None and cue.kind == "verb"


def test_serena_is_no_form_of_raa() -> None:
    # يرى takes its object pronoun on ا (يرانا): سيرينا is the name, not "he will see us",
    # and يريه/يرينا are أرى "to show".
    text = 'وردت سيرينا، بطلة التنس، "لم أقرأ الكتاب".'
    quote = quote_with(quotes_of(text), "الكتاب")
    assert quote.cue.text == "وردت"
    assert quote.speaker_name == "سيرينا"
    cues = load_cues()
    assert not cues.lookup("يرينا") and not cues.lookup("يريه")
