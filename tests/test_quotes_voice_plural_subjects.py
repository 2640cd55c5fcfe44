"""An indefinite plural of voices, calls, protests or writings right before a feminine singular
verb of saying is its subject: the verb opens a relative clause on the noun (no الذي after an
indefinite), and a phrase after the verb is its object."""

from __future__ import annotations

from quote_helpers import speaker_with


def test_voices_before_a_verb_are_its_subject() -> None:
    text = "أعلنت البلدية رفع رسوم النقل العام. وتعالت أصوات تطالب بإلغاء القرار قبل بدء العام الدراسي."
    assert speaker_with(text, "بإلغاء القرار") == ("أصوات", "أصوات")


def test_calls_before_a_verb_take_the_phrase_after_it_as_object() -> None:
    text = "ارتفعت أسعار الخبز في المدينة. وظهرت دعوات تطالب البلدية بتخفيض الأسعار فورا."
    assert speaker_with(text, "بتخفيض الأسعار")[0] == "دعوات"


def test_voices_before_a_masculine_verb_are_no_subject() -> None:
    # Look-alike: a plural of things takes no masculine verb; the subject follows the verb.
    text = "بدأ الاجتماع متأخرا. وسط هتافات يطالب رئيس النقابة سامر الخطيب العمال بالهدوء."
    assert speaker_with(text, "بالهدوء")[0] != "هتافات"
