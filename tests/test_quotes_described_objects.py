"""وصف X بـ and اتهم X بـ take an object before ب: when one noun phrase alone stands between the
verb and ب, it is the object, and the subject is dropped (the speaker before goes on)."""

from __future__ import annotations

from quote_helpers import speaker_with


def test_one_name_before_bi_is_the_accused() -> None:
    text = "رفضت الحكومة الانتقادات الأخيرة، واتهمت واشنطن بمحاولة إفشال المفاوضات الجارية."
    assert speaker_with(text, "إفشال المفاوضات")[1] == "الحكومة"


def test_a_noun_in_construct_before_bi_is_the_described() -> None:
    text = (
        'قال وزير الداخلية سامي العلي إن الوضع مستقر. ووصف أجهزة المخابرات الأجنبية بأنها "خارجة عن القانون".'
    )
    assert speaker_with(text, "خارجة عن القانون")[1] == "سامي العلي"


def test_a_subject_and_its_object_read_as_one_stay_the_subject() -> None:
    # Look-alike: a name and a definite noun after the verb are its subject and its object.
    text = "وتحدث اللاعب في مؤتمر صحفي أمس. ووصف هنيدي النادي بالمتألق."
    assert "هنيدي" in (speaker_with(text, "بالمتألق")[1] or "")


def test_a_verb_with_its_object_pronoun_keeps_the_subject_after_it() -> None:
    # Look-alike: the pronoun on تتهمها is the object, so the noun after it is the subject.
    text = "وبدأت السلطات حملة واسعة ضد الحركة التي تتهمها أنقرة بالوقوف وراء محاولة الانقلاب."
    assert speaker_with(text, "بالوقوف")[0] == "أنقرة"
