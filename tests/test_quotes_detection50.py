"""Detection round d50 (issue 19, quote detection part A): words that look like a quote and are
none. A list line "name: N years" gives an age, not words said; فحسب / وحسب "only" is no source
phrase (ف/و + حسب "according to"). Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_age_after_a_name_on_a_list_line_is_no_quote() -> None:
    text = "وهذه قائمة بأسماء أعضاء الوفد.\nسامي عبد الكريم الراشدي: 41 عاما\nوصل إلى المطار صباح الاثنين."
    assert quote_fields(text) == []


def test_words_after_a_name_on_a_headline_line_stay_a_quote() -> None:
    text = "وزير الصحة: 41 مستشفى جديدا في الجهات الداخلية\nوأعلنت الوزارة عن البرنامج أمس."
    assert [q[1] for q in quote_fields(text)][:1] == ["41 مستشفى جديدا في الجهات الداخلية"]


def test_fa_hasb_only_before_but_rather_is_no_source() -> None:
    text = "وتغير دور الإذاعات المحلية لا في الأخبار فحسب بل في البرامج الثقافية أيضا."
    assert quote_fields(text) == []


def test_wa_hasb_only_at_the_clause_end_is_no_source() -> None:
    text = "ولم يعد الملعب مكانا للرياضة وحسب، وإنما صار فضاء للقاءات العائلية."
    assert quote_fields(text) == []


def test_fa_hasb_according_to_a_poll_stays_a_source() -> None:
    text = "وتراجعت الثقة في الأحزاب. فحسب الاستطلاع الأخير، فإن أغلب الشباب لا ينوون التصويت."
    assert [q[2] for q in quote_fields(text)] == ["فحسب"]


def test_hasb_before_a_quoted_name_stays_a_source() -> None:
    text = 'وتضاعف عدد المواقع الأثرية المهددة خلال عشر سنوات، حسب "اليونسكو".'
    assert [q[2] for q in quote_fields(text)] == ["حسب"]


def test_source_phrase_closed_by_a_comma_inside_its_clause() -> None:
    text = "وتبلغ كلفة بناء الجسر الجديد حسب الوزيرة، قيمة 40 مليون دينار تمولها الدولة على مدى ثلاث سنوات."
    assert quote_fields(text) == [
        (
            "indirect",
            "وتبلغ كلفة بناء الجسر الجديد حسب الوزيرة، قيمة 40 مليون دينار تمولها الدولة على مدى ثلاث سنوات",
            "حسب",
            "الوزيرة",
        )
    ]


def test_source_phrase_then_a_preposition_goes_on_with_the_clause() -> None:
    text = "وقادت الأبحاث وفق المصدر القضائي، إلى إيقاف ثلاثة أشخاص في مدينة صفاقس مساء الأحد."
    assert [q[1] for q in quote_fields(text)] == [
        "وقادت الأبحاث وفق المصدر القضائي، إلى إيقاف ثلاثة أشخاص في مدينة صفاقس مساء الأحد"
    ]


def test_apposition_after_the_source_leaves_the_clause_before() -> None:
    text = "وقتل خمسة أشخاص في الهجوم بحسب أحمد سالم، المتحدث باسم وزارة الصحة في المدينة."
    assert [q[1] for q in quote_fields(text)] == ["وقتل خمسة أشخاص في الهجوم"]


def test_that_according_to_points_back_to_the_clause_before() -> None:
    text = "وتتراوح الأسعار بين عشرة وعشرين دينارا، وذلك حسب المسافة، مع تخفيض للطلبة في كل الخطوط."
    assert [q[2] for q in quote_fields(text)] == []


def test_coordinated_clause_after_the_phrase_is_not_joined() -> None:
    text = "وارتفع الإنتاج إلى مليون طن وفقا لبيانات المعهد، وتراجع التصدير إلى النصف خلال العام نفسه."
    assert [q[1] for q in quote_fields(text)] == ["وارتفع الإنتاج إلى مليون طن"]
