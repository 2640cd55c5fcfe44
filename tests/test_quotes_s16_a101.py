"""Quote round s16/a101: a dropped subject agrees with its antecedent in number and gender.

- The feminine is the marked gender: a feminine verb or participle ("وأضافت"، "مشيرة") after men
  only is no writer's slip but another speaker, and goes on with none of them; the masculine, the
  form a writer falls back on, still continues a woman (test_quotes_attribution29). A woman's
  title in ة ("مندوبة") outweighs a masculine verb before it for the same reason, while a man's
  title that ends in ة (عمدة) does not.
- A plural verb or participle ("وقالوا"، "مؤكدين") goes on with several people: names joined by
  و as the subject of the verb-first clause it is coordinated with; a singular verb after them
  does not take the whole group.
- كما opening a sentence is "also", not "as": the clause after it is a main clause whose subject
  the participles after it go on with, and no source phrase that relays the quote before it.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- gender


def test_a_feminine_continuation_after_men_only_goes_on_with_none_of_them() -> None:
    text = (
        "قال الوزير أحمد العلي إن الميزانية كافية. وقال النائب كمال الهادي إن الأرقام ناقصة. "
        "وأضافت أن الوزارة ستنشر التفاصيل قريبا."
    )
    quote = quote_with(quotes_of(text), "ستنشر التفاصيل")
    assert quote.speaker_name is None


def test_a_feminine_title_outweighs_a_masculine_verb() -> None:
    text = (
        "وفي كلمتها، قال مندوبة الأردن، سلمى الحداد، إن المجلس يكيل بمكيالين. "
        "وقالت إن بلادها ترحب بالنقاش، مشيرة إلى دور الجيران."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "ترحب بالنقاش").speaker_name == "سلمى الحداد"
    assert quote_with(quotes, "دور الجيران").speaker_name == "سلمى الحداد"


def test_a_mans_title_in_ta_marbuta_stays_a_man() -> None:
    text = (
        "ونعى الحادث رئيس البلدية بكلمات مؤثرة، كما عبر عمدة المدينة، فادي الزين، عن حزنه، "
        "وذكر أنه التقى الضحايا قبل أسبوع."
    )
    assert quote_with(quotes_of(text), "التقى الضحايا").speaker_name == "فادي الزين"


# ---------------------------------------------------------------- number

FRIENDS = (
    "قال سامي الحداد إن الطقس جميل. وقال مراد الكمون إن المقهى مزدحم. "
    "واجتمع سامي الحداد ومراد الكمون في المقهى مساء السبت، وقالوا إن الفريق سيفوز بالكأس. "
)


def test_a_plural_verb_goes_on_with_names_joined_by_and() -> None:
    quote = quote_with(quotes_of(FRIENDS), "سيفوز بالكأس")
    assert quote.speaker_name == "سامي الحداد ومراد الكمون"


def test_a_singular_verb_after_joined_names_does_not_take_the_group() -> None:
    quotes = quotes_of(FRIENDS + "وأضاف أن المدرب يستحق الثناء.")
    assert quote_with(quotes, "يستحق الثناء").speaker_name != "سامي الحداد ومراد الكمون"


# ---------------------------------------------------------------- كما


def test_kama_opening_a_sentence_opens_a_main_clause() -> None:
    text = (
        "قال الوزير أحمد العلي إن الميزانية كافية. كما انتقدت وزارة الصحة تأخر الصرف، مؤكدة أن الأرقام دقيقة."
    )
    speaker = quote_with(quotes_of(text), "الأرقام دقيقة").speaker_name
    assert speaker is not None and speaker.startswith("وزارة الصحة")


def test_an_indefinite_plural_source_is_continued_by_a_plural_verb() -> None:
    text = "وعبر مسؤولون أتراك عن قلقهم من التصعيد في المنطقة، كما عبروا عن دعمهم لجهود الوساطة."
    assert quote_with(quotes_of(text), "دعمهم لجهود").speaker_name == "مسؤولون أتراك"


def test_the_plural_subject_of_its_own_clause_is_nearer_than_a_group_quoted_before() -> None:
    text = (
        "وقال مسؤولون محليون إن الطريق مغلق منذ الصباح. وخطف مسلحون ثلاثة مزارعين قرب القرية "
        "الأسبوع الماضي، وطالبوا بفدية كبيرة لإطلاق سراحهم."
    )
    assert quote_with(quotes_of(text), "بفدية كبيرة").speaker_name == "مسلحون"


def test_a_masculine_singular_verb_right_after_a_group_of_men_is_someone_else() -> None:
    text = "وقال المحتجون إن الأسعار ارتفعت كثيرا هذا العام. وقال إن الحكومة ستدرس مطالبهم قريبا."
    assert quote_with(quotes_of(text), "ستدرس مطالبهم").speaker_name is None
