"""Round d73 (issue 19, quote detection): quotes missed although their cue is a common verb of
saying. (1) A relative clause on the speaker whose own verb of saying has taken a noun object
("وقال الوزير الذي أكد حضوره المؤتمر: "…"") is complete; the colon after it closes the main
verb's lead-in, and the quote is the main verb's. (2) نقل, which reports only with عن, spelled
bare after a preposition and with no عن after it ("احتجاجات على نقل السفارة"، "بعد نقل المصابين")
is the verbal noun "the transfer of", no verb that ends the walk of the cue before it. (3) A date
phrase of a definite calendar unit ("في الشهر الماضي"، "في منتصف الشهر"، "في نهاية الأسبوع")
between a VSO subject and its event object is an adverbial like "في منتصف شهر مارس".
Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields

# ------------------------------------------------ a relative clause on the speaker


def test_relative_verb_with_object_leaves_the_colon_to_the_main_verb() -> None:
    text = 'وقال الوزير الذي أكد حضوره المؤتمر: "الوقاية خير من العلاج".'
    assert quote_fields(text) == [("direct", "الوقاية خير من العلاج", "وقال", "الوزير")]


def test_attention_idiom_in_relative_clause_keeps_the_main_quote() -> None:
    text = 'وقال الطبيب الذي لفت الأنظار في المؤتمر: "الوقاية خير من العلاج".'
    assert quote_fields(text) == [("direct", "الوقاية خير من العلاج", "وقال", "الطبيب")]


def test_relative_verb_with_its_preposition_keeps_the_colon() -> None:
    # "كتب على حسابه: …": the relative's verb of writing owns the colon after its place.
    text = 'وقال الوزير الذي كتب على حسابه: "الوقاية خير من العلاج".'
    assert [q[2] for q in quote_fields(text)] == ["كتب"]


# ------------------------------------------------ نقل as "transfer"


def test_transfer_noun_after_a_preposition_does_not_end_the_walk() -> None:
    text = 'وقال الرئيس الذي زار المدينة خلال احتجاجات على نقل السفارة، "لا فرق بين الحزبين".'
    assert quote_fields(text) == [("direct", "لا فرق بين الحزبين", "وقال", "الرئيس")]


def test_transfer_noun_after_bad_before_a_that_clause() -> None:
    text = "وقال الطبيب بعد نقل المصابين إلى المستشفى إن حالتهم مستقرة."
    assert quote_fields(text) == [("indirect", "حالتهم مستقرة", "وقال", "الطبيب")]


def test_relay_with_an_stays_a_verb() -> None:
    text = "وقال الوزير على حد ما نقل عنه التلفزيون إن حالتهم مستقرة."
    assert [q[2] for q in quote_fields(text)] == ["وقال"]


# ------------------------------------------------ a date of a calendar unit


def test_date_of_last_month_before_an_event_object() -> None:
    text = "وأعلن الجيش في منتصف الشهر الماضي إطلاق عملية عسكرية واسعة."
    assert quote_fields(text) == [("nominal", "إطلاق عملية عسكرية واسعة", "وأعلن", "الجيش")]
    text = "وأعلنت الوزارة في العام الماضي تأجيل الامتحانات."
    assert quote_fields(text) == [("nominal", "تأجيل الامتحانات", "وأعلنت", "الوزارة")]


def test_calendar_unit_without_part_or_time_word_is_no_date() -> None:
    assert quote_fields("وأعلن الجيش في العام إطلاق عملية عسكرية واسعة.") == []
