"""Quote round s16/a104: the wider given-name list (n11's person_first_words.txt) at the quote
stage's call sites of ``given_names()``.

The round measured the wider list at every call site of the quote stage's file set (names,
resolve, name_ends) and kept none: c5k changed nowhere, and at ``resolve._fuller_without_proclitic``
short foreign entries of the wider list (ريت) read a given name in ب (بريت) as ب + a name.
These tests pin what the strict list guards. The one call site the wider list helped (one c5k
quote, in attribution.py) was written up, not changed.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.extractors.gazetteer import person_first_words
from qawl.extractors.ner_spans import given_names


def test_the_wider_list_holds_every_strict_given_name() -> None:
    assert given_names() <= person_first_words()


def test_a_given_name_in_ba_is_no_preposition_before_a_name() -> None:
    text = (
        "قال القاضي بريت هولمز إن المحكمة ستنظر في القضية الأسبوع المقبل. وأضاف هولمز أن الجلسة ستكون علنية."
    )
    assert quote_with(quotes_of(text), "علنية").speaker_name == "بريت هولمز"


def test_a_foreign_given_name_keeps_its_family_name() -> None:
    text = "أعلن المدرب بيير لوران أن الفريق جاهز للمباراة. وأضاف لوران أن الإصابات لن تؤثر على التشكيلة."
    assert quote_with(quotes_of(text), "التشكيلة").speaker_name == "بيير لوران"
