"""Session 23, d101: cue lemmas the lexicon lacked (issue 19, item 1). Every sentence is written
for the test."""

from __future__ import annotations

from quote_helpers import quote_fields_with_cue

# --- تنبأ أن "predicted that": a forecast is a position its source holds, as توقع -----------------


def test_predicting_that_reports() -> None:
    text = "ويتنبأ خبراء الطاقة بأن أسعار الوقود ستنخفض مع بداية الشتاء."
    found = quote_fields_with_cue(text, "ويتنبأ")
    assert len(found) == 1
    kind, content, _, speaker = found[0]
    assert kind == "indirect"
    assert content.startswith("أسعار الوقود ستنخفض")
    assert speaker == "خبراء الطاقة"


def test_predicted_in_the_perfect_reports() -> None:
    text = "وتنبأت الباحثة أن المدينة ستواجه موجة حر غير مسبوقة."
    found = quote_fields_with_cue(text, "وتنبأت")
    assert [q[0] for q in found] == ["indirect"]
    assert found[0][3] == "الباحثة"


# --- ندّد: only a ب-complement that opens in quote marks reports ----------------------------------


def test_denounced_with_bi_before_marks_is_nominal() -> None:
    text = 'وندد رئيس النقابة بـ"تجاهل مطالب العمال" في الموازنة الجديدة.'
    found = quote_fields_with_cue(text, "وندد")
    assert len(found) == 1
    kind, content, _, speaker = found[0]
    assert kind == "nominal"
    assert content.startswith('بـ"تجاهل مطالب العمال"')
    assert speaker == "رئيس النقابة"


def test_denounced_with_marks_that_open_with_bi() -> None:
    text = 'ونددت الجمعية، الأحد، "بالتضييق المتواصل على الصحفيين" في الإقليم.'
    found = quote_fields_with_cue(text, "ونددت")
    assert len(found) == 1
    assert "بالتضييق المتواصل على الصحفيين" in found[0][1]
    assert found[0][3] == "الجمعية"


def test_denouncing_participle_with_marked_complement() -> None:
    text = 'وطالب النائب بفتح تحقيق، منددا بـ"صمت الحكومة" إزاء الحادثة.'
    found = quote_fields_with_cue(text, "منددا")
    assert len(found) == 1
    assert found[0][0] == "nominal"
    assert "صمت الحكومة" in found[0][1]


def test_denounced_thing_without_marks_is_no_quote() -> None:
    # The bare ب-complement names what was denounced; no words of the protesters are reported.
    assert quote_fields_with_cue("وندد المتظاهرون بارتفاع أسعار الخبز في الأحياء الشعبية.", "وندد") == []


def test_name_in_marks_inside_the_denounced_thing_is_no_quote() -> None:
    # The marks set off a name inside the complement, which opens without them.
    text = "وندد المجلس بقيام «شركة الأفق» بفصل العمال دون إنذار."
    assert quote_fields_with_cue(text, "وندد") == []


def test_emphatic_adverb_in_marks_is_no_complement() -> None:
    # "strongly" in marks for emphasis: the complement after it is bare, so nothing is reported.
    text = 'ونددت الهيئة "بشدة" السبت بقرار إغلاق المكتب.'
    assert quote_fields_with_cue(text, "ونددت") == []


def test_marks_after_another_cue_are_that_cues() -> None:
    # "denounced what he called …": the marked words are وصفه's complement, not ندد's.
    text = 'وندد النائب بما وصفه بـ"صفقة مشبوهة" في قطاع الطاقة.'
    assert quote_fields_with_cue(text, "وندد") == []
    assert [q[0] for q in quote_fields_with_cue(text, "وصفه")] == ["nominal"]
