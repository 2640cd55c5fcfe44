"""Quote stage, attribution round 26 on issue 19: reference across the document. A definite body
noun ("المنظمة"، "المجلة العريقة"، "الشركة ذاتها") is the body of that kind the document names
after its head noun, even with a proclitic on the head ("لمجلة"، "فمنظمة") or the name in quote
marks; a title chain closed before its person's name reaches the name across a quoted name or
the post's seat ("في بريطانيا").
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Mention


def _with_places(text: str, *places: str) -> Document:
    """A document whose earlier stages found each of ``places``, also inside a word, as the
    gazetteer does in "بتونس" (the mention leaves out the preposition)."""
    mentions = [
        Mention(k, k + len(place), place, "LOC")
        for place in places
        for k in range(len(text))
        if text.startswith(place, k)
    ]
    return Document(id="t", text=text, mentions=sorted(mentions, key=lambda m: m.start))


# ---------------------------------------------------------------- a definite body noun


def test_a_body_noun_refers_to_the_body_named_after_a_proclitic_head() -> None:
    quotes = quotes_of(
        'نشر تقرير لمجلة "فورين بوليسي" الأمريكية عن الزراعة. وتضيف المجلة أن المحاصيل تراجعت هذا العام.'
    )
    assert quote_with(quotes, "المحاصيل تراجعت").speaker_name == "فورين بوليسي"


def test_a_body_noun_with_an_adjective_refers_to_the_same_body() -> None:
    quotes = quotes_of(
        'حذرت دراسة لمنظمة "أطباء العالم" من نقص الأدوية. وبحسب المنظمة المستقلة، فإن المستشفيات مكتظة.'
    )
    assert quote_with(quotes, "المستشفيات مكتظة").speaker_name == "أطباء العالم"


def test_a_body_noun_with_dhataha_is_the_body_not_the_last_source() -> None:
    text = (
        'فمنظمة "العدالة أولا" نددت بالاعتقالات. وقال الوزير سامي الهادي إن الأمن مستتب. '
        "وأطلق سراح ثلاثة موقوفين، بحسب المنظمة ذاتها."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "وأطلق سراح").speaker_name == "العدالة أولا"


def test_a_company_named_without_quote_marks_is_found_by_its_known_name() -> None:
    text = (
        "تعطلت طائرة تابعة لشركة ستار فلاي الأوروبية في مطار روما. وقالت ستار فلاي إنها ستعوض الركاب. "
        "وقالت الشركة، إن الرحلة ستستأنف غدا."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الرحلة ستستأنف").speaker_name == "ستار فلاي"


def test_a_body_noun_of_another_kind_is_left_alone() -> None:
    # The document names a magazine, not an organisation: "المنظمة" stays as written.
    quotes = quotes_of(
        'نشر تقرير لمجلة "فورين بوليسي" الأمريكية عن الزراعة. وتقول المنظمة إن المحاصيل تراجعت هذا العام.'
    )
    assert quote_with(quotes, "المحاصيل تراجعت").speaker_name == "المنظمة"


# ---------------------------------------------------------------- a title chain closed before the name


def test_a_quoted_name_after_a_title_is_its_holder() -> None:
    quotes = quotes_of('وأعرب محافظ القاهرة "خالد عبد العال" عن أسفه للحادث، مؤكدا أن التحقيق جار.')
    assert quote_with(quotes, "التحقيق جار").speaker_name == "خالد عبد العال"


def test_a_quoted_body_after_a_title_in_construct_is_no_holder() -> None:
    # "مديرة "X"" is the director of X: the quoted words are the body, not her name.
    quotes = quotes_of('وأعلنت مديرة "أطباء العالم" أن المستشفيات مكتظة.')
    assert quote_with(quotes, "المستشفيات مكتظة").speaker_name != "أطباء العالم"


def test_the_seat_of_a_post_does_not_cut_the_chain_before_a_known_name() -> None:
    text = (
        'وكان قائد شرطة الحدود في إسبانيا لويس مارتينيث أعلن أن "المهربين فروا". '
        "وقال مارتينيث إن البحث متواصل."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "المهربين فروا").speaker_name == "لويس مارتينيث"


def test_a_seat_without_a_known_name_after_it_stays_a_title() -> None:
    quotes = quotes_of('وكان قائد شرطة الحدود في إسبانيا أعلن أن "المهربين فروا".')
    assert quote_with(quotes, "المهربين فروا").speaker_name == "قائد شرطة الحدود"


# ---------------------------------------------------------------- a title and the name it stands for


def test_a_country_and_its_nisba_name_one_office() -> None:
    text = (
        "وقال السفير الألماني بتونس، أندرياس راينيكه، إن بلاده تدعم الانتقال. "
        "وأضاف راينيكه أن المشاريع كثيرة. وأكد سفير دولة ألمانيا أن الدعم متواصل."
    )
    quotes = quotes_of(_with_places(text, "تونس", "ألمانيا"))
    assert quote_with(quotes, "الدعم متواصل").speaker_name == "أندرياس راينيكه"


def test_a_title_with_another_post_of_the_same_country_stays() -> None:
    text = (
        "وقال الرئيس اللبناني، ميشال عون، إن بلاده تدعم الانتقال. وأكد رئيس الوزراء اللبناني أن الدعم متواصل."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الدعم متواصل").speaker_name == "رئيس الوزراء اللبناني"


def test_a_country_office_needs_a_name_the_document_repeats() -> None:
    # "…، وزير النقل العماني، أعاد نشر": the words after the post's comma go on with the clause.
    text = (
        "ويذكر أن الشيخ سالم الهاشمي، وزير النقل العماني، أعاد نشر الرسالة على صفحته. "
        'وقال وزير النقل لسلطنة عمان إن "الطرق آمنة".'
    )
    assert quote_with(quotes_of(text), "الطرق آمنة").speaker_name != "أعاد نشر"


def test_a_name_after_a_titles_comma_is_still_its_name() -> None:
    text = 'قال وزير النقل العماني، سالم الهاشمي، إن "الطرق آمنة". وأضاف وزير النقل العماني أن الجسور جاهزة.'
    assert quote_with(quotes_of(text), "الجسور جاهزة").speaker_name == "سالم الهاشمي"


def test_a_nisba_adjective_makes_a_body_of_its_own() -> None:
    text = 'وقالت شرطة "هاليفاكس" إن الطريق مغلق. وأوضحت الشرطة الفيدرالية أن التحقيق جار.'
    assert quote_with(quotes_of(text), "التحقيق جار").speaker_name == "الشرطة الفيدرالية"
