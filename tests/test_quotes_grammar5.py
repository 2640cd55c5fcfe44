"""Quote stage, fifth round on issue 19: a title's seat after its adjective, apposition after a
source phrase, a source phrase inside its clause, "the region" in a title. Every sentence
here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a بال-phrase after the adjective


def test_seat_after_the_adjective_stays_in_the_title_before_a_name() -> None:
    text = "قال المدير الجهوي للتجارة بالقيروان محمد الصالح إن الأسعار ارتفعت."
    quote = quote_with(quotes_of(text), "الأسعار")
    assert quote.speaker is not None and quote.speaker.text == "محمد الصالح"


def test_bi_complement_after_the_adjective_is_no_title() -> None:
    text = "وطالب المسؤول الأممي بالإفراج عن المعتقلين."
    quote = quote_with(quotes_of(text), "المعتقلين")
    assert quote.speaker is not None and quote.speaker.text == "المسؤول الأممي"
    assert quote.content.text.startswith("بالإفراج")


# ---------------------------------------------------------------- apposition after a title


def test_words_after_a_mid_sentence_source_phrase_are_no_apposition() -> None:
    text = "وارتبط تراجع الصادرات، حسب المدير، بضعف القدرة التنافسية للمؤسسات الصغرى. وأضاف أن الأسواق تغيرت."
    quote = quote_with(quotes_of(text), "الأسواق")
    assert quote.speaker_name == "المدير"


def test_apposition_closed_by_a_comma_after_a_source_phrase_names_the_titled_person() -> None:
    text = "وارتبط تراجع الصادرات، حسب المدير العام، كريم بوزيد، بضعف القدرة التنافسية."
    quote = quote_with(quotes_of(text), "التنافسية")
    assert quote.speaker_name == "كريم بوزيد"


# ---------------------------------------------------------------- a source phrase inside its clause


def test_source_phrase_inside_a_clause_attributes_the_whole_clause() -> None:
    text = "وتتمثل أهم هذه الإجراءات، وفق الوالي، في تركيز علامات مرورية بالطريق."
    quote = quote_with(quotes_of(text), "علامات")
    assert quote.content.text.startswith("وتتمثل أهم هذه الإجراءات")
    assert quote.cue.text == "وفق" and quote.speaker_name == "الوالي"


def test_source_phrase_before_a_new_clause_keeps_the_clause_after_it() -> None:
    text = "وارتفعت الأسعار بشكل كبير. وحسب المدير، الأسواق تغيرت كثيرا."
    quote = quote_with(quotes_of(text), "الأسواق")
    assert quote.content.text.startswith("الأسواق")


# ---------------------------------------------------------------- "the region" in a title


def test_governor_of_the_region_is_the_governor_named_before() -> None:
    text = "قال والي نابل، كمال الصيادي، إن الطريق ستفتح. وأضاف والي الجهة أن الأشغال انطلقت."
    quote = quote_with(quotes_of(text), "الأشغال")
    assert quote.speaker_name == "كمال الصيادي"


def test_minister_of_state_is_another_office() -> None:
    text = "قال وزير الداخلية، كمال الصيادي، إن الطريق ستفتح. وأضاف وزير الدولة أن الأشغال انطلقت."
    quote = quote_with(quotes_of(text), "الأشغال")
    assert quote.speaker_name == "وزير الدولة"
