"""Nominal objects after an unnamed source with its adjectives, where a preposition further on
is the object's own (أكد مصدر مسؤول حرص … على), and after a VSO subject and an occasion opened
by عبر, which also spells the verb عبّر. Every sentence here is written for the test."""

from __future__ import annotations

from tests.quote_helpers import nominal_quote_with, speaker_text

# An unnamed source and its adjective before a noun whose preposition was taken for the content.


def test_source_with_a_plain_adjective_before_a_proposition_noun() -> None:
    quote = nominal_quote_with("وأكد مصدر مسؤول حرص الحكومة على الحوار مع المعارضة.", "الحوار")
    assert quote.content.text.startswith("حرص الحكومة على الحوار")
    assert speaker_text(quote) == "مصدر مسؤول"


def test_official_with_a_senior_adjective() -> None:
    quote = nominal_quote_with("وأكد مسؤول كبير حرص الرئيس على إجراء الانتخابات في موعدها.", "الانتخابات")
    assert quote.content.text.startswith("حرص الرئيس على")
    assert speaker_text(quote) == "مسؤول كبير"


def test_source_with_a_relational_adjective_before_a_definite_event() -> None:
    quote = nominal_quote_with(
        "إلى ذلك أعلن مسؤولون محليون التوصل إلى اتفاق مع الحكومة لفتح الطريق.", "اتفاق"
    )
    assert quote.content.text.startswith("التوصل إلى اتفاق")
    assert speaker_text(quote) == "مسؤولون محليون"


# عبر before a noun of an occasion is the preposition, not the verb عبّر.


def test_occasion_opened_by_via_after_a_vso_subject() -> None:
    quote = nominal_quote_with("وأعلن الجيش عبر حسابه على تويتر مقتل خمسة مسلحين.", "مسلحين")
    assert quote.content.text.startswith("مقتل خمسة مسلحين")
    assert speaker_text(quote) == "الجيش"


def test_via_as_the_verb_still_reads_its_subject() -> None:
    quote = nominal_quote_with("وعبر الوزير عن قلقه من التطورات.", "قلقه")
    assert speaker_text(quote) == "الوزير"
