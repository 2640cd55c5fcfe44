"""Quote stage, twenty-second round of detection on issue 19: where indirect and nominal content
ends. A finite verb of saying inside the content ends it only when it forms a frame of its own (a
complementizer, a colon, quotation marks or a preposition it governs after it), and a participle
with إلى after it always does; دون governed by a verb of preventing (حال دون، للحيلولة دون) stays
inside the clause, and من goes with its دون.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a verb that forms no frame


def test_a_coordinated_verb_without_content_does_not_end_the_clause() -> None:
    # وتحدث governs عن; "في الملف" is no content of its own, so the visit clause goes on.
    text = (
        "وقال الوزير إنه زار المدرسة صباح اليوم وتحدث في الملف مطولا مع المعلمين والأولياء في قاعة "
        "الاجتماعات الكبرى."
    )
    quote = quote_with(quotes_of(text), "زار")
    assert quote.content.text.endswith("وتحدث في الملف مطولا مع المعلمين والأولياء في قاعة الاجتماعات الكبرى")


def test_a_coordinated_verb_with_its_own_preposition_still_ends_the_clause() -> None:
    text = "وقال الوزير إنه زار المدرسة صباح اليوم وتحدث عن نقص المعلمين في الجهة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "زار").content.text == "زار المدرسة صباح اليوم"
    assert quote_with(quotes, "نقص").cue.text == "وتحدث"


def test_a_name_that_spells_a_verb_with_an_object_pronoun_does_not_end_the_clause() -> None:
    # وابنته reads as و + أبان + ـه ("and he made it clear"); with nothing after it, it is the daughter.
    text = "وقالت الشرطة إن الرجل وابنته غادرا المدينة قبل يومين دون إبلاغ أحد."
    quote = quote_with(quotes_of(text), "الرجل")
    assert quote.content.text.startswith("الرجل وابنته غادرا المدينة")


def test_a_verb_that_needs_its_preposition_ends_the_clause_with_it() -> None:
    # خلص reports only with إلى: "وخلصت الدراسة إلى …" is a report of its own.
    text = "وقالت الدراسة إن النوم المبكر يحسن الذاكرة وخلصت الدراسة إلى ضرورة تنظيم أوقات الراحة."
    quote = quote_with(quotes_of(text), "النوم")
    assert quote.content.text == "النوم المبكر يحسن الذاكرة"


def test_a_relayed_source_after_a_comma_still_ends_the_clause() -> None:
    text = "وقالت الحكومة إنها لن تنتظر طويلا، حسبما تحدث أحد أعضاء الوفد الحكومي لقناة محلية مساء الخميس."
    quote = quote_with(quotes_of(text), "تنتظر")
    assert quote.content.text == "لن تنتظر طويلا"


def test_a_participle_after_the_clause_still_ends_it() -> None:
    # A circumstantial participle after a clause is its verb's next report, whatever its complement.
    text = "وقال المدير إن الإضراب سيتواصل حتى الأسبوع القادم داعيا كافة الأعوان على المشاركة فيه."
    quote = quote_with(quotes_of(text), "الإضراب")
    assert quote.content.text == "الإضراب سيتواصل حتى الأسبوع القادم"


def test_a_participle_with_ila_after_a_short_clause_ends_it() -> None:
    # The preposition إلى, once normalised (الي), is a complement of its own like على، من، عن.
    quotes = quotes_of("وقال الوزير إن الوضع مستقر مشيرا إلى التحسن.")
    assert quote_with(quotes, "الوضع").content.text == "الوضع مستقر"
    assert quote_with(quotes, "التحسن").cue.text == "مشيرا"


# ---------------------------------------------------------------- دون


def test_without_after_a_verb_of_preventing_stays_in_the_clause() -> None:
    text = "وقال الخبير إن الديون الكبيرة تحول دون تحسين الوضع الاقتصادي في البلاد."
    quote = quote_with(quotes_of(text), "الديون")
    assert quote.content.text == "الديون الكبيرة تحول دون تحسين الوضع الاقتصادي في البلاد"


def test_without_after_a_clause_still_ends_it() -> None:
    text = "وأكدت الوزارة أن ثلاثة أشخاص أصيبوا دون تحديد مدى خطورة إصاباتهم."
    quote = quote_with(quotes_of(text), "ثلاثة")
    assert quote.content.text == "ثلاثة أشخاص أصيبوا"


def test_min_goes_with_its_without() -> None:
    text = "وأكدت الوزارة أن ثلاثة أشخاص أصيبوا من دون تحديد مدى خطورة إصاباتهم."
    quote = quote_with(quotes_of(text), "ثلاثة")
    assert quote.content.text == "ثلاثة أشخاص أصيبوا"


def test_a_clause_opening_with_min_doon_keeps_it() -> None:
    text = "وأوضح الوزير أنه من دون هذا القانون لن تتمكن الحكومة من حماية الغابات."
    quote = quote_with(quotes_of(text), "القانون")
    assert quote.content.text == "من دون هذا القانون لن تتمكن الحكومة من حماية الغابات"


def test_a_coordinated_verb_always_ends_a_noun_phrase() -> None:
    # A noun phrase does not go on with a verb: وطلبت ends the nominal content even with no frame.
    text = "وأعلنت الحكومة عن إجراءات جديدة لدعم الفلاحين وطلبت من المواطنين الالتزام بها في كل الجهات."
    quote = quote_with(quotes_of(text), "إجراءات")
    assert quote.content.text == "إجراءات جديدة لدعم الفلاحين"


def test_a_verb_after_a_comma_ends_a_noun_phrase() -> None:
    # After a comma, a verb of saying a few words on ends a noun phrase with any complement.
    text = (
        "ودعا الوزير إلى الحوار بين الأطراف، وصباح اليوم تحدث مطولا مع النقابات في قاعة الاجتماعات "
        "الكبرى بالعاصمة."
    )
    quote = quote_with(quotes_of(text), "الحوار")
    assert quote.content.text == "الحوار بين الأطراف"


def test_a_verb_after_a_comma_without_content_does_not_end_a_clause() -> None:
    text = "وقال الوزير إن الحوار مستمر، وصباح اليوم تحدث مطولا مع النقابات في قاعة الاجتماعات."
    quote = quote_with(quotes_of(text), "الحوار")
    assert quote.content.text.endswith("تحدث مطولا مع النقابات في قاعة الاجتماعات")
