"""Quote stage, seventeenth round on issue 19: nominal quotes by the grammar of the object of a
verb of saying (nouns that name a state of affairs, verbal nouns after a definite subject, the
noun a preposition or quotation marks belong to) and where a noun-phrase content ends. Every
sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- nouns that name a state of affairs


def test_a_proposition_noun_right_after_the_verb_is_its_object() -> None:
    quote = quote_with(quotes_of("وأكد ضرورة مراجعة منظومة الدعم في أقرب الآجال."), "ضرورة")
    assert quote.kind == "nominal"
    assert quote.content.text == "ضرورة مراجعة منظومة الدعم في أقرب الآجال"


def test_a_proposition_noun_after_a_definite_subject_is_the_object() -> None:
    quote = quote_with(quotes_of("وأكدت الهيئة أهمية تشريك الشباب في الحياة العامة."), "أهمية")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("أهمية")
    assert quote.speaker_name == "الهيئة"


def test_a_proposition_noun_after_a_title_is_no_name() -> None:
    quote = quote_with(quotes_of("وأكد الوزير ضرورة تسريع إنجاز المشاريع المعطلة."), "ضرورة")
    assert quote.speaker_name == "الوزير"


def test_the_verb_of_existence_noun_after_a_subject_is_the_object() -> None:
    quote = quote_with(quotes_of("ونفى المدير الجهوي وجود أي نقص في مادة الحليب."), "وجود")
    assert quote.kind == "nominal"
    assert quote.content.text == "وجود أي نقص في مادة الحليب"


def test_a_plain_noun_after_a_definite_subject_stays_no_quote() -> None:
    # "الشارع" after the subject is no event: the sentence reports nothing.
    assert quotes_of("وأكد الوزير الشارع الرئيسي للمدينة.") == []


def test_a_faul_verbal_noun_with_its_pronoun_is_an_object() -> None:
    quote = quote_with(quotes_of("وأكد المندوب وصولها إلى الميناء صباح اليوم."), "وصولها")
    assert quote.kind == "nominal"


def test_an_imperfect_verb_with_its_pronoun_is_no_faul_noun() -> None:
    # يقوده (he leads it) has the letters of فعول + pronoun; the clause reports nothing.
    quotes = quotes_of("وأعلن الجيش الذي يقوده المشير في الشهر الماضي إطلاق عملية.")
    assert all(not q.content.text.startswith("يقوده") for q in quotes)


def test_a_tafaul_noun_in_construct_is_no_verb() -> None:
    quote = quote_with(quotes_of("كما أكد تواصل الاحتجاجات بالجهة إلى حين الاستجابة للمطالب."), "تواصل")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("تواصل الاحتجاجات")


def test_a_tafaul_word_before_an_indefinite_noun_stays_no_object() -> None:
    assert quotes_of("كما أكد تراجع كبير.") == []


# ---------------------------------------------------------------- the noun a preposition belongs to


def test_the_preposition_of_an_object_noun_belongs_to_the_noun() -> None:
    quote = quote_with(quotes_of("وأكد الوالي حرصه على متابعة المشاريع العمومية."), "متابعة")
    assert quote.kind == "nominal"
    assert quote.content.text == "حرصه على متابعة المشاريع العمومية"
    assert quote.speaker_name == "الوالي"


def test_the_verbs_own_preposition_after_the_subject_stays_the_trigger() -> None:
    quote = quote_with(quotes_of("وأكد الوالي على ضرورة متابعة المشاريع العمومية."), "متابعة")
    assert quote.content.text == "ضرورة متابعة المشاريع العمومية"


def test_quotation_marks_after_an_object_noun_close_its_phrase() -> None:
    quote = quote_with(quotes_of('وهنأ الرئيس نظيره، مؤكدا استعداده "للتعاون دون شروط".'), "استعداده")
    assert quote.kind == "nominal"
    assert quote.content.text == 'استعداده "للتعاون دون شروط"'


def test_quotation_marks_right_after_the_subject_stay_the_content() -> None:
    quote = quote_with(quotes_of('وأكد الوزير "التزام الحكومة بتعهداتها".'), "التزام")
    assert quote.content.text == "التزام الحكومة بتعهداتها"


# ---------------------------------------------------------------- بـ after a comma


def test_a_bi_verbal_noun_after_a_set_off_phrase_is_the_complement() -> None:
    text = "وطالب العمال، في وقفة أمام مقر الولاية، بتسوية وضعياتهم المهنية."
    quote = quote_with(quotes_of(text), "بتسوية")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("بتسوية")


def test_a_bi_name_after_a_comma_stays_an_apposition() -> None:
    quotes = quotes_of("وطالب المتحدث، بيتر ستريس، بإطلاق سراح المعتقلين.")
    assert [q.content.text for q in quotes] == ["بإطلاق سراح المعتقلين"]


# ---------------------------------------------------------------- where a noun-phrase content ends


def test_a_pronoun_clause_ends_a_nominal_content() -> None:
    quote = quote_with(quotes_of("وطالب بإقالة المدير وهو مطلب ترفعه النقابة منذ أشهر."), "بإقالة")
    assert quote.content.text == "بإقالة المدير"


def test_a_coordinated_noun_stays_in_the_nominal_content() -> None:
    quote = quote_with(quotes_of("وطالب بإقالة المدير وهيكلة الإدارة."), "بإقالة")
    assert quote.content.text == "بإقالة المدير وهيكلة الإدارة"


def test_fa_with_a_clause_verb_ends_a_nominal_content() -> None:
    quote = quote_with(quotes_of("وطالب بالإفراج عنه فتم نقله إلى المستشفى."), "بالإفراج")
    assert quote.content.text == "بالإفراج عنه"


def test_a_relative_report_of_the_noun_ends_a_nominal_content() -> None:
    text = 'نافيا تصريحه لصحيفة "الشروق" التي نقلت عن الوزير قوله إن الحكومة ستسقط.'
    quotes = quotes_of(text)
    outer = quote_with(quotes, "تصريحه")
    assert outer.kind == "nominal"
    assert outer.content.text == 'تصريحه لصحيفة "الشروق"'
    inner = quote_with(quotes, "ستسقط")
    assert inner.cue is not None and inner.cue.text == "نقلت"


def test_a_relative_clause_of_the_sources_own_words_stays_in_the_content() -> None:
    # قال does not agree with التي: the dropped subject is the caller's, who describes Tunisia.
    text = 'ودعا المستثمرين إلى توسيع استثماراتهم في تونس، التي قال إنها "بلد آمن".'
    quote = quote_with(quotes_of(text), "توسيع")
    assert quote.content.text.endswith('"بلد آمن"')


def test_a_relative_clause_that_describes_stays_in_the_content() -> None:
    quote = quote_with(quotes_of("ودعا إلى تطبيق الإجراءات التي أعلن عنها الوزير."), "تطبيق")
    assert quote.content.text == "تطبيق الإجراءات التي أعلن عنها الوزير"


def test_a_contrast_clause_ends_a_nominal_content() -> None:
    quote = quote_with(quotes_of("وأعلن الجيش تسريح ثلاثة ضباط لكنه لم يذكر أسماءهم."), "تسريح")
    assert quote.content.text == "تسريح ثلاثة ضباط"


def test_a_detached_wa_goes_with_the_contrast_clause() -> None:
    quote = quote_with(quotes_of("وأكدت الجامعة استعدادها لاحتضان الدورة و لكن بشروط."), "استعدادها")
    assert quote.content.text == "استعدادها لاحتضان الدورة"


def test_a_pronoun_clause_that_spells_the_noun_out_stays() -> None:
    quote = quote_with(quotes_of("وشدد على أمر مهم وهو أن الفريق متماسك."), "مهم")
    assert quote.content.text == "أمر مهم وهو أن الفريق متماسك"


# ---------------------------------------------------------------- an event as the subject


def test_an_event_noun_before_a_fact_verb_reports_no_one() -> None:
    assert quotes_of("كما أن رفضه يؤكد وجود تجاوزات في التسيير.") == []


def test_a_person_before_a_fact_verb_still_reports() -> None:
    quote = quote_with(quotes_of("والوزيرة تؤكد وجود تجاوزات في التسيير."), "تجاوزات")
    assert quote.cue is not None and quote.cue.text == "تؤكد"


# ---------------------------------------------------------------- متابعا "going on"


def test_the_participle_mutabian_introduces_a_direct_quote() -> None:
    text = 'ونفى وجود أي قضية ضده، متابعا "الملف فارغ ولا أساس له".'
    quotes = quotes_of(text)
    assert quote_with(quotes, "وجود").content.text == "وجود أي قضية ضده"
    direct = quote_with(quotes, "فارغ")
    assert direct.cue is not None and direct.cue.text == "متابعا"


def test_the_noun_mutabaa_stays_no_cue() -> None:
    assert quotes_of('وتتم متابعة "الملف" من قبل الوزارة.') == []


# ---------------------------------------------------------------- a ب-adverbial before أنّ


def test_a_place_phrase_after_sarraha_leaves_the_clause_as_content() -> None:
    quote = quote_with(quotes_of("وصرح الوزير بمقر الوزارة أن الحكومة لن تتراجع."), "الحكومة")
    assert quote.kind == "indirect"
    assert quote.content.text == "الحكومة لن تتراجع"
    assert quote.speaker_name == "الوزير"


def test_a_set_off_place_phrase_after_sarraha_leaves_the_clause_as_content() -> None:
    quote = quote_with(quotes_of("وصرح الوزير، خلال ندوة صحفية بالعاصمة، أن الحكومة لن تتراجع."), "الحكومة")
    assert quote.content.text == "الحكومة لن تتراجع"


def test_a_bi_noun_with_its_own_an_clause_stays_the_complement() -> None:
    quote = quote_with(quotes_of("واعترف الوزير بحقيقة أن الوضع صعب."), "الوضع")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("بحقيقة")


def test_a_bi_complement_then_a_clause_of_reason_stays_nominal() -> None:
    quote = quote_with(quotes_of("واتهم المحامي الشرطة بالتقصير، إذ سبق أن تلقت شكاية."), "بالتقصير")
    assert quote.kind == "nominal"


# ---------------------------------------------------------------- رأى في X Y


def test_seeing_a_predicate_in_a_noun_is_a_nominal_quote() -> None:
    quote = quote_with(quotes_of("ورأى النائب في القرار ضربة للقدرة الشرائية."), "ضربة")
    assert quote.kind == "nominal"
    assert quote.content.text == "ضربة للقدرة الشرائية"
    assert quote.speaker_name == "النائب"


def test_seeing_in_a_pronoun_then_a_subject_finds_the_predicate() -> None:
    quote = quote_with(quotes_of("وأجرت البحرية مناورات رأت فيها المعارضة استفزازا للجيران."), "استفزازا")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("استفزازا")


def test_seeing_an_amount_in_a_place_is_no_quote() -> None:
    assert quotes_of("ورأى الوزير في المعرض عددا من الزوار.") == []


def test_a_possessed_opinion_noun_is_no_verb_of_seeing() -> None:
    assert quotes_of("لكنهما غيرا رأيهما في القاعة صغيرة.") == []


def test_polls_that_confirm_a_fact_report_no_one() -> None:
    assert quotes_of("وأكدت استطلاعات الرأي تراجع شعبية الحزب.") == []


def test_a_body_that_confirms_a_fact_still_reports() -> None:
    quote = quote_with(quotes_of("وأكدت الوزارة تراجع نسبة البطالة."), "تراجع")
    assert quote.speaker_name == "الوزارة"


def test_what_a_fact_confirms_after_ma_reports_no_one() -> None:
    assert quotes_of("وتضاعفت المبيعات، مما يؤكد ضرورة مراجعة الخطة.") == []


def test_a_town_name_in_ta_marbuta_is_no_faul_noun() -> None:
    text = "أكد مدير الميناء التجاري بسوسة في تصريح للإذاعة اليوم غرق شاحنة."
    assert all(not q.content.text.startswith("بسوسة") for q in quotes_of(text))


def test_an_accusing_verbs_bi_complement_stays_before_a_clause() -> None:
    quote = quote_with(quotes_of("واتهمه بالتخلص منها بحجة أنه مريض."), "بالتخلص")
    assert quote.content.text.startswith("بالتخلص")


def test_indicators_of_an_activity_report_no_one() -> None:
    assert quotes_of("وتشير مؤشرات نشاط الشركة إلى ارتفاع الأرباح.") == []


def test_estimates_of_a_named_body_name_the_body() -> None:
    quote = quote_with(quotes_of("وتشير تقديرات صندوق النقد الدولي إلى نمو الاقتصاد."), "نمو")
    assert quote.cue is not None and quote.cue.text == "وتشير"


# ---------------------------------------------------------------- the object after a name or a time word


def test_a_proposition_noun_after_a_name_is_the_object() -> None:
    quote = quote_with(quotes_of("واستبعدت باريس وقوف دوافع سياسية وراء الحادثة."), "وقوف")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("وقوف")


def test_a_proposition_noun_after_a_body_is_its_genitive() -> None:
    # "لجنة دعم …" is one name; the committee's object comes after it.
    quote = quote_with(quotes_of("وأكدت لجنة دعم المزارعين التزامها بالاتفاق."), "التزامها")
    assert not quote.content.text.startswith("دعم")


def test_an_object_after_a_fronted_subject_and_a_time_word() -> None:
    quote = quote_with(quotes_of("وكانت الجامعة قد أعلنت أمس انسحابها من البطولة."), "انسحابها")
    assert quote.kind == "nominal"
    assert quote.speaker_name == "الجامعة"


def test_a_time_word_then_a_plain_noun_stays_no_object() -> None:
    assert quotes_of("وكانت الجامعة قد أعلنت أمس قائمة.") == []


def test_a_possessed_noun_inside_a_prepositional_phrase_is_no_object() -> None:
    quotes = quotes_of("وتنفي ممارسة أي انتهاكات بحق أفرادها المقيمين بالخارج.")
    assert all(not q.content.text.startswith("أفرادها") for q in quotes)


def test_a_set_off_time_phrase_ends_a_nominal_content() -> None:
    quote = quote_with(quotes_of("وحذر من أي تصعيد في المنطقة، بعد تهديدات متبادلة بين البلدين."), "تصعيد")
    assert quote.content.text == "أي تصعيد في المنطقة"


def test_a_time_phrase_inside_an_indirect_content_stays() -> None:
    quote = quote_with(quotes_of("وقال إن الصادرات تجاوزت المليار، بعد أن كانت نصف ذلك."), "الصادرات")
    assert quote.content.text.endswith("نصف ذلك")
