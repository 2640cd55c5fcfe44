"""Round d59 (issue 19, quote detection part A: nominal quotes after verbal nouns). A verbal noun
of saying finds its complement past what may stand between the two: a time adverbial or an
agreeing adjective after its possessive pronoun (إعلانه مراراً براءته، مطالبته المتكررة بـ);
its subject in the genitive before its object (بعد إعلان الرياض تقديم …); a source after من
(مناشدات من جماعات … بـ). Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def _by_cue(text: str, cue: str) -> list[tuple[str, str, str | None, str | None]]:
    return [q for q in quote_fields(text) if q[2] == cue]


# ------------------------------------------- a possessed verbal noun, an adverbial, its complement


def test_possessed_noun_time_adverb_then_object() -> None:
    got = _by_cue("ورغم إعلانه مرارا براءته، أدانت المحكمة اللاعب.", "إعلانه")
    assert got == [("nominal", "براءته", "إعلانه", None)]


def test_possessed_noun_time_phrase_then_preposition() -> None:
    got = _by_cue("ورحب الحزب بإعلانها قبل أسابيع عن خطة جديدة للإصلاح.", "بإعلانها")
    assert got == [("nominal", "خطة جديدة للإصلاح", "بإعلانها", None)]


def test_possessed_noun_month_and_past_then_preposition() -> None:
    text = "وتلقت الوزارة انتقادات بعد إعلانها نوفمبر الماضي عن قرارها رفع أسعار الخبز."
    assert _by_cue(text, "إعلانها") == [("nominal", "قرارها رفع أسعار الخبز", "إعلانها", None)]


def test_possessed_noun_agreeing_adjective_then_bi() -> None:
    got = _by_cue("واستقال المدير بعد مطالبته المتكررة بإجراء تدقيق في الحسابات.", "مطالبته")
    assert got == [("nominal", "بإجراء تدقيق في الحسابات", "مطالبته", None)]


def test_possessed_noun_yesterday_then_verbal_noun_object() -> None:
    got = _by_cue("وتراجعت حدة المعارك بعد إعلانه أمس انسحاب قواته من البلدة.", "إعلانه")
    assert got == [("nominal", "انسحاب قواته من البلدة", "إعلانه", None)]


def test_possessed_noun_adjective_then_noun_is_no_object() -> None:
    # Past an adjective only a preposition opens the complement; a noun there heads another phrase.
    assert _by_cue("وأثار إعلانه الأخير تحركات في الشارع.", "إعلانه") == []


# ------------------------------------------------------- the verbal noun's subject, then its object


def test_genitive_subject_then_verbal_noun_object() -> None:
    got = _by_cue("وهدأت الأسواق بعد إعلان الحكومة تقديم دعم مالي للمزارعين.", "إعلان")
    assert got == [("nominal", "تقديم دعم مالي للمزارعين", "إعلان", "الحكومة")]


def test_genitive_subject_time_word_then_object() -> None:
    got = _by_cue("وبعد إعلان الوزارة أمس تأجيل الامتحانات، عاد الطلاب إلى منازلهم.", "إعلان")
    assert got == [("nominal", "تأجيل الامتحانات", "إعلان", "الوزارة")]


def test_verbal_noun_as_subject_of_a_verb_takes_no_object() -> None:
    # "أثار إعلانُ الحكومة اهتمامَ …": the noun after the genitive is أثار's object.
    assert _by_cue("وأثار إعلان الحكومة اهتمام المستثمرين الأجانب.", "إعلان") == []


def test_genitive_subject_without_object_is_no_quote() -> None:
    assert _by_cue("وجاء ذلك بعد إعلان نتائج الانتخابات البلدية.", "إعلان") == []


# ------------------------------------------------------------------------ a source after من


def test_source_after_min_then_bi_complement() -> None:
    got = _by_cue("وتواصل الإضراب رغم مناشدات من نقابات مهنية بالعودة إلى العمل.", "مناشدات")
    assert got == [("nominal", "بالعودة إلى العمل", "مناشدات", "نقابات مهنية")]


def test_source_after_min_janib_then_complementizer() -> None:
    got = _by_cue("وارتفعت الأسهم بعد إعلان من جانب البنك المركزي بأنه سيخفض الفائدة.", "إعلان")
    assert [q[:3] for q in got] == [("indirect", "سيخفض الفائدة", "إعلان")]
    assert got[0][3] is not None and "البنك المركزي" in got[0][3]


def test_warning_from_keeps_min_for_its_content() -> None:
    # تحذيرات من …: من opens the content of a noun of warning, never its source.
    assert _by_cue("وتجاهلت البلدية التحذيرات من خطر الفيضانات.", "التحذيرات") == []
