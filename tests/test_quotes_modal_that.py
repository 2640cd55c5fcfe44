"""أنْ after a modal (علينا، يجب، ينبغي، لا بد، يمكن لـX) is the modal's own complementizer, never a
cue's: in another clause it opens no content, and right after the cue (or its addressee, or
its word of saying) the modal clause is the content, modal and all. Sentences written for
these tests."""

from __future__ import annotations

from quote_helpers import quote_fields


def test_modal_after_addressee_opens_the_content() -> None:
    quotes = quote_fields("وقال الوزير للصحافيين علينا أن نعمل معا من أجل حل الأزمة.")
    assert quotes == [("indirect", "علينا أن نعمل معا من أجل حل الأزمة", "وقال", "الوزير")]


def test_modal_after_word_of_saying_opens_the_content() -> None:
    quotes = quote_fields("واختتم كلامه بالقول يجب أن تكون هناك خطة واضحة للمستقبل.")
    assert [(kind, content) for kind, content, _, _ in quotes] == [
        ("indirect", "يجب أن تكون هناك خطة واضحة للمستقبل")
    ]


def test_modal_in_a_relative_clause_is_no_content() -> None:
    assert quote_fields("ويرى الخبراء الذين يدرسون المناخ في الجامعة التي يجب أن تنال دعما أكبر.") == []


def test_modal_after_a_comma_is_no_content() -> None:
    assert quote_fields("ويعتبر السكان القرية موطنهم الأول، ويمكن أن يصل عددهم إلى ألف.") == []


def test_modal_after_the_subject_keeps_the_speaker() -> None:
    quotes = quote_fields("وأضاف التقرير يمكن للدول العربية أن تتعاون مع الشركات الصغيرة.")
    assert [(cue, speaker) for _, _, cue, speaker in quotes] == [("وأضاف", "التقرير")]


def test_modal_inside_the_content_of_inna_stays_in_it() -> None:
    quotes = quote_fields("وقال المدير إن الشركة تعمل على الأمر، لذلك علينا أن ننتظر النتائج.")
    assert quotes == [("indirect", "الشركة تعمل على الأمر، لذلك علينا أن ننتظر النتائج", "وقال", "المدير")]
