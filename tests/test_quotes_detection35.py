"""Detection round 35 (census of 30 Jawhara FM and 30 multi-source articles): words that are no cue
here, and objects past an adverbial.

- بينهم، بينهما ("between them") spell بيّن with a plural object pronoun, which a verb whose content
  is its object cannot take; bare بين right after a noun is the preposition.
- "طلب عدم نشر اسمه"، "تحدث شريطة عدم ذكر اسمه": the request not to be named describes the source;
  the sentence's verb reports, and the request's subject still carries to later cues.
- A time adverb (الاثنين، اليوم الأربعاء), a manner adverb with a comma (بشدة،), a comma-set
  adverbial (، عبر صفحتها،، ، الأحد،) or a place phrase (في مدينة صفاقس،) closes the subject; the
  event noun after it is the object.
- The preposition of فضلا عن / علاوة على is the connective's, not the cue's complement.
- A superlative, أحد or شبه right after an imperfect of اعتبر is the predicate of the passive.
- A source phrase right after أنّ opens the clause after it; it attributes no words before it.
- Marks after "تطلق على نفسها" or "من بينهم" hold a name.
- An event-noun object before the first comma is the content, not a أنّ past that comma.
"""

from __future__ import annotations

from quote_helpers import kinds_contents_and_cues, record_quotes

from qawl.pipeline import Pipeline


def _speakers(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    return [((q.get("cue") or {}).get("text"), q.get("speaker_name")) for q in record_quotes(pipeline, text)]


def test_between_them_is_no_cue(pipeline: Pipeline) -> None:
    text = "ألقت الشرطة القبض على عشرة أشخاص من بينهم امرأة للاشتباه بأن لهم صلة بالشبكة."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_between_them_does_not_stop_the_verb_before_it(pipeline: Pipeline) -> None:
    text = "قال المدرب للاعبيه في اجتماع مغلق بينهم إنه راض عن الأداء العام للفريق."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "راض عن الأداء العام للفريق", "قال")]


def test_bayyana_with_its_subject_still_reports(pipeline: Pipeline) -> None:
    text = "وبين الوزير أن الحكومة ستدعم الفلاحين في الموسم القادم."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "الحكومة ستدعم الفلاحين في الموسم القادم", "وبين")
    ]


def test_bare_bayn_after_a_noun_is_the_preposition(pipeline: Pipeline) -> None:
    text = "ويعود جزء من الفارق في الأجور بين الجنسين إلى أن النساء يعملن ساعات أقل."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_bayyana_after_a_fronted_phrase_still_reports(pipeline: Pipeline) -> None:
    text = "وفي ما يتعلق بالميزانية بين الوزير أن العجز سينخفض خلال العام المقبل."
    assert [q[2] for q in kinds_contents_and_cues(pipeline, text)] == ["بين"]


def test_marks_after_among_them_hold_a_name(pipeline: Pipeline) -> None:
    text = 'في حين انتقد آخرون هذه المواقف، ونشروا صورا لمقاتلين من بينهم "أبو سياف الليبي" وآخرين.'
    assert kinds_contents_and_cues(pipeline, text) == []


def test_request_not_to_be_named_is_no_cue(pipeline: Pipeline) -> None:
    text = "وقال مصدر أمني طلب عدم نشر اسمه إن المهاجمين فروا نحو الجبال."
    assert _speakers(pipeline, text) == [("وقال", "مصدر أمني")]


def test_request_in_a_relative_before_a_colon(pipeline: Pipeline) -> None:
    text = 'وأضاف المسؤول الذي طلب عدم الكشف عن هويته: "الوضع تحت السيطرة تماما الآن".'
    assert kinds_contents_and_cues(pipeline, text) == [("direct", "الوضع تحت السيطرة تماما الآن", "وأضاف")]


def test_verb_before_a_condition_of_anonymity_is_no_cue(pipeline: Pipeline) -> None:
    text = "وقال دبلوماسي تحدث شريطة عدم ذكر اسمه إن المفاوضات متعثرة منذ أسابيع."
    assert _speakers(pipeline, text) == [("وقال", "دبلوماسي")]


def test_request_subject_still_carries_on(pipeline: Pipeline) -> None:
    text = (
        'وقال الإمام للحاضرين: "هذا جزاء من يعق والديه في الدنيا"، بحسب أحد السكان الذي طلب عدم ذكر '
        'اسمه. وأضاف: "أبناؤه أثرياء ويسكنون في حي راق بعيدا عن والدهم".'
    )
    assert _speakers(pipeline, text)[-1] == ("وأضاف", "أحد السكان")


def test_negated_request_without_a_name_is_still_a_call(pipeline: Pipeline) -> None:
    text = "وطالب الوزير بعدم التسرع في إصدار الأحكام على المتهمين."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("nominal", "بعدم التسرع في إصدار الأحكام على المتهمين", "وطالب")
    ]


def test_time_adverb_closes_the_subject_before_the_object(pipeline: Pipeline) -> None:
    text = "وأكدت الهيئة المستقلة للانتخابات الاثنين انطلاق التسجيل في الدوائر البلدية على كامل التراب."
    found = kinds_contents_and_cues(pipeline, text)
    assert found == [("nominal", "انطلاق التسجيل في الدوائر البلدية على كامل التراب", "وأكدت")]


def test_day_name_is_never_the_object(pipeline: Pipeline) -> None:
    text = "أعلنت الوزارة اليوم الأربعاء عن إطلاق منصة رقمية جديدة."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "إطلاق منصة رقمية جديدة", "أعلنت")]


def test_manner_adverb_and_comma_before_the_object(pipeline: Pipeline) -> None:
    assert kinds_contents_and_cues(pipeline, "ونفت الحكومة بشدة، هذه الادعاءات.") == [
        ("nominal", "هذه الادعاءات", "ونفت")
    ]


def test_manner_adverb_and_comma_before_a_participle(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, "ونفت الحكومة بشدة، مؤكدة أن التقرير مغلوط.")
    assert found == [("indirect", "التقرير مغلوط", "مؤكدة")]


def test_via_phrase_set_off_before_the_object(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, "أعلنت البلدية، عبر صفحتها الرسمية، إيقاف الأشغال بالطريق.")
    assert found == [("nominal", "إيقاف الأشغال بالطريق", "أعلنت")]


def test_via_phrase_set_off_before_a_complementizer(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, "أعلنت البلدية، عبر صفحتها الرسمية، أن الأشغال ستتوقف.")
    assert found == [("indirect", "الأشغال ستتوقف", "أعلنت")]


def test_time_set_off_by_commas_before_bi(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, "واعترفت الجماعة المسلحة، الأحد، بمصرع ثلاثة من أبرز عناصرها.")
    assert found == [("nominal", "بمصرع ثلاثة من أبرز عناصرها", "واعترفت")]


def test_place_phrase_with_bi_after_a_non_cue_verb(pipeline: Pipeline) -> None:
    assert (
        kinds_contents_and_cues(pipeline, "واستقبل الوزير، الثلاثاء، بمقر الوزارة وفدا من البنك الدولي.")
        == []
    )


def test_place_phrase_closed_by_a_comma_before_the_object(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(
        pipeline, "أعلنت الجمعية الخيرية في مدينة صفاقس، إطلاق قافلة طبية لفائدة المرضى."
    )
    assert found == [("nominal", "إطلاق قافلة طبية لفائدة المرضى", "أعلنت")]


def test_considered_object_before_a_place_phrase_keeps_the_object(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, "واعتبر الاتحاد تعيين المدير على رأس الشركة، خطوة استفزازية.")
    assert found == [("nominal", "تعيين المدير على رأس الشركة، خطوة استفزازية", "واعتبر")]


def test_additive_connective_keeps_its_preposition(pipeline: Pipeline) -> None:
    text = 'أعلنت الشرطة، السبت، حجز كمية من المخدرات، فضلا عن "أسلحة بيضاء وذخيرة".'
    found = kinds_contents_and_cues(pipeline, text)
    assert found == [("nominal", 'حجز كمية من المخدرات، فضلا عن "أسلحة بيضاء وذخيرة"', "أعلنت")]


def test_complement_after_an_additive_phrase(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(
        pipeline, "ودعت النقابة، علاوة على الإضراب، إلى وقفة احتجاجية أمام الوزارة."
    )
    assert found == [("nominal", "وقفة احتجاجية أمام الوزارة", "ودعت")]


def test_superlative_after_considered_imperfect_is_passive(pipeline: Pipeline) -> None:
    assert kinds_contents_and_cues(pipeline, "وزار الوفد المتحف الذي يعتبر أقدم متحف في البلاد.") == []
    assert kinds_contents_and_cues(pipeline, "واللغة الفرنسية تعتبر شبه رسمية في البلاد.") == []


def test_object_after_considered_imperfect_still_reports(pipeline: Pipeline) -> None:
    assert kinds_contents_and_cues(pipeline, "والرئيس يعتبر الاتفاق ضعيفا.") == [
        ("nominal", "الاتفاق ضعيفا", "يعتبر")
    ]


def test_source_phrase_after_that_opens_the_clause(pipeline: Pipeline) -> None:
    text = "ذكرت وكالات أنباء محلية أنه وفقا لجيش بلادها أصبح للمقاتلين الحق في المغادرة."
    assert [q[2] for q in kinds_contents_and_cues(pipeline, text)] == ["ذكرت"]


def test_source_phrase_after_a_clause_still_attributes_it(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, "وسيتم فتح المعبر غدا، وفقا لمصادر رسمية.")
    assert found == [("indirect", "وسيتم فتح المعبر غدا", "وفقا")]


def test_name_a_group_goes_by_is_no_quote(pipeline: Pipeline) -> None:
    text = 'طالبت حركة متشددة، تطلق على نفسها "جند الحق"، السكان، بمغادرة المنطقة.'
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "بمغادرة المنطقة", "طالبت")]


def test_words_about_oneself_are_still_a_quote(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, 'وقال الوزير عن نفسه "أنا لست سياسيا ولن أكون".')
    assert found == [("direct", "أنا لست سياسيا ولن أكون", "وقال")]


def test_object_before_the_first_comma_beats_a_far_that(pipeline: Pipeline) -> None:
    text = "وأكدت الوزارة الانطلاق في المشروع، خاصة في الجهات الداخلية، واحتمال أن يتوسع لاحقا."
    assert [(q[0], q[2]) for q in kinds_contents_and_cues(pipeline, text)] == [("nominal", "وأكدت")]


def test_that_after_a_set_off_occasion_is_still_the_content(pipeline: Pipeline) -> None:
    found = kinds_contents_and_cues(pipeline, "وأكد الوزير، في تصريح صحفي، أن الحكومة ستتدخل.")
    assert found == [("indirect", "الحكومة ستتدخل", "وأكد")]
