"""Quote stage, attribution round 68 on issue 19: a subject put before its verb with asides
between them. "لكن X، apposition، والتي …، أكدت": the و joins the relative clause to the
apposition, and both describe X, the subject of the verb that agrees with the relative. "أما X
فهي أشارت" / "فإنه قال": the pronoun after ف takes up the topic, which is the verb's subject.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

_BEFORE = "قال وزير النقل كريم الماجري إن الطريق جاهزة. "


def test_a_coordinated_relative_after_an_apposition_leaves_the_subject_first() -> None:
    text = _BEFORE + (
        "لكن المهندس سامي العرفاوي، خبير الطرقات في الولاية، والذي أشرف على الدراسة، "
        "أكد أن الطريق غير آمنة. وأضاف أن الأشغال ستتأخر."
    )
    quotes = quotes_of(text)
    quote = quote_with(quotes, "غير آمنة")
    assert quote.speaker is not None
    assert quote.speaker.text == "المهندس سامي العرفاوي" or quote.speaker_name == "سامي العرفاوي"
    assert quote_with(quotes, "ستتأخر").speaker_name == "سامي العرفاوي"


def test_a_feminine_body_with_a_coordinated_relative() -> None:
    text = "قالت المديرة سلمى العابد إن المدرسة جاهزة. " + (
        "لكن النقابة، شريكة الوزارة، والتي وقعت الاتفاق، أكدت أن الأقسام مكتظة."
    )
    assert quote_with(quotes_of(text), "مكتظة").speaker_name == "النقابة"


def test_a_later_stated_subject_keeps_its_quotes() -> None:
    text = "قالت المديرة سلمى العابد إن المدرسة جاهزة. " + (
        "لكن النقابة، شريكة الوزارة، والتي وقعت الاتفاق، أكدت أن الأقسام مكتظة. "
        "وقال الوزير كريم الماجري إن الحل قريب. وأضاف أن التمويل متوفر."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الحل قريب").speaker_name == "كريم الماجري"
    assert quote_with(quotes, "التمويل متوفر").speaker_name == "كريم الماجري"


def test_a_verb_that_disagrees_with_the_relative_keeps_its_own_subject() -> None:
    # التي … قال: the verb is not the fronted body's; its subject follows it.
    text = _BEFORE + "لكن الجمعية، وهي منظمة أهلية، والتي تأسست قبل عشر سنوات، قال رئيسها إن الطريق غير آمنة."
    assert quote_with(quotes_of(text), "غير آمنة").speaker.text == "رئيسها"


def test_a_resuming_pronoun_after_fa_in_amma() -> None:
    text = _BEFORE + "أما الهيئة المستقلة للطرقات فهي أشارت إلى أن الجسر يحتاج إلى صيانة."
    quote = quote_with(quotes_of(text), "الجسر يحتاج")
    assert quote.speaker is not None
    assert quote.speaker.text.startswith("الهيئة")


def test_fa_inna_with_its_pronoun_in_amma() -> None:
    text = _BEFORE + "أما النائب سامي العرفاوي فإنه قال إن الطريق غير آمنة."
    quote = quote_with(quotes_of(text), "غير آمنة")
    assert quote.speaker is not None
    assert quote.speaker.text == "النائب سامي العرفاوي" or quote.speaker_name == "سامي العرفاوي"


def test_a_titled_subject_before_a_verb_of_feeling_goes_on_to_the_next_cue() -> None:
    # "تشعر أن": the word in ت before أنّ is the verb of the fronted subject, not the end of its
    # name, so the next subjectless cue goes on with that subject, not the earlier speaker.
    text = _BEFORE + ("لكن الأستاذ سامي العرفاوي يخشى أن الأشغال متأخرة كثيرا. وأضاف أن التجهيزات ناقصة.")
    name = quote_with(quotes_of(text), "التجهيزات ناقصة").speaker_name
    assert name is not None and name.startswith("سامي العرفاوي")


def test_an_indefinite_noun_after_there_is_is_the_subject_of_the_verb_describing_it() -> None:
    text = _BEFORE + "وهناك دراسة أخرى بينت أن الجسر يحتاج إلى صيانة عاجلة."
    quote = quote_with(quotes_of(text), "الجسر يحتاج")
    assert quote.speaker is not None
    assert quote.speaker.text == "دراسة أخرى"
