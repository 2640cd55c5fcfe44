"""Plural groups of people that later plural verbs go on with (a125).

- Broken plurals of persons (أبناء، وجهاء، أعيان، شيوخ، رجال، نساء) head a group, like النشطاء
  and السكان: "ويتهم أبناء القرية الشركة بـ…. ويقولون إن …".
- A plural verb with a dropped subject at the start of the next sentence goes on with the plural
  subject of the clause before it, when that clause reports nothing: "وتظاهر أهالي الحي أمام
  البلدية. وأكدوا أن …". A singular verb before its subject shows no number; the group does.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_sons_of_a_village_are_a_group_the_plural_verb_goes_on_with() -> None:
    text = (
        "وقال المحافظ إن اللجنة ستزور المنطقة. "
        "ويتهم أبناء القرية الشركة بتلويث مياه النهر. "
        "ويقولون إن الأسماك نفقت خلال أسبوع واحد."
    )
    quotes = quotes_of(text)
    accusing = quote_with(quotes, "بتلويث مياه النهر").speaker_name
    assert accusing is not None and accusing.startswith("أبناء")
    assert quote_with(quotes, "الأسماك نفقت").speaker_name == accusing


def test_a_plural_verb_goes_on_with_the_group_of_the_sentence_before() -> None:
    text = (
        "وقال رئيس البلدية إن الأشغال ستنتهي قريبا. "
        "وتظاهر أهالي الحي أمام مقر البلدية. "
        "وأكدوا أن الشارع مغلق منذ شهرين."
    )
    name = quote_with(quotes_of(text), "الشارع مغلق").speaker_name
    assert name is not None and name.startswith("أهالي")


def test_a_singular_verb_does_not_go_on_with_the_group() -> None:
    # Guard: the masculine singular verb is someone else, not the group.
    text = (
        "وقال رئيس البلدية إن الأشغال ستنتهي قريبا. "
        "وتظاهر أهالي الحي أمام مقر البلدية. "
        "وأكد أن الشارع سيفتح الأسبوع المقبل."
    )
    name = quote_with(quotes_of(text), "الشارع سيفتح").speaker_name
    assert name is None or not name.startswith("أهالي")
