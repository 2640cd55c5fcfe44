"""Attribution round 41: the words a title pairs with are a person's name, never junk.

- The first word after a title is no name when it is a common noun in ة that the document also
  writes with the article ("قدم الرئيس مبادرة … ولاقت المبادرة"): the bare title stays.
- A name is cut before an independent pronoun or a conjoined word ("الرئيس بوتين ونحن نشك"),
  or a ب/ل + title ("بنظيره").
- A chain with a second title after ب/ل ("الوزير بالمشير خليفة حفتر") pairs its name with that
  second person, not with the head.
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline


def test_common_noun_after_title_is_no_name(pipeline: Pipeline) -> None:
    text = (
        "قدم الرئيس مبادرة تهدف إلى حل الأزمة في البلاد، ولاقت المبادرة قبولا واسعا. "
        "وأكد الرئيس في حوار تلفزيوني أن الحل يجب أن يكون سياسيا."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الرئيس", "الرئيس")


def test_name_after_title_look_alike(pipeline: Pipeline) -> None:
    # A real name before the same noun still pairs with the title.
    text = "قدمت الوزيرة سعاد الهمامي مبادرة تهدف إلى دعم الفلاحين. وأكدت الوزيرة أن الحل يجب أن يكون سريعا."
    assert speakers_and_names(pipeline, text)[-1] == ("الوزيرة", "سعاد الهمامي")


def test_second_title_after_bi_owns_the_name(pipeline: Pipeline) -> None:
    text = "سيجمع لقاء مرتقب الوزير بالمشير خليفة حفتر في العاصمة. وقال الوزير إن اللقاء سيبحث الوضع الأمني."
    assert speakers_and_names(pipeline, text)[-1] == ("الوزير", "الوزير")


def test_bi_counterpart_after_name_is_cut(pipeline: Pipeline) -> None:
    # "بنظيره" is no word of the minister's name; the name before it still pairs.
    text = (
        "سيجمع لقاء مرتقب وزير الخارجية سامي العربي بنظيره الليبي في العاصمة. "
        "وقال الوزير إن اللقاء سيبحث الوضع الأمني."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("الوزير", "سامي العربي")


def test_pronoun_ends_the_name(pipeline: Pipeline) -> None:
    text = (
        "وقد انتقد الرئيس الروسي فلاديمير بوتين التقارير الغربية. "
        "وتابع الرئيس بوتين ونحن نشك في صحة هذه الأرقام. "
        "وقال بوتين إن بلاده لن تتراجع."
    )
    assert speakers_and_names(pipeline, text)[-1] == ("بوتين", "فلاديمير بوتين")


def test_family_names_in_ha_and_billah_look_alike(pipeline: Pipeline) -> None:
    # A family name in ه the document never writes without it, and "بالله" in a given name, stay.
    text = (
        "قالت وزيرة الطاقة هالة شيخ روحه إن الإنتاج ارتفع. "
        "وأضافت روحه أن الحقل الجديد سيدخل الخدمة قريبا. "
        "وأكد المدير منتصر بالله بربيرو أن الموسم سيكون ناجحا. "
        "وقال بربيرو إن الفريق جاهز."
    )
    names = [name for _, name in speakers_and_names(pipeline, text)]
    assert names == ["هالة شيخ روحه", "هالة شيخ روحه", "منتصر بالله بربيرو", "منتصر بالله بربيرو"]
