"""Detection round 37 (census of 60 Jawhara FM articles): a verb that reports only with its
preposition (نقل عن) and quoted names described by what follows them.

- نقل with no عن before the next comma, complementizer or mark carries or broadcasts ("في كلمة
  نقلها التلفزيون"، "في بيان، نقلته الوكالة، أن …"): it no longer ends the walk of the verb of
  saying before it.
- Short marks after a word of the subject with a relative pronoun or a definite relational
  adjective right after them hold a name (شركة "أليتاليا" التي …، صحيفة "ذي غارديان" البريطانية).
- ناشد takes its appeal as a bare verbal noun after the person appealed to (ناشد X تسهيل …).
"""

from __future__ import annotations

from quote_helpers import cues_and_speakers, kinds_contents_and_cues

from qawl.pipeline import Pipeline


def test_broadcast_verb_inside_the_occasion_passes_to_the_quote(pipeline: Pipeline) -> None:
    text = 'وقال الوزير في كلمة له أمام النواب نقلها التلفزيون الرسمي على الهواء "سنواصل العمل".'
    assert kinds_contents_and_cues(pipeline, text) == [("direct", "سنواصل العمل", "وقال")]
    assert cues_and_speakers(pipeline, text) == [("وقال", "الوزير")]


def test_carried_statement_set_off_by_commas(pipeline: Pipeline) -> None:
    text = "وأوضح البنك في بيان، نقلته وكالة الأنباء اليوم الثلاثاء، أن النمو تراجع في الربع الأول."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "النمو تراجع في الربع الأول", "وأوضح")]
    assert cues_and_speakers(pipeline, text) == [("وأوضح", "البنك")]


def test_broadcast_with_its_own_conjunction(pipeline: Pipeline) -> None:
    text = "قال الرئيس في خطاب ألقاه اليوم ونقل مباشرة بمناسبة العيد إن الشعب انتصر."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "الشعب انتصر", "قال")]


def test_relay_with_an_still_relays(pipeline: Pipeline) -> None:
    # Look-alike: with عن نقل relays, and its own report carries the content.
    text = "ونقلت الوكالة عن الوزير قوله إن المفاوضات ستستأنف قريبا."
    assert kinds_contents_and_cues(pipeline, text) == [("indirect", "المفاوضات ستستأنف قريبا", "ونقلت")]
    assert cues_and_speakers(pipeline, text) == [("ونقلت", "الوزير")]


def test_transport_inside_the_content_stays_content(pipeline: Pipeline) -> None:
    text = "وقال الوزير إن الحكومة نقلت المعدات إلى الجنوب."
    assert kinds_contents_and_cues(pipeline, text) == [
        ("indirect", "الحكومة نقلت المعدات إلى الجنوب", "وقال")
    ]


def test_quoted_name_with_a_relative_after_it(pipeline: Pipeline) -> None:
    text = 'أعلنت شركة الطيران الإيطالية "أليتاليا" التي تمر بصعوبات مالية خطة جديدة للسنة المقبلة.'
    assert all(q[1] != "أليتاليا" for q in kinds_contents_and_cues(pipeline, text))


def test_quoted_name_with_a_relational_adjective_after_it(pipeline: Pipeline) -> None:
    text = 'ولاحظ تقرير نشرته "ذي تايمز" البريطانية اليوم تزايدا في الأسعار.'
    assert kinds_contents_and_cues(pipeline, text) == []


def test_words_said_after_the_subject_stay_direct(pipeline: Pipeline) -> None:
    # Look-alike: short marks after the subject that end their clause hold words said.
    text = 'وقال الوزير "لن نتراجع" وغادر القاعة.'
    assert kinds_contents_and_cues(pipeline, text) == [("direct", "لن نتراجع", "وقال")]


def test_appeal_as_a_bare_verbal_noun(pipeline: Pipeline) -> None:
    text = "وناشدت النقابة رئيس الجمهورية التدخل العاجل لحل الأزمة."
    assert kinds_contents_and_cues(pipeline, text) == [("nominal", "التدخل العاجل لحل الأزمة", "وناشدت")]
    assert cues_and_speakers(pipeline, text) == [("وناشدت", "النقابة")]


def test_appeal_to_a_place_phrase_is_no_quote(pipeline: Pipeline) -> None:
    # Look-alike: a person appealed to and a place, no appeal.
    text = "وناشد اللاعب جماهير النادي في المدرجات."
    assert kinds_contents_and_cues(pipeline, text) == []


def test_carrying_verb_outside_an_occasion_still_ends_the_walk(pipeline: Pipeline) -> None:
    # Look-alike: يحمل "carries" after no occasion of speech opens a clause of its own; the marks
    # further on are no content of أشار.
    text = 'وأشار المدرب لما يحدث بشكل لا يحمل استغرابا لأنه اليوم، لا بقاء إلا لصاحب "اليوروهات" فقط.'
    assert all(q[1] != "اليوروهات" for q in kinds_contents_and_cues(pipeline, text))


def test_adjective_of_the_last_marked_word_leaves_words_said(pipeline: Pipeline) -> None:
    # Look-alike: the adjective after the marks may belong to their last word (الدولة اللبنانية).
    text = 'وظهر الرجل قائلا في التسجيل "أين هي الدولة" اللبنانية.'
    assert [q[1] for q in kinds_contents_and_cues(pipeline, text)] == ["أين هي الدولة"]
