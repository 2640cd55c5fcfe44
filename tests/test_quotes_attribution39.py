"""Attribution round 39: the subject of the clause that governs a subjectless cue.

- "ونفت قطر الاتهامات …، وقالت إنها": a place, body or person the earlier stages found right
  after a verb, followed by a definite noun that is no part of that name, is the verb's subject
  and the noun its object; a later subjectless cue of the sentence goes on with the subject.
- "وقال الوزير أيمن الصفدي … . ورحبت تونس بالقرار … . وقالت إنها": a feminine cue cannot go on
  with a man; when no recent speaker agrees with it, the subject of the clause just before that
  agrees with the cue (this sentence or the one before) is the one speaking.
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def _last_name(pipeline: Pipeline, text: str) -> str | None:
    return speakers_and_names(pipeline, text)[-1][1]


def test_place_then_object_is_the_clause_subject(pipeline: Pipeline) -> None:
    text = (
        "وقالت الوزارة الأردنية إن الحدود مفتوحة. ونفت قطر الاتهامات التي وجهتها لها دول الجوار، "
        "وقالت إنها تواجه حملة منظمة."
    )
    assert _last_name(pipeline, text) == "قطر"


def test_place_then_time_look_alike(pipeline: Pipeline) -> None:
    # A time after the place: the place is the object of a verb whose subject is dropped.
    text = "وقالت الوزارة الأردنية إن الحدود مفتوحة. وزارت قطر الأسبوع الماضي، وقالت إن المحادثات كانت مثمرة."
    assert _last_name(pipeline, text) == "الوزارة الأردنية"


def test_feminine_cue_takes_the_agreeing_clause_subject(pipeline: Pipeline) -> None:
    text = "وقال الوزير أيمن الصفدي إن الحدود مفتوحة. ورحبت تونس بالقرار في بيان. وقالت إنها تدعم الحوار."
    assert _last_name(pipeline, text) == "تونس"


def test_masculine_cue_look_alike(pipeline: Pipeline) -> None:
    # The masculine cue agrees with the minister: it goes on with him, not with the country.
    text = "وقال الوزير أيمن الصفدي إن الحدود مفتوحة. ورحبت تونس بالقرار في بيان. وأضاف أن بلاده تدعم الحوار."
    assert _last_name(pipeline, text) == "أيمن الصفدي"


def test_feminine_cue_after_a_woman_look_alike(pipeline: Pipeline) -> None:
    # A recent speaker agrees with the feminine cue: it goes on with her.
    text = (
        "وقالت الوزيرة هالة السعيد إن الحدود مفتوحة. ورحبت تونس بالقرار في بيان. "
        "وأضافت أن بلادها تدعم الحوار."
    )
    assert _last_name(pipeline, text) == "هالة السعيد"
