"""Subjects before and after the verb of saying (a137).

A name that opens its clause, with a description set off by commas after it, is the subject of
the verb of saying that follows the description ("سامي الحداد، من شركة النور، قال"): no earlier
speaker carries on past it. A phrase of بـ/لـ on a verbal noun that opens the clause ("ولمواجهة
الأزمة طلب الوزير") is a fronted adverbial, never the subject; the subject follows the verb.
"""

from __future__ import annotations

from quote_helpers import speaker_name_with, speaker_with

EXPERTS = "توقع خبراء أن ترتفع الأسعار هذا العام. "


def test_a_name_before_a_description_of_its_body_is_the_subject() -> None:
    text = (
        EXPERTS + 'سامي الحداد، من شركة النور للاستشارات، قال في مقابلة مع الصحيفة: "إن السوق ستشهد تقلبات".'
    )
    speaker, _ = speaker_with(text, "ستشهد تقلبات")
    assert speaker == "سامي الحداد"


def test_a_name_before_a_title_set_off_by_commas_is_the_subject() -> None:
    text = EXPERTS + 'سامي الحداد، المحلل في شركة النور، قال: "إن السوق ستشهد تقلبات".'
    speaker, _ = speaker_with(text, "ستشهد تقلبات")
    assert speaker == "سامي الحداد"


def test_a_title_description_may_run_up_to_the_verb_without_a_comma() -> None:
    text = EXPERTS + 'سامي الحداد، رئيس قسم الأبحاث في شركة "النور للاستشارات" يقول: "إن السوق ستشهد تقلبات".'
    speaker, _ = speaker_with(text, "ستشهد تقلبات")
    assert speaker == "سامي الحداد"


def test_a_titled_name_before_a_description_is_the_subject() -> None:
    text = EXPERTS + 'المحلل الاقتصادي سامي الحداد، من شركة النور، قال: "إن السوق ستشهد تقلبات".'
    speaker, _ = speaker_with(text, "ستشهد تقلبات")
    assert speaker is not None and "سامي الحداد" in speaker


def test_a_title_of_the_other_gender_is_no_apposition_of_the_verbs_subject() -> None:
    # The feminine title does not go with the masculine verb: the description is no apposition
    # of a subject of قال, and the rule leaves the sentence alone.
    text = EXPERTS + 'سامي الحداد، الباحثة في شركة النور، قال: "إن السوق ستشهد تقلبات".'
    speaker, _ = speaker_with(text, "ستشهد تقلبات")
    assert speaker != "سامي الحداد"


def test_a_fronted_purpose_phrase_is_no_subject() -> None:
    text = (
        "اندلعت حرائق كبيرة في الغابات. "
        'ولمواجهة الأزمة طلب وزير الداخلية خالد السعيد المساعدة "لحماية السكان".'
    )
    speaker, _ = speaker_with(text, "لحماية السكان")
    assert speaker != "ولمواجهة الأزمة"
    assert speaker is not None and "خالد السعيد" in speaker


def test_a_fronted_purpose_phrase_before_a_report_is_no_subject() -> None:
    text = 'اندلعت حرائق كبيرة في الغابات. ولتعزيز الأمن أعلن وزير الداخلية خالد السعيد أن "الجيش سيتدخل".'
    speaker, _ = speaker_with(text, "الجيش سيتدخل")
    assert speaker is not None and "خالد السعيد" in speaker


# A verb that says something of its object (وصف، اتهم) joined by و to a clause before it.
PROTEST = "وندد وزير الخارجية سامي الحداد بشدة بالهجوم على السفارة، "


def test_titled_persons_before_the_bi_complement_are_the_object() -> None:
    text = PROTEST + 'ووصف الرئيس الأمريكي جون سميث ونظيره الفرنسي بيار دوبون بـ"المجرمين".'
    assert speaker_name_with(text, "المجرمين") == "سامي الحداد"


def test_a_titled_person_right_before_bianna_is_the_object() -> None:
    text = PROTEST + 'واتهم زعيم المعارضة خالد منصور بأنه "يعرقل الحوار".'
    assert speaker_name_with(text, "يعرقل الحوار") == "سامي الحداد"


def test_a_verb_that_opens_its_clause_keeps_its_titled_subject() -> None:
    # The object may follow the بـ complement ("وصف X بـ"…" تلك الاتهامات"): a verb that opens
    # its clause, joined to nothing before it, keeps the titled person as its subject.
    text = PROTEST + 'من جانبه، وصف الرئيس الأمريكي جون سميث بـ"السخيفة" تلك الاتهامات.'
    assert speaker_name_with(text, "السخيفة") == "جون سميث"


def test_a_plural_participle_goes_on_with_a_family_before_it() -> None:
    text = (
        "وقد قاضت أسرة الروائي سليم حداد دار النشر في محكمة بالقاهرة الأحد، "
        'قائلين إن الكتاب "منسوخ من رواياته".'
    )
    assert speaker_name_with(text, "منسوخ") == "أسرة الروائي سليم حداد"


def test_abbara_an_opens_a_clause_whose_subject_goes_on() -> None:
    # عبر is also the particle "via"; the عن the verb عبّر needs, after its subject, shows the verb.
    text = (
        'وقال المتحدث باسم الشرطة خالد منصور إن "الأمن مستتب". '
        "وعبر وزير الخارجية سامي الحداد، الذي نادرا ما يعلق على الأحداث، عن قلقه من التصعيد، "
        'وقال إن "الوضع خطير".'
    )
    assert speaker_name_with(text, "الوضع خطير") == "سامي الحداد"
