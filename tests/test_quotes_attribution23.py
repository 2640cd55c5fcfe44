"""Quote stage, attribution round 23 on issue 19: a definite family name before a noun with its
pronoun stays in the name (a word with the article governs no genitive); a title's coordinated
noun keeps its genitive up to "former"; in quoted speech, the person met in a time clause in the
first person is the subject dropped by the next verb.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Quote


def _inner(quotes: list[Quote]) -> Quote:
    """The reported speech inside the direct quote: the quote whose content is that alone."""
    return next(q for q in quotes if q.content.text == "الحدود آمنة")


# ---------------------------------------------------------------- a definite family name


def test_a_definite_family_name_before_an_owned_object_stays_in_the_name() -> None:
    quotes = quotes_of(
        "دعا الزعيم الديني علي الحكيم أتباعه، الجمعة، إلى الهدوء وضبط النفس. "
        "ويخشى أتباع الحكيم أن تتكرر الهجمات."
    )
    assert quote_with(quotes, "الهدوء وضبط").speaker.text == "علي الحكيم"


def test_a_definite_object_after_a_one_word_name_is_still_cut() -> None:
    quotes = quotes_of("ووصف ترامب الاتفاق بأنه سيئ.")
    assert quote_with(quotes, "سيئ").speaker.text == "ترامب"


# ---------------------------------------------------------------- a coordinated title noun


def test_a_coordinated_team_keeps_its_genitive_up_to_former() -> None:
    quotes = quotes_of("وقال حارس منتخب الكاميرون وفريق تشيلسي السابق، أمواه، إن المباراة صعبة.")
    assert quote_with(quotes, "المباراة صعبة").speaker_name == "أمواه"


def test_a_name_after_two_coordinated_offices_stays_the_name() -> None:
    quotes = quotes_of("وقال وزير الصحة ووزير التعليم كمال يوسف إن المباراة صعبة.")
    assert quote_with(quotes, "المباراة صعبة").speaker_name == "كمال يوسف"


def test_a_coordinated_office_with_the_article_before_former_keeps_the_name() -> None:
    quotes = quotes_of("وقال رئيس الحكومة ووزير الخارجية السابق، أحمد علي، إن المباراة صعبة.")
    assert quote_with(quotes, "المباراة صعبة").speaker_name == "أحمد علي"


# ---------------------------------------------------------------- the person met speaks


def test_the_person_met_in_a_first_person_time_clause_speaks() -> None:
    quotes = quotes_of('وأضاف كيري: "عندما قابلت الرئيس الفرنسي ماكرون، قال لي إن الحدود آمنة".')
    assert _inner(quotes).speaker_name == "ماكرون"


def test_a_first_person_speech_verb_after_the_meeting_stays_the_narrator() -> None:
    quotes = quotes_of('وأضاف كيري: "عندما قابلت ماكرون، قلت له إن الحدود آمنة".')
    assert _inner(quotes).speaker_name == "كيري"


def test_a_place_visited_is_no_speaker() -> None:
    quotes = quotes_of('وأضاف كيري: "عندما زرت باريس، قال إن الحدود آمنة".')
    assert _inner(quotes).speaker_name == "كيري"
