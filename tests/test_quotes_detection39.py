"""Detection round 39: recognised cues that gave no quote.

1. A possessed verbal noun (or a noun of a state of affairs) right after "title + comma" is the
   verb's object, not a name in apposition: names take no possessive pronoun.
2. "لكنه / غير أنه" + a verb of saying with its own frame is the source's next report: the
   reported clause before it ends there, and the next report is a quote of its own.

All sentences are written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_fields

# 1. The object after a title closed by a comma


def test_possessed_verbal_noun_after_title_comma_is_the_object() -> None:
    quotes = quote_fields("وأعلن رئيس النادي، تبرؤه من التصريحات المنسوبة إليه في الصحف.")
    assert quotes == [("nominal", "تبرؤه من التصريحات المنسوبة إليه في الصحف", "وأعلن", "رئيس النادي")]


def test_possessed_verbal_noun_after_long_title_comma() -> None:
    quotes = quote_fields("وأكد مدير مهرجان المدينة للفنون الشعبية، استعداده لاستقبال الفرق الأجنبية.")
    assert [(k, c.split()[0], cue) for k, c, cue, _ in quotes] == [("nominal", "استعداده", "وأكد")]
    assert quotes[0][3] == "مدير مهرجان المدينة للفنون الشعبية"


def test_bare_event_noun_after_title_comma_is_the_object() -> None:
    quotes = quote_fields("وأعلن رئيس البلدية، انطلاق أشغال تهيئة السوق المركزية.")
    assert quotes == [("nominal", "انطلاق أشغال تهيئة السوق المركزية", "وأعلن", "رئيس البلدية")]


def test_first_name_in_apposition_is_not_the_object() -> None:
    # انتصار is a verbal noun and a first name: set off by a second comma, it is the apposition.
    quotes = quote_fields("وقالت رئيسة الجمعية، انتصار الحمدي، إن الحملة ستتواصل.")
    assert [(k, c) for k, c, _, _ in quotes] == [("indirect", "الحملة ستتواصل")]
    assert "انتصار" in (quotes[0][3] or "")


# 2. "but he" + a verb of saying ends the reported clause


def test_but_she_called_for_is_a_quote_of_its_own() -> None:
    quotes = quote_fields("وقالت النقابة إن المفاوضات خطوة إيجابية لكنها دعت إلى تسريع صرف المستحقات.")
    assert ("indirect", "المفاوضات خطوة إيجابية", "وقالت", "النقابة") in quotes
    assert next(q for q in quotes if q[0] == "nominal")[1:3] == ("تسريع صرف المستحقات", "دعت")


def test_however_he_demanded_is_a_quote_of_its_own() -> None:
    quotes = quote_fields("وقال المدرب إن الفريق قدم مباراة جيدة غير أنه طالب بمزيد التركيز في الدفاع.")
    assert ("indirect", "الفريق قدم مباراة جيدة", "وقال", "المدرب") in quotes
    assert ("nominal", "بمزيد التركيز في الدفاع", "طالب", None) in quotes


def test_but_he_said_that_ends_the_first_clause() -> None:
    quotes = quote_fields("وأكد الوزير أن الموسم الفلاحي واعد ولكنه أشار إلى أن الأسعار مرتفعة.")
    assert ("indirect", "الموسم الفلاحي واعد", "وأكد", "الوزير") in quotes
    assert any(k == "indirect" and c == "الأسعار مرتفعة" for k, c, _, _ in quotes)


def test_but_with_a_verb_that_does_not_report_goes_on() -> None:
    # نقل "conveyed" without عن has no frame of saying: the clause goes on.
    quotes = quote_fields("وقالت المتحدثة إن الوزير لم يلتق الرئيس لكنه نقل له رسالة من الحكومة.")
    assert quotes[0][1] == "الوزير لم يلتق الرئيس لكنه نقل له رسالة من الحكومة"


def test_but_without_a_verb_of_saying_goes_on() -> None:
    quotes = quote_fields("وقال النائب إن الحكومة وعدت بالإصلاح لكنها لم تنفذ شيئا.")
    assert [(k, c) for k, c, _, _ in quotes] == [("indirect", "الحكومة وعدت بالإصلاح لكنها لم تنفذ شيئا")]
