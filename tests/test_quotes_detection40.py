"""Detection round 40: quoted names read as direct quotes.

A pair of marks right after the noun it names holds that name, not words said:
1. an indefinite head of a place, a team, a role or a file in construct with the marked name
   (منطقة "…"، فريق "…"، دور "…");
2. the platform after "مواقع التواصل (الاجتماعي)";
3. a noun of a named work or body with its owner's pronoun (مسلسلها "…"، حملته "…").
Longer marked words there are what was said or posted, and a verb of naming with its object
pronoun still governs what follows.

All sentences are written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_fields


def test_place_name_after_indefinite_head_is_no_quote() -> None:
    quotes = quote_fields('وأكد الوالي تقدم أشغال الطريق الرابطة بين المدينة ومنطقة "العين الباردة".')
    assert [q for q in quotes if q[0] == "direct"] == []


def test_team_name_in_indirect_clause_is_no_fragment() -> None:
    quotes = quote_fields('وقال المدرب إن لاعبي فريق "النجم" جاهزون للمباراة.')
    assert quotes == [("indirect", 'لاعبي فريق "النجم" جاهزون للمباراة', "وقال", "المدرب")]


def test_role_name_after_dor_is_no_quote() -> None:
    quotes = quote_fields('ويعتبر دور "سلمى" أصعب ما قدمته الممثلة في مسيرتها.')
    assert [q for q in quotes if q[0] == "direct"] == []


def test_platform_after_social_networks_is_no_quote() -> None:
    quotes = quote_fields('وكتب اللاعب على مواقع التواصل الاجتماعي "إنستغرام" صورة مع عائلته.')
    assert [q for q in quotes if q[0] == "direct"] == []


def test_long_words_after_social_networks_are_still_quoted() -> None:
    # Five marked words after the platform are what was posted, a fragment of the quote.
    quotes = quote_fields(
        'وقال المحقق إنها نشرت على مواقع التواصل الاجتماعي "صورة تهدد فيها جيرانها بالانتقام".'
    )
    content = 'نشرت على مواقع التواصل الاجتماعي "صورة تهدد فيها جيرانها بالانتقام"'
    assert quotes[0][:3] == ("mixed", content, "وقال")


def test_possessed_work_noun_holds_a_name() -> None:
    quotes = quote_fields('وقالت المخرجة إن مسلسلها "ليالي الصيف" سيعرض في شهر رمضان.')
    assert quotes == [("indirect", 'مسلسلها "ليالي الصيف" سيعرض في شهر رمضان', "وقالت", "المخرجة")]


def test_possessed_feminine_noun_holds_a_name() -> None:
    quotes = quote_fields('وأوضح الناشط أن حملته "ارحل" ستتواصل إلى نهاية الشهر.')
    assert [k for k, *_ in quotes] == ["indirect"]


def test_possessed_noun_that_names_nothing_keeps_the_quote() -> None:
    # منصبه is "his post", not the platform منصة: the marked words are the speaker's.
    quotes = quote_fields('وقال المصدر إن الوزير باق في منصبه "ولن يستقيل تحت أي ضغط".')
    assert [k for k, *_ in quotes] == ["mixed"]


def test_subject_with_article_before_marks_stillquote_fields() -> None:
    # A definite head is the subject, and the marks after it hold its words.
    quotes = quote_fields('وقال الفريق "سنعود أقوى في الموسم المقبل".')
    assert quotes == [("direct", "سنعود أقوى في الموسم المقبل", "وقال", "الفريق")]
