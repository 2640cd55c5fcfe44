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


def test_abbreviation_between_a_post_and_its_holder() -> None:
    # The post, then the abbreviated rank, then the holder's name (titles.split_title).
    text = "وقال وزير الصحة د. مازن عطية خلال زيارته للمستشفى، إن الأدوية متوفرة."
    assert speaker_with(text, "الأدوية متوفرة") == ("مازن عطية", "مازن عطية")


def test_abbreviated_holder_set_off_by_commas_after_the_post() -> None:
    text = "أعلن رئيس الجامعة، د. وليد قاسم، أن الدراسة ستستأنف الأسبوع المقبل."
    assert speaker_with(text, "الدراسة ستستأنف") == ("وليد قاسم", "وليد قاسم")


def test_family_name_alone_later_points_to_the_abbreviated_name() -> None:
    # "د. X Y" is a full name (the name index holds it), and the family name alone is that person.
    text = "أعدّ التقرير د. نادر سلوم، الباحث في علم الاجتماع. وحذر سلوم من أن العزلة تزيد القلق لدى الشباب."
    assert speaker_with(text, "العزلة تزيد") == ("سلوم", "نادر سلوم")
