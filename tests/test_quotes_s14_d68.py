"""Round d68 (issue 19, quote detection precision). Words that open no report: a written hamza
at a word's end is a root letter, never a number ending, so اقرأ "read" is not أقرّا "the two
acknowledged"; an imperative to the reader before a link ("اقرأ أيضاً: …") and a section
heading that opens with a verbal noun ("الاتفاق النووي مع إيران: …") name no source of a
headline colon; a verbal noun's genitive that is itself a verbal noun is the act it is about
("تأكيد ترشيح القاضي"), and an indefinite participle after an indefinite verbal noun is its
adjective ("تحذير مسبق"), not its source. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields

# ------------------------------------------------ headings


def test_read_also_link_is_no_quote() -> None:
    text = "وأكد الوزير أن الوضع مستقر.\nاقرأ أيضاً: خطة جديدة للنقل العام في العاصمة"
    assert quote_fields(text) == [("indirect", "الوضع مستقر", "وأكد", "الوزير")]


def test_read_with_hamza_is_no_dual_verb() -> None:
    # Not on a line of its own: the hamza is قرأ's, not the alef of the dual أقرّا.
    text = "وأكد الوزير أن الوضع مستقر. اقرأ أيضاً: خطة جديدة للنقل العام في العاصمة"
    assert quote_fields(text) == [("indirect", "الوضع مستقر", "وأكد", "الوزير")]


def test_topic_heading_is_no_headline_quote() -> None:
    text = "الاتفاق النووي مع إيران: خيارات الإدارة الثلاثة\nوقال الوزير إن المفاوضات مستمرة."
    assert quote_fields(text) == [("indirect", "المفاوضات مستمرة", "وقال", "الوزير")]


def test_headline_source_still_quoted() -> None:
    # Guard: a title before the colon is a source.
    text = "رئيس الوزراء الأرمني: الإقليم يواجه كارثة إنسانية\nنص الخبر."
    got = quote_fields(text)
    assert got == [("direct", "الإقليم يواجه كارثة إنسانية", ":", "رئيس الوزراء الأرمني")]


# ------------------------------------------------ verbal nouns without their agent


def test_verbal_noun_of_a_verbal_noun_is_no_source() -> None:
    assert quote_fields("وقد يؤثر تأكيد ترشيح القاضي على الناخبين في الانتخابات المقبلة.") == []


def test_participle_after_verbal_noun_is_its_adjective() -> None:
    assert quote_fields("وأُصدر تحذير مسبق من الفيضانات في المنطقة الشمالية.") == []


def test_verbal_noun_with_its_source_still_quoted() -> None:
    # Guards: a body and a title after the noun are its source.
    got = quote_fields("وجاء ذلك بعد تحذير الأمم المتحدة من مجاعة في البلاد.")
    assert got == [("nominal", "مجاعة في البلاد", "تحذير", "الأمم المتحدة")]
    got = quote_fields("وجاء ذلك بعد تحذير مسؤول أمريكي من هجوم وشيك.")
    assert got == [("nominal", "هجوم وشيك", "تحذير", "مسؤول أمريكي")]


def test_broken_plural_after_verbal_noun_is_its_source() -> None:
    # Guard: أفعال with the hamza above its alef is a plural (الأرصاد، أعضاء), not the verbal
    # noun إفعال, so it names who speaks.
    got = quote_fields("مع إعلان الأرصاد الجوية عن زيادة قوة الإعصار.")
    assert got == [("nominal", "زيادة قوة الإعصار", "إعلان", "الأرصاد الجوية")]
    got = quote_fields("وسط تحذير أعضاء في البرلمان من التصعيد.")
    assert [field[:3] for field in got] == [("nominal", "التصعيد", "تحذير")]
