"""Quote stage, detection round 19: definite verbal-noun objects after a name or a definite subject,
مفاعلة/فعالة verbal nouns, a ب-complement after the comma that closes the subject, "ما أسماه بـ",
quoted makes inside an object, and دعا X لـ. Every sentence here is written for the test; each rule
has a look-alike that must not change.
"""

from __future__ import annotations

from qawl.document import Document, Mention, Quote
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.lexicon import load_cues


def quotes_of(text: str, names: tuple[tuple[str, str], ...] = ()) -> list[Quote]:
    mentions = []
    for name, label in names:
        start = text.index(name)
        mentions.append(Mention(start, start + len(name), name, label))
    doc = Document(id="t", text=text, mentions=mentions)
    QuoteAttributor().process([doc])
    return doc.quotes


def by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


# ---------------------------------------------------------------- definite verbal nouns as objects


def test_definite_verbal_noun_after_a_named_subject_is_the_object() -> None:
    text = "وأعلنت واشنطن الانسحاب من الاتفاق النووي مع طهران."
    [quote] = by_cue(quotes_of(text, (("واشنطن", "LOC"),)), "وأعلنت")
    assert quote.kind == "nominal" and quote.content.text.startswith("الانسحاب من الاتفاق")


def test_definite_noun_after_a_name_that_is_no_verbal_noun_starts_nothing() -> None:
    # الشمالية agrees with the name's region; it is an adjective, no object.
    text = "وأعلنت كوريا الشمالية في بيان لها تعليق التجارب."
    quotes = by_cue(quotes_of(text, (("كوريا", "LOC"),)), "وأعلنت")
    assert all(not q.content.text.startswith("الشمالية") for q in quotes)


def test_definite_verbal_noun_after_a_definite_subject_is_the_object() -> None:
    text = "وأعلن رئيس الوزراء النصر على التنظيم في المدينة."
    [quote] = by_cue(quotes_of(text), "وأعلن")
    assert quote.kind == "nominal" and quote.content.text == "النصر على التنظيم في المدينة"


def test_definite_adjective_after_a_definite_subject_is_no_object() -> None:
    text = "وأكدت الحكومة الانتقالية في بيان أن الانتخابات ستجري في موعدها."
    [quote] = by_cue(quotes_of(text), "وأكدت")
    assert quote.kind == "indirect" and quote.content.text.startswith("الانتخابات")


# ---------------------------------------------------------------- مفاعلة، فعالة، إفالة


def test_mufaala_noun_in_construct_is_the_object() -> None:
    text = "وأكد وزير الخارجية مناقشة الملف مع نظيره الروسي."
    [quote] = by_cue(quotes_of(text), "وأكد")
    assert quote.content.text == "مناقشة الملف مع نظيره الروسي"
    assert quote.speaker is not None and quote.speaker.text == "وزير الخارجية"


def test_fiaala_place_noun_stays_the_subject() -> None:
    text = "وأعلنت ولاية سوسة عن إجراءات جديدة لفائدة الفلاحين."
    [quote] = by_cue(quotes_of(text), "وأعلنت")
    assert quote.content.text.startswith("إجراءات") and quote.speaker.text == "ولاية سوسة"


def test_mufaala_noun_with_its_owner_pronoun_is_the_object() -> None:
    text = "وأكدت النقابة مواصلتها الإضراب حتى تحقيق مطالبها."
    [quote] = by_cue(quotes_of(text), "وأكدت")
    assert quote.content.text.startswith("مواصلتها الإضراب")


# ---------------------------------------------------------------- طالب X، بـ…


def test_bi_complement_after_the_comma_that_closes_the_subject() -> None:
    text = "وطالب المحتجون، بإقالة الوالي وفتح تحقيق في الحادثة."
    [quote] = by_cue(quotes_of(text), "وطالب")
    assert quote.kind == "nominal" and quote.content.text == "بإقالة الوالي وفتح تحقيق في الحادثة"


def test_bi_name_in_an_apposition_is_not_the_complement() -> None:
    text = "وطالب المتحدث باسم الحركة، بشار الخطيب، بفتح تحقيق."
    [quote] = by_cue(quotes_of(text), "وطالب")
    assert quote.content.text == "بفتح تحقيق"


# ---------------------------------------------------------------- ما أسماه بـ


def test_asma_is_generated_with_its_object_pronoun_but_not_the_passive() -> None:
    lexicon = load_cues()
    assert lexicon.lookup("أسماه") is not None and lexicon.lookup("أسمته") is not None
    assert lexicon.lookup("يسمى") is None and lexicon.lookup("اسمي") is None


def test_what_he_called_is_nominal_and_ends_with_its_marks() -> None:
    text = 'ودعا الوزير إلى التصدي لما أسماه بـ"التدخل الأجنبي" في شؤون البلاد.'
    [quote] = by_cue(quotes_of(text), "أسماه")
    assert quote.kind == "nominal" and quote.content.text == 'بـ"التدخل الأجنبي"'


def test_so_called_is_no_report() -> None:
    text = 'ونشرت الصحيفة تقريرا عن ما يسمى بـ"صفقة القرن" في المنطقة.'
    assert by_cue(quotes_of(text), "يسمى") == []


# ---------------------------------------------------------------- quoted makes inside an object


def test_quoted_make_after_its_kind_inside_an_object_is_no_quote() -> None:
    text = 'وأعلنت واشنطن إرسال صواريخ "توماهوك" إلى المنطقة.'
    assert all(q.kind != "direct" for q in quotes_of(text))


def test_quoted_words_after_a_subject_are_still_a_quote() -> None:
    text = 'وأكد مصدر أمني "الوضع تحت السيطرة" في المدينة.'
    [quote] = by_cue(quotes_of(text), "وأكد")
    assert quote.kind == "direct" and quote.content.text == "الوضع تحت السيطرة"


# ---------------------------------------------------------------- دعا X لـ


def test_call_with_a_name_before_li_and_an_event() -> None:
    text = "ودعت تونس لإيجاد حل سياسي للأزمة الليبية."
    [quote] = by_cue(quotes_of(text), "ودعت")
    assert quote.kind == "nominal" and quote.content.text == "لإيجاد حل سياسي للأزمة الليبية"


def test_li_purpose_after_a_body_is_not_what_was_called_for() -> None:
    text = "ودعا الرئيس الهيئة الوطنية لمكافحة الفساد إلى التحرك."
    [quote] = by_cue(quotes_of(text), "ودعا")
    assert quote.content.text == "التحرك"


# ---------------------------------------------------------------- objects before quotation marks


def test_stance_object_of_a_relative_verb_leaves_the_marks_to_the_main_clause() -> None:
    text = 'واعتبر الوزير أن تحذيرات السفير الذي أبدى مخاوف حيال استقرار المنطقة، "غير مقبولة".'
    quotes = quotes_of(text)
    assert by_cue(quotes, "أبدى") == []
    [outer] = by_cue(quotes, "واعتبر")
    assert outer.kind == "mixed" and outer.content.text.endswith('"غير مقبولة"')


def test_stance_object_with_a_colon_quote_stays_direct() -> None:
    text = 'وأبدى الوزير قلقه وقال: "الوضع خطير جدا".'
    [quote] = by_cue(quotes_of(text), "وقال")
    assert quote.kind == "direct" and quote.content.text == "الوضع خطير جدا"


# ---------------------------------------------------------------- verbs that are no report


def test_verb_after_a_modal_and_an_is_subjunctive() -> None:
    # تحدث after "يمكن أن" is "happen", not "spoke": no nested quote.
    text = 'وقال الرئيس إنها لا يمكن أن تحدث "قبل أن تكون الظروف مناسبة".'
    quotes = quotes_of(text)
    assert by_cue(quotes, "تحدث") == [] and len(by_cue(quotes, "وقال")) == 1


def test_spoke_after_a_time_clause_an_is_still_a_report() -> None:
    text = "وغادر الوزير القاعة بعد أن تحدث عن الأزمة الاقتصادية."
    [quote] = by_cue(quotes_of(text), "تحدث")
    assert quote.kind == "nominal" and quote.content.text == "الأزمة الاقتصادية"


def test_expected_after_an_indefinite_noun_is_the_impersonal_passive() -> None:
    text = "وبلغت الصادرات مليار دينار، وهو رقم يتوقع أن يرتفع خلال العام القادم."
    assert by_cue(quotes_of(text), "يتوقع") == []


def test_expected_after_an_anonymous_source_is_a_report() -> None:
    text = "وقال مصدر يتوقع أن ترتفع الأسعار خلال الصيف."
    [quote] = by_cue(quotes_of(text), "يتوقع")
    assert quote.content.text == "ترتفع الأسعار خلال الصيف"


def test_remotely_is_no_complement_of_about() -> None:
    text = "وعبر الأنترنات تستخدم المواقع منظومة الدفع عن بعد بالدينار الإلكتروني."
    assert quotes_of(text) == []


def test_about_the_approach_of_is_a_complement() -> None:
    text = "والتقى الوزير بالسفير، وتحدث عن قرب الانتخابات."
    [quote] = by_cue(quotes_of(text), "وتحدث")
    assert quote.kind == "nominal" and quote.content.text == "قرب الانتخابات"


def test_about_the_approach_of_an_indefinite_noun_is_a_complement() -> None:
    text = "ونشرت الوكالة تقارير تتحدث عن قرب دخول قوات موالية للحكومة إلى المدينة."
    [quote] = by_cue(quotes_of(text), "تتحدث")
    assert quote.content.text.startswith("قرب دخول قوات")


def test_a_pronoun_on_hope_is_no_hoping_participle() -> None:
    # أمله "his hope" and آملة "hoping" are one key once normalised; only ة spells the participle.
    text = "وأعرب الوزير عن أمله في أن تتجدد هذه المبادرة."
    assert by_cue(quotes_of(text), "أمله") == []
    text = "وأنهت الوزيرة كلمتها آملة أن تتجدد هذه المبادرة."
    [quote] = by_cue(quotes_of(text), "آملة")
    assert quote.content.text == "تتجدد هذه المبادرة"


# ---------------------------------------------------------------- اعتقد and emphatic subjects


def test_believes_with_a_named_subject_is_a_report() -> None:
    text = "ويعتقد الباحث أنَّ ساعاتنا البيولوجية هي العامل المحدد."
    [quote] = by_cue(quotes_of(text), "ويعتقد")
    assert quote.kind == "indirect" and quote.content.text == "ساعاتنا البيولوجية هي العامل المحدد"


def test_it_is_believed_and_those_who_believe_are_no_reports() -> None:
    assert quotes_of("وتنتشر في السواحل، ويعتقد أن هذه الأسماك دخلت عبر القناة.") == []
    assert quotes_of("وبلغ عدد من يعتقدون أن الدواء يعالج البرد أربعين في المائة.") == []


def test_object_after_an_emphasised_definite_subject() -> None:
    text = "وأكد المصدر ذاته وصول 43 مصابا إلى المستشفى الجهوي."
    [quote] = by_cue(quotes_of(text), "وأكد")
    assert quote.kind == "nominal" and quote.content.text == "وصول 43 مصابا إلى المستشفى الجهوي"


def test_emphasised_subject_before_a_clause_keeps_the_clause() -> None:
    text = "وأكد المصدر ذاته في تصريح للإذاعة أن الوضع مستقر."
    [quote] = by_cue(quotes_of(text), "وأكد")
    assert quote.kind == "indirect" and quote.content.text == "الوضع مستقر"


def test_believed_after_a_relative_or_where_is_impersonal() -> None:
    assert by_cue(quotes_of("وألغى البرلمان أصوات الخارج التي يعتقد أنها شهدت تلاعبا."), "يعتقد") == []
    assert by_cue(quotes_of("وظل المطار خارج سيطرتها، حيث يعتقد أن المسلحين نشروا قناصة."), "يعتقد") == []


def test_own_and_generic_beliefs_are_no_reports() -> None:
    text = 'وقال المدرب: "يقود الفريق دائما، أعتقد أنه أفضل لاعب في البطولة".'
    assert by_cue(quotes_of(text), "أعتقد") == []
    assert quotes_of("فإننا قد نعتقد أن هذه الآثار طفح جلدي.") == []


def test_believes_after_but_with_its_pronoun_subject_is_a_report() -> None:
    text = "وقال الرئيس إن الفضيحة جرى تضخيمها عمدا، لكنه يعتقد بأنها ستختفي من الأخبار."
    [quote] = by_cue(quotes_of(text), "يعتقد")
    assert quote.content.text == "ستختفي من الأخبار"


def test_what_he_called_goes_on_past_its_marks_with_a_genitive() -> None:
    text = 'وقال الرئيس إن الغرب لن يتمكن مما وصفه بـ"تركيع" الشعب التركي عبر الدولار.'
    [quote] = by_cue(quotes_of(text), "وصفه")
    assert quote.content.text.startswith('بـ"تركيع" الشعب التركي')
