"""Quote round s13/a87: three speaker-phrase fixes.

- A name set off by commas after "المتحدث باسم الرئيس X" is in apposition to the whole phrase:
  it is the spokesman's own name, not the president's (the name right after the inner title,
  with no comma, stays the inner title's). An indefinite spokesman stays unnamed.
- A body's own quoted name after its kind noun may be four words long ("شركة "A B C D"");
  a longer quoted name is taken whole or not at all.
- The one word right after a title is no name of its holder when it is the verb's object (an
  indefinite noun in ة after a masculine title) or a ب-phrase with an owner's pronoun (بيده).
- The producer (المنتج) heads a title like the director (المخرج).
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def _speaker(text: str, fragment: str) -> str | None:
    quote = quote_with(quotes_of(text), fragment)
    return quote.speaker.text if quote.speaker else None


def _name(text: str, fragment: str) -> str | None:
    return quote_with(quotes_of(text), fragment).speaker_name


def test_spokesman_name_after_comma_is_his_own() -> None:
    text = "وقال المتحدث باسم الرئيس الفرنسي، جان مارك دوبوا، إن اللقاء كان مثمرا."
    assert _name(text, "اللقاء كان") == "جان مارك دوبوا"


def test_spokesman_of_a_prime_minister_with_comma() -> None:
    text = "وقال المتحدث باسم رئيس الوزراء الإيطالي، ماركو فيراري، للصحفيين إن الحكومة ستصمد."
    assert _speaker(text, "الحكومة ستصمد") == "ماركو فيراري"


def test_name_right_after_the_inner_title_stays_the_inner_titles() -> None:
    text = "وقال المتحدث باسم الرئيس الفرنسي جان مارك دوبوا إن اللقاء كان مثمرا."
    # Without a comma the name is the president's; the spokesman stays unnamed.
    assert _name(text, "اللقاء كان") == "المتحدث باسم الرئيس الفرنسي"


def test_indefinite_spokesman_stays_unnamed() -> None:
    text = "وقال متحدث باسم الرئيس الفرنسي، جان مارك دوبوا، إن اللقاء كان مثمرا."
    assert _name(text, "اللقاء كان") == "متحدث باسم الرئيس الفرنسي"


def test_producer_is_a_title_before_a_name_after_comma() -> None:
    text = "وقال المنتج الموسيقي، سامر الحسيني، إن الألبوم جاهز."
    assert _name(text, "الألبوم جاهز") == "سامر الحسيني"


def test_four_word_quoted_body_name_after_its_kind_noun() -> None:
    text = 'وقالت شركة "برايس واتر هاوس كوبرز" إن الأرباح تراجعت.'
    assert _speaker(text, "الأرباح تراجعت") == "برايس واتر هاوس كوبرز"


def test_long_quoted_name_is_not_cut() -> None:
    text = 'وقالت منظمة "أطباء من أجل السلام" إن الوضع خطير.'
    # Taken whole or not at all: never its first word.
    assert _speaker(text, "الوضع خطير") == "منظمة"


def test_indefinite_object_after_a_masculine_title_is_no_name() -> None:
    text = "وأرسل الكاتب المغربي رسالة إلى الحكومة. وقال الكاتب إن الوضع صعب."
    assert _name(text, "الوضع صعب") == "الكاتب"


def test_manner_adverb_after_a_title_is_no_name() -> None:
    text = "ورد الرئيس المصري بسرعة على الانتقادات. وقال الرئيس إن الوضع مستقر."
    assert _name(text, "الوضع مستقر") == "الرئيس"


def test_bi_with_a_pronoun_after_a_title_is_no_name() -> None:
    text = "وأشار المتحدث بيده إلى الخريطة. وقال المتحدث إن الجيش تقدم."
    assert _speaker(text, "الجيش تقدم") == "المتحدث"
    assert _name(text, "الجيش تقدم") != "بيده"


def test_masculine_name_in_ta_marbuta_after_a_title_stays() -> None:
    text = "وأكد الوزير أسامة الخطيب أن الخطة جاهزة. وقال الوزير إن التنفيذ يبدأ غدا."
    assert _name(text, "التنفيذ يبدأ") == "أسامة الخطيب"


def test_feminine_name_after_a_feminine_title_stays() -> None:
    text = "وتحدثت الوزيرة نادية عن الخطة. وقالت الوزيرة إن اللقاء كان مثمرا."
    assert _name(text, "اللقاء كان") == "نادية"


def test_name_in_b_after_a_feminine_title_stays() -> None:
    text = "وقالت الوزيرة بثينة شعبان إن الوضع صعب."
    assert _name(text, "الوضع صعب") == "بثينة شعبان"


def test_feminine_inner_title_keeps_the_name_after_comma() -> None:
    text = "قال المتحدث باسم رئيسة الوزراء الإيطالية، ماريا روسي، إنها ستبحث الملف."
    assert _speaker(text, "ستبحث الملف") == "المتحدث باسم رئيسة الوزراء الإيطالية"


def test_producing_company_is_no_producer_title() -> None:
    text = "وقالت الشركة المنتجة للفيلم إن العرض تأجل."
    assert _speaker(text, "العرض تأجل") == "الشركة المنتجة للفيلم"


def test_foreign_given_name_in_b_and_te_after_a_title_stays() -> None:
    text = "وقالت الوزيرة بريجيته شولتس إن الرد قادم."
    assert _name(text, "الرد قادم") == "بريجيته شولتس"
