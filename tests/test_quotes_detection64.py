"""Detection rules of the twentieth session, round d88 (issue 19, items 1 and 5): missed
nominal quotes. Every sentence here is written for the test."""

from __future__ import annotations

from tests.quote_helpers import quote_with, quotes_of


def test_claims_pointed_at_after_an_unknown_subject_are_denied() -> None:
    quote = quote_with(quotes_of("وأنكر ماريو جميع التهم."), "التهم")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("جميع التهم")
    assert quote.cue is not None and quote.cue.text == "وأنكر"


def test_claims_pointed_at_past_a_subject_of_three_words() -> None:
    quote = quote_with(quotes_of("وأنكر الحارس الشخصي للرئيس جميع التهم."), "التهم")
    assert quote.kind == "nominal"
    assert quote.content.text == "جميع التهم"
    assert quote.cue is not None and quote.cue.text == "وأنكر"


def test_a_quantifier_and_a_demonstrative_before_the_claims() -> None:
    quote = quote_with(quotes_of("وينفي غورديلو كل هذه الشائعات."), "الشائعات")
    assert quote.content.text == "كل هذه الشائعات"


def test_a_demonstrative_in_the_subject_opens_no_object() -> None:
    # "the members of this committee": the demonstrative belongs to the subject's genitive.
    contents = [q.content.text for q in quotes_of("ونفى أعضاء هذه اللجنة تلقي أموال من الخارج.")]
    assert not any(c.startswith("هذه اللجنة") for c in contents)


def test_news_right_after_a_verb_of_confirming_may_be_its_subject() -> None:
    contents = [q.content.text for q in quotes_of("وأكدت هذه الأنباء وصول التعزيزات.")]
    assert not any(c.startswith("هذه الأنباء") for c in contents)


def test_claims_before_a_comma_win_over_a_noun_past_it() -> None:
    text = "وأنكر ماريو جميع التهم، ووصف الأربعاء شهادة الشاهد بأنها ملفقة."
    quote = quote_with(quotes_of(text), "التهم")
    assert quote.content.text == "جميع التهم"
    assert quote.cue is not None and quote.cue.text == "وأنكر"


def test_a_cognate_accusative_is_no_verb_with_claims() -> None:
    # Inside the quote, نفياً قاطعاً is the verbal noun of ننفي and its adjective, no subject.
    text = 'وقال المتحدث: "ننفي نفياً قاطعاً كل الاتهامات الموجهة إلينا".'
    assert [q.cue.text for q in quotes_of(text) if q.cue is not None] == ["وقال"]


def test_any_after_an_addressee_opens_what_was_denied() -> None:
    text = "ونفى المحامي لصحيفة محلية إجراء أية اتصالات بالشركة."
    quote = quote_with(quotes_of(text), "اتصالات")
    assert quote.kind == "nominal"
    assert quote.content.text.startswith("إجراء أية اتصالات")
    assert quote.cue is not None and quote.cue.text == "ونفى"


def test_any_after_a_definite_noun_opens_the_object_itself() -> None:
    quote = quote_with(quotes_of("ونفى بيرتولي أمام المحكمة أي صلة له بالحادث."), "صلة")
    assert quote.content.text.startswith("أي صلة")


def test_any_after_a_word_of_no_event_pattern_opens_at_any() -> None:
    quote = quote_with(quotes_of("ونفى المحامي لصحيفة محلية تسلم أية رشاوى من الشركة."), "رشاوى")
    assert quote.content.text.startswith("أية رشاوى")


def test_any_before_a_comma_wins_over_a_later_complementizer() -> None:
    text = "ونفى المحامي لصحيفة محلية إجراء أية اتصالات، وهو ما عاد عنه لاحقا قائلا إنه أخطأ."
    quote = quote_with(quotes_of(text), "اتصالات")
    assert quote.cue is not None and quote.cue.text == "ونفى"
