"""Quote stage, twenty-fourth round of detection on issue 19.

A verb that also spells a common word (بيّن/بين "between", أبرز، عبّر/عبر "via") reports only with
its content close after it. An adverbial of the occasion of speech after it (في تصريح لـ …، في
بلاغ لها، خلال ندوة صحفية) shows that the word is the verb of saying, so its content may come as
far after it as any verb's, past a long title chain and the occasion itself.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------- an occasion of speech after a "near" verb


def test_an_occasion_of_speech_lets_bayyana_reach_its_complementizer() -> None:
    text = (
        "وبيّن المدير الجهوي للتجارة بولاية صفاقس، كمال الرياحي، في تصريح لمراسل الإذاعة، اليوم "
        "الخميس، أن أسعار الخضر ستنخفض خلال الأسبوع القادم."
    )
    quote = quote_with(quotes_of(text), "أسعار الخضر")
    assert quote.cue.text == "وبيّن"
    assert quote.kind == "indirect"
    assert quote.content.text == "أسعار الخضر ستنخفض خلال الأسبوع القادم"


def test_a_possessed_statement_noun_is_an_occasion_too() -> None:
    text = "وبينت الجمعية في بلاغها الصادر مساء اليوم أن الاجتماع العام سيعقد في موعده."
    quote = quote_with(quotes_of(text), "الاجتماع العام")
    assert quote.cue.text == "وبينت"
    assert quote.content.text == "الاجتماع العام سيعقد في موعده"


def test_a_comma_after_the_verb_and_an_occasion_give_a_report() -> None:
    text = "وبين، رئيس البلدية، في تصريح للصحفيين، الاثنين، أن الأشغال ستنتهي قبل الصيف."
    quote = quote_with(quotes_of(text), "الأشغال")
    assert quote.cue.text == "وبين"


def test_abbara_an_after_an_occasion_is_a_nominal_quote() -> None:
    text = "وعبرت النقابة في بيان لها اليوم عن رفضها القاطع لقرار غلق المصنع."
    quote = quote_with(quotes_of(text), "غلق المصنع")
    assert quote.cue.text == "وعبرت"
    assert quote.kind == "nominal"


def test_between_two_nouns_stays_a_preposition() -> None:
    # بين "between" with a statement noun further on, but with the article: the event itself.
    text = "وتراوحت الأسعار بين الدينارين في الحوار الوطني والثلاثة دنانير في المزاد أن الأسعار ترتفع."
    assert not [q for q in quotes_of(text) if q.cue is not None and "بين" in q.cue.text]


def test_between_without_an_occasion_keeps_its_short_reach() -> None:
    text = (
        "وبين المدير الجهوي للتجارة بولاية صفاقس والمدير الجهوي للفلاحة بولاية صفاقس والمدير "
        "الجهوي للصحة بولاية صفاقس اتفاق قديم، أن الأسعار ستنخفض."
    )
    assert not [q for q in quotes_of(text) if q.cue is not None and "بين" in q.cue.text]


def test_a_colon_after_the_occasion_belongs_to_the_participle() -> None:
    # تطرق takes no colon quote: the quote after قائلا: is the participle's.
    text = 'وتطرق المدرب في تصريحاته إلى حارس المنتخب قائلا: "لا يمكن أن نقول عنه إلا الخير".'
    quote = quote_with(quotes_of(text), "إلا الخير")
    assert quote.cue.text == "قائلا"
    assert quote.kind == "direct"


# ------------------------------------------------ "indicates" inside quoted speech reports nothing


def test_ma_yushir_inside_quote_marks_is_no_nested_quote() -> None:
    text = 'وقال الطبيب: "ارتفع عدد الإصابات هذا الأسبوع، ما يشير إلى أن العدوى تنتشر بسرعة".'
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].cue.text == "وقال"


def test_a_demonstrative_that_indicates_inside_quote_marks_is_no_nested_quote() -> None:
    text = 'وقالت الباحثة: "يشير هذا إلى أن النوم المبكر يحسن الذاكرة".'
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].cue.text == "وقالت"


def test_a_person_who_points_out_inside_quote_marks_is_still_a_nested_quote() -> None:
    text = 'وقال الطبيب: "أشار الوزير إلى أن العدوى تنتشر بسرعة".'
    nested = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "أشار"]
    assert [q.content.text for q in nested] == ["العدوى تنتشر بسرعة"]


def test_during_the_seminar_and_in_this_context_are_occasions_too() -> None:
    text = "وأبرز رئيس الجمعية، خلال الندوة التي نظمتها الجمعية بالعاصمة، أن التبذير الغذائي يرتفع في رمضان."
    assert quote_with(quotes_of(text), "التبذير").cue.text == "وأبرز"
    text = "وبين رئيس النقابة، في هذا السياق، أن المفاوضات ستستأنف الأسبوع القادم."
    assert quote_with(quotes_of(text), "المفاوضات").cue.text == "وبين"


def test_between_two_teams_during_a_season_is_no_report() -> None:
    # The season is no occasion of speech: بين stays "between", and أن is the clause's own.
    text = "وبين الفريقين خلال الموسم الماضي فارق كبير في النقاط والأهداف والانتصارات، حتى أن المدرب متفائل."
    assert not [q for q in quotes_of(text) if q.cue is not None and "بين" in q.cue.text]


# ---------------------------------------------- توصل إلى أن "reached the conclusion that", as خلص


def test_tawassal_ila_anna_is_a_conclusion_reported() -> None:
    text = "وتوصلت الدراسة، التي أجراها باحثون في جامعة تونس، إلى أن النوم المبكر يحسن الذاكرة."
    quote = quote_with(quotes_of(text), "النوم المبكر")
    assert quote.cue.text == "وتوصلت"
    assert quote.content.text == "النوم المبكر يحسن الذاكرة"


def test_a_noun_of_conclusion_may_open_the_clause() -> None:
    text = "وتوصل الباحثون إلى نتيجة مفادها أن النوم المبكر يحسن الذاكرة."
    assert quote_with(quotes_of(text), "النوم المبكر").cue.text == "وتوصل"


def test_reaching_an_agreement_reports_nothing() -> None:
    # The complementizer belongs to the agreement's own clause, not to a conclusion.
    text = "وتوصل الطرفان إلى اتفاق يقضي بأن تنسحب القوات من المدينة."
    assert quotes_of(text) == []


def test_reaching_an_agreement_does_not_end_a_reported_clause() -> None:
    text = "وأكد الوزير أن الوزارة راسلت الشركة، وتوصلت إلى اتفاق معها حول الأجور."
    quote = quote_with(quotes_of(text), "الوزارة")
    assert quote.content.text == "الوزارة راسلت الشركة، وتوصلت إلى اتفاق معها حول الأجور"


def test_a_conclusion_wanted_does_not_end_a_reported_clause() -> None:
    text = "وقال الوزير إن المفاوضات ستتواصل، كي يتوصل الطرفان إلى حل نهائي للأزمة."
    quote = quote_with(quotes_of(text), "المفاوضات")
    assert quote.content.text == "المفاوضات ستتواصل، كي يتوصل الطرفان إلى حل نهائي للأزمة"


# ------------------------------------------------------- "بين X وبين Y" is "between", not بيّن


def test_a_second_between_does_not_end_a_nominal_complement() -> None:
    text = "وطالبت النقابة بتعزيز التعاون بين الوزارة وبين الهياكل الجهوية من أجل تحسين التكوين."
    quote = quote_with(quotes_of(text), "التعاون")
    assert quote.content.text == "بتعزيز التعاون بين الوزارة وبين الهياكل الجهوية من أجل تحسين التكوين"


def test_wa_bayyana_after_a_clause_without_between_still_opens_a_report() -> None:
    text = "وقال الوزير إن الموسم الفلاحي كان جيدا، وبين أن الصابة ستتجاوز مليون طن."
    quote = quote_with(quotes_of(text), "الصابة")
    assert quote.cue.text == "وبين"


def test_a_state_of_affairs_after_ila_is_a_conclusion_too() -> None:
    text = "وخلصت اللجنة إلى وجود أسباب كافية للاعتقاد بأن الانتخابات شابتها خروقات."
    assert quote_with(quotes_of(text), "الانتخابات").cue.text == "وخلصت"


def test_a_negated_conclusion_does_not_stop_the_verb_before_it() -> None:
    text = (
        'وقال الباحث، الذي أشرف على دراسة سابقة لم تتوصل إلى وجود أي فائدة للعقار: "النتائج الجديدة '
        'غير متوقعة".'
    )
    quote = quote_with(quotes_of(text), "غير متوقعة")
    assert quote.cue.text == "وقال"
    assert quote.kind == "direct"
