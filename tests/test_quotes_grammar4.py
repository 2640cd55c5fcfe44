"""Quote stage, fourth round on issue 19: long title chains of the Maghreb press and the names
their titles stand for later. Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- Maghreb posts as titles


def test_kahia_heads_a_title_chain_before_the_name() -> None:
    text = "قالت كاهية مدير وحدة المراقبة الجبائية سلمى الورتاني إن المراقبة متواصلة."
    quote = quote_with(quotes_of(text), "المراقبة")
    assert quote.speaker is not None and quote.speaker.text == "سلمى الورتاني"


def test_wali_in_apposition_gives_its_name_later() -> None:
    text = "وقال والي الكاف، منير الطرابلسي، إن الطريق ستفتح قريبا. وأضاف الوالي أن الأشغال انطلقت."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الطريق").speaker.text == "منير الطرابلسي"
    assert quote_with(quotes, "الأشغال").speaker_name == "منير الطرابلسي"


def test_wali_alone_stays_the_title() -> None:
    quote = quote_with(quotes_of("وأوضح الوالي أن الأشغال انطلقت."), "الأشغال")
    assert quote.speaker_name == "الوالي"


# ---------------------------------------------------------------- title chains


def test_participle_with_its_complement_stays_in_the_title() -> None:
    text = "وأكد المدير المسؤول عن سلامة الشبكات بالشركة الوطنية، كريم العياري، أن الخدمة آمنة."
    quote = quote_with(quotes_of(text), "الخدمة")
    assert quote.speaker is not None and quote.speaker.text == "كريم العياري"


def test_participle_with_its_complement_and_no_name_is_the_title() -> None:
    quote = quote_with(quotes_of("وأكد المدير المسؤول عن الملف أن الخدمة آمنة."), "الخدمة")
    assert quote.speaker is not None and quote.speaker.text == "المدير المسؤول"


def test_fail_adjective_and_place_phrase_close_the_body_name() -> None:
    # الخفيف (فعيل) is the body's adjective, بقابس (قابس is written alone) its place.
    text = (
        "وانطلقت أشغال مترو قابس، وفق ما أكده المدير العام للشركة سامي الورتاني. "
        "وأكد المدير العام لشركة المترو الخفيف بقابس أن التمويل متوفر."
    )
    quote = quote_with(quotes_of(text), "التمويل")
    assert quote.speaker.text == "المدير العام لشركة المترو الخفيف بقابس"
    assert quote.speaker_name == "سامي الورتاني"


def test_bi_name_after_a_title_chain_stays_a_name() -> None:
    # بشير is not ب + a word the document writes alone: a name.
    quote = quote_with(quotes_of("وقال المدير العام للشركة بشير الورتاني إن التمويل متوفر."), "التمويل")
    assert quote.speaker.text == "بشير الورتاني"


# ---------------------------------------------------------------- names before their titles


def test_title_after_a_name_stands_for_it_later() -> None:
    text = (
        "قال قيس الماجري، الناطق الرسمي باسم هيئة السجون، إن الحادث معزول. "
        "وأكد الناطق الرسمي باسم هيئة السجون أن العونين غادرا المستشفى."
    )
    assert quote_with(quotes_of(text), "العونين").speaker_name == "قيس الماجري"


def test_title_after_an_object_is_no_apposition() -> None:
    # الوزير follows the object of زار, not a speaker's name: it keeps its own reading.
    text = "وزار الوفد مدينة قابس، الوزير الجديد للنقل. وأكد الوزير أن التمويل متوفر."
    assert quote_with(quotes_of(text), "التمويل").speaker_name != "مدينة قابس"


def test_prepositional_phrase_before_a_title_is_no_name() -> None:
    # "لإذاعة محلية" is the addressee of قال, not the name the title follows.
    text = (
        "وقال لإذاعة محلية، الناطق الرسمي باسم الهيئة، إن الموسم صعب. "
        "وأكد الناطق الرسمي باسم الهيئة أن الحل قريب."
    )
    assert "إذاعة" not in quote_with(quotes_of(text), "الحل").speaker_name
