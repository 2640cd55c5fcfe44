"""Quote round s12/a80: where a speaker's name ends (issue 19).

- ل + the head of a body, an agency named without its head noun, or the people a source speaks
  to ("لمجلس النواب"، "لرويترز"، "لصحفيين") is whom the source spoke to, never a word of its name.
- A place right after a title closed by a definite word ("الرئيس الأمريكي إيران") is no genitive
  of the post and no holder's name: after a verb that takes an object it is that object.
"""

from __future__ import annotations

from typing import Any

from quote_helpers import quote_with, quotes_of, speakers_and_names


def test_agency_after_a_name_is_whom_the_source_told() -> None:
    text = "وقال سامر الخطيب لرويترز إن المصنع سيفتح أبوابه الشهر المقبل."
    assert quote_with(quotes_of(text), "المصنع سيفتح").speaker_name == "سامر الخطيب"


def test_journalists_after_a_one_word_name_are_the_addressees() -> None:
    text = "وقال هولمان لصحفيين في المطار إن الرحلة ألغيت."
    assert quote_with(quotes_of(text), "الرحلة ألغيت").speaker_name == "هولمان"


def test_body_after_a_name_is_whom_the_source_addressed() -> None:
    text = "وقالت سلمى العابد لمجلس النواب إن الميزانية جاهزة للتصويت."
    assert quote_with(quotes_of(text), "الميزانية جاهزة").speaker_name == "سلمى العابد"


def test_a_body_keeps_its_own_genitive_with_lam() -> None:
    # ل + a body's head after a body's own head is the body's genitive, not whom it spoke to
    text = "وأكدت الهيئة الوطنية لمجلس الشباب أن المشروع سينطلق قريبا."
    name = quote_with(quotes_of(text), "المشروع سينطلق").speaker_name
    assert name == "الهيئة الوطنية لمجلس الشباب"


def test_family_name_opening_with_lam_stays() -> None:
    text = "وقال ماهر لطفي إن المشروع تأخر كثيرا."
    assert quote_with(quotes_of(text), "المشروع تأخر").speaker_name == "ماهر لطفي"


def test_place_after_a_closed_title_is_the_object(pipeline: Any) -> None:
    text = "واتهم الرئيس الأمريكي إيران بدعم الجماعات المسلحة في المنطقة."
    [(speaker, name)] = speakers_and_names(pipeline, text)
    assert speaker == "الرئيس الأمريكي"
    assert name is not None and "إيران" not in name


def test_given_name_spelled_like_a_city_stays_the_holder(pipeline: Any) -> None:
    text = "وقالت وزيرة الجيوش الفرنسية فلورانس بارلي إن الجنود عادوا إلى ثكناتهم."
    assert speakers_and_names(pipeline, text) == [("فلورانس بارلي", "فلورانس بارلي")]
