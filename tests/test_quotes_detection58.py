"""Detection rules of the eighteenth session (issue 19, item 5): a cue takes only the complements
its frames in data/cues.tsv allow."""

from __future__ import annotations

from tests.quote_helpers import quote_with, quotes_of

# ------------------------------------------------ a cue without "that" governs no bare أنّ


def test_a_verb_without_that_takes_no_later_an() -> None:
    # انتقد "criticised" takes its object, a colon or quote marks; the أنْ after يجب is that verb's.
    text = "وانتقد المدرب أداء اللاعبين في المباراة الأخيرة التي كان يجب أن يفوزوا بها بسهولة."
    assert quotes_of(text) == []


def test_welcoming_takes_no_an_of_a_relative_clause() -> None:
    text = "ورحب رئيس البلدية بالزوار الذين يريدون أن يكتشفوا المدينة القديمة."
    assert quotes_of(text) == []


def test_a_saying_participle_keeps_its_own_an_after_a_verb_without_that() -> None:
    # The clause after قائلا is the participle's, whose subject is the verb's: the report stands.
    text = "وانتقد النائب القرار الجديد، قائلا إنه يضر بصغار المزارعين."
    quote = quote_with(quotes_of(text), "يضر")
    assert quote.cue.text == "وانتقد"
    assert quote.content.text == "يضر بصغار المزارعين"
    assert quote.kind == "indirect"


def test_a_bi_frame_still_takes_bi_an() -> None:
    # اتهامات has no "that" frame but governs ب: بأنّ is its own.
    text = "وتتكرر اتهامات المعارضة للحكومة بأنها تخفي أرقام البطالة الحقيقية."
    quote = quote_with(quotes_of(text), "تخفي")
    assert quote.cue.text == "اتهامات"
    assert quote.content.text == "تخفي أرقام البطالة الحقيقية"


def test_writing_reports_its_an_clause() -> None:
    # كتب "wrote" governs أنّ ("that" among its frames).
    text = "وكتب الصحفي في مقاله الأسبوعي أن الحكومة تأخرت في إصلاح الطرقات."
    quote = quote_with(quotes_of(text), "الحكومة")
    assert quote.cue.text == "وكتب"
    assert quote.speaker.text == "الصحفي"
    assert quote.content.text == "الحكومة تأخرت في إصلاح الطرقات"


def test_commenting_reports_its_bi_an_clause() -> None:
    text = "وعلق المدرب بأن الفريق لم يكن في أفضل حالاته."
    quote = quote_with(quotes_of(text), "الفريق")
    assert quote.cue.text == "وعلق"
    assert quote.content.text == "الفريق لم يكن في أفضل حالاته"


def test_a_demand_with_its_pronoun_reports_its_an_clause() -> None:
    # مطالبة takes أنْ as its verb طالب does: "مطالبتهم أن …".
    text = "وأنهى الوزير كلمته بمطالبتهم أن يعودوا إلى طاولة الحوار."
    quote = quote_with(quotes_of(text), "يعودوا")
    assert quote.cue.text == "بمطالبتهم"
    assert quote.content.text == "يعودوا إلى طاولة الحوار"


# ------------------------------- أجمع على: the content comes through the على it needs


def test_agreeing_reports_its_ala_an_clause() -> None:
    text = "وأجمع المشاركون في الندوة على أن إصلاح التعليم لا يحتمل التأجيل."
    quote = quote_with(quotes_of(text), "إصلاح")
    assert quote.cue.text == "وأجمع"
    assert quote.speaker.text == "المشاركون"
    assert quote.content.text == "إصلاح التعليم لا يحتمل التأجيل"
    assert quote.kind == "indirect"


def test_agreeing_on_a_noun_is_a_nominal_quote() -> None:
    text = "وأجمعت النقابات على ضرورة مراجعة سلم الأجور."
    quote = quote_with(quotes_of(text), "ضرورة")
    assert quote.cue.text == "وأجمعت"
    assert quote.kind == "nominal"


def test_agreeing_takes_no_colon_without_its_ala() -> None:
    # على هامش is an adverbial, not the needed على: the colon is not the verb's content.
    text = 'وأجمع المشاركون في لقاء على هامش المنتدى: "الإصلاح لا ينتظر".'
    assert all(q.cue is None or q.cue.text != "وأجمع" for q in quotes_of(text))


def test_agreeing_takes_no_bare_an() -> None:
    text = "وأجمعت الصحف أن المنتخب لعب مباراة كبيرة."
    assert quotes_of(text) == []


def test_bringing_together_is_no_agreement() -> None:
    # The imperfect يجمع is جمع "brings together": only the perfect of أجمع is a cue.
    text = "ويجمع الحفل بين نجوم الغناء العربي على مسرح واحد، ومن المنتظر أن يحضره آلاف."
    assert quotes_of(text) == []


# -------------------------------------- أكمل "went on": a colon or quote marks only


def test_going_on_reports_its_colon() -> None:
    text = 'وأكمل المدرب: "لن نستسلم حتى آخر مباراة".'
    quote = quote_with(quotes_of(text), "نستسلم")
    assert quote.cue.text == "وأكمل"
    assert quote.speaker.text == "المدرب"
    assert quote.kind == "direct"


def test_completing_takes_no_later_an() -> None:
    text = "وأكملت البعثة مهمتها في الجنوب خلال أسبوعين، وكان من الواجب أن تعود إلى العاصمة قبل نهاية الشهر."
    assert quotes_of(text) == []


def test_completing_after_a_relative_leaves_the_colon_to_the_main_verb() -> None:
    # "الذي سيكمل عامه …" is "who will complete": the colon is قال's.
    for relative in ("الذي", "والذي"):
        text = (
            f'وقال اللاعب، {relative} سيكمل عامه الخامس والثلاثين في مايو المقبل: "سأعود إلى الملاعب قريبا".'
        )
        quote = quote_with(quotes_of(text), "سأعود")
        assert quote.cue.text == "وقال"
        assert quote.speaker.text == "اللاعب"
