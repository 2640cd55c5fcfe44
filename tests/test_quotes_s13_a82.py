"""Quote round s13/a82: a short definite reference as speaker takes the fullest name given before.

- "أعلنت الهيئة الوطنية المستقلة للانتخابات … وقالت الهيئة إن": a body whose name opens with
  the article (head, definite adjectives, its domain in لل) is named as much as one written
  without it ("هيئة الانتخابات"); the head noun with the article refers back to the nearer
  naming of either form.
- "وقال سامر الخوري، خبير مالي لبناني، إن … واعتبر الخبير المالي أن": a later definite
  description points back to an indefinite description in apposition to a name; it stands for
  the name, not for the description.
- Guards: a head with adjectives only ("الهيئة الإقليمية") or a definite object glued to the
  head ("لاحظت الهيئة الإخلالات") names no body; an indefinite naming nearer to the reference
  still wins.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

BODY = "الهيئة الوطنية المستقلة للانتخابات"


def test_body_named_with_the_article_is_what_its_head_refers_back_to() -> None:
    text = (
        f"أعلنت {BODY} اليوم عن موعد الاقتراع في الدوائر الجديدة. "
        "وقالت الهيئة إن التسجيل سيستمر حتى نهاية الشهر."
    )
    assert quote_with(quotes_of(text), "التسجيل سيستمر").speaker_name == BODY


def test_body_named_with_the_article_is_found_after_a_quote_of_another_naming() -> None:
    text = (
        "وقالت لجنة الأمم المتحدة إن الوضع خطير. "
        "وتراقب اللجنة الدولية المشتركة للتحقيق في الانتهاكات الوضع منذ أشهر. "
        "وكانت اللجنة قد أكدت أن الشهود تعرضوا للضغط."
    )
    speaker = quote_with(quotes_of(text), "الشهود تعرضوا").speaker_name
    assert speaker is not None and speaker.startswith("اللجنة الدولية المشتركة للتحقيق")


def test_head_with_adjectives_only_names_no_body() -> None:
    text = (
        "وقالت هيئة مكافحة الفساد إن الملفات كثيرة. "
        "ورصدت الهيئة الإقليمية التجاوزات في الجنوب. "
        "وأكدت الهيئة أن التحقيقات مستمرة."
    )
    assert quote_with(quotes_of(text), "التحقيقات مستمرة").speaker_name == "هيئة مكافحة الفساد"


def test_nearer_indefinite_naming_wins() -> None:
    text = (
        f"أعلنت {BODY} عن موعد الاقتراع. "
        "وقالت هيئة مكافحة الفساد إن الملفات كثيرة. "
        "وأكدت الهيئة أن التحقيقات مستمرة."
    )
    assert quote_with(quotes_of(text), "التحقيقات مستمرة").speaker_name == "هيئة مكافحة الفساد"


def test_description_in_apposition_stands_for_the_name_before_it() -> None:
    text = (
        "وقال سامر الخوري، خبير مالي لبناني، إن الليرة ستتراجع أكثر. "
        "واعتبر الخبير المالي أن المصارف لن تصمد طويلا."
    )
    assert quote_with(quotes_of(text), "المصارف لن تصمد").speaker_name == "سامر الخوري"


def test_description_with_no_name_before_it_stays_the_description() -> None:
    text = "وقال خبير مالي لبناني إن الليرة ستتراجع أكثر. واعتبر الخبير المالي أن المصارف لن تصمد طويلا."
    speaker = quote_with(quotes_of(text), "المصارف لن تصمد").speaker_name
    assert speaker == "خبير مالي لبناني"


def test_holder_after_a_tenure_adjective_and_a_rank_with_its_nisba() -> None:
    text = "وقال رئيس اللجنة الحالي، السفير الكندي جون سميث، إن القرار مؤسف."
    assert quote_with(quotes_of(text), "القرار مؤسف").speaker_name == "جون سميث"


def test_plural_head_names_no_body() -> None:
    text = (
        "وقالت سلطات الطيران إن الرحلات ستعود. "
        "ووافقت السلطات الأوروبية للطيران المدني على الخطة. "
        "وأكدت السلطات أن المطار سيفتح غدا."
    )
    speaker = quote_with(quotes_of(text), "المطار سيفتح").speaker_name
    assert speaker is not None and "المدني" not in speaker


def test_head_right_before_li_is_an_object_not_a_name() -> None:
    text = (
        "وقالت مؤسسة الموانئ إن العمل مستمر. "
        "وطالب النواب بإخضاع المؤسسة للقانون الجديد. "
        "وأكدت المؤسسة أن الرصيف سيفتح غدا."
    )
    assert quote_with(quotes_of(text), "الرصيف سيفتح").speaker_name == "مؤسسة الموانئ"
