"""Quote stage, fifteenth round on issue 19: detection by mechanisms of Arabic grammar and lexicon
that hold in any news text (source phrases, verbs of considering, objects, quoted terms,
relative clauses). Every sentence here is written for the test; each rule has a look-alike that
must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _cues(text: str) -> list[str]:
    return [q.cue.text for q in quotes_of(text) if q.cue is not None]


# ---------------------------------------------------------------- source phrases


def test_tabaan_li_is_a_source_word() -> None:
    quote = quote_with(quotes_of("وتبعا لرويترز، فإن الحكومة ستستقيل الأسبوع المقبل."), "الحكومة")
    assert quote.cue is not None and quote.cue.text == "وتبعا"


def test_tabaan_li_an_event_or_that_is_no_source() -> None:
    # "in step with" an event, and "accordingly": nobody is said to say anything.
    assert quotes_of("وارتفعت الأسعار تبعا لارتفاع الطلب.") == []
    assert quotes_of("وتبعا لذلك فقد انخفض عدد العاملين خلال الشهر.") == []


def test_accordingly_is_no_source() -> None:
    assert quotes_of("ووفقا لذلك، قررت الحكومة تأجيل الانتخابات.") == []


def test_a_body_after_li_with_its_article_hidden_is_a_source() -> None:
    quote = quote_with(quotes_of("ووفقا للوكالة الرسمية، فإن المتهمة شاركت في التخطيط للهجوم."), "المتهمة")
    assert quote.cue is not None and quote.cue.text == "ووفقا"
    assert quote.speaker is not None and quote.speaker.text == "للوكالة الرسمية"


def test_a_rule_after_li_is_still_no_source() -> None:
    assert quotes_of("وعوقب المتهم، وفقا للقانون الجديد.") == []
    assert quotes_of("وتعمل اللجنة وفقا للمنظمة الدولية للمعايير.") == []


def test_fa_min_answers_a_fronted_source_phrase() -> None:
    text = "وبحسب الصحافة المحلية، فمن المرجح أن يتولى الوزير رئاسة الحكومة."
    quote = quote_with(quotes_of(text), "المرجح")
    assert quote.cue is not None and quote.cue.text == "وبحسب"
    assert quote.content.text.startswith("من المرجح")


def test_impersonal_min_al_murajjah_alone_is_no_quote() -> None:
    assert quotes_of("ومن المرجح أن يتولى الوزير رئاسة الحكومة غدا.") == []


def test_a_one_word_name_in_marks_is_the_source() -> None:
    text = 'وتراجعت نسبة الأمية إلى عشرة في المئة في المدن، وفق "اليونسكو".'
    quote = quote_with(quotes_of(text), "الأمية")
    assert quote.speaker_name == "اليونسكو"


def test_a_plan_in_marks_is_no_source() -> None:
    assert quotes_of('وتنسحب القوات من المدن، وفق "الخطة".') == []


def test_wa_hiya_after_a_set_off_phrase_is_the_writers_clause() -> None:
    text = "وقتل عشرون مقاتلا في المعركة، وفقا لرويترز، وهي خسائر لم تذكرها وسائل الإعلام."
    quote = quote_with(quotes_of(text), "مقاتلا")
    assert "خسائر" not in quote.content.text


def test_a_clause_after_a_fronted_phrase_is_still_its_content() -> None:
    quote = quote_with(quotes_of("وفقا للمرصد، قتل عشرون مقاتلا في المعركة."), "مقاتلا")
    assert quote.cue is not None and quote.cue.text == "وفقا"


def test_an_analysis_after_li_stays_a_source() -> None:
    # تحليل (تفعيل) names a text; only افتعال/استفعال nouns after لـ are events.
    text = "ووفقا لتحليل أجراه قسم المتابعة، تستخدم الشركة قاعدة تدريبية سرية."
    quote = quote_with(quotes_of(text), "قاعدة")
    assert quote.cue is not None and quote.cue.text == "ووفقا"


# ---------------------------------------------------------------- reach of a cue


def test_a_suffixed_perfect_reaches_past_a_time_adverbial_with_fi() -> None:
    text = "وكان الرئيسان قد عبرا الثلاثاء خلال قمتهما في باريس عن رغبتهما في اتفاق جديد."
    quote = quote_with(quotes_of(text), "رغبتهما")
    assert quote.kind == "nominal"


def test_crossed_the_border_is_no_report() -> None:
    assert quotes_of("وعبرت القافلة الحدود في ساعة متأخرة عن موعدها.") == []


def test_a_pronoun_complement_closes_the_cue_at_the_comma() -> None:
    # دعا إليها "invited to it": the complement is a pronoun; أنْ after the comma is another verb's.
    assert quotes_of("حتى الحفلات التي يدعونني إليها، أحاول أن أتجنبها لأن حياتي مختلفة.") == []


def test_a_bare_complement_still_leaves_the_next_report() -> None:
    text = "ودعا إلى الحوار الوطني، مؤكدا أن الأزمة ستنتهي قريبا."
    assert _cues(text) == ["ودعا", "مؤكدا"]


# ---------------------------------------------------------------- objects and predicates


def test_considered_object_and_predicate_without_a_pronoun() -> None:
    quote = quote_with(quotes_of("واعتبر الرئيس الاتفاق ضعيفاً جداً."), "ضعيفاً")
    assert quote.kind == "nominal"
    assert quote.speaker_name == "الرئيس"


def test_considered_possessed_object_and_predicate() -> None:
    quote = quote_with(quotes_of("واعتبرت تصريحاتها شعبوية وخطيرة."), "شعبوية")
    assert quote.kind == "nominal"


def test_passive_considered_is_no_report() -> None:
    assert quotes_of("ويعتبر هذا الاختيار سابقة من نوعها.") == []
    assert quotes_of("فقد اعتبر هو شخصية متوازنة.") == []
    assert quotes_of("فيما يُعتبر أكبر تعريفة جمركية تفرضها الإدارة.") == []


def test_possessed_verbal_noun_after_a_definite_subject_is_the_object() -> None:
    quote = quote_with(quotes_of("وأعلن الجيش الليبي انسحابه من المدينة."), "انسحابه")
    assert quote.kind == "nominal"
    assert quote.speaker_name == "الجيش الليبي"


def test_a_bare_noun_after_the_subject_is_no_object() -> None:
    assert quotes_of("وأعلن الرئيس انتصار الجيش.") == []


def test_a_manner_adverb_separates_subject_and_object() -> None:
    quote = quote_with(quotes_of("وأعلن الوزير أحاديا تجميد المشروع."), "تجميد")
    assert quote.content.text == "تجميد المشروع"
    assert quote.speaker_name == "الوزير"


def test_a_manner_adverb_alone_makes_no_report() -> None:
    assert quotes_of("وتحرك الوزير أحاديا في الملف.") == []


# ---------------------------------------------------------------- where content ends


def test_bal_or_thumma_and_a_verb_of_saying_end_the_content() -> None:
    text = "ودعا الوزير إلى الحوار ثم أكد أن الحل سياسي."
    assert quote_with(quotes_of(text), "الحوار").content.text == "الحوار"
    text = "واعتبرت تصريحاتها شعبوية بل وصفتها بأنها عنصرية."
    assert quote_with(quotes_of(text), "شعبوية").content.text == "تصريحاتها شعبوية"


def test_thumma_and_another_verb_stays_in_the_content() -> None:
    text = "وقال الوزير إن الجيش تقدم ثم انسحب من المدينة."
    assert quote_with(quotes_of(text), "الجيش").content.text == "الجيش تقدم ثم انسحب من المدينة"


# ---------------------------------------------------------------- quoted terms


def test_a_quoted_adjective_inside_a_phrase_is_no_quote() -> None:
    text = 'وانتقدت اللجنة دور المدير السابق في التغاضي عن مراكز الاحتجاز "السرية".'
    assert quotes_of(text) == []


def test_a_quoted_word_after_a_relative_is_no_quote() -> None:
    assert quotes_of('أما سكان المنطقة فغالبيتهم يرون ما يحدث "هنالك".') == []


def test_a_quoted_object_after_a_closed_adverbial_stays_a_quote() -> None:
    quote = quote_with(quotes_of('ونفت الوزارة في بلاغ لها اليوم "الاتهامات" الموجهة لها.'), "الاتهامات")
    assert quote.cue is not None and quote.cue.text == "ونفت"


def test_a_quote_after_the_adverbial_of_a_verb_with_no_object_stays() -> None:
    quote = quote_with(quotes_of('وقال الرئيس في كلمته "شكرا".'), "شكرا")
    assert quote.kind == "direct"


# ---------------------------------------------------------------- relative clauses


def test_a_relative_verb_keeps_its_own_complementizer() -> None:
    # طلب reaches far for its content; أنّ right after the relative's verb is that verb's. What
    # طلب asked for, past the one asked (من الموظفين), is its own nominal quote (asked.py).
    text = "وطلب المدير من الموظفين تنفيذ المشروع الذي اعتبر أنه ضروري."
    assert _cues(text) == ["وطلب", "اعتبر"]


def test_a_relative_clause_without_a_cue_leaves_the_main_verb_its_content() -> None:
    text = "وقال الوزير الذي زار المدينة أمس إن الوضع مستقر."
    assert _cues(text) == ["وقال"]


def test_a_plural_verb_after_a_relative_reports() -> None:
    quote = quote_with(quotes_of("وهاجم المعارضين الذين يدعون بأن التعليم مجرد تلقين."), "التعليم")
    assert quote.cue is not None and quote.cue.text == "يدعون"
    quote = quote_with(
        quotes_of("وتضمن الملف تقريرا أعده المقاولون الذين أقروا أن الرافعة قديمة."), "الرافعة"
    )
    assert quote.cue is not None and quote.cue.text == "أقروا"


def test_a_feminine_verb_after_a_named_antecedent_reports() -> None:
    quote = quote_with(quotes_of("ومن بينهم سلمى التي تؤكد أنها لم تشتر اللحم هذا العام."), "اللحم")
    assert quote.cue is not None and quote.cue.text == "تؤكد"
    assert quote.speaker_name == "سلمى"


def test_a_feminine_verb_after_things_or_estimating_stays_impersonal() -> None:
    assert quotes_of("وعلى الرغم من كثرة الرسوم الجدارية التي تشير إلى الزهور.") == []
    text = "وقال إن الانتخابات التي ترجح أن تجرى في الربيع ستكون حاسمة."
    assert _cues(text) == ["وقال"]


# ---------------------------------------------------------------- adverbials with على and titles after حول


def test_ala_hamish_is_an_adverbial_not_the_complement() -> None:
    quote = quote_with(quotes_of("وأكد الوزير على هامش الندوة أن الوضع الأمني مستقر."), "الوضع")
    assert quote.content.text == "الوضع الأمني مستقر"
    assert quote.kind == "indirect"


def test_ala_inside_the_adverbials_noun_phrase_is_skipped_too() -> None:
    text = "وأكد الوزير على هامش إشرافه على افتتاح المعرض أنه سيقاضي كل من يتهمه."
    assert quote_with(quotes_of(text), "سيقاضي").content.text == "سيقاضي كل من يتهمه"


def test_ala_as_the_complement_after_the_adverbial_stays() -> None:
    quote = quote_with(quotes_of("وشدد الوزير، على هامش الندوة، على ضرورة الحوار."), "الحوار")
    assert quote.content.text == "ضرورة الحوار"


def test_a_title_after_hawl_is_no_quote() -> None:
    text = 'ودعا الوزير في الجلسة الافتتاحية للندوة الدولية حول "التمويل في خدمة التشغيل".'
    assert quotes_of(text) == []


def test_a_question_after_hawl_stays_a_quote() -> None:
    quote = quote_with(quotes_of('وتساءل الوزير حول "ماذا نفعل الآن؟".'), "نفعل")
    assert quote.kind == "direct"
