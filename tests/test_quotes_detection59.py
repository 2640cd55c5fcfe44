"""Detection rules of the eighteenth session, round d83 (issue 19, items 2 and 5): reports nested
in reported content, and source phrases whose noun carries لـ."""

from __future__ import annotations

from tests.quote_helpers import quote_with, quotes_of

# ------------------------------------- a verb that goes on with the reported clause's subject


def test_a_claim_of_the_reported_subject_nests_in_the_outer_quote() -> None:
    # زعم is masculine and has no subject of its own: not الشركة's, but المدير's, whom the
    # company's words are about. The company's quote runs on over it, and the claim nests in it.
    text = "وقالت الشركة إن المدير كان يخفي الأرقام عن المساهمين، بل زعم أن الخسائر سببها الأزمة العالمية."
    quotes = quotes_of(text)
    outer = quote_with(quotes, "يخفي")
    assert outer.cue.text == "وقالت"
    assert outer.content.text == (
        "المدير كان يخفي الأرقام عن المساهمين، بل زعم أن الخسائر سببها الأزمة العالمية"
    )
    inner = [q for q in quotes if q.cue.text == "زعم"]
    assert [q.content.text for q in inner] == ["الخسائر سببها الأزمة العالمية"]


def test_a_feminine_verb_after_a_mans_words_about_a_woman_nests() -> None:
    text = "وقال المتحدث إن الوزيرة زارت المستشفى صباح اليوم، وأكدت أن العمل سيستمر."
    quotes = quotes_of(text)
    outer = quote_with(quotes, "زارت")
    assert outer.content.text == "الوزيرة زارت المستشفى صباح اليوم، وأكدت أن العمل سيستمر"
    assert [q.content.text for q in quotes if q.cue.text == "وأكدت"] == ["العمل سيستمر"]


def test_a_pronoun_subject_on_the_complementizer_is_the_one_that_goes_on() -> None:
    # إنه: the reported clause's subject is "he"; the masculine وقال goes on with him, not with
    # the feminine صحيفة.
    text = "وذكرت الصحيفة أنه دافع عن القرار وقال إن الهدف منه فتح الحوار مع المعارضة."
    quotes = quotes_of(text)
    outer = quote_with(quotes, "دافع")
    assert outer.cue.text == "وذكرت"
    assert outer.content.text == "دافع عن القرار وقال إن الهدف منه فتح الحوار مع المعارضة"
    assert [q.content.text for q in quotes if q.cue.text == "وقال"] == ["الهدف منه فتح الحوار مع المعارضة"]


def test_the_predicate_of_the_reported_clause_nests_after_a_comma() -> None:
    # The subject in apposition ends at a comma before its verb: the verb is still the reported
    # clause's predicate, so the agency's quote runs on over the chairman's report.
    text = "وأفادت وكالة الأنباء أن رئيس اللجنة، سامي الحداد، كشف أن السلطات منعت إدخال الأدوية."
    quotes = quotes_of(text)
    outer = quote_with(quotes, "رئيس اللجنة")
    assert outer.cue.text == "وأفادت"
    assert outer.content.text == "رئيس اللجنة، سامي الحداد، كشف أن السلطات منعت إدخال الأدوية"
    inner = [q for q in quotes if q.cue.text == "كشف"]
    assert [(q.content.text, q.speaker.text) for q in inner] == [
        ("السلطات منعت إدخال الأدوية", "سامي الحداد")
    ]


def test_a_verb_agreeing_with_the_speaker_still_opens_the_next_quote() -> None:
    # وأكدت agrees with الشركة, not with المدير: the company's next report, not a nested one.
    text = "وقالت الشركة إن المدير كان يخفي الأرقام عن المساهمين، وأكدت أن الخسائر سببها الأزمة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "يخفي").content.text == "المدير كان يخفي الأرقام عن المساهمين"
    assert quote_with(quotes, "الخسائر").content.text == "الخسائر سببها الأزمة"


def test_a_verb_with_its_own_subject_opens_the_next_quote() -> None:
    text = "وقالت الشركة إن المدير كان يخفي الأرقام، وأكد المحامي أن الخسائر سببها الأزمة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "يخفي").content.text == "المدير كان يخفي الأرقام"
    assert quote_with(quotes, "الخسائر").speaker.text == "المحامي"


# ------------------------------------------- وفقا لـ / طبقا لـ: the ل is the preposition's


def test_a_fronted_according_to_with_li_on_a_plural_noun_names_its_source() -> None:
    # After وفقا the ل is always the preposition (a name in ل would take a second one: للافروف).
    text = "ووفقا لتسريبات قديمة من وزارة الداخلية، فإن الخطة كانت تقضي بغلق المعبر."
    quote = quote_with(quotes_of(text), "الخطة")
    assert quote.cue.text == "ووفقا"
    assert quote.content.text == "الخطة كانت تقضي بغلق المعبر"
    assert quote.speaker.text == "لتسريبات قديمة من وزارة الداخلية"


def test_a_closing_according_to_with_li_attributes_the_clause_before() -> None:
    text = "وارتفع عدد المهاجرين إلى الجزيرة هذا العام، وفقا لتسريبات الاستخبارات."
    quote = quote_with(quotes_of(text), "المهاجرين")
    assert quote.cue.text == "وفقا"
    assert quote.content.text == "وارتفع عدد المهاجرين إلى الجزيرة هذا العام"


def test_according_to_this_with_li_names_no_source() -> None:
    # "وطبقا لهذا …" is "accordingly": the demonstrative points back to a step, no one speaks.
    text = "وطبقا لهذا الفحص، سيحدد الأطباء موعد عودة اللاعب إلى التدريبات."
    assert quotes_of(text) == []


# ------------------------------------------------ لكن + another subject's verb of saying


def test_but_with_another_subject_that_reports_ends_the_reported_clause() -> None:
    text = "وذكرت الشركة أن الرحلة ستقلع غدا من المطار لكن الشرطة قالت إن بعض الركاب رفضوا السفر."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الرحلة").content.text == "الرحلة ستقلع غدا من المطار"
    police = quote_with(quotes, "الركاب")
    assert police.cue.text == "قالت"
    assert police.speaker.text == "الشرطة"


def test_but_with_a_subject_that_does_not_report_goes_on() -> None:
    # Guard: لكن + a clause with no verb of saying is more of what the minister said.
    text = "وقال الوزير إن الاتفاق صامد لكن الوضع يبقى هشا في المنطقة."
    assert quote_with(quotes_of(text), "الاتفاق").content.text == "الاتفاق صامد لكن الوضع يبقى هشا في المنطقة"


# ------------------------------------- a definite verbal noun of saying after a governing verb


def test_a_habit_of_saying_reports_with_the_verbs_subject() -> None:
    text = "ودأبت الوزارة على القول إن الوضع في المخيمات تحت السيطرة."
    quote = quote_with(quotes_of(text), "المخيمات")
    assert quote.cue.text == "القول"
    assert quote.speaker.text == "الوزارة"
    assert quote.content.text == "الوضع في المخيمات تحت السيطرة"
    assert quote.kind == "indirect"


def test_beginning_to_talk_about_is_a_nominal_report() -> None:
    text = "وبدأت الصحف المحلية الحديث عن رحيل المدرب في نهاية الموسم."
    quote = quote_with(quotes_of(text), "رحيل")
    assert quote.cue.text == "الحديث"
    assert quote.speaker.text == "الصحف المحلية"
    assert quote.kind == "nominal"


def test_talk_that_began_is_no_report() -> None:
    # "وبدأ الحديث عن …": الحديث is the verb's subject, "talk began about", no one speaks.
    text = "وبدأ الحديث عن رحيل المدرب في نهاية الموسم."
    assert quotes_of(text) == []


def test_a_refusal_to_talk_is_no_report() -> None:
    text = "ورفض المدرب الحديث عن مستقبله مع الفريق."
    assert quotes_of(text) == []
