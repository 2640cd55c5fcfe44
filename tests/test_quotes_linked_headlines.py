"""Headlines of other stories linked between an article's paragraphs (a123).

- A block of two or more lines of a few words with no sentence mark, set between paragraphs, is
  a list of links: their quotes are read, but their speakers are no one the article goes on
  with ("… فجأة. / وزيرة التربية: إغلاق المدارس قرار مؤقت / احتجاجات في العاصمة … / وأضافت").
- One such line alone may be the subhead of the paragraph below it, which goes on with its
  speaker ("مسؤول محلي: … / وجاء ذلك في حديث مسؤول محلي …، مضيفا").
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_a_block_of_linked_headlines_leaves_no_speaker_behind() -> None:
    text = (
        "قالت المعلمة سلمى إن المدرسة أغلقت أبوابها فجأة.\n"
        "وزيرة التربية: إغلاق المدارس قرار مؤقت\n"
        "احتجاجات في العاصمة على غلاء الأسعار\n"
        "وأضافت أن الأهالي لم يبلغوا بالقرار مسبقا."
    )
    assert _name(text, "الأهالي لم يبلغوا") == "المعلمة"
    assert _name(text, "إغلاق المدارس قرار مؤقت") == "وزيرة التربية"


def test_a_single_subhead_goes_on_with_its_speaker() -> None:
    text = (
        "قالت المعلمة سلمى إن المدرسة أغلقت أبوابها فجأة.\n"
        "مسؤولة محلية: إغلاق المدارس قرار مؤقت\n"
        "وجاء ذلك في حديث لوسائل الإعلام، مضيفة أن القرار سيراجع الأسبوع المقبل."
    )
    assert _name(text, "القرار سيراجع") == "مسؤولة محلية"
