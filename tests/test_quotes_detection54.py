"""Detection round d54 (issue 19, quote detection part A): content boundaries and readings.
"حذر من أنّ …" is a clause, not a noun phrase; "، كما أنه …" coordinates a second clause under the
same cue; "في إشارة إلى …" after the words is the writer's gloss; "بينها وبين …" is the
preposition, not the verb بيّن; and "، ما دفع …" after a closing source phrase is the writer's
consequence clause, not the reported one. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_that_after_the_cues_min_is_a_clause() -> None:
    text = "وحذر رئيس البلدية من أن الفيضانات قد تغمر الأحياء المنخفضة."
    assert quote_fields(text) == [("indirect", "الفيضانات قد تغمر الأحياء المنخفضة", "وحذر", "رئيس البلدية")]


def test_marked_clause_after_min_that_is_mixed() -> None:
    text = 'وحذرت المنظمة من أن "الجفاف سيضرب المنطقة هذا الصيف".'
    assert [q[:3] for q in quote_fields(text)] == [("mixed", "الجفاف سيضرب المنطقة هذا الصيف", "وحذرت")]


def test_noun_after_min_stays_nominal() -> None:
    text = "وحذر رئيس البلدية من خطر الفيضانات في الأحياء المنخفضة."
    assert [q[:3] for q in quote_fields(text)] == [("nominal", "خطر الفيضانات في الأحياء المنخفضة", "وحذر")]


def test_also_that_goes_on_with_the_same_clause() -> None:
    text = "وقال المدير إن المصنع بصدد تجديد آلاته، كما أنه بصدد شراء آلات جديدة."
    assert [q[:3] for q in quote_fields(text)] == [
        ("indirect", "المصنع بصدد تجديد آلاته، كما أنه بصدد شراء آلات جديدة", "وقال")
    ]


def test_also_that_with_its_own_cue_is_a_new_report() -> None:
    text = "وقال المدير إن المصنع بصدد تجديد آلاته، كما أنه أكد أن العمال سيعودون غدا."
    contents = [q[1] for q in quote_fields(text)]
    assert "المصنع بصدد تجديد آلاته" in contents


def test_also_that_after_a_nested_clause_stays_outside_it() -> None:
    text = (
        "ويقول المحامون إن المحكمة اكتفت بغرامة صغيرة، وهي عقوبة رأوا أنها خفيفة جدا، "
        "كما أن المتهم غادر البلاد."
    )
    nested = [q for q in quote_fields(text) if q[2] == "رأوا"]
    assert [q[1] for q in nested] == ["خفيفة جدا"]


def test_in_reference_to_is_the_writers_gloss() -> None:
    text = 'وقال المسؤول إن رد الشرطة على المحتجين "لم يكن متناسبا" في إشارة إلى أحداث الأسبوع الماضي.'
    quotes = [q for q in quote_fields(text) if q[2] == "وقال"]
    assert [q[1] for q in quotes] == ['رد الشرطة على المحتجين "لم يكن متناسبا"']


def test_between_her_and_is_no_verb() -> None:
    text = "ونشرت تسجيلا لمكالمة هاتفية بينها وبين زوجة ابن الرئيس يوحي بأن الأخيرة تحاول إسكاتها."
    assert quote_fields(text) == []


def test_verb_bayyana_with_a_pair_inside_its_clause_still_reports() -> None:
    text = "وبين الوزير أن الفرق بين الحكومة وبين النقابة كبير."
    expected = [("indirect", "الفرق بين الحكومة وبين النقابة كبير", "وبين")]
    assert [q[:3] for q in quote_fields(text)] == expected


def test_consequence_after_a_closing_source_phrase_is_the_writers() -> None:
    text = "وأصيب موظف في المدينة بصدمة طفيفة، بحسب ما ذكرت المتحدثة سارة علي، ما دفع السلطات للتحقيق."
    assert [q[:3] for q in quote_fields(text)] == [("indirect", "وأصيب موظف في المدينة بصدمة طفيفة", "بحسب")]


def test_still_after_a_fronted_source_phrase_opens_the_content() -> None:
    text = "وبحسب المتحدثة سارة علي، ما يزال الوضع متوترا في المدينة."
    assert [q[:3] for q in quote_fields(text)] == [("indirect", "ما يزال الوضع متوترا في المدينة", "وبحسب")]
