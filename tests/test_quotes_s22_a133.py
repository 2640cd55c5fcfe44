"""Subjects of verbs that take an object before their preposition (a133).

In VSO the first noun after وصف، فسر، برر is the verb's subject. An event or verbal noun there
is the object instead, and the subject was dropped: it is the one who spoke last ("ووصف رفض
الخطة بأنه …"). A broken plural with hamza above (أحزاب) stays the subject, and so does any
noun after دعا، طالب، اتهم, whose object is a person (tests/test_quotes_s22_d93.py), and a
known person's name in a verbal noun's shape (ترامب: tests/test_quotes_attribution23.py).
"""

from __future__ import annotations

from quote_helpers import speaker_with


def test_a_verbal_noun_with_a_name_after_wasafa_is_the_object() -> None:
    text = 'وقال الوزير سالم الهادي إن الحكومة ستواصل الإصلاحات، ووصف رفض بوتين للخطة بأنه "غير مبرر".'
    speaker, name = speaker_with(text, "غير مبرر")
    assert speaker is None
    assert name == "سالم الهادي"


def test_an_event_noun_after_wasafa_leaves_the_subject_of_the_clause() -> None:
    text = (
        "وتحدثت الناشطة ليلى حسن أمام البرلمان. "
        "وأثارت حسن جدلا واسعا بعدما وصفت وفاة بعض السجناء بأنها جريمة."
    )
    speaker, name = speaker_with(text, "جريمة")
    assert speaker is None
    assert name == "ليلى حسن"


def test_a_broken_plural_with_hamza_above_after_the_verb_is_its_subject() -> None:
    text = "وتحدث الوزير سالم الهادي عن الأزمة. ووصفت أحزاب المعارضة القرار بأنه خطير."
    speaker, _ = speaker_with(text, "خطير")
    assert speaker is not None
    assert speaker.startswith("أحزاب")
