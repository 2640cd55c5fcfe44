"""Quote stage, nominal quotes (round 2): verbs of saying whose complement is a noun phrase or a
prepositional phrase, their generated forms, and where such content ends. Every sentence here is
written for the test; each rule has a look-alike that must not become a quote.
"""

from __future__ import annotations

from qawl.document import Document, Quote
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(text: str) -> list[Quote]:
    doc = Document(id="t", text=text)
    QuoteAttributor().process([doc])
    return doc.quotes


def by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


# ---------------------------------------------------------------- defective participles in the plural


def test_plural_of_a_defective_participle_ends_the_nominal_content_and_continues_the_group() -> None:
    text = "وعبّر عدد من سكان البلدة، عن قلقهم من تلوث المياه، داعين إلى فتح تحقيق عاجل."
    quotes = quotes_of(text)
    [worry] = by_cue(quotes, "وعبّر")
    assert worry.kind == "nominal" and worry.content.text == "قلقهم من تلوث المياه"
    [call] = by_cue(quotes, "داعين")
    assert call.content.text == "فتح تحقيق عاجل"
    # "عدد من …" is a group, which the plural participle continues.
    assert call.speaker_name == worry.speaker_name == "عدد من سكان البلدة"


def test_a_noun_in_in_after_a_comma_is_no_participle() -> None:
    # داعين is generated from داعيا; the look-alike ends in ين too but is a noun of the clause.
    quotes = quotes_of("وعبّر عدد من سكان البلدة عن قلقهم من تلوث المياه، والمسافرين إلى المدينة.")
    [worry] = quotes
    assert worry.content.text.endswith("والمسافرين إلى المدينة")


# ------------------------------------------------ a verbal noun with its pronoun and a complement


def test_possessed_verbal_noun_with_its_bi_complement() -> None:
    text = "وغادر الوزير القاعة بعد مطالبته بإجراء تحقيق مستقل في الصفقة."
    [quote] = by_cue(quotes_of(text), "مطالبته")
    assert quote.kind == "nominal" and quote.content.text == "بإجراء تحقيق مستقل في الصفقة"


def test_possessed_announcement_with_a_verbal_noun_object_ends_before_haythu() -> None:
    text = "وبدا الرئيس واثقا بإعلانه انسحاب قواته من المدينة، حيث دافع عن القرار أمام البرلمان."
    [quote] = by_cue(quotes_of(text), "بإعلانه")
    assert quote.kind == "nominal" and quote.content.text == "انسحاب قواته من المدينة"


def test_possessed_noun_followed_by_its_genitive_description_is_no_quote() -> None:
    # A plain noun after إعلانه (not a verbal noun) and a preposition after it describe the noun.
    assert by_cue(quotes_of("وجاء إعلانه اليوم عن الزيارة في وقت حرج."), "إعلانه") == []
    assert by_cue(quotes_of("وقد أثار إعلانه مخاوف المستثمرين في الأسواق."), "إعلانه") == []


# ---------------------------------------------------------------- the object after the subject


def test_verbal_noun_after_a_comma_closed_subject_is_the_object() -> None:
    text = "وأكدت نقابة الصحفيين، تمسكها بحرية التعبير وضرورة حماية الصحفيين، لكنها انتقدت القرار."
    [quote] = by_cue(quotes_of(text), "وأكدت")
    assert quote.kind == "nominal" and quote.content.text == "تمسكها بحرية التعبير وضرورة حماية الصحفيين"
    assert quote.speaker_name == "نقابة الصحفيين"


def test_definite_verbal_noun_after_a_title_and_name_in_commas() -> None:
    text = "وأعلن المتحدث باسم الشرطة، سالم أبا الخيل، التوصل إلى المشتبه به."
    [quote] = by_cue(quotes_of(text), "وأعلن")
    assert quote.content.text == "التوصل إلى المشتبه به"
    assert quote.speaker_name == "سالم أبا الخيل"  # أبا links a name like أبو


def test_a_name_after_the_subjects_comma_is_an_apposition_not_an_object() -> None:
    [quote] = quotes_of("وأكد رئيس النقابة، سامي الطاهري، استعداده للحوار.")
    assert quote.content.text == "استعداده للحوار" and quote.speaker_name == "سامي الطاهري"
    assert quotes_of("وأعلن رئيس النقابة، سامي الطاهري، الذي زار المدينة.") == []


def test_object_after_a_time_phrase_with_fi() -> None:
    text = "وكان الوزير قد أعلن في شباط/فبراير الماضي سحب الشركة من المشروع."
    [quote] = by_cue(quotes_of(text), "أعلن")
    assert quote.kind == "nominal" and quote.content.text == "سحب الشركة من المشروع"
    # Without a subject before the verb, the word after the time phrase may be the subject.
    assert quotes_of("وأعلن في الأسبوع الماضي الرئيس الفرنسي استقالة الحكومة.") == []


# ---------------------------------------------------------------- a contrasting clause ends the content


def test_fi_hin_before_another_report_ends_the_first_content() -> None:
    text = "وتؤكد منظمات حقوقية أن مئات المحتجين اعتقلوا في حين أقرت الوزارة باعتقال عشرين شخصا فقط."
    quotes = quotes_of(text)
    [first] = by_cue(quotes, "وتؤكد")
    assert first.content.text == "مئات المحتجين اعتقلوا"
    [second] = by_cue(quotes, "أقرت")
    assert second.kind == "nominal" and second.content.text == "باعتقال عشرين شخصا فقط"


def test_fi_hin_before_a_verb_that_reports_nothing_stays_in_the_content() -> None:
    text = "وتؤكد منظمات حقوقية أن مئات المحتجين اعتقلوا في حين غادر آخرون المدينة."
    [quote] = quotes_of(text)
    assert quote.content.text == "مئات المحتجين اعتقلوا في حين غادر آخرون المدينة"


# ---------------------------------------------------------------- اعتبر + object + predicate


def test_considered_with_a_noun_object_and_its_predicate() -> None:
    text = "وانتقد النائب الحكومة معتبرا مشروع القانون تهديدا للحريات العامة."
    [quote] = by_cue(quotes_of(text), "معتبرا")
    assert quote.kind == "nominal" and quote.content.text == "مشروع القانون تهديدا للحريات العامة"


def test_passive_considered_after_a_relative_is_no_report() -> None:
    text = "وتعرض الوزير لانتقادات بسبب موقفه الذي اعتبر شديد الليونة تجاه المعارضة."
    assert quotes_of(text) == []


# ------------------------------------------------ the clitic بـ written apart, a reason clause


def test_bi_written_apart_stays_on_and_a_reason_clause_ends_the_content() -> None:
    text = 'ووصف الوزير الاتفاق بـ "التاريخي" لأن الطرفين قدما تنازلات كبيرة.'
    [quote] = by_cue(quotes_of(text), "ووصف")
    assert quote.kind == "nominal" and quote.content.text == 'بـ "التاريخي"'


def test_a_reason_clause_after_a_complementizer_stays_in_the_content() -> None:
    text = "وقال الوزير إن الاتفاق تاريخي لأن الطرفين قدما تنازلات كبيرة."
    [quote] = quotes_of(text)
    assert quote.content.text == "الاتفاق تاريخي لأن الطرفين قدما تنازلات كبيرة"


# ---------------------------------------------------------------- حثّ X إلى


def test_urged_with_ila() -> None:
    text = "وحث الرئيس المواطنين إلى المشاركة بكثافة في الانتخابات البلدية."
    [quote] = by_cue(quotes_of(text), "وحث")
    assert quote.kind == "nominal" and quote.content.text == "المشاركة بكثافة في الانتخابات البلدية"


def test_pushed_with_ila_is_no_verb_of_saying() -> None:
    assert quotes_of("ودفع الرئيس المواطنين إلى المشاركة بكثافة في الانتخابات البلدية.") == []


def test_possessed_verbal_noun_with_its_preposition_right_after_it() -> None:
    text = "ونسبت الصحيفة للمنظمة تحذيرها من تفشي الوباء في المدن الكبرى."
    [quote] = by_cue(quotes_of(text), "تحذيرها")
    assert quote.kind == "nominal" and quote.content.text == "تفشي الوباء في المدن الكبرى"
    # A phrase between the noun and the preposition describes the noun: no report.
    assert by_cue(quotes_of("وطال حديثه في المؤتمر عن الأزمة الاقتصادية."), "حديثه") == []


# ---------------------------------------------------------------- a verbal noun right after the verb


def test_iftial_of_a_lam_root_with_its_pronoun_is_no_article_noun() -> None:
    # التزامه begins like the article, but an article never stands with a pronoun.
    text = "وكانت الوزارة أول من أعلن التزامه بتطبيق القانون الجديد."
    [quote] = quotes_of(text)
    assert quote.kind == "nominal" and quote.content.text == "التزامه بتطبيق القانون الجديد"


def test_object_right_after_the_verb_wins_over_a_later_preposition_and_ends_at_the_next_report() -> None:
    text = "وأعلن التزامه بتطبيق القانون بعد إعلانها عن قرارها الجديد."
    quotes = quotes_of(text)
    [quote] = by_cue(quotes, "وأعلن")
    assert quote.content.text == "التزامه بتطبيق القانون"


def test_a_definite_noun_after_the_verb_leaves_the_later_preposition_its_complement() -> None:
    # الإعلان … is no verbal noun with an owner: the subject may still be in it, the frame is عن.
    text = "وأعلن الرئيس في خطابه عن حزمة إصلاحات اقتصادية."
    [quote] = quotes_of(text)
    assert quote.content.text == "حزمة إصلاحات اقتصادية"


def test_object_after_prepositional_phrases_set_off_by_commas() -> None:
    text = "واقترح الخبير، في سبيل الحد من الظاهرة، على البنك المركزي، تجميع المعطيات حول القروض."
    [quote] = quotes_of(text)
    assert quote.kind == "nominal" and quote.content.text == "تجميع المعطيات حول القروض"
    assert quote.speaker_name == "الخبير"


def test_a_verb_inside_the_comma_phrase_is_a_clause_not_an_adverbial() -> None:
    text = "واقترح الخبير، في حين أكد الوزير رفضه، تجميع المعطيات حول القروض."
    assert by_cue(quotes_of(text), "واقترح") == []


# ---------------------------------------------------------------- دعا لـ + a definite verbal noun


def test_called_for_with_li_and_a_definite_verbal_noun() -> None:
    text = "وكانت وزارة الصحة دعت للإبلاغ عن أي حالة مشبوهة في المستشفيات."
    [quote] = quotes_of(text)
    assert quote.kind == "nominal" and quote.content.text == "للإبلاغ عن أي حالة مشبوهة في المستشفيات"
    assert quote.speaker_name == "وزارة الصحة"


def test_prayed_for_a_person_with_li_is_no_report() -> None:
    assert quotes_of("ودعا الإمام للرئيس بالشفاء العاجل.") == []


def test_an_imperfect_without_a_subject_before_it_may_be_passive() -> None:
    # يُعتبر "is considered": the noun after it is its subject, not an object reported.
    text = "وتحدث الخبير عن السوق، إذ يعتبر السوق السعودي الأكبر في المنطقة."
    assert by_cue(quotes_of(text), "يعتبر") == []
    # With the subject before it, the imperfect is active and reports.
    [quote] = by_cue(quotes_of("الحكومة تعتبر الاتفاق مكسبا للبلاد."), "تعتبر")
    assert quote.content.text == "الاتفاق مكسبا للبلاد"


def test_li_complement_after_a_named_object_is_what_was_called_for() -> None:
    # GUIDELINES: دعا X لـ + a verbal noun is nominal (calling for); the لـ-phrase further on
    # (للتوصل) stays inside that content, not a complement of its own.
    text = "ودعا الرئيس روسيا لاستخدام نفوذها من أجل استئناف المفاوضات الرامية للتوصل لحل."
    [quote] = by_cue(quotes_of(text), "ودعا")
    assert quote.kind == "nominal" and quote.content.text.startswith("لاستخدام نفوذها")


def test_li_purpose_after_a_finished_clause_is_no_complement() -> None:
    text = "ودعا الرئيس المواطنين في خطابه أمس بمدينة صفاقس لمساعدة المحتاجين."
    assert by_cue(quotes_of(text), "ودعا") == []


def test_an_event_noun_after_the_verb_is_no_subject_closed_by_a_comma() -> None:
    # تمسكها is the object; what follows its comma is not a second object.
    text = "وأكدت تمسكها بالاتفاق، إيران لإقناعها بالبقاء فيه."
    [quote] = by_cue(quotes_of(text), "وأكدت")
    assert quote.content.text.startswith("تمسكها بالاتفاق")
