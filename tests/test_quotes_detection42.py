"""Detection round 42: cue words that are no report here.

1. "وتعتبر الجزيرة واحدة من أجمل المناطق"، "السدود التي تعتبر الأكبر": an imperfect of considering
   whose first word, or the first word after one noun phrase when the verb opens its clause, opens
   a predicate of judgement (a superlative, an ordinal, أحد/واحدة، من، هي) is the passive يُعتبر;
   the thing described is its subject and no one is reported. The active verb keeps its report
   when a clause follows it (أنّ) or a second noun stands before the predicate (its object).
2. A line "label: value" whose label is a prize category (أفضل لاعب), a credit (تأليف، الناشر), a
   heading noun without a possessor (كلمة أخيرة) or a lead-in to a list (… في:، فهي:، كالتالي:)
   names no source, so the colon opens no quote.

All sentences are written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_fields


def test_passive_of_considering_with_subject_after_it() -> None:
    assert quote_fields("وتعتبر الجزيرة واحدة من أجمل المناطق، كما أن سكانها يرحبون بالزوار.") == []


def test_passive_of_considering_after_a_relative() -> None:
    assert quote_fields("والسدود التي تعتبر الأكبر في البلاد تعاني من نقص المياه.") == []


def test_passive_of_considering_before_min() -> None:
    text = "وتعتبر الولاية من أكثر المناطق جذبا للسياح، إذ إن زوارها يفوقون عدد سكانها."
    assert [q for q in quote_fields(text) if q[2] == "وتعتبر"] == []


def test_considering_with_a_clause_still_reports() -> None:
    quotes = quote_fields("ويعتبر أحد الخبراء أن المفاوضات فشلت.")
    assert quotes == [("indirect", "المفاوضات فشلت", "ويعتبر", "أحد الخبراء")]


def test_considering_with_subject_and_object_still_reports() -> None:
    quotes = quote_fields("ويعتبر الخبراء الجامعيون الاتفاق أفضل حل ممكن للأزمة.")
    assert quotes == [("nominal", "الاتفاق أفضل حل ممكن للأزمة", "ويعتبر", "الخبراء الجامعيون")]


def test_prize_categories_are_no_speakers() -> None:
    text = "وأعلنت الجامعة قائمة الفائزين بجوائز الموسم.\nأفضل لاعب: محمد العربي\nأفضل حارس: سامي الهادي"
    assert quote_fields(text) == []


def test_credits_of_a_book_are_no_speakers() -> None:
    text = "صدر حديثا كتاب جديد عن تاريخ المدينة.\nتأليف: سعاد بن علي\nالناشر: دار الجنوب للنشر، 2017"
    assert quote_fields(text) == []


def test_closing_heading_is_the_writers() -> None:
    assert quote_fields("كلمة أخيرة: النجاح لا يأتي صدفة") == []


def test_lead_in_to_a_list_is_no_speaker() -> None:
    text = "وقدمت الوزارة خطتها للموسم.\nأما أهم الإجراءات فهي: تخفيض الأسعار وتحسين الخدمات"
    assert quote_fields(text) == []


def test_headline_speakers_stay() -> None:
    text = "وزير الخارجية: لن نتراجع عن القرار\nأحمد فتحي: سأعود إلى الملاعب قريبا"
    quotes = quote_fields(text)
    assert [(q[0], q[3]) for q in quotes] == [("direct", "وزير الخارجية"), ("direct", "أحمد فتحي")]
