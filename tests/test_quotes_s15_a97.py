"""Quote stage, attribution round a97 on issue 19: the subject ends before the object of a
verb that takes one (frame dobj), second step.
- A place or body the earlier stages found right after the verb is complete where its mention
  ends: "وتتهم أنقرة غولن بـ"، "ويدعو مجلس الأمن جميع الأطراف".
- A group quantifier (الجميع، المئات، جميع) or "المجتمع الدولي" after a complete definite subject
  opens the object: "ونصحت السلطات المئات بـ"، "ودعا البيان المجتمع الدولي إلى". After an
  indefinite word it is that word's second term ("منظمات المجتمع المدني").
Every sentence here is written for the test.
"""

from __future__ import annotations

from qawl.pipeline import Pipeline
from tests.quote_helpers import speakers_and_names


def test_place_ends_the_subject_before_a_person_object(pipeline: Pipeline) -> None:
    text = 'وتتهم أنقرة غولن بأنه "دبر محاولة الانقلاب".'
    assert speakers_and_names(pipeline, text) == [("أنقرة", "أنقرة")]


def test_body_ends_the_subject_before_a_quantifier(pipeline: Pipeline) -> None:
    text = 'ويدعو مجلس الأمن جميع الأطراف إلى "وقف القتال فورا".'
    assert speakers_and_names(pipeline, text)[0][0] == "مجلس الأمن"


def test_group_quantifier_after_a_definite_subject(pipeline: Pipeline) -> None:
    text = 'ونصحت السلطات المئات بأن "يغادروا المنطقة فورا".'
    assert speakers_and_names(pipeline, text) == [("السلطات", "السلطات")]


def test_all_after_a_title_with_its_adjective(pipeline: Pipeline) -> None:
    text = 'وحث الرئيس اليمني الجميع على "العمل معا".'
    assert speakers_and_names(pipeline, text)[0][0] == "الرئيس اليمني"


def test_international_community_after_a_definite_subject(pipeline: Pipeline) -> None:
    text = 'ودعا البيان المجتمع الدولي إلى "التحرك العاجل".'
    assert speakers_and_names(pipeline, text)[0][0] == "البيان"


def test_international_community_as_second_term_stays(pipeline: Pipeline) -> None:
    # Guard: after an indefinite word the phrase is one construct ("منظمات المجتمع").
    text = 'ودعت منظمات المجتمع الدولي إلى "الإفراج عن المعتقلين".'
    assert speakers_and_names(pipeline, text)[0][0] == "منظمات المجتمع الدولي"


def test_body_with_its_definite_adjective_stays_whole(pipeline: Pipeline) -> None:
    # Guard: a definite word after the body's mention may be its adjective.
    text = 'وحذر مجلس الأمن الدولي الأطراف من أن "الوضع خطير".'
    assert speakers_and_names(pipeline, text)[0][0].startswith("مجلس الأمن الدولي")
