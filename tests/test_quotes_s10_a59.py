"""Quote round a59: a title speaker is named by the holder the document gives elsewhere.

- "أكد رئيس مجلس الأعمال بغرفة التجارة الدكتور سالم العتيبي، …" … "وقال رئيس مجلس الأعمال إن …":
  a post whose rest runs, without a comma, into an honorific or rank and a name has that name
  as its holder; the post later stands for that person.
- "… في خطاب لزعيم الحركة، عبد الملك الراشد، …" … "وقال زعيم الحركة إن …": ل/ب on the construct
  head of a title, its holder in apposition after the genitive ("عبد الملك": a theophoric name,
  no title "الملك").
- "قالت وزيرة الدولة للشؤون الثقافية، المديرة العامة للمهرجان، ليلى الساعدي، إن …": two posts
  in apposition, then their holder.
- "كشفت المغنية اللبنانية #سارة_الخوري عن …": a person's name written as a hashtag right after a
  definite title is its apposition; not after a chain holding a second post ("الفريق القانوني
  لأسرة الرئيس السابق #X" is the team).
- "قال قائد جبهة #الساحل_الشمالي، سامي العبدلي، إن …": a hashtag goes on naming the post before
  the holder's apposition.
- "اعتبر الأمير خالد بن فهد، السفير السعودي في لندن، أن …": the rank before the name does not hide
  the subject's name from the post after it.
- "توعد رئيس الوزراء بسام العلي المتظاهرين …": a person's name in ب (بسام) is no ب-complement of
  the verb before the title.
- "راعي الكنيسة، القمص X،": the Coptic rank القمص opens a name like المطران (a word list entry).
- "وقال قائد عسكري إن …" after "العميد X، قائد اللواء،": an indefinite head with nisbas only brings
  in a new, unnamed source; the lede's "عبرت أميرة أردنية … الأميرة X" still points ahead.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.pipeline import Pipeline


def test_honorific_holder_after_the_rest_of_a_post() -> None:
    text = (
        "أكد رئيس مجلس الأعمال المشترك بغرفة التجارة الدكتور سالم العتيبي، أهمية الزيارة. "
        "وقال رئيس مجلس الأعمال المشترك إن الاجتماع سيعقد في باريس الشهر المقبل."
    )
    quote = quote_with(quotes_of(text), "الاجتماع سيعقد")
    assert quote.speaker is not None
    assert quote.speaker.text == "رئيس مجلس الأعمال المشترك"
    assert quote.speaker_name == "سالم العتيبي"


def test_honorific_holder_after_a_hashtag_post() -> None:
    text = (
        "أكد رئيس #هيئة_السياحة_الوطنية بالمنطقة الشرقية المهندس فهد الحربي، أهمية الموسم. "
        "وقال رئيس هيئة السياحة الوطنية إن عدد الزوار تضاعف هذا العام."
    )
    quote = quote_with(quotes_of(text), "عدد الزوار")
    assert quote.speaker_name == "فهد الحربي"


def test_holder_in_apposition_after_li_on_a_construct_title() -> None:
    text = (
        "جاءت هذه الخطوات بعد ساعات على خطاب لزعيم الحركة، عبد الملك الراشد، دعا فيه أنصاره إلى التعبئة. "
        "واعترف الراشد بتراجع قواته في الجنوب. "
        "وقال زعيم الحركة المسلحة إن المعركة لم تنته بعد."
    )
    quote = quote_with(quotes_of(text), "المعركة لم تنته")
    assert quote.speaker is not None
    assert quote.speaker.text == "زعيم الحركة المسلحة"
    assert quote.speaker_name == "عبد الملك الراشد"


def test_holder_after_two_posts_in_apposition() -> None:
    text = (
        "قالت وزيرة الدولة للشؤون الثقافية، المديرة العامة للمهرجان الدولي، ليلى الساعدي، "
        "إن الدورة المقبلة ستشهد مشاركة عشرين بلدا."
    )
    quote = quote_with(quotes_of(text), "الدورة المقبلة")
    assert quote.speaker_name == "ليلى الساعدي"


def test_no_holder_without_a_name_after_two_posts() -> None:
    text = "وقال وزير الخارجية، رئيس الوفد المفاوض، إن المحادثات ستستأنف الأسبوع المقبل."
    quote = quote_with(quotes_of(text), "المحادثات ستستأنف")
    assert quote.speaker is not None
    assert quote.speaker_name == quote.speaker.text


def test_hashtag_name_after_a_definite_title() -> None:
    text = "كشفت المغنية اللبنانية #سارة_الخوري عن ألبوم جديد يصدر في الربيع المقبل."
    quote = quote_with(quotes_of(text), "ألبوم جديد")
    assert quote.speaker_name == "سارة الخوري"


def test_hashtag_name_after_a_second_post_is_not_the_head() -> None:
    text = "قدم الفريق القانوني لأسرة الرئيس السابق #كريم_الدباغ طعنا يطالب بتعليق تنفيذ الحكم."
    quotes = quotes_of(text)
    assert all(q.speaker_name != "كريم الدباغ" for q in quotes if q.speaker is not None)


def test_hashtag_in_the_post_before_the_apposition() -> None:
    text = "وأكد قائد جبهة #الساحل_الشمالي، سامي العبدلي، أن القوات تقدمت نحو الميناء."
    quote = quote_with(quotes_of(text), "القوات تقدمت")
    assert quote.speaker_name == "سامي العبدلي"


def test_rank_before_a_name_with_its_post_after_a_comma() -> None:
    text = (
        "اعتبر الأمير خالد بن فهد، السفير السعودي في لندن، أن العلاقات متينة. "
        "وأكد السفير السعودي أن الاستثمارات ستتضاعف."
    )
    quote = quote_with(quotes_of(text), "الاستثمارات ستتضاعف")
    assert quote.speaker_name == "خالد بن فهد"


def test_name_in_bi_after_a_title_is_no_complement(pipeline: Pipeline) -> None:
    text = (
        "توعد رئيس الوزراء الإسرائيلي بنيامين نتنياهو غزة، قائلا إن الرد سيكون قاسيا. "
        "وقال رئيس الوزراء الإسرائيلي إن الحادث خطير."
    )
    found = [q for q in record_quotes(pipeline, text) if "الحادث خطير" in q["content"]["text"]]
    assert found
    assert found[0]["speaker_name"] == "بنيامين نتنياهو"


def test_indefinite_commander_after_a_named_one_is_a_new_source() -> None:
    text = (
        "وأكد العميد سالم الدوسري، قائد اللواء الثالث، أن الجيش يطوق المدينة. "
        "وفي جبهة أخرى، قال قائد عسكري إن القوات صدت هجوما للمسلحين."
    )
    quote = quote_with(quotes_of(text), "القوات صدت")
    assert quote.speaker_name == "قائد عسكري"


def test_coptic_rank_before_a_name_in_apposition() -> None:
    text = (
        "أما راعي كنيسة مار مرقس، القمص عبد المسيح منير، فقد قال إن الاحتفال أقيم كالمعتاد. "
        "وقال منير إن الزوار تجاوزوا الألف."
    )
    quote = quote_with(quotes_of(text), "الزوار تجاوزوا")
    assert quote.speaker_name == "عبد المسيح منير"
