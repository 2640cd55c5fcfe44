"""Quote stage, attribution round 32 on issue 19: where a subject after the verb ends, and the
shortened titles that stand for a person the document names.

After a verb that takes an object before its content (دعا X إلى، طالب X بـ، فسر X بـ) the subject
ends where the object begins: at a sound plural in ين after a singular head (the subject is
nominative), or at a place; a noun naming a state of affairs with its genitive ("وجود الحجارة")
is never the source. A repeated title stands for the named holder when its seat is the same noun
with the article ("بالوزارة" ~ "بوزارة التربية"), when the post and country alone are left
("الوزير النرويجي"), or when the name stood before the title without a comma. Press roles
(الإعلامي، القيادي) are titles before a name.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Mention
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.speakers import parse_speaker
from qawl.extractors.quotes.view import DocView

# ---------------------------------------------------------------- the object after the subject


def test_a_plural_in_ين_after_the_subject_is_the_object() -> None:
    text = (
        "وأكد مدير المعهد سليم الدريدي أن الدروس ستستأنف. ودعا الدريدي المتعلمين إلى الالتزام "
        "بالمواعيد. وأشار الدريدي إلى أن القاعات جاهزة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الالتزام بالمواعيد").speaker_name == "سليم الدريدي"
    assert quote_with(quotes, "القاعات جاهزة").speaker_name == "سليم الدريدي"


def test_a_plural_head_keeps_its_plural_adjective() -> None:
    # The subject phrase itself: "القضاة" is a broken plural in ة, which the adjective agrees with.
    doc = Document(id="t", text="ودعا القضاة المتقاعدين إلى الالتزام بالمواعيد.")
    stage = QuoteAttributor()
    view = DocView(doc, stage.lexicon, stage.words, stage.vocabulary, stage.features)
    phrase = parse_speaker(view, 1, 4, object_follows=True)
    assert phrase is not None and view.text_of(phrase.first, phrase.last) == "القضاة المتقاعدين"


def test_the_subject_of_a_verb_that_reports_nothing_ends_before_its_object() -> None:
    text = (
        "وأكد الاتحاد العام للفلاحين أن الموسم صعب. وطالب الاتحاد الحكومة من جهة أخرى إلى "
        "التدخل العاجل. كما دعا في بيانه إلى دعم صغار الفلاحين."
    )
    name = quote_with(quotes_of(text), "دعم صغار الفلاحين").speaker_name
    assert name is not None and name.startswith("الاتحاد العام") and "الحكومة" not in name


def test_a_place_after_the_name_is_the_object() -> None:
    text = "وقال كريم بن عمار إن الحوار ضروري. ودعا كريم بن عمار مدريد إلى الحوار مع الجيران."
    start = text.index("مدريد")
    doc = Document(id="t", text=text)
    doc.mentions = [Mention(start, start + len("مدريد"), "مدريد", "LOC", source="gazetteer")]
    assert quote_with(quotes_of(doc), "الحوار مع الجيران").speaker_name == "كريم بن عمار"


def test_a_name_without_a_place_after_it_stays_whole() -> None:
    text = "ودعا كريم بن عمار الحاضرين إلى الحوار مع الجيران."
    assert quote_with(quotes_of(text), "الحوار مع الجيران").speaker_name == "كريم بن عمار"


def test_a_state_of_affairs_is_never_the_source() -> None:
    text = (
        "وأوضح الباحث منير الطرابلسي أن السفينة قديمة. وفسر وجود الحجارة في مقدمتها بالحفاظ على "
        "توازنها، مؤكدا أن القطع ذات قيمة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "القطع ذات قيمة").speaker_name == "منير الطرابلسي"


def test_a_family_name_like_a_state_noun_is_still_a_source() -> None:
    text = "وقال عودة إن الحكومة ستسقط قريبا."
    assert quote_with(quotes_of(text), "الحكومة ستسقط").speaker_name == "عودة"


# ---------------------------------------------------------------- shortened and repeated titles


def test_a_seat_with_the_article_points_back_to_the_named_holder() -> None:
    text = (
        "أكد مدير عام الامتحانات بوزارة التربية عمر الولباني أن الاستعدادات انتهت. وأضاف مدير "
        "عام الامتحانات بالوزارة أن عدد المترشحين تراجع."
    )
    assert quote_with(quotes_of(text), "عدد المترشحين").speaker_name == "عمر الولباني"


def test_a_post_and_country_point_to_the_one_holder() -> None:
    text = (
        "أكد وزير الخارجية النرويجي، بورج براندي، حرص بلاده على التعاون. وثمن الوزير النرويجي ما "
        "تحقق، مشيرا إلى أن القرار مهم."
    )
    assert quote_with(quotes_of(text), "القرار مهم").speaker_name == "بورج براندي"


def test_the_president_is_not_a_minister_of_the_same_country() -> None:
    text = (
        "قال رئيس الوزراء اللبناني، سعد الحريري، إن الحكومة ستجتمع. وقال الرئيس اللبناني إن "
        "الانتخابات في موعدها."
    )
    assert quote_with(quotes_of(text), "الانتخابات في موعدها").speaker_name != "سعد الحريري"


def test_a_title_after_a_name_without_a_comma_stands_for_the_name() -> None:
    text = (
        "أفاد هشام الزواري الناطق الرسمي للجامعة التونسية للسباحة أن البطولة ستقام. ومن جهة أخرى "
        "أكد الناطق الرسمي للجامعة التونسية للسباحة أن الرزنامة جاهزة."
    )
    assert quote_with(quotes_of(text), "الرزنامة جاهزة").speaker_name == "هشام الزواري"


def test_a_phrase_before_an_adjective_is_no_name_before_a_title() -> None:
    text = "قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. وصرح ترامب في مؤتمر صحافي بأن العقوبات ستبقى."
    assert quote_with(quotes_of(text), "العقوبات ستبقى").speaker_name == "دونالد ترامب"


def test_a_press_role_before_a_name_is_a_title() -> None:
    text = "أكد الإعلامي سامي القروي أن الجائزة مستحقة. وأشار الإعلامي إلى أن التونسيين يستحقونها."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الجائزة مستحقة").speaker_name == "سامي القروي"
    assert quote_with(quotes, "التونسيين يستحقونها").speaker_name == "سامي القروي"
