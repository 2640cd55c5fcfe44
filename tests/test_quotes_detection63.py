"""Detection rules of the twentieth session, round d87 (issue 19, item 5): missed and spurious
quotes of tune14's shapes. Every sentence here is written for the test."""

from __future__ import annotations

from tests.quote_helpers import quote_with, quotes_of


def test_coordinated_quoted_chants_are_one_quote_each() -> None:
    text = 'واحتشد مئات الطلاب أمام الجامعة وهم يهتفون "التعليم حق للجميع" و"لا للرسوم الجديدة".'
    quotes = quotes_of(text)
    assert sorted(q.content.text for q in quotes) == ["التعليم حق للجميع", "لا للرسوم الجديدة"]
    assert {q.cue.text for q in quotes if q.cue is not None} == {"يهتفون"}
    assert all(q.kind == "direct" for q in quotes)


def test_a_series_of_sayings_after_a_colon_keeps_the_speaker() -> None:
    text = 'وقال المدير في رسالة إلى الموظفين: "سنفتح فرعين جديدين" و"لن نسرّح أحدا هذا العام".'
    second = quote_with(quotes_of(text), "لن نسرّح")
    assert second.cue is not None and second.cue.text == "وقال"
    assert second.speaker_name == "المدير"


def test_quoted_names_joined_before_the_content_stay_the_subject() -> None:
    # The content still follows the two pairs: they name who spoke, and no quote is a name.
    text = 'وقالت "النهضة" و"التكتل" في بيان مشترك إن الانتخابات ستجرى في موعدها.'
    contents = [q.content.text for q in quotes_of(text)]
    assert contents == ["الانتخابات ستجرى في موعدها"]


def test_chanting_reports_what_follows_its_colon() -> None:
    quote = quote_with(quotes_of('وهتف العمال: "الأجور قبل الأرباح".'), "الأجور")
    assert quote.cue is not None and quote.cue.text == "وهتف"
    assert quote.speaker_name == "العمال"


def test_a_statement_just_issued_holds_what_came_in_it() -> None:
    text = 'وأصدرت النقابة العامة للأطباء بيانا جاء فيه: "لن نقبل بتأجيل صرف المستحقات".'
    quote = quote_with(quotes_of(text), "لن نقبل")
    assert quote.cue is not None and quote.cue.text == "جاء"
    assert quote.kind == "direct"
    assert quote.speaker_name == "النقابة العامة للأطباء"


def test_came_in_it_takes_up_the_text_past_its_relative_clause() -> None:
    text = (
        "ونشرت الصحيفة نسخة من المذكرة التي رفعها المحامون إلى المحكمة، جاء فيها أن موكلهم لم يغادر البلاد."
    )
    quote = quote_with(quotes_of(text), "موكلهم لم يغادر")
    assert quote.cue is not None and quote.cue.text == "جاء"
    assert quote.kind == "indirect"


def test_what_came_in_a_text_is_a_reference_not_a_report() -> None:
    text = 'وناقش المجلس التقرير السنوي للهيئة وما جاء فيه من "توصيات عاجلة" بشأن المياه.'
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "جاء"] == []


def test_came_in_reaches_past_a_clause_on_an_indefinite_statement() -> None:
    text = (
        "وجاء في بيان لوزارة الصحة نشرته مساء الأحد على صفحتها الرسمية على فيسبوك "
        '"ندعو المواطنين إلى الالتزام بالتعليمات".'
    )
    quote = quote_with(quotes_of(text), "ندعو المواطنين")
    assert quote.cue is not None and quote.cue.text == "وجاء"
    assert quote.speaker_name == "وزارة الصحة"


def test_titles_after_a_preposition_are_no_series_of_sayings() -> None:
    text = 'وكتبت الصحف عناوين مثل "نهاية الطريق الطويل للفريق" و"موسم يستحق النسيان تماما".'
    assert quotes_of(text) == []


def test_a_verbal_noun_in_a_construct_takes_no_series_of_sayings() -> None:
    text = 'واعتبرت الوزارة أن قرار رفض طلب الإقامة "مخيب للآمال" و"دوافعه سياسية".'
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "طلب"] == []


def test_marks_past_but_belong_to_another_clause() -> None:
    text = 'وكان المتهم قد هتف "الله أكبر" أثناء توقيفه لكنه "ينفي أي صلة بالتنظيم"، بحسب محاميه.'
    quote = quote_with(quotes_of(text), "الله أكبر")
    assert quote.cue is not None and quote.cue.text == "هتف"


def test_a_short_pair_of_marks_in_a_subordinate_clause_is_no_quote() -> None:
    text = 'ويروي الكتاب قصة طبيب شاب يعمل في الريف حيث يلتقي بممرضة تدير مستشفى "الأمل الجديد" في القرية.'
    assert quotes_of(text) == []


def test_a_verb_form_after_without_inside_quoted_speech_is_its_noun() -> None:
    text = (
        'وقال الوزير: "سمحنا للمسافرين بالعبور من دون ختم جوازاتهم في المطار، ونريد أن يفهم الجميع '
        'أن القرار مؤقت".'
    )
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "ختم"] == []


def test_a_source_inside_a_relative_clause_attributes_that_clause() -> None:
    text = (
        "وتراجعت العملة المحلية بشدة منذ بداية العام، وسط تزايد ديون الشركات، التي بلغت بحسب "
        "البنك المركزي 120 مليار دولار، تمثل ثلث الناتج المحلي."
    )
    quote = quote_with(quotes_of(text), "120 مليار")
    assert quote.cue is not None and quote.cue.text == "بحسب"
    assert quote.content.text.startswith("التي بلغت")
    assert quote.speaker_name == "البنك المركزي"


def test_a_source_inside_its_clause_takes_both_sides_before_a_comma() -> None:
    text = "وأسفر القصف بحسب الشرطة عن سقوط عشرة جرحى، وتضرر عدد من المنازل."
    quote = quote_with(quotes_of(text), "القصف")
    assert "عن سقوط عشرة جرحى" in quote.content.text


def test_a_study_found_that_reports_its_finding() -> None:
    text = "ووجدت الدراسة، التي أجراها باحثون في جامعة القاهرة، أن نصف الطلاب يعانون من قلة النوم."
    quote = quote_with(quotes_of(text), "نصف الطلاب")
    assert quote.cue is not None and quote.cue.text == "ووجدت"
    assert quote.kind == "indirect"


def test_found_that_without_a_subject_is_the_impersonal_passive() -> None:
    assert quotes_of("كذلك وجد أن 60 في المئة من المشاركين يفضلون العمل عن بعد.") == []


def test_a_that_clause_after_a_preposition_is_no_finding() -> None:
    assert quotes_of("ووجد الحارس صعوبة في أن يصد الكرة الأخيرة.") == []


def test_found_oneself_reports_nothing() -> None:
    text = "وقال إن الرئيس وجد نفسه أمام خيار صعب، وأن عليه أن يقرر سريعا."
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "وجد"] == []


def test_an_object_found_before_a_far_that_is_no_finding() -> None:
    text = "وقال المدرب إن اللاعبين وجدوا دعما كبيرا من الجماهير بالإضافة إلى أن الإدارة ساندتهم."
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "وجدوا"] == []


def test_a_finding_in_a_condition_is_no_report() -> None:
    assert quotes_of("إذا وجد المراقب أن الفاتورة مرتفعة، تعاد قيمة الفرق إلى المشترك.") == []


def test_found_with_an_object_goes_on_with_the_reported_clause() -> None:
    text = "وأوضح المخرج أنه زار المدرسة لدعم صديقه، ووجد تفاعلا كبيرا من التلاميذ هناك."
    quote = quote_with(quotes_of(text), "زار المدرسة")
    assert quote.content.text.endswith("ووجد تفاعلا كبيرا من التلاميذ هناك")


def test_a_saying_participle_after_found_keeps_its_own_quote() -> None:
    text = 'ولما دخلت القاعة وجدت زملاءها يستقبلونها قائلين "عيد ميلاد سعيد".'
    quote = quote_with(quotes_of(text), "عيد ميلاد سعيد")
    assert quote.cue is not None and quote.cue.text == "قائلين"


def test_an_owned_view_with_its_that_still_reports_inside_quoted_speech() -> None:
    text = 'وقال الوزير إنه "لا تغيير في رأي الحكومة بأن الاقتصاد يتعافى ببطء"، متوقعا عودة النمو.'
    nested = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "رأي"]
    assert [(q.content.text, q.speaker_name) for q in nested] == [("الاقتصاد يتعافى ببطء", "الحكومة")]


def test_a_phrase_pointing_back_with_that_closes_the_clause_before_it() -> None:
    text = "ورفض الرئيس تحسين أمن هاتفه، وذلك وفقا لمسؤولين في البيت الأبيض، ولم يعلق على الأمر."
    quote = quote_with(quotes_of(text), "تحسين أمن هاتفه")
    assert "وفقا" not in quote.content.text


def test_the_preposition_of_an_issuing_participle_is_no_clause_complement() -> None:
    text = 'ورفض الرئيس تحسين أمن هاتفه وفقا لتقرير جديد صادر عن صحيفة "الأخبار"، مضيفا أن الأمر خطير.'
    quote = quote_with(quotes_of(text), "تحسين أمن هاتفه")
    assert "صادر عن" not in quote.content.text


def test_with_his_own_admission_after_a_comma_is_a_report_apart() -> None:
    text = 'واعتبر الوزير السابق أن القانون "يمس هوية البلاد"، مع إقراره بوجود نقاط إيجابية فيه.'
    first = quote_with(quotes_of(text), "يمس هوية البلاد")
    assert "إقراره" not in first.content.text
    second = quote_with(quotes_of(text), "نقاط إيجابية")
    assert second.cue is not None and second.cue.text == "إقراره"


def test_a_phrase_answered_by_a_report_of_its_own_only_relays_it() -> None:
    text = (
        'وبحسب بيان الرئاسة فإن الرئيس قال مساء الأحد خلال لقائه بوفد النقابات أنه "لا تراجع عن الإصلاحات".'
    )
    quotes = quotes_of(text)
    assert [(q.cue.text if q.cue else None, q.content.text) for q in quotes] == [
        ("قال", "لا تراجع عن الإصلاحات")
    ]


def test_a_verbal_noun_deep_in_the_answered_clause_is_no_report_of_its_own() -> None:
    text = (
        "ووفقا للصحيفة الإسبانية فإن ذلك ليس السبب الوحيد الذي يدفع المدرب إلى طلب استبعاد اللاعب، "
        "بل إن أداءه أقل مما يتطلبه الفريق."
    )
    quote = quote_with(quotes_of(text), "السبب الوحيد")
    assert quote.cue is not None and quote.cue.text == "ووفقا"


def test_expressing_itself_reports_no_words() -> None:
    text = "وتفاقمت الخلافات بين الطرفين، وعبرت عن نفسها في الشعارات التي رفعها المحتجون."
    assert quotes_of(text) == []


def test_a_text_made_definite_by_its_genitive_stays_the_source() -> None:
    text = "وقدم المحامون إلى المحكمة نسخة من مذكرة الدفاع، جاء فيها أن موكلهم لم يغادر البلاد."
    quote = quote_with(quotes_of(text), "موكلهم")
    assert quote.speaker is not None and quote.speaker.text == "مذكرة الدفاع"
