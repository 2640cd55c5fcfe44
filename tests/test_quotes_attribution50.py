"""Attribution round 50: a title's holder named right after the rest of the post or right
before a definite construct title, and names that are no fuller form of a person's name.

- "أفاد المدير العام … بوزارة الشؤون الخارجية سامي الورغي اليوم الجمعة أن …": the holder's name
  follows the post's seat without a comma, closed by the report's complementizer.
- "وفق ما أفاد كريم الهمامي وزير السياحة …": a construct made definite by its genitive sets the
  post after the name as the article does ("وتابع الوزير" is that minister); after a verb that
  takes a person as object ("دعا X رئيس الحكومة إلى") the construct is the object.
- A word in لل (ل + the article) is a preposition's noun, never a word of a name ("… سامي الورغي
  للتنسيق"); a description that ends in a person's name ("منتقدون لسياسة ماكرون") is no fuller
  form of it; of two names as long, the person entity the document writes wins ("يوسف الشاهد",
  not "تقييم الشاهد").
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.document import Document, Entity, Mention
from qawl.pipeline import Pipeline


def _names(pipeline: Pipeline, text: str) -> list[str | None]:
    return [q["speaker_name"] for q in record_quotes(pipeline, text)]


def test_name_after_post_closed_by_complementizer(pipeline: Pipeline) -> None:
    # The parser closes the title at "بوزارة" (the ministry is named alone later); the holder
    # follows the rest of the post, then the time words and the complementizer.
    text = (
        "أفاد المدير العام للشؤون القنصلية بوزارة الشؤون الخارجية سامي الورغي اليوم الجمعة أن "
        "الوفد سيسافر إلى ليبيا. وأوضح أن الوفد ستترأسه وزارة الشؤون الخارجية."
    )
    assert _names(pipeline, text) == ["سامي الورغي", "سامي الورغي"]


def test_no_name_after_a_verbal_noun(pipeline: Pipeline) -> None:
    # Look-alike: "بخفض" is no seat of the post, and what follows it is the verb's complement.
    text = "وهدد المفوض الأوروبي بخفض رسوم الدخول التي تفرضها الدول. وقال المفوض إن القرار نهائي."
    assert not any(name and "رسوم" in name for name in _names(pipeline, text))


def test_name_before_definite_construct_title(pipeline: Pipeline) -> None:
    text = (
        "وفق ما أفاد كريم الهمامي وزير السياحة في تصريح إعلامي، فإن الموسم واعد. "
        "وتابع الوزير أن الحجوزات ارتفعت."
    )
    assert _names(pipeline, text) == ["كريم الهمامي", "كريم الهمامي"]


def test_construct_title_as_object_is_not_the_subject(pipeline: Pipeline) -> None:
    # Look-alike: after "دعا" the minister is the one called on, not the caller.
    text = "وفي سياق متصل، دعا سامي الهمامي وزير الداخلية إلى التدخل. وأكد وزير الداخلية أن الملف قيد الدرس."
    assert _names(pipeline, text)[1] != "سامي الهمامي"


def test_lam_article_word_ends_the_name(pipeline: Pipeline) -> None:
    text = "وتم تكليف وزير النقل سامي الورغي للتنسيق بين الوزارات. وقال وزير النقل إن العمل انطلق."
    assert _names(pipeline, text) == ["سامي الورغي"]


def test_description_is_no_fuller_name(pipeline: Pipeline) -> None:
    text = (
        "قال منتقدون لسياسة ماكرون إن الإصلاحات فاشلة. وقال إيمانويل ماكرون إن الإصلاحات ضرورية. "
        "وأضاف ماكرون أن البلاد تحتاجها."
    )
    assert _names(pipeline, text)[2] == "إيمانويل ماكرون"


def test_person_entity_before_noun_and_genitive(pipeline: Pipeline) -> None:
    text = (
        "قال يوسف الشاهد إن الإصلاحات ضرورية. ولفت إلى أن القطاع الخاص أثبت نجاعته حسب تقييم "
        "الشاهد الذي أبرز ضرورة العمل. وفي سياق متصل، حث الشاهد الشباب على المشاركة في الانتخابات."
    )
    assert _names(pipeline, text)[-1] == "يوسف الشاهد"


def test_body_name_with_li_complement_is_kept(pipeline: Pipeline) -> None:
    # Look-alike: a body's own name holds ل + a noun in ة ("الهيئة العامة للرياضة").
    text = (
        "كشفت #الهيئة_العامة_للرياضة في تونس عن نيتها بناء ملعب جديد. "
        "وأوضحت الهيئة أن الأموال سيتم جمعها من القطاع الخاص."
    )
    assert _names(pipeline, text)[-1] == "الهيئة العامة للرياضة"


# a50b: the document's usage decides between names as long; the entity only breaks a tie.


def _doc_with_person(text: str, written: str, name: str) -> Document:
    """``text`` with one person entity of the earlier stages, ``name``, mentioned where
    ``written`` is (as NER or the gazetteer would leave it)."""
    start = text.index(written)
    return Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + len(written), written, "PER", entity="e1")],
        entities=[Entity("e1", "PER", name, None, [0])],
    )


def test_given_name_and_preposition_phrase_entity_loses_to_the_written_name() -> None:
    # NER read "سليم بالفرنسية" (a given name and the verb's ب + article complement) as a
    # person; the document names him "سليم الورتاني" twice.
    text = (
        "قال سليم الورتاني إن المشروع سينطلق قريبا. وأكد سليم الورتاني أن التمويل متوفر. "
        'وقال سليم بالفرنسية التي يتقنها "نحن جاهزون". وأضاف سليم أن العمل سيستمر.'
    )
    quotes = quotes_of(_doc_with_person(text, "سليم بالفرنسية", "سليم بالفرنسية"))
    assert quote_with(quotes, "العمل سيستمر").speaker_name == "سليم الورتاني"


def test_document_spelling_written_more_often_beats_the_entity_spelling() -> None:
    # The gazetteer's spelling "بارك جونغ مين" is written once; the document's own, three times.
    text = (
        "قال بارك سونغ مين إن المحادثات مفيدة. وأكد بارك سونغ مين أن الوفد سيعود. "
        "والتقى بارك جونغ مين نظيره أمس. وأوضح بارك سونغ مين أن اللقاء إيجابي. "
        "وأضاف بارك أن الجولة المقبلة ستعقد في سيول."
    )
    quotes = quotes_of(_doc_with_person(text, "بارك جونغ مين", "بارك جونغ مين"))
    assert quote_with(quotes, "الجولة المقبلة").speaker_name == "بارك سونغ مين"


def test_entity_across_a_preposition_with_article_breaks_no_tie() -> None:
    # Each two-word name written once: "بالفرنسية" (ب + article) does not go on from a given
    # name, so the entity read across it does not outrank "سليم الورتاني" (written in full
    # once, his family name again alone).
    text = (
        "قال سليم الورتاني إن المشروع سينطلق قريبا. وأشاد الحضور بمداخلة الورتاني. "
        'وقال سليم بالفرنسية التي يتقنها "نحن جاهزون". وأضاف سليم أن العمل سيستمر.'
    )
    quotes = quotes_of(_doc_with_person(text, "سليم بالفرنسية", "سليم بالفرنسية"))
    assert quote_with(quotes, "العمل سيستمر").speaker_name == "سليم الورتاني"
