"""Quote round a134: names, second round (issue 19, item 3).

- A name compounded with عبد is written joined or apart ("عبدالرحمن" / "عبد الرحمن"), often both
  ways in one article: the two spellings are one name, so the fuller of either is the speaker's.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


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
