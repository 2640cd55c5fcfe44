"""Round d76 (issue 19): a source phrase whose noun is the possessed verbal noun of a cue of
saying ("وفق تأكيده"، "حسب إشارتها"، "وفقا لتصريحه") names its source by the pronoun, as
"حسب تعبيره" does: the clause before it is the source's report. The verbal nouns come from the
cue lexicon (its noun forms with a possessor's pronoun), not from a word list. A pronoun that
owns something else ("وفقا لتأشيراتهم") is no source. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_possessed_stress_noun_names_the_source() -> None:
    text = "وارتفعت أسعار الخبز في المدينة بشكل كبير، وفق تأكيده."
    assert quote_fields(text) == [("indirect", "وارتفعت أسعار الخبز في المدينة بشكل كبير", "وفق", None)]


def test_possessed_noun_after_li() -> None:
    text = "وتراجعت نسبة البطالة في الجنوب خلال العام الماضي، وفقا لتأكيدها."
    assert quote_fields(text) == [
        ("indirect", "وتراجعت نسبة البطالة في الجنوب خلال العام الماضي", "وفقا", None)
    ]


def test_possessed_pointing_noun() -> None:
    text = "وغادر عشرات العمال المصنع قبل الإضراب، حسب إشارته."
    assert quote_fields(text) == [("indirect", "وغادر عشرات العمال المصنع قبل الإضراب", "حسب", None)]


def test_owned_thing_is_no_source() -> None:
    text = "ودخل المسافرون البلاد الأسبوع الماضي، وفقا لتأشيراتهم."
    assert quote_fields(text) == []


def test_report_already_found_is_not_doubled() -> None:
    text = "وقال الوزير إن أسعار الخبز ارتفعت، وفق تأكيده."
    fields = quote_fields(text)
    assert len(fields) == 1
    assert fields[0][:3] == ("indirect", "أسعار الخبز ارتفعت", "وقال")
