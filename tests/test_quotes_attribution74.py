"""Quote stage, attribution round 74 on issue 19: a sound masculine plural in the construct
("مسؤولو الوزارة"، "مشجعو الفريق": the ن of ـون falls before the annexed noun) names a group,
which a later subjectless plural verb or participle (مشيرين، وأكدوا) continues, as it continues
"المسؤولون". A name written like such a word (ماركو، موسكو) is none.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_plural_participle_continues_a_construct_plural_subject() -> None:
    text = (
        "وقال مسؤولو البلدية إنهم لم يجدوا أرضا لبناء المستشفى الجديد، "
        "مشيرين إلى أن الأشغال ستبدأ في الصيف المقبل."
    )
    quote = quote_with(quotes_of(text), "الأشغال")
    assert quote.speaker_name == "مسؤولو البلدية"


def test_a_plural_verb_continues_a_construct_plural_of_the_derived_form() -> None:
    text = "وقال مشجعو الفريق إن المدرب لم يشرح أسباب الهزيمة. وأكدوا أنهم سيواصلون الحضور رغم تأخر النتائج."
    quote = quote_with(quotes_of(text), "سيواصلون")
    assert quote.speaker_name == "مشجعو الفريق"


def test_a_name_in_o_is_no_group() -> None:
    # "ماركو" and "موسكو" look like ـو words but are names: a plural verb after them is no one's.
    text = "وقال ماركو الإيطالي إن الفريق سيفوز. وأكدوا أن الملعب جاهز."
    assert quote_with(quotes_of(text), "الملعب جاهز").speaker_name != "ماركو الإيطالي"
    text = "وقال موسكو الجديد إن الفريق سيفوز. وأكدوا أن الملعب جاهز."
    quote = quote_with(quotes_of(text), "الملعب جاهز")
    assert quote.speaker_name != "ماركو الإيطالي"
