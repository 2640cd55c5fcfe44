"""Quote stage, attribution round a81 on issue 19: the speaker of a verbal-noun cue with a
possessive pronoun. When the noun is the object of a verb-first clause ("وتواصل عائلة X
مطالبتها بـ…"), its pronoun refers to that clause's subject, the noun phrase between the verb
and the noun, when it agrees with the pronoun and the verb and can speak; not to the speaker
quoted before.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_possessed_noun_after_a_verb_and_its_subject_takes_that_subject() -> None:
    text = (
        "وقال الوزير كمال العيادي إن اللجنة ستجتمع. وتواصل عائلة الصحفي سامي الحاج مطالبتها "
        "بتحقيق مستقل في الحادث."
    )
    quote = quote_with(quotes_of(text), "بتحقيق مستقل")
    assert quote.speaker is None
    assert quote.speaker_name is not None and "سامي الحاج" in quote.speaker_name
    assert "كمال العيادي" not in quote.speaker_name


def test_a_masculine_possessed_noun_after_a_titled_subject_takes_the_title() -> None:
    text = (
        "وقالت الوزيرة سلمى الرياحي إن المفاوضات مستمرة. ورغم ذلك، واصل الرئيس الأميركي تهديده "
        "بفرض رسوم جديدة على الواردات."
    )
    quote = quote_with(quotes_of(text), "بفرض رسوم")
    assert quote.speaker_name == "الرئيس الأميركي"


def test_a_possessed_noun_after_a_body_subject_takes_the_body() -> None:
    text = (
        "وقال الوزير كمال العيادي إن الحكومة لن تستقيل. وجددت حركة النهضة أمس في بيان رفضها "
        "للقرار، وتواصل النقابة العامة للتعليم مطالبتها بإقالة الوزير."
    )
    quote = quote_with(quotes_of(text), "بإقالة الوزير")
    assert quote.speaker_name is not None and "النقابة" in quote.speaker_name


def test_a_noun_governed_by_a_preposition_keeps_the_speaker_before() -> None:
    # "وقال الرئيس بعد إعلانه": the words between are no clause's subject.
    text = (
        "وقال الوزير كمال العيادي إن اللجنة ستجتمع. وغادرت الوزيرة سلمى الرياحي القاعة بعد إعلانه عن الموعد."
    )
    quote = quote_with(quotes_of(text), "الموعد")
    assert quote.speaker_name == "كمال العيادي"


# Group subjects in a broken plural: the form shows no plural ending, but a plural cue goes on
# with the group as with a sound plural (المحتجون).


def test_a_plural_cue_goes_on_with_a_broken_plural_subject_of_its_clause() -> None:
    text = "وقال الوزير كمال العيادي إن اللجنة ستجتمع. وقد أشاد النقاد بالفيلم الجديد، وقالوا إنه عمل متقن."
    quote = quote_with(quotes_of(text), "عمل متقن")
    assert quote.speaker is None
    assert quote.speaker_name is not None and "النقاد" in quote.speaker_name


def test_an_indefinite_broken_plural_after_a_fronted_adverbial_is_the_group() -> None:
    text = (
        "وقال الوزير كمال العيادي إن اللجنة ستجتمع. وتفاعل نشطاء على مواقع التواصل مع الخبر، "
        "مطالبين بمحاسبة المسؤولين."
    )
    quote = quote_with(quotes_of(text), "بمحاسبة المسؤولين")
    assert quote.speaker_name is not None and "نشطاء" in quote.speaker_name


def test_a_broken_plural_speaker_is_a_group_that_a_later_plural_cue_continues() -> None:
    text = (
        "وقال الوزير كمال العيادي إن اللجنة ستجتمع. وأفاد شهود عيان أن النيران التهمت المخزن، "
        "مؤكدين أن أحدا لم يصب."
    )
    quote = quote_with(quotes_of(text), "أحدا لم يصب")
    assert quote.speaker_name is not None and "شهود" in quote.speaker_name


def test_a_singular_cue_after_a_broken_plural_object_stays_with_the_minister() -> None:
    # "استقبل الوزير الخبراء": the plural is the object; a singular cue is the minister's.
    text = "واستقبل الوزير كمال العيادي الخبراء في مكتبه، وأكد أن الخطة جاهزة."
    quote = quote_with(quotes_of(text), "الخطة جاهزة")
    assert quote.speaker_name == "كمال العيادي"
