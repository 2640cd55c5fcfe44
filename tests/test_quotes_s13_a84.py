"""Quote round s13/a84: a title or description as speaker takes the name the document tied to it.

- "انتقد الرئيس الفرنسي #X_Y الخطة … وقال الرئيس الفرنسي إن": a hashtag name right after a title is
  that title's holder in the document's index of named mentions, so later descriptions and the
  family name alone resolve to it.
- "الرئيس الأميركي" refers back to the holder the document gave that nisba, not to a nearer
  holder of the bare title ("الرئيس X" of another country), nor to one it gave another nisba.
- A description built from any word of a named holder's title chain ("النائب البرلماني X" …
  "وأضاف البرلماني") refers back to that holder; "البرلماني" is "النائب" (one post).
- 'القيادي في "حركة X" NAME': the preposition gives the post's body, named in quotation marks; the
  name after the closing mark is the holder.
- "رئيس اللجنة، السفير الكندي NAME،": a rank and its nisba after a post's comma introduce the
  holder, as an honorific does.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_hashtag_name_after_a_title_is_what_the_title_refers_back_to() -> None:
    text = (
        "انتقد الرئيس الفرنسي #إيمانويل_ماكرون الخطة الجديدة للنقل. "
        "وقال الرئيس الفرنسي إن الاتفاق ضروري للجميع."
    )
    assert quote_with(quotes_of(text), "الاتفاق ضروري").speaker_name == "إيمانويل ماكرون"


def test_hashtag_name_after_a_title_makes_the_family_name_full() -> None:
    text = "أطلق الفنان #سامي_الراشد ألبومه الجديد في بيروت. وقال الراشد إن الألبوم استغرق عامين من العمل."
    assert quote_with(quotes_of(text), "الألبوم استغرق").speaker_name == "سامي الراشد"


def test_title_with_a_nisba_prefers_the_holder_of_that_nisba() -> None:
    text = (
        "ورحب الرئيس الكندي #جون_سميث بالاتفاق التجاري. "
        "وشارك في القمة الرئيس #كريم_ناصر عبر الفيديو. "
        "وقال الرئيس الكندي إن المفاوضات كانت صعبة."
    )
    assert quote_with(quotes_of(text), "المفاوضات كانت").speaker_name == "جون سميث"


def test_title_with_a_nisba_skips_a_holder_of_another_nisba() -> None:
    text = (
        "التقى وزير الخارجية المصري سامح منصور نظيره الأردني أيمن خالد في عمان. "
        "وأكد الوزير #سامح_منصور أن التنسيق مستمر. "
        "وقال الوزير الأردني إن البلدين متفقان."
    )
    speaker = quote_with(quotes_of(text), "البلدين متفقان").speaker_name
    # The Jordanian minister (named أيمن خالد, or left as his title), never the Egyptian one.
    assert speaker in {"أيمن خالد", "الوزير الأردني"}


def test_a_word_of_the_title_chain_refers_back_to_its_holder() -> None:
    text = "وقال النائب البرلماني سامي الراشد إن الموازنة ضعيفة. وأضاف البرلماني أن الأرقام مضللة."
    assert quote_with(quotes_of(text), "الأرقام مضللة").speaker_name == "سامي الراشد"


def test_the_parliamentarian_is_the_deputy_named_before() -> None:
    text = (
        "وأوضحت النائبة عن حزب العمال، سارة براون، إن الوزير كان يعلم بالأمر. "
        "وأضافت البرلمانية أن الوضع خطير."
    )
    assert quote_with(quotes_of(text), "الوضع خطير").speaker_name == "سارة براون"


def test_description_with_a_domain_needs_the_same_domain() -> None:
    text = (
        "وقال المتحدث باسم حركة الجهاد سامي الراشد إن الهدنة انتهت. "
        "وهدد المتحدث باسم الجيش بأن الرد سيكون قاسيا."
    )
    speaker = quote_with(quotes_of(text), "الرد سيكون").speaker_name
    assert speaker == "المتحدث باسم الجيش"


def test_name_after_a_quoted_body_under_a_preposition() -> None:
    text = 'وقال القيادي في "حركة النهضة" سامي الراشد إن الحوار متوقف.'
    assert quote_with(quotes_of(text), "الحوار متوقف").speaker_name == "سامي الراشد"


def test_name_after_a_quoted_party_of_a_deputy() -> None:
    text = 'وقال النائب عن "حزب الأمة" كريم ناصر إن القانون جائر. وأضاف النائب أن التصويت مؤجل.'
    quotes = quotes_of(text)
    assert quote_with(quotes, "القانون جائر").speaker_name == "كريم ناصر"
    assert quote_with(quotes, "التصويت مؤجل").speaker_name == "كريم ناصر"


def test_rank_and_nisba_after_a_post_introduce_its_holder() -> None:
    text = "وقال رئيس اللجنة، السفير الكندي جون سميث، إن العمل مستمر."
    assert quote_with(quotes_of(text), "العمل مستمر").speaker_name == "جون سميث"


def test_a_verb_after_an_indefinite_title_is_no_holder() -> None:
    text = (
        "وقالت الوزيرة إن ممثلة يهودية، ولدت في حيفا، رفضت الجائزة. "
        "وكانت الممثلة الشهيرة قد أبلغت المؤسسة بأنها ستتبرع بالمال."
    )
    speaker = quote_with(quotes_of(text), "ستتبرع بالمال").speaker_name
    assert speaker in {"الممثلة الشهيرة", "ممثلة يهودية"}


def test_hashtag_name_after_definite_adjectives_of_the_title() -> None:
    text = (
        "أوصت الفنانة المصرية الراحلة #سعاد_حسني بإقامة جنازة بسيطة. "
        "وكانت الفنانة المصرية قالت إن الشهرة عبء ثقيل."
    )
    assert quote_with(quotes_of(text), "الشهرة عبء").speaker_name == "سعاد حسني"
