"""Attribution round 38: a title or role as the speaker, when the document names its holder.

- "وطالب منصور في رسالته، رئيس الحكومة بـ…": a preposition's phrase ends the subject; the
  title after the comma is the verb's object, no post of the subject, and the words before the
  comma are no name.
- "وقال الرئيس": the bare "الرئيس" is the head of state, never the prime minister or a
  chamber's head the document names ("رئيس الوزراء X").
- "الأمين العام الجديد": "new" or "current" points to the holder named without "former".
- "ضباط شرطة بالتورط": a preposition's definite noun after a body's head is no name of the body.
- More prepositions end a speaker phrase ("موقف الرئيس الأمريكي إزاء الاتفاق").
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def test_preposition_phrase_before_comma_is_no_name(pipeline: Pipeline) -> None:
    text = (
        "وجه الوزير السابق سمير منصور رسالة مفتوحة إلى الحكومة. "
        "وطالب منصور في رسالته، رئيس الحكومة باحترام تعهداته. "
        "وقال منصور إن المواطن لم يعد قادرا على تحمل الأعباء."
    )
    names = [name for _, name in speakers_and_names(pipeline, text)]
    assert names[-1] == "سمير منصور"


def test_apposition_after_name_look_alike(pipeline: Pipeline) -> None:
    # A name and its post between commas still pair, the name علي included (على once normalised).
    text = (
        "وذكر علي مهني، منسق العلاقات الخارجية للجمعية، أن التقرير سيصدر قريبا. "
        "وأضاف منسق العلاقات الخارجية للجمعية أن الوعود لم تنجز."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("منسق العلاقات الخارجية للجمعية", "علي مهني")


def test_bare_president_is_not_the_prime_minister(pipeline: Pipeline) -> None:
    text = (
        "أعلن رئيس الوزراء بنيامين نتنياهو أن الحكومة ستجتمع غدا. "
        "وقال نتنياهو إن الاجتماع سيبحث الميزانية. "
        "وقال الرئيس إن البلاد تمر بمرحلة صعبة."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الرئيس", "الرئيس")


def test_bare_president_look_alike(pipeline: Pipeline) -> None:
    # A president the document names is the one "الرئيس" stands for.
    text = (
        "أعلن الرئيس الفرنسي إيمانويل ماكرون أن الحكومة ستجتمع غدا. "
        "وقال ماكرون إن الاجتماع سيبحث الميزانية. "
        "وقال الرئيس إن البلاد تمر بمرحلة صعبة."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الرئيس", "إيمانويل ماكرون")


def test_new_holder_is_the_one_named(pipeline: Pipeline) -> None:
    text = (
        "أكد الأمين العام للاتحاد نور الدين الطبوبي أن المفاوضات ستنطلق قريبا. "
        "وأضاف الأمين العام الجديد أن الاتحاد مستعد للحوار."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الأمين العام الجديد", "نور الدين الطبوبي")


def test_former_holder_look_alike(pipeline: Pipeline) -> None:
    # "Former" is another person than the holder the document names.
    text = (
        "أكد الأمين العام للاتحاد نور الدين الطبوبي أن المفاوضات ستنطلق قريبا. "
        "وأضاف الأمين العام السابق أن الاتحاد مستعد للحوار."
    )
    assert speakers_and_names(pipeline, text)[-1][1] != "نور الدين الطبوبي"


def test_preposition_after_body_head_is_no_name(pipeline: Pipeline) -> None:
    text = (
        "وجهت السلطات اتهامات لأربعة ضباط شرطة بالتورط في اختفاء ثلاثة سياح. "
        "وقالت الشرطة إن التحقيق ما زال مستمرا."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الشرطة", "الشرطة")


def test_body_head_with_genitive_look_alike(pipeline: Pipeline) -> None:
    text = "أعلنت وزارة الداخلية التونسية عن إيقاف ثلاثة أشخاص. وقالت الوزارة إن التحقيق ما زال مستمرا."
    assert speakers_and_names(pipeline, text)[-1] == ("الوزارة", "وزارة الداخلية التونسية")


def test_preposition_ends_the_title(pipeline: Pipeline) -> None:
    text = (
        "وتحدثت الصحف عن موقف الرئيس الأمريكي إزاء الاتفاق النووي الإيراني. "
        "وقال الرئيس إن الاتفاق لا يضمن شيئا."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الرئيس", "الرئيس")
