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


def test_ya_written_as_maqsura_across_the_document_is_no_name() -> None:
    # The writer spells في as فى: his "لى" is لي (to me), the addressee, and the subject follows.
    text = "وفى المساء قال لى جار قديم إن المدرسة ستفتح أبوابها غدا."
    assert speaker_with(text, "المدرسة ستفتح") == ("جار قديم", "جار قديم")
