"""Attribution round 58: the verb's object after a definite feminine subject.

- "وحثت الهيئة الوطنية السكان على …": an adjective agrees with its noun in gender and number; once
  an adjective in ة shows the subject to be feminine singular, a definite masculine word after it
  is no adjective but the verb's object.
- "وكشفت السعودية النقاب عن …": a place the earlier stages labelled is feminine singular too.
- "وأوردت متحدثة باسم البلدية مبررات القرار": after a title, an indefinite plural in ات with its
  definite genitive is a construct of things, the object; a given name is no feminine plural.
- An elative keeps its masculine form ("الشركة الأكبر"), and a broken plural of persons in ة
  (القضاة) takes masculine adjectives: both stay in the subject.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.pipeline import Pipeline


def test_masculine_plural_after_feminine_adjective_is_the_object() -> None:
    quote = quote_with(quotes_of("وحثت الهيئة الوطنية المزارعين على الالتزام بمواعيد الري."), "بمواعيد")
    assert quote.speaker is not None
    assert quote.speaker.text == "الهيئة الوطنية"


def test_masculine_noun_after_feminine_adjective_is_the_object() -> None:
    quote = quote_with(quotes_of("وطالبت النقابة المستقلة الوزير بالاستقالة فورا."), "بالاستقالة")
    assert quote.speaker is not None
    assert quote.speaker.text == "النقابة المستقلة"


def test_object_after_a_labelled_place(pipeline: Pipeline) -> None:
    quotes = record_quotes(pipeline, "وكشفت السعودية النقاب عن أن عدد الزوار تضاعف هذا العام.")
    found = [q for q in quotes if "عدد الزوار" in q["content"]["text"]]
    assert found
    assert found[0]["speaker"]["text"] == "السعودية"


def test_elative_and_persons_plural_stay_in_the_subject() -> None:
    quote = quote_with(quotes_of("وقالت الشركة الأكبر في السوق إن الأسعار سترتفع."), "الأسعار")
    assert quote.speaker is not None
    assert quote.speaker.text == "الشركة الأكبر"
    quote = quote_with(quotes_of("وقال القضاة المتعهدون إن القرار نهائي."), "القرار نهائي")
    assert quote.speaker is not None
    assert quote.speaker.text == "القضاة المتعهدون"


def test_feminine_adjectives_stay_in_the_subject() -> None:
    quote = quote_with(quotes_of("وقالت الشرطة الألمانية الاتحادية إن المشتبه به فر."), "المشتبه")
    assert quote.speaker is not None
    assert quote.speaker.text == "الشرطة الألمانية الاتحادية"
    quote = quote_with(quotes_of("وأكدت المفوضية السامية لشؤون اللاجئين أن العدد ارتفع."), "العدد")
    assert quote.speaker is not None
    assert quote.speaker.text == "المفوضية السامية لشؤون اللاجئين"


def test_plural_construct_after_a_title_is_the_object() -> None:
    text = "وأوردت متحدثة باسم البلدية مبررات القرار بقولها إن الطريق خطر على المارة."
    quote = quote_with(quotes_of(text), "الطريق خطر")
    assert quote.speaker is not None
    assert quote.speaker.text == "متحدثة باسم البلدية"
    quote = quote_with(quotes_of("وقال الوزير بركات الحسيني إن الوضع صعب."), "الوضع صعب")
    assert quote.speaker is not None
    assert quote.speaker.text == "بركات الحسيني"
