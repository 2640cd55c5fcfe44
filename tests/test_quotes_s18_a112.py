"""Quote round a112: the name the document gives a titled speaker, not the title.

- A title's chain may run through a body or place the earlier stages found, whose foreign name
  has words without the article ("في هيومن رايتس ووتش"); the comma after it still closes the
  chain, and the name set off after it is the holder's.
- ل/ب on the word after a title is the post's genitive, no name: a body or place the earlier
  stages found ("المدافع السابق لمانشستر يونايتد") or ل on a word the document also writes
  alone ("لدعم الشرعية" where it speaks of دعم); the name in
  apposition after the comma is the holder's.
- A rank may carry its arm or staff qualifiers before the name ("العقيد الطيار الركن X"); the
  rank الرائد (major) is a title like العقيد.
- A long spokesman's title is paired with the holder named after it, and a later spokesman's
  title for the same body in fewer words ("المتحدث باسم التحالف") is that holder.
- A definite source that is no name ("المسؤول المصري"، "المحققون"، "المحامون") is the source the
  document introduced indefinitely with that noun ("مسؤول مصري رفيع المستوى"، "محققون"، "محامو
  الشركة", a plural in construct without its ن), when its adjectives agree.
- The fullest name of a second party joined by و ("…، وموسى داود، …") is written without the و.
- A family name the document gives after a given name takes no definite word after it as part
  of a fuller name: "جينبينغ الحزب الشيوعي" is the name and the verb's object.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.extractors.quotes.names import _same_spokesman_body
from qawl.pipeline import Pipeline


def test_name_after_a_chain_through_a_foreign_body_name(pipeline: Pipeline) -> None:
    text = 'وقالت مديرة قسم آسيا في هيومن رايتس ووتش، ماري جين لوك: إن "الاعتقالات كانت تعسفية".'
    assert speakers_and_names(pipeline, text) == [("ماري جين لوك", "ماري جين لوك")]


def test_name_after_a_club_in_the_genitive(pipeline: Pipeline) -> None:
    text = 'وقال المدافع السابق لمانشستر يونايتد، جيمي كاراغر، لشبكة سكاي "الفريق يحتاج إلى مدافع جديد".'
    assert speakers_and_names(pipeline, text) == [("جيمي كاراغر", "جيمي كاراغر")]


def test_name_after_a_purpose_genitive_and_a_qualified_rank() -> None:
    text = (
        "دعا المتحدث باسم قوات الحلف لحماية الحدود في الشمال، العقيد الطيار الركن سامي الحربي، "
        "إلى فتح الممرات أمام قوافل الإغاثة، وضمان حماية المدنيين."
    )
    quote = quote_with(quotes_of(text), "فتح الممرات")
    assert quote.speaker_name == "سامي الحربي"


def test_rank_with_its_staff_qualifier_before_the_name() -> None:
    # The name in apposition is the speaker phrase, not the post before it.
    text = "وقال قائد القوات الخاصة، العقيد الركن سامي الحربي، إن الجنود جاهزون للمهمة."
    quote = quote_with(quotes_of(text), "الجنود جاهزون")
    assert quote.speaker is not None and quote.speaker.text == "سامي الحربي"
    assert quote.speaker_name == "سامي الحربي"


def test_shorter_spokesman_title_is_the_holder_named_before(pipeline: Pipeline) -> None:
    text = (
        "دعا المتحدث الرسمي باسم قوات الحلف لحماية الحدود في الشمال، العقيد الطيار الركن سامي الحربي، "
        "إلى فتح الممرات وضمان حماية المدنيين. كما شدد المتحدث باسم الحلف الإقليمي، على أن الجهود "
        "مستمرة لدعم السكان."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)] == ["سامي الحربي", "سامي الحربي"]


def test_spokesmen_of_other_bodies_are_not_one() -> None:
    long = ("المتحدث", "الرسمي", "باسم", "قوات", "الحلف", "لحمايه", "الحدود")
    assert _same_spokesman_body(long, ("المتحدث", "باسم", "الحلف", "الاقليمي"))
    assert not _same_spokesman_body(
        ("المتحدث", "باسم", "الجيش", "الاسرائيلي"), ("المتحدث", "باسم", "الجيش", "السوري")
    )
    assert not _same_spokesman_body(
        ("المتحدث", "باسم", "وزاره", "الدفاع"), ("المتحدث", "باسم", "وزاره", "الخارجيه")
    )


def test_major_is_a_rank_before_the_name() -> None:
    # الرائد (major) is a rank like العقيد; رائد without the article stays a given name.
    text = "وقال الرائد خالد العتيبي إن الدوريات ستتواصل طوال الليل."
    assert quote_with(quotes_of(text), "الدوريات").speaker_name == "خالد العتيبي"
    text = "وقال رئيس مجلس الأعمال المشترك، رائد السعدي، إن الاستثمارات ستتضاعف هذا العام."
    assert quote_with(quotes_of(text), "الاستثمارات").speaker_name == "رائد السعدي"


def test_definite_source_is_its_indefinite_introduction() -> None:
    text = (
        "ونفى مسؤول مصري رفيع المستوى صحة التقارير عن إغلاق المعبر. "
        "وقال المسؤول المصري في بيان إن المعبر سيبقى مفتوحا أمام المسافرين."
    )
    assert quote_with(quotes_of(text), "سيبقى مفتوحا").speaker_name == "مسؤول مصري رفيع المستوى"


def test_definite_plural_is_its_indefinite_introduction() -> None:
    text = "وقال محققون إن المصنع خالف شروط السلامة. وأضاف المحققون أن العمال لم يتلقوا أي تدريب."
    assert quote_with(quotes_of(text), "لم يتلقوا").speaker_name == "محققون"


def test_plural_in_construct_introduces_the_definite_plural() -> None:
    # محامو الشركة is the plural محامون in construct, without its ن.
    text = "وقال محامو الشركة إن موكلتهم لم تخالف القانون. وأضاف المحامون أن الحكم سيستأنف."
    assert quote_with(quotes_of(text), "سيستأنف").speaker_name == "محامو الشركة"


def test_introduction_with_another_adjective_is_another_source() -> None:
    text = (
        "وقال مسؤول أردني إن الحدود ستغلق مساء اليوم. "
        "وقال المسؤول المصري في بيان إن المعبر سيبقى مفتوحا أمام المسافرين."
    )
    assert quote_with(quotes_of(text), "سيبقى مفتوحا").speaker_name == "المسؤول المصري"


def test_a_definite_report_is_no_introduced_source() -> None:
    # "في تقرير له" introduces no source ("تقرير له"): the report's source is its author, the
    # subject of the verb that said it there (a118: the issuer, as the quote guidelines name it).
    text = (
        "كشف البنك الدولي في تقرير له أن النمو تباطأ هذا العام. "
        "وتابع التقرير أن التضخم سيرتفع في الربع المقبل."
    )
    assert quote_with(quotes_of(text), "التضخم سيرتفع").speaker_name == "البنك الدولي"


def test_second_party_keeps_no_conjunction_in_its_full_name() -> None:
    text = (
        "وقال أحمد سالم، المدير التنفيذي للجمعية، وموسى داود، وهو نائب في البرلمان، إن المشروع "
        "سيتوقف. وأضاف داود أن الحكومة لم ترد على الطلب."
    )
    assert quote_with(quotes_of(text), "لم ترد").speaker_name == "موسى داود"


def test_definite_object_after_a_family_name_is_no_name() -> None:
    # "جينبينغ" ends "تشي جينبينغ": "جينبينغ الحزب الشيوعي" is the family name and the object.
    text = (
        "الرئيس الصيني، تشي جينبينغ، ألقى كلمة مطولة الاثنين. "
        "وحث جينبينغ الحزب الشيوعي الحاكم على مواجهة الفساد، وقال إن الحزب سيبقى نزيها."
    )
    assert quote_with(quotes_of(text), "مواجهة الفساد").speaker_name == "تشي جينبينغ"
