"""Detection rules of the nineteenth session, round d86 (issue 19, item 5): a possessed verbal
noun of warning or calling takes its addressee in لـ before the preposition that opens its
content ("كرر تحذيره لإيران من …"). Every sentence here is written for the test."""

from __future__ import annotations

from tests.quote_helpers import quote_with, quotes_of


def test_a_warning_keeps_its_content_past_an_addressee_in_lam() -> None:
    text = "وكرر الوزير تحذيره لإيران من شن هجوم جديد على المنطقة."
    quote = quote_with(quotes_of(text), "شن هجوم")
    assert quote.cue is not None and quote.cue.text == "تحذيره"
    assert quote.content.text == "شن هجوم جديد على المنطقة"
    assert quote.speaker_name == "الوزير"


def test_a_call_keeps_its_content_past_an_addressee_with_its_adjective() -> None:
    text = "وجدد الرئيس دعوته للمجتمع الدولي إلى التدخل العاجل لوقف القتال."
    quote = quote_with(quotes_of(text), "التدخل العاجل")
    assert quote.cue is not None and quote.cue.text == "دعوته"
    assert quote.content.text == "التدخل العاجل لوقف القتال"
    assert quote.speaker_name == "الرئيس"


def test_a_compound_preposition_after_a_lam_phrase_opens_no_content() -> None:
    # لزيارة is the call's own content and إلى جانب a compound preposition of the clause: no
    # quote whose content is "جانب …".
    text = "وجدد الرئيس دعوته لزيارة الصين إلى جانب وزير الخارجية."
    assert [q for q in quotes_of(text) if q.content.text.startswith("جانب")] == []
