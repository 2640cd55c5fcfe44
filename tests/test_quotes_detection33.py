"""Detection round 33 (census of 39 fresh multisource articles): source phrases and quotation marks.

- A source word's لـ on a title ("ووفقا لوزير المالية X، فإن …"، "وفقا للسيد X،") is the source;
  the name after the title is the speaker.
- One definite word that an earlier quote's speaker holds after its first word ("وكالة الأنباء
  "الأناضول""، "فهران الصديد") names that source again: "…، بحسب الأناضول.".
- "…، وفقا لـX، وأضاف أنه …": و + a verb of saying after the phrase's comma opens a report of its
  own, so the phrase attributes the clause before it.
- In "بحسب ما أكده لمراسلنا، مصدر أمني" the ل-phrase is whom it was said to; the source follows
  its comma.
- "من شأنه أن" "would": the أنّ is شأن's, not the content of a cue further back.
- '"…".. بهذه الكلمات وصف X …': the verb's quote is the one the phrase points back to.
- A straight quotation mark with letters or spaces on both sides (قال ترامب"نعقد …"، قال X " نحن …")
  opens when no mark is open, if a closing mark follows within a short span; after a colon it opens.
"""

from __future__ import annotations

from quote_helpers import record_quotes

from qawl.extractors.quotes.marks import pair_marks
from qawl.pipeline import Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (q["kind"], q["content"]["text"], (q.get("cue") or {}).get("text"), q.get("speaker_name"))
        for q in record_quotes(pipeline, text)
    ]


def test_li_title_after_a_source_word_is_the_source(pipeline: Pipeline) -> None:
    text = "ووفقا لوزير المالية جمال الكردي، فإن العجز سيتراجع خلال العام المقبل."
    found = _quotes(pipeline, text)
    assert [(q[1], q[2], q[3]) for q in found] == [
        ("العجز سيتراجع خلال العام المقبل", "ووفقا", "جمال الكردي")
    ]


def test_li_honorific_after_a_source_word_gives_the_name(pipeline: Pipeline) -> None:
    text = "ووفقا للسيد هاردينغ، فإن الهيئة تحتاج إلى موارد إضافية لمراقبة الأسواق."
    found = _quotes(pipeline, text)
    assert [(q[1], q[3]) for q in found] == [("الهيئة تحتاج إلى موارد إضافية لمراقبة الأسواق", "هاردينغ")]


def test_li_rule_after_a_source_word_stays_no_source(pipeline: Pipeline) -> None:
    text = "وتم توزيع المساعدات، وفقا للقانون، على العائلات المتضررة."
    assert _quotes(pipeline, text) == []


def test_definite_name_given_by_an_earlier_speaker_is_a_source(pipeline: Pipeline) -> None:
    text = (
        'أصدرت محكمة حكما بسجن صحافيين، حسب ما أفادت وكالة الأنباء "الأناضول". '
        "ووجهت إلى المتهمين تهمة التآمر على الدولة، بحسب الأناضول."
    )
    found = _quotes(pipeline, text)
    assert ("indirect", "ووجهت إلى المتهمين تهمة التآمر على الدولة", "بحسب", "الأناضول") in found


def test_definite_common_noun_after_a_source_word_stays_no_source(pipeline: Pipeline) -> None:
    text = "وقال المتحدث باسم الوزارة إن الاتفاق مهم. وستنطلق الأشغال في الربيع، بحسب الخطة."
    assert [q[2] for q in _quotes(pipeline, text)] == ["وقال"]


def test_phrase_before_a_coordinated_verb_of_saying_closes_its_clause(pipeline: Pipeline) -> None:
    text = (
        "وقال قائد الشرطة رونالد بيلا إن الموقوف مصري. "
        "ودخل الموقوف البلاد قبل عامين بجواز مزور، وفقا لبيلا، وأضاف أنه زار ماليزيا."
    )
    found = {q[2]: q for q in _quotes(pipeline, text)}
    assert found["وفقا"][1] == "ودخل الموقوف البلاد قبل عامين بجواز مزور"
    # The report after the phrase keeps the speaker the phrase names.
    assert "بيلا" in found["وفقا"][3] and "بيلا" in found["وأضاف"][3]


def test_addressee_after_the_verb_of_a_source_phrase_is_skipped(pipeline: Pipeline) -> None:
    text = "وتم حجز كمية من اللحوم الفاسدة بالسوق، بحسب ما أكده لمراسلنا، رئيس فرقة المراقبة الصحية."
    found = _quotes(pipeline, text)
    assert [(q[1], q[3]) for q in found] == [
        ("وتم حجز كمية من اللحوم الفاسدة بالسوق", "رئيس فرقة المراقبة الصحية")
    ]


def test_that_after_min_shaan_is_no_content(pipeline: Pipeline) -> None:
    text = "أعلنت الحكومة الأحد تخفيض أسعار الوقود، في خطوة من شأنها أن تخفف الأعباء عن الأسر."
    assert [q[:2] for q in _quotes(pipeline, text)] == [("nominal", "تخفيض أسعار الوقود")]


def test_that_after_a_cue_still_opens_its_content(pipeline: Pipeline) -> None:
    text = "وأكد الوزير أن من شأن هذا الاتفاق أن يعزز التعاون."
    assert [q[1] for q in _quotes(pipeline, text)] == ["من شأن هذا الاتفاق أن يعزز التعاون"]


def test_these_words_point_back_to_the_quote(pipeline: Pipeline) -> None:
    text = '"لقد حان وقت الرحيل".. بهذه الكلمات أعلن المدرب كارلوس بيريز، الأحد، نهاية مسيرته.'
    found = _quotes(pipeline, text)
    assert [(q[0], q[1], q[2], q[3]) for q in found] == [
        ("direct", "لقد حان وقت الرحيل", "أعلن", "كارلوس بيريز")
    ]


def test_these_words_after_no_quote_change_nothing(pipeline: Pipeline) -> None:
    text = "وأشاد الوزير بهذه الكلمات التي قالها الرئيس."
    assert _quotes(pipeline, text) == []


def test_mark_glued_to_the_speaker_opens_the_quote(pipeline: Pipeline) -> None:
    text = 'وقال الرئيس"سنعقد عددا من الاجتماعات اليوم".'
    assert [q[:2] for q in _quotes(pipeline, text)] == [("direct", "سنعقد عددا من الاجتماعات اليوم")]


def test_mark_set_apart_by_spaces_opens_the_quote(pipeline: Pipeline) -> None:
    text = 'وبهذه المناسبة، قال المدير " نحن سعداء بهذا العقد المهم".'
    assert [q[:2] for q in _quotes(pipeline, text)] == [("direct", "نحن سعداء بهذا العقد المهم")]


def test_stray_mark_with_no_close_nearby_is_dropped() -> None:
    text = 'وقال إن " الأمر مهم' + " وكان الاجتماع طويلا" * 40 + ' وانتهى ".'
    assert pair_marks(text) == []


def test_mark_after_a_colon_opens() -> None:
    text = 'وينص الفصل على ما يلي :" يحجر سحب الجنسية". وقال إن " الأمر مهم'
    pairs = pair_marks(text)
    assert [(p.open, p.close) for p in pairs] == [(text.index('"'), text.index('".'))]


def test_closing_mark_after_a_word_still_closes() -> None:
    text = 'وقال "نحن هنا" ثم غادر.'
    pairs = pair_marks(text)
    assert [(p.open, p.close) for p in pairs] == [(5, 13)]


def test_marks_before_the_complementizer_name_a_topic(pipeline: Pipeline) -> None:
    text = (
        'وقال الوزير، خلال افتتاح الندوة الوطنية حول " إصلاح منظومة الحماية: من الإحاطة إلى الحقوق"، '
        "إن الحكومة ستصلح المنظومة."
    )
    assert [q[:2] for q in _quotes(pipeline, text)] == [("indirect", "الحكومة ستصلح المنظومة")]
