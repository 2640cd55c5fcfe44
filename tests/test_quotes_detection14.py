"""Quote stage, fourteenth round on issue 19: detection (missed and spurious quotes, and kinds)
by mechanisms of Arabic grammar and lexicon that hold in any news text. Every sentence here is
written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _cues(text: str) -> list[str]:
    return [q.cue.text for q in quotes_of(text) if q.cue is not None]


# ---------------------------------------------------------------- أشار "indicates": evidence, no speaker


def test_estimates_indicate_is_no_quote() -> None:
    # تشير التقديرات إلى أن: figures point to something; no one is said to say it.
    assert quotes_of("وتشير التقديرات إلى أن عدد الضحايا تجاوز المئة.") == []


def test_quantified_indicators_indicate_is_no_quote() -> None:
    assert quotes_of("وتشير جل المؤشرات إلى أن العام المقبل سيكون صعبا.") == []


def test_evidence_subject_before_the_verb_is_no_nested_quote() -> None:
    text = "وقال الوزير إن الأدلة تشير إلى أن الشركة مسؤولة عن التسرب."
    assert _cues(text) == ["وقال"]


def test_what_indicates_is_no_quote() -> None:
    # ما/مما يشير إلى "which indicates": a relative with no speaker.
    assert quotes_of("ولم تنشر الصفحة شيئا مما يشير إلى صلته بالجماعة.") == []


def test_this_indicates_is_no_quote() -> None:
    assert quotes_of("ويشير هذا إلى أن الطلب على النفط سيتراجع.") == []


def test_a_study_still_indicates_as_a_source() -> None:
    # The look-alike: a study is a text with an author, which the guidelines count.
    quote = quote_with(quotes_of("وتشير دراسة حديثة إلى أن النوم المبكر مفيد للقلب."), "النوم")
    assert quote.cue is not None and quote.cue.text == "وتشير"


def test_a_person_who_points_out_stays_a_speaker() -> None:
    quote = quote_with(quotes_of("وأشار الوزير إلى أن الوضع الأمني مستقر."), "الوضع")
    assert quote.speaker_name == "الوزير"


# ---------------------------------------------------------------- a source phrase as a sentence of its own


def test_source_phrase_after_a_full_stop_attributes_the_sentence_before() -> None:
    text = "وأغلقت السلطات المعبر الحدودي مساء أمس. بحسب رويترز."
    quote = quote_with(quotes_of(text), "المعبر")
    assert quote.cue is not None and quote.cue.text == "بحسب"
    assert quote.speaker_name == "رويترز"


def test_source_phrase_on_a_new_line_attributes_nothing() -> None:
    # The look-alike: a new line is a new paragraph, not the tail of the sentence before.
    assert quotes_of("وأغلقت السلطات المعبر الحدودي مساء أمس.\nبحسب رويترز.") == []


def test_source_phrase_sentence_after_a_quote_is_no_new_quote() -> None:
    text = "وقال المتحدث إن السلطات أغلقت المعبر. بحسب رويترز."
    assert _cues(text) == ["وقال"]


# ---------------------------------------------------------------- وذلك before a source phrase, and relays


def test_dhalika_points_back_to_the_clause_before() -> None:
    text = "وارتفعت أسعار الخبز بنسبة كبيرة، وذلك بحسب وزارة التجارة."
    quote = quote_with(quotes_of(text), "الخبز")
    assert quote.content.text == "وارتفعت أسعار الخبز بنسبة كبيرة"


def test_dhalika_after_a_quote_makes_the_phrase_a_relay() -> None:
    text = "وقال السائق إنه كان متعبا، وذلك حسبما أفادت وكالة تاس نقلا عن مصدر في الشرطة."
    assert _cues(text) == ["وقال"]


def test_relay_names_its_own_source_after_the_outlet() -> None:
    text = "وأغلقت المدارس أبوابها، حسبما أفادت وكالة تاس نقلا عن مصدر في الشرطة."
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].speaker_name == "وكالة تاس"


def test_naqlan_an_alone_stays_a_source_phrase() -> None:
    quote = quote_with(quotes_of("وأغلقت المدارس أبوابها، نقلا عن مصدر في الشرطة."), "المدارس")
    assert quote.cue is not None and quote.cue.text == "نقلا عن"


# ---------------------------------------------------------------- defective verbs in the plural


def test_plural_of_ra_a_reports_a_belief() -> None:
    # يرى -> يرون: the weak letter drops before the plural ending.
    quote = quote_with(quotes_of("لكن مسؤولين أوروبيين يرون أن على الحكومة أن تستقيل."), "الحكومة")
    assert quote.cue is not None and quote.cue.text == "يرون"
    assert quote.kind == "indirect"


def test_plural_of_da_a_calls_for() -> None:
    quote = quote_with(quotes_of("ونواب ديمقراطيون يدعون الرئيس إلى وقف الترحيل."), "الترحيل")
    assert quote.cue is not None and quote.cue.text == "يدعون"
    assert quote.kind == "nominal"


def test_dual_of_da_a_keeps_its_weak_letter() -> None:
    quote = quote_with(quotes_of("والحزبان يدعوان إلى انتخابات مبكرة."), "انتخابات")
    assert quote.cue is not None and quote.cue.text == "يدعوان"


def test_they_seem_is_no_form_of_abda() -> None:
    # The look-alike: يبدون is بدا "they seem", not أبدى "they voiced".
    assert quotes_of("والمفاوضون يبدون مستعدين لتقديم تنازلات.") == []


def test_a_name_that_reads_as_fa_plus_a_verb_after_qala() -> None:
    # "قال فيرون": right after a verb of saying the word is its subject, not ف + يرون.
    quote = quote_with(quotes_of("قال فيرون إن الشبكة يمكن أن تبقى محايدة."), "الشبكة")
    assert quote.cue is not None and quote.cue.text == "قال"


def test_fa_plus_yarawna_after_a_comma_stays_a_cue() -> None:
    quote = quote_with(quotes_of("أما المعارضون، فيرون أن الحل قريب."), "الحل")
    assert quote.cue is not None and quote.cue.text == "فيرون"


# ---------------------------------------------------------------- complaint, surprise, promise


def test_complained_of_is_nominal() -> None:
    quote = quote_with(quotes_of("واشتكى المزارعون من غياب الدعم الحكومي."), "الدعم")
    assert quote.kind == "nominal"
    assert quote.content.text == "غياب الدعم الحكومي"
    assert quote.speaker_name == "المزارعون"


def test_wondered_at_is_nominal() -> None:
    quote = quote_with(quotes_of("وتعجبت اللاعبة من تكرار الأخطاء التحكيمية."), "الأخطاء")
    assert quote.kind == "nominal"


def test_found_strange_is_nominal() -> None:
    quote = quote_with(quotes_of("واستغرب النائب من صمت الحكومة."), "صمت")
    assert quote.kind == "nominal"


def test_promising_as_an_adjective_does_not_cut_the_content() -> None:
    # واعد "promising" stays out of the lexicon: as an adjective (آفاق واعدة) it is common in
    # economic news, and a cue word there would end the content it stands in.
    text = "ولفت المدير إلى أن آفاق التجارة واعدة، خصوصا في مجال الزراعة، معتبرا أن الأمن الغذائي مهم."
    quote = quote_with(quotes_of(text), "آفاق")
    assert quote.content.text == "آفاق التجارة واعدة، خصوصا في مجال الزراعة"


def test_bi_adverbial_is_no_complement_of_a_participle() -> None:
    # بالنسبة is an adverbial, never the complement a verb of saying reports.
    quote = quote_with(quotes_of("وقال الوزير إن الوضع صعب، مطالبا بالنسبة للقطاع بإصلاحات."), "بإصلاحات")
    assert quote.content.text == "بإصلاحات"


def test_bi_adverbial_is_no_complement() -> None:
    quote = quote_with(quotes_of("وهدد الوزير بالفعل بفرض رسوم جديدة."), "رسوم")
    assert quote.content.text == "بفرض رسوم جديدة"


def test_bi_complement_right_after_the_subject_stays() -> None:
    quote = quote_with(quotes_of("وهدد الوزير بفرض رسوم جديدة."), "رسوم")
    assert quote.content.text == "بفرض رسوم جديدة"


# ---------------------------------------------------------------- the issuer of a figure


def test_statistic_issued_by_a_body_names_the_body() -> None:
    text = "ويعمل في القطاع مليون عامل أجنبي، بحسب إحصائية صادرة عن هيئة الإحصاء."
    quote = quote_with(quotes_of(text), "مليون")
    assert quote.speaker_name == "هيئة الإحصاء"


def test_report_issued_by_a_bank_names_the_bank() -> None:
    text = "وتراجع النمو إلى اثنين في المئة، بحسب تقرير صادر عن البنك الدولي."
    quote = quote_with(quotes_of(text), "النمو")
    assert quote.speaker_name == "البنك الدولي"


def test_decision_run_into_the_clause_is_no_source() -> None:
    # The look-alike: "according to the decision" run into the clause tells how, not who.
    assert quotes_of("ويعاقب المخالفون بحسب القرار الصادر عن الوزارة.") == []


# ---------------------------------------------------------------- a stance noun as the object


def test_voiced_fears_about_in_a_relative_clause() -> None:
    text = "وتحدث الوزير، الذي أبدى مخاوف حيال استقرار المنطقة."
    quote = quote_with(quotes_of(text), "استقرار")
    assert quote.kind == "nominal"
    assert quote.content.text == "مخاوف حيال استقرار المنطقة"


def test_voiced_concern_after_the_subject() -> None:
    quote = quote_with(quotes_of("وأبدى الوزير قلقه إزاء تدهور الأوضاع."), "تدهور")
    assert quote.cue is not None and quote.cue.text == "وأبدى"
    assert quote.content.text == "قلقه إزاء تدهور الأوضاع"


def test_subject_followed_by_min_stays_a_subject() -> None:
    # The look-alike: مسؤولون is no stance noun, so "من الوزارة" belongs to the subject.
    quote = quote_with(quotes_of("وأكد مسؤولون من الوزارة أن الوضع مستقر."), "الوضع")
    assert quote.kind == "indirect"


# ---------------------------------------------------------------- the passive of وصف / اتهم


def test_described_as_with_no_object_is_the_passive() -> None:
    assert quotes_of("وتصرف الحارس على نحو وصف بالعنيف.") == []


def test_accused_of_with_no_object_is_the_passive() -> None:
    assert quotes_of("وكان الوزير قد اتهم بأنه سرب الوثائق.") == []


def test_accuses_a_woman_of_stays_a_report() -> None:
    # The look-alike: a word that only begins with ب (بريطانية) is the object, not بـ.
    text = 'إيران تتهم بريطانية بـ "السعي لقلب نظام الحكم".'
    quote = quote_with(quotes_of(text), "السعي")
    assert quote.kind == "nominal"


def test_described_it_as_stays_a_report() -> None:
    quote = quote_with(quotes_of("ووصف الوزير القرار بالخاطئ."), "بالخاطئ")
    assert quote.kind == "nominal"


# ---------------------------------------------------------------- إ opens a verbal noun, never أفعل


def test_its_addition_is_no_cue() -> None:
    text = "ويتوقع الخبراء إضافتها إلى الاقتصاد، إذ إن المبلغ يعادل ميزانية دولة."
    assert all(q.cue is None or q.cue.text != "إضافتها" for q in quotes_of(text))


def test_read_also_is_no_admission() -> None:
    # إقرأ "read" (a link line) is no form of أقرّ "admitted".
    assert quotes_of("إقرأ أيضا اتهام مديري الأوبرا بإهدار المال العام") == []


def test_she_added_with_hamza_above_stays_a_cue() -> None:
    quote = quote_with(quotes_of("وأضافت الوزارة أن المعبر سيفتح غدا."), "المعبر")
    assert quote.cue is not None and quote.cue.text == "وأضافت"


# ---------------------------------------------------------------- quoted names do not make a quote mixed


def test_quoted_party_name_keeps_the_quote_indirect() -> None:
    quote = quote_with(quotes_of('وقال إن سالفيني قد يتخلى عن حركة "خمس نجوم".'), "سالفيني")
    assert quote.kind == "indirect"


def test_quoted_name_after_a_naming_verb_keeps_the_quote_indirect() -> None:
    text = 'وأوضح أن هذه الأسماك تسمى "سمكة الأرنب" وتعيش في البحر.'
    quote = quote_with(quotes_of(text), "الأسماك")
    assert quote.kind == "indirect"


def test_quoted_words_of_the_speaker_make_it_mixed() -> None:
    # The look-alikes: a quoted description, and quoted words after a definite noun.
    assert quote_with(quotes_of('وقال إن الاقتصاد يمر بحالة "انهيار كامل".'), "الاقتصاد").kind == "mixed"
    text = 'وقال إنه لم يتوقع أن يخسر التنظيم "خلافته".'
    assert quote_with(quotes_of(text), "التنظيم").kind == "mixed"


# ---------------------------------------------------------------- questions and brand names


def test_verb_asked_about_after_hal_is_no_report() -> None:
    # هل asks whether the minister thinks so; nothing is reported.
    assert quotes_of("وسأل الصحفي: هل يرى الوزير أن الحل قريب؟") == []
    assert quotes_of("وسأل أخته: هل ترين أن أغادر المدينة؟") == []


def test_verb_without_hal_reports() -> None:
    quote = quote_with(quotes_of("وترى الوزيرة أن الرحيل أفضل."), "الرحيل")
    assert quote.cue is not None and quote.cue.text == "وترى"


def test_citroen_is_no_cue() -> None:
    text = "وقالت شركة بيجو-ستروين إنها تأمل في موقف أوروبي مشترك."
    quote = quote_with(quotes_of(text), "تأمل")
    assert quote.cue is not None and quote.cue.text == "وقالت"


# ---------------------------------------------------------------- اعتبر + object pronoun + predicate


def test_considered_it_with_a_dropped_subject() -> None:
    # اعتبرها: the object is the pronoun, so the indefinite word after it is the predicate.
    quote = quote_with(quotes_of("ورفضت الحكومة المقترح واعتبرته محاولة لتقويض التحقيق."), "محاولة")
    assert quote.kind == "nominal"
    assert quote.content.text == "محاولة لتقويض التحقيق"


def test_considered_it_after_its_subject() -> None:
    quote = quote_with(quotes_of("وهي خطوة يعتبرها الخبراء تهديدا للأمن."), "تهديدا")
    assert quote.content.text == "تهديدا للأمن"
    assert quote.speaker_name == "الخبراء"


def test_considered_without_a_pronoun_stays_the_passive() -> None:
    # The look-alike: with no object pronoun after a relative, تعتبر is the passive تُعتبر.
    assert quotes_of("وهي الجماعة التي تعتبر منظمة إرهابية في عدة دول.") == []
