"""Quote round s15/a98: an addressee in ل glued to the subject of a verb of saying.

After a complete subject, ل + noun names whom the words were said to ("قال فلان لإحدى الصحف"،
"قال مصدر مطلع لرويترز"), never a word of the speaker's name or description: the name ends before
a ل-word on a quantifier (إحدى، أحد، بعض), on an outlet, or on a word the document writes alone.
A description's own ل-phrase (its complement or owner) stays.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_name_ends_before_lam_on_a_quantifier() -> None:
    text = "وقال المدرب كمال فراتي لأحد المواقع الرياضية إن الفريق جاهز للمباراة."
    quote = quote_with(quotes_of(text), "الفريق جاهز")
    assert quote.speaker_name == "كمال فراتي"


def test_a_title_keeps_no_outlet_as_its_holder() -> None:
    text = "ونقلت رويترز الخبر صباحا. وقال الوزير لرويترز إن المفاوضات ستبدأ الأسبوع المقبل."
    quote = quote_with(quotes_of(text), "المفاوضات ستبدأ")
    assert quote.speaker_name == "الوزير"


def test_an_anonymous_source_ends_before_the_agency() -> None:
    text = "وقال مسؤول حكومي رفيع لفرانس برس إن الحدود ستفتح غدا."
    quote = quote_with(quotes_of(text), "الحدود ستفتح")
    assert quote.speaker is not None and quote.speaker.text == "مسؤول حكومي رفيع"


def test_eyewitnesses_end_before_the_broadcaster() -> None:
    text = "وقال شهود عيان لبي بي سي إن الاشتباكات تواصلت حتى الفجر."
    quote = quote_with(quotes_of(text), "الاشتباكات تواصلت")
    assert quote.speaker is not None and quote.speaker.text == "شهود عيان"


def test_a_descriptions_own_lam_phrase_stays() -> None:
    text = "وقال مصدر مسؤول في الهيئة الوطنية لحماية البيئة إن التلوث تراجع. وتعمل الهيئة على حماية الغابات."
    quote = quote_with(quotes_of(text), "التلوث تراجع")
    assert quote.speaker is not None and "لحماية" in quote.speaker.text


def test_a_reports_lam_phrase_is_its_author() -> None:
    text = "وذكر تقرير لرويترز أن أسعار القمح ارتفعت بشدة."
    quote = quote_with(quotes_of(text), "أسعار القمح")
    assert quote.speaker is not None and quote.speaker.text == "تقرير لرويترز"
