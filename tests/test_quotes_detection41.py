"""Detection round 41: where reported content goes on after a comma, and a passive of
considering inside a reported clause.

1. After a comma, a prepositional phrase with في of time, place or manner ("، في ذات الفترة"،
   "، وفي مقدمتهم …") and a pronoun clause describing the last noun ("، وهو ما يعني …") go on
   with the reported clause, to the sentence end. The occasion of the report ("، في تصريح …"),
   the writer's link ("، وفي هذا الإطار"), an aside ("، وهي، إن صحت،") or a verb of saying with
   content of its own soon after still end it.
2. "التي تعتبر "…"": an imperfect of considering between a relative and a few marked words is
   the passive "which is considered"; the marks hold its predicate, not a quote.

All sentences are written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_fields


def test_time_phrase_between_commas_goes_on() -> None:
    quotes = quote_fields("وقالت الشركة إن الأسعار تطورت، في ذات الفترة، بنسبة عشرة بالمائة.")
    assert quotes == [("indirect", "الأسعار تطورت، في ذات الفترة، بنسبة عشرة بالمائة", "وقالت", "الشركة")]


def test_place_phrase_after_comma_goes_on_in_nominal() -> None:
    quotes = quote_fields("وطالب الأهالي بتحسين الطرقات، في المناطق الجبلية شمال الولاية.")
    assert quotes[0][:3] == ("nominal", "بتحسين الطرقات، في المناطق الجبلية شمال الولاية", "وطالب")


def test_describing_pronoun_clause_goes_on() -> None:
    text = "وقال المدير إن عدد الزوار بلغ ألفي زائر هذا العام، وهو ما يعني تراجعا واضحا."
    quotes = quote_fields(text)
    assert quotes == [
        ("indirect", "عدد الزوار بلغ ألفي زائر هذا العام، وهو ما يعني تراجعا واضحا", "وقال", "المدير")
    ]


def test_occasion_phrase_after_comma_still_ends() -> None:
    quotes = quote_fields("وأكد الوزير أن الأشغال ستنتهي قبل الصيف، في تصريح للإذاعة الوطنية.")
    assert quotes == [("indirect", "الأشغال ستنتهي قبل الصيف", "وأكد", "الوزير")]


def test_writer_link_with_demonstrative_still_ends() -> None:
    quotes = quote_fields("وقالت الشركة إن الأسعار تطورت، وفي هذا الإطار، دعت الحكومة إلى المراقبة.")
    assert quotes[0] == ("indirect", "الأسعار تطورت", "وقالت", "الشركة")


def test_pronoun_clause_with_own_report_still_ends() -> None:
    quotes = quote_fields("وقال المدير إن المصنع سيغلق أبوابه، وهو ما نفته النقابة لاحقا.")
    assert quotes[0] == ("indirect", "المصنع سيغلق أبوابه", "وقال", "المدير")


def test_aside_after_pronoun_still_ends() -> None:
    quotes = quote_fields("وقال المحلل إن الحكومة رفعت الأسعار، وهي، إن صحت الأرقام، زيادة كبيرة.")
    assert quotes[0] == ("indirect", "الحكومة رفعت الأسعار", "وقال", "المحلل")


def test_contrast_with_own_report_still_ends() -> None:
    quotes = quote_fields("وقالت الوزيرة إن المشروع سيكتمل في الصيف، في حين أكد النائب أن الأشغال متوقفة.")
    assert quotes[0] == ("indirect", "المشروع سيكتمل في الصيف", "وقالت", "الوزيرة")
    assert quotes[1][:3] == ("indirect", "الأشغال متوقفة", "أكد")


def test_passive_considered_before_marks_is_no_quote() -> None:
    text = 'وقال الخبير إن الإجراءات التي تعتبر "قاسية جدا"، من شأنها أن "تضر بالاقتصاد الوطني".'
    quotes = quote_fields(text)
    assert [q for q in quotes if q[0] == "direct"] == []
    assert quotes[0][0] == "mixed" and quotes[0][2] == "وقال"


def test_considered_with_clause_in_marks_stays() -> None:
    # A clause in the marks (أنّ) is reported content, not a predicate.
    quotes = quote_fields('وقال النائب إن الحكومة التي تعتبر "أن الأزمة انتهت" مخطئة.')
    assert quotes[0][:3] == ("mixed", 'الحكومة التي تعتبر "أن الأزمة انتهت" مخطئة', "وقال")


def test_writer_note_on_what_came_of_it_still_ends() -> None:
    quotes = quote_fields("وأكدت النقابة أن الإضراب سيتواصل، وهو ما حدث بالفعل في الأسبوع الموالي.")
    assert quotes == [("indirect", "الإضراب سيتواصل", "وأكدت", "النقابة")]
