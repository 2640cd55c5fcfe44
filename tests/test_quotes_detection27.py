"""Detection round 27: source phrases whose source is an outlet, unnamed reports or figures.

"وفقا لوكالة X" writes ل on the outlet's head noun; "بحسب تقارير" names no one but reports;
"بحسب تقرير لوكالة X" / "بيان لوزير X" name the issuer after ل; "ووفقا للأرقام الرسمية" is a
written source with the article under ل. Each attributes its clause like "بحسب رويترز" does,
unless a verb of saying in that clause already reports it (the outlet then only relays).
A fronted phrase may be answered by فقد as by فإن; "حسب ذات المصدر" points back to a source.
The writer's "يذكر أن" before a trailing phrase is no part of what the source said.
"""

from __future__ import annotations

from quote_helpers import record_quotes

from qawl.pipeline import Pipeline


def _quotes(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for q in record_quotes(pipeline, text):
        speaker = (q.get("speaker") or {}).get("text")
        out.append(((q.get("cue") or {}).get("text"), q["content"]["text"], speaker))
    return out


def test_outlet_with_li_on_its_head(pipeline: Pipeline) -> None:
    text = "غادر الرئيس المستشفى بعد إجراء فحوص طبية روتينية، وفقا لوكالة الأنباء الرسمية."
    assert _quotes(pipeline, text) == [
        ("وفقا", "غادر الرئيس المستشفى بعد إجراء فحوص طبية روتينية", "وكالة الأنباء الرسمية")
    ]


def test_local_media_as_source(pipeline: Pipeline) -> None:
    text = "انهار جسر قديم في شمال البلاد بعد أمطار غزيرة، وفقا لوسائل إعلام محلية."
    assert _quotes(pipeline, text) == [
        ("وفقا", "انهار جسر قديم في شمال البلاد بعد أمطار غزيرة", "وسائل إعلام محلية")
    ]


def test_unnamed_reports_as_source(pipeline: Pipeline) -> None:
    text = "تراجعت صادرات القمح إلى أدنى مستوى لها منذ عقد، بحسب تقارير."
    assert _quotes(pipeline, text) == [("بحسب", "تراجعت صادرات القمح إلى أدنى مستوى لها منذ عقد", "تقارير")]


def test_report_of_an_outlet_fronted_and_answered(pipeline: Pipeline) -> None:
    text = "وبحسب تقرير لصحيفة محلية فإن المصنع سيغلق أبوابه نهاية الشهر."
    assert _quotes(pipeline, text) == [("وبحسب", "المصنع سيغلق أبوابه نهاية الشهر", "صحيفة محلية")]


def test_official_figures_with_the_article(pipeline: Pipeline) -> None:
    text = "ووفقا للأرقام الرسمية، ارتفع عدد السياح الوافدين بنسبة عشرة في المئة."
    quotes = _quotes(pipeline, text)
    assert [(cue, content) for cue, content, _ in quotes] == [
        ("ووفقا", "ارتفع عدد السياح الوافدين بنسبة عشرة في المئة")
    ]


def test_fa_qad_answers_a_fronted_phrase(pipeline: Pipeline) -> None:
    text = "وبحسب تقديرات أولية فقد تضرر أكثر من مئتي منزل جراء الفيضانات."
    assert _quotes(pipeline, text) == [("وبحسب", "تضرر أكثر من مئتي منزل جراء الفيضانات", "تقديرات أولية")]


# Look-alikes: the same words that are no source of what the clause says.


def test_reports_run_into_the_clause_are_no_source(pipeline: Pipeline) -> None:
    text = "وتعمل الإدارة وفقا لتقارير شهرية يعدها المدققون."
    assert _quotes(pipeline, text) == []


def test_rules_followed_are_no_source(pipeline: Pipeline) -> None:
    text = "وتتم عمليات التوظيف في الشركة، وفقا للقانون."
    assert _quotes(pipeline, text) == []


def test_outlet_relays_the_verbs_report(pipeline: Pipeline) -> None:
    text = "ونفى الجيش، في وقت لاحق، سيطرة المسلحين على البلدة، وفقا لوكالة الأنباء الرسمية."
    assert all(cue != "وفقا" for cue, _, _ in _quotes(pipeline, text))


def test_outlet_after_a_quote_cut_at_a_comma_relays_it(pipeline: Pipeline) -> None:
    text = (
        "قال رئيس الوزراء إن البلاد تمر بأيام صعبة، في ظل انهيار العملة المحلية، وفقا لوكالة الأنباء الرسمية."
    )
    assert all(cue != "وفقا" for cue, _, _ in _quotes(pipeline, text))


def test_fa_qad_before_a_verb_of_saying_is_its_report(pipeline: Pipeline) -> None:
    text = 'ووفقا لصحيفة محلية فقد أكد مصدر في الوزارة أن "القرار نهائي".'
    assert all(cue != "ووفقا" for cue, _, _ in _quotes(pipeline, text))


def test_the_same_source_points_back(pipeline: Pipeline) -> None:
    text = "وقال المدير إن المصنع سيغلق. وتتمثل الصعوبات، حسب ذات المصدر، في نقص التمويل."
    assert [cue for cue, _, _ in _quotes(pipeline, text)] == ["وقال", "حسب"]


def test_the_same_person_is_no_source(pipeline: Pipeline) -> None:
    text = "وحسب ذات الشخص، لا شيء تغير."
    assert _quotes(pipeline, text) == []


def test_writers_note_is_left_out_of_the_content(pipeline: Pipeline) -> None:
    text = "يذكر أن الصادرات تراجعت بشكل حاد خلال العام الماضي، بحسب وكالة الأنباء الرسمية."
    assert _quotes(pipeline, text) == [
        ("بحسب", "الصادرات تراجعت بشكل حاد خلال العام الماضي", "وكالة الأنباء الرسمية")
    ]


def test_mentions_with_a_subject_is_no_writers_note(pipeline: Pipeline) -> None:
    text = "ويذكر التقرير أن الصادرات تراجعت بشكل حاد، بحسب الوكالة الرسمية."
    # يذكر with its own subject is a verb of mentioning: the rule must not cut at its أن.
    assert all("التقرير" in content for cue, content, _ in _quotes(pipeline, text) if cue == "بحسب")


def test_phrase_between_verb_and_its_clause_relays_it(pipeline: Pipeline) -> None:
    text = (
        "وأعلنت الوزارة في بيان أن الهجوم فشل. "
        "واعتبرت المنظمة الدولية وفق ذات المصدر، أن انتخاب الرئيسة الجديدة مكسب للحقوقيين."
    )
    assert [cue for cue, _, _ in _quotes(pipeline, text)] == ["وأعلنت", "واعتبرت"]


def test_lost_is_no_answer(pipeline: Pipeline) -> None:
    text = "وفقد اللاعب الكرة في منتصف الملعب."
    assert _quotes(pipeline, text) == []
