"""Detection round d57 (issue 19, quote detection part A): colons after a label that names no
source, and quotation marks around a name after its head noun and adjectives. A list line
"label : value" (a telephone number, a price, a score, a role, a second label on the same line)
gives a field of a list, not words said; "المهرجان الدولي "…"" and "المعروف بـ "…"" give a
name. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def _contents(text: str) -> list[str]:
    return [q[1] for q in quote_fields(text)]


def test_telephone_numbers_after_place_labels_are_no_quotes() -> None:
    text = "وهذه أرقام المندوبين في الجهات.\nبنزرت : 72000111\nقفصة : 76000222\nوتعمل المكاتب كامل الأسبوع."
    assert quote_fields(text) == []


def test_prices_after_seat_labels_are_no_quotes() -> None:
    text = (
        "وحددت الهيئة أسعار التذاكر كما يلي.\n"
        "المدارج الشمالية: 10 دنانير\n"
        "المنصة الشرفية: 80 دينارا\n"
        "وتباع التذاكر في الملعب."
    )
    assert quote_fields(text) == []


def test_an_appointment_list_is_no_quote() -> None:
    text = (
        "وقرر المجلس تعيين كل من:\n"
        "سامي الورتاني : مديرا عاما للديوان الوطني للصناعات التقليدية\n"
        "وسيباشر مهامه الأسبوع القادم."
    )
    assert quote_fields(text) == []


def test_a_staff_list_role_is_no_quote() -> None:
    text = (
        "وتتكون الإطارات الفنية الجديدة من الأسماء التالية.\n"
        "سامي الحمروني : مدرب عام\n"
        "وتنطلق التحضيرات يوم الاثنين."
    )
    assert quote_fields(text) == []


def test_a_line_of_label_value_pairs_is_no_quote() -> None:
    text = (
        "وعينت الجامعة طاقم التحكيم التالي.\n"
        "الحكم الرئيسي : يوسف بن علي الحكم المساعد : أيمن السالمي\n"
        "وتنطلق المقابلة على الساعة الثالثة."
    )
    assert quote_fields(text) == []


def test_a_results_line_is_no_quote() -> None:
    text = (
        "وهذه نتائج الجولة الخامسة.\n"
        "المجموعة الأولى : النجم الرياضي - الملعب القابسي 2 - 1\n"
        "وتتواصل البطولة الأسبوع القادم."
    )
    assert quote_fields(text) == []


def test_a_link_after_a_label_is_no_quote() -> None:
    text = "ويمكن متابعة البث على الأنترنت.\nالموقع الرسمي: https://example.org/ar\nوتنطلق الحصة في الثامنة."
    assert quote_fields(text) == []


def test_a_source_credit_is_no_quote() -> None:
    text = "وأكدت الوزارة أن الحملة ستتواصل طيلة الشهر.\nالمصدر : وكالة الأنباء الرسمية"
    assert [q[2] for q in quote_fields(text)] == ["وأكدت"]


def test_headline_words_said_stay_a_quote() -> None:
    text = "وزيرة الصحة: لا نقص في الأدوية بالمستشفيات الجهوية\nوأعلنت الوزارة عن وصول شحنة جديدة."
    assert _contents(text)[:1] == ["لا نقص في الأدوية بالمستشفيات الجهوية"]


def test_headline_with_a_run_on_link_stays_a_quote() -> None:
    text = (
        "رئيس الحكومة: لم نرتكب أي خطأ في التعامل مع ملف الهجرة غير النظامية بالجهة الشاهد : تونس لن تتراجع\n"
        "وأضاف أن الحكومة ماضية في الإصلاح."
    )
    assert len([q for q in quote_fields(text) if q[2] == ":"]) == 1


def test_headline_title_subject_with_its_genitive_stays_a_quote() -> None:
    text = "وزير التربية: مدير المعهد سيحال على مجلس التأديب\nوفتحت الوزارة تحقيقا في الحادثة."
    assert _contents(text)[:1] == ["مدير المعهد سيحال على مجلس التأديب"]


def test_quoted_name_after_a_head_and_its_adjective_is_no_quote() -> None:
    text = 'ودعت الجمعية الرياضية "نجوم الغد" أنصارها إلى الحضور بكثافة.'
    assert [q for q in quote_fields(text) if q[0] == "direct"] == []


def test_quoted_name_after_known_as_with_ba_apart_is_no_quote() -> None:
    text = (
        'أكد عم الرضيع المعروف بـ "رضيع مستشفى الحبيب بورقيبة" منذ قليل وفاته بعد تضارب في تصريحات الأطباء.'
    )
    assert [q for q in quote_fields(text) if q[0] == "direct"] == []


def test_quoted_name_after_a_head_and_its_adjective_keeps_a_clause_indirect() -> None:
    text = 'وأعلن المدير أن البرنامج الإذاعي "صباح الخير" سيعود في الموسم المقبل.'
    assert [q[0] for q in quote_fields(text)] == ["indirect"]


def test_words_said_after_a_subject_with_an_adjective_stay_a_quote() -> None:
    text = 'وقال المتحدث باسم المنظمة الدولية "لن نتراجع عن موقفنا".'
    assert _contents(text) == ["لن نتراجع عن موقفنا"]
