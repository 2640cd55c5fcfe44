"""Quote round d94: quotes put before their reporting clause, and quoted stretches a closing
relay attributes.

- '"…".. هكذا قال X' / '«…»، هكذا وصفت X دورها': هكذا points back to the quote just closed, the
  verb after it reports it and the noun phrase after the verb is its source.
- '"…".. هكذا بدأ X حديثه' / '"…".. بهذه الكلمات استهل X كلمته': a verb of beginning or ending
  whose object is a noun of speech with its subject's pronoun; the words opened or closed that
  speech. Without such a noun ("هكذا بدأ الموسم") it is no quote.
"""

from __future__ import annotations

from quote_helpers import quote_fields


def test_thus_said_after_the_quote() -> None:
    text = '"لقد كانت سنة صعبة على الجميع".. هكذا قال الوزير أحمد سالم للصحفيين أمس.'
    assert quote_fields(text) == [("direct", "لقد كانت سنة صعبة على الجميع", "قال", "أحمد سالم")]


def test_thus_began_his_speech() -> None:
    text = '"لقد كانت سنة صعبة على الجميع".. هكذا بدأ الوزير أحمد سالم حديثه مع الصحفيين أمس.'
    assert quote_fields(text) == [("direct", "لقد كانت سنة صعبة على الجميع", "بدأ", "أحمد سالم")]


def test_thus_began_past_an_apposition_with_marks() -> None:
    text = '"لقد كانت سنة صعبة على الجميع".. هكذا بدأ سامي ناصر، مؤسس شركة "نور"، حديثه مع الصحفيين.'
    assert quote_fields(text) == [("direct", "لقد كانت سنة صعبة على الجميع", "بدأ", "سامي ناصر")]


def test_with_these_words_she_opened_her_speech() -> None:
    text = '"هذا يوم تاريخي لنا جميعا"، بهذه الكلمات استهلت الوزيرة سلمى علي كلمتها أمام البرلمان.'
    assert quote_fields(text) == [("direct", "هذا يوم تاريخي لنا جميعا", "استهلت", "سلمى علي")]


def test_thus_began_with_no_speech_is_no_quote() -> None:
    assert quote_fields('"هذا يوم تاريخي لنا جميعا"، هكذا بدأ الموسم الجديد في المدينة.') == []


def test_thus_after_a_short_term_is_no_quote() -> None:
    # Two words in marks may be a name; the quote must hold a sentence.
    assert quote_fields('"الربيع الجديد".. هكذا بدأ الوزير أحمد سالم حديثه مع الصحفيين.') == []
