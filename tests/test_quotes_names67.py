"""Quote round a67: a later title names the holder the document gave that post to.

- "وقال النائب العام، المستشار X، إن …": a judge's rank (المستشار، القاضي) in apposition after a
  post opens the holder's name as an honorific does; the post is not given to the last person
  quoted.
- "الوزير الفنلندي" after "وزير الخارجية الفنلندي X" whom the text quotes by the family name alone
  ("وقال ليندكفيست"): the one holder of the country's post is attested by that quote.
- "الوزير المغربي" after "وزير الزراعة المغربي، X،": a name set off by two commas after the post.
- "الوزير الأردني" after "وزير التعليم العالي بالأردن X": a ب-seat names the country as its nisba
  does (not for a post held abroad: "سفير فرنسا بألمانيا" is no "السفير الألماني").
- "زعيمة اليسار" after "زعيمة الحزب الشعبي اليساري X": the genitive is the noun the other title's
  nisba is made from; "زعيمة المعارضة" stays unnamed.
- "وقال مسؤول في البلدية يدعى X إن …": a description's person named by a naming verb at the end of
  the speaker phrase is that name; an article word after the verb is no name.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.extractors.quotes.names import _post_of_country


def test_judicial_rank_in_apposition_names_the_post_holder() -> None:
    text = (
        "وأكد محامي المتهم سمير العياري أن موكله بريء من كل التهم. "
        "وقال النائب العام، المستشار منير الدريدي، إن النيابة لن تطعن في الحكم."
    )
    quote = quote_with(quotes_of(text), "النيابة لن تطعن")
    assert quote.speaker_name == "منير الدريدي"


def test_judge_rank_after_a_post_and_its_comma() -> None:
    text = "وقال رئيس المحكمة، القاضي منير الدريدي، إن الملف اكتمل."
    assert quote_with(quotes_of(text), "الملف اكتمل").speaker_name == "منير الدريدي"


def test_country_post_holder_quoted_by_family_name() -> None:
    text = (
        "نقلت الوكالة عن وزير الخارجية الفنلندي يوهان ليندكفيست دعوته إلى الحوار. "
        "وقال ليندكفيست إن المفاوضات ستستأنف قريبا. "
        "وأكد الوزير الفنلندي أن بلاده تدعم كل جهود السلام."
    )
    assert quote_with(quotes_of(text), "بلاده تدعم").speaker_name == "يوهان ليندكفيست"


def test_country_post_holder_set_off_by_commas() -> None:
    text = (
        "زار وزير الزراعة المغربي، كريم الودغيري، مزارع الجنوب أمس. "
        "وأكد الوزير المغربي أن الموسم الفلاحي سيكون جيدا."
    )
    assert quote_with(quotes_of(text), "الموسم الفلاحي").speaker_name == "كريم الودغيري"


def test_other_country_post_stays_unnamed() -> None:
    text = "استقبل وزير الخارجية المغربي، كريم الودغيري، نظيره. وأكد الوزير الجزائري أن العلاقات متينة."
    assert quote_with(quotes_of(text), "العلاقات متينة").speaker_name == "الوزير الجزائري"


def test_post_whose_name_runs_into_a_clause_stays_unnamed() -> None:
    text = "أعلن وزير الخارجية البحريني عقد لقاء مع الوفد أمس. وأكد الوزير البحريني أن العلاقات متينة."
    assert quote_with(quotes_of(text), "العلاقات متينة").speaker_name == "الوزير البحريني"


def test_seat_under_bi_names_the_country() -> None:
    text = (
        "قال وزير التعليم العالي بالأردن سامر الخطيب إن الامتحانات ستجري في موعدها. "
        "وأوضح الوزير الأردني أن الجامعات ستفتح أبوابها في سبتمبر."
    )
    assert quote_with(quotes_of(text), "الجامعات ستفتح").speaker_name == "سامر الخطيب"


def test_seat_of_a_post_abroad_is_the_host_country() -> None:
    assert _post_of_country(("وزير", "التربيه", "بمصر"), ("الوزير", "المصري"))
    assert not _post_of_country(("سفير", "فرنسا", "بالمانيا"), ("السفير", "الالماني"))


def test_genitive_and_its_nisba_name_one_post() -> None:
    text = (
        "غادرت زعيمة الحزب الشعبي اليساري نورا فالين القاعة أمس. "
        "وكانت نورا فالين قد انتقدت الحكومة. "
        "وطالبت زعيمة اليسار بإجراء انتخابات مبكرة."
    )
    assert quote_with(quotes_of(text), "انتخابات مبكرة").speaker_name == "نورا فالين"


def test_other_genitive_stays_unnamed() -> None:
    text = (
        "غادرت زعيمة الحزب الشعبي اليساري نورا فالين القاعة أمس. "
        "وكانت نورا فالين قد انتقدت الحكومة. "
        "وطالبت زعيمة المعارضة بإجراء انتخابات مبكرة."
    )
    assert quote_with(quotes_of(text), "انتخابات مبكرة").speaker_name == "زعيمة المعارضة"


def test_description_named_by_a_naming_verb() -> None:
    text = "وقال مسؤول في البلدية يدعى كمال الدريسي إن الأشغال ستنتهي قريبا."
    quote = quote_with(quotes_of(text), "الأشغال ستنتهي")
    assert quote.speaker is not None
    assert quote.speaker.text == "مسؤول في البلدية يدعى كمال الدريسي"
    assert quote.speaker_name == "كمال الدريسي"
    assert quote.attribution == "explicit"


def test_coordinated_naming_verb_after_one_of_a_group() -> None:
    text = "وقال أحد السكان ويدعى رشيد بن صالح إن المياه انقطعت منذ يومين."
    assert quote_with(quotes_of(text), "المياه انقطعت").speaker_name == "رشيد بن صالح"
