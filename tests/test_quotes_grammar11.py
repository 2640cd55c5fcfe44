"""Quote stage, eleventh round on issue 19: general mechanisms of subject finding and name
building (a verb never opens a name, case endings that no subject carries, prepositional
phrases fronted before the verb, title chains with a construct ل-phrase or a seat). Every
sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a verb never opens a name


def test_verb_after_a_comma_is_no_apposition_of_a_title() -> None:
    # "بدعوة من الرئيس الفرنسي، قال …": the comma ends the adverbial, the verb opens the main
    # clause; "قال منصف العياري" is no name for the title, and the later family name finds the
    # real one.
    text = (
        "وفي زيارة بدعوة من الرئيس الفرنسي، قال منصف العياري إن العلاقات متينة. "
        "واعتبر العياري أن التعاون بين البلدين مميز."
    )
    quote = quote_with(quotes_of(text), "التعاون")
    assert quote.speaker_name == "منصف العياري"


def test_name_after_a_title_and_comma_is_still_its_apposition() -> None:
    # The look-alike: a name, not a verb, after the comma.
    text = "وقال الرئيس الفرنسي، منصف العياري، إن العلاقات متينة."
    quote = quote_with(quotes_of(text), "العلاقات")
    assert quote.speaker_name == "منصف العياري"


# ---------------------------------------------------------------- case endings no subject carries


def test_accusative_tanwin_on_ta_marbuta_is_an_adverb() -> None:
    # "صراحةً": the tanwin of the accusative on ة; the verb's subject is dropped (the minister).
    text = "انتقدت الوزيرة سامية الجلاصي القرار. ووصفته صراحةً بأنه ظالم."
    quote = quote_with(quotes_of(text), "ظالم")
    assert quote.speaker is None
    assert quote.speaker_name == "سامية الجلاصي"


def test_genitive_tanwin_ends_the_name() -> None:
    # "بلهجةٍ حادة": a word with the genitive's tanwin is a preposition's object, never a name.
    text = "وردّت الوزيرة سامية الجلاصي بلهجةٍ حادة على الانتقادات واعتبرت أن القرار صائب."
    quote = quote_with(quotes_of(text), "القرار")
    assert quote.speaker_name == "سامية الجلاصي"


# ---------------------------------------------------------------- a fronted prepositional phrase


def test_fronted_prepositional_phrase_is_no_subject() -> None:
    # "وبهذا الصدد قال الدكتور …": بـ + a demonstrative is an adverbial; the subject follows.
    text = "وبهذا الصدد قال الدكتور سليم الغربي إن الخطوة إيجابية."
    quote = quote_with(quotes_of(text), "الخطوة")
    assert quote.speaker is not None and quote.speaker.text == "سليم الغربي"


def test_fronted_subject_before_the_verb_stays() -> None:
    # The look-alike: a noun phrase without a preposition before the verb is its subject.
    text = "الدكتور سليم الغربي قال إن الخطوة إيجابية."
    quote = quote_with(quotes_of(text), "الخطوة")
    assert quote.speaker_name == "سليم الغربي"


# ---------------------------------------------------------------- title chains


def test_construct_li_phrase_keeps_its_genitive_in_the_title() -> None:
    # "لتعليم اللغة العربية": ل + an indefinite verbal noun governs the definite word after it,
    # so the chain goes on to the name.
    text = "وقال مدير المعهد الوطني لتعليم اللغة العربية كمال الدريدي إن الإقبال كبير."
    quote = quote_with(quotes_of(text), "الإقبال")
    assert quote.speaker_name == "كمال الدريدي"


def test_li_plural_construct_is_no_adjective() -> None:
    # "لدارسي اللغة": a sound plural in construct ends in ي like a relational adjective, but
    # ل shows a preposition's phrase, which still governs its genitive.
    text = "وعبّر رئيس الجمعية الوطنية لدارسي اللغة الإسبانية خالد المناعي عن ارتياحه لنجاح المبادرة."
    quote = quote_with(quotes_of(text), "المبادرة")
    assert quote.speaker_name == "خالد المناعي"


def test_seat_of_the_office_before_an_honorific() -> None:
    # "في باريس الدكتور …": the office's seat, then the honorific that opens the name.
    text = "وقال مدير المرصد الأوروبي للغات في باريس الدكتور بشير العيادي إن الخطوة إيجابية."
    quote = quote_with(quotes_of(text), "الخطوة")
    assert quote.speaker_name == "بشير العيادي"


def test_place_phrase_without_a_rank_still_ends_the_subject() -> None:
    # The look-alike: "في باريس" followed by no title word is an adverbial of the verb.
    text = "وقال مدير المرصد الأوروبي للغات في باريس إن الخطوة إيجابية."
    quote = quote_with(quotes_of(text), "الخطوة")
    assert quote.speaker is not None and "باريس" not in quote.speaker.text


# ---------------------------------------------------------------- a body's title refers back to its name


def test_definite_outlet_noun_stands_for_the_outlet_named_before() -> None:
    # "الصحيفة" refers back to "صحيفة الصباح التونسية", not to the participle set off after it.
    text = (
        "ذكرت صحيفة الصباح التونسية في عددها الصادر اليوم، مستندة إلى مصادر مطلعة، أن الحكومة ستستقيل. "
        "وأضافت الصحيفة أن القرار نهائي."
    )
    quote = quote_with(quotes_of(text), "نهائي")
    assert quote.speaker_name == "صحيفة الصباح التونسية"


def test_person_title_still_resolves_to_the_person() -> None:
    # The look-alike: a person's title is no body; it takes the name it stood next to.
    text = "وقال وزير الصحة علي المرابط إن الوضع مستقر. وأضاف الوزير أن الإصابات تراجعت."
    quote = quote_with(quotes_of(text), "الإصابات")
    assert quote.speaker_name == "علي المرابط"


# ---------------------------------------------------------------- a verbal noun with its owner


def test_derived_verbal_noun_with_pronoun_is_the_object() -> None:
    # "التزامه بالحوار": an ifti'al verbal noun owned by the dropped subject is the object.
    text = "وقال الوزير سامي الطرابلسي إن الحكومة جادة. وأكد التزامه بالعمل على دعم الحوار مع النقابات."
    quote = quote_with(quotes_of(text), "الحوار")
    assert quote.speaker is None
    assert quote.speaker_name == "سامي الطرابلسي"


def test_noun_in_ta_marbuta_of_the_same_shape_stays_a_subject() -> None:
    # The look-alike: "المادة" has the shape of a verbal noun + ه once ة is normalised, but is
    # written with ة and carries no pronoun.
    quote = quote_with(quotes_of("وأكدت المادة أن الحقوق مضمونة."), "الحقوق")
    assert quote.speaker is not None and quote.speaker.text == "المادة"


def test_manner_adverbial_with_bi_is_no_subject() -> None:
    # "بإسهاب": ب + an indefinite verbal noun tells how; the subject is dropped.
    text = "وقال الوزير سامي الطرابلسي إن المشروع جاهز. وتحدث بإسهاب عن مراحل تنفيذه."
    quote = quote_with(quotes_of(text), "مراحل")
    assert quote.speaker is None
    assert quote.speaker_name == "سامي الطرابلسي"


# ---------------------------------------------------------------- a fronted source phrase answered by فإن


def test_source_phrase_answered_by_fa_inna_without_comma() -> None:
    text = "تأجل الموعد مرارا. وبحسب المشروع الأولي فإن التجنيد سيبدأ العام المقبل."
    quote = quote_with(quotes_of(text), "التجنيد")
    assert quote.content.text == "التجنيد سيبدأ العام المقبل"
    assert quote.speaker_name == "المشروع الأولي"


def test_nominal_complement_ends_before_the_fa_inna_answer() -> None:
    # "تحدثت عن المشروع، فإن …": the noun phrase after عن ends at the comma; what follows
    # فإن is the source phrase's quote.
    text = "تأجل الموعد مرارا. وبحسب تقارير تحدثت عن المشروع، فإن التجنيد سيبدأ قريبا."
    quote = quote_with(quotes_of(text), "التجنيد")
    assert quote.content.text == "التجنيد سيبدأ قريبا"
    assert quote.speaker_name == "تقارير"


# ---------------------------------------------------------------- the subject of a verb after قد


def test_subject_after_qad_is_the_antecedent_of_a_dropped_subject() -> None:
    # "فقد هاجمت النائبة …": قد marks هاجمت as a verb; its subject is who "وأضافت" continues.
    text = (
        "وقال الوزير سامي الطرابلسي إن القرار نهائي. "
        "لم يرق القرار للمعارضة فقد هاجمت النائبة ليلى الحمروني الوزير. وأضافت أن القرار مرفوض."
    )
    quote = quote_with(quotes_of(text), "مرفوض")
    assert quote.speaker_name == "ليلى الحمروني"


# ---------------------------------------------------------------- what a title's name can be


def test_particle_after_a_title_is_no_name() -> None:
    # "القاضي؛ فقد يكون": a new clause begins after the semicolon; فقد names no one.
    text = "الحكم يعود لتقدير القاضي؛ فقد يكون السجن عاما أو عامين. وقال القاضي إن القضية معقدة."
    quote = quote_with(quotes_of(text), "معقدة")
    assert quote.speaker_name == "القاضي"


def test_noun_phrase_repeated_whole_after_a_title_is_no_name() -> None:
    # "رئيس الجمهورية زيارة دولة": "دولة" never comes back alone, so "زيارة دولة" is the verb's
    # object, not the president's name, which the apposition gives.
    text = (
        "قال رئيس الجمهورية، منصف العياري، إن العلاقات متينة. "
        "ويؤدي رئيس الجمهورية زيارة دولة إلى روما تدوم يومين. "
        "واعتبر رئيس الجمهورية أن التعاون مميز. وتأتي زيارة دولة هذه بعد قطيعة طويلة."
    )
    quote = quote_with(quotes_of(text), "مميز")
    assert quote.speaker_name == "منصف العياري"


# ---------------------------------------------------------------- case of a plural after the verb


def test_accusative_plural_after_a_verb_is_its_object() -> None:
    # "المستثمرين الأوروبيين": -ين/-يين is the accusative; a subject would be -ون/-يون.
    text = "وقال الرئيس منصف العياري إن البلد آمن. ودعا المستثمرين الأوروبيين إلى زيادة استثماراتهم."
    quote = quote_with(quotes_of(text), "استثماراتهم")
    assert quote.speaker is None
    assert quote.speaker_name == "منصف العياري"


def test_name_in_yn_after_a_verb_stays_its_subject() -> None:
    # The look-alike: الكرملين ends in ين but takes no adjective in -يين.
    quote = quote_with(quotes_of("وقال الكرملين إن المحادثات بناءة."), "المحادثات")
    assert quote.speaker_name == "الكرملين"


# ---------------------------------------------------------------- a quoted title inside the subject


def test_quoted_book_title_in_the_subject_is_no_direct_quote() -> None:
    # 'مؤلف كتاب "أيام من حياة الشابي"': the marks enclose the book's title inside the subject
    # phrase; the quote is the clause after أن.
    text = 'أكد الأستاذ كمال الزغبي مؤلف كتاب "أيام من حياة الشابي" في تونس، أن الكتاب لقي إقبالا.'
    quotes = quotes_of(text)
    assert [q.content.text for q in quotes] == ["الكتاب لقي إقبالا"]


def test_direct_quote_right_after_the_verb_stays() -> None:
    # The look-alike: the marks follow the verb's subject and no complementizer comes after.
    quote = quote_with(quotes_of('وقال الوزير "أيام صعبة تنتظر البلاد قريبا".'), "أيام")
    assert quote.kind == "direct"


# ---------------------------------------------------------------- a post after the name


def test_post_after_a_name_stands_for_the_person_later() -> None:
    # "الأستاذ كمال الزغبي مترجم الرواية": مترجم is the same person's post, so "المترجم"
    # later names him.
    text = "قال الأستاذ كمال الزغبي مترجم الرواية إن العمل شاق. وأضاف المترجم أن النص صعب."
    quote = quote_with(quotes_of(text), "النص")
    assert quote.speaker_name == "كمال الزغبي"


def test_adverb_after_a_role_noun_is_no_name() -> None:
    # "المترجم عامة": عامة "in general" is an adverb, not the translator's name.
    text = (
        "قال الأستاذ كمال الزغبي مترجم الرواية إن العمل شاق. ولا يستطيع المترجم عامة أن يكون وفيا "
        "للنص الأصلي. وأضاف المترجم أن النص صعب."
    )
    quote = quote_with(quotes_of(text), "النص")
    assert quote.speaker_name == "كمال الزغبي"


def test_definite_body_noun_with_adjective_refers_back_to_the_body() -> None:
    # "المنظمة الأممية": the body noun with the article and its adjective is the body named
    # before with the same head noun.
    text = "نشرت منظمة الصحة العالمية تقريرها السنوي. وقالت المنظمة الأممية إن الوباء تراجع."
    quote = quote_with(quotes_of(text), "الوباء")
    assert quote.speaker_name == "منظمة الصحة العالمية"


# ---------------------------------------------------------------- a clause of its own; compound given names


def test_complementizer_after_haythu_is_not_governed_by_bayna() -> None:
    # "بين أفراد الأسرة، حيث يبدو أن": بين is "between", and أن belongs to يبدو.
    text = "وقال الجار سالم الحربي إن الأسرة مفككة. هناك مشاكل بين أفراد الأسرة، حيث يبدو أن الخلاف قديم."
    assert not any("الخلاف" in q.content.text for q in quotes_of(text))


def test_family_name_after_a_compound_given_name_is_a_source() -> None:
    # "عبد العزيز الزهراني" … "بحسب الزهراني الذي": the word before the family name has the
    # article, but عبد makes it a given name, so "الزهراني" alone is a person.
    text = (
        "وقال الطبيب عبد العزيز الزهراني إن الرجل مريض. "
        "ويبدو أن الأبناء تخاصموا، بحسب الزهراني الذي أوضح أنهم غادروا مسرعين."
    )
    quote = quote_with(quotes_of(text), "مسرعين")
    assert quote.speaker_name == "عبد العزيز الزهراني"
    quote = quote_with(quotes_of(text), "تخاصموا")
    assert quote.speaker_name == "عبد العزيز الزهراني"


# ---------------------------------------------------------------- a perfect of saying after a relative


def test_perfect_of_saying_after_a_relative_reports() -> None:
    # "صحتها التي أكد أنها": the relative's noun is the object; أكد has the minister as its
    # dropped subject, not an impersonal reading.
    text = "وقال الوزير سامي الطرابلسي إنه اتصل بالسجينة. واستفسر عن صحتها التي أكد أنها في حال جيدة."
    quote = quote_with(quotes_of(text), "في حال جيدة")
    assert quote.speaker_name == "سامي الطرابلسي"


def test_imperfect_after_a_relative_stays_impersonal() -> None:
    # The look-alike: "التي يتوقع أن" is "which is expected to", no one's report.
    text = "وتتشكل الحكومة التي يتوقع أن تبدأ عملها الشهر المقبل."
    assert not any("تبدأ" in q.content.text for q in quotes_of(text))


# ---------------------------------------------------------------- an outlet as the source of a verb of saying


def test_outlet_with_a_verb_of_saying_is_the_source() -> None:
    # "بحسب ما أكدته صحيفة …": أكد is no relay verb, so the outlet is the source.
    text = "تلقى المسؤول تحويلا ماليا كبيرا، بحسب ما أكدته صحيفة لوموند الفرنسية."
    quote = quote_with(quotes_of(text), "تحويلا")
    assert quote.speaker_name == "صحيفة لوموند الفرنسية"


def test_outlet_that_relays_is_still_no_source() -> None:
    # The look-alike: نقل only says where the words were published when it names, after عن,
    # whom it relays (round 16: without عن the outlet is the source, "حسب ما نقلت رويترز").
    # Whom it relays after عن is the source of the clause (d90, s21, as tune15's gold has it).
    text = "تلقى المسؤول تحويلا ماليا كبيرا، وفق ما نقلته وكالة رويترز عن مصدر أمني."
    assert [q.speaker_name for q in quotes_of(text) if "تحويلا" in q.content.text] == ["مصدر أمني"]


def test_outlet_named_by_its_chain_keeps_that_name() -> None:
    # "صحيفة لوموند الفرنسية …، معززة شبهات الفساد": the participle set off after the outlet
    # is a circumstantial phrase, not the outlet's name.
    text = (
        "تلقى المسؤول تحويلا ماليا كبيرا، بحسب ما أكدته صحيفة لوموند الفرنسية في عددها الصادر اليوم، "
        "معززة شبهات الفساد."
    )
    quote = quote_with(quotes_of(text), "تحويلا")
    assert quote.speaker_name == "صحيفة لوموند الفرنسية"
