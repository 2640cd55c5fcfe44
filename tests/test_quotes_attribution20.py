"""Quote stage, attribution round 20 on issue 19: the name a title chain ends in or stands next
to, set off by an honorific, a comma group or a hashtag, and a ل-body whose name begins with ب.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- an honorific opens the apposition


def test_a_name_with_an_honorific_in_apposition_after_a_title() -> None:
    quotes = quotes_of(
        "قال وزير الخارجية العماني، الشيخ سالم بن ناصر، إن الحوار هو الحل. "
        "وأضاف وزير الخارجية العماني أن بلاده ستواصل الوساطة."
    )
    assert quote_with(quotes, "الحوار").speaker_name == "سالم بن ناصر"
    # The pairing stands for the bare title later in the document.
    assert quote_with(quotes, "الوساطة").speaker_name == "سالم بن ناصر"


def test_a_rank_then_a_name_in_apposition() -> None:
    quote = quote_with(
        quotes_of("وقال الخبير العسكري الفرنسي، العقيد جان دوفال، إن المعركة ستطول."), "المعركة"
    )
    assert quote.speaker_name == "جان دوفال"


def test_a_lone_honorific_after_the_comma_names_no_one() -> None:
    quote = quote_with(quotes_of("قال وزير الخارجية العماني، الشيخ، إن الحوار هو الحل."), "الحوار")
    assert quote.speaker_name == "وزير الخارجية العماني"


# ---------------------------------------------------------------- a title chain ending in a name


def test_a_title_chain_ending_in_a_name_the_document_repeats() -> None:
    quotes = quotes_of("وقال رئيس الجمهورية الباجي قائد السبسي إن الوضع صعب. وأضاف السبسي أن الحكومة تعمل.")
    assert quote_with(quotes, "الوضع").speaker_name == "السبسي"


def test_a_chain_with_a_countrys_genitive_then_the_name() -> None:
    quotes = quotes_of(
        "وقال وزير خارجية تركيا مولود تشاوش أوغلو إن بلاده لن تتراجع. وأكد تشاوش أوغلو أن الحوار مستمر."
    )
    assert quote_with(quotes, "تتراجع").speaker_name == "تشاوش أوغلو"


def test_the_genitive_of_an_indefinite_title_is_not_the_speaker() -> None:
    # "مدرب سيرينا" is the coach, whom Serena's own report does not make Serena.
    quotes = quotes_of("وقال مدرب سيرينا إنها لم تنظر إليه. وقالت سيرينا إنها غاضبة.")
    assert quote_with(quotes, "تنظر").speaker_name == "مدرب سيرينا"


def test_an_adjective_that_ends_a_body_speaker_is_no_name() -> None:
    # "الجيش الأميركي" is a speaker; its adjective alone does not name the minister.
    quotes = quotes_of(
        "وقال الجيش الأميركي إن القوات باقية. وقال وزير الدفاع الأميركي إن الانسحاب غير مطروح."
    )
    assert quote_with(quotes, "الانسحاب").speaker_name == "وزير الدفاع الأميركي"


def test_whom_a_spokesman_speaks_for_is_not_the_speaker() -> None:
    quotes = quotes_of(
        "وقالت طيران الخليج إن الرحلات مستمرة. وصرح متحدث باسم طيران الخليج أن الشركة حصلت على تصريح."
    )
    assert quote_with(quotes, "تصريح").speaker_name != "طيران الخليج"


# ---------------------------------------------------------------- a title, a comma group, then the name


def test_a_title_completed_by_ladaa_between_commas_then_the_name() -> None:
    quote = quote_with(
        quotes_of("قالت السفيرة الكندية، لدى الأمم المتحدة، ماري دوبوا، إن القرار خاطئ."), "خاطئ"
    )
    assert quote.speaker_name == "ماري دوبوا"


def test_ladaa_with_a_verbal_noun_between_commas_is_no_title() -> None:
    quote = quote_with(quotes_of("قالت السفيرة الكندية، لدى وصولها، إن القرار خاطئ."), "خاطئ")
    assert quote.speaker_name == "السفيرة الكندية"


def test_a_body_in_the_titles_domain_then_a_comma_and_the_name() -> None:
    quote = quote_with(
        quotes_of("قال القيادي في حزب نداء فلسطين، سمير الورداني إن الحزب سيشارك في الانتخابات."), "سيشارك"
    )
    assert quote.speaker_name == "سمير الورداني"


def test_an_outlet_after_ladaa_then_the_rank_and_name() -> None:
    quote = quote_with(
        quotes_of("قال المحلل العسكري لدى قناة سكاي نيوز، المقدم بيار لوران، إن المعركة ستطول."), "المعركة"
    )
    assert quote.speaker_name == "بيار لوران"


def test_a_time_word_after_the_domain_is_no_name() -> None:
    quote = quote_with(
        quotes_of("قال القيادي في حزب الأمل الجديد، الأربعاء، إن الحزب سيشارك في الانتخابات."), "سيشارك"
    )
    assert quote.speaker_name == "القيادي"


def test_the_name_of_a_body_a_spokesman_serves_then_his_own_name() -> None:
    quote = quote_with(
        quotes_of("وقال المتحدث الرسمي باسم مجلس دير الزور العسكري، أحمد الحسن، إن المعارك مستمرة."),
        "المعارك",
    )
    assert quote.speaker_name == "أحمد الحسن"


def test_a_body_in_construct_then_a_time_word_is_no_name() -> None:
    quote = quote_with(quotes_of("وقال رئيس مجلس النواب، الأربعاء، إن الجلسة مؤجلة."), "الجلسة")
    assert quote.speaker_name == "رئيس مجلس النواب"


# ---------------------------------------------------------------- a name written as a hashtag


def test_a_hashtag_name_after_a_complete_title() -> None:
    quotes = quotes_of(
        "قال وزير الدفاع الأميركي #جيمس_ماتيس إن القوات باقية. "
        "وأضاف وزير الدفاع الأميركي أن الانسحاب غير مطروح."
    )
    assert quote_with(quotes, "باقية").speaker_name == "جيمس ماتيس"
    assert quote_with(quotes, "الانسحاب").speaker_name == "جيمس ماتيس"


def test_a_hashtag_after_an_indefinite_title_is_its_genitive() -> None:
    quote = quote_with(quotes_of("قال وزير خارجية #السعودية إن القوات باقية."), "باقية")
    assert "السعودية" not in (quote.speaker_name or "")


# ---------------------------------------------------------------- a link inside a name


def test_a_title_word_after_a_name_link_stays_in_the_name() -> None:
    quote = quote_with(
        quotes_of("قالت النائبة عن حزب الأمل، هاجر بن الشيخ أحمد، إن هناك تهاونا في البرلمان."), "تهاونا"
    )
    assert quote.speaker_name == "هاجر بن الشيخ أحمد"


def test_a_post_after_a_name_still_ends_it() -> None:
    quote = quote_with(quotes_of("وقال عبدالله الثاني ملك الأردن إن القدس خط أحمر."), "القدس")
    assert quote.speaker_name == "عبدالله الثاني"


# ---------------------------------------------------------------- a ل-body whose name begins with ب


def test_an_agency_name_beginning_with_ba_after_a_report() -> None:
    quote = quote_with(quotes_of("وذكر تقرير لوكالة بلومبيرغ أن الصفقة تشمل 36 طائرة."), "الصفقة")
    assert quote.speaker_name == "وكالة بلومبيرغ"


def test_a_prepositional_phrase_after_the_body_is_not_its_name() -> None:
    quote = quote_with(
        quotes_of(
            "وذكر بيان لوزارة الدفاع بشأن الصفقة أن الصفقة تشمل 36 طائرة. "
            "وقال بيان لوزارة بشأنها إن الأمر انتهى."
        ),
        "انتهى",
    )
    assert "بشأنها" not in (quote.speaker_name or "")


# ---------------------------------------------------------------- the occasion of a report ends the speaker


def test_a_press_conference_after_a_name_is_no_seat_and_rank() -> None:
    # "الصحفي" after "مؤتمره" is the conference's adjective, not a journalist's rank.
    quote = quote_with(
        quotes_of("وقال العقيد سامي الحداد في مؤتمره الصحفي الأسبوعي، إن العمليات مستمرة."), "العمليات"
    )
    assert quote.speaker_name == "سامي الحداد"


def test_a_seat_then_a_rank_still_opens_the_name() -> None:
    quote = quote_with(quotes_of("وقال مدير المرصد في باريس الدكتور بشير العبيدي إن الوضع خطير."), "الوضع")
    assert quote.speaker_name == "بشير العبيدي"


def test_an_anonymous_source_keeps_no_occasion_phrase() -> None:
    quote = quote_with(quotes_of("وحث مسؤول أممي بارز في كلمة أمام المجلس الحكومة على الحوار."), "الحوار")
    assert quote.speaker_name == "مسؤول أممي بارز"


def test_an_anonymous_source_keeps_its_place() -> None:
    quote = quote_with(quotes_of("وقال مسؤول في الوزارة إن الوضع خطير."), "الوضع")
    assert quote.speaker_name == "مسؤول في الوزارة"


def test_an_outlet_the_source_spoke_to_is_not_in_the_name() -> None:
    quote = quote_with(quotes_of("وقال طه بوزيان لراديو فرنسي الخميس إن المحتجين كانوا هادئين."), "المحتجين")
    assert quote.speaker_name == "طه بوزيان"


def test_a_name_beginning_with_la_stays_whole() -> None:
    quote = quote_with(quotes_of("وقال المدرب لوران بلان لاعبي الفريق إن الموسم صعب."), "الموسم")
    assert quote.speaker_name.startswith("لوران بلان")


# ---------------------------------------------------------------- where a name ends before an object


def test_a_proposition_noun_after_a_name_opens_the_object() -> None:
    quotes = quotes_of("وأكد النجم المصري محمد صالح عدم وجود أي خلاف، مضيفا أن الأجواء جيدة.")
    assert quote_with(quotes, "الأجواء").speaker_name == "محمد صالح"


def test_a_quantifier_after_a_name_opens_an_apposition() -> None:
    quote = quote_with(quotes_of("قال أندرو بريمبرغ أحد مستشاري الرئيس الأحد، إن الخطة جاهزة."), "الخطة")
    assert quote.speaker_name == "أندرو بريمبرغ"


def test_a_verbal_noun_after_a_name_is_the_object() -> None:
    quotes = quotes_of('وانتقد رئيس الوزراء نبيل كامل تعليق المفاوضات، وقال "هذا خطأ كبير".')
    assert quote_with(quotes, "خطأ").speaker_name == "نبيل كامل"


def test_a_name_link_keeps_a_family_name_of_that_form() -> None:
    quote = quote_with(quotes_of("وقال محمد بن تميم إن الخطة جاهزة."), "الخطة")
    assert quote.speaker_name == "محمد بن تميم"


def test_wahid_is_not_a_quantifier() -> None:
    # "واحد" is "one", no و + أحد: it does not end a phrase as "أحد" does.
    quote = quote_with(quotes_of("وقال سامي واحد إن الخطة جاهزة."), "الخطة")
    assert quote.speaker_name == "سامي واحد"


def test_an_anonymous_source_ends_before_a_proposition_noun() -> None:
    quotes = quotes_of("ونفى مصدر في السفارة الفرنسية مقتل الصحفي، واصفا التقارير بأنها كاذبة.")
    assert quote_with(quotes, "كاذبة").speaker_name == "مصدر في السفارة الفرنسية"
