"""Attribution round 47: a dropped subject that agrees with no recent speaker.

A verb or participle without a subject (مضيفا، وأكدت) goes on with the last speaker of its
gender. When every recent speaker shows the other gender, its pronoun points elsewhere: to the
nearest person its sentence names before it, outside the words already reported, whose gender
(a title in ة or not right before the name, a relative or هو/هي after it) does not contradict it.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_masculine_participle_after_feminine_body_takes_its_spokesman() -> None:
    text = (
        "وذكرت الوزارة على لسان المتحدث باسمها، السفير كمال بن يوسف، أن الاجتماع تناول ملف الطاقة، "
        "مضيفا أن الطرفين اتفقا على لقاء جديد في الخريف."
    )
    quote = quote_with(quotes_of(text), "الطرفين اتفقا")
    assert quote.speaker is None
    assert quote.speaker_name == "كمال بن يوسف"


def test_masculine_participle_takes_the_man_a_relative_clause_names() -> None:
    text = (
        "وقالت الصحيفة إن العرض حقق نجاحا كبيرا. "
        "وكان العرض من إخراج المخرج سامي الجلاصي الذي نشر صورة من الكواليس، "
        "معلقا بأن الفريق عمل طويلا على التحضير."
    )
    quote = quote_with(quotes_of(text), "الفريق عمل")
    assert quote.speaker_name == "سامي الجلاصي"


def test_name_inside_reported_words_is_not_the_dropped_subject() -> None:
    text = (
        "وقالت الحكومة في بيان إن الرئيس منصف العياري سيزور المنطقة يوم السبت، "
        "مشيرا إلى أن الزيارة ستدوم يومين."
    )
    quote = quote_with(quotes_of(text), "الزيارة ستدوم")
    assert quote.speaker_name != "منصف العياري"


def test_name_under_a_title_of_the_other_gender_is_passed_over() -> None:
    text = (
        "وقالت الوزيرة نادية الشابي إن البرنامج سيتواصل. "
        "وحضرت الجلسة النائبة سنية الهمامي، مؤكدا أن المشروع سيعرض على البرلمان قريبا."
    )
    quote = quote_with(quotes_of(text), "المشروع سيعرض")
    assert quote.speaker_name != "سنية الهمامي"
