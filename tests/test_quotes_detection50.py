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
