"""Detection round d49 (issue 19 item 5, source phrases): a pronoun relay set off by commas
inside the reported clause ("، حسب تعبيره،"، "، على حد قوله،"، "، وفقا لرأيه،") is the writer's
aside; the content walks over it when the clause goes on after it, and ends before it when a new
clause or report follows. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_relay_aside_inside_a_clause_is_stepped_over() -> None:
    assert quote_fields("وأكد الوزير أن هذا الدور يجب أن يبقى، حسب تعبيره، اجتماعيا بالأساس.") == [
        ("indirect", "هذا الدور يجب أن يبقى، حسب تعبيره، اجتماعيا بالأساس", "وأكد", "الوزير")
    ]


def test_relay_aside_between_subject_and_predicate() -> None:
    assert quote_fields("وقال المدير إن التوافق في الوقت الراهن، وفق تقديره، لم يحقق النتائج المطلوبة.") == [
        ("indirect", "التوافق في الوقت الراهن، وفق تقديره، لم يحقق النتائج المطلوبة", "وقال", "المدير")
    ]


def test_ala_hadd_aside_inside_a_noun_phrase() -> None:
    assert quote_fields("وتحدثت الوزيرة عن المكاسب التي أصبحت، على حد تعبيرها، تمثل ضغطا على الميزانية.") == [
        ("nominal", "المكاسب التي أصبحت، على حد تعبيرها، تمثل ضغطا على الميزانية", "وتحدثت", "الوزيرة")
    ]


def test_relay_aside_before_a_participle_ends_the_content() -> None:
    assert quote_fields("وأكد الوزير أن الوضع صعب، على حد قوله، مشيرا إلى أن الحكومة تعمل على حله.") == [
        ("indirect", "الوضع صعب", "وأكد", "الوزير"),
        ("indirect", "الحكومة تعمل على حله", "مشيرا", None),
    ]


def test_alike_is_no_relay_aside() -> None:
    assert quote_fields("وقال الوزير إن الاتفاق يخدم، على حد السواء، العمال والمؤجرين.") == [
        ("indirect", "الاتفاق يخدم، على حد السواء، العمال والمؤجرين", "وقال", "الوزير")
    ]


def test_relay_aside_before_a_circumstantial_ends_the_content() -> None:
    assert quote_fields(
        "وأكد الوزير أن الطريقة أثبتت فشلها، حسب تقديره، مستدلا بمستشفى المدينة الذي لم يفتح بعد."
    ) == [("indirect", "الطريقة أثبتت فشلها", "وأكد", "الوزير")]
