"""Quote stage, attribution round 19 on issue 19: the name after a title's prepositional
complement, and a written source's issuer as its speaker. Every sentence here is written for the
test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity, Mention

# ---------------------------------------------------------------- title + prepositional phrase + name


def test_the_name_after_a_titles_prepositional_complement_is_the_speaker() -> None:
    quote = quote_with(
        quotes_of("وقال القيادي في حركة الأمل سمير الورداني إن الحزب سيشارك في الانتخابات."), "سيشارك"
    )
    assert quote.speaker_name == "سمير الورداني"


def test_a_complement_with_a_body_name_of_two_words_then_the_name() -> None:
    quote = quote_with(
        quotes_of("وقالت السفيرة الكندية لدى الأمم المتحدة ماري دوبوا إن القرار خاطئ."), "خاطئ"
    )
    assert quote.speaker_name == "ماري دوبوا"


def test_a_name_before_an_addressee_after_the_complement() -> None:
    quote = quote_with(
        quotes_of('وقال الخبير في علم الاقتصاد جان روبير لإذاعة "مونت كارلو" إن الأسعار سترتفع.'), "الأسعار"
    )
    assert quote.speaker_name == "جان روبير"


def test_a_word_after_a_complement_that_is_followed_by_a_relative_is_no_name() -> None:
    # "في بيانه الذي أصدره": the complement has a pronoun owner and a relative clause, no name.
    quote = quote_with(
        quotes_of("وأشار المبعوث الخاص في بيانه الذي أصدره أمس إلى أن المحادثات متواصلة."), "المحادثات"
    )
    assert quote.speaker_name == "المبعوث الخاص"


def test_a_name_inside_the_verbs_complement_belongs_to_its_own_title() -> None:
    # "عن رسمه للاعبة التنس سيرينا …": the name is the player's, the speaker stays the cartoonist.
    quote = quote_with(
        quotes_of("ودافع الرسام عن رسمه للاعبة التنس سيرينا ويليامز، وقال إن الرسم ليس عنصريا."), "الرسم"
    )
    assert quote.speaker_name != "سيرينا ويليامز"


def test_an_object_after_a_complement_is_no_name() -> None:
    # "نشرت ناشطة على صفحات التواصل مقطع فيديو التقطته": the object of نشر, not her name.
    text = (
        "نشرت ناشطة مصرية على صفحات التواصل الاجتماعي مقطع فيديو التقطته من نافذتها. "
        "وقالت الناشطة إن الطفل كان يصرخ."
    )
    quote = quote_with(quotes_of(text), "الطفل")
    assert "فيديو" not in (quote.speaker_name or "")


def test_one_word_after_a_complement_is_no_name() -> None:
    # "في اجتماع المجلس الجهوي بتطاوين": a seat after the complement, no given + family name.
    quote = quote_with(
        quotes_of("وقال الوزير في اجتماع المجلس الجهوي بتطاوين إن المشاريع ستنطلق."), "المشاريع"
    )
    assert quote.speaker_name == "الوزير"


def test_a_time_word_after_a_complement_is_no_name() -> None:
    quote = quote_with(quotes_of("وقال الوزير في الحكومة الجديدة يوم الجمعة إن المشاريع ستنطلق."), "المشاريع")
    assert quote.speaker_name == "الوزير"


# ---------------------------------------------------------------- a written source's issuer


def test_a_statement_issued_by_a_body_names_the_body() -> None:
    quote = quote_with(
        quotes_of("وقال بيان صادر اليوم الجمعة عن وزارة الصحة المغربية إن الحملة ستتواصل."), "الحملة"
    )
    assert quote.speaker.text == "بيان صادر"
    assert quote.speaker_name == "وزارة الصحة المغربية"


def test_a_study_prepared_by_a_body_names_the_body_and_so_does_the_study() -> None:
    text = "وأفادت دراسة أعدتها منظمة الصحة العالمية بأن التدخين مكلف. وقالت الدراسة إن الوفيات سترتفع."
    quotes = quotes_of(text)
    assert quote_with(quotes, "التدخين").speaker_name == "منظمة الصحة العالمية"
    assert quote_with(quotes, "الوفيات").speaker_name == "منظمة الصحة العالمية"


def test_a_statement_from_a_body_names_the_body() -> None:
    quote = quote_with(quotes_of("وأوضح بيان من وزارة الدفاع الجزائرية أن المسلح سلم نفسه."), "المسلح")
    assert quote.speaker_name == "وزارة الدفاع الجزائرية"


def test_a_notice_of_a_body_after_its_adjective_names_the_body() -> None:
    quote = quote_with(quotes_of("وأوضح بلاغ إعلامي لوزارة المالية أن الإصلاحات متواصلة."), "الإصلاحات")
    assert quote.speaker_name == "وزارة المالية"


def test_a_definite_statement_with_a_relative_clause_names_its_issuer() -> None:
    quote = quote_with(quotes_of("وذكر البيان الرسمي الذي أصدره نادي برشلونة أنه تمت إقالة المدير."), "إقالة")
    assert quote.speaker_name == "نادي برشلونة"


def test_a_report_issued_by_a_centre_keeps_the_centres_whole_name() -> None:
    quote = quote_with(quotes_of("وقال تقرير صادر عن مركز الخليج للأبحاث إن رفع الحظر مفيد."), "الحظر")
    assert quote.speaker_name == "مركز الخليج للأبحاث"


def test_a_statement_for_a_purpose_names_no_issuer() -> None:
    quote = quote_with(quotes_of("وقال بيان للرد على الاتهامات إن الحزب بريء."), "بريء")
    assert quote.speaker_name == "بيان"


def test_a_statement_whose_verb_has_its_subject_before_names_no_following_word() -> None:
    # "أصدرته الخميس يتعلق ببرنامج": the ministry issued it; the verb after is no issuer.
    text = (
        "وأكدت الوزارة في بلاغ توضيحي أصدرته الخميس يتعلق ببرنامج المسكن أن البرنامج للعائلات. "
        "وأوضح البلاغ أن عدد المساكن بلغ ألفا."
    )
    quote = quote_with(quotes_of(text), "المساكن")
    assert "يتعلق" not in (quote.speaker_name or "")


def test_an_organ_of_a_body_named_before_is_not_taken_for_the_issuer() -> None:
    # "المكتب التنفيذي للجمعية": the association named before speaks, not a cut organ name.
    text = (
        "حذرت جمعية القضاة الشبان من أي اقتطاع من الأجور. "
        "وأشار بيان صادر اليوم عن المكتب التنفيذي للجمعية أن الموقف جاء متأخرا."
    )
    quote = quote_with(quotes_of(text), "الموقف")
    assert quote.speaker_name != "المكتب التنفيذي"


# ---------------------------------------------------------------- a ب-phrase right after the cue


def test_a_manner_phrase_after_the_cue_is_no_subject() -> None:
    text = "وقال الوزير إن المشروع جاهز. وأضاف بلهجة شديدة إن الحكومة لن تتراجع."
    quote = quote_with(quotes_of(text), "تتراجع")
    assert quote.speaker is None
    assert quote.speaker_name == "الوزير"


def test_a_demonstrative_after_the_cue_leaves_the_title_after_it_as_subject() -> None:
    text = "وأكد الوزير أن البحث جار. وصرح بذلك وزير الداخلية الفرنسي برنار كازنوف، مؤكدا أن التحقيق متواصل."
    quote = quote_with(quotes_of(text), "التحقيق")
    assert quote.speaker_name == "برنار كازنوف"


def test_a_name_in_b_after_the_cue_stays_the_subject() -> None:
    for text, name in (
        ("وقال الوزير إن المشروع جاهز. وقال بوريس جونسون إن الحكومة لن تتراجع.", "بوريس جونسون"),
        ("وقال الوزير إن المشروع جاهز. وقالت بثينة شعبان إن الحكومة لن تتراجع.", "بثينة شعبان"),
    ):
        assert quote_with(quotes_of(text), "تتراجع").speaker_name == name


# ---------------------------------------------------------------- the holder of a body's office


def _with_body(text: str, mention: str, name: str) -> Document:
    start = text.index(mention)
    return Document(
        id="t",
        text=text,
        mentions=[Mention(start, start + len(mention), mention, "ORG", entity="e1")],
        entities=[Entity("e1", "ORG", name, None, [0])],
    )


def test_a_title_over_a_body_entity_is_its_holder_not_the_body() -> None:
    # The earlier stages linked "الفيفا" to the federation; "رئيس الفيفا" is its president.
    text = (
        "وأكد رئيس الفيفا السويسري جاني إنفانتينو أن التقنية مفيدة. وقال إنفانتينو إن الحكام مستعدون. "
        "وأضاف رئيس الفيفا أن القرار نهائي."
    )
    doc = _with_body(text, "الفيفا أن", "الاتحاد الدولي لكرة القدم")
    start = text.index("الفيفا أن")
    doc.mentions[0] = Mention(start, start + len("الفيفا"), "الفيفا", "ORG", entity="e1")
    quote = quote_with(quotes_of(doc), "القرار")
    assert quote.speaker_name == "جاني إنفانتينو"


def test_a_body_entity_that_is_the_speaker_stays_the_body() -> None:
    text = "وقالت الجمعية التونسية للمحامين إن الإضراب متواصل."
    doc = _with_body(text, "الجمعية التونسية للمحامين", "الجمعية التونسية للمحامين")
    quote = quote_with(quotes_of(doc), "الإضراب")
    assert quote.speaker_name == "الجمعية التونسية للمحامين"


# ---------------------------------------------------------------- a named subject with its post and no quote


def test_a_name_with_its_post_after_a_verb_of_saying_is_the_subject_carried_on() -> None:
    text = (
        "أعلنت منظمة العفو الدولية أن السلطات أفرجت عن الناشطة. وأكدت سارة الحلبي مديرة الحملات في "
        'المنظمة، في تصريحات للصحفيين، إطلاق سراحها، لكنها قالت: "لا نعرف ما هي الظروف".'
    )
    quote = quote_with(quotes_of(text), "الظروف")
    assert quote.speaker_name == "سارة الحلبي"


def test_a_plural_and_its_adjective_before_a_title_object_is_no_named_subject() -> None:
    # "دعا برلمانيون بريطانيون مؤسس الشركة": the title is the object of دعا, not a post.
    text = (
        "قالت المفوضية الأوروبية إن السلطات ستبحث الموضوع، في حين دعا برلمانيون بريطانيون مؤسس الشركة "
        'إلى تقديم توضيحات. وأضافت: "سنطلب توضيحات".'
    )
    quote = quote_with(quotes_of(text), "سنطلب")
    assert quote.speaker_name == "المفوضية الأوروبية"


def test_a_proposition_noun_after_an_adverbial_complement_is_no_name() -> None:
    quote = quote_with(
        quotes_of("وأكد الوزير في المقابل ضرورة الانكباب على تحسين جودة التكوين الجامعي."), "تحسين"
    )
    assert quote.speaker_name == "الوزير"


def test_accusatives_after_a_complement_are_no_name() -> None:
    text = (
        "أطلق لقاء الرئيس الأميركي ونظيره الروسي في هلسنكي سجالا ونقاشا عاصفا في واشنطن. "
        'وغرّد الرئيس الأميركي "القمة كانت نجاحا كبيرا".'
    )
    quote = quote_with(quotes_of(text), "القمة")
    assert "سجالا" not in (quote.speaker_name or "")
