"""Quote round s16/a100: the antecedent of a dropped subject is the subject of the clause that
governs it, not the last name before the cue.

- A word read as the verb of a clause that reports nothing is no verb when the document gives
  it as a name: "سلمان الخطيب لا يعرف اليأس" opens with its topic, the person the sentence is
  about and the antecedent of the dropped subjects after it; "أدلت سعاد سالم كرم …" has one
  clause, whose verb is أدلت, not a second one on "كرم".
- The first report of an article, with no speaker before it, goes on with the subject of the
  verb-first clause it hangs on when that verb agrees with it in gender, as later reports do:
  a feminine verb goes back to the woman who is the subject, not to a man named in the object.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

TOPIC = (
    "سلمان الخطيب لا يعرف اليأس. فقد سافر هذا الرجل إلى باريس الأسبوع الماضي. "
    "وقال إنه ابن عم المدرب فهد الخطيب، مؤكدا أن العائلة كلها تدعمه. "
    "ويقول سلمان إن باريس مدينة جميلة."
)


def test_a_name_that_opens_its_sentence_is_the_topic_the_report_goes_on_with() -> None:
    quotes = quotes_of(TOPIC)
    assert quote_with(quotes, "ابن عم").speaker_name == "سلمان الخطيب"
    assert quote_with(quotes, "العائلة كلها").speaker_name == "سلمان الخطيب"


def test_the_first_report_goes_on_with_the_subject_of_its_clause() -> None:
    text = (
        "أدلت سعاد سالم كرم بشهادتها أمام المحكمة ضد رجل الأعمال سامي حداد، شريك الوزير "
        "السابق عادل منصور، بعد أن اتهمته بالاحتيال عليها. وقالت كرم إنها خسرت كل مدخراتها."
    )
    assert quote_with(quotes_of(text), "بالاحتيال").speaker_name == "سعاد سالم"


def test_a_masculine_report_does_not_go_on_with_a_feminine_clause() -> None:
    # The verb of the clause (أدلت) does not agree with the cue (اتهمه): its subject is no
    # antecedent of it.
    text = (
        "أدلت سعاد سالم كرم بشهادتها أمام المحكمة ضد رجل الأعمال سامي حداد، شريك الوزير "
        "السابق عادل منصور، بعد أن اتهمه بالاحتيال عليها. وقالت كرم إنها خسرت كل مدخراتها."
    )
    assert quote_with(quotes_of(text), "بالاحتيال").speaker_name != "سعاد سالم"
