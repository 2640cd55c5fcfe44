"""Quote stage, attribution round a94 on issue 19: who is the subject.
- A definite dual in ـان or sound plural in ـون right after the verb is nominative, so it is the
  verb's subject; the phrase put before the verb is an adverbial ("وإبان الزيارة أكد الوزيران").
- After a title, a verbal noun in construct names an event, never a person: it opens the
  verb's object, and the title is the subject that a later participle goes on with ("وقاطعت
  المحامية مناقشة التقرير …، قائلة").
- After a title's comma, an indefinite accusative that governs a preposition is an adverbial of
  purpose, not a name in apposition ("رئيس النقابة، دفاعا عن الإضراب").
- وصف/اتهم say something of their object: with one noun phrase before the بـ complement, that
  noun is the object and the subject is dropped ("ووصف الاتفاق بأنه").
- A plural cue in a relative clause on the statement the clause's verb put out takes that
  verb's subject ("وعقد جميع أعضاء النقابة اجتماعا طالبوا خلاله").
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

_BEFORE = "قال مدير الشركة سامي العلوي إن الأرباح ارتفعت. "


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None, quote.speaker_name)


def test_nominative_dual_after_the_verb_is_its_subject() -> None:
    text = "وتفقد الوزير والسفير المصنع. وإبان الزيارة أكد الوزيران أن التعاون سيستمر، وقالا إن المصنع جاهز."
    assert _speaker_of(text, "التعاون سيستمر")[0] == "الوزيران"
    assert _speaker_of(text, "المصنع جاهز")[1] == "الوزيران"


def test_word_ending_like_a_dual_leaves_the_fronted_subject() -> None:
    text = "وزار الوزير المصنع. الرئاسة تؤكد الآن أن التعاون سيستمر."
    assert _speaker_of(text, "التعاون سيستمر")[0] == "الرئاسة"


def test_participle_goes_on_with_the_title_not_the_event_it_interrupts() -> None:
    text = _BEFORE + 'وقاطعت المحامية مناقشة التقرير لتسأل عن الأرقام، قائلة "هذه الأرقام غير دقيقة".'
    assert _speaker_of(text, "غير دقيقة") == (None, "المحامية")


def test_accusative_of_purpose_after_the_title_is_no_name() -> None:
    text = _BEFORE + 'وقال رئيس النقابة، دفاعا عن الإضراب: "لم يكن أمامنا خيار آخر".'
    assert _speaker_of(text, "خيار آخر")[0] == "رئيس النقابة"
    text = _BEFORE + "وقال رئيس النقابة، ردا على سؤال، إن الإضراب سيستمر."
    assert _speaker_of(text, "الإضراب سيستمر")[0] == "رئيس النقابة"


def test_single_noun_before_the_bi_complement_of_describe_is_its_object() -> None:
    text = _BEFORE + 'ووصف الاتفاق بأنه "خطوة مهمة".'
    assert _speaker_of(text, "خطوة مهمة") == (None, "سامي العلوي")


def test_object_pronoun_on_describe_leaves_the_noun_its_subject() -> None:
    text = _BEFORE + 'ووصفه رئيس النقابة بأنه "اتفاق ظالم".'
    assert _speaker_of(text, "اتفاق ظالم")[0] == "رئيس النقابة"


def test_plural_cue_in_the_statement_takes_the_governing_subject() -> None:
    text = _BEFORE + "وعقد جميع أعضاء النقابة اجتماعا طالبوا خلاله بزيادة الأجور."
    assert _speaker_of(text, "بزيادة الأجور")[1] == "جميع أعضاء النقابة"
