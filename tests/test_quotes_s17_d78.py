"""Round d78 (issue 19): nominal quotes. A verb of saying takes one complement: with its
noun-phrase object read, a later قائلا reports its own words ("وأكد X تقليص المساحة قائلا إن …"),
and a أنّ-clause coordinated after the object after a comma ("أعلنت X السيطرة على الحريق، وأن
…") is a clause of its own: its verb governs the prepositions in it, and the noun phrase (the
nominal content) ends before it. A bare title ("الوزير") followed by a verbal noun that heads a
definite verbal noun ("تقليص الإنفاق") holds no given name. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_object_then_qailan_with_that() -> None:
    text = "وأكد سامي الحداد رئيس نقابة المزارعين تقليص المساحة المزروعة قائلا إن الجفاف هو السبب."
    assert quote_fields(text) == [
        ("nominal", "تقليص المساحة المزروعة", "وأكد", "سامي الحداد"),
        ("indirect", "الجفاف هو السبب", "قائلا", None),
    ]


def test_object_then_comma_qailan_with_colon() -> None:
    text = "وأبدى سامي عمار استياءه من قرار الحكم، قائلا: «لقد ظلمنا اليوم»."
    assert quote_fields(text) == [
        ("nominal", "استياءه من قرار الحكم", "وأبدى", "سامي عمار"),
        ("direct", "لقد ظلمنا اليوم", "قائلا", None),
    ]


def test_qailan_right_after_the_subject_carries_the_report() -> None:
    # Guard: no object between the verb and قائلا, which only carries the verb's report on.
    text = "وأكد الوزير قائلا إن الحكومة لن تتراجع عن الإصلاحات."
    assert quote_fields(text) == [("indirect", "الحكومة لن تتراجع عن الإصلاحات", "وأكد", "الوزير")]


def test_object_then_coordinated_that_clause() -> None:
    text = "وأعلنت الحماية المدنية، السبت، السيطرة على حريق في مستودع الميناء، وأن الحريق لم يسفر عن إصابات."
    fields = quote_fields(text)
    assert fields[0] == ("nominal", "السيطرة على حريق في مستودع الميناء", "وأعلنت", "الحماية المدنية")


def test_prepositional_content_ends_before_coordinated_that() -> None:
    text = "وطالبت النقابة بمراجعة سلم الأجور، وأن تلتزم الوزارة بالاتفاق السابق."
    assert quote_fields(text)[0] == ("nominal", "بمراجعة سلم الأجور", "وطالبت", "النقابة")


def test_coordinated_that_clauses_stay_one_quote() -> None:
    # Guard: "أكد أن …، وأن …": one cue governing two coordinated clauses is one quote.
    text = "وأكد المدير أن المصنع سيعود إلى العمل، وأن العمال سيتقاضون أجورهم كاملة."
    assert quote_fields(text) == [
        ("indirect", "المصنع سيعود إلى العمل، وأن العمال سيتقاضون أجورهم كاملة", "وأكد", "المدير")
    ]


def test_bare_title_then_verbal_noun_with_definite_genitive() -> None:
    text = "وأكد الوزير تقليص الإنفاق العام."
    assert quote_fields(text) == [("nominal", "تقليص الإنفاق العام", "وأكد", "الوزير")]


def test_bare_title_then_listed_first_form_noun() -> None:
    text = "وأعلن المحافظ فرض حظر التجول في المدينة."
    assert quote_fields(text) == [("nominal", "فرض حظر التجول في المدينة", "وأعلن", "المحافظ")]


def test_title_then_given_name_stays_the_subject() -> None:
    # Guard: "النائبة ابتسام الخطيب": a given name of the verbal-noun pattern after a title, its
    # family name no verbal noun.
    text = "وأكدت النائبة ابتسام الخطيب ضرورة مراجعة القانون."
    assert quote_fields(text) == [("nominal", "ضرورة مراجعة القانون", "وأكدت", "ابتسام الخطيب")]
