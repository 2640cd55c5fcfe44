"""Detection round d56 (issue 19): closing source phrases. A relative source phrase whose verb
is followed by the occasion of the saying (خلال مؤتمر صحفي، في تصريح) names no subject: the
pronoun in the verb said the clause before it. A phrase followed by an accusative participle of
saying (، مشيرا إلى أن) closes the clause before it: the participle is a circumstantial clause
on the source. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_occasion_after_the_phrase_verb() -> None:
    got = quote_fields(
        "قررت الإدارة إغلاق المكتب الرئيسي في المدينة، وذلك وفقا لما قاله خلال مؤتمر صحفي عقده أمس."
    )
    assert [q[:3] for q in got] == [("indirect", "قررت الإدارة إغلاق المكتب الرئيسي في المدينة", "وفقا")]


def test_statement_occasion_after_the_phrase_verb() -> None:
    got = quote_fields("ستغلق الشركة فرعها الجنوبي نهاية الشهر، حسب ما أكده في تصريح لإذاعة محلية.")
    assert [q[:3] for q in got] == [("indirect", "ستغلق الشركة فرعها الجنوبي نهاية الشهر", "حسب")]


def test_subject_after_the_occasion_is_not_dropped() -> None:
    # Guard: a title after the occasion is the verb's subject; no subjectless reading.
    got = quote_fields("قررت الإدارة إغلاق المكتب الرئيسي، وفقا لما قاله خلال المؤتمر وزير الداخلية.")
    assert all(q[3] is None or "وزير" in q[3] for q in got)


def test_participle_after_closing_phrase() -> None:
    got = quote_fields(
        "وارتفع الإنفاق العسكري بنسبة عشرة في المائة، وفقا لمعهد الدراسات الاستراتيجية، "
        "مشيرا إلى أن الجيش يحتاج المزيد."
    )
    assert got == [
        ("indirect", "وارتفع الإنفاق العسكري بنسبة عشرة في المائة", "وفقا", "معهد الدراسات الاستراتيجية"),
        ("indirect", "الجيش يحتاج المزيد", "مشيرا", None),
    ]


def test_fronted_phrase_before_participle_is_no_quote() -> None:
    # Guard: at the sentence start the phrase attributes no clause before it.
    got = quote_fields("وبحسب الوزير، مشيرا إلى أن الحكومة ستتدخل.")
    assert [q[2] for q in got] == ["مشيرا"]
