"""Quote stage, attribution round a95 on issue 19: subject and object after a verb, told apart
by grammar.
- VSO after a verb: a person's name ends with the family name. When the first words after the
  verb are how the document ends one person's name ("ماكرون" of "إيمانويل ماكرون") and the phrase
  goes on, the words after it are the verb's object: another person ("ووصف ماكرون ميركل بأنها"),
  a noun ("وحذر سارّي لاعبيه من"), a place ("وانتقد كمال أوزتورك واشنطن"). A definite noun after
  the name counts only after a verb that takes an object (it may be a family name elsewhere).
- A noun governed by a preposition is never the subject: "ونفى بشكل قاطع أن" has a dropped
  subject; a title after the phrase is the subject ("وصرح بالأمس الوزير أن").
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

_MINISTER = "قال الوزير سامي العلوي إن الأرقام جيدة. "


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None, quote.speaker_name)


def test_family_name_ends_the_subject_before_another_person() -> None:
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون إن المحادثات ستستمر. وقالت المستشارة الألمانية "
        'أنغيلا ميركل إنها متفائلة. ووصف ماكرون ميركل الأسبوع الماضي بأنها "شريكة صلبة".'
    )
    assert _speaker_of(text, "شريكة صلبة") == ("ماكرون", "إيمانويل ماكرون")


def test_family_name_ends_the_subject_before_a_possessed_noun() -> None:
    text = 'أعلن المدرب الإيطالي ماوريسيو سارّي تشكيلته. وحذر سارّي لاعبيه من "الاستهتار بالخصم".'
    assert _speaker_of(text, "الاستهتار بالخصم") == ("سارّي", "ماوريسيو سارّي")


def test_full_name_ends_the_subject_before_a_place() -> None:
    text = 'قال رئيس الحزب كمال أوزتورك إن الحزب سيشارك. وانتقد كمال أوزتورك واشنطن بسبب "سياستها المتقلبة".'
    assert _speaker_of(text, "سياستها المتقلبة") == ("كمال أوزتورك", "كمال أوزتورك")
    assert _speaker_of(text, "الحزب سيشارك")[1] == "كمال أوزتورك"


def test_definite_family_name_before_another_family_name() -> None:
    text = (
        _MINISTER + "وقالت الوزيرة هالة الكردي إن الخطة جاهزة. وطالب العلوي الكردي بتقديم الخطة إلى البرلمان."
    )
    assert _speaker_of(text, "بتقديم الخطة") == ("العلوي", "سامي العلوي")


def test_adverbial_after_bi_is_no_subject() -> None:
    text = _MINISTER + "ونفى بشكل قاطع أن تكون الحكومة قد تراجعت."
    assert _speaker_of(text, "تكون الحكومة") == (None, "سامي العلوي")


def test_title_after_the_adverbial_is_the_subject() -> None:
    text = _MINISTER + "وصرح بالأمس الوزير أن الخطة جاهزة."
    assert _speaker_of(text, "الخطة جاهزة") == ("الوزير", "سامي العلوي")


def test_name_the_document_writes_whole_is_not_split() -> None:
    text = (
        "قال الوزير خالد يوسف إن الأرقام جيدة. وقال المدير يوسف حسن إن العمل مستمر. "
        "ودعا يوسف حسن الموظفين إلى الالتزام بالمواعيد."
    )
    assert _speaker_of(text, "الالتزام بالمواعيد") == ("يوسف حسن", "يوسف حسن")
    text = (
        "قال الملك عبدالله الثاني إن البلاد مستعدة. وقال الأمير فيصل بن عبدالله إن الوفد وصل. "
        "ودعا عبدالله الثاني المجتمع الدولي إلى التحرك."
    )
    assert _speaker_of(text, "التحرك") == ("عبدالله الثاني", "عبدالله الثاني")


def test_coordinated_subject_is_not_split() -> None:
    text = (
        "قال رئيس البلدية ماركو فيريتي إن الأضرار كبيرة. وطالب فيريتي ومسؤولون آخرون الشركة بدفع التعويضات."
    )
    assert _speaker_of(text, "بدفع التعويضات")[0] != "فيريتي"


def test_definite_word_after_a_name_may_be_a_family_name() -> None:
    text = "قال المخرج كريم جمال إن الفيلم جاهز. وأشار جمال العدل إلى أن العرض سيبدأ قريبا."
    assert _speaker_of(text, "العرض سيبدأ")[0] == "جمال العدل"
