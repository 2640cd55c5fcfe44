"""Quote stage, tenth round on issue 19: a body's name in construct inside a title chain, and
the other rules of this round. Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention

# ---------------------------------------------------------------- a body's construct name in a title


def test_body_noun_in_construct_keeps_its_genitive_in_the_title() -> None:
    # "بمجلس نواب الشعب": مجلس without the article governs نواب, which governs الشعب; the rank
    # النائب then the name follow.
    text = "وقال عضو اللجنة المالية بمجلس نواب الشعب النائب منير الكسيكسي إن الميزانية تأخرت."
    quote = quote_with(quotes_of(text), "الميزانية")
    assert quote.speaker_name == "منير الكسيكسي"


def test_one_word_body_name_still_ends_the_title() -> None:
    # The look-alike: "بحركة فتح" — the body's own name is one word, the person's name follows.
    text = "وقال القيادي بحركة فتح جبريل الرجوب إن المصالحة متعثرة."
    quote = quote_with(quotes_of(text), "المصالحة")
    assert quote.speaker_name == "جبريل الرجوب"


# ---------------------------------------------------------------- a verb carrying its subject


def test_plural_verb_takes_the_noun_after_it_as_object() -> None:
    # لفتوا carries its subject (ـوا): النظر is its object, and the subject is the group named
    # before, which a verb placed before it left singular (أكد النقابيون).
    text = "أكد النقابيون أن الإضراب قائم. لكنهم لفتوا النظر إلى أن الحوار ما زال ممكنا."
    quote = quote_with(quotes_of(text), "الحوار")
    assert quote.speaker is None
    assert quote.speaker_name == "النقابيون"


def test_nominative_plural_after_a_plural_verb_is_still_its_subject() -> None:
    # "وأكدوا المحتجون": the ـون of the nominative marks a subject where agreement slips; an
    # object would be in ـين.
    quote = quote_with(quotes_of("وأكدوا المحتجون أن الإضراب متواصل."), "الإضراب")
    assert quote.speaker is not None and quote.speaker.text == "المحتجون"


def test_singular_verb_before_a_plural_subject_keeps_it() -> None:
    # The look-alike: a verb before its subject stays singular, and the noun is the subject.
    quote = quote_with(quotes_of("وأشار الخبراء إلى أن الأسعار سترتفع."), "الأسعار")
    assert quote.speaker is not None and quote.speaker.text == "الخبراء"


# ---------------------------------------------------------------- a sound plural named in the nominative


def test_noun_of_anna_in_the_plural_is_named_in_the_nominative() -> None:
    text = "غير أن المراقبين أكدوا أن الانتخابات جرت في ظروف عادية."
    quote = quote_with(quotes_of(text), "الانتخابات")
    assert quote.speaker is not None and quote.speaker.text == "المراقبين"
    assert quote.speaker_name == "المراقبون"


def test_word_in_in_after_its_verb_is_no_plural() -> None:
    # The look-alike: after its verb a plural subject would be written ـون, so a word in ـين
    # there is a name, kept as written, and no group a later plural verb continues.
    quotes = quotes_of("وقال الكرملين إن الرئيس سيزور باريس. وأكدوا أن الزيارة مهمة.")
    assert quote_with(quotes, "باريس").speaker_name == "الكرملين"
    assert quote_with(quotes, "الزيارة").speaker_name is None


# ---------------------------------------------------------------- texts as sources


def test_decision_set_off_by_commas_is_a_source() -> None:
    text = "وتطبق الزيادة الجديدة، بحسب القرار، إذا تجاوز الدخل السنوي ألف دينار."
    quote = quote_with(quotes_of(text), "الدخل")
    assert quote.cue.text == "بحسب"
    assert quote.speaker is not None and quote.speaker.text == "القرار"


def test_law_run_into_the_clause_is_no_source() -> None:
    # The look-alike: "وفقا للقانون" tells how the sentence was passed, not who said anything.
    assert quotes_of("وعوقب المتهم بالسجن وفقا للقانون الجاري به العمل.") == []


def test_what_came_in_a_text_has_that_text_as_source() -> None:
    # "حسب ما ورد في نص المرسوم": the decree says it; نص ("the text of") is not the source.
    quote = quote_with(quotes_of("ويعفى المترشحون من الاختبار، حسب ما ورد في نص المرسوم."), "المترشحون")
    assert quote.speaker is not None and quote.speaker.text == "المرسوم"


def test_figures_of_a_body_are_the_bodys_words() -> None:
    text = "وبلغت ديون الأسر 20 مليار دينار، وفق الأرقام الرسمية للبنك المركزي التونسي."
    quote = quote_with(quotes_of(text), "ديون")
    assert quote.speaker_name == "البنك المركزي التونسي"


# ---------------------------------------------------------------- a family name with and without its article


def test_family_name_without_its_article_is_the_person_named_with_it() -> None:
    text = "وقال المدير العام للديوانة محمد الطرابلسي إن المداخيل ارتفعت. وقال طرابلسي إن المراقبة تعززت."
    assert quote_with(quotes_of(text), "المراقبة").speaker_name == "محمد الطرابلسي"


def test_family_name_with_the_article_is_the_person_named_without_it() -> None:
    text = "وقالت رئيسة الجمعية سعاد قرقوري إن التمويل تقلص. وحول الميزانية، قالت القرقوري إن العجز كبير."
    assert quote_with(quotes_of(text), "العجز").speaker_name == "سعاد قرقوري"


def test_family_name_shared_by_two_people_stays_as_written() -> None:
    # The look-alike: two people bear the family name, so the short form names neither.
    text = (
        "وقال الوزير سامي الطرابلسي إن المداخيل ارتفعت. وقال النائب هشام الطرابلسي إن الأرقام مضخمة. "
        "وقال طرابلسي إن المراقبة تعززت."
    )
    assert quote_with(quotes_of(text), "المراقبة").speaker_name == "طرابلسي"


# ---------------------------------------------------------------- a verbal noun after a title's comma


def test_definite_verbal_noun_after_a_titles_comma_is_no_name() -> None:
    # "وفق ما أكده رئيس البلدية، الاستغناء عن …": the verbal noun opens the clause the source
    # phrase interrupts; the title still names the mayor given before.
    text = (
        "وأعلن رئيس البلدية محمد الصغير أن الأشغال انطلقت. "
        "ومن القرارات المتخذة، وفق ما أكده رئيس البلدية، الاستغناء عن المقاول السابق."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الأشغال").speaker_name == "محمد الصغير"
    assert quote_with(quotes, "المقاول").speaker_name == "محمد الصغير"


# ---------------------------------------------------------------- a definite title then a family name


def test_family_name_with_article_after_a_definite_title_is_the_person() -> None:
    # "الرئيس الأسد": the title parser reads الأسد as one more definite word of the title; it
    # ends the name of one person of the document, not the name another "الرئيس" stands next to.
    text = (
        "وقال الرئيس السوري بشار الأسد إن الحرب انتهت. وأجرى الرئيس بوتين محادثات مع نظيره. "
        "وأكد الرئيس الأسد أن الإعمار سيبدأ قريبا."
    )
    assert quote_with(quotes_of(text), "الإعمار").speaker_name == "بشار الأسد"


def test_definite_title_with_its_adjective_still_resolves_by_office() -> None:
    # The look-alike: الفرنسي is the title's adjective, and the office names the person.
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار ضروري. وأكد الرئيس الفرنسي أن باريس مستعدة."
    assert quote_with(quotes_of(text), "باريس").speaker_name == "إيمانويل ماكرون"


# ---------------------------------------------------------------- a hashtag name in apposition


def test_hashtag_name_after_a_titles_comma_is_its_apposition() -> None:
    text = (
        "وأكد وزير الخارجية المغربي أن الرباط ستستدعي سفيرها. "
        "يذكر أن وزير الخارجية المغربي، #ناصر_بوريطة كان أعلن أن بلاده ستراجع علاقاتها."
    )
    quote = quote_with(quotes_of(text), "الرباط")
    assert quote.speaker_name == "ناصر بوريطة"


# ---------------------------------------------------------------- a definite outlet's quoted name


def test_definite_outlet_with_its_adjective_takes_the_quoted_name_after_it() -> None:
    # "الإذاعة الخاصة "موزاييك"": the quoted words after the outlet are its name, and the bare
    # "الإذاعة" later refers back to it.
    text = 'وذكرت الإذاعة الخاصة "موزاييك" أن الطريق أغلقت. وتقول الإذاعة إن الأمطار غزيرة.'
    quotes = quotes_of(text)
    assert quote_with(quotes, "الطريق").speaker_name == "موزاييك"
    assert quote_with(quotes, "الأمطار").speaker_name == "موزاييك"


# ---------------------------------------------------------------- a one-word rank before a name


def test_name_after_a_one_word_rank_is_not_overridden_by_another_holder() -> None:
    # Two brigadiers: the rank alone does not make the second the first.
    text = "وقال العميد، محمد بن علي، إن القوات تقدمت. وقال العميد سامي الزواري إن المنطقة آمنة."
    assert quote_with(quotes_of(text), "المنطقة").speaker_name == "سامي الزواري"


def test_office_with_its_adjective_still_names_its_holder() -> None:
    # The look-alike: "الرئيس الفلسطيني" is one office; the noun after it is the verb's object.
    text = (
        "وقال الرئيس الفلسطيني، محمود عباس، إن المفاوضات متوقفة. "
        "وأكد الرئيس الفلسطيني حرص الحكومة على أن الحوار مستمر."
    )
    assert quote_with(quotes_of(text), "الحوار").speaker_name == "محمود عباس"


# ---------------------------------------------------------------- ذكّر بـ and a postposed phrase's clause


def test_dhakkara_bi_with_a_definite_noun_is_a_nominal_report() -> None:
    quotes = quotes_of("وقال الوزير إن الأمر صعب. وذكر بالمشاريع التي قدمتها بلاده.")
    quote = quote_with(quotes, "بالمشاريع")
    assert quote.kind == "nominal" and quote.cue.text == "وذكر"
    assert quote.speaker_name == "الوزير"


def test_bal_adverbial_after_dhakara_is_neither_complement_nor_subject() -> None:
    # The look-alike: "بالمناسبة" ("by the way") is an adverbial; the content follows أن.
    quote = quote_with(quotes_of("وذكر الوزير بالمناسبة أن الموسم جيد."), "الموسم")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_postposed_source_phrase_attributes_the_clause_after_lakin() -> None:
    # "…، لكن لم تتحرك المنظمتان، وفق تقديره": the phrase attaches to the clause لكن opens.
    text = (
        "وقال الوزير إن الأمر صعب. "
        "وذكر بالمشاريع التي قدمتها بلاده، لكن لم تتحرك المنظمتان، وفق تقديره، مما دفع بلاده إلى التحرك."
    )
    quote = quote_with(quotes_of(text), "المنظمتان")
    assert quote.cue.text == "وفق"
    assert quote.content.text == "لم تتحرك المنظمتان"
    assert quote.speaker_name == "الوزير"


def test_postposed_source_phrase_after_a_prepositional_phrase_adds_no_quote() -> None:
    # The look-alike: "، في إطار التعاون" goes on with the clause the cue before governs.
    text = "وقال الوزير إن الأمر صعب. وأشار إلى المشاريع التي قدمتها بلاده، في إطار التعاون، وفق تعبيره."
    assert [q.cue.text for q in quotes_of(text)] == ["وقال", "وأشار"]


# ---------------------------------------------------------------- a given name in ل after a title


def test_given_name_in_lam_after_a_title_opens_the_name() -> None:
    quote = quote_with(quotes_of("وقال المدير العام لطفي بن عيسى إن الموسم جيد."), "الموسم")
    assert quote.speaker_name == "لطفي بن عيسى"


def test_given_name_in_lam_before_a_family_nisba_opens_the_name() -> None:
    quote = quote_with(quotes_of("وقالت المديرة الجهوية للصحة لمياء الزريبي إن الموسم جيد."), "الموسم")
    assert quote.speaker_name == "لمياء الزريبي"


def test_lam_domain_of_an_office_stays_in_the_title() -> None:
    # The look-alikes: ل + a body in ة, and ل + a place with a name of several words after it.
    quote = quote_with(quotes_of("وقال المدير العام لشركة الفسفاط إن الموسم جيد."), "الموسم")
    assert quote.speaker is not None and quote.speaker.text == "المدير العام لشركة الفسفاط"
    quote = quote_with(quotes_of("وقال المبعوث الأممي لسوريا ستيفان دي ميستورا إن الحوار متعثر."), "الحوار")
    assert quote.speaker_name == "ستيفان دي ميستورا"


# ---------------------------------------------------------------- "we" in quoted speech


def test_perfect_in_the_first_person_plural_inside_a_quote_is_a_nested_report() -> None:
    # "اتفقنا … على أن": speech already made by "us", which the speaker reports.
    text = 'وقال وزير الفلاحة محمد بن سالم: "اتفقنا مع الشركاء على أن موعد الجني مناسب هذه السنة".'
    quote = next(q for q in quotes_of(text) if q.cue.text == "اتفقنا")
    assert quote.kind == "indirect"
    assert quote.content.text == "موعد الجني مناسب هذه السنة"
    assert quote.speaker_name == "محمد بن سالم"


def test_bare_first_person_form_inside_a_quote_is_the_speech_act_itself() -> None:
    # The look-alike: "أعلن اليوم أن" is "I announce today that", the quote itself.
    text = 'وقال وزير الفلاحة محمد بن سالم: "أعلن اليوم أن موسم الجني انطلق في كل الولايات".'
    assert [q.cue.text for q in quotes_of(text)] == ["وقال"]


# ---------------------------------------------------------------- "المسؤول" and a body run into its genitive


def test_the_official_alone_is_the_source_just_quoted() -> None:
    text = "قال مدير المستشفى، محمد الطرابلسي، إن الوضع مستقر. وبين المسؤول أن الإمدادات وصلت."
    assert quote_with(quotes_of(text), "الإمدادات").speaker_name == "محمد الطرابلسي"


def test_the_one_in_charge_of_something_is_not_the_source_just_quoted() -> None:
    # The look-alike: "المسؤول عن الأمن" names another office holder.
    text = (
        "قال مدير المستشفى، محمد الطرابلسي، إن الوضع مستقر. "
        "وقال المسؤول عن الأمن بالمستشفى علي الهمامي إن الحراسة تعززت."
    )
    assert quote_with(quotes_of(text), "الحراسة").speaker_name != "محمد الطرابلسي"


def test_body_run_into_its_genitive_closes_the_title_before_the_apposition() -> None:
    text = "وأفاد المدير العام للامتحانات بوزارةالتربية، عمر الولباني، أن النتائج جيدة."
    assert quote_with(quotes_of(text), "النتائج").speaker_name == "عمر الولباني"


# ---------------------------------------------------------------- a title in the dual


def test_title_in_the_dual_is_a_source_of_a_relative_source_phrase() -> None:
    text = (
        "وتنطلق الأشغال يوم الاثنين المقبل، حسب ما أفاد به المديران الجهويان للتجهيز "
        "سامي الورغي وهشام الباجي."
    )
    quote = quote_with(quotes_of(text), "الأشغال")
    assert quote.cue.text == "حسب"
    assert quote.speaker is not None and "سامي الورغي" in quote.speaker.text


def test_dual_title_word_reads_as_a_title() -> None:
    from qawl.extractors.quotes.lexicon import load_speaker_words

    words = load_speaker_words()
    assert words.title_state("الامينان") == "definite"
    assert words.title_state("مديران") == "indefinite"
    assert words.title_state("اللاعبين") is None  # ـين: the plural too, an object after a verb
    assert words.title_state("الوزيرتان") == "definite"
    assert words.title_state("الزمان") is None  # not ان added to a title


# ---------------------------------------------------------------- a family name as a relative's antecedent


def test_family_name_with_article_is_the_antecedent_of_a_relative_report() -> None:
    text = (
        "وقال الوزير إياد الدهماني إن المشروع جاهز. "
        "ويشمل القانون كل الوزراء وفق الدهماني الذي بين أن التصريح إجباري."
    )
    quote = quote_with(quotes_of(text), "التصريح")
    assert quote.cue.text == "بين"
    assert quote.speaker_name == "إياد الدهماني"


def test_definite_nisba_never_written_after_a_given_name_is_no_antecedent() -> None:
    # The look-alike: without "إياد الدهماني" the definite word may be any noun in ـي.
    quotes = quotes_of("ويشمل القانون كل الوزراء وفق الدهماني الذي بين أن التصريح إجباري.")
    assert all(q.cue.text != "بين" for q in quotes)


# ---------------------------------------------------------------- a suffixed perfect of a "near" cue


LONG_ADVERBIAL = (
    "في تصريح لوكالة تونس إفريقيا للأنباء على هامش افتتاح الدورة الجديدة للمعرض الدولي للكتاب بالعاصمة"
)


def test_suffixed_perfect_of_bayyana_reaches_a_far_complementizer() -> None:
    # "وبيّنت": with its person ending it spells no "between", so a long adverbial may come first.
    text = f"وقالت الوزيرة إن المشروع انطلق. وبينت {LONG_ADVERBIAL}، أن الإقبال كان كبيرا."
    quote = quote_with(quotes_of(text), "الإقبال")
    assert quote.cue.text == "وبينت" and quote.speaker_name == "الوزيرة"


def test_bare_bayyana_still_needs_its_content_near() -> None:
    # The look-alike: the bare form is also بين "between". (An occasion of speech after it, as
    # "في تصريح", would make it the verb: tests/test_quotes_detection24.py.)
    text = (
        "وقالت الوزيرة إن المشروع انطلق. وبين على هامش افتتاح الدورة الجديدة للمعرض الدولي للكتاب "
        "بالعاصمة يوم السبت، أن الإقبال كان كبيرا."
    )
    assert [q.cue.text for q in quotes_of(text)] == ["وقالت"]


# ---------------------------------------------------------------- "ما وُصف بـ"


def test_what_something_was_called_without_a_subject_is_no_report() -> None:
    # "ما وُصف بالتشدد": ما is the object of a passive or subjectless verb, the writer's noun.
    assert quotes_of("وواجه الاتحاد انتقادات حول ما وصف بالتشدد في الحوار مع الحكومة.") == []


def test_what_a_named_source_called_something_is_a_report() -> None:
    # The look-alike: with its own subject the relative clause reports the army's words.
    quote = quote_with(quotes_of("ونشرت الصحيفة ما وصفه الجيش بنشاط غير عادي للقوات."), "بنشاط")
    assert quote.speaker is not None and quote.speaker.text == "الجيش"


# ---------------------------------------------------------------- an entity name that ran into its neighbours


def _with_person(text: str, mention: str, name: str) -> Document:
    start = text.index(mention)
    return Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + len(mention), mention, "PER", entity="e1")],
        entities=[Entity("e1", "PER", name, None, [0])],
    )


def test_addressee_in_a_person_entity_is_not_part_of_the_name() -> None:
    # The earlier stages took "الغربي لـCNN" for a name; لـ + an outlet is the addressee.
    text = "وقالت المحامية سنية الغربي إن موكلها بريء. وقالت الغربي لـCNN إن القضية سياسية."
    quote = quote_with(quotes_of(_with_person(text, "الغربي لـCNN", "الغربي لـCNN")), "القضية")
    assert quote.speaker_name == "سنية الغربي"


def test_verb_in_every_mention_of_a_person_is_not_part_of_the_name() -> None:
    # The earlier stages took "طالب ياسين" for a name: طالب is the verb at every mention.
    text = "قال رئيس الحزب ياسين إبراهيم إن الأزمة عميقة. وفي الأثناء، طالب ياسين بإقالة الحكومة."
    quote = quote_with(quotes_of(_with_person(text, "طالب ياسين", "طالب ياسين")), "بإقالة")
    assert quote.speaker_name == "ياسين إبراهيم"


# ---------------------------------------------------------------- a subhead before a postposed source phrase


def test_postposed_source_phrase_leaves_a_subhead_before_a_colon_out() -> None:
    text = (
        "وقال الخبير سامي العرفاوي إن الديون ارتفعت. "
        "* أسباب التداين: وانتشرت في المدن الكبرى بحسب المتحدث، ظواهر جديدة للاقتراض."
    )
    quote = quote_with(quotes_of(text), "المدن الكبرى")
    assert quote.cue.text == "بحسب"
    assert quote.content.text.startswith("وانتشرت")
    assert quote.speaker_name == "سامي العرفاوي"


# ---------------------------------------------------------------- "وجاء في الرسالة أن"


def test_what_came_in_a_letter_is_its_senders_report() -> None:
    text = "ووجه رئيس الحكومة يوسف الشاهد رسالة إلى النقابات. وجاء في الرسالة أن الحكومة ملتزمة بالاتفاق."
    quote = quote_with(quotes_of(text), "ملتزمة")
    assert quote.cue.text == "وجاء"
    assert quote.speaker_name == "يوسف الشاهد"


def test_what_came_in_a_statement_with_a_colon_is_its_issuers() -> None:
    text = 'وأصدرت الوزارة بلاغا حول الامتحانات. وورد في البلاغ: "تنطلق الاختبارات يوم الاثنين".'
    quote = quote_with(quotes_of(text), "الاختبارات")
    assert quote.kind == "direct" and quote.speaker_name == "الوزارة"


def test_what_came_in_a_meeting_is_no_text_and_no_source() -> None:
    # The look-alike: في + a noun that is no text (a meeting) names no source.
    assert quotes_of("وجاء في الاجتماع أن الحكومة ملتزمة بالاتفاق.") == []


# ------------------------------------------------------- حضّ، عزا، and a definite title's plural object


def test_hadda_ala_is_a_nominal_report_and_its_object_no_title() -> None:
    # "وحضّ الوزير النقابات على …": a definite title takes no definite genitive; النقابات,
    # a plural in ات, is the object.
    quote = quote_with(quotes_of("وحض الوزير النقابات على العودة إلى الحوار."), "الحوار")
    assert quote.kind == "nominal" and quote.content.text == "العودة إلى الحوار"
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_definite_title_keeps_its_adjective() -> None:
    # The look-alike: الأول is the title's adjective.
    quote = quote_with(quotes_of("وأكد الوزير الأول أن الحوار مستمر."), "الحوار")
    assert quote.speaker is not None and quote.speaker.text == "الوزير الأول"


def test_azaa_puts_its_object_down_to_a_cause() -> None:
    quotes = quotes_of("وقال الوزير إن الأسعار ارتفعت. وعزا ارتفاع الأسعار إلى الجفاف.")
    quote = quote_with(quotes, "الجفاف")
    assert quote.kind == "nominal" and quote.cue.text == "وعزا"
    assert quote.speaker_name == "الوزير"


def test_the_name_izzat_is_no_cue() -> None:
    # The look-alike: عزت, spelled like "she put down to", is a given name.
    quote = quote_with(quotes_of("وقال عزت الدوري إن الحرب مستمرة."), "الحرب")
    assert quote.speaker_name == "عزت الدوري"


# ------------------------------------------------------- a present verb coordinated in reported speech


def test_coordinated_present_verb_goes_on_with_the_reported_subject() -> None:
    text = (
        'وقال المتحدث باسم المنظمة علي المرزوقي إن الأمين العام فرحات الطيب يدعو إلى "الحوار" '
        'ويحض جميع الأطراف على "ضبط النفس".'
    )
    quotes = quotes_of(text)
    outer = next(q for q in quotes if q.cue.text == "وقال")
    assert "ضبط النفس" in outer.content.text
    inner = next(q for q in quotes if q.cue.text == "ويحض")
    assert inner.speaker_name == "فرحات الطيب"


def test_present_verb_with_its_own_subject_opens_a_new_report() -> None:
    # The look-alike: "ويقول المحلل …" names its subject: the article's next report.
    text = (
        "وقال المتحدث باسم المنظمة علي المرزوقي إن الأمين العام فرحات الطيب يدعو إلى الحوار "
        "ويقول المحلل سامي الجلاصي إن الحوار متعثر."
    )
    quote = quote_with(quotes_of(text), "متعثر")
    assert quote.cue.text == "ويقول" and quote.speaker_name == "سامي الجلاصي"


# ---------------------------------------------------------------- a source phrase run into the next report


def test_source_phrase_before_wa_and_a_verb_of_saying_closes_the_clause_before_it() -> None:
    # "…، والتي ستتعزز بعد الصيف، حسب تقديره واعتبر أن …": no comma after the phrase, but
    # و + a verb of saying opens the next clause; the phrase attributes the relative clause.
    text = (
        "وقال الوزير إن الزيارة ناجحة. "
        "وأشاد بالعلاقات بين البلدين، والتي ستتعزز بعد الصيف، حسب تقديره واعتبر أن الاتفاقيات الموقعة مهمة."
    )
    quotes = quotes_of(text)
    quote = quote_with(quotes, "الصيف")
    assert quote.cue.text == "حسب" and quote.content.text == "ستتعزز بعد الصيف"
    assert quote_with(quotes, "الاتفاقيات").cue.text == "واعتبر"


# ------------------------------------------------------- family names spelled like a post or ending in ة


def test_title_noun_closing_an_apposition_after_a_given_name_is_a_family_name() -> None:
    # "شوقي الطبيب": الطبيب ("the doctor") after a given name, closing the apposition, is his
    # family name; alone later it names him.
    text = (
        "أكد رئيس الهيئة الوطنية لمكافحة الفساد، شوقي الطبيب، أن الهيئة أحالت الملفات. "
        "وبين الطبيب أنه يمكن الحد من الفساد."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الملفات").speaker_name == "شوقي الطبيب"
    assert quote_with(quotes, "الحد").speaker_name == "شوقي الطبيب"


def test_post_with_its_genitive_after_a_name_still_ends_the_name() -> None:
    # The look-alike: "ملك الأردن" is an indefinite post with its genitive, not a family name.
    quote = quote_with(quotes_of("وقال عبدالله الثاني ملك الأردن إن الحوار ضروري."), "الحوار")
    assert quote.speaker_name == "عبدالله الثاني"


def test_family_name_in_ta_marbuta_after_bin_stays_in_the_name() -> None:
    text = "وأفاد المدير العام للمعهد طارق بن جازية، في حوار مع الوكالة، ان القروض ارتفعت."
    assert quote_with(quotes_of(text), "القروض").speaker_name == "طارق بن جازية"


def test_provisions_of_a_text_are_no_source() -> None:
    # "طبقا لأحكام الفصل 92": the provisions of a text tell how something is done.
    text = "وتتولى الهيئة التحقق من التصاريح طبقا لأحكام الفصل 92 من الدستور."
    assert quotes_of(text) == []


def test_source_phrase_naming_a_person_still_reports() -> None:
    # The look-alike: a person's name after the source word.
    quote = quote_with(quotes_of("وتتولى الهيئة التحقق من التصاريح، وفق الوزير إياد الدهماني."), "التصاريح")
    assert quote.cue.text == "وفق"


# ------------------------------------------------------- a tenure adjective and a verb after a title


def test_former_minister_is_the_minister_of_a_named_ministry() -> None:
    # "الوزيرة السابقة" ~ "وزيرة السياحة السابقة": "former" says when, not which post.
    text = (
        "وظهرت وزيرة السياحة السابقة آمال كربول في فيديو جديد. "
        "وقالت الوزيرة السابقة إنها عملت على تشجيع السياحة."
    )
    assert quote_with(quotes_of(text), "تشجيع").speaker_name == "آمال كربول"


def test_definite_office_with_a_nationality_is_its_own_post() -> None:
    # The look-alike: "الرئيس اللبناني" is not "رئيس الوزراء اللبناني".
    text = "وقال رئيس الوزراء اللبناني سعد الحريري إن الحكومة ستتشكل. وقال الرئيس اللبناني إن الحوار مستمر."
    assert quote_with(quotes_of(text), "الحوار").speaker_name != "سعد الحريري"


def test_derived_perfect_after_a_title_is_no_name() -> None:
    # "خطة الوزيرة تزامنت مع …": تزامنت is a verb by its shape, not the minister's name.
    text = (
        "وظهرت وزيرة السياحة السابقة آمال كربول في فيديو جديد. ويرى متابعون أن خطة الوزيرة تزامنت مع الحرب. "
        "وقالت الوزيرة إنها عملت على تشجيع السياحة."
    )
    assert quote_with(quotes_of(text), "تشجيع").speaker_name == "آمال كربول"


def test_what_she_called_something_is_a_report() -> None:
    # "بما وصفته بـ": the person ending names the subject (the movement), unlike "ما وُصف".
    text = 'نددت حركة النهضة في بيان بما وصفته بـ"الأسلوب الخسيس" الذي يلجأ إليه خصومها.'
    quote = quote_with(quotes_of(text), "الخسيس")
    assert quote.cue.text == "وصفته" and quote.kind == "nominal"


def test_the_official_after_an_official_introduced_indefinitely_is_that_official() -> None:
    # "قال مسؤول كبير … وأضاف المسؤول": the article points back to the indefinite mention.
    text = (
        "وقال الرئيس دونالد ترامب إن الصفقة كبيرة. وقال مسؤول كبير بالبيت الأبيض إن الحزمة جاهزة. "
        "وأضاف المسؤول أن التوقيع قريب."
    )
    # The look-alike of the rule above: المسؤول here goes back to "مسؤول كبير", not to the
    # last person quoted (ترامب).
    assert quote_with(quotes_of(text), "التوقيع").speaker_name.startswith("مسؤول كبير")


def test_dhakara_in_a_relay_phrase_takes_no_bal_complement() -> None:
    # "وفق ما ذكره لمراسلة الوكالة الممرض بالمركز": ما ذكره relays; بالمركز is no complement.
    text = "ورفع المحتجون شعارات، وفق ما ذكره لمراسلة الوكالة الممرض الأول بالمركز ياسين زمالي."
    assert all(q.cue.text != "ذكره" for q in quotes_of(text))


# ------------------------------------------------------- a verbal noun, its source and an attached بـ


def test_verbal_noun_with_its_source_before_an_attached_bi_complement() -> None:
    # "تهديد ترامب بالانسحاب": the ب-word is the complement, so the source is the word between.
    quote = quote_with(quotes_of("وتكرر كثيرا تهديد ترامب بالانسحاب من الاتفاق."), "بالانسحاب")
    assert quote.cue.text == "تهديد" and quote.kind == "nominal"
    assert quote.speaker is not None and quote.speaker.text == "ترامب"


def test_verbal_noun_with_a_detached_preposition_keeps_its_source() -> None:
    # The look-alike: "دعوة الوزير إلى الحوار", the preposition a word of its own.
    quote = quote_with(quotes_of("وتكررت دعوة الوزير إلى الحوار مع النقابات."), "الحوار")
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_verbal_noun_then_a_relative_verb_names_no_source() -> None:
    # The look-alike: "اتهامات تتعلق بجرائم": تتعلق is a verb describing the charges.
    quotes = quotes_of("ووجهت النيابة اتهامات تتعلق بجرائم إرهاب إلى ثلاثة شبان.")
    assert all(q.cue.text != "اتهامات" for q in quotes)
