"""Quote stage, attribution round a76 on issue 19: the subject a subjectless cue goes on with.
A feminine cue joined by و to the clause a complementizer opened in its sentence agrees with
that clause's subject ("وذكر الوزير أن الصحفية X عبرت …، وقالت"), not with the man quoted; and
the verbs of form VIII of roots in ل (التقى، التزمت), written like a noun with the article, open
a verb-first clause whose subject a later "حيث أكد" continues.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_feminine_cue_goes_on_with_the_woman_of_the_clause_it_is_joined_to() -> None:
    text = (
        "وذكر وزير الداخلية كمال العيادي أن الطبيبة سلمى الرياحي عبرت له في اتصال هاتفي عن "
        "ارتياحها لنتائج التحقيق، وقالت إنها ستعود إلى عملها الأسبوع المقبل."
    )
    # The claim nests in the minister's quote, which runs on over it (the doctor's words are part
    # of what he reports); each quote keeps its own speaker.
    quotes = quotes_of(text)
    outer = quote_with(quotes, "عبرت له")
    assert outer.cue is not None and outer.cue.text == "وذكر"
    assert outer.content.text.endswith("وقالت إنها ستعود إلى عملها الأسبوع المقبل")
    assert outer.speaker_name == "كمال العيادي"
    inner = [q for q in quotes if q.cue is not None and q.cue.text == "وقالت"]
    assert [q.content.text for q in inner] == ["ستعود إلى عملها الأسبوع المقبل"]
    assert inner[0].speaker is None
    assert inner[0].speaker_name is not None and "سلمى الرياحي" in inner[0].speaker_name


def test_a_feminine_cue_goes_on_with_the_body_of_the_clause_it_is_joined_to() -> None:
    text = (
        "وقال المحامي كمال العيادي إن الملف سيحال قريبا. وأوضح العيادي أن السلطات القضائية "
        "الفرنسية اتصلت بالقاضي المكلف بالملف وأكدت له أنها لا تتعامل إلا مع الجهات الرسمية."
    )
    quote = quote_with(quotes_of(text), "لا تتعامل")
    assert quote.speaker_name is not None and "السلطات" in quote.speaker_name


def test_a_thing_in_the_joined_clause_is_no_speaker() -> None:
    # "إن الأزمة انتهت، وأكدت": a crisis says nothing; the cue keeps its earlier reading.
    text = "وقال الوزير كمال العيادي إن الأزمة انتهت منذ أيام، وأكدت أن اللجنة ستجتمع غدا."
    quote = quote_with(quotes_of(text), "اللجنة ستجتمع")
    assert quote.speaker_name is None or "الأزمة" not in quote.speaker_name


def test_a_masculine_cue_after_a_joined_clause_stays_with_the_speaker() -> None:
    text = "وقال الوزير كمال العيادي إن الحكومة قررت تأجيل الموعد، وأضاف أن اللجنة ستجتمع غدا."
    quote = quote_with(quotes_of(text), "اللجنة ستجتمع")
    assert quote.speaker_name == "كمال العيادي"


def test_iltaqa_opens_a_verb_first_clause() -> None:
    # "التقى" is a verb (form VIII of لقي), not "ال" + a noun: its subject is the president.
    text = (
        "قال رئيس البرلمان كمال العيادي إن الجلسة ستعقد غدا. "
        "التقى الرئيس الفرنسي مع ممثلي المعارضة في باريس، حيث أعرب عن أمله في إجراء حوار شامل."
    )
    quote = quote_with(quotes_of(text), "إجراء حوار")
    assert quote.speaker_name == "الرئيس الفرنسي"


def test_iltaqa_with_a_known_name_gives_that_name() -> None:
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون إن بلاده تدعم الحوار. "
        "وقال رئيس البرلمان التركي كمال العيادي إن العرض مرفوض. "
        "التقى الرئيس الفرنسي بالمجموعات الكردية في باريس، حيث أعرب عن أمله في إجراء حوار شامل."
    )
    quote = quote_with(quotes_of(text), "إجراء حوار")
    assert quote.speaker_name == "إيمانويل ماكرون"


def test_a_feminine_cue_after_iltaqat_goes_on_with_its_subject() -> None:
    text = (
        "وقال رئيس البلدية كمال العيادي إن الأشغال ستبدأ الشهر المقبل. "
        "والتقت وزيرة الصحة سلوى الرياحي مع ممثلي المجتمع المدني في المدينة، "
        "وأكدت أن الدولة ستدعم المشروع."
    )
    quote = quote_with(quotes_of(text), "ستدعم المشروع")
    assert quote.speaker_name == "سلوى الرياحي"
