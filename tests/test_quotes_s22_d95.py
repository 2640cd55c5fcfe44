"""Detection rules of the twenty-second session, round d95 (issue 19, items 1 and 5): an elative
that spells a cue (أبرز "most prominent"), … Every sentence here is written for the test."""

from __future__ import annotations

from qawl.pipeline import Pipeline
from tests.quote_helpers import kinds_contents_and_cues, quote_with, quotes_of


def _contents(text: str) -> list[str]:
    return [q.content.text for q in quotes_of(text)]


# أبرز before an indefinite noun is the elative "most prominent", no verb of saying.


def test_elative_in_the_speaker_phrase_keeps_the_quote() -> None:
    quote = quote_with(
        quotes_of('وصرح سالم الهادي رئيس أبرز نقابة للمعلمين في الولاية "لن نعود إلى الأقسام".'), "لن"
    )
    assert quote.kind == "direct"
    assert quote.speaker is not None and quote.speaker.text == "سالم الهادي"


def test_elative_takes_no_clause() -> None:
    quote = quote_with(quotes_of("وقال رئيس أبرز حزب معارض إن النتائج لا تعكس إرادة الناخبين."), "النتائج")
    assert quote.cue is not None and quote.cue.text == "وقال"


def test_verb_after_an_adverbial_noun_still_reports() -> None:
    # After a noun that heads no construct with it, the perfect opens the clause.
    quote = quote_with(quotes_of("وخلال لقاء أبرز وزير التربية أن الإصلاح سيتواصل."), "الإصلاح")
    assert quote.cue is not None and quote.cue.text == "أبرز"
    assert quote.speaker is not None and quote.speaker.text == "وزير التربية"


def test_verb_before_a_noun_of_importance_still_reports() -> None:
    quote = quote_with(quotes_of("كما أبرز أهمية التنسيق بين البلديات المجاورة."), "أهمية")
    assert quote.kind == "nominal"


# سمّى with its object pronoun after من/ما: the name in the marks is what the source called them.


def test_naming_verb_with_pronoun_reports_the_name() -> None:
    quote = quote_with(quotes_of('وهاجم المتحدث من سماهم "تجار الحروب" في مؤتمر صحفي.'), "تجار")
    assert quote.kind == "direct"
    assert quote.cue is not None and quote.cue.text == "سماهم"


def test_naming_a_work_after_a_noun_is_no_quote() -> None:
    # "a book he called …": a title, no source's word for anything.
    assert _contents('وأصدر الشاعر ديوانا سماه "أغاني الرحيل" قبل وفاته.') == []


def test_highness_with_a_possessive_is_no_naming() -> None:
    quote = quote_with(quotes_of("وأعرب سموه عن ثقته في قدرة الشباب على الابتكار."), "ثقته")
    assert quote.cue is not None and quote.cue.text == "وأعرب"


def test_the_verb_before_the_naming_keeps_its_complement() -> None:
    quotes = quotes_of('واتهم المدير من سماهم "المشاغبين" بأنهم أتلفوا التجهيزات.')
    quote = quote_with(quotes, "أتلفوا")
    assert quote.cue is not None and quote.cue.text == "واتهم"
    assert quote_with(quotes, "المشاغبين").content.text == "المشاغبين"


# رد فعل "reaction" and أول رد "the first response": the verbal noun, not the verb رد "replied".


def test_reaction_compound_is_no_reply() -> None:
    assert _contents('وجاء رد فعل الجمهور "باردا" على غير العادة.') == []


def test_noun_after_an_elative_is_no_reply() -> None:
    quotes = quotes_of('وفي أول رد رسمي على حادثة "الميناء" أعلنت الشركة أنها ستعوض المتضررين.')
    assert [q.cue.text for q in quotes if q.cue is not None] == ["أعلنت"]


def test_the_verb_replied_still_reports() -> None:
    quote = quote_with(quotes_of('ورد المدرب على منتقديه قائلا "النتائج ستتحسن".'), "النتائج")
    assert quote.cue is not None and quote.cue.text == "ورد"


# The news (خبر، نبأ، أنباء، أخبار) is a told noun; تداول "circulated" reports it; نفى and أكد
# report a told noun after their subject (alsotold).


def test_circulated_news_is_a_nominal_quote() -> None:
    quote = quote_with(quotes_of("وتداول مدونون خبر إغلاق المعبر الحدودي لأسبوع كامل."), "إغلاق")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("خبر إغلاق المعبر")
    assert quote.speaker is not None and quote.speaker.text == "مدونون"


def test_trading_is_no_report() -> None:
    assert _contents("وتداول المستثمرون أسهم الشركة بكثافة أمس.") == []


def test_denied_claims_after_a_one_word_name() -> None:
    quote = quote_with(quotes_of("ونفى قرقاش الاتهامات الموجهة إلى بلاده."), "الاتهامات")
    assert quote.kind == "nominal"
    assert quote.speaker is not None and quote.speaker.text == "قرقاش"


def test_news_noun_after_an_agency_is_its_genitive() -> None:
    quote = quote_with(quotes_of("وذكرت وكالة أنباء الشرق أن الحكومة ستخفض الضرائب."), "الحكومة")
    assert quote.kind == "indirect"
    assert quote.speaker is not None and quote.speaker.text == "وكالة أنباء الشرق"


def test_news_noun_inside_an_agency_name_is_no_object(pipeline: Pipeline) -> None:
    # The gazetteer's name "وكالة الأنباء السعودية" holds the told noun.
    quotes = kinds_contents_and_cues(
        pipeline, "وذكرت وكالة الأنباء السعودية، أيضا أن الوزارة عدلت قوانين الاستثمار."
    )
    assert quotes == [("indirect", "الوزارة عدلت قوانين الاستثمار", "وذكرت")]
