"""Attribution round 54: explicit subjects, the right words and the whole name.

- "سلمى بدر الدين"، "كمال عز الدين": الدين after a bare word is the second half of a compound given
  name, not a definite noun that opens the verb's object.
- "ودعا خالد بن سالم العتيبي الحكومة إلى": a nisba after بن + a name closes the name, before the
  verb's object.
- "ودعا كمال تشيلوفيتش المشاركين إلى": two words the document writes together elsewhere are one
  name, not a construct noun that opens the object.
- "وأضاف ساخرا إن"، "رد ضاحكا": a participle of the simple verb in the accusative after the verb
  of saying is the speaker's state (حال), never its subject.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_compound_given_name_in_din_is_kept_whole() -> None:
    quote = quote_with(quotes_of("وأكدت رئيسة الهيئة سلمى بدر الدين أن التقرير جاهز."), "التقرير جاهز")
    assert quote.speaker is not None
    assert quote.speaker.text == "سلمى بدر الدين"
    quote = quote_with(quotes_of("وقال المدير كمال عز الدين إن المشروع سينطلق قريبا."), "سينطلق")
    assert quote.speaker_name == "كمال عز الدين"


def test_nisba_after_bin_chain_stays_in_the_name_before_an_object() -> None:
    quote = quote_with(quotes_of("ودعا خالد بن سالم العتيبي الحكومة إلى الحوار."), "الحوار")
    assert quote.speaker is not None
    assert quote.speaker.text == "خالد بن سالم العتيبي"


def test_name_pair_written_together_is_not_cut_before_an_object() -> None:
    text = "زار كمال تشيلوفيتش المدينة أمس. ودعا كمال تشيلوفيتش المشاركين إلى التصويت."
    quote = quote_with(quotes_of(text), "التصويت")
    assert quote.speaker is not None
    assert quote.speaker.text == "كمال تشيلوفيتش"


def test_manner_participle_after_the_verb_is_no_subject() -> None:
    text = "قال الوزير فتحي العياري إن الميزانية جاهزة. وأضاف ساخرا إن المعارضة لم تقرأها."
    quote = quote_with(quotes_of(text), "المعارضة")
    assert quote.speaker is None
    assert quote.speaker_name == "فتحي العياري"
    text = 'قال الوزير فتحي العياري إن الميزانية جاهزة. ثم رد ضاحكا "لا أحد يقرأ".'
    quote = quote_with(quotes_of(text), "لا أحد يقرأ")
    assert quote.speaker is None
    assert quote.speaker_name == "فتحي العياري"


def test_womans_name_in_ya_after_a_feminine_verb_stays_the_subject() -> None:
    quote = quote_with(quotes_of("وقالت داليا إن الميزانية جاهزة."), "الميزانية")
    assert quote.speaker is not None
    assert quote.speaker.text == "داليا"
