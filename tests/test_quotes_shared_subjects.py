"""Subjects shared across a clause (a123): the subject of a clause that reports nothing goes on
to the subjectless cue of its sentence.

- "…، بينما رفض حزب العمال هذا الموعد، إذ اعتبر أن …": a clause of cause or circumstance (إذ،
  حيث) that the cue itself opens has no subject of its own; it explains the clause before it
  and shares its subject.
- "…، بينما رفض حزب العمال، الذي يقود المعارضة، هذا الموعد، واعتبر": a relative clause right
  after the subject describes that subject; it names no one else.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_a_clause_the_cue_opens_with_idh_shares_the_subject() -> None:
    text = (
        "وقال وزير الداخلية إن الموعد نهائي، بينما رفض حزب العمال هذا الموعد، "
        "إذ اعتبر أن الوقت غير مناسب للتعليق."
    )
    assert _name(text, "الوقت غير مناسب") == "حزب العمال"


def test_a_clause_the_cue_opens_with_haythu_shares_the_subject() -> None:
    text = (
        "وكان وزير الداخلية قد أعلن أن الموعد نهائي، بينما رفض حزب العمال هذا الموعد، "
        "حيث اعتبر أن الوقت غير مناسب للتعليق."
    )
    assert _name(text, "الوقت غير مناسب") == "حزب العمال"


def test_a_relative_clause_on_the_subject_names_no_other_subject() -> None:
    text = (
        "وقال وزير الداخلية إن الموعد نهائي، بينما رفض حزب العمال، الذي يقود المعارضة، هذا الموعد، "
        "واعتبر أن الوقت غير مناسب للتعليق."
    )
    assert _name(text, "الوقت غير مناسب") == "حزب العمال"
