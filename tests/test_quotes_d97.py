"""Quote stage, round d97: a past first-person belief inside a quote (كنا نعتقد أن), ألا (أنْ + لا)
as the complementizer of a cue, and إن as a letter of an abbreviation (إن بي آر، سي إن إن). Every
sentence here is written for the test; each rule has a look-alike that must not change.
"""

from __future__ import annotations

from qawl.document import Document, Quote
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(text: str) -> list[Quote]:
    doc = Document(id="t", text=text, mentions=[])
    QuoteAttributor().process([doc])
    return doc.quotes


def by_cue(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


# ---------------------------------------------------------------- past first-person belief


def test_past_first_person_belief_inside_a_quote_is_a_nested_quote() -> None:
    text = 'وقال المزارع للصحفيين: "الأسعار ترتفع كل شهر. كنا نعتقد أن الأزمة انتهت، لكن الوضع يزداد سوءا".'
    [quote] = by_cue(quotes_of(text), "نعتقد")
    assert quote.content.text == "الأزمة انتهت"


def test_present_first_person_belief_stays_a_hedge() -> None:
    text = 'وقال المزارع للصحفيين: "الأسعار ترتفع كل شهر. نعتقد أن الأزمة لم تنته بعد".'
    assert by_cue(quotes_of(text), "نعتقد") == []


def test_belief_after_a_conditional_kan_stays_a_hedge() -> None:
    text = 'وقال المزارع للصحفيين: "سواء كنا نعتقد أن الأزمة انتهت أم لا، فإن الأسعار ترتفع".'
    assert by_cue(quotes_of(text), "نعتقد") == []


# ---------------------------------------------------------------- ألا as complementizer


def test_negative_that_after_a_cue_opens_its_clause() -> None:
    text = "وتعهدت الحكومة ألا تفرض ضرائب جديدة على الخبز هذا العام."
    [quote] = by_cue(quotes_of(text), "وتعهدت")
    assert quote.content.text.startswith("تفرض ضرائب جديدة")


def test_negative_that_of_an_obligation_is_not_the_cue_clause() -> None:
    # عليه ألا "he must not": the ألا clause is the obligation's, not what the proverb says.
    text = "والمثل يقول من يسكن بيتا من زجاج عليه ألا يرمي الناس بالحجارة."
    assert all(not q.content.text.startswith("يرمي") for q in quotes_of(text))


def test_negative_that_opening_a_question_after_a_comma_is_not_a_clause() -> None:
    text = "وقلت للضيوف، انظروا إلى البحر، ألا تعتقدون أنه جميل."
    assert by_cue(quotes_of(text), "وقلت") == []


# ---------------------------------------------------------------- إن as a letter


def test_letter_n_of_an_abbreviation_is_no_complementizer() -> None:
    text = "وقال المتحدث لشبكة إن بي آر الأمريكية إن المفاوضات مستمرة."
    [quote] = by_cue(quotes_of(text), "وقال")
    assert quote.content.text == "المفاوضات مستمرة"


def test_complementizer_after_cnn_is_still_one() -> None:
    text = "وقال المتحدث لشبكة سي إن إن إن المفاوضات مستمرة."
    [quote] = by_cue(quotes_of(text), "وقال")
    assert quote.content.text == "المفاوضات مستمرة"


def test_an_before_the_family_name_is_still_a_complementizer() -> None:
    text = "ويعتقد بعض المتابعين أن آل الشيخ لم ينشر الاستطلاع من فراغ."
    [quote] = by_cue(quotes_of(text), "ويعتقد")
    assert quote.content.text.startswith("آل الشيخ")
