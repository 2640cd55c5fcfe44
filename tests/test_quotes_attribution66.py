"""Quote stage, attribution round 66 on issue 19: number and gender agreement of a subjectless cue.
A plural verb of saying keeps its plural ending before an object pronoun: the perfect drops only
the alif of ـوا ("وصفوها"), the imperfect keeps ـون ("يعتبرونه"). Such a cue is plural, so it
cannot go on with one speaker named before it. A root و or ن before the pronoun ("نوّه"،
"يدعوها") is no plural ending. A sound masculine plural ("المحتجون") is men: a feminine singular
cue does not go on with it, as it may with a broken plural ("المصادر").
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_plural_with_a_pronoun_does_not_carry_a_singular() -> None:
    # No plural subject is named before it: a plural cue is left without a speaker rather than
    # given the one person the sentence before quoted.
    text = (
        "قالت الكاتبة سلمى العابد إن الرواية ستصدر في الخريف. "
        "وقد صدرت في موعدها، واعتبروها أفضل ما كتبت حتى الآن."
    )
    quote = quote_with(quotes_of(text), "أفضل ما كتبت")
    assert quote.speaker_name is None


def test_a_perfect_plural_with_a_pronoun_goes_on_with_the_group() -> None:
    text = (
        "قال المحتجون إن الإصلاح تأخر كثيرا. "
        "وتحدث وزير العمل كريم الماجري عن خطة جديدة، "
        "واعتبروها خطوة متأخرة لا تكفي."
    )
    quote = quote_with(quotes_of(text), "خطوة متأخرة")
    assert quote.speaker_name == "المحتجون"


def test_a_root_waw_before_the_pronoun_stays_singular() -> None:
    text = "قال وزير العمل كريم الماجري إن الخطة جاهزة. ونوه بأن التمويل مضمون لعامين."
    quote = quote_with(quotes_of(text), "التمويل مضمون")
    assert quote.speaker_name == "كريم الماجري"


# ---------------------------------------------------------------- a feminine cue after men


def test_a_feminine_cue_skips_a_group_of_men_for_the_woman_before() -> None:
    text = (
        "قالت وزيرة العمل سلمى العابد إن الحوار مفتوح. "
        "ورفع المحتجون لافتات أمام الوزارة وقالوا إنهم لن يغادروا. "
        "وأشارت إلى أن الخطة جاهزة."
    )
    quote = quote_with(quotes_of(text), "الخطة جاهزة")
    assert quote.speaker_name == "سلمى العابد"


def test_a_feminine_cue_after_a_group_of_men_alone_has_no_speaker() -> None:
    text = "قال المحتجون إن الأسعار ارتفعت كثيرا. وأشارت إلى أن التجمع سيتواصل."
    quote = quote_with(quotes_of(text), "التجمع سيتواصل")
    assert quote.speaker_name is None


def test_a_broken_plural_still_takes_a_feminine_cue() -> None:
    text = "قالت المصادر إن الأسعار ارتفعت كثيرا. وأشارت إلى أن التجمع سيتواصل."
    quote = quote_with(quotes_of(text), "التجمع سيتواصل")
    assert quote.speaker_name == "المصادر"


def test_an_imperfect_plural_with_a_pronoun_is_plural() -> None:
    text = (
        "قال المحتجون إن الإصلاح تأخر كثيرا. "
        "وتحدث وزير العمل كريم الماجري عن خطة جديدة، "
        "وهم يعتبرونها خطوة متأخرة لا تكفي."
    )
    quote = quote_with(quotes_of(text), "خطوة متأخرة")
    assert quote.speaker_name == "المحتجون"


def test_a_plural_with_a_pronoun_goes_on_with_the_speaker_of_its_sentence() -> None:
    # "مما وصفوه": a relative clause on the object of the group the sentence quotes, whose noun
    # (indefinite) did not show that it is plural.
    text = (
        "قال وزير العمل كريم الماجري إن الخطة جاهزة. "
        "في حين عبر نقابيون كثيرون عن رفضهم لما وصفوه بأنه خطة متأخرة."
    )
    quote = quote_with(quotes_of(text), "خطة متأخرة")
    assert quote.speaker_name == "نقابيون كثيرون"
