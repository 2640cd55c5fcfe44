"""Attribution round 51: a dropped subject that goes on with the person a report nested in the
last quote made speak, and the name at the end of a description before a relative pronoun.

- "… بمعتمد المنطقة حمادي الأديب الذي أكد أن …": a name in apposition after a description that
  ends in a definite word is the relative's antecedent, not the description's last nouns.
- "قالت X (امرأة) إن … Y الذي أكد أن … . وأوضح أن …": the masculine cue agrees with no recent
  speaker but with the man the nested report made speak; it goes on with him.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

NESTED = (
    "قالت رئيسة جمعية الأمل سنية الورتاني إن الجمعية اتصلت بمعتمد المنطقة في مدينة القصرين"
    " الكبرى منير الساحلي الذي أكد في تصريح له أن البلدية تدخلت لترميم المنزل."
)


def test_name_after_a_description_is_the_relatives_antecedent() -> None:
    text = "واتصل الأهالي بمعتمد الجهة رضا العياري الذي أكد في تصريح له أن الأدوية متوفرة."
    quote = quote_with(quotes_of(text), "الأدوية متوفرة")
    assert quote.speaker is not None
    assert quote.speaker_name == "رضا العياري"


def test_masculine_cue_goes_on_with_the_man_a_nested_report_quoted() -> None:
    text = NESTED + " وأوضح أن المنزل قديم ويتطلب إعادة البناء."
    quotes = quotes_of(text)
    nested = [q for q in quotes if q.content.text.startswith("البلدية تدخلت")]
    assert [q.speaker_name for q in nested] == ["منير الساحلي"]
    quote = quote_with(quotes, "المنزل قديم")
    assert quote.speaker is None
    assert quote.speaker_name == "منير الساحلي"


def test_feminine_cue_still_goes_on_with_the_woman() -> None:
    text = NESTED + " وأضافت أن العائلة تنتظر مساعدة عاجلة."
    quote = quote_with(quotes_of(text), "العائلة تنتظر")
    assert quote.speaker_name == "سنية الورتاني"


def test_agreeing_speaker_is_kept_over_the_nested_one() -> None:
    text = (
        "قال رئيس البلدية كمال الهادفي إن البلدية اتصلت بمعتمد المنطقة في مدينة القصرين الكبرى"
        " منير الساحلي الذي أكد في تصريح له أن الأشغال ستنطلق. وأوضح أن الميزانية متوفرة."
    )
    quote = quote_with(quotes_of(text), "الميزانية متوفرة")
    assert quote.speaker_name == "كمال الهادفي"
