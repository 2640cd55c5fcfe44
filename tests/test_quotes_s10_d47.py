"""Detection round d47 (issue 19, quote boundaries): على/عن right after a noun of office in the
subject (المسؤول عن، المشرفة على، القائمون على) is that noun's, not the cue's, when the cue's own
complementizer or preposition follows; كما "also" before a verb of saying with its own
complement ends the content before it (دعت إلى … كما طالبت بـ …), while كما + a verb with an
object pronoun or before quotation marks is a relay ("as X described it"). Sentences written for
these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_office_noun_preposition_before_that() -> None:
    assert quote_fields("أكد المسؤول على الإعلام بالجمعية أحمد سالم أن الدورة ستنطلق غدا.") == [
        ("indirect", "الدورة ستنطلق غدا", "أكد", "المسؤول")
    ]


def test_office_noun_preposition_repeated_by_the_cue() -> None:
    assert quote_fields("أعلنت الشركة المسؤولة عن الطريق عن تخصيص مبلغ لإصلاحه.") == [
        ("nominal", "تخصيص مبلغ لإصلاحه", "أعلنت", "الشركة المسؤولة")
    ]


def test_office_noun_alone_leaves_the_cue_its_preposition() -> None:
    # No أنّ and no second على: the subject is المسؤول and على is the cue's.
    assert quote_fields("أكد المسؤول على ضرورة الحوار.") == [("nominal", "ضرورة الحوار", "أكد", "المسؤول")]


def test_also_before_a_second_report_ends_the_first() -> None:
    assert quote_fields("ودعت النقابة الحكومة إلى الحوار كما طالبت بمراجعة القانون.") == [
        ("nominal", "الحوار", "ودعت", "النقابة"),
        ("nominal", "بمراجعة القانون", "طالبت", None),
    ]


def test_also_before_a_second_that_clause_ends_the_first() -> None:
    assert quote_fields("وقال الوزير إن الوضع مستقر كما أعلن أنه سيتم عقد جلسة عمل غدا.") == [
        ("indirect", "الوضع مستقر", "وقال", "الوزير"),
        ("indirect", "سيتم عقد جلسة عمل غدا", "أعلن", None),
    ]


def test_as_with_object_pronoun_is_a_relay_inside_the_content() -> None:
    # كما وصفته "as it described him": the clause goes on.
    fields = quote_fields("وقالت الوزارة إن المتهم الذي كما وصفته بالخطير غادر البلاد أمس.")
    assert fields[0][:2] == ("indirect", "المتهم الذي كما وصفته بالخطير غادر البلاد أمس")


def test_as_before_quotation_marks_is_a_relay() -> None:
    fields = quote_fields('واتهم الوزير بعضها كما قال بـ"دعم من الخارج" بالوقوف وراء الهجمات.')
    assert fields[0][1].startswith("بعضها كما قال")
