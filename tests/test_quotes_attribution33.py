"""Attribution round 33: press roles that are adjectives, and the text words came in.

- A role written like a relational adjective (إعلامي، روائي) is a title only with the article,
  and not even then right after a definite common noun it describes ("المكتب الإعلامي").
- "وجاء في X أن …"، "وفق ما ورد في X": X may be any noun of what was said (التصريح، التوضيح),
  and the quote carries the issuer X names (لـ، المنسوب لـ، الصادر عن، a genitive); a lone
  "للوزارة" is the ministry the document named before.
- A text that words came in is no subject: a later verb without one goes on with the subject
  before it; a text whose author is the dropped subject of "نشرها" is that subject's.
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents, speakers_and_names

from qawl.pipeline import Pipeline


# The four rules of detection round 30 that came with the issuer (moved here with it).
def test_came_in_a_statement_noun_with_its_description(pipeline: Pipeline) -> None:
    text = "وجاء في التصريح المنسوب لرئيس النادي أن الفريق سيشارك في البطولة العربية."
    assert kinds_and_contents(pipeline, text) == [("indirect", "الفريق سيشارك في البطولة العربية")]


def test_came_in_with_a_pronoun_on_the_complementizer(pipeline: Pipeline) -> None:
    text = "وورد في التوضيح أنه سيتم فتح تحقيق في ملابسات الحادثة."
    assert kinds_and_contents(pipeline, text) == [("indirect", "سيتم فتح تحقيق في ملابسات الحادثة")]


def test_according_to_what_came_in_a_clarification(pipeline: Pipeline) -> None:
    text = "وتم إغلاق المسلك الجبلي أمام حركة المرور، حسب ما ورد في التوضيح."
    assert kinds_and_contents(pipeline, text) == [("indirect", "وتم إغلاق المسلك الجبلي أمام حركة المرور")]


def test_came_in_a_place_is_not_a_text(pipeline: Pipeline) -> None:
    # look-alike: جاء في + a rank, no text that words came in
    text = "وجاء في المرتبة الثانية أن الفريق خسر مباراته الأخيرة."
    assert kinds_and_contents(pipeline, text) == []


def test_press_role_after_a_definite_noun_is_its_adjective(pipeline: Pipeline) -> None:
    # الإعلامي is no title here but the body's adjective, so the body keeps its لل-domain (GUIDELINES:
    # the fullest name the document gives).
    text = "وأورد المكتب الإعلامي للبلدية على صفحته أن الأشغال ستنطلق الأسبوع المقبل."
    assert speakers_and_names(pipeline, text) == [("المكتب الإعلامي للبلدية", "المكتب الإعلامي للبلدية")]


def test_bare_press_role_is_no_source(pipeline: Pipeline) -> None:
    text = "وانهار جزء من الجسر ليلا بحسب تقارير إعلامية اليوم الأحد."
    assert all(speaker != "إعلامية" for speaker, _ in speakers_and_names(pipeline, text))


def test_press_role_before_a_name_stays_a_title(pipeline: Pipeline) -> None:
    # look-alike: after a verb (or a day), الإعلامي heads a title and its name follows
    text = (
        "يمثل غدا الإثنين الإعلامي كمال الورغي أمام القضاء. وقال الورغي إنه سيحضر الجلسة. "
        "وأضاف الإعلامي أن التهمة باطلة."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الإعلامي", "كمال الورغي")


def test_came_in_a_statement_to_the_ministry_named_before(pipeline: Pipeline) -> None:
    text = (
        "زار الوزير السجن المدني بمتابعة من وزارة العدل. وتم تعيين مدير جديد للسجن، "
        "وفق ما جاء في بلاغ إعلامي للوزارة."
    )
    assert ("بلاغ إعلامي للوزارة", "وزارة العدل") in speakers_and_names(pipeline, text)


def test_came_in_a_statement_attributed_to_a_title(pipeline: Pipeline) -> None:
    text = (
        "وأكد رئيس النادي محمد العياري أن الفريق جاهز. "
        "وجاء في التصريح المنسوب لرئيس النادي أن الفريق سيشارك في البطولة العربية."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("التصريح المنسوب لرئيس النادي", "محمد العياري")


def test_clarification_of_a_person_in_construct(pipeline: Pipeline) -> None:
    text = "وقد يتم اللجوء إلى عفو خاص بقرار رئاسي، بحسب توضيح المحامي سامي العكرمي."
    assert speakers_and_names(pipeline, text) == [("توضيح", "سامي العكرمي")]


def test_a_text_words_came_in_is_no_antecedent(pipeline: Pipeline) -> None:
    text = (
        "وشارك وزير الخارجية خميس الجهيناوي في افتتاح القمة الإفريقية بالعاصمة الرواندية، وفق ما "
        "ورد في بلاغ أصدرته وزارة الخارجية اليوم. وأكد أن تونس حققت نتائج هامة في هذا المجال."
    )
    speakers = speakers_and_names(pipeline, text)
    assert speakers[0][1] == "وزارة الخارجية"
    assert speakers[-1] == (None, "خميس الجهيناوي")


def test_a_text_its_subject_published(pipeline: Pipeline) -> None:
    text = (
        "ذكّر رئيس الحكومة الأسبق مهدي جمعة بقرار حكومته حل الروابط، "
        "بحسب ما جاء في تدوينة نشرها اليوم على الفيسبوك."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("تدوينة نشرها اليوم على الفيسبوك", "مهدي جمعة")


def test_a_text_an_outlet_published_is_not_its_subject(pipeline: Pipeline) -> None:
    # look-alike: the verb has its own subject (the outlet, which only published it)
    text = (
        "ذكّر رئيس الحكومة الأسبق مهدي جمعة بقرار حكومته حل الروابط، "
        "بحسب ما جاء في تدوينة نشرتها الصحيفة على موقعها."
    )
    assert ("تدوينة نشرتها الصحيفة على موقعها", "مهدي جمعة") not in speakers_and_names(pipeline, text)
