"""Quote attribution on unseen news (issue 19, round 7): who a subjectless cue continues and who
"the same source" is. Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# --------------------------------------------------------------- the first report of an article


def test_first_report_continues_the_person_named_before_it() -> None:
    quotes = quotes_of(
        "انتشر على مواقع التواصل مقطع تظهر فيه وزيرة الثقافة السابقة سلمى الزواري وهي تزور المتحف.\n"
        "وقالت إنها كانت تريد فتح المتحف للجميع."
    )
    assert quote_with(quotes, "فتح المتحف").speaker_name == "سلمى الزواري"


def test_a_person_only_mentioned_after_a_speaker_does_not_take_the_report() -> None:
    quotes = quotes_of(
        "قال مدير المتحف كريم العلوي إن الأبواب ستفتح غدا. وحضرت الافتتاح الوزيرة السابقة ليلى منصور. "
        "وأضاف أن التذاكر ستكون مجانية."
    )
    assert quote_with(quotes, "التذاكر").speaker_name == "كريم العلوي"


# --------------------------------------------------------------- "the same source", the interlocutor

_FIRE = (
    "قال سامي بن علي، الناطق باسم الحماية المدنية، إن الحريق اندلع ليلا. "
    "وأفاد الجار أن النيران وصلت إلى بيته. "
)


def test_the_speaker_noun_points_back_to_the_named_source() -> None:
    quotes = quotes_of(_FIRE + "وأضاف المتحدث أن فرق الإطفاء سيطرت على الحريق.")
    assert quote_with(quotes, "فرق الإطفاء").speaker_name == "سامي بن علي"


def test_our_interlocutor_is_one_word_and_the_named_source() -> None:
    quote = quote_with(quotes_of(_FIRE + "ونفى محدثنا أن يكون الحريق متعمدا."), "متعمدا")
    assert quote.speaker_name == "سامي بن علي"
    assert quote.speaker is not None and quote.speaker.text == "محدثنا"


def test_the_same_source_skips_a_person_of_the_story() -> None:
    quotes = quotes_of(_FIRE + "وأكد المصدر ذاته أن التحقيق فتح.")
    assert quote_with(quotes, "التحقيق").speaker_name == "سامي بن علي"


def test_the_same_source_after_an_anonymous_source_stays_with_it() -> None:
    quotes = quotes_of(
        "قال سامي بن علي إن الحريق اندلع ليلا. وقال مصدر أمني إن النيران وصلت إلى السوق. "
        "وأكد المصدر ذاته أن التحقيق فتح."
    )
    assert quote_with(quotes, "التحقيق").speaker_name == "مصدر أمني"


def test_speaker_noun_with_a_name_after_it_is_that_name() -> None:
    quotes = quotes_of(_FIRE + "وقال المتحدث باسم البلدية، كمال بوزيد، إن الطرق مغلقة.")
    assert quote_with(quotes, "الطرق").speaker_name == "كمال بوزيد"


# --------------------------------------------------------------- outlets that relay a report


def test_an_outlet_that_relays_the_words_is_no_antecedent() -> None:
    quotes = quotes_of(
        "أكد الوزير سامي العياري في حوار مع صحيفة الصباح، ونقله موقع الشروق، أن الأسعار ستنخفض. "
        "وأضاف أن الدعم سيستمر حتى نهاية العام."
    )
    assert quote_with(quotes, "الدعم").speaker_name == "سامي العياري"


def test_an_outlet_that_reports_is_continued() -> None:
    quotes = quotes_of(
        "قال الوزير سامي العياري إن الأسعار ستنخفض. وذكر موقع الشروق أن الحكومة تدرس خطة جديدة. "
        "وأضاف أن الخطة تشمل الدعم."
    )
    assert quote_with(quotes, "تشمل الدعم").speaker_name == "موقع الشروق"
