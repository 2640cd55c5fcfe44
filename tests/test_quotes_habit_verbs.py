"""Verbs of habit or haste (a123): the subject of دأب، حرص، أصر، سارع، عمد، اعتاد is the agent of
the verbal noun cue they govern through على or إلى; the noun after that verbal noun is its
object, not its speaker.

- "…، إذ دأبت الحكومة على اتهام النقابات بـ…": the subject after the verb.
- "وقال المحامي إن الشهود اعتادوا على وصف …": the subject before the verb, after إن.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_the_subject_after_a_verb_of_habit_is_the_agent() -> None:
    text = 'وقال رئيس النقابة: "الإضراب مستمر"، إذ دأبت الحكومة على اتهام النقابات بعرقلة الإصلاحات.'
    assert _name(text, "بعرقلة الإصلاحات") == "الحكومة"


def test_the_subject_before_a_verb_of_habit_after_inna_is_the_agent() -> None:
    text = 'وقال المحامي إن مسؤولي الشركة اعتادوا على وصف الحادث بأنه "خطأ فني بسيط".'
    described = [q for q in quotes_of(text) if q.cue is not None and q.cue.text == "وصف"]
    assert [q.speaker_name for q in described] == ["مسؤولي الشركة"]
