"""Detection rules of the twenty-second session, round d93 (issue 19, item 5): what a cause is put
down to (عزا/أرجع X إلى Y), a told noun as the bare object of a verb that also reports clauses
(كشف، ذكر، أوضح: "alsotold"), and the noun الإيعاز بـ. Every sentence here is written for the test."""

from __future__ import annotations

from qawl.extractors.quotes.lexicon import load_cues
from tests.quote_helpers import quote_with, quotes_of


def _contents(text: str) -> list[str]:
    return [q.content.text for q in quotes_of(text)]


# عزا / أرجع X إلى Y: the content is Y, after إلى; the object X is not part of it.


def test_put_down_to_reports_the_cause() -> None:
    quote = quote_with(quotes_of("وعزا المدرب الخسارة إلى إرهاق اللاعبين بعد الرحلة الطويلة."), "إرهاق")
    assert quote.kind == "nominal"
    assert quote.content.text == "إرهاق اللاعبين بعد الرحلة الطويلة"
    assert quote.speaker is not None and quote.speaker.text == "المدرب"


def test_attributed_with_a_demonstrative_object() -> None:
    quote = quote_with(quotes_of("وأرجعت الهيئة هذا التراجع إلى ضعف الإقبال على المعارض."), "ضعف")
    assert quote.content.text == "ضعف الإقبال على المعارض"
    assert quote.cue is not None and quote.cue.text == "وأرجعت"


def test_an_event_object_ends_the_subject_of_a_cause_verb() -> None:
    # The speaker reader alone took "ارتفاع" for a name; the object of عزا is an event.
    quote = quote_with(quotes_of("وعزا الوزير ارتفاع الأسعار إلى تراجع الإنتاج في الموسم الماضي."), "تراجع")
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_an_event_right_after_a_cause_verb_is_its_object() -> None:
    quote = quote_with(quotes_of("وعزا ارتفاع ديون البلدية، التي بلغت رقما قياسيا، إلى سوء التسيير."), "سوء")
    assert quote.speaker is None


def test_a_name_after_a_calling_verb_stays_its_subject() -> None:
    # The object of دعا is a person or a body: a noun right after it that reads as an event
    # (تشوي, of the pattern تفعيل) is still its subject, not a dropped subject's object.
    quote = quote_with(quotes_of("ودعا تشوي الحكومات الآسيوية إلى حماية اللاجئين."), "حماية")
    assert quote.speaker is not None and quote.speaker.text.startswith("تشوي")


def test_a_plural_after_a_cause_verb_stays_its_subject() -> None:
    # "أعضاء" (hamza above) is a broken plural, never the verbal noun إفعال: the subject.
    quote = quote_with(quotes_of("وعزا أعضاء اللجنة التأخير إلى نقص التمويل."), "نقص")
    assert quote.speaker is not None and quote.speaker.text.startswith("أعضاء")


def test_a_name_with_hamza_stays_in_the_subject_of_a_demand() -> None:
    # "ألتان" (hamza above) reads as the verbal noun's pattern, but is a name in the subject.
    quote = quote_with(quotes_of("وطالب الأخوان ألتان واليجاك بإسقاط التهم عنهما."), "بإسقاط")
    assert quote.speaker is not None and "ألتان" in quote.speaker.text


# "alsotold": كشف/ذكر/أوضح + a noun of saying, claiming or telling as the bare object.


def test_revealing_the_details_reports_them() -> None:
    quote = quote_with(quotes_of("وكشفت الصحيفة تفاصيل الاتفاق بين الناديين."), "تفاصيل")
    assert quote.kind == "nominal"
    assert quote.cue is not None and quote.cue.text == "وكشفت"
    assert quote.speaker is not None and quote.speaker.text == "الصحيفة"


def test_a_quantity_opens_the_told_object() -> None:
    quote = quote_with(quotes_of("وكشفت المجلة المزيد من المعلومات حول صفقة الأسلحة."), "المعلومات")
    assert quote.content.text.startswith("المزيد من المعلومات")


def test_a_participle_explaining_the_reasons() -> None:
    quote = quote_with(quotes_of("وقدم الباحثون دراستهم للجنة، موضحين الأسباب التي دفعتهم إليها."), "الأسباب")
    assert quote.cue is not None and quote.cue.text == "موضحين"


def test_any_other_bare_object_reports_nothing() -> None:
    assert _contents("وكشف الانهيار ضعف الرقابة على المباني.") == []


def test_a_told_noun_right_after_the_verb_is_its_subject() -> None:
    # VSO: "معلومات" is the subject; the content is the clause after أنّ.
    quote = quote_with(quotes_of("وذكرت معلومات صحفية أن اللاعب سيغادر النادي."), "اللاعب")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.text.startswith("معلومات")


def test_the_verbal_noun_reports_nothing() -> None:
    # "عن ذكر": the bare form after a preposition is the verbal noun, with no subject.
    assert _contents("وامتنع المسؤول عن ذكر أسماء الشركات المعنية.") == []


def test_a_told_noun_in_the_subjects_genitive() -> None:
    quote = quote_with(quotes_of("وذكرت وثيقة الاتهام أن الموظف سرب بيانات العملاء."), "الموظف")
    assert quote.kind == "indirect"


def test_a_colon_after_the_told_object_opens_the_words() -> None:
    text = 'وتابع المدرب موضحا بعض تفاصيل الخطة: "سنلعب بثلاثة مهاجمين".'
    assert quote_with(quotes_of(text), "سنلعب").kind == "direct"
    assert _contents(text) == ["سنلعب بثلاثة مهاجمين"]


def test_the_told_frame_is_on_the_verbs_of_revealing() -> None:
    cues = load_cues()
    for form in ("كشفت", "يذكرون", "موضحا"):
        assert "alsotold" in cues.forms[form].frames
    assert "alsotold" not in cues.forms["قال"].frames


# الإيعاز بـ: the lexicon's noun, as أوعز بـ.


def test_the_instruction_noun_is_in_the_lexicon() -> None:
    cue = load_cues().forms["ايعاز"]
    assert cue.kind == "noun" and "ب" in cue.frames


# شكا من + a wrong done by others or a lack: a grievance stated, not a hardship suffered.


def test_complaining_of_marginalisation_reports_it() -> None:
    quote = quote_with(quotes_of("ولطالما شكا سكان الجبال من التهميش على أيدي الحكومات."), "التهميش")
    assert quote.kind == "nominal"
    assert quote.speaker is not None and quote.speaker.text == "سكان الجبال"


def test_complaining_of_pain_reports_nothing() -> None:
    assert _contents("ويشكو المريض من آلام حادة في الظهر منذ أسابيع.") == []
