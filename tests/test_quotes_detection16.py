"""Quote stage, sixteenth round on issue 19: detection by mechanisms of Arabic grammar and lexicon
that hold in any news text (source phrases that close a sentence, texts published by a source,
كما "as" with a verb of saying). Every sentence here is written for the test; each rule has a
look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- relay verbs without عن


def test_a_relay_verb_with_no_an_names_the_outlet_as_source() -> None:
    quote = quote_with(quotes_of("وارتفع العجز التجاري خلال الربع الأول، حسب ما نقلت رويترز."), "العجز")
    assert quote.cue is not None and quote.cue.text == "حسب"
    assert quote.speaker_name == "رويترز"


def test_a_relay_verb_with_an_is_still_a_relay() -> None:
    # The outlet relays an unnamed source named after عن: no quote of the outlet; the source
    # after عن is the clause's (d90, s21: "حسبما نقلت رويترز عن مجلة …" in tune15's gold).
    quotes = quotes_of("وارتفع العجز التجاري خلال الربع الأول، حسب ما نقلت رويترز عن مصدر.")
    assert [q.speaker_name for q in quotes] == ["مصدر"]


def test_a_relay_phrase_does_not_take_a_report_the_sentence_has() -> None:
    quotes = quotes_of("وأعرب الوزير عن أمله في السلام، وفقا لما نقلته وكالة الأنباء الرسمية.")
    assert [q.cue.text for q in quotes if q.cue is not None] == ["وأعرب"]


def test_a_relay_phrase_inside_a_clause_leaves_the_quote_to_the_verb() -> None:
    text = 'وعبر مصدر مسؤول بحسب ما أوردت وكالة الأنباء، "عن إدانة الحكومة الشديدة للهجوم".'
    quote = quote_with(quotes_of(text), "إدانة")
    assert quote.kind == "direct"
    assert quote.cue is not None and quote.cue.text != "بحسب"


# ---------------------------------------------------------------- texts published by a source


def test_a_text_a_body_published_names_the_body() -> None:
    text = "وارتفعت الواردات بعشرة بالمائة، وفق نشرية أصدرها البنك المركزي الثلاثاء."
    quote = quote_with(quotes_of(text), "الواردات")
    assert quote.speaker_name == "البنك المركزي"


def test_figures_a_ministry_published_name_the_ministry() -> None:
    text = "وتراجع إنتاج القمح بالثلث، حسب أرقام نشرتها وزارة الزراعة الإثنين."
    quote = quote_with(quotes_of(text), "القمح")
    assert quote.speaker_name == "وزارة الزراعة"


def test_a_study_a_university_published_is_a_source() -> None:
    text = "ويقلل المشي اليومي خطر الإصابة بالسكري، بحسب دراسة نشرتها جامعة أكسفورد."
    quote = quote_with(quotes_of(text), "المشي")
    assert quote.cue is not None and quote.cue.text == "بحسب"


def test_studying_files_is_no_source() -> None:
    assert quotes_of("وسيتم توزيع المنح على الطلبة بحسب دراسة الملفات.") == []


# ---------------------------------------------------------------- كما + a verb of saying


def test_kama_with_a_verb_of_saying_closing_the_sentence_attributes_the_clause() -> None:
    text = "وقررت البلدية غلق السوق لمدة شهر، كما قال رئيسها سمير العياري."
    quote = quote_with(quotes_of(text), "البلدية")
    assert quote.cue is not None and quote.cue.text == "قال"
    assert quote.speaker_name == "سمير العياري"
    assert quote.kind == "indirect"


def test_kama_with_a_quote_before_it_makes_it_the_quote() -> None:
    text = '"سنواصل العمل حتى آخر يوم في الموسم"، كما يقول المدرب الجديد للفريق.'
    quote = quote_with(quotes_of(text), "سنواصل")
    assert quote.content.text == "سنواصل العمل حتى آخر يوم في الموسم"
    assert quote.speaker is not None and quote.speaker.text == "المدرب الجديد للفريق"


def test_kama_qala_inna_is_a_report_of_its_own() -> None:
    text = "وانخفضت الأسعار في الأسواق، كما قال الوزير إن المخزون يكفي لشهرين."
    quote = quote_with(quotes_of(text), "المخزون")
    assert quote.content.text == "المخزون يكفي لشهرين"
    assert all("انخفضت" not in q.content.text for q in quotes_of(text))


def test_kama_with_the_authors_we_is_no_quote() -> None:
    assert quotes_of("وانخفضت الأسعار في الأسواق، كما ذكرنا سابقا.") == []


def test_kama_with_a_long_report_of_its_own_is_no_source() -> None:
    text = "وتتراجع الأسعار، كما تشير تقارير لوجود أزمة كبيرة في أسواق الحبوب العالمية هذا العام."
    assert all("تتراجع" not in q.content.text for q in quotes_of(text))


# ---------------------------------------------------------------- spans of closing phrases


def test_a_short_quoted_term_before_a_phrase_stays_inside_its_clause() -> None:
    text = 'ويتعرض الناشطون لهجوم كبير ويوصفون بـ "الخونة"، كما تقول الباحثة سلمى.'
    quote = quote_with(quotes_of(text), "الخونة")
    assert quote.kind == "mixed"
    assert quote.content.text.startswith("ويتعرض")


def test_a_whole_quote_before_a_phrase_is_still_the_quote() -> None:
    text = 'وأضاف المدرب: "الفريق قدم مباراة كبيرة وسنواصل"، بحسب الموقع الرسمي للنادي.'
    quote = quote_with(quotes_of(text), "الفريق")
    assert quote.kind == "direct"
    assert quote.content.text == "الفريق قدم مباراة كبيرة وسنواصل"


def test_a_second_phrase_starts_its_clause_after_the_first() -> None:
    text = (
        "ويرفع السكر خطر أمراض القلب، بحسب دراسة جامعة أكسفورد، وكذلك خطر السمنة، بحسب دراسة جامعة هارفارد."
    )
    quote = quote_with(quotes_of(text), "السمنة")
    assert quote.content.text == "وكذلك خطر السمنة"


# ---------------------------------------------------------------- ادعى with an object


def test_iddaa_with_a_verbal_noun_object_is_nominal() -> None:
    quote = quote_with(quotes_of("وادعى الموقوف تعرضه لعملية سرقة في الطريق."), "تعرضه")
    assert quote.kind == "nominal"


def test_yudaa_is_named_is_no_quote() -> None:
    assert quotes_of("وظهرت إحدى المغردات التي تدعى سلمى الفارسي في الفيديو.") == []
    text = "تعود الحكاية إلى رجل يدعى سالم، تذهب الروايات إلى أنه ولد في القرن الأول."
    assert all(q.cue is None or q.cue.text != "يدعى" for q in quotes_of(text))


# ---------------------------------------------------------------- نصف "half" is not نَصِف "we describe"


def test_nisf_half_is_no_cue() -> None:
    assert quotes_of("ووصل المنتخب إلى نصف النهائي بفوزه على روسيا.") == []
    text = "وأكدت الوزيرة أن الوزارة أنفقت نصف الميزانية، مذكرة بأن العجز كبير."
    # مذكرة بأن "reminding that" is a cue of its own (tune5's decisions); نصف is none.
    assert [q.cue.text for q in quotes_of(text) if q.cue is not None] == ["وأكدت", "مذكرة"]


def test_yasif_is_still_a_cue_of_describing() -> None:
    quote = quote_with(quotes_of("ويصف الوزير القرار بأنه ظالم للفلاحين."), "ظالم")
    assert quote.cue is not None and quote.cue.text == "ويصف"


# ---------------------------------------------------------------- ذلك ما أكده X


def test_dhalika_ma_with_a_verb_of_saying_attributes_the_clause_before() -> None:
    text = "وتسعى الوزارة إلى رقمنة كل خدماتها قبل نهاية السنة، ذلك ما أكده وزير الاتصال نبيل الحامدي."
    quote = quote_with(quotes_of(text), "رقمنة")
    assert quote.cue is not None and quote.cue.text == "أكده"
    assert quote.speaker_name == "نبيل الحامدي"


def test_wa_huwa_ma_sarraha_bihi_attributes_the_clause_before() -> None:
    quote = quote_with(quotes_of("وتراجعت مبيعات السيارات بالربع، وهو ما صرح به رئيس الغرفة."), "مبيعات")
    assert quote.cue is not None and quote.cue.text == "صرح"


def test_wa_huwa_ma_with_ma_as_subject_is_no_quote() -> None:
    # No pronoun takes ما back: ما is the subject, "explains" has an object, not a speaker.
    assert quotes_of("وتراجعت مبيعات السيارات بالربع، وهو ما يفسر غضب الوكلاء.") == []
    assert quotes_of("وتراوحت الصادرات بين مليون ومليوني برميل، أكثر من ذلك ما بين عامين.") == []
