"""Quote round a134: names, second round (issue 19, item 3).

- A name compounded with عبد is written joined or apart ("عبدالرحمن" / "عبد الرحمن"), often both
  ways in one article: the two spellings are one name, so the fuller of either is the speaker's.
"""

from __future__ import annotations

from collections import Counter

from quote_helpers import quote_with, quotes_of

from qawl.extractors.quotes.names import NameIndex, name_words


def test_a_joined_abd_name_finds_its_fuller_name_written_apart() -> None:
    text = (
        'قال وزير الزراعة سليم عبد الرحمن إن "الموسم كان جيدا". '
        'وأضاف عبدالرحمن أن "الأسعار ستنخفض في الشتاء".'
    )
    assert quote_with(quotes_of(text), "الأسعار").speaker_name == "سليم عبد الرحمن"


def test_an_abd_name_written_apart_finds_its_fuller_name_written_joined() -> None:
    text = (
        'قال وزير الزراعة سليم عبدالرحمن إن "الموسم كان جيدا". '
        'وأضاف عبد الرحمن أن "الأسعار ستنخفض في الشتاء".'
    )
    assert quote_with(quotes_of(text), "الأسعار").speaker_name == "سليم عبدالرحمن"



def _index(*names: str) -> NameIndex:
    index = NameIndex()
    for name in names:
        index.add(name, person=True)
    index.word_counts = Counter(word for name in names for word in name_words(name))
    return index


def test_a_patronymic_cut_from_a_name_is_not_respelled_to_another_son() -> None:
    index = _index("فهد بن عبدالله الراشد", "ماجد بن عبدالله", "بن عبد الله")
    assert index.fullest("بن عبد الله") == "بن عبد الله"


def test_the_index_respells_an_abd_name() -> None:
    index = _index("سليم عبد الرحمن", "عبدالرحمن")
    assert index.fullest("عبدالرحمن") == "سليم عبد الرحمن"
