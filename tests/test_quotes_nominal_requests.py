"""A verb of requesting (طلب) with what was asked for as its object, and the one asked in a
من-phrase before it: a nominal quote (asked.py). Every sentence here is written for the test."""

from __future__ import annotations

from tests.quote_helpers import nominal_quote_with, quote_fields, quotes_of, speaker_text


def test_addressee_between_subject_and_object() -> None:
    quote = nominal_quote_with("وطلبت الوزيرة من البرلمان تأجيل التصويت على القانون.", "تأجيل")
    assert quote.content.text == "تأجيل التصويت على القانون"
    assert speaker_text(quote) == "الوزيرة"


def test_subject_with_apposition_ends_at_the_addressee() -> None:
    quote = nominal_quote_with("وطلب رئيس النقابة، سامي، من الحكومة إرسال فرق إنقاذ إضافية.", "إرسال")
    assert quote.content.text == "إرسال فرق إنقاذ إضافية"
    assert speaker_text(quote) == "سامي"


def test_addressee_as_a_pronoun_with_the_subject_dropped() -> None:
    quote = nominal_quote_with("وطلب منهم تقديم الوثائق اللازمة.", "تقديم")
    assert quote.content.text == "تقديم الوثائق اللازمة"
    assert speaker_text(quote) is None


def test_subject_after_the_pronoun_of_the_one_asked() -> None:
    quote = nominal_quote_with("وفي اللحظة الأخيرة طلب منه جهاز الاستخبارات اصطحاب العاملات معه.", "اصطحاب")
    assert quote.content.text == "اصطحاب العاملات معه"
    assert speaker_text(quote) == "جهاز الاستخبارات"


def test_definite_noun_that_no_adjective_pattern_spells() -> None:
    quote = nominal_quote_with("طلب اللاعب من ناديه السماح له بالرحيل.", "السماح")
    assert quote.content.text == "السماح له بالرحيل"
    assert speaker_text(quote) == "اللاعب"


def test_object_past_the_addressee_adjectives_and_place() -> None:
    text = "وطلبت السلطات الفلبينية من شركات الطيران الخاصة في البلاد إجلاء مواطنيها."
    quote = nominal_quote_with(text, "إجلاء")
    assert quote.content.text == "إجلاء مواطنيها"
    assert speaker_text(quote) == "السلطات الفلبينية"


def test_bare_object_after_a_subject_before_the_verb() -> None:
    quote = nominal_quote_with("وكان المحافظ قد طلب المساعدة الفدرالية لمكافحة الفيضانات.", "المساعدة")
    assert quote.content.text == "المساعدة الفدرالية لمكافحة الفيضانات"
    assert speaker_text(quote) == "المحافظ"


def test_a_year_before_the_verb_is_no_count_of_requests() -> None:
    text = "وفي 7 يونيو 2017 طلب المركز من النيابة العامة إصدار أمر باعتقال المتهم."
    quote = nominal_quote_with(text, "إصدار")
    assert quote.content.text == "إصدار أمر باعتقال المتهم"


def test_the_noun_request_after_a_verb_or_a_number_reports_nothing() -> None:
    assert quote_fields("وكان الاتحاد قد رفض طلب اللاعب في هذا الشأن.") == []
    assert quote_fields("وتلقت الوزارة 300 طلب تعويض خلال الشهر.") == []


def test_a_purpose_phrase_before_the_noun_ends_the_reading() -> None:
    text = "وحصلت المريضة على الدواء بعد أن طلبت مساعدة طبيبها لضمان عدم الرفض مرة أخرى."
    assert quote_fields(text) == []


def test_no_object_read_when_none_follows_the_pronoun_of_the_one_asked() -> None:
    assert quote_fields("كما طلب منه النادي مؤخرا، وبدأ يستعد للمباراة.") == []


def test_request_inside_a_reported_clause_stays_in_it() -> None:
    found = quote_fields("وقالت إن الحكومة تدرس الأمر، وإنها طلبت من البرلمان تأجيل التصويت.")
    assert found == [("indirect", "الحكومة تدرس الأمر، وإنها طلبت من البرلمان تأجيل التصويت", "وقالت", None)]


# No request of its own (asked.not_a_request); each sentence reads a request without its guard.


def test_form_five_required_after_a_masculine_subject() -> None:
    assert quote_fields("المشروع تطلب جهداً كبيراً ووقتاً طويلاً حتى اكتمل.") == []


def test_asking_for_the_floor() -> None:
    assert quote_fields("وطلب النائب الكلمة ليعلن انسحابه من الجلسة.") == []
    assert quote_fields("وهنا طلبت المتسابقة الكلمة لتشكر الجمهور.") == []


def test_the_first_word_of_a_quotation() -> None:
    found = quote_fields('وقال الوزير "طلبنا في رسالة رسمية الاطلاع على الملف".')
    assert [kind for kind, *_ in found] == ["direct"]
    assert quote_fields('و"طلب إجراء مشاورات" هو الخطوة الأولى في النزاع.') == []


def test_after_a_closing_mark_the_request_is_read() -> None:
    found = quote_fields('ووصف المحامي موكله بأنه "شاب طائش" وطلب من المحكمة "الرأفة به".')
    assert ("direct", "الرأفة به", "وطلب", None) in found


def test_a_request_under_a_condition() -> None:
    assert quote_fields("وفي حال طلب الزبون استبدال السلعة يعيد المتجر ثمنها.") == []


def test_a_request_in_a_question() -> None:
    text = (
        "وتساءل الكاتب: هل يطلب المدرب المال في الصين أم يطلب الأضواء في النادي.. أم يطلب البقاء في الفريق."
    )
    assert [cue for _, _, cue, _ in quote_fields(text)] == ["وتساءل"]


def test_summoned_to_a_place() -> None:
    assert quote_fields("وبدأت الشرطة عملية بحث واسعة النطاق وطلبت الطب الشرعي إلى الموقع.") == []


def test_the_relative_is_the_one_asked() -> None:
    assert quote_fields("وعين الملك وزيرا خلفا للسفير الذي طلب منه تقديم استقالته.") == []


def test_the_noun_request_past_the_subject_of_refused() -> None:
    text = "رفض كريستيانو رونالدو نجم يوفنتوس طلب الفرنسي بول بوغبا بالانتقال إلى النادي، مرشحا أسماء أخرى."
    assert [cue for _, _, cue, _ in quote_fields(text)] == []


def test_an_indefinite_subject_with_its_min_phrase_after_minhu() -> None:
    text = (
        'وصرح المدير: "سنعمل بجد". كما طلبت منه تلميذة من مدرسة الحي تدعى سارة بـ"اتخاذ القرارات الجيدة"'
        " لمنع تكرار الحادث."
    )
    assert [cue for _, _, cue, _ in quote_fields(text)] == ["وصرح"]


def test_the_one_asked_as_a_pronoun_answers_next() -> None:
    # The one asked (منه) is the one the story follows; the one asking is no subject that a
    # later dropped one goes on with.
    text = (
        'وقال اللاعب خالد يوسف: "أنا سعيد بالفوز". وفي اللحظة الأخيرة طلب منه مدرب الفريق تقديم استقالته.'
        ' وقال "سأفكر في الأمر".'
    )
    speakers = [(q.cue.text if q.cue else None, q.speaker_name) for q in quotes_of(text)]
    assert speakers == [("وقال", "خالد يوسف"), ("طلب", "مدرب الفريق"), ("وقال", "خالد يوسف")]
