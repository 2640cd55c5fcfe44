"""Quote stage, twenty-first round of detection on issue 19: more verbs of saying in the lexicon
(برّر، اختتم، أنكر، شرح، جزم، طمأن، وعد، احتج and the participle متمنياً), first-person forms
without number endings, a "near" verb whose subject still carries on, a verbal noun with bi- as
the cue after a verb, the speaker's own present stance inside an indirect quote, and the first
person singular outside quotation marks.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.extractors.quotes.lexicon import load_cues


def _cues(text: str) -> list[str]:
    return [q.cue.text for q in quotes_of(text) if q.cue is not None]


# ---------------------------------------------------------------- new verbs of saying


def test_justifying_reports_the_reason_given() -> None:
    quote = quote_with(quotes_of("وبرّرت البلدية قرارها بأن الطريق يحتاج إلى صيانة عاجلة."), "الطريق")
    assert quote.kind == "indirect"
    assert quote.content.text == "الطريق يحتاج إلى صيانة عاجلة"
    assert quote.cue is not None and quote.cue.text == "وبرّرت"


def test_justifying_with_an_event_as_subject_reports_nothing() -> None:
    # "مما يبرر": the rise justifies, no one is said to speak.
    assert "يبرر" not in _cues("وارتفعت الأسعار كثيرا مما يبرر القلق بأن الأزمة ستطول.")


def test_justifying_without_its_reason_close_after_it_takes_no_later_clause() -> None:
    text = (
        "وبرر اللاعب غيابه الطويل عن التدريبات الأخيرة للفريق بسبب مشاكل عائلية خاصة في مدينته، "
        "حتى وإن كان المدرب يعلم بأنه سيغيب."
    )
    assert "وبرر" not in _cues(text)


def test_concluding_with_a_colon_reports_what_follows() -> None:
    text = "واختتم المدرب: «سنقاتل حتى النهاية في المباريات القادمة»."
    quote = quote_with(quotes_of(text), "سنقاتل")
    assert quote.cue is not None and quote.cue.text == "واختتم"
    assert quote.speaker is not None and quote.speaker.text == "المدرب"


def test_concluding_a_visit_reports_nothing() -> None:
    assert quotes_of("واختتمت الوزيرة زيارتها إلى المدينة أمس بلقاء مع السكان.") == []


def test_denying_reports_its_clause_and_its_object() -> None:
    quote = quote_with(quotes_of("وأنكر المتهم أنه كان في المدينة ليلة الحادث."), "المدينة")
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.text == "وأنكر"
    nominal = quote_with(quotes_of("وأنكرت الحكومة وجود معتقلين سياسيين في السجون."), "معتقلين")
    assert nominal.kind == "nominal"


def test_explaining_reports_its_clause_and_its_object_is_no_speaker() -> None:
    quote = quote_with(quotes_of("وشرح الباحث أن المواقع الأثرية تحتاج إلى صيانة عاجلة."), "المواقع")
    assert quote.cue is not None and quote.cue.text == "وشرح"
    text = "وشرح فيلتمان استراتيجية الشركة الجديدة للتوسع في آسيا قائلا: «سنفتح عشرة فروع»."
    quote = quote_with(quotes_of(text), "فروع")
    assert quote.speaker is not None and quote.speaker.text == "فيلتمان"


def test_the_noun_explanation_is_no_cue() -> None:
    assert quotes_of("وتحتاج الخطة إلى شرح مفصل قبل أن تبدأ الأشغال.") == []


def test_asserting_reports_its_clause() -> None:
    quote = quote_with(quotes_of("وجزم الخبير بأن الأسعار ستنخفض قبل نهاية العام."), "الأسعار")
    assert quote.cue is not None and quote.cue.text == "وجزم"


def test_firmly_after_a_verb_of_thinking_is_no_cue() -> None:
    quotes = quotes_of('وقال المدير: "أعتقد جازما أن الشركة ستربح هذا العام".')
    assert [q.cue.text for q in quotes if q.cue is not None] == ["وقال"]


def test_reassuring_reports_its_clause_after_the_person_reassured() -> None:
    quote = quote_with(quotes_of("وطمأن الوزير المواطنين بأن الأسعار لن ترتفع هذا العام."), "الأسعار")
    assert quote.content.text == "الأسعار لن ترتفع هذا العام"
    assert quote.cue is not None and quote.cue.text == "وطمأن"


def test_checking_on_someone_far_from_a_quotation_is_no_quote() -> None:
    # طمأن على صحة X "checked on X": the marks much later are not its content.
    text = "طمأن الرئيس، الأحد، على صحة الجنود المصابين في الهجوم الذي وقع في المدينة «جراء العمل الإرهابي»."
    assert "طمأن" not in _cues(text)


def test_the_imperfect_of_feeling_reassured_is_no_cue() -> None:
    assert quotes_of("ويطمئن الأهالي إلى أن المدارس الحكومية جيدة.") == []


def test_the_subject_of_reassuring_carries_on_without_content() -> None:
    text = "وقال الجيش إن الحدود مغلقة. وطمأن وزير الداخلية سامي الجلاصي المواطنين، وقال إن الوضع مستقر."
    quote = quote_with(quotes_of(text), "مستقر")
    assert quote.speaker_name == "سامي الجلاصي"


def test_promising_reports_its_clause() -> None:
    quote = quote_with(quotes_of("ووعدت الشركة بأن تعوض الزبائن عن الخسائر."), "الزبائن")
    assert quote.cue is not None and quote.cue.text == "ووعدت"


def test_the_adjective_promising_is_no_cue() -> None:
    assert quotes_of("وحقق الفريق نتائج واعدة هذا الموسم بأن فاز في عشر مباريات.") == []


def test_arguing_reports_its_clause_and_protesting_reports_nothing() -> None:
    quote = quote_with(quotes_of("واحتج المحامي بأن موكله لم يحصل على محاكمة عادلة."), "موكله")
    assert quote.cue is not None and quote.cue.text == "واحتج"
    assert quotes_of("واحتج السكان على انقطاع المياه منذ أسبوع.") == []


def test_hoping_in_the_finite_verb_is_no_cue() -> None:
    # A hope the writer tells of, not words: "ويأمل X أن …" is left out of the lexicon.
    assert quotes_of("ويأمل المزارعون أن تتحسن الأمطار هذا العام.") == []
    assert quotes_of("ولا يزال الأمل قائما في العثور على ناجين.") == []


def test_a_first_person_form_takes_no_number_ending() -> None:
    # أردان (a name) is not أ + ردّ + ـان: the first person has no dual or plural ending.
    lexicon = load_cues()
    assert lexicon.lookup("أردان") is None and lexicon.lookup("أقولون") is None
    assert lexicon.lookup("أقول") is not None and lexicon.lookup("يقولون") is not None
    quote = quote_with(quotes_of("ورأى وزير الداخلية، جلعاد أردان، أن القرار كان صائبا."), "القرار")
    assert quote.cue is not None and quote.cue.text == "ورأى"


def test_a_verbal_noun_with_bi_after_a_verb_is_the_cue() -> None:
    text = "وأنهى الوزير جولته في المنطقة، واختتم الزيارة بإقراره أن الحل العسكري غير كاف."
    quote = quote_with(quotes_of(text), "الحل العسكري")
    assert quote.cue is not None and quote.cue.text == "بإقراره"
    text = "واختتم المدرب كلمته بقوله: «سنقاتل حتى النهاية»."
    quote = quote_with(quotes_of(text), "سنقاتل")
    assert quote.cue is not None and quote.cue.text == "واختتم"


def test_wishing_as_a_participle_reports_its_clause() -> None:
    text = "وقال المدرب إن الفريق جاهز، متمنياً أن يقدم اللاعبون مباراة كبيرة."
    quote = quote_with(quotes_of(text), "مباراة")
    assert quote.content.text == "يقدم اللاعبون مباراة كبيرة"
    assert quote.cue is not None and quote.cue.text == "متمنياً"
    assert "مباراة" not in quote_with(quotes_of(text), "جاهز").content.text


def test_the_noun_in_hope_is_no_cue() -> None:
    text = "واعتمد العلماء على الحظ أملا في أن تكون التلسكوبات قد رصدت الظاهرة."
    assert quotes_of(text) == []


# ---------------------------------------------------------------- the speaker's own stance


def test_a_present_stance_after_the_speakers_pronoun_is_no_nested_quote() -> None:
    quotes = quotes_of("وقال الوزير إنه يعتقد أن الأزمة ستنتهي قريبا.")
    assert [q.cue.text for q in quotes if q.cue is not None] == ["وقال"]
    quotes = quotes_of('وقالت الخبيرة إنها "تتوقع أن ترتفع الأسعار في الصيف".')
    assert [q.cue.text for q in quotes if q.cue is not None] == ["وقالت"]


def test_past_speech_and_another_subjects_stance_stay_nested_quotes() -> None:
    quotes = quotes_of("وقال الوزير إنه أبلغ نظيره بأن الأزمة ستنتهي قريبا.")
    assert sorted(q.cue.text for q in quotes if q.cue is not None) == ["أبلغ", "وقال"]
    quotes = quotes_of("وقالت المصادر إن الإدارة تعتقد أن الأزمة ستنتهي قريبا.")
    assert sorted(q.cue.text for q in quotes if q.cue is not None) == ["تعتقد", "وقالت"]


# ---------------------------------------------------------------- the first person singular


def test_the_first_person_singular_outside_quotation_marks_reports_nothing() -> None:
    assert quotes_of("أكاد أجزم أن الفريق لن يفوز بالبطولة.") == []
    assert quotes_of("لكني أرى أن الحل قريب جدا.") == []


def test_past_first_person_speech_and_perfects_that_begin_with_alif_stay_reports() -> None:
    assert _cues("وكنت أقول إن الوضع سيتحسن.") == ["أقول"]
    assert _cues("وادعت الشركة أن المنتج آمن تماما.") == ["وادعت"]
    assert _cues("وأوصوا بأن تبقى المدارس مغلقة حتى نهاية الشهر.") == ["وأوصوا"]
