"""Detection round 38 (census of Jawhara FM and multi-source news): quoted names that are not
quotes, nominal content that a report noun in its own phrase cut short, and the feminine
participle of طالب/ناشد that spells the verbal noun.

- An acronym in marks after the name of a body ("مكتب التحقيقات الاتحادي "إف.بي.آي"") is the
  body's short name; so is the outlet in marks that received a copy of a statement ("في بلاغ تلقت
  "وات" نسخة منه"), and a quoted subject that an apposition set off by commas follows before
  the complementizer ("وقال "المعهد الوطني"، الهيئة المكلفة …، إن …").
- A short quoted name closes the subject, and a noun of an event after it opens the object
  ("وأعلنت شركة "أورنج" إغلاق مكتبها").
- A report noun with its owner's pronoun in construct after a noun of the content is that noun's
  genitive ("طالب بنشر تصريحاتها كاملة"), not a report that ends the phrase.
- After a comma, مطالبة/مناشدة with a بـ complement near is the participle of state.
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents, record_quotes

from qawl.pipeline import Pipeline


def test_latin_acronym_after_body_is_no_quote(pipeline: Pipeline) -> None:
    text = 'وقالت المغنية إنها أخبرت إدارة "MBC" بقرارها.'
    assert kinds_and_contents(pipeline, text) == [("indirect", 'أخبرت إدارة "MBC" بقرارها')]


def test_spelled_acronym_after_body_is_no_quote(pipeline: Pipeline) -> None:
    text = 'واستغل المهاجمون ثغرة كشفت في وثائق لوكالة الأمن القومي الأمريكية "إن إس إيه" تمت سرقتها.'
    assert kinds_and_contents(pipeline, text) == []


def test_acronym_inside_indirect_clause_leaves_it_indirect(pipeline: Pipeline) -> None:
    text = 'وأكدت الوزارة أن الشبكة "سي إن إن" نشرت الخبر كاملا.'
    assert kinds_and_contents(pipeline, text) == [("indirect", 'الشبكة "سي إن إن" نشرت الخبر كاملا')]


def test_word_letters_alone_are_no_acronym(pipeline: Pipeline) -> None:
    # look-alike: words that also spell letter names (أو، في) but no letter name of its own
    text = 'وقال المتحدث "أو في" للصحفيين.'
    assert ("direct", "أو في") in kinds_and_contents(pipeline, text)


def test_outlet_that_received_copy_is_no_quote(pipeline: Pipeline) -> None:
    text = 'وأعلنت الإدارة الجهوية، في بلاغ تلقت "وات" نسخة منه، عن فتح بحث في ملابسات الحريق.'
    assert kinds_and_contents(pipeline, text) == [("nominal", "فتح بحث في ملابسات الحريق")]


def test_outlet_that_received_copy_before_object(pipeline: Pipeline) -> None:
    text = 'وأعلنت الوزارة، في بلاغ تلقت "الصباح" نسخة منه، تأجيل الامتحانات.'
    assert kinds_and_contents(pipeline, text) == [("nominal", "تأجيل الامتحانات")]


def test_quoted_words_after_copy_phrase_stay(pipeline: Pipeline) -> None:
    # look-alike: the second pair of marks holds the words said
    text = 'وقالت الوزارة في بيان تلقت "الشروق" نسخة منه "لن نتراجع عن قرارنا".'
    assert kinds_and_contents(pipeline, text) == [("direct", "لن نتراجع عن قرارنا")]


def test_quoted_subject_before_apposition_and_complementizer(pipeline: Pipeline) -> None:
    text = 'وقال "المرصد الوطني لمتابعة المياه بتونس"، الهيئة المكلفة بالسدود، إن المخزون تراجع بشكل كبير.'
    assert kinds_and_contents(pipeline, text) == [("indirect", "المخزون تراجع بشكل كبير")]


def test_quote_before_adverbial_between_commas_stays(pipeline: Pipeline) -> None:
    # look-alike: a preposition opens the segment, an adverbial of the cue, not an apposition
    text = 'وقال "لن نتراجع عن قرارنا"، في كلمته أمام النواب، إن الحكومة ستواصل.'
    assert ("direct", "لن نتراجع عن قرارنا") in kinds_and_contents(pipeline, text)


def test_object_after_quoted_name(pipeline: Pipeline) -> None:
    text = 'وأعلنت شركة "النور" إغلاق فرعها في المدينة.'
    assert kinds_and_contents(pipeline, text) == [("nominal", "إغلاق فرعها في المدينة")]


def test_object_begun_before_quoted_words_keeps_them(pipeline: Pipeline) -> None:
    # look-alike: the possessed verbal noun before the marks already opens the object
    text = 'وخلال اللقاء، أكد الرئيس التزامه "العمل باتجاه" إنهاء الأزمة في أقرب وقت.'
    assert kinds_and_contents(pipeline, text) == [
        ("nominal", 'التزامه "العمل باتجاه" إنهاء الأزمة في أقرب وقت')
    ]


def test_report_noun_as_genitive_stays_in_content(pipeline: Pipeline) -> None:
    text = "وطالب النائب الحكومة بنشر تصريحاتها كاملة أمام البرلمان."
    assert [c for k, c in kinds_and_contents(pipeline, text) if k == "nominal"] == [
        "بنشر تصريحاتها كاملة أمام البرلمان"
    ]


def test_warning_of_consequences_of_remarks(pipeline: Pipeline) -> None:
    text = "وحذر الخبير من تداعيات تصريحاته على الاقتصاد."
    assert kinds_and_contents(pipeline, text) == [("nominal", "تداعيات تصريحاته على الاقتصاد")]


def test_report_noun_after_time_preposition_still_ends_phrase(pipeline: Pipeline) -> None:
    # look-alike: after بعد the noun is a report of its own
    text = "وأعلن الوزير التزامه بالاتفاق بعد إعلانها عن الانسحاب."
    assert ("nominal", "التزامه بالاتفاق") in kinds_and_contents(pipeline, text)


def test_feminine_participle_after_comma(pipeline: Pipeline) -> None:
    text = "وقالت إنها لن تتراجع أبدا، مطالبة باعتذار من الإدارة."
    assert kinds_and_contents(pipeline, text) == [
        ("indirect", "لن تتراجع أبدا"),
        ("nominal", "باعتذار من الإدارة"),
    ]


def test_feminine_participle_with_object(pipeline: Pipeline) -> None:
    # the participle's object (السلطات) is the one called on, not the source
    text = "ونظمت الجمعية وقفة احتجاجية، مناشدة السلطات بالتدخل العاجل."
    quotes = record_quotes(pipeline, text)
    assert [(q["kind"], q["content"]["text"], q["speaker"]) for q in quotes] == [
        ("nominal", "بالتدخل العاجل", None)
    ]


def test_passive_participle_required_is_no_cue(pipeline: Pipeline) -> None:
    # look-alike: "مطالبة من الآن في …" "is required from now on to"
    text = "لجنة التحكيم، مطالبة من الآن في إقرار خطة جديدة، وألا تسمح بتكرار الغياب."
    assert kinds_and_contents(pipeline, text) == []
