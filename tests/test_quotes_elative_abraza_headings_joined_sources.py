"""Detection (s25, d109): missed and spurious direct and indirect quotes. Sentences written for
these tests."""

from __future__ import annotations

from quote_helpers import kinds_contents_and_cues, quote_fields


def test_elative_after_partitive_min_is_no_cue() -> None:
    # "وهو من أبرز الخبراء": أبرز is "the most prominent", not "highlighted", so it neither takes
    # the إنّ-clause nor stops قال's search for it.
    quotes = quote_fields("وقال الخبير سمير علي، وهو من أبرز المختصين في الشأن الاقتصادي، إن الأسعار سترتفع.")
    assert quotes == [("indirect", "الأسعار سترتفع", "وقال", "سمير علي")]


def test_elative_after_partitive_min_reports_nothing() -> None:
    assert quote_fields("ومن أبرز التعديلات الجديدة أنها تشمل السائقين الشباب.") == []


def test_verb_abraza_still_reports() -> None:
    quotes = quote_fields("وأبرز الوزير أن الخطة ستنجح.")
    assert quotes == [("indirect", "الخطة ستنجح", "وأبرز", "الوزير")]


def test_disaster_headline_names_no_source() -> None:
    # "زلزال المكسيك: …": an event heads the section; it says nothing.
    text = (
        "وقالت الوكالة إن الحصيلة ارتفعت.\n"
        "زلزال المكسيك: ارتفاع عدد الضحايا إلى مئتي قتيل\n"
        "وزير الخارجية: لن نقبل بهذا الاتفاق أبدا"
    )
    assert [(kind, speaker) for kind, _, _, speaker in quote_fields(text)] == [
        ("indirect", "الوكالة"),
        ("direct", "وزير الخارجية"),
    ]


def test_elative_before_possessed_noun_and_name_is_no_cue(pipeline) -> None:
    # "وأبرز حلفائه حسن روحاني": "his most prominent ally"; as a verb of saying it stopped قال's
    # search for the marks after the commas.
    text = (
        "وقال الرئيس خلال اتصال هاتفي تلقاه من نظيره الإيراني وأبرز حلفائه حسن روحاني، "
        '"هذا الهجوم لن يزيدنا إلا إصرارا".'
    )
    assert kinds_contents_and_cues(pipeline, text) == [("direct", "هذا الهجوم لن يزيدنا إلا إصرارا", "وقال")]


def test_verb_abraza_with_its_object_still_reports(pipeline) -> None:
    assert kinds_contents_and_cues(pipeline, "وأبرز التقرير أهمية التعاون.") == [
        ("nominal", "أهمية التعاون", "وأبرز")
    ]


def test_joined_according_to_one_of_ends_the_content() -> None:
    # "ووفقا لأحد الباحثين اتهم …": و and a source word open the writer's next attribution.
    quotes = quote_fields("وقال المحامي إنه احتجز في المدينة ووفقاً لأحد الباحثين اتهم بالانتماء إلى التنظيم.")
    assert quotes == [("indirect", "احتجز في المدينة", "وقال", "المحامي")]


def test_joined_according_to_sayings_ends_the_content() -> None:
    quotes = quote_fields(
        "وقالت الشرطة إن المسجد دمر كليا وحسب أقوال السكان المحليين فإن المسجد استخدم مخزنا."
    )
    assert [(content, cue) for _, content, cue, _ in quotes] == [
        ("المسجد دمر كليا", "وقالت"),
        ("المسجد استخدم مخزنا", "وحسب"),
    ]


def test_joined_according_to_a_rule_goes_on() -> None:
    quotes = quote_fields("وقال المحامي إن المحكمة ستنظر في القضية ووفقا للقانون لا يجوز تأجيلها.")
    assert quotes == [
        ("indirect", "المحكمة ستنظر في القضية ووفقا للقانون لا يجوز تأجيلها", "وقال", "المحامي")
    ]


def test_verbal_noun_after_a_modal_reports_nothing() -> None:
    # يمكن takes أنْ and a verb, or a verbal noun: "يمكن وصفها" is "it can be described".
    assert quote_fields("ويمكن وصفها بأنها أسوأ أزمة تمر بها الشركة.") == []
    assert quote_fields("يجب وصف الحالة بدقة.") == []


def test_verbal_noun_after_a_modal_with_its_pronoun_is_no_second_report() -> None:
    quotes = quote_fields("وأكد الوزير أن المسافرين يمكنهم طلب أن توضع الأختام على ورقة منفصلة.")
    assert [cue for _, _, cue, _ in quotes] == ["وأكد"]
