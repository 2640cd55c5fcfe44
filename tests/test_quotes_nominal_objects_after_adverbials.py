"""Adverbials of a report between a verb of saying and its nominal object, and unnamed sources
with their adjectives, before that object. Every sentence here is written for the test."""

from __future__ import annotations

from tests.quote_helpers import nominal_quote_with, speaker_text

# An adverbial set off by commas right after the verb.


def test_occasion_between_commas_after_a_headline_verb() -> None:
    quote = nominal_quote_with("الوزير ينفي، في تصريحات للصحيفة، أي علاقة للوزارة بالحادث", "علاقة")
    assert quote.content.text.startswith("أي علاقة للوزارة")
    assert speaker_text(quote) == "الوزير"


def test_occasion_between_commas_before_a_noun_of_a_state() -> None:
    quote = nominal_quote_with("النقابة تؤكد، خلال مؤتمر صحفي، ضرورة رفع الأجور", "ضرورة")
    assert speaker_text(quote) == "النقابة"


def test_time_phrase_with_a_month_between_commas() -> None:
    quote = nominal_quote_with(
        "وكانت الحكومة قد أعلنت، في وقت سابق من شباط/فبراير الحالي، فرض عقوبات على الشركة.", "فرض"
    )
    assert quote.content.text.startswith("فرض عقوبات")
    assert speaker_text(quote) == "الحكومة"


def test_long_occasion_between_commas_before_a_listed_event() -> None:
    text = "وكان الرئيس قد أعلن، خلال مؤتمر صحافي في العاصمة بعد قمته مع نظيره، وقف المناورات المشتركة."
    quote = nominal_quote_with(text, "وقف")
    assert quote.content.text.startswith("وقف المناورات")


# The occasion of a report right after a verb whose subject came first.


def test_occasion_after_an_svo_verb_with_its_adjective() -> None:
    quote = nominal_quote_with("وكان المدرب قد أعلن خلال مؤتمر صحفي وقف التدريبات الجماعية.", "وقف")
    assert speaker_text(quote) == "المدرب"


def test_account_on_a_network_is_an_occasion() -> None:
    quote = nominal_quote_with("وكان الجيش قد أعلن عبر حسابه على تويتر مقتل خمسة مسلحين.", "مقتل")
    assert speaker_text(quote) == "الجيش"


def test_occasion_with_hamza_before_the_pronoun() -> None:
    quote = nominal_quote_with("وأكد الرئيس خلال لقائه السفير ضرورة تعزيز العلاقات.", "ضرورة")
    assert speaker_text(quote) == "الرئيس"


def test_addressee_inside_the_occasion_before_any() -> None:
    quote = nominal_quote_with("ونفى الوزير في تصريحات للصحفيين أي علاقة للوزارة بالحادث.", "علاقة")
    assert speaker_text(quote) == "الوزير"


def test_occasion_after_a_hashtag_subject() -> None:
    quote = nominal_quote_with("وأكدت #هيئة_الرقابة في بيان لها استمرار الحملات التفتيشية.", "استمرار")
    assert quote.content.text.startswith("استمرار الحملات")


# An unnamed source with its relational adjectives.


def test_unnamed_source_with_adjective_before_a_verbal_noun() -> None:
    quote = nominal_quote_with("وأكد مصدر عسكري تواصل التقدم نحو المطار.", "تواصل")
    assert speaker_text(quote) == "مصدر عسكري"


def test_unnamed_sources_with_adjective_before_a_form_one_event() -> None:
    quote = nominal_quote_with("وأعلنت مصادر محلية توقيف رجل في المدينة.", "توقيف")
    assert speaker_text(quote) == "مصادر محلية"


def test_unnamed_official_denies_a_resignation() -> None:
    quote = nominal_quote_with("ونفى مسؤول حكومي استقالة الوزيرة.", "استقالة")
    assert speaker_text(quote) == "مسؤول حكومي"
