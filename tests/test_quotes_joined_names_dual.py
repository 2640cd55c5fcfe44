"""Names joined by و as the speaker a later dual or plural cue continues (a131).

"وقال بوتين وأردوغان إن …، وشددا على …": the subject is two people, so the dual verb after it
has them as its dropped subject; a singular verb does not.
"""

from __future__ import annotations

from quote_helpers import speaker_name_with


def test_a_dual_verb_continues_names_joined_by_wa() -> None:
    text = (
        "وتحدث أردوغان عن الاتفاق أمس. "
        "وقال بوتين وأردوغان إن القرار كان خاطئا، وشددا على أهمية الحفاظ على الاتفاق."
    )
    assert speaker_name_with(text, "أهمية الحفاظ") == "بوتين وأردوغان"


def test_a_dual_verb_in_the_next_sentence() -> None:
    text = "وزار بوتين أنقرة. وقال أردوغان وبوتين إن القرار كان خاطئا. وأكدا أن الاتفاق مهم."
    assert speaker_name_with(text, "الاتفاق مهم") == "أردوغان وبوتين"


def test_a_given_name_in_waw_is_one_person() -> None:
    text = "وقال وليد جنبلاط إن القرار كان خاطئا. وأكدا أن الاتفاق مهم."
    assert speaker_name_with(text, "الاتفاق مهم") is None
