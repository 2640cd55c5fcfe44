"""Attribution round 53: which speaker a subjectless cue continues.

- "وفق ذات المصدر"، "أكد المتحدث نفسه": a phrase that names the last source again makes it the
  speaker a later dropped subject goes on with, over the subject of a clause that reported
  nothing in between.
- "وكان X استعرض في شهادته …، إذ أشار إلى أن": the name between كان and a perfect verb is that
  verb's subject; the dropped subjects after it in its sentence and the next continue it.
- "وصرح آنذاك بالانسحاب": an adverb that points back to a time named before is no subject.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_same_source_again_is_the_speaker_a_dropped_subject_continues() -> None:
    text = (
        "وأفاد مدير المشروع كريم الفرجاني أن الأشغال ستنتهي في الصيف. وكان وزير التجهيز السابق"
        " منصف الطرابلسي قد وضع حجر الأساس للمشروع في سنة 2015. وسيتم بناء القسم الثاني، وفق"
        " ذات المصدر، في السنة القادمة. وأوضح أن الدراسات جاهزة في انتظار التمويل."
    )
    quote = quote_with(quotes_of(text), "الدراسات جاهزة")
    assert quote.speaker is None
    assert quote.speaker_name == "كريم الفرجاني"


def test_subject_between_kana_and_a_perfect_verb_heads_the_chain() -> None:
    text = (
        "قال المحامي سمير القلال إن موكله لم يرتكب أي خطأ. وكان حاتم البجاوي استعرض في شهادته"
        " أمس تفاصيل الحادثة، إذ أشار إلى أنه تعرض للتهديد في مقر عمله. وأضاف أنه قدم شكوى"
        " إلى النيابة العمومية."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "تعرض للتهديد").speaker_name == "حاتم البجاوي"
    assert quote_with(quotes, "قدم شكوى").speaker_name == "حاتم البجاوي"


def test_feminine_kana_with_a_masculine_verb_is_not_read_as_subject_and_verb() -> None:
    text = (
        "قال المحامي سمير القلال إن موكله لم يرتكب أي خطأ. وكانت هيئة الدفاع عادل الورغي"
        " حضرت الجلسة، وأضاف أنه قدم شكوى إلى النيابة العمومية."
    )
    quote = quote_with(quotes_of(text), "قدم شكوى")
    assert quote.speaker_name != "عادل الورغي"


def test_definite_noun_after_kana_is_not_taken_for_a_name() -> None:
    text = (
        "قال المحامي سمير القلال إن موكله لم يرتكب أي خطأ. وكان الاجتماع انطلق في ساعة متأخرة،"
        " إذ أشار إلى أن الجلسة تأجلت."
    )
    quote = quote_with(quotes_of(text), "الجلسة تأجلت")
    assert quote.speaker_name == "سمير القلال"


def test_then_adverb_after_a_verb_of_saying_is_no_subject() -> None:
    text = (
        "أكد الإعلامي نبيل الزواري أنه عاد إلى العمل السياسي. وأضاف أن الضغوط دفعته آنذاك إلى"
        " الخروج وصرح آنذاك بالانسحاب مشيرا إلى أن الظروف تغيرت اليوم."
    )
    quotes = quotes_of(text)
    said = [q for q in quotes if q.cue.text == "وصرح"]
    assert [(q.speaker, q.speaker_name) for q in said] == [(None, "نبيل الزواري")]
    assert quote_with(quotes, "الظروف تغيرت").speaker_name == "نبيل الزواري"
