"""Detection round 30 (census of fresh Jawhara FM news): the object of دعا before لـ, a date
between the verb and its subject, a new report after a noun phrase, and speech not made.

- A nisba right after دعا is its object (ودعا التونسيين لاسترجاع …), not an adjective naming a
  body's purpose.
- A date between the verb and a subject set off by commas does not hide the object after them.
- A noun-phrase content ends at a bare verb of saying whose subject and colon follow.
- After دون أن / بدون أن the verb of saying is speech not made; an indefinite noun of evidence
  before تشير makes the verb "indicate".
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents

from qawl.pipeline import Pipeline


def test_nisba_right_after_da_a_is_its_object(pipeline: Pipeline) -> None:
    text = "ودعا الوزير في ختام كلمته. ودعا الجزائريين لمقاطعة الانتخابات القادمة."
    assert ("nominal", "لمقاطعة الانتخابات القادمة") in kinds_and_contents(pipeline, text)


def test_nisba_after_a_body_names_its_purpose(pipeline: Pipeline) -> None:
    # look-alike: the nisba describes the body before لـ, which names the body's purpose
    text = "ودعت الهيئة الوطنية لمكافحة الفساد."
    assert kinds_and_contents(pipeline, text) == []


def test_object_after_a_date_and_a_subject_with_apposition(pipeline: Pipeline) -> None:
    text = "أكد اليوم الخميس الناطق باسم الجمعية، سامي العابد، تسجيل تجاوزات خطيرة في الانتخابات."
    assert ("nominal", "تسجيل تجاوزات خطيرة في الانتخابات") in kinds_and_contents(pipeline, text)


def test_date_then_subject_then_person_gives_no_object(pipeline: Pipeline) -> None:
    # look-alike: after the apposition comes a person, not an event
    text = "أعلن اليوم الاثنين المدرب، لاعب الفريق السابق، اللاعبين المدعوين للتربص."
    assert kinds_and_contents(pipeline, text) == []


def test_noun_phrase_content_ends_before_a_colon_report(pipeline: Pipeline) -> None:
    text = (
        "ووصف الإجراء بالخطوة الجريئة التي طال انتظارها وفي ختام اللقاء قال المدير: "
        '"سنواصل العمل بنفس النسق".'
    )
    quotes = kinds_and_contents(pipeline, text)
    assert ("direct", "سنواصل العمل بنفس النسق") in quotes
    assert ("nominal", "بالخطوة الجريئة التي طال انتظارها وفي ختام اللقاء") in quotes


def test_relative_verb_of_saying_stays_in_the_noun_phrase(pipeline: Pipeline) -> None:
    # look-alike: the verb after التي belongs to the noun phrase, and no colon follows it
    text = "ودعا إلى مراجعة الاتفاقيات التي قال إنها أضرت بالاقتصاد الوطني."
    assert ("nominal", "مراجعة الاتفاقيات التي قال إنها أضرت بالاقتصاد الوطني") in kinds_and_contents(
        pipeline, text
    )


def test_speech_not_made_after_without(pipeline: Pipeline) -> None:
    text = "وعبر الحدود سيرا على الأقدام، دون أن يطالب بوثائق هويته."
    assert kinds_and_contents(pipeline, text) == []


def test_speech_before_another_event_is_made(pipeline: Pipeline) -> None:
    # look-alike: قبل أن is a time clause; the report is real
    text = "وقبل أن يشدد على أن الوضع خطير، قدم الوزير أرقاما جديدة."
    assert ("indirect", "الوضع خطير") in kinds_and_contents(pipeline, text)


def test_symptoms_indicate(pipeline: Pipeline) -> None:
    text = "وتمت ملاحظة عدة أعراض تشير إلى إصابة القطيع بالحمى."
    assert kinds_and_contents(pipeline, text) == []


def test_a_source_before_indicates_speaks(pipeline: Pipeline) -> None:
    # look-alike: the subject of وتشير is the body named before, not a noun of evidence
    text = "وقالت المندوبية إن الوضع مستقر، وتشير إلى أن المرض غير معد للإنسان."
    assert ("indirect", "المرض غير معد للإنسان") in kinds_and_contents(pipeline, text)
