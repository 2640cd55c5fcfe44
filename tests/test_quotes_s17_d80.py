"""Round d80 (issue 19). The concessive وإنْ "even if" before a verb (وإن كان، وإن يكن، وإنْ +
perfect) is no complementizer and does not end the noun phrase of a nominal quote (ported from
d79). Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_concessive_in_kana_does_not_end_the_noun_phrase() -> None:
    text = "وأكد المحافظ حرصه على إتمام المشروع، وإن كانت الكلفة أعلى من المتوقع."
    assert quote_fields(text) == [
        ("nominal", "حرصه على إتمام المشروع، وإن كانت الكلفة أعلى من المتوقع", "وأكد", "المحافظ")
    ]


def test_concessive_in_with_jussive_does_not_end_the_noun_phrase() -> None:
    text = "وأعلن رئيس النادي استقالته من منصبه، وإن يكن الموعد غير محدد."
    assert quote_fields(text) == [
        ("nominal", "استقالته من منصبه، وإن يكن الموعد غير محدد", "وأعلن", "رئيس النادي")
    ]


def test_concessive_in_before_a_perfect_verb_opens_no_clause() -> None:
    text = "وأكدت الوزارة التزامها بالجدول الزمني، وإنْ تأخر تسليم المعدات."
    assert quote_fields(text) == [
        ("nominal", "التزامها بالجدول الزمني، وإنْ تأخر تسليم المعدات", "وأكدت", "الوزارة")
    ]
