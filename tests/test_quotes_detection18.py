"""Quote stage, eighteenth round on issue 19: the object of a verb of saying past what may stand
between it and the subject (the occasion of the report, an adverb of manner, the body an anonymous
source belongs to), demonstrative objects, دعا X لـ + an event, and quotation marks around names and
terms inside the subject. Every sentence here is written for the test; each rule has a look-alike
that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- the occasion of a report


def test_an_object_after_the_occasion_of_the_report() -> None:
    quote = quote_with(quotes_of("ونفت الهيئة في بلاغ لها وجود أي خلاف مع الوزارة."), "وجود")
    assert quote.kind == "nominal"
    assert quote.content.text == "وجود أي خلاف مع الوزارة"
    assert quote.speaker_name == "الهيئة"


def test_an_object_after_an_occasion_with_its_relative_verb_and_day() -> None:
    quote = quote_with(quotes_of("وأعلنت الجمعية في بيان أصدرته يوم الأحد انسحابها من المبادرة."), "انسحابها")
    assert quote.kind == "nominal"
    assert quote.content.text == "انسحابها من المبادرة"


def test_a_day_after_the_occasion_is_no_object() -> None:
    quote = quote_with(quotes_of("وأكدت الشرطة المحلية في بيان الأربعاء مقتل ثلاثة مسلحين."), "مقتل")
    assert quote.content.text == "مقتل ثلاثة مسلحين"


def test_an_event_noun_in_the_occasions_genitive_stays_no_object() -> None:
    # "بمناسبة انطلاق الموسم" says when the minister spoke; the sentence reports nothing.
    assert quotes_of("وأكد الوزير في مؤتمر صحفي بمناسبة انطلاق الموسم.") == []


# ---------------------------------------------------------------- adverbs of manner


def test_an_object_after_an_adverb_of_manner() -> None:
    quote = quote_with(quotes_of("ونفت الوزارة بشكل قاطع هذه الأخبار."), "الأخبار")
    assert quote.kind == "nominal"
    assert quote.content.text == "هذه الأخبار"
    assert quote.speaker_name == "الوزارة"


def test_an_object_after_a_one_word_adverb_of_manner() -> None:
    quote = quote_with(quotes_of("وتؤكد الحكومة باستمرار استحالة التراجع عن الإصلاحات."), "استحالة")
    assert quote.content.text == "استحالة التراجع عن الإصلاحات"


def test_the_noun_marra_alone_is_no_adverb_of_manner() -> None:
    # "أول مرة في تاريخ": مرة is "time" here, and تاريخ the genitive of the phrase, no object.
    assert quotes_of("ويعتبر ذلك أول مرة في تاريخ المدينة.") == []


# ---------------------------------------------------------------- demonstrative objects


def test_a_demonstrative_after_a_definite_subject_opens_the_object() -> None:
    quote = quote_with(quotes_of("ونفى المدرب الهادي العياري هذه الأخبار."), "الأخبار")
    assert quote.kind == "nominal"
    assert quote.content.text == "هذه الأخبار"


def test_an_imperfect_with_a_demonstrative_object_is_active() -> None:
    quote = quote_with(quotes_of("وتنفي الحكومة هذه الاتهامات."), "الاتهامات")
    assert quote.kind == "nominal"
    assert quote.speaker_name == "الحكومة"


def test_ayy_opens_the_object_after_an_indefinite_source() -> None:
    quote = quote_with(quotes_of("ونفى مصدر أمني أي نية لغلق المعبر."), "نية")
    assert quote.content.text == "أي نية لغلق المعبر"


def test_a_demonstrative_after_a_construct_head_stays_in_the_subject() -> None:
    # "رئيس هذه الجمعية": رئيس heads a construct, the demonstrative is its genitive.
    quote = quote_with(quotes_of("وأكد رئيس هذه الجمعية أن الوضع صعب."), "الوضع")
    assert quote.kind == "indirect"
    assert quote.speaker_name == "رئيس هذه الجمعية"


def test_a_demonstrative_before_a_time_word_is_no_object() -> None:
    assert quotes_of("وأعلن الرئيس هذا الأسبوع.") == []


# ---------------------------------------------------------------- an anonymous source and its body


def test_an_object_after_a_source_and_the_body_it_belongs_to() -> None:
    quote = quote_with(quotes_of("وأكد مصدر طبي من المستشفى وصول ثلاثة جرحى."), "وصول")
    assert quote.kind == "nominal"
    assert quote.content.text == "وصول ثلاثة جرحى"


def test_a_definite_verbal_noun_in_the_bodys_name_is_no_object() -> None:
    assert quotes_of("وأكد مصدر من لجنة التحقيق.") == []


# ---------------------------------------------------------------- دعا X لـ + an event


def test_dana_with_an_object_then_li_and_an_indefinite_event() -> None:
    quote = quote_with(quotes_of("دعت النقابة الحكومة لمراجعة القانون."), "مراجعة")
    assert quote.kind == "nominal"
    assert quote.content.text == "لمراجعة القانون"
    assert quote.speaker_name == "النقابة"


def test_the_purpose_in_a_bodys_name_is_not_called_for() -> None:
    # "الهيئة الوطنية لمكافحة الفساد" is a name: لـ after its adjective gives its purpose.
    assert quotes_of("دعت الهيئة الوطنية لمكافحة الفساد.") == []


def test_the_last_li_event_after_a_bodys_name_is_called_for() -> None:
    quote = quote_with(quotes_of("دعت الهيئة الوطنية لمكافحة الفساد الحكومة لمراجعة القانون."), "مراجعة")
    assert quote.content.text == "لمراجعة القانون"


# ---------------------------------------------------------------- a statement's verb and its object


def test_an_object_after_fihi_of_a_statement() -> None:
    quote = quote_with(quotes_of("ونشرت الوزارة بيانا نفت فيه وجود إصابات."), "وجود")
    assert quote.kind == "nominal"
    assert quote.content.text == "وجود إصابات"


def test_a_subject_after_fihi_stays_no_object() -> None:
    assert quotes_of("وأصدرت النقابة بيانا أعلنت فيه الهيئة موقفها.") == []


# ---------------------------------------------------------------- nouns of a state of affairs


def test_ziyada_after_the_verb_is_its_object() -> None:
    quote = quote_with(quotes_of("لكنه توقع زيادة مطردة في حجم المبادلات."), "زيادة")
    assert quote.kind == "nominal"


def test_dulu_with_a_genitive_is_the_object() -> None:
    quote = quote_with(quotes_of("ونفت الحركة ضلوع عناصرها في الهجوم."), "ضلوع")
    assert quote.content.text == "ضلوع عناصرها في الهجوم"


def test_ziyada_as_a_name_stays_the_speaker() -> None:
    quote = quote_with(quotes_of("وقال زيادة إن الوضع صعب."), "الوضع")
    assert quote.speaker_name == "زيادة"


# ---------------------------------------------------------------- a bill says nothing


def test_a_bill_as_subject_reports_no_one() -> None:
    assert quotes_of("كما يقترح المشروع إحداث هيئة مستقلة للرقابة.") == []
    assert quotes_of("ويؤكد مشروع القانون على أن الهيئة مستقلة.") == []


def test_a_party_named_mashrou_still_speaks() -> None:
    quote = quote_with(quotes_of("وأكد مشروع تونس أن الحركة ستشارك في الانتخابات."), "الحركة")
    assert quote.speaker_name == "مشروع تونس"


# ---------------------------------------------------------------- mushabbihan


def test_mushabbihan_likens_its_object_to_the_bi_phrase() -> None:
    quote = quote_with(quotes_of("ورد المدرب مشبهاً الحكم بالمتفرج."), "بالمتفرج")
    assert quote.kind == "nominal"
    assert quote.cue is not None and quote.cue.text == "مشبهاً"


def test_shibh_semi_stays_no_cue() -> None:
    assert quotes_of("ووصل الوفد إلى شبه جزيرة القرم بالطائرة.") == []


# ---------------------------------------------------------------- quotation marks that are no quote


def test_a_quoted_name_before_the_verbs_preposition_is_in_the_subject() -> None:
    quote = quote_with(quotes_of('هددت شركة النقل البحري "المتوسطية" بمغادرة الميناء.'), "الميناء")
    assert quote.kind == "nominal"
    assert quote.content.text == "بمغادرة الميناء"


def test_a_long_quote_before_a_preposition_stays_direct() -> None:
    quote = quote_with(quotes_of('وحذر الخبير "من الصعب السيطرة على الوضع" من دون دعم دولي.'), "الصعب")
    assert quote.kind == "direct"


def test_a_quoted_outlet_after_maa_is_no_quote() -> None:
    quote = quote_with(quotes_of('وأشار الوزير في مقابلة مع "الوطنية" إلى أهمية المشروع.'), "أهمية")
    assert quote.kind == "nominal"
    assert quote.content.text == "أهمية المشروع"


def test_a_quoted_outlet_after_a_correspondent_is_no_quote() -> None:
    quotes = quotes_of('وأكد المدير في تصريح لمراسل "إذاعة الشمال" انطلاق الحملة.')
    assert all(q.kind != "direct" for q in quotes)


def test_words_quoted_right_after_the_cue_stay_the_quote() -> None:
    quote = quote_with(quotes_of('وقال الوزير "نحن مع الحوار" في تصريح للصحفيين.'), "الحوار")
    assert quote.kind == "direct"


def test_a_quoted_genitive_inside_the_object_is_no_quote() -> None:
    # "مرشح "التيار الشعبي"": the party's name, marked by the writer, inside the object.
    quotes = quotes_of('ورجح المحللون فوز مرشح "التيار الشعبي" بأكثر من نصف الأصوات.')
    assert all(q.kind != "direct" for q in quotes)


def test_a_quoted_adjective_before_a_complementizer_stays_in_the_subject() -> None:
    quotes = quotes_of('واعترف الشاب "المفقود" في مدينة القصرين بأنه غادر منزله طوعا.')
    assert [(q.kind, q.content.text) for q in quotes] == [("indirect", "غادر منزله طوعا")]


def test_a_quoted_word_after_the_subject_of_qala_stays_the_quote() -> None:
    # قال takes nothing but its content: marks after its subject hold the words said.
    quote = quote_with(quotes_of('وقال المدرب "الانتصار" هو الهدف الوحيد.'), "الانتصار")
    assert quote.kind == "direct"


# ---------------------------------------------------------------- ب after a set-off phrase


def test_a_bi_complement_after_a_set_off_occasion() -> None:
    quote = quote_with(quotes_of("وطالبت النقابة، في بيان لها، بفتح تحقيق."), "تحقيق")
    assert quote.kind == "nominal"
    assert quote.content.text == "بفتح تحقيق"


def test_a_bi_name_in_apposition_stays_the_speaker() -> None:
    quote = quote_with(quotes_of("وطالب الوزير، بشير العكرمي، بالإسراع في الإنجاز."), "الإسراع")
    assert quote.speaker_name == "بشير العكرمي"


# ---------------------------------------------------------------- time phrases set off by commas


def test_an_object_after_a_time_phrase_closed_by_a_comma() -> None:
    quote = quote_with(quotes_of("وكانت الحكومة قد أعلنت الجمعة الماضي، إغلاق المعبر الحدودي."), "إغلاق")
    assert quote.kind == "nominal"
    assert quote.content.text == "إغلاق المعبر الحدودي"


def test_a_plain_noun_after_a_time_phrase_stays_no_object() -> None:
    assert quotes_of("وكانت الحكومة قد أعلنت الجمعة الماضي، وزيرا جديدا للمالية.") == []


def test_dana_past_an_apposition_set_off_by_commas() -> None:
    quote = quote_with(
        quotes_of("دعت لجنة المالية رئيس الحكومة، يوسف الشاهد، لدراسة الصيغ الممكنة."), "الصيغ"
    )
    assert quote.content.text == "لدراسة الصيغ الممكنة"


# ---------------------------------------------------------------- short names and manners in marks


def test_a_quoted_acronym_between_commas_is_no_quote() -> None:
    assert all(q.kind != "direct" for q in quotes_of('وأكدت الشركة، "أوريدو"، انطلاق الخدمة الجديدة.'))


def test_a_quoted_word_between_commas_after_qala_stays_the_quote() -> None:
    quote = quote_with(quotes_of('وقال المدرب، "مستحيل"، ثم غادر القاعة.'), "مستحيل")
    assert quote.kind == "direct"


def test_a_quoted_word_after_a_detached_bi_the_verb_does_not_take_is_no_quote() -> None:
    assert all(q.kind != "direct" for q in quotes_of('ونفى اللاعب بـ"شدة" الاتهامات الموجهة إليه.'))


def test_a_quoted_word_after_the_verbs_own_bi_stays_its_complement() -> None:
    quote = quote_with(quotes_of('وطالب الوزير بـ"الإصلاح" في أقرب وقت.'), "الإصلاح")
    assert quote.kind == "nominal"


# ---------------------------------------------------------------- نقلا عن after a verb of saying


def test_naqlan_an_after_a_verb_of_saying_relays_its_report() -> None:
    quote = quote_with(quotes_of("وذكرت الوكالة نقلا عن مصدر أمني أن الاشتباكات توقفت."), "الاشتباكات")
    assert quote.cue is not None and quote.cue.text == "وذكرت"
    assert quote.content.text == "الاشتباكات توقفت"


def test_naqlan_an_after_a_plain_clause_attributes_it() -> None:
    quote = quote_with(quotes_of("وتوقفت الاشتباكات مساء أمس، نقلا عن مصدر أمني."), "الاشتباكات")
    assert quote.speaker_name == "مصدر أمني"


# ---------------------------------------------------------------- a quoted predicate of اعتبر


def test_a_quoted_predicate_after_an_object_is_nominal() -> None:
    quote = quote_with(quotes_of('واعتبر حزب النهضة الخطوة "غير كافية".'), "كافية")
    assert quote.kind == "nominal"
    assert quote.speaker_name == "حزب النهضة"


def test_a_quote_right_after_the_subject_of_itabara_stays_direct() -> None:
    quote = quote_with(quotes_of('واعتبر الوزير "القرار خطوة إلى الوراء".'), "القرار")
    assert quote.kind == "direct"


def test_a_name_after_a_titles_genitive_is_no_object() -> None:
    quote = quote_with(quotes_of('واعتبر رئيس الحكومة يوسف الشاهد "هذا القرار خاطئ".'), "خاطئ")
    assert quote.kind == "direct"
