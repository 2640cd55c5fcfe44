"""Session 24, d106: quotation marks that close the subject of a verb (issue 19, item 2). Every
sentence is written for the test."""

from __future__ import annotations

from quote_helpers import quote_fields

# --- a short quoted name closing the subject, then the verb's possessed object -----------------


def test_quoted_name_before_a_possessed_noun_cue_is_no_quote() -> None:
    # دعوته is a noun cue with the subject's pronoun: the verb's object, so the marks held a name.
    text = 'وجدد رئيس النقابة "سليم حداد" دعوته إلى "حوار صريح" مع الحكومة.'
    contents = [q[1] for q in quote_fields(text)]
    assert "سليم حداد" not in contents


def test_quoted_name_before_a_possessed_verbal_noun_is_no_quote() -> None:
    text = 'وجدد رئيس الحزب "محمد علي" رفضه للقرار الجديد.'
    contents = [q[1] for q in quote_fields(text)]
    assert "محمد علي" not in contents


def test_quoted_words_said_after_the_subject_stay_a_quote() -> None:
    # Words said end their clause: what follows the marks is a new clause, not the verb's object.
    text = 'وقال رئيس النقابة "لن نتراجع عن مطالبنا"، مؤكدا دعمه للعمال.'
    contents = [q[1] for q in quote_fields(text)]
    assert "لن نتراجع عن مطالبنا" in contents


def test_quoted_verbal_noun_before_a_possessed_noun_stays_content() -> None:
    # 'اتهم X "بتحريف" أقواله': the marks hold a fragment of the accusation, not a name.
    text = 'واتهم المحامي الشرطة "بتحريف" أقواله أمام القاضي.'
    contents = [q[1] for q in quote_fields(text)]
    assert any("بتحريف" in c for c in contents)


# --- a colon and quote marks that close the cue's complement open its content -----------------


def test_colon_after_a_preposition_phrase_opens_a_direct_quote() -> None:
    text = 'ويشير الطبيب، الذي يعالج المرضى في المدينة، إلى قاعدة يعرفها الجميع: "الوقاية خير من العلاج".'
    found = [q for q in quote_fields(text) if q[2] == "ويشير"]
    assert [(q[0], q[1]) for q in found] == [("direct", "الوقاية خير من العلاج")]


def test_colon_after_the_occasion_phrase_opens_a_direct_quote() -> None:
    text = 'وذكر المحامي في رسالة بالبريد الإلكتروني: "سعدنا بقرار المحكمة".'
    found = [q for q in quote_fields(text) if q[2] == "وذكر"]
    assert [(q[0], q[1]) for q in found] == [("direct", "سعدنا بقرار المحكمة")]


def test_colon_after_another_clause_is_not_the_complement() -> None:
    # Past a comma and another clause the colon is that clause's: the cue keeps its complement.
    text = 'ولفتت الصحيفة إلى دور الحكم، فظهرت بعنوان: "الحكم 1 - الفريق 0".'
    found = [q for q in quote_fields(text) if q[2] == "ولفتت"]
    assert found and found[0][0] == "nominal"


# --- a verb of saying's spelling right after إنّ/أنّ is the clause's subject ----------------------


def test_noun_after_that_reports_no_quote_of_its_own() -> None:
    # إنّ takes a noun: رد is "the response", the subject; the marks are the outer report's.
    text = 'وقال المتحدث للصحافيين إن رد الحكومة سيأتي "في الوقت المناسب".'
    found = quote_fields(text)
    assert [q[2] for q in found] == ["وقال"]
    assert found[0][1].endswith('"في الوقت المناسب"')


def test_verb_with_its_own_marks_outside_a_clause_stays_a_quote() -> None:
    # Pin: not after a complementizer, the verb رد reports its own quoted words.
    text = 'ورد الوزير على الصحافيين: "لن نتراجع عن القرار".'
    found = quote_fields(text)
    assert ("direct", "لن نتراجع عن القرار") in [(q[0], q[1]) for q in found]
