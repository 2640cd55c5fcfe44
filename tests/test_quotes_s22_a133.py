"""Subjects of verbs that take an object before their preposition (a133).

In VSO the first noun after دعا، طالب، اتهم، وصف is the verb's subject. An event or verbal
noun there is the object instead, and the subject was dropped: it is the one who spoke last
("ووصف رفض الخطة بأنه …"). A word the document uses as a person's name stays the subject.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _speaker(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None), quote.speaker_name


def test_a_verbal_noun_with_a_name_after_wasafa_is_the_object() -> None:
    text = 'وقال الوزير سالم الهادي إن الحكومة ستواصل الإصلاحات، ووصف رفض بوتين للخطة بأنه "غير مبرر".'
    speaker, name = _speaker(text, "غير مبرر")
    assert speaker is None
    assert name == "سالم الهادي"


def test_an_event_noun_after_wasafa_leaves_the_subject_of_the_clause() -> None:
    text = (
        "وتحدثت الناشطة ليلى حسن أمام البرلمان. "
        "وأثارت حسن جدلا واسعا بعدما وصفت وفاة بعض السجناء بأنها جريمة."
    )
    speaker, name = _speaker(text, "جريمة")
    assert speaker is None
    assert name == "ليلى حسن"


def test_a_name_the_document_gives_after_a_verb_stays_the_subject() -> None:
    text = "وقال المعارض تشوي إن السجون مكتظة. ودعا تشوي المجتمع الدولي إلى التحرك لإنقاذ المعتقلين."
    speaker, name = _speaker(text, "التحرك")
    assert speaker == "تشوي"
    assert name == "تشوي"


def test_a_broken_plural_with_hamza_above_after_the_verb_is_its_subject() -> None:
    text = "وتحدث الوزير سالم الهادي عن الأزمة. ودعت أحزاب المعارضة الحكومة إلى الحوار."
    speaker, _ = _speaker(text, "الحوار")
    assert speaker is not None
    assert speaker.startswith("أحزاب")
