"""Detection rules of the twenty-fourth session, round d105 (issue 19, items 1 and 5): adverbials
of a report between a verb of saying and its nominal object, and unnamed sources with their
adjectives. Every sentence here is written for the test."""

from __future__ import annotations

from qawl.document import Quote
from tests.quote_helpers import quote_with, quotes_of


def _nominal(text: str, fragment: str) -> Quote:
    quote = quote_with(quotes_of(text), fragment)
    assert quote.kind == "nominal"
    return quote


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


# An adverbial set off by commas right after the verb.


def test_occasion_between_commas_after_a_headline_verb() -> None:
    quote = _nominal("الوزير ينفي، في تصريحات للصحيفة، أي علاقة للوزارة بالحادث", "علاقة")
    assert quote.content.text.startswith("أي علاقة للوزارة")
    assert _speaker(quote) == "الوزير"


def test_occasion_between_commas_before_a_noun_of_a_state() -> None:
    quote = _nominal("النقابة تؤكد، خلال مؤتمر صحفي، ضرورة رفع الأجور", "ضرورة")
    assert _speaker(quote) == "النقابة"


def test_time_phrase_with_a_month_between_commas() -> None:
    quote = _nominal(
        "وكانت الحكومة قد أعلنت، في وقت سابق من شباط/فبراير الحالي، فرض عقوبات على الشركة.", "فرض"
    )
    assert quote.content.text.startswith("فرض عقوبات")
    assert _speaker(quote) == "الحكومة"


def test_long_occasion_between_commas_before_a_listed_event() -> None:
    text = "وكان الرئيس قد أعلن، خلال مؤتمر صحافي في العاصمة بعد قمته مع نظيره، وقف المناورات المشتركة."
    quote = _nominal(text, "وقف")
    assert quote.content.text.startswith("وقف المناورات")


# The occasion of a report right after a verb whose subject came first.


def test_occasion_after_an_svo_verb_with_its_adjective() -> None:
    quote = _nominal("وكان المدرب قد أعلن خلال مؤتمر صحفي وقف التدريبات الجماعية.", "وقف")
    assert _speaker(quote) == "المدرب"


def test_account_on_a_network_is_an_occasion() -> None:
    quote = _nominal("وكان الجيش قد أعلن عبر حسابه على تويتر مقتل خمسة مسلحين.", "مقتل")
    assert _speaker(quote) == "الجيش"


def test_occasion_with_hamza_before_the_pronoun() -> None:
    quote = _nominal("وأكد الرئيس خلال لقائه السفير ضرورة تعزيز العلاقات.", "ضرورة")
    assert _speaker(quote) == "الرئيس"


def test_addressee_inside_the_occasion_before_any() -> None:
    quote = _nominal("ونفى الوزير في تصريحات للصحفيين أي علاقة للوزارة بالحادث.", "علاقة")
    assert _speaker(quote) == "الوزير"


def test_occasion_after_a_hashtag_subject() -> None:
    quote = _nominal("وأكدت #هيئة_الرقابة في بيان لها استمرار الحملات التفتيشية.", "استمرار")
    assert quote.content.text.startswith("استمرار الحملات")


# An unnamed source with its relational adjectives.


def test_unnamed_source_with_adjective_before_a_verbal_noun() -> None:
    quote = _nominal("وأكد مصدر عسكري تواصل التقدم نحو المطار.", "تواصل")
    assert _speaker(quote) == "مصدر عسكري"


def test_unnamed_sources_with_adjective_before_a_form_one_event() -> None:
    quote = _nominal("وأعلنت مصادر محلية توقيف رجل في المدينة.", "توقيف")
    assert _speaker(quote) == "مصادر محلية"


def test_unnamed_official_denies_a_resignation() -> None:
    quote = _nominal("ونفى مسؤول حكومي استقالة الوزيرة.", "استقالة")
    assert _speaker(quote) == "مسؤول حكومي"
