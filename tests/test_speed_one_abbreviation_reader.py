"""Speed round sp36 (issue 18) and two review leftovers, all with the same results.

1. ``arabic.title_abbreviation_end`` is the one reader of a title abbreviation's periods (د.،
   أ.د.): the sentence splitter (``after_a_title_abbreviation``, the view's sentence marks) and
   ``quotes.abbreviations`` both call it, where each had a reading of its own; both start with
   a cheap test of the letter before the period.
2. ``DocView.ya_as_maqsura``: the document search of ``stops.maqsura_name`` (does the text write
   فى، الذى … with ى?) is made once a view instead of at every call.
3. ``NameIndex._respelled_person`` answers a word too short or in the article before it reads
   the document's people and keys (``respelled_word_asked``).

The replaced readings are written out here and compared on texts of my own and on the news
fixtures.
"""

from __future__ import annotations

import re

from quote_helpers import fixture_texts

from qawl.arabic import Token, after_a_title_abbreviation, tokenize
from qawl.document import Document
from qawl.extractors.quotes import abbreviations, names, stops
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.view import DocView

# Texts of my own: د. spaced and glued to the name, أ.د. glued and spaced, a period after a
# one-letter word that is no title, a number and a mark glued before the letter, a line break and
# a Latin name after the period, and the title at the start and at the end of the text.
ABBREVIATION_TEXTS = [
    "وقال د. سامي يوسف إن الخطة جاهزة.",
    "وأكد د.سامي يوسف أن المشروع مستمر، وقالت أ.د. ليلى حسن إن النتائج طيبة.",
    "وأوضح أ. د. كريم عادل أن الدراسة انتهت. وقال أ .د. منير سالم إنها مهمة.",
    "د. هالة فريد قالت إن الوضع خطير",
    "وكتب المعلم الحرف د. ثم انتقل إلى الدرس التالي.",
    "وجاء في البند 3د. أن العقد ينتهي، ثم (د. نادر) قال إنه موافق.",
    "وقال د.\nسامي يوسف إن التقرير جاهز، وأضاف د. John Smith أن الخطة جيدة.",
    "وحضر الاجتماع عدد من الأساتذة منهم أ.د.",
    "وقال ـد. فؤاد إن الأمر انتهى، وبد. نبيل قال إنه لا يعرف.",
    "",
]

# Texts with and without a word whose final ي is written ى, and a name written with ى.
MAQSURA_TEXTS = [
    "وقالت منى حداد إن القرار صائب.",
    "وقالت منى حداد فى تصريح إن القرار صائب.",
    "وأكد الوزير الذى زار المدينة أن منى حداد لم تحضر.",
    "وقالت منى إن لى رأيا آخر، وقال مني الكثير.",
    "وقالت سلمى عادل إن التقرير وعلىّ أن أقرأه.",
    "وقالت منى حداد إن فىروز لم تأت.",
]

_STAGE = QuoteAttributor()


def _view(text: str) -> DocView:
    return DocView(Document("d", text), _STAGE.lexicon, _STAGE.words, _STAGE.vocabulary, _STAGE.features)


# ------------------------------------------------------------------ the replaced readings


def _old_after_a_title_abbreviation(text: str, tokens: list[Token], i: int) -> bool:
    if tokens[i].text != "." or i == 0 or i + 1 == len(tokens):
        return False
    before, after = tokens[i - 1], tokens[i + 1]
    if before.text not in {"د"} or before.end != tokens[i].start:
        return False
    if before.start > 0 and text[before.start - 1].isalnum():
        return False
    first = after.text[:1]
    return "\n" not in text[tokens[i].end : after.start] and first.isalpha() and not first.isascii()


def _old_closed_letter(view: DocView, i: int, letter: str) -> bool:
    tokens = view.tokens
    if i + 1 >= len(tokens) or tokens[i].text != letter or tokens[i + 1].text != ".":
        return False
    if tokens[i].end != tokens[i + 1].start:
        return False
    return i == 0 or tokens[i - 1].end < tokens[i].start or not view.is_word(i - 1)


def _old_abbreviation_end(view: DocView, i: int) -> int | None:
    tokens = view.tokens
    k = i
    if _old_closed_letter(view, k, "أ"):
        k += 2
    if not _old_closed_letter(view, k, "د"):
        return None
    k += 2
    if k >= len(tokens) or not view.is_word(k) or "\n" in view.doc.text[tokens[k - 1].end : tokens[k].start]:
        return None
    first = tokens[k].text[:1]
    return k if first.isalpha() and not first.isascii() else None


def _old_abbreviation_period(view: DocView, i: int) -> bool:
    tokens = view.tokens
    if i == 0 or tokens[i].text != ".":
        return False
    start = i - 1
    if start >= 2 and tokens[start - 1].text == "." and tokens[start - 2].text == "أ":
        start -= 2
    end = _old_abbreviation_end(view, start)
    return end is not None and end > i


def _old_abbreviation_start(view: DocView, i: int) -> int:
    return i - 2 if i >= 2 and _old_closed_letter(view, i - 2, "أ") else i


_OLD_YA_AS_MAQSURA = re.compile(r"(?<!\w)و?(?:فى|الذى|التى|لى|علىّ)(?!\w)")


def _old_maqsura_name(view: DocView, i: int) -> bool:
    key, words = view.keys[i], view.words
    return (
        view.tokens[i].text.endswith("ى")
        and not (words.is_a("stop", key) or words.is_a("time", key))
        and _OLD_YA_AS_MAQSURA.search(view.doc.text) is None
    )


# ------------------------------------------------------------------ the tests


def test_one_reader_of_title_abbreviations_reads_as_the_two_did() -> None:
    sentence_periods = quote_periods = 0
    for text in ABBREVIATION_TEXTS + fixture_texts():
        tokens = tokenize(text)
        view = _view(text)
        for i in range(len(tokens)):
            old = _old_after_a_title_abbreviation(text, tokens, i)
            assert after_a_title_abbreviation(text, tokens, i) == old, (text, i)
            sentence_periods += old
            old = _old_abbreviation_period(view, i)
            assert abbreviations.abbreviation_period(view, i) == old, (text, i)
            quote_periods += old
            assert abbreviations.abbreviation_end(view, i) == _old_abbreviation_end(view, i), (text, i)
            assert abbreviations.abbreviation_start(view, i) == _old_abbreviation_start(view, i), (text, i)
    # The texts hold both kinds, and the quote rules read the first period of أ.د. too.
    assert sentence_periods >= 6
    assert quote_periods > sentence_periods


def test_the_two_readers_still_differ_where_they_did() -> None:
    """The sentence splitter reads only the period after د; the quote rules also the first one
    of أ.د. (spaced, where the sentence splitter breaks), and not the د. after a spaced "أ .".
    """
    text = "وأوضح أ. د. كريم عادل أن الدراسة انتهت. وقال أ .د. منير سالم إنها مهمة."
    tokens = tokenize(text)
    view = _view(text)
    periods = [i for i, token in enumerate(tokens) if token.text == "."]
    sentence = [after_a_title_abbreviation(text, tokens, i) for i in periods]
    quote = [abbreviations.abbreviation_period(view, i) for i in periods]
    assert sentence == [False, True, False, False, True, False]
    assert quote == [True, True, False, False, False, False]


def test_maqsura_name_reads_the_document_once_with_the_same_answers() -> None:
    found = spelled = 0
    for text in MAQSURA_TEXTS + fixture_texts():
        view = _view(text)
        old_search = _OLD_YA_AS_MAQSURA.search(text) is not None
        assert view.ya_as_maqsura == old_search
        spelled += old_search
        for i in range(len(view)):
            if not view.is_word(i):
                continue
            old = _old_maqsura_name(view, i)
            assert stops.maqsura_name(view, i) == old, (text, i)
            found += old
        assert view.ya_as_maqsura == old_search  # asked again: the same fact
    assert found >= 2 and spelled >= 4


def test_words_not_asked_about_have_no_respelled_spelling() -> None:
    """_respelled_person returns early for a word respelled_word_asked refuses: that holds only
    while respelled_family_name matches such a word to no key, which this checks on every pair of
    distinct keys of the texts (short names and names in the article among them)."""
    texts = [
        "وقال بوش إن بوشي لم يحضر، وقال الفورت إن فورت وفورتي التقوا، وكان براون وبروان هناك.",
        "وأكد ستولتنبرغ أن ستولتبرغ لم يقل ذلك، وقالت هيا إن هية حضرت.",
    ]
    view_keys = set()
    for text in texts + fixture_texts()[:3]:
        view_keys.update(_view(text).keys)
    keys = sorted(key for key in view_keys if key.isalpha())
    refused = [word for word in keys if not names.respelled_word_asked(word)]
    assert refused and len(refused) < len(keys)
    for word in refused:
        assert not any(names.respelled_family_name(key, word) for key in keys if key != word), word
    assert names.respelled_family_name("فورتي", "فورت")  # an asked word still matches
