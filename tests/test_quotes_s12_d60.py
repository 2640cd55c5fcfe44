"""Round d60 (issue 19, nominal quotes, part B). A verb that reports with a clause (صرّح، اعترف،
وصف …) takes one complement: a ب-word that names no event (part of a name, "فرانس برس"،
"بوكس"; an adverbial of place; the carrier بقوله) before the verb's own أنّ or colon is not its
ب-complement. استفالة of a hollow root with its owner's pronoun (استقالته) is a verbal noun, an
object after a verb of saying. A VSO subject after a time adverbial that follows the verb is
closed by the occasion of speech (في بيان) before the object. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_agency_name_ending_in_bi_word_before_that() -> None:
    got = quote_fields("وصرح الوزير لوكالة فرانس برس أن المفاوضات ستستأنف قريبا.")
    assert got == [("indirect", "المفاوضات ستستأنف قريبا", "وصرح", "الوزير")]


def test_name_opening_with_ba_before_that_after_commas() -> None:
    got = quote_fields("وصرح المتحدث الرسمي، بيتر بوكس، للصحفيين، أن المصنع سيغلق أبوابه.")
    assert [q[:3] for q in got] == [("indirect", "المصنع سيغلق أبوابه", "وصرح")]


def test_name_opening_with_ba_before_colon() -> None:
    got = quote_fields('وصرح بولس لإذاعة محلية: "نحن مستعدون للحوار".')
    assert [q[:3] for q in got] == [("direct", "نحن مستعدون للحوار", "وصرح")]


def test_bi_qawlihi_carries_the_colon_quote() -> None:
    got = quote_fields('وصرح الرئيس في مؤتمر صحفي بقوله: "لقد انتهت الأزمة".')
    assert [q[:3] for q in got] == [("direct", "لقد انتهت الأزمة", "وصرح")]


def test_place_phrase_before_bi_anna() -> None:
    got = quote_fields("وصرح مصدر مسؤول بوزارة الخارجية، بأن الزيارة ستتم في موعدها.")
    assert [q[:3] for q in got] == [("indirect", "الزيارة ستتم في موعدها", "وصرح")]


def test_event_complement_stays_before_another_verbs_that() -> None:
    # Guard: the clause after another verb of saying is that verb's.
    got = quote_fields("وطالب المحتجون برحيل الحكومة، وقالوا إن الوضع لا يحتمل.")
    assert ("nominal", "برحيل الحكومة", "وطالب", "المحتجون") in got


def test_possessed_bi_noun_stays_before_kama_anna() -> None:
    # Guard: a noun with its owner's pronoun names no one; كما أنّ opens the writer's clause.
    got = quote_fields("وطالما صرح المطرب بحبه لمدينته، كما أنه غنى لها أجمل أغانيه.")
    assert [q[:3] for q in got] == [("nominal", "بحبه لمدينته", "صرح")]


def test_hollow_istifala_with_pronoun_is_the_object() -> None:
    assert quote_fields("وأعلن المدرب استقالته من تدريب الفريق.") == [
        ("nominal", "استقالته من تدريب الفريق", "وأعلن", "المدرب")
    ]


def test_hollow_istifala_after_relative() -> None:
    got = quote_fields("وخلفه الوزير الذي أعلن استجابته لمطالب النقابات.")
    assert [q[:3] for q in got] == [("nominal", "استجابته لمطالب النقابات", "أعلن")]


def test_object_after_time_subject_and_occasion() -> None:
    assert quote_fields("وأعلنت الخميس وزارة الداخلية في بيان توقيف ثلاثة أشخاص.") == [
        ("nominal", "توقيف ثلاثة أشخاص", "وأعلنت", "وزارة الداخلية")
    ]
