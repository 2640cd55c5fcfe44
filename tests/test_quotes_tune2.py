"""Quote stage, eighth round on issue 19 (Tunisian press): ranks after a spokesman's body, no
apposition that starts with a complementizer, خلص إلى أن, a source phrase inside a clause
whose subject or object follows it, lone family names as sources, and the verb of a relative
source phrase. Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a rank after a spokesman's body


def test_rank_after_the_spokesmans_body_is_his_own() -> None:
    text = "قال المتحدث باسم الجيش المقدم سامي الحمروني إن الوحدات تمركزت في الجبال."
    quote = quote_with(quotes_of(text), "الوحدات")
    assert quote.speaker_name == "سامي الحمروني"


def test_title_right_after_bism_still_owns_the_name() -> None:
    # The look-alike: the spokesman of a person, whose name follows the inner title.
    text = "وقال متحدث باسم رئيسة الوزراء تيريزا ماي إن الاجتماع تأجل."
    quote = quote_with(quotes_of(text), "الاجتماع")
    assert quote.speaker is not None and quote.speaker.text.startswith("متحدث باسم")


# ---------------------------------------------------------------- no apposition after a complementizer


def test_complementizer_after_the_comma_is_no_name() -> None:
    text = (
        "أكد الناطق باسم الحرس المقدم رضا العياري أن الوضع مستقر. "
        "وأفاد المقدم العياري، بأنه تم حجز كميات من الأسلحة."
    )
    quote = quote_with(quotes_of(text), "الأسلحة")
    assert quote.speaker_name == "رضا العياري"


def test_name_after_the_comma_is_still_an_apposition() -> None:
    text = "وقال المقدم، رضا العياري، إن الوضع مستقر."
    quote = quote_with(quotes_of(text), "مستقر")
    assert quote.speaker is not None and quote.speaker.text == "رضا العياري"


# ---------------------------------------------------------------- خلص إلى أن


def test_concluded_that_reports() -> None:
    quote = quote_with(quotes_of("وخلصت الدراسة إلى أن نسبة البطالة ارتفعت."), "البطالة")
    assert quote.speaker is not None and quote.speaker.text == "الدراسة"


def test_khalasa_without_ila_reports_nothing() -> None:
    # "got done with the works" even with a complementizer after it: no report without إلى.
    assert quotes_of("وخلص العمال من الأشغال بسرعة أن الطريق أصبح مفتوحا.") == []


# ---------------------------------------------------------------- a source phrase inside its clause


def test_phrase_before_the_clauses_subject_quotes_the_whole_clause() -> None:
    text = "وستجري الدورة الرئيسية للامتحان، وفق المدير العام للامتحانات، أيام 3 و4 جوان."
    quote = quote_with(quotes_of(text), "أيام 3")
    assert "الدورة الرئيسية" in quote.content.text
    assert quote.speaker is not None and quote.speaker.text == "المدير العام للامتحانات"


def test_phrase_before_a_new_clause_quotes_the_clause_before() -> None:
    text = "وتراجعت الصادرات، وفق المدير العام للديوانة، مما دفع الحكومة إلى التدخل."
    quote = quote_with(quotes_of(text), "الصادرات")
    assert "مما" not in quote.content.text


def test_relayed_source_before_a_noun_opens_no_clause() -> None:
    text = "ونشرت صحيفة محلية مقالا، نقلا عن مصادر أمنية، مفاده أن الحدود أغلقت."
    quotes = quotes_of(text)
    assert not any("صحيفة محلية" in q.content.text for q in quotes)


# ---------------------------------------------------------------- a lone family name as a source


def test_lone_family_name_is_a_source_when_written_after_a_given_name() -> None:
    text = (
        "قال الوزير كريم الدهماني إن القانون جاهز. "
        "ويخضع لهذا القانون، وفق الدهماني، كل موظف عمومي يتولى مهمة في الإدارة."
    )
    quote = quote_with(quotes_of(text), "كل موظف")
    assert quote.speaker_name == "كريم الدهماني"


def test_lone_definite_noun_is_no_source() -> None:
    text = "ويخضع لهذا القانون، وفق التقويم، كل موظف عمومي يتولى مهمة في الإدارة."
    assert not any("كل موظف" in q.content.text for q in quotes_of(text))


# ---------------------------------------------------------------- the verb of a relative source phrase


def test_verb_of_a_relative_source_phrase_is_no_second_quote() -> None:
    text = "وسيسمح هذا القانون، حسب ما أكده الناطق الرسمي باسم الحكومة، للدولة بأن تراقب الصفقات العمومية."
    quotes = quotes_of(text)
    assert len(quotes) == 1 and quotes[0].cue.text == "حسب"
    assert "سيسمح" in quotes[0].content.text
