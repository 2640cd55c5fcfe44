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


# A postposed "، وفق/بحسب X." of one or two words closing its sentence names the source of the
# clause before it, whatever X's class (a family name the lexicon does not know included).


def test_postposed_closing_source_with_a_family_name() -> None:
    text = "وتراجعت صادرات الحبوب بنسبة الربع خلال الموسم الماضي، بحسب الشمري."
    assert quote_fields(text) == [
        ("indirect", "وتراجعت صادرات الحبوب بنسبة الربع خلال الموسم الماضي", "بحسب", "الشمري")
    ]


def test_postposed_closing_source_with_two_words() -> None:
    text = "وارتفع عدد الزوار إلى مليون زائر هذا العام، وفق الدباغ والحمداني."
    assert quote_fields(text) == [
        ("indirect", "وارتفع عدد الزوار إلى مليون زائر هذا العام", "وفق", "الدباغ والحمداني")
    ]


def test_postposed_manner_phrase_names_no_source() -> None:
    # Guard: what things are done "according to" (a need, a plan, a region) is no source.
    for text in (
        "وتوزع البلدية المياه على الأحياء، حسب الحاجة.",
        "وتختلف أسعار الإيجار بين المدن، بحسب المنطقة.",
        "وسيتم صرف الدفعة الأولى للمقاولين، وفق الخطة.",
    ):
        assert quote_fields(text) == [], text
