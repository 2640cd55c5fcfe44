"""Detection rules of the twenty-third session, round d98 (issue 19, items 1, 4 and 5): where a
complex subject ends and the nominal object of a verb of saying begins. Every sentence here is
written for the test."""

from __future__ import annotations

from qawl.document import Quote
from tests.quote_helpers import quote_with, quotes_of


def _nominal(text: str, fragment: str) -> Quote:
    quote = quote_with(quotes_of(text), fragment)
    assert quote.kind == "nominal"
    return quote


# Dates and spans of time between an SVO verb and its object.


def test_date_with_day_and_levantine_month_before_the_object() -> None:
    quote = _nominal("وكانت الوزارة قد أعلنت في 14 تشرين الثاني/نوفمبر 2019 مقتل ثلاثة جنود.", "مقتل")
    assert quote.content.text.startswith("مقتل ثلاثة جنود")
    assert quote.speaker is not None and quote.speaker.text == "الوزارة"


def test_a_few_hours_before_the_object() -> None:
    quote = _nominal("وكانت البلدية أعلنت قبل بضع ساعات وفاة عامل النظافة.", "وفاة")
    assert quote.speaker is not None and quote.speaker.text == "البلدية"


# Nouns of what is declared, unveiled or fixed head the object.


def test_state_of_emergency_is_the_object() -> None:
    quote = _nominal("وأعلن المحافظ حالة الطوارئ في الإقليم بعد الفيضانات.", "حالة")
    assert quote.content.text.startswith("حالة الطوارئ")
    assert quote.speaker is not None and quote.speaker.text == "المحافظ"


def test_plan_is_the_object_after_a_body() -> None:
    quote = _nominal("وأعلنت النقابة خطة لإضرابات متتالية في المستشفيات.", "خطة")
    assert quote.speaker is not None and quote.speaker.text == "النقابة"


def test_date_is_the_object_after_an_apposition_between_commas() -> None:
    quote = _nominal("وأعلن رئيس الاتحاد، مراد الشاذلي، موعد انطلاق الموسم الجديد.", "موعد")
    assert quote.content.text.startswith("موعد انطلاق")


# The place or medium of the occasion inside its phrase.


def test_occasion_before_parliament_closes_before_the_object() -> None:
    quote = _nominal("وأعلن الوزير في كلمته أمام البرلمان مقتل أربعة مهربين على الحدود.", "مقتل")
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_occasion_on_a_website_closes_before_the_object() -> None:
    quote = _nominal("وأعلن المدير في كلمته على صفحة المؤسسة وفاة أحد العمال.", "وفاة")
    assert quote.speaker is not None and quote.speaker.text == "المدير"


# A counted group and the whole it is taken from.


def test_counted_subject_out_of_a_whole() -> None:
    quote = _nominal("وأعلن 35 عضوا من أصل 60 عضوا رفضهم تعديل النظام الداخلي.", "رفضهم")
    assert quote.content.text.startswith("رفضهم تعديل")


def test_counted_subject_with_the_number_written_on_the_head() -> None:
    quote = _nominal("وأعلن 35 عضوا من مجموع60 عضوا رفضهم تعديل النظام الداخلي.", "رفضهم")
    assert quote.cue is not None and quote.cue.text == "وأعلن"


# A bare word for an unnamed source, then a noun of an event.


def test_unnamed_source_of_one_word_before_the_object() -> None:
    quote = _nominal("وفي المساء أعلن مسؤول مقتل حارسين في الهجوم.", "مقتل")
    assert quote.speaker is not None and quote.speaker.text == "مسؤول"


def test_unnamed_source_with_a_genitive_prone_noun_is_no_object() -> None:
    # "مصدر دعم" may be "a source of support": no object is read there.
    assert all(not q.content.text.startswith("دعم") for q in quotes_of("وأكد مصدر دعم الحكومة للمشروع."))
