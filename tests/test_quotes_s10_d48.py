"""Detection round d48 (issue 19 item 5, source phrases before and after the content): a pronoun
relay (وفق قوله، وفقا لتعبيره) ends the content before it as حسب قوله and على حد قوله do, while
وفق + a rule stays inside it; a pronoun relay after a quote of its sentence is that quote's note,
never a new quote of what follows it or of the clause after لكن; a time adverbial (and a place
set off with it) between the verb of a relative source phrase and its subject does not hide the
subject. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_conforming_pronoun_relay_ends_the_content() -> None:
    assert quote_fields("وأشار الوزير إلى أن البرنامج يخدم مصالح الأقليات بعد الثورة وفق قوله.") == [
        ("indirect", "البرنامج يخدم مصالح الأقليات بعد الثورة", "وأشار", "الوزير")
    ]


def test_conforming_li_pronoun_relay_ends_the_content() -> None:
    assert quote_fields("وأكد الوزير أن الوضع صعب وفقا لتعبيره.") == [
        ("indirect", "الوضع صعب", "وأكد", "الوزير")
    ]


def test_conforming_rule_stays_in_the_content() -> None:
    assert quote_fields("وقال الوزير إن التصويت تم وفق ما ينص عليه الدستور.") == [
        ("indirect", "التصويت تم وفق ما ينص عليه الدستور", "وقال", "الوزير")
    ]


def test_pronoun_relay_after_but_is_no_new_quote() -> None:
    assert quote_fields("وأكد الوزير أن الوضع صعب، لكن الحكومة تعمل على حله، حسب تعبيره.") == [
        ("indirect", "الوضع صعب", "وأكد", "الوزير")
    ]


def test_pronoun_relay_inside_a_quote_opens_none() -> None:
    # The relay is the writer's aside; the و-clause after it is the second conjunct of the
    # reported clause, so the content runs over both (the comma tests after the aside decide).
    assert quote_fields(
        "وأوضح المدير أن الشركة ترفض الابتزاز، وفق تعبيره، وتحتفظ بحقها في اللجوء إلى القضاء."
    ) == [
        (
            "indirect",
            "الشركة ترفض الابتزاز، وفق تعبيره، وتحتفظ بحقها في اللجوء إلى القضاء",
            "وأوضح",
            "المدير",
        )
    ]


def test_new_report_after_a_relay_aside_ends_the_content() -> None:
    assert quote_fields(
        "وأوضح المدير أن الشركة ترفض الابتزاز، وفق تعبيره، وأضاف أن النقابة تتحمل المسؤولية."
    )[0] == ("indirect", "الشركة ترفض الابتزاز", "وأوضح", "المدير")


def test_time_and_place_before_the_subject_of_a_relay_verb() -> None:
    assert quote_fields(
        "ارتفع عدد السياح بنسبة عشرة بالمائة، حسب ما أعلنته السبت بتونس، وزيرة السياحة سلمى الرقيق."
    ) == [("indirect", "ارتفع عدد السياح بنسبة عشرة بالمائة", "حسب", "سلمى الرقيق")]


def test_time_before_the_subject_of_a_relay_verb() -> None:
    assert quote_fields("تراجع سعر القمح في الأسواق، وفق ما صرح به اليوم المدير العام للديوان.") == [
        ("indirect", "تراجع سعر القمح في الأسواق", "وفق", "المدير العام للديوان")
    ]


def test_time_alone_after_a_relay_verb_is_no_source() -> None:
    assert quote_fields("تراجع سعر القمح في الأسواق، وفق ما صرح به اليوم.") == []


def test_conforming_to_a_decision_stays_in_the_content() -> None:
    assert quote_fields("وأكد الوزير ضرورة تنظيم القطاع وفق ما أقره المجلس الوزاري.") == [
        ("nominal", "ضرورة تنظيم القطاع وفق ما أقره المجلس الوزاري", "وأكد", "الوزير")
    ]


def test_time_set_off_after_the_relay_verb_and_its_pronoun() -> None:
    assert quote_fields(
        "تراجع سعر القمح في الأسواق، حسب ما أفاد به، اليوم الأربعاء، المدير العام للديوان."
    ) == [("indirect", "تراجع سعر القمح في الأسواق", "حسب", "المدير العام للديوان")]
