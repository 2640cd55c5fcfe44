"""Quote stage, attribution round 25 on issue 19, written from an error census of fresh long
Tunisian articles: a ب-place closes a title chain; a verb may be separated from the subject
whose post follows it by a time; a question, a common noun said once or a prepositional phrase
after a title's comma is no name; two definite titles name one office when the shorter abridges
only the domain; "the source" with the article is the last source; a body noun with the article
is the body the article has quoted, a body's short form its full name, a statement's body
adjective the body; an accusative statement noun is no part of its issuer's name; a family name
in ـي after a one-word title is its holder's; a verb of saying that reports nothing still opens
the clause a later participle continues.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention


def _with_place(text: str, place: str) -> Document:
    """A document whose earlier stages found ``place`` inside a word, as the gazetteer does in
    "بصفاقس" (the mention leaves out the preposition)."""
    return _with_mentions(text, place, "LOC")


def _with_mentions(text: str, name: str, label: str) -> Document:
    """A document whose earlier stages labelled every occurrence of ``name`` (a body: linked to
    one entity of that name)."""
    starts = [k for k in range(len(text)) if text.startswith(name, k)]
    entity = "e1" if label == "ORG" else None
    mentions = [Mention(k, k + len(name), name, label, entity=entity) for k in starts]
    entities = [Entity("e1", label, name, None, list(range(len(starts))))] if entity else []
    return Document(id="t", text=text, mentions=mentions, entities=entities)


# ---------------------------------------------------------------- title chains and appositions


def test_a_bi_place_closes_the_title_chain_before_the_name() -> None:
    text = "وقال المدير الجهوي للتجارة بقابس منير العياري إن الأسعار مستقرة."
    quotes = quotes_of(_with_place(text, "قابس"))
    assert quote_with(quotes, "الأسعار مستقرة").speaker_name == "منير العياري"


def test_a_bi_word_that_is_no_place_may_open_the_name() -> None:
    quotes = quotes_of("وقال القيادي بحركة الشعب بشير الورغي إن الحزب جاهز للانتخابات.")
    assert quote_with(quotes, "جاهز للانتخابات").speaker_name == "بشير الورغي"


def test_a_time_between_the_verb_and_the_name_leaves_the_post_to_the_name() -> None:
    text = (
        "أعلن اليوم الخميس سامي الورتاني، الناطق الرسمي باسم المحكمة الابتدائية بقابس، أن التحقيق انطلق. "
        'وأكد الناطق الرسمي باسم المحكمة الابتدائية بقابس "البحث لا يستهدف أحدا".'
    )
    quotes = quotes_of(_with_place(text, "قابس"))
    assert quote_with(quotes, "لا يستهدف").speaker_name == "سامي الورتاني"


def test_a_question_after_a_titles_comma_is_no_name() -> None:
    quotes = quotes_of(
        "قال منصف الفرشيشي، مدير المعهد العالي للفنون، إن الدروس انطلقت. وتساءل مدير المعهد العالي "
        'للفنون، "لماذا تأخرت المنح؟".'
    )
    assert quote_with(quotes, "لماذا تأخرت").speaker_name == "منصف الفرشيشي"


def test_a_common_noun_said_once_after_a_titles_comma_is_the_object() -> None:
    quotes = quotes_of(
        "وأوضحت رئيسة الجمعية، سلمى الرياحي، أن عدد المنخرطين ارتفع. وسلطت رئيسة الجمعية التونسية "
        'للمكفوفين، العبء خلال الندوة على الأسر التي وصفت وضعها بـ"الصعب".'
    )
    assert quote_with(quotes, "الصعب").speaker_name == "سلمى الرياحي"


def test_a_family_name_with_the_article_after_a_titles_comma_stays_the_name() -> None:
    quotes = quotes_of("وقال رئيس الجمعية، الرياحي في تصريح صحفي، إن عدد المنخرطين ارتفع.")
    assert quote_with(quotes, "المنخرطين ارتفع").speaker_name == "الرياحي"


def test_a_prepositional_phrase_after_a_titles_comma_is_no_name() -> None:
    quotes = quotes_of(
        "ودعا الوزير التونسي نظيره المالطي إلى تعزيز التعاون. من جهته، رحب وزير الخارجية المالطي، "
        "بالمبادرة، مشيرا إلى الآفاق الواسعة للشراكة."
    )
    assert quote_with(quotes, "الآفاق الواسعة").speaker_name == "وزير الخارجية المالطي"


# ---------------------------------------------------------------- titles and anaphors to a name


def test_a_shorter_definite_title_abridging_the_domain_is_the_same_office() -> None:
    quotes = quotes_of(
        "قال الرئيس المدير العام للشركة الوطنية للسكك الحديدية حسان المرزوقي إن القطارات عادت. "
        "وأبرز الرئيس المدير العام لشركة السكك أن الرحلات ستزيد."
    )
    assert quote_with(quotes, "الرحلات ستزيد").speaker_name == "حسان المرزوقي"


def test_a_title_with_another_post_is_another_office() -> None:
    quotes = quotes_of(
        "قال المدير العام المساعد للشركة كمال بن سعيد إن العمل متواصل. "
        "وأكد المدير العام للشركة أن الأجور ستصرف."
    )
    assert quote_with(quotes, "الأجور ستصرف").speaker_name == "المدير العام للشركة"


def test_the_source_with_the_article_is_the_last_source() -> None:
    quotes = quotes_of(
        "أفاد الخبير نبيل الزواري بأن مشروع القانون جاهز. وأضاف المصدر أنه سيعرض على البرلمان قريبا."
    )
    assert quote_with(quotes, "على البرلمان").speaker_name == "نبيل الزواري"


def test_the_source_introduced_as_a_source_stays_that_source() -> None:
    quotes = quotes_of(
        "قال مصدر أمني إن الطريق مغلقة. وقال الوالي منير الحداد إن الوضع هادئ. "
        "وأضاف المصدر أن الدوريات متواصلة."
    )
    assert quote_with(quotes, "الدوريات متواصلة").speaker_name == "مصدر أمني"


def test_a_family_name_in_ya_after_a_one_word_title_is_its_holders() -> None:
    quotes = quotes_of(
        "قال النائب عن الجبهة، سالم الحمروني، إن العريضة جاهزة. وأكد النائب الحمروني أن الطعن سيقدم اليوم."
    )
    assert quote_with(quotes, "الطعن سيقدم").speaker_name == "سالم الحمروني"


def test_a_nationality_after_a_title_is_no_family_name() -> None:
    quotes = quotes_of("قال الكاتب سمير الليبي إن الرواية جاهزة. وأكد الرئيس الليبي أن الحوار مستمر.")
    assert quote_with(quotes, "الحوار مستمر").speaker_name == "الرئيس الليبي"


# ---------------------------------------------------------------- bodies


def test_a_body_noun_is_the_body_the_article_quoted() -> None:
    text = (
        "أكد الاتحاد العام التونسي للشغل رفضه للتعيينات الجديدة ومنها تعيين القيادي في اتحاد الفلاحين "
        "كمال الساحلي وزيرا. واعتبر الاتحاد أن التعيين تحد للموظفين."
    )
    quotes = quotes_of(_with_mentions(text, "الاتحاد العام التونسي للشغل", "ORG"))
    assert quote_with(quotes, "تحد للموظفين").speaker_name == "الاتحاد العام التونسي للشغل"


def test_a_body_noun_with_no_body_quoted_is_the_body_named_before() -> None:
    quotes = quotes_of("وتفقد الوزير مقر اتحاد الفلاحين بالعاصمة. وقال الاتحاد إن الموسم سيكون جيدا.")
    assert quote_with(quotes, "الموسم سيكون").speaker_name == "اتحاد الفلاحين"


def test_a_bodys_short_form_is_its_full_name() -> None:
    text = (
        "أعلنت الهيئة العليا المستقلة للانتخابات عن موعد الاقتراع. وأكدت هيئة الانتخابات أن التسجيل متواصل."
    )
    quotes = quotes_of(_with_mentions(text, "الهيئة العليا المستقلة للانتخابات", "ORG"))
    assert quote_with(quotes, "التسجيل متواصل").speaker_name == "الهيئة العليا المستقلة للانتخابات"


def test_a_short_form_matching_two_bodies_is_left_as_written() -> None:
    quotes = quotes_of(
        "أعلنت الهيئة العليا المستقلة للانتخابات عن موعد الاقتراع. وقالت الهيئة الجهوية المستقلة "
        "للانتخابات إن المكاتب جاهزة. وأكدت هيئة الانتخابات أن التسجيل متواصل."
    )
    assert quote_with(quotes, "التسجيل متواصل").speaker_name == "هيئة الانتخابات"


def test_a_statements_body_adjective_refers_back_to_the_body() -> None:
    quotes = quotes_of(
        "نددت منظمة العفو الدولية بسجن الصحفيين. وجاء في بيان المنظمة الحقوقية أن ثلاثة صحفيين اعتقلوا."
    )
    assert quote_with(quotes, "ثلاثة صحفيين").speaker_name == "منظمة العفو الدولية"


def test_an_accusative_statement_is_no_word_of_its_issuers_name() -> None:
    quotes = quotes_of("وأصدرت جمعية القضاة بيانا قالت فيه إنها ترفض مشروع القانون.")
    assert quote_with(quotes, "ترفض مشروع").speaker_name == "جمعية القضاة"


# ---------------------------------------------------------------- the governing clause


def test_a_verb_of_saying_that_reports_nothing_opens_the_clause_a_participle_continues() -> None:
    quotes = quotes_of(
        "ودعا الوزير التونسي نظيره المالطي إلى تعزيز التعاون. من جهته، وعد وزير الخارجية المالطي "
        "بالنظر في الطلب، مشيرا إلى الآفاق الواسعة للشراكة."
    )
    assert quote_with(quotes, "الآفاق الواسعة").speaker_name == "وزير الخارجية المالطي"


def test_a_verb_of_saying_that_reports_keeps_its_own_speaker() -> None:
    quotes = quotes_of(
        "ودعا الوزير التونسي نظيره المالطي إلى تعزيز التعاون. من جهته، قال وزير الخارجية المالطي إن "
        "الشراكة مهمة، مشيرا إلى الآفاق الواسعة للتعاون."
    )
    assert quote_with(quotes, "الآفاق الواسعة").speaker_name == "وزير الخارجية المالطي"
