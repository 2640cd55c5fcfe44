"""Attribution round 55: a title or role that stands for a person the story quoted by name.

- "الناطق الرسمي" and "المتحدث الرسمي", "رئيس الحكومة" and "رئيس الوزراء" are one post each:
  the later wording names the holder paired with the earlier one.
- "وقال محاميه، X، … وأضاف المحامي": the possessed post is the bare post of the story.
- "قال X … وأكد رئيس الجمعية": a definite post at its first use points back to the one person
  quoted by name who could hold it (no post of their own, the same gender, no one else).
"""

from __future__ import annotations

from quote_helpers import record_quotes

from qawl.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> list[str | None]:
    return [q["speaker_name"] for q in record_quotes(pipeline, text)]


def test_spokesman_by_either_word(pipeline: Pipeline) -> None:
    text = (
        "قال كمال الورداني، الناطق الرسمي باسم الحماية المدنية، إن الحريق أخمد. "
        "وأضاف الورداني أن الخسائر مادية. "
        "وذكر المتحدث الرسمي أن التحقيق متواصل."
    )
    assert _names(pipeline, text)[-1] == "كمال الورداني"


def test_head_of_government_is_prime_minister(pipeline: Pipeline) -> None:
    text = (
        "أعلن رئيس الحكومة المغربية، سعد الدين الحجوي، أن الميزانية جاهزة. "
        "وأكد الحجوي أن الضرائب لن ترتفع. "
        'وقال رئيس الوزراء المغربي: "لن نتراجع عن الإصلاح".'
    )
    assert _names(pipeline, text)[-1] == "سعد الدين الحجوي"


def test_possessed_post_is_the_bare_post(pipeline: Pipeline) -> None:
    text = (
        "مثل المتهم أمام المحكمة أمس. وقال محاميه، سامي الجلاصي، إن موكله بريء. "
        'وأضاف المحامي: "سنستأنف الحكم".'
    )
    assert _names(pipeline, text)[-1] == "سامي الجلاصي"


def test_post_of_another_possessor_is_not_the_possessed_post(pipeline: Pipeline) -> None:
    # "والدها" pairs with the name after it; "والد سلمى" names another possessor's father.
    text = (
        "جلست بجانب والدها، منير الحامدي، في القاعة. "
        "وقال الحامدي إن الحفل كان رائعا. "
        "وطلب والد سلمى أن يتم تأجيل الموعد."
    )
    assert _names(pipeline, text)[-1] != "منير الحامدي"


_ASSOCIATION = (
    "قال منير الحامدي إن الجمعية ستنظم يوما مفتوحا للتبرع بالدم. "
    "وأضاف الحامدي أن المدارس ستشارك. "
    "وأكد رئيس الجمعية أن الهدف هو تشجيع الشباب."
)


def test_post_at_first_use_is_the_one_person_quoted(pipeline: Pipeline) -> None:
    assert _names(pipeline, _ASSOCIATION) == ["منير الحامدي", "منير الحامدي", "منير الحامدي"]


def test_post_at_first_use_with_two_people_quoted_names_no_one(pipeline: Pipeline) -> None:
    text = (
        "قالت سنية الماجري إن الجمعية تحتاج الدعم. وأضافت الماجري أن التبرعات قلت. "
        + _ASSOCIATION.replace("قال منير", "وقال منير")
    )
    # Two quoted people could hold the post, but only one is masculine, the post's gender.
    assert _names(pipeline, text)[-1] == "منير الحامدي"
    text = "قال سامي الجلاصي إن الجمعية تحتاج الدعم. وأضاف الجلاصي أن التبرعات قلت. " + _ASSOCIATION.replace(
        "قال منير", "وقال منير"
    )
    assert _names(pipeline, text)[-1] == "رئيس الجمعية"


def test_state_office_at_first_use_is_a_new_person(pipeline: Pipeline) -> None:
    text = _ASSOCIATION.replace("رئيس الجمعية", "وزير الصحة")
    assert _names(pipeline, text)[-1] == "وزير الصحة"


def test_post_of_a_person_with_another_post_is_not_theirs(pipeline: Pipeline) -> None:
    text = _ASSOCIATION.replace("قال منير الحامدي", "قال منير الحامدي، مدير المدرسة،")
    assert _names(pipeline, text)[-1] == "رئيس الجمعية"
