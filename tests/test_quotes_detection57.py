"""Detection rules of the eighteenth session (issue 19, item 5): cue lemmas the lexicon lacked."""

from __future__ import annotations

from tests.quote_helpers import quote_with, quotes_of

# ------------------------------------------- شكا "complained" reports through its (من) أنّ


def test_a_complaint_reports_its_min_anna_clause() -> None:
    text = "وتشكو النقابات منذ سنوات من أن الأجور لم ترتفع رغم غلاء المعيشة."
    quote = quote_with(quotes_of(text), "الأجور")
    assert quote.cue.text == "وتشكو"
    assert quote.speaker.text == "النقابات"
    assert quote.content.text == "الأجور لم ترتفع رغم غلاء المعيشة"
    assert quote.kind == "indirect"


def test_a_complaint_in_the_perfect_reports_its_anna_clause() -> None:
    text = "وشكت شركات النقل أن القانون الجديد يرفع كلفة الوقود على المسافرين."
    quote = quote_with(quotes_of(text), "القانون الجديد")
    assert quote.cue.text == "وشكت"
    assert quote.content.text == "القانون الجديد يرفع كلفة الوقود على المسافرين"


def test_a_hardship_suffered_is_no_complaint_reported() -> None:
    # "يشكو من" + a bare noun is an illness or a hardship, not words said.
    text = "وكان المريض يشكو من آلام حادة في الصدر قبل نقله إلى المستشفى."
    assert quotes_of(text) == []


def test_a_complaint_in_quote_marks_is_a_nominal_quote() -> None:
    text = 'وشكا سكان الحي من "التهميش المتواصل" لمنطقتهم.'
    quote = quote_with(quotes_of(text), "التهميش")
    assert quote.cue.text == "وشكا"
    assert quote.kind == "nominal"


def test_a_complementizer_far_after_a_complaint_is_not_its_content() -> None:
    # شكا reports only with its content close after it ("near"): a أنّ this far on, past a
    # hardship and its time, is no complaint's clause.
    text = (
        "ويشكو سكان القرى الجبلية في الشمال الغربي من انقطاع الماء والكهرباء طوال فصل الشتاء "
        "منذ سنوات عديدة دون حل واضح من السلطات المحلية أن المشاريع الجديدة لم تنطلق."
    )
    assert all(q.cue is None or "يشكو" not in q.cue.text for q in quotes_of(text))


# ------------------------ a quoted outlet name inside a source phrase is the source, not a quote


def test_a_long_quoted_outlet_name_closes_no_source_phrase() -> None:
    # After موقع the marks hold the site's name, four words long: the phrase attributes the
    # clause before it, and the name is no content.
    text = 'وظهرت الممثلة في حلقات المسلسل أكثر من أي ممثل آخر، وفق موقع "آي إم دي بي" الفني.'
    quote = quote_with(quotes_of(text), "الممثلة")
    assert quote.cue.text == "وفق"
    assert quote.content.text == "وظهرت الممثلة في حلقات المسلسل أكثر من أي ممثل آخر"
    assert all("دي بي" not in q.content.text for q in quotes_of(text))


def test_a_fronted_phrase_with_a_quoted_outlet_name_attributes_the_answer() -> None:
    text = 'وبحسب صحيفة "وول ستريت جورنال الأمريكية" الواسعة الانتشار فإن الشركة ستغلق فرعها في باريس.'
    quote = quote_with(quotes_of(text), "الشركة")
    assert quote.content.text == "الشركة ستغلق فرعها في باريس"
