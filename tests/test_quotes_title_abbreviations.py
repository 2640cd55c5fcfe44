"""A title written as an abbreviation before a name: د. (الدكتور), spaced ("د. سامي يوسف") or
glued ("د.سامي يوسف"). The letter and its period are the title, the words after it the name; the
period ends no sentence and splits no speaker phrase (without that the verb finds no subject and,
the period standing between the verb and إن, the quote is lost)."""

from __future__ import annotations

from quote_helpers import quote_fields, speaker_with


def test_spaced_doctor_abbreviation_before_the_name() -> None:
    text = "وقال د. رامي نصار إن الخطة الجديدة ستخفض الأسعار."
    assert speaker_with(text, "الخطة الجديدة") == ("رامي نصار", "رامي نصار")


def test_glued_doctor_abbreviation_before_the_name() -> None:
    text = "وأكدت د.هالة منصور أن المستشفى يحتاج إلى أجهزة حديثة."
    assert speaker_with(text, "المستشفى يحتاج") == ("هالة منصور", "هالة منصور")


def test_doctor_abbreviation_with_apposition_and_addressee() -> None:
    text = "يقول د. كمال حسون، رئيس قسم الجراحة في المستشفى، للصحيفة إن عدد الأطباء لا يكفي."
    assert speaker_with(text, "عدد الأطباء") == ("كمال حسون", "كمال حسون")


def test_abbreviation_period_is_no_sentence_end_for_the_cue() -> None:
    # Verb, abbreviation, name, then إن: one clause, one indirect quote.
    fields = quote_fields("ويرى د. منير عواد أن الحل سياسي.")
    assert [(kind, content) for kind, content, _, _ in fields] == [("indirect", "الحل سياسي")]
