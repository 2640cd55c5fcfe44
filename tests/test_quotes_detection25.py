"""Quote stage, twenty-fifth round of detection on issue 19: nominal quotes.

Verbs whose noun-phrase complement says what a source stressed, promised, held someone
responsible for or raised in quote marks: أبرز أهمية/ضرورة … "highlighted the importance of",
وعد بـ … "promised", حمّل X تبعات … "laid the consequences on X", تطرق إلى "…" "raised '…'"; and
where such a complement ends (a comma before إذ "since"). Every sentence here is written for the
test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ------------------------------------------------- أبرز "highlighted" with a noun-phrase object


def test_the_participle_of_abraza_takes_a_noun_phrase_object() -> None:
    text = "وأعلن الوزير عن برنامج جديد، مبرزا ضرورة تحسين ظروف العمل في المستشفيات الجهوية."
    quote = quote_with(quotes_of(text), "ضرورة تحسين")
    assert quote.cue.text == "مبرزا"
    assert quote.kind == "nominal"
    assert quote.content.text == "ضرورة تحسين ظروف العمل في المستشفيات الجهوية"


def test_a_perfect_with_a_person_ending_takes_an_object_after_its_subject() -> None:
    text = "وأبرزت المديرة الجهوية أهمية الحملة الوطنية للتلقيح في حماية الأطفال."
    quote = quote_with(quotes_of(text), "أهمية الحملة")
    assert quote.cue.text == "وأبرزت"
    assert quote.speaker.text == "المديرة الجهوية"


def test_the_bare_perfect_reports_before_a_noun_of_importance() -> None:
    text = "كما أبرز أهمية التعاون بين البلدين في مجال الطاقات المتجددة."
    quote = quote_with(quotes_of(text), "أهمية التعاون")
    assert quote.cue.text == "أبرز"
    assert quote.kind == "nominal"


def test_the_superlative_abraz_is_no_verb() -> None:
    # أبرز "most prominent" heads a construct or follows من; أبرزها "the most prominent of them".
    for text in (
        "ويعد اللاعب من أبرز المهاجمين في البطولة هذا الموسم.",
        "وغادر الفريق مدربه، أبرز مدرب في تاريخ النادي، بعد خلاف طويل.",
        "وناقش الطرفان ملفات عديدة، أبرزها التجارة والطاقة.",
    ):
        assert not quotes_of(text), text


def test_the_imperfect_of_abraza_spells_baraza_stands_out() -> None:
    text = "وتبرز أهمية هذه البطولة في كونها الأولى من نوعها في المنطقة."
    assert not quotes_of(text)


# ------------------------------------------------------------------- وعد بـ "promised"


def test_waada_reports_the_event_it_promises() -> None:
    text = "ووعدت الوزيرة بإعادة فتح المستشفى المحلي قبل نهاية الشهر."
    quote = quote_with(quotes_of(text), "بإعادة فتح")
    assert quote.cue.text == "ووعدت"
    assert quote.kind == "nominal"
    assert quote.speaker.text == "الوزيرة"
    assert quote.content.text == "بإعادة فتح المستشفى المحلي قبل نهاية الشهر"


def test_a_plain_verbal_noun_in_construct_is_promised_too() -> None:
    text = "وعد الرئيس بوقف الأشغال في الطريق السريعة خلال الصيف."
    quote = quote_with(quotes_of(text), "بوقف الأشغال")
    assert quote.speaker.text == "الرئيس"


def test_the_participle_waidan_reports_a_promise() -> None:
    text = 'وقال الوزير إن الحكومة ستراجع القانون، واعدا بـ"حوار واسع مع كل الأطراف".'
    quote = quote_with(quotes_of(text), "حوار واسع")
    assert quote.cue.text == "واعدا"
    assert quote.kind == "nominal"


def test_the_adjective_waidan_promising_does_not_end_a_content_span() -> None:
    text = "وقال المدير إن المشروع يعد استثمارا واعدا ويوفر مواطن شغل هامة على مستوى الإنتاج."
    quote = quote_with(quotes_of(text), "المشروع يعد")
    assert quote.content.text.endswith("على مستوى الإنتاج")


def test_the_noun_waad_is_no_promise_made() -> None:
    # وعد بلفور "the Balfour Declaration"; after a preposition وعد is the noun "a promise";
    # وعُدّت "was counted" spells وعدت.
    for text in (
        "وأحيا الفلسطينيون ذكرى وعد بلفور في مدن الضفة الغربية.",
        "وصل المدرب إلى النادي من خلال وعد بضم لاعبين جدد.",
        "واشتهرت المدينة بأسواقها، وعدت من أهم محطات القوافل، مشتهرة بالتجارة.",
        "وعدت المباراة بمثابة رد اعتبار للفريق.",
        "والآن احضر الجائزة وعد إلى الديار بسرعة لأننا سنلعب.",
        "المكافأة التي وعد بها المدرب لاعبيه تقل بأربعة أضعاف عن العام الماضي.",
    ):
        assert not quotes_of(text), text


# ------------------------------------------------ حمّل X تبعات … and تحمّل "bore"


def test_hammala_with_consequences_reports_who_is_held_to_them() -> None:
    text = "وحمل الاتحاد الحكومة تبعات ما سينجر عن قرار الزيادة في الأسعار."
    quote = quote_with(quotes_of(text), "تبعات ما سينجر")
    assert quote.cue.text == "وحمل"
    assert quote.kind == "nominal"
    assert quote.speaker.text == "الاتحاد"


def test_tahammala_bore_the_responsibility_reports_nothing() -> None:
    for text in (
        "وطلب الوزير من البلديات تحمل مسؤولية أكبر في تنظيف الأحياء.",
        "وأظهر الفريق كيف تحمل تبعات البداية الصعبة للمباراة، وقد كان ذلك اختبارا حقيقيا.",
    ):
        assert not quotes_of(text), text


# ------------------------------------------- تطرق إلى: a quoted complement, not a topic


def test_tataraqa_reports_words_in_quote_marks() -> None:
    text = 'وتطرقت النائبة إلى "تداول معلومات خطيرة خلال اجتماع الحزب".'
    quote = quote_with(quotes_of(text), "تداول معلومات")
    assert quote.cue.text == "وتطرقت"
    assert quote.kind == "nominal"


def test_tataraqa_to_a_topic_is_no_quote_and_the_participle_keeps_its_report() -> None:
    text = "وتطرق رئيس الهيئة إلى نشاط الهيئة، مشيرا إلى أنها تعمل رغم نقص التمويل."
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].cue.text == "مشيرا"
    assert quotes[0].content.text == "تعمل رغم نقص التمويل"


def test_tataraqa_followed_by_qaila_makes_the_verb_the_cue() -> None:
    text = "وتطرق المدرب إلى وضعية الفريق، قائلا إن اللاعبين قدموا مباراة كبيرة."
    quote = quote_with(quotes_of(text), "اللاعبين قدموا")
    assert quote.cue.text == "وتطرق"
    assert quote.speaker.text == "المدرب"


def test_the_verbal_noun_tataruquh_is_no_cue() -> None:
    text = "ولدى تطرقه إلى ملف الهجرة، قال الوزير إن الحدود مؤمنة."
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].cue.text == "قال"


# --------------------------------------------------- the extent of a nominal complement


def test_idh_after_a_comma_ends_a_noun_phrase_complement() -> None:
    text = "ودعت النقابة إلى مواصلة الإضراب، إذ لم تستجب الوزارة لأي من المطالب."
    quote = quote_with(quotes_of(text), "مواصلة الإضراب")
    assert quote.content.text == "مواصلة الإضراب"


def test_idh_inside_a_clause_complement_does_not_end_it() -> None:
    text = "وقال الوزير إن الإضراب سيتواصل، إذ لم تستجب الوزارة لأي من المطالب."
    quote = quote_with(quotes_of(text), "الإضراب سيتواصل")
    assert quote.content.text.endswith("لأي من المطالب")


# ------------------------------------------------------ an adverb between subject and preposition


def test_a_manner_adverb_ends_the_subject_before_the_preposition() -> None:
    text = "وأشار الوزير بشكل خاص إلى ارتفاع أسعار المحروقات."
    quote = quote_with(quotes_of(text), "ارتفاع أسعار")
    assert quote.speaker.text == "الوزير"


# --------------------------------------------------------------------- the name Ali


def test_ali_with_ya_is_a_name_where_the_text_writes_ala_with_alif_maqsura() -> None:
    text = "وأكد المدير علي بن صالح في تصريح للإذاعة أن الموسم سيكون ناجحا. وشدد على ضرورة الاستعداد المبكر."
    quote = quote_with(quotes_of(text), "الموسم سيكون")
    assert quote.kind == "indirect"
    assert quote.content.text == "الموسم سيكون ناجحا"


def test_ali_with_ya_stays_the_preposition_in_a_text_without_alif_maqsura() -> None:
    # A writer who spells على as علي everywhere: the preposition still opens the complement.
    text = "وأكد الوزير علي ضرورة الحوار بين كل الأطراف."
    quote = quote_with(quotes_of(text), "ضرورة الحوار")
    assert quote.kind == "nominal"
