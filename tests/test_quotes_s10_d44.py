"""Detection round d44 (session 10): marked words that are no direct quote.

1. A line "label: value" whose label ends in a bare preposition ("يحمي من: …"، "يساعد على: …")
   is a field of a list; a speaker's name or title never ends in a preposition without its
   object, so the colon opens no quote.
2. Marks after رقم ("رحلتها رقم "…""), حصة (a broadcast slot) or ضيف (a programme's guest)
   hold the identifier or the programme's name in construct with that noun, not words said.
3. A short quoted name right after a verb of saying, or inside its subject, is followed by the
   occasion of the report (في تصريح، في بيان) or by the relay نقلاً عن before the complementizer:
   neither opens a report of its own, so the complementizer is still the verb's and the marks
   held its subject ("وقال "X" في تصريح لإذاعة محلية إن …"، "وتقول "X" نقلا عن خبراء إن …").

All sentences are written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_fields


def test_label_ending_in_a_preposition_is_no_speaker() -> None:
    text = "الزنجبيل\nيحمي من: نزلات البرد وآلام المعدة\nيساعد على: تحسين الهضم\nيوجد في: معظم الأسواق"
    assert quote_fields(text) == []


def test_headline_speaker_colon_still_quotes() -> None:
    quotes = quote_fields("وزير الفلاحة: الموسم الفلاحي سيكون جيدا\nوأضاف أن الأمطار كانت وفيرة.")
    assert ("direct", "الموسم الفلاحي سيكون جيدا", ":", "وزير الفلاحة") in quotes


def test_marks_after_number_noun_hold_an_identifier() -> None:
    text = 'وأعلنت الشركة في تغريدة بعد هبوط رحلتها رقم "تي-كيه 45" في المطار.'
    assert quote_fields(text) == []


def test_marks_after_guest_and_broadcast_slot_hold_a_programme() -> None:
    text = 'وتوقع ضيف "صباح الخير" اليوم الأربعاء، موسما فلاحيا أفضل من العام الماضي.'
    assert [q for q in quote_fields(text) if q[0] == "direct"] == []
    quotes = quote_fields('وأشار المدير، خلال حصة "ساعة حوار" اليوم السبت، إلى وجود رغبة في الإصلاح.')
    assert quotes == [("nominal", "وجود رغبة في الإصلاح", "وأشار", "المدير")]


def test_quoted_name_before_the_occasion_of_the_report() -> None:
    quotes = quote_fields('وقال "مراد الهمامي" في تصريح لإذاعة محلية إن المهرجان سيفتتح غدا.')
    assert quotes == [("indirect", "المهرجان سيفتتح غدا", "وقال", "مراد الهمامي")]


def test_quoted_name_before_a_relay() -> None:
    quotes = quote_fields('وتقول "دويتشه فيله" نقلا عن خبراء في الطاقة إن الأسعار سترتفع.')
    assert quotes == [("indirect", "الأسعار سترتفع", "وتقول", "دويتشه فيله")]


def test_words_said_before_the_occasion_stay_direct() -> None:
    quotes = quote_fields('وقال المدير "لن نتراجع" في تصريح للصحفيين، مؤكدا أن العمل مستمر.')
    assert ("direct", "لن نتراجع", "وقال", "المدير") in quotes
