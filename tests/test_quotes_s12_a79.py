"""Quote stage, attribution round a79 on issue 19: subjectless cues in articles with several
speakers. A feminine cue joined by و to a verb-first clause whose verb carries its object as a
pronoun ("نددت بها المعارضة ووصفتها"، "قاطعتها النقابات وقالت") shares that clause's subject:
with the object a pronoun, the noun after the verb can only be its subject, and the و joins the
cue to that verb, whoever was quoted before.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_cue_joined_to_a_relative_clause_takes_its_subject_not_the_man_named_before() -> None:
    text = "وفاز الرئيس كمال العيادي بولاية ثالثة في انتخابات نددت بها المعارضة ووصفتها بالمزورة."
    quote = quote_with(quotes_of(text), "بالمزورة")
    assert quote.speaker is None
    assert quote.speaker_name is not None and "المعارضة" in quote.speaker_name


def test_a_verb_with_an_object_pronoun_gives_its_subject_to_the_joined_cue() -> None:
    text = "وقال الرئيس كمال العيادي إن البلاد بخير. وجرت الانتخابات التي قاطعتها المعارضة ووصفتها بالمهزلة."
    quote = quote_with(quotes_of(text), "بالمهزلة")
    assert quote.speaker_name is not None and "المعارضة" in quote.speaker_name


def test_after_a_verb_without_a_pronoun_the_noun_may_be_its_object() -> None:
    # "استدعت السفيرة": the ministry summoned the ambassador; she is not who stressed anything.
    text = "وقالت الوزيرة سلمى الرياحي إن الوزارة استدعت السفيرة وأكدت أن العلاقات لن تتأثر بالحادثة."
    quote = quote_with(quotes_of(text), "العلاقات لن تتأثر")
    assert quote.speaker_name is None or "السفيرة" not in quote.speaker_name


def test_a_masculine_cue_after_such_a_clause_stays_with_the_man() -> None:
    text = (
        "وقال الوزير كمال العيادي إن الانتخابات التي نددت بها المعارضة كانت نزيهة، وأضاف أن "
        "النتائج ستعلن غدا."
    )
    quote = quote_with(quotes_of(text), "النتائج ستعلن")
    assert quote.speaker_name is not None and "كمال العيادي" in quote.speaker_name


def test_a_plural_cue_goes_on_with_the_plural_subject_after_a_fronted_adverbial() -> None:
    # "وعقب نشر الخبر، تفاعل ناشطون …، وطالبوا": the verb after the comma opens the clause.
    text = (
        "وقال الوزير كمال العيادي إن اللجنة ستجتمع. وعقب نشر الخبر، تفاعل ناشطون على مواقع "
        "التواصل الاجتماعي، وطالبوا بمحاسبة المسؤولين."
    )
    quote = quote_with(quotes_of(text), "بمحاسبة المسؤولين")
    assert quote.speaker is None
    assert quote.speaker_name is not None and "ناشطون" in quote.speaker_name


def test_a_plural_cue_after_a_fronted_adverbial_with_a_singular_subject_finds_no_group() -> None:
    # "وفي اليوم التالي، استقبل الوزير …": one person; the plural cue does not take him.
    text = "وفي اليوم التالي، استقبل الوزير كمال العيادي وفدا من النقابة، وطالبوا بزيادة الأجور."
    quote = quote_with(quotes_of(text), "بزيادة الأجور")
    assert quote.speaker_name is None or "كمال العيادي" not in quote.speaker_name


def test_a_feminine_cue_does_not_go_on_with_a_man_named_by_a_title_without_ta_marbuta() -> None:
    # "على حد تعبير محاميها": a lawyer's title without ة is a man's; "قالت" is someone else.
    text = (
        "أوقفت الشرطة الممثلة سلمى الرياحي في ملهى ليلي، حسبما قال محاميها كمال العيادي. "
        "واحتجزت الرياحي ساعات، «لكن ذلك كان دون سبب»، على حد تعبير محاميها. وعندما سئلت "
        "الرياحي عن القضية، قالت إنها ستقاضي الشرطة."
    )
    quote = quote_with(quotes_of(text), "ستقاضي الشرطة")
    assert quote.speaker_name is None or "كمال العيادي" not in quote.speaker_name
