"""Quote stage, twentieth round of detection on issue 19: a reporting verb put after the quoted
sentence it reports, the feminine participle مذكرة "reminding" (not the noun "memo"), and a
first و that is the root's after a word that takes no conjunction. Every sentence here is
written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- the reporting verb after its quote


def test_a_verb_after_a_quoted_sentence_reports_it() -> None:
    text = "وصل اللاجئون أمس.\n«أشعر بالحزن، لكني لم أفقد الأمل»، يقول أسامة (52 عاماً) المقيم في مدريد."
    quote = quote_with(quotes_of(text), "بالحزن")
    assert quote.kind == "direct"
    assert quote.content.text == "أشعر بالحزن، لكني لم أفقد الأمل"
    assert quote.cue is not None and quote.cue.text == "يقول"
    assert quote.speaker_name == "أسامة"


def test_a_perfect_after_a_quoted_sentence_reports_it() -> None:
    quote = quote_with(quotes_of("«الوضع صعب جدا في المدينة»، قال الوزير للصحفيين."), "الوضع")
    assert quote.cue is not None and quote.cue.text == "قال"


def test_a_quoted_term_before_a_verb_is_no_quote_of_it() -> None:
    # The marks follow a preposition inside the sentence: a name, not the verb's quote.
    assert quotes_of("وشارك الجيش في «عاصفة الحزم»، قال الوزير.") == []


def test_a_conjoined_verb_after_a_quote_opens_its_own_report() -> None:
    text = "وصل الناس. «الوضع صعب جدا في المدينة»، وقال أسامة إنه سيعود."
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes if q.cue is not None and q.cue.text == "وقال"] == ["سيعود"]


def test_a_quote_after_a_colon_keeps_its_own_cue() -> None:
    text = "وقال الوزير: «الوضع صعب جدا في المدينة»، يقول."
    quote = quote_with(quotes_of(text), "الوضع")
    assert quote.cue is not None and quote.cue.text == "وقال"


# ---------------------------------------------------------------- مذكرة "reminding"


def test_the_feminine_participle_mudhakkira_reports_its_clause() -> None:
    text = "وقالت الوزيرة إن القرض سيساعد المؤسسات، مذكرة بأن أول قرض يعود إلى عام 1999."
    quote = quote_with(quotes_of(text), "أول قرض")
    assert quote.kind == "indirect"
    assert quote.content.text == "أول قرض يعود إلى عام 1999"
    assert quote.cue is not None and quote.cue.text == "مذكرة"
    assert "أول قرض" not in quote_with(quotes_of(text), "المؤسسات").content.text


def test_the_noun_memo_after_a_preposition_is_no_cue() -> None:
    quote = quote_with(quotes_of("ورأى المحلل سامي الجلاصي في مذكرة أن الليرة ستتراجع."), "الليرة")
    assert quote.cue is not None and quote.cue.text == "ورأى"


def test_the_noun_memo_as_a_subject_stays_the_source() -> None:
    quote = quote_with(quotes_of("وأكدت مذكرة داخلية للوزارة أن المشروع سيتأخر."), "المشروع")
    assert quote.cue is not None and quote.cue.text == "وأكدت"


# ---------------------------------------------------------------- و of the root after كما


def test_warada_after_kama_is_no_reply() -> None:
    text = 'كما ورد اسم آخر هو باولو سافونا، وكان معارضا لمعاهدة "ماستريخت" المؤسسة للاتحاد.'
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "ورد"] == []


def test_wa_radda_opening_a_clause_is_a_reply() -> None:
    quote = quote_with(quotes_of("وردّ الوزير على المنتقدين: «الحكومة ماضية في الإصلاح»."), "ماضية")
    assert quote.cue is not None and quote.cue.text == "وردّ"


def test_the_noun_memo_inside_a_content_does_not_end_it() -> None:
    text = 'وأعلنت الشركة أنها وقعت مذكرة تفاهم مع الصندوق "لاستكشاف فرص التعاون".'
    quote = quote_with(quotes_of(text), "وقعت")
    assert quote.content.text == 'وقعت مذكرة تفاهم مع الصندوق "لاستكشاف فرص التعاون"'


def test_kama_warada_fi_a_statement_reports_what_it_says() -> None:
    text = "وزار المتهم طهران مرتين. كما ورد في بيان الجهاز أن المتهم تسلم جهازا للاتصالات المشفرة."
    quote = quote_with(quotes_of(text), "تسلم")
    assert quote.content.text == "المتهم تسلم جهازا للاتصالات المشفرة"
    assert quote.cue is not None and quote.cue.text == "ورد"


def test_ma_warada_inside_a_content_does_not_end_it() -> None:
    quote = quote_with(quotes_of("وأكدت الهيئة أن ما ورد في الحلقة الأخيرة فيه خرق للقانون."), "الحلقة")
    assert quote.content.text == "ما ورد في الحلقة الأخيرة فيه خرق للقانون"


def test_kama_warada_fi_takes_no_quoted_name_for_content() -> None:
    text = 'وحكم عليه بالسجن، كما ورد في رسالة للسلطات التايلاندية، حصلت عليها وكالة "فرانس برس".'
    assert [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "ورد"] == []
