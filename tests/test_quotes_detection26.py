"""Detection round 26: where "without" and "على حد" end a quote's content.

دون ends reported content only where it opens the writer's note of what the source left out
(دون ذكر التفاصيل، دون أن يوضح …); any other "without" is part of the reported clause.
"على حد السواء" "alike" is an adverbial of the clause, not the source phrase "على حد قوله".
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents, record_quotes

from qawl.pipeline import Pipeline


def _contents(pipeline: Pipeline, text: str) -> list[str]:
    return [q["content"]["text"] for q in record_quotes(pipeline, text)]


def test_without_inside_the_reported_clause(pipeline: Pipeline) -> None:
    text = "وقال المتحدث باسم الوزارة إن التفاوض بشأن الاتفاق تم دون الرجوع إلى النقابات المعنية بالملف."
    assert _contents(pipeline, text) == ["التفاوض بشأن الاتفاق تم دون الرجوع إلى النقابات المعنية بالملف"]


def test_without_in_a_negated_clause(pipeline: Pipeline) -> None:
    text = "وقالت الجمعية إن الاعتداء على الصحفيين لن يمر دون محاسبة."
    assert _contents(pipeline, text) == ["الاعتداء على الصحفيين لن يمر دون محاسبة"]


def test_without_giving_evidence_is_reported(pipeline: Pipeline) -> None:
    text = "وقال المحامي إنه لا يمكن توجيه الاتهامات دون تقديم أدلة."
    assert _contents(pipeline, text) == ["لا يمكن توجيه الاتهامات دون تقديم أدلة"]


def test_without_mentioning_is_the_writers_note(pipeline: Pipeline) -> None:
    text = "وأعلنت الشرطة أن المشتبه به غادر البلاد دون ذكر مزيد من التفاصيل."
    assert _contents(pipeline, text) == ["المشتبه به غادر البلاد"]


def test_without_that_he_explain_is_the_writers_note(pipeline: Pipeline) -> None:
    text = "وأكد الوزير أن الحكومة ستواصل الإصلاحات دون أن يوضح موعدها."
    assert _contents(pipeline, text) == ["الحكومة ستواصل الإصلاحات"]


def test_without_giving_details_is_the_writers_note(pipeline: Pipeline) -> None:
    text = "وأوضح المصدر أن الأبحاث متواصلة دون تقديم تفاصيل إضافية."
    assert _contents(pipeline, text) == ["الأبحاث متواصلة"]


def test_without_after_a_verbal_noun_of_preventing(pipeline: Pipeline) -> None:
    text = "واتهمت الشركة منافستها بالحؤول دون تحديث برامجها على الهواتف."
    assert _contents(pipeline, text) == ["بالحؤول دون تحديث برامجها على الهواتف"]


def test_alike_does_not_end_the_content(pipeline: Pipeline) -> None:
    text = "وقال المدير إن المؤسسة تحافظ على مكانتها لدى المسافرين ورجال الأعمال على حد السواء."
    assert _contents(pipeline, text) == [
        "المؤسسة تحافظ على مكانتها لدى المسافرين ورجال الأعمال على حد السواء"
    ]


def test_as_he_put_it_still_ends_the_content(pipeline: Pipeline) -> None:
    text = "وقال المدير إن المؤسسة تحافظ على مكانتها لدى المسافرين على حد تعبيره."
    assert _contents(pipeline, text) == ["المؤسسة تحافظ على مكانتها لدى المسافرين"]


# Marks right after a preposition the cue does not take hold a name or term, not words said.


def test_outlet_after_detached_li_is_no_quote(pipeline: Pipeline) -> None:
    assert kinds_and_contents(pipeline, 'وقال الخبير لـ"العربية.نت" كلاما كثيرا عن الأزمة.') == []


def test_term_after_min_ajl_is_no_quote(pipeline: Pipeline) -> None:
    # The marked term is no direct quote; what was declared (حالة الطوارئ, d98) is the nominal one.
    found = kinds_and_contents(pipeline, 'وأعلن الرئيس حالة الطوارئ من أجل "تسريع" عمليات الإغاثة.')
    assert found == [("nominal", 'حالة الطوارئ من أجل "تسريع" عمليات الإغاثة')]


def test_manner_after_detached_bi_is_no_nested_quote(pipeline: Pipeline) -> None:
    text = 'وقالت الصين إنها حذرت سفينة حربية دخلت المياه الإقليمية بـ"شكل غير قانوني" الأحد.'
    assert [kind for kind, _ in kinds_and_contents(pipeline, text)] == ["mixed"]


def test_quote_after_addressee_is_still_direct(pipeline: Pipeline) -> None:
    assert kinds_and_contents(pipeline, 'وقال الوزير للصحفيين "نحن مستعدون".') == [("direct", "نحن مستعدون")]


def test_quote_after_the_cues_own_preposition_stays(pipeline: Pipeline) -> None:
    assert kinds_and_contents(pipeline, 'ودعا الوزير إلى "الحوار الوطني".') == [("nominal", "الحوار الوطني")]


def test_longer_marked_words_after_a_preposition_stay(pipeline: Pipeline) -> None:
    text = 'ونفى الوزير قيامه بـ"دبلوماسية موازية للدولة التونسية".'
    assert [content for _, content in kinds_and_contents(pipeline, text)] == [
        "دبلوماسية موازية للدولة التونسية"
    ]


# "في تصريح لـX "…"": a short marked span after the interviewer completes its name.


def test_outlet_name_after_interview_is_no_quote(pipeline: Pipeline) -> None:
    text = 'أكد مواطن في تصريح للجوهرة "اف ام" مساء اليوم اختطاف شقيقه من قبل مجموعة مسلحة.'
    assert all(kind != "direct" for kind, _ in kinds_and_contents(pipeline, text))


def test_outlet_name_lets_the_content_follow(pipeline: Pipeline) -> None:
    text = 'وشدد الناشط في تصريحه للجوهرة "اف ام" على ضرورة فتح تحقيق.'
    assert kinds_and_contents(pipeline, text) == [("nominal", "ضرورة فتح تحقيق")]


def test_words_said_after_an_interviewer_stay_direct(pipeline: Pipeline) -> None:
    text = 'ويقول الخبير في تصريحات لرويترز "سيكون هذا جيدا للشركة من الناحية المالية".'
    assert kinds_and_contents(pipeline, text) == [("direct", "سيكون هذا جيدا للشركة من الناحية المالية")]


def test_short_quote_after_a_statement_stays_direct(pipeline: Pipeline) -> None:
    assert kinds_and_contents(pipeline, 'وقالت الوزارة في بيان للصحفيين "لا تعليق".') == [
        ("direct", "لا تعليق")
    ]


def test_short_words_said_that_end_the_sentence_stay_direct(pipeline: Pipeline) -> None:
    text = 'وقال الخبير في تصريح لرويترز "أمامنا مشكلة بالفعل".'
    assert kinds_and_contents(pipeline, text) == [("direct", "أمامنا مشكلة بالفعل")]


def test_without_after_a_comma_goes_on_with_the_clause(pipeline: Pipeline) -> None:
    text = "وقال الوزير إن مقياس النجاح كان بإجراء الانتخابات، دون النظر إلى القانون الذي طبق خلالها."
    assert _contents(pipeline, text) == [
        "مقياس النجاح كان بإجراء الانتخابات، دون النظر إلى القانون الذي طبق خلالها"
    ]


def test_without_mentioning_after_a_comma_still_ends_it(pipeline: Pipeline) -> None:
    text = "وأكد الوزير أن الحكومة ستواصل الإصلاحات، دون ذكر تفاصيل."
    assert _contents(pipeline, text) == ["الحكومة ستواصل الإصلاحات"]


def test_no_news_yet_is_the_writers_note(pipeline: Pipeline) -> None:
    text = "وذكرت وسائل إعلام أن الهزة دفعت السكان إلى مغادرة بيوتهم، دون ورود أنباء عن ضحايا."
    assert _contents(pipeline, text) == ["الهزة دفعت السكان إلى مغادرة بيوتهم"]
