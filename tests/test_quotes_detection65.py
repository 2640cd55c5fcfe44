"""Detection rules of the twenty-first session, round d89 (issue 19, item 5): cue lemmas and
their forms. Every sentence here is written for the test."""

from __future__ import annotations

from qawl.extractors.quotes.lexicon import load_cues
from tests.quote_helpers import quote_with, quotes_of


def _contents(text: str) -> list[str]:
    return [q.content.text for q in quotes_of(text)]


# --- verbs of condemning and praising: a clause of their own, close after them ---------------


def test_condemning_reports_its_that_clause() -> None:
    quote = quote_with(quotes_of("واستنكرت النقابة أن تقوم الشرطة باحتجاز العمال دون محاكمة."), "باحتجاز")
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.text == "واستنكرت"
    assert quote.speaker is not None and quote.speaker.text == "النقابة"


def test_praising_reports_its_bi_an_clause() -> None:
    quote = quote_with(quotes_of("وأشاد المدرب بأن لاعبيه قاتلوا حتى النهاية."), "قاتلوا")
    assert quote.cue is not None and quote.cue.text == "وأشاد"


def test_a_condemned_thing_in_quote_marks_is_no_quote() -> None:
    # "condemned 'the attack'": the marks name what was condemned, no words said ("clause").
    assert not any(
        c == "الاعتداء الغاشم" for c in _contents('واستنكرت الحكومة "الاعتداء الغاشم" على القرية.')
    )


def test_a_that_after_a_relative_is_the_relative_clauses() -> None:
    # "praised the players who proved that …": أنّ is أثبتوا's, past the relative ("clause").
    assert _contents("وامتدح المدرب اللاعبين الذين أثبتوا أن الفريق قادر على المنافسة.") == []


def test_praising_with_a_far_that_reports_nothing() -> None:
    # "praised the team's many qualities, the most notable that …": أنّ is far from أشاد ("near").
    text = (
        "وأشاد المعلق بمميزات عديدة للفريق الذي فاز بالبطولة هذا العام بعد موسم طويل وصعب، أهمها أنه لم يخسر."
    )
    assert not any(q.cue is not None and q.cue.text == "وأشاد" for q in quotes_of(text))


def test_the_subject_of_praise_carries_on_to_the_next_cue() -> None:
    # أشاد with no content of its own: its subject is the one "وقالوا" continues ("carries").
    text = "وعرض الفيلم في المهرجان، وقد أشاد النقاد بمخرجه، وقالوا إنه عالج القضية بحياد."
    quote = quote_with(quotes_of(text), "عالج")
    assert quote.speaker_name == "النقاد"


# --- pretexts: بحجة / بدعوى / بزعم أنّ --------------------------------------------------------


def test_a_pretext_reports_its_that_clause() -> None:
    quote = quote_with(quotes_of("ومنعت السلطات الصحفيين من دخول المدينة بحجة أنها منطقة عسكرية."), "عسكرية")
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.text == "بحجة"
    assert quote.content.text == "منطقة عسكرية"


def test_a_pretext_named_by_a_noun_reports_nothing() -> None:
    # "under the pretext of fighting terrorism": أنّ further on belongs to another clause ("next").
    text = "ودخل الجيش المدينة بحجة محاربة الإرهاب، ولم يدرك السكان أن الحصار سيطول."
    assert not any(q.cue is not None and q.cue.text == "بحجة" for q in quotes_of(text))


# --- أظهر "showed": a study, report or inquiry, not figures --------------------------------


def test_a_study_showed_that() -> None:
    quote = quote_with(quotes_of("وأظهرت دراسة جديدة أن نصف الطلاب يعانون من قلة النوم."), "قلة النوم")
    assert quote.kind == "indirect"
    assert quote.cue is not None and quote.cue.text == "وأظهرت"


def test_figures_showing_report_no_one() -> None:
    assert _contents("وأظهرت البيانات أن الصادرات ارتفعت بنسبة خمسة في المئة.") == []


def test_a_team_that_showed_it_can_win_says_nothing() -> None:
    assert _contents("وأظهر الفريق الأسبوع الماضي أنه قادر على المنافسة.") == []


def test_showing_without_a_study_is_no_nested_quote() -> None:
    text = 'وقال المدرب: "أظهرنا اليوم أننا نملك الكثير من الطموح".'
    assert not any(c.startswith("نملك") for c in _contents(text))


# --- قدّر "estimated" and the noun قدر "amount" ------------------------------------------------


def test_experts_estimated_that() -> None:
    quote = quote_with(quotes_of("وقدر الخبراء أن الخسائر تتجاوز مليار دولار."), "الخسائر")
    assert quote.cue is not None and quote.cue.text == "وقدر"
    assert quote.speaker is not None and quote.speaker.text == "الخبراء"


def test_an_estimate_whose_subject_has_a_relative_clause() -> None:
    text = "وقدّر البحث الذي نشرته الجامعة أن عدد السكان سيتضاعف."
    quote = quote_with(quotes_of(text), "سيتضاعف")
    assert quote.cue is not None and quote.cue.text == "وقدّر"


def test_as_far_as_possible_is_no_estimate() -> None:
    for text in (
        "وسنحاول قدر الإمكان أن نقدم عروضا جديدة للجمهور.",
        "وقال المدير: نحن على قدر المسؤولية ونأمل أن ننجح.",
    ):
        assert not any(q.cue is not None and "قدر" in q.cue.text for q in quotes_of(text))


def test_quote_marks_after_an_estimate_are_another_phrase() -> None:
    # "estimated at 5 million, … which 'the fund' lends": قدّر reports only through أنّ ("clause").
    text = 'ووقعت الحكومة اتفاقية بقيمة قدرت بخمسة ملايين دينار، تمنحها "الوكالة" للشباب.'
    assert not any(c == "الوكالة" for c in _contents(text))


def test_quote_marks_after_a_verb_of_estimating_are_not_its_content() -> None:
    # قدّر and أظهر report only through أنّ ("clause"): the marks past the object are the writer's.
    for text in (
        'وقدر تقرير البنك حجم الخسائر بعشرات الملايين، "وهو رقم لم تشهده البلاد من قبل".',
        'وأظهر تقرير البنك حجم الخسائر الكبيرة، "وهو رقم لم تشهده البلاد من قبل".',
    ):
        assert _contents(text) == [], text


# --- ردّد "chanted, repeated" ----------------------------------------------------------------


def test_chanting_protesters_are_quoted() -> None:
    quote = quote_with(quotes_of('وكان المحتجون يرددون "الشعب يريد إسقاط الحكومة" أمام البرلمان.'), "الشعب")
    assert quote.kind == "direct"
    assert quote.cue is not None and quote.cue.text == "يرددون"


def test_one_repeated_word_is_no_chant() -> None:
    text = 'واتهم الوزير خصومه بالكذب بعدما ردد "مؤامرة" في كل خطاباته.'
    assert not any(q.cue is not None and q.cue.text == "ردد" for q in quotes_of(text))


def test_hesitated_and_rumoured_are_not_chanted() -> None:
    # تردد "hesitated / was rumoured" is not the imperfect of ردّد.
    lexicon = load_cues()
    assert lexicon.lookup("تردد") is None
    assert lexicon.lookup("ترددت") is None
    assert lexicon.lookup("يرددون") is not None


# --- forms that spell other words -------------------------------------------------------------


def test_forms_that_spell_nouns_are_no_cues() -> None:
    lexicon = load_cues()
    for word in ("قدرته", "قدرها", "نشيد", "اثني", "الحاكم"):
        assert lexicon.lookup(word) is None, word


def test_believing_participle() -> None:
    quote = quote_with(
        quotes_of("وتخلى الناخبون عن الحزب، معتقدين أن قادته فشلوا في تحسين الاقتصاد."), "فشلوا"
    )
    assert quote.cue is not None and quote.cue.text == "معتقدين"


def test_arguing_that() -> None:
    quote = quote_with(quotes_of("وجادلت الحكومة بأن القانون الجديد لا يمس حرية الصحافة."), "حرية")
    assert quote.cue is not None and quote.cue.text == "وجادلت"


def test_instructing_with_bi() -> None:
    quote = quote_with(quotes_of("وأوعزت وزارة التعليم إلى المدارس بتأجيل الامتحانات."), "بتأجيل")
    assert quote.kind == "nominal"
    assert quote.cue is not None and quote.cue.text == "وأوعزت"
