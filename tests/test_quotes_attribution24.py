"""Quote stage, attribution round 24 on issue 19: the subject of a negated or contrasted clause is
the antecedent of a later dropped subject; reported words are no narration; a title chain runs
through a quoted or named body, a preposition's phrase or a seat of ب-phrases to the name after
its comma; the text of a statement, a study named in other words and an issuer's time adverbial;
an adverb with its pronoun, a body after a post and a source after reported words are no speakers.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Mention

# ---------------------------------------------------------------- the governing clause's subject


def test_the_subject_after_a_negated_verb_is_the_antecedent() -> None:
    quotes = quotes_of(
        "وقال المدرب سامي الهادي إن الفريق جاهز. ولدى سؤاله عن مستقبل اللاعب في النادي، "
        "لم يجد زميله كريم الطرابلسي سوى المديح. وقال: اللاعب رائع في كل المباريات."
    )
    assert quote_with(quotes, "اللاعب رائع").speaker_name == "كريم الطرابلسي"


def test_no_one_under_a_negation_is_no_antecedent() -> None:
    quotes = quotes_of('وقالت الشرطة المحلية "لم يصب أحد في الحادث". وأضافت أن التحقيق مستمر.')
    assert quote_with(quotes, "التحقيق مستمر").speaker_name == "الشرطة المحلية"


def test_the_subject_after_a_sentence_opening_but_is_the_antecedent() -> None:
    quotes = quotes_of(
        "قال سامي الهادي إن الحياة هنا صعبة. وقال جاره عمر الشابي إن الحي هادئ. "
        'إلا أن سامي الهادي يعتزم الرحيل إلى كندا. وقال "لن أبقى هنا طويلا".'
    )
    assert quote_with(quotes, "لن أبقى").speaker_name == "سامي الهادي"


def test_but_after_reported_words_goes_on_with_them() -> None:
    quotes = quotes_of(
        "وقال متحدث باسم الوزارة إن العمليات توقفت، إلا أن واشنطن تواصل القصف. وقال إن الوضع هادئ."
    )
    assert quote_with(quotes, "الوضع هادئ").speaker_name == "متحدث باسم الوزارة"


def test_a_subject_inside_words_reported_with_a_pronoun_source_is_no_speaker() -> None:
    quotes = quotes_of(
        "وقال المهندس سامي بن علي إن الزيارات قليلة. فمجلة الغابات تحدد، على حد قوله، عدد الزيارات."
    )
    assert quote_with(quotes, "فمجلة الغابات").speaker_name == "سامي بن علي"


def test_a_source_phrase_inside_its_clause_keeps_the_clause_subject() -> None:
    quotes = quotes_of(
        "تلقت وزارة التجارة مئات الشكاوى. ووضعت وزارة التجارة، وفق بلاغ صادر عنها، رقما أخضر للمواطنين."
    )
    assert quote_with(quotes, "ووضعت").speaker_name == "وزارة التجارة"


# ---------------------------------------------------------------- title chains to the name


def test_a_body_quoted_after_a_title_leads_to_the_name_after_the_comma() -> None:
    quotes = quotes_of('وقال مدير "راديو المدينة"، يونس الهادي، إن البرامج جديدة.')
    assert quote_with(quotes, "البرامج جديدة").speaker_name == "يونس الهادي"


def test_a_body_quoted_with_its_adjective_leads_to_the_name() -> None:
    quotes = quotes_of("وأكدت رئيسة «فيسبوك» التنفيذية، سارة الجملي، أن التطبيق آمن.")
    assert quote_with(quotes, "التطبيق آمن").speaker_name == "سارة الجملي"


def test_an_outlet_named_in_quotes_is_still_the_outlet() -> None:
    quotes = quotes_of('وقالت صحيفة "الصباح"، إن الحكومة ستستقيل.')
    assert quote_with(quotes, "الحكومة ستستقيل").speaker_name == "الصباح"


def test_a_body_named_after_its_bi_noun_leads_to_the_name() -> None:
    # The earlier stages label the club: a body's name right after the title is not the person's.
    text = "وقال مدير الكرة بنادي بوروسيا دورتموند، ميكايل زورك، إن الصفقة انتهت."
    start = text.index("بوروسيا دورتموند")
    club = Mention(start, start + len("بوروسيا دورتموند"), "بوروسيا دورتموند", "ORG")
    quotes = quotes_of(Document(id="t", text=text, mentions=[club]))
    assert quote_with(quotes, "الصفقة انتهت").speaker_name == "ميكايل زورك"


def test_a_time_after_a_title_is_no_name() -> None:
    quotes = quotes_of("وقال مسؤول كبير بوزارة الخارجية الأميركية، الشهر الماضي، إن الوضع مستقر.")
    assert quote_with(quotes, "الوضع مستقر").speaker_name == "مسؤول كبير بوزارة الخارجية الأميركية"


def test_a_phrase_in_hawl_stays_in_the_title() -> None:
    quotes = quotes_of("كشفت رئيسة مركز البحوث حول المرأة، ليلى الجلاصي، أن النساء أكثر تعلما.")
    assert quote_with(quotes, "أكثر تعلما").speaker_name == "ليلى الجلاصي"


def test_a_seat_of_bi_phrases_is_no_name_and_the_topic_is_the_name_after_it() -> None:
    quotes = quotes_of(
        "أما الأستاذ المحاضر بقسم التاريخ بكلية الآداب والعلوم الإنسانية بجامعة صفاقس، كمال العياري، "
        "فقد أوضح أن الأرشيف ضاع."
    )
    assert quote_with(quotes, "الأرشيف ضاع").speaker_name == "كمال العياري"


def test_a_name_after_a_title_that_begins_like_bi_stays() -> None:
    quotes = quotes_of("وقال الرئيس بشار الأسد، إن الحرب مستمرة.")
    assert quote_with(quotes, "الحرب مستمرة").speaker_name == "بشار الأسد"


# ---------------------------------------------------------------- written sources


def test_the_text_of_a_statement_stands_for_its_issuer() -> None:
    quotes = quotes_of(
        "أكد بلاغ لوزارة التجارة، أن الأسعار مستقرة. "
        'وجاء في نص البلاغ أن "الأسعار ستنخفض في الأسابيع القادمة".'
    )
    assert quote_with(quotes, "الأسعار ستنخفض").speaker_name == "وزارة التجارة"


def test_a_study_named_in_other_words_is_the_survey_and_its_author() -> None:
    quotes = quotes_of(
        "أشار مسح جديد أجرته جمعية الأطباء إلى ارتفاع عدد المدخنين. "
        "وتشير الدراسة إلى أن الشباب أكثر إقبالا على التدخين."
    )
    assert quote_with(quotes, "الشباب أكثر").speaker_name == "جمعية الأطباء"


def test_an_issuers_time_adverbial_is_no_word_of_its_name() -> None:
    quotes = quotes_of("وسيغلق الطريق يومين، وفق بلاغ أصدرته وزارة النقل اليوم الخميس.")
    assert quote_with(quotes, "الطريق يومين").speaker_name == "وزارة النقل"


# ---------------------------------------------------------------- no speaker


def test_an_adverb_with_its_pronoun_is_no_subject() -> None:
    quotes = quotes_of(
        "وكان الوزير سامي الهادي قد اتهم بالكذب بعد تصريحات له أشار خلالها إلى أن الميزانية تكفي."
    )
    assert quote_with(quotes, "الميزانية تكفي").speaker_name == "سامي الهادي"


def test_the_subject_after_an_adverb_with_its_pronoun_speaks() -> None:
    quotes = quotes_of("ونفذ الأهالي وقفة احتجاجية، تعهدت خلالها السلطات المحلية بإصلاح الطريق قبل الشتاء.")
    assert quote_with(quotes, "بإصلاح الطريق").speaker_name == "السلطات المحلية"


def test_a_body_after_a_posts_comma_is_the_object() -> None:
    quotes = quotes_of("ودعت المديرة العامة للوكالة، البنك المركزي التونسي إلى إقرار تسهيلات جديدة.")
    assert quote_with(quotes, "إقرار تسهيلات").speaker_name != "البنك المركزي التونسي"


def test_a_name_after_a_posts_comma_still_speaks() -> None:
    quotes = quotes_of("ودعت المديرة العامة للوكالة، سلمى بن صالح، إلى إقرار تسهيلات جديدة.")
    assert quote_with(quotes, "إقرار تسهيلات").speaker_name == "سلمى بن صالح"


def test_a_source_after_reported_words_does_not_take_over_the_next_report() -> None:
    quotes = quotes_of(
        "أعلنت مديرة المرصد، هند الكافي، أن البلاد تحتل المركز 90 في الترتيب، بحسب تقرير البنك "
        "الدولي لسنة 2018 الذي شمل 150 دولة، وذلك خلال لقاء نظمه المرصد أمس بصفاقس. "
        "وأضافت أن الشباب أكثر تضررا."
    )
    assert quote_with(quotes, "الشباب أكثر").speaker_name == "هند الكافي"


def test_a_fronted_source_is_still_the_antecedent() -> None:
    quotes = quotes_of(
        "وبحسب الناطق الرسمي باسم المعتصمين، غسان الهادي، فإن الاعتصام مستمر. وأكد أن المطالب واضحة."
    )
    assert quote_with(quotes, "المطالب واضحة").speaker_name == "غسان الهادي"


# ---------------------------------------------------------------- the surname Li


def test_li_named_after_a_title_is_the_speaker_not_to_me() -> None:
    quotes = quotes_of(
        "قال رئيس الوزراء الكوري لي جاي ميونغ إن الاقتصاد قوي. وقالت الوزيرة سارة كيم إن الصادرات مستقرة. "
        "وقال لي خلال مؤتمر صحفي إن الاستثمارات ارتفعت."
    )
    assert quote_with(quotes, "الاقتصاد قوي").speaker_name == "لي جاي ميونغ"
    assert quote_with(quotes, "الاستثمارات ارتفعت").speaker_name == "لي جاي ميونغ"


def test_li_is_to_me_where_no_one_is_named_li() -> None:
    quotes = quotes_of(
        "قال الوزير أحمد سالم إن الوضع جيد. وقالت الوزيرة سارة كيم إن الصادرات مستقرة. "
        "وقال لي خلال اللقاء إن الاستثمارات ارتفعت."
    )
    assert quote_with(quotes, "الاستثمارات ارتفعت").speaker_name == "أحمد سالم"
