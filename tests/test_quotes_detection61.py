"""Detection rules of the nineteenth session, round d85 (issue 19, items 2 and 5): a subjectless
verb of saying joined to the reported clause and agreeing with its subject, not with the cue,
is that subject's report nested in the outer quote; the nested quote keeps that subject as its
speaker. Every sentence here is written for the test."""

from __future__ import annotations

from tests.quote_helpers import quote_with, quotes_of


def test_a_claim_of_the_reported_subject_nests_with_that_subject_as_speaker() -> None:
    # زعم is masculine and has no subject of its own: not the company's, but the manager's.
    text = "وقالت الشركة إن المدير كان يخفي الأرقام عن المساهمين، بل زعم أن الخسائر سببها الأزمة العالمية."
    quotes = quotes_of(text)
    outer = quote_with(quotes, "يخفي")
    assert outer.cue is not None and outer.cue.text == "وقالت"
    assert outer.speaker_name == "الشركة"
    assert outer.content.text.endswith("بل زعم أن الخسائر سببها الأزمة العالمية")
    inner = [q for q in quotes if q.cue is not None and q.cue.text == "زعم"]
    assert [(q.content.text, q.speaker_name) for q in inner] == [("الخسائر سببها الأزمة العالمية", "المدير")]


def test_a_feminine_body_of_the_reported_clause_goes_on_and_nests() -> None:
    # الحكومة is a body that speaks; وأكدت agrees with it and not with the minister.
    text = "وقال الوزير إن الحكومة رفضت العرض، وأكدت أن المفاوضات ستستمر."
    quotes = quotes_of(text)
    outer = quote_with(quotes, "رفضت العرض")
    assert outer.content.text == "الحكومة رفضت العرض، وأكدت أن المفاوضات ستستمر"
    assert outer.speaker_name == "الوزير"
    inner = [q for q in quotes if q.cue is not None and q.cue.text == "وأكدت"]
    assert [(q.content.text, q.speaker_name) for q in inner] == [("المفاوضات ستستمر", "الحكومة")]


def test_a_feminine_thing_in_the_reported_clause_is_no_speaker_to_go_on_with() -> None:
    # A plan says nothing: وأكدت is not الخطة's report, so the manager's quote ends before it.
    text = "وقال المدير إن الخطة فشلت في تحقيق أهدافها، وأكدت أن الحل في الحوار."
    quotes = quotes_of(text)
    assert quote_with(quotes, "فشلت").content.text == "الخطة فشلت في تحقيق أهدافها"
    assert quote_with(quotes, "الحل في الحوار").content.text == "الحل في الحوار"


# ------------------------------------- "كما تقول X" between dashes


def test_as_x_says_between_dashes_attributes_the_clause_around_it() -> None:
    text = "وارتفعت الأسعار – كما يقول التجار في السوق – بنسبة كبيرة خلال الصيف."
    quotes = quotes_of(text)
    assert [(q.content.text, q.cue.text if q.cue else None, q.speaker_name) for q in quotes] == [
        ("وارتفعت الأسعار – كما يقول التجار في السوق – بنسبة كبيرة خلال الصيف", "يقول", "التجار في السوق")
    ]


def test_a_relay_between_dashes_is_no_quote() -> None:
    # An outlet that only relays names no speaker.
    assert quotes_of("وارتفعت الأسعار – كما نقلت الوكالة – بنسبة كبيرة خلال الصيف.") == []
