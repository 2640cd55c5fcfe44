"""Quote round s17/a107: a noun phrase that is the object of the cue is not its speaker.

- A verb that says something of its object (وصف X بأنه، اتهم X بـ) cannot leave the object out:
  one noun phrase between it and its بـ complement is the object, and the subject is dropped
  (it goes on from the speaker before). That phrase may be a document in construct with a
  definite genitive ("تقرير الصحيفة"), stand after the pronoun of the speech the verb is in
  ("وصف فيه …"), after a hashtag sign, or be a one-word name ("واتهمت حماس بالعمل").
- A masculine verb that takes its object first (دعا، حث …) before a definite noun that its
  feminine adjective shows is feminine (الدول الأوروبية، الأمم المتحدة): a feminine subject
  right after the verb would make it feminine, so the noun is the object.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Mention


def test_a_document_in_construct_before_bi_is_the_object() -> None:
    text = (
        "قال الناطق باسم الحكومة سامر خليل إن الوزارة ستقاضي المجلة. "
        "ووصف تقرير المجلة بأنه مليء بالأخطاء والافتراءات."
    )
    quote = quote_with(quotes_of(text), "مليء بالأخطاء")
    assert quote.speaker_name == "سامر خليل"


def test_the_object_after_the_speech_pronoun() -> None:
    text = (
        "قال الكاتب منير داود إن الرواية لم تنشر بعد. ونشر داود تعليقا على صفحته "
        "وصف فيه تقرير المجلة بأنه ظالم وبعيد عن الحقيقة."
    )
    quote = quote_with(quotes_of(text), "ظالم وبعيد")
    assert quote.speaker_name == "منير داود"


def test_a_one_word_name_before_bi_is_the_object() -> None:
    text = (
        "قالت السفيرة ليلى حداد أمام المجلس إن بلادها تدعم السلام في المنطقة. "
        "واتهمت حماس بالعمل على إشعال العنف على الحدود."
    )
    # The name found by NER: still the object.
    start = text.index("حماس")
    doc = Document(id="t", text=text, mentions=[Mention(start, start + 4, "حماس", "ORG")])
    quote = quote_with(quotes_of(doc), "إشعال العنف")
    assert quote.speaker_name == "ليلى حداد"


def test_a_feminine_noun_after_a_masculine_verb_is_its_object() -> None:
    text = (
        "قال وزير الخارجية كريم نصار إن الاتفاق لم يعد مفيدا. "
        "كما دعا الدول الأوروبية إلى مراجعة موقفها من العقوبات."
    )
    quote = quote_with(quotes_of(text), "مراجعة موقفها")
    assert quote.speaker_name == "كريم نصار"


def test_a_feminine_verb_keeps_its_feminine_subject() -> None:
    text = (
        "قال وزير الخارجية كريم نصار إن الاتفاق لم يعد مفيدا. "
        "ودعت الدول الأوروبية إلى مراجعة الاتفاق من جديد."
    )
    quote = quote_with(quotes_of(text), "مراجعة الاتفاق")
    assert quote.speaker_name == "الدول الأوروبية"


def test_a_subject_and_its_object_before_bi_stay_apart() -> None:
    text = "قال المحلل فادي عمر إن الأزمة طويلة. ووصف الوزير ماهر زيدان القرار بأنه تاريخي."
    quote = quote_with(quotes_of(text), "تاريخي")
    assert quote.speaker_name == "ماهر زيدان"


def test_a_hashtag_object_before_bi() -> None:
    text = "قال وزير الدفاع سالم عيسى إن الحدود آمنة. ووصف #الحرس_الوطني بأنه الأقوى في المنطقة."
    quote = quote_with(quotes_of(text), "الأقوى في المنطقة")
    assert quote.speaker_name == "سالم عيسى"
