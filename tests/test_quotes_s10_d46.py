"""Detection round d46 (issue 19, nominal quotes): a body's head after the verb is its subject
(أعلنت وزارة X … عن), a complement taken up by a pronoun leaves no other (التي دعت إليها),
دعا X لـ + a verbal noun of the other patterns (للمساهمة، للوقوف، للتخلي، للنظر في), and ودّع is
no و + دعا. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_body_head_after_verb_is_the_subject() -> None:
    # وزارة spells a verbal noun's pattern, but the head of a body is the subject; عن is the verb's.
    assert quote_fields("وأعلنت وزارة الصحة الخميس عن تكوين لجنة للتحقيق.") == [
        ("nominal", "تكوين لجنة للتحقيق", "وأعلنت", "وزارة الصحة")
    ]


def test_body_head_subject_with_time_between_commas() -> None:
    assert quote_fields("أعلنت إدارة المهرجان، يوم السبت، عن برنامج الدورة الجديدة.") == [
        ("nominal", "برنامج الدورة الجديدة", "أعلنت", "إدارة المهرجان")
    ]


def test_body_head_subject_then_object_with_its_preposition() -> None:
    assert quote_fields("وأكدت وزارة الفلاحة حرصها على دعم صغار المزارعين.") == [
        ("nominal", "حرصها على دعم صغار المزارعين", "وأكدت", "وزارة الفلاحة")
    ]


def test_complement_taken_up_by_a_pronoun_leaves_no_content() -> None:
    # إليها is the complement (the strikes); للتعليم is the union's name, not what was called for.
    assert quote_fields("وتتواصل الإضرابات التي دعت إليها النقابة العامة للتعليم الأساسي منذ أسبوع.") == []


def test_pronoun_complement_of_announce_leaves_no_content() -> None:
    # A guard: no content after عنها, as before.
    assert quote_fields("ورفض الأهالي الإجراءات التي أعلن عنها الوالي في اجتماع مطول.") == []


def test_call_with_li_and_mufaala_after_the_one_called_on() -> None:
    assert quote_fields("ودعا المدير الأولياء للمساهمة في تنظيف المدرسة.") == [
        ("nominal", "للمساهمة في تنظيف المدرسة", "ودعا", "المدير")
    ]


def test_call_with_li_and_defective_tafaul() -> None:
    assert quote_fields("ودعا الوزير الشباب للتحلي بروح المسؤولية.") == [
        ("nominal", "للتحلي بروح المسؤولية", "ودعا", "الوزير")
    ]


def test_call_with_li_and_faal_governing_its_preposition() -> None:
    assert quote_fields("ودعت الجمعية البلدية للنظر في مشاكل الحي.") == [
        ("nominal", "للنظر في مشاكل الحي", "ودعت", "الجمعية")
    ]


def test_li_of_a_body_name_is_no_call() -> None:
    # للحوار names the body's purpose; the call is إلى الهدوء.
    found = quote_fields("ودعت الهيئة العليا للحوار الأحزاب إلى الهدوء.")
    assert [(kind, content, cue) for kind, content, cue, _ in found] == [("nominal", "الهدوء", "ودعت")]


def test_plural_afaal_after_li_is_no_call() -> None:
    # A guard: أفعال is a plural (الأيام), no verbal noun.
    assert quote_fields("ودعا الرئيس الشعب للأيام القادمة.") == []


def test_doubled_letter_after_waw_is_no_conjunction() -> None:
    # ودّعت "bade farewell": و is the root's, not "and" + دعت.
    assert quote_fields("ودّعت الجماهير الفريق إلى المطار.") == []
