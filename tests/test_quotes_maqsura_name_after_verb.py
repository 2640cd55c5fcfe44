"""A given name written with alif maqsura right after the verb of saying ("قالت منى حداد") is the
subject's first word: the preposition with the pronoun ي ("مني"، "from me") is never written with
ى, so the name is no addressee skipped before the subject ("قال لي الوزير")."""

from __future__ import annotations

from quote_helpers import speaker_with


def test_maqsura_given_name_opens_the_subject_after_the_verb() -> None:
    text = "وقالت منى عيسى إن المدرسة ستفتح أبوابها غدا."
    assert speaker_with(text, "المدرسة ستفتح") == ("منى عيسى", "منى عيسى")


def test_preposition_with_ya_is_still_skipped_before_the_subject() -> None:
    text = "وقال لي المدير إن المدرسة ستفتح أبوابها غدا."
    assert speaker_with(text, "المدرسة ستفتح") == ("المدير", "المدير")
