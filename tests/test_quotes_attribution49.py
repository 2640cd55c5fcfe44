"""Attribution round 49: explicit subjects that the speaker reading missed, and chain heads that
were no speaker.

- A time adverb may stand between a verb of saying and its subject (أعلنت الأحد وزيرة …).
- A noun in the indefinite accusative after a title is the verb's object, not the title
  holder's name (أصدر النائب العام قرارا …).
- A relative clause's verb has the relative's antecedent as its subject; the noun after it is
  its object (صحيفة "X" التي نقلت التحركات …، وتحدثت).
- The addressee of a letter (رسالة إلى X، طالبه فيها) is not its author.
- A title that governs a quoted body and a second post of the same person (مؤسس "X" ومديره
  التنفيذي Y) is followed by the person's name.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_subject_after_a_day_name() -> None:
    text = "أعلنت الأحد وزيرة الدولة لشؤون الإعلام سلمى الزواري أن عملية المداهمة انتهت."
    quote = quote_with(quotes_of(text), "عملية المداهمة")
    assert quote.speaker is not None
    assert quote.speaker_name == "سلمى الزواري"


def test_subject_after_a_time_phrase_between_commas() -> None:
    text = "وأعلنت، أمس الثلاثاء، وزارة التجهيز أن أشغال الطريق ستنطلق قريبا."
    quote = quote_with(quotes_of(text), "أشغال الطريق")
    assert quote.speaker is not None
    assert quote.speaker_name == "وزارة التجهيز"


def test_time_adverb_without_subject_keeps_the_dropped_subject() -> None:
    text = "قال الوزير كمال العبيدي إن الحملة انطلقت. وأضاف اليوم أن النتائج الأولى طيبة."
    quote = quote_with(quotes_of(text), "النتائج الأولى")
    assert quote.speaker is None
    assert quote.speaker_name == "كمال العبيدي"


def test_accusative_noun_after_title_is_the_object() -> None:
    text = (
        "وقالت الوزيرة سلمى الزواري إن الحملة انطلقت. من جهته، أصدر النائب العام لمحكمة "
        'الاستئناف قرارا "بمنع تداول الأسماء"، مؤكدا ضرورة الالتزام بالبلاغات الرسمية. '
        "ولم يصدر القرار بعد في الرائد الرسمي."
    )
    quote = quote_with(quotes_of(text), "ضرورة الالتزام")
    assert quote.speaker_name == "النائب العام لمحكمة الاستئناف"


def test_relative_clause_verb_takes_the_quoted_outlet_as_subject() -> None:
    text = (
        "وقال الوزير كمال العبيدي إن الحملة انطلقت. فيما اختارت وسائل إعلام أخرى نقل ما يجري "
        'على غرار "صحيفة الصباح" التي نقلت التحركات الاحتجاجية في المدن وتحدثت عن أهم '
        "الشعارات التي رفعت."
    )
    quote = quote_with(quotes_of(text), "أهم الشعارات")
    assert quote.speaker_name == "صحيفة الصباح"


def test_addressee_of_a_letter_is_not_its_author() -> None:
    text = (
        "وجه الرئيس التونسي السابق، كمال العبيدي، رسالة مفتوحة إلى الرئيس الفرنسي سامي "
        "الجلاصي، طالبه فيها بمراجعة سياسة بلاده في المنطقة."
    )
    quote = quote_with(quotes_of(text), "بمراجعة سياسة")
    assert quote.speaker_name == "كمال العبيدي"


def test_name_after_a_second_post_of_a_quoted_body() -> None:
    text = (
        'وقال مؤسس "تويتر" ومديره التنفيذي جاك دورسي إن الشركة ستغير سياستها. وأضاف أن التغيير سيبدأ قريبا.'
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الشركة ستغير").speaker_name == "جاك دورسي"
    assert quote_with(quotes, "التغيير سيبدأ").speaker_name == "جاك دورسي"


def test_subject_before_min_jihatihi() -> None:
    text = (
        "قال الوزير كمال العبيدي إن الحملة انطلقت. "
        "وزير الخارجية، سامي الجلاصي، من جهته حث الأطراف على الحوار وقال إن الحل سياسي."
    )
    quote = quote_with(quotes_of(text), "الحل سياسي")
    assert quote.speaker_name == "سامي الجلاصي"


def test_subject_before_an_occasion_between_commas() -> None:
    text = (
        "قال الوزير كمال العبيدي إن الحملة انطلقت. "
        "وزير الصحة سامي الجلاصي، في تصريح لإذاعة محلية، أكد أن الأشغال ستنتهي قريبا."
    )
    quote = quote_with(quotes_of(text), "الأشغال ستنتهي")
    assert quote.speaker is not None
    assert quote.speaker_name == "سامي الجلاصي"


def test_subject_before_wa_fi_raddihi() -> None:
    text = (
        "قال الوزير كمال العبيدي إن الحملة انطلقت. "
        "والنائبة سنية الهمامي وفي ردها على سؤال حول الموضوع قالت إن الأشغال ستنتهي قريبا."
    )
    quote = quote_with(quotes_of(text), "الأشغال ستنتهي")
    assert quote.speaker_name is not None and "سنية الهمامي" in quote.speaker_name


def test_noun_of_anna_is_no_fronted_subject() -> None:
    # Look-alike: the noun before the adverbial belongs to the أنّ clause of another verb.
    text = (
        "قال الرئيس كمال العبيدي إن الحرب ستنتهي. وفيما أكد العبيدي أن قوات الجيش في وضع "
        "جيد، شدد في ذات الوقت على أن الحكومة ستبقى في موقع القوة."
    )
    quote = quote_with(quotes_of(text), "الحكومة ستبقى")
    assert quote.speaker_name == "كمال العبيدي"
