"""و + a definite noun or a name right before a singular imperfect verb of saying opens a clause of
its own ("طهران تحذر … وخامنئي يصف …"): the noun after و is the verb's subject, not the speaker of
the clause before it."""

from __future__ import annotations

from quote_helpers import quote_fields_with_cue


def _speaker(text: str, cue: str) -> str | None:
    found = quote_fields_with_cue(text, cue)
    assert len(found) == 1, found
    return found[0][3]


def test_the_definite_noun_after_wa_is_the_subject_of_the_headline_verb() -> None:
    text = "مظاهرات حاشدة في عدة مدن والرئيس الفرنسي يؤكد أن الإصلاح ماض رغم الاحتجاجات"
    assert _speaker(text, "يؤكد") == "الرئيس الفرنسي"


def test_an_organisation_after_wa_speaks_for_itself() -> None:
    text = "غارات جديدة على مدينة حمص والأمم المتحدة تدعو إلى وقف فوري للقتال"
    assert _speaker(text, "تدعو") == "الأمم المتحدة"


def test_two_definite_nouns_joined_by_wa_are_one_subject() -> None:
    # Look-alike: a definite noun right before the و-word makes the two one phrase (things, with
    # the feminine singular verb), so the second alone is not the subject.
    text = "الأقمار الصناعية والخرائط الجوية توضح أن العاصفة تقترب من الساحل"
    assert "الخرائط" not in (_speaker(text, "توضح") or "")
