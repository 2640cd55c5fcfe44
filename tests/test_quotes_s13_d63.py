"""Round d63 (issue 19, quote detection around source phrases and quote marks). A fronted source
phrase that فإن (فقد) answers attributes the clause after it whatever its noun names: a person,
a family, a platform or a study (وبحسب العائلة فإن …), but not a rule or a plan followed
(ووفقا للقانون فإن …), nor a clause whose own verb of saying reports it (فإن X قال …). The
filings of a court case (الدعوى، الشكوى) answered by فإن are texts that state a party's case. A short quoted
name right after a verb that takes an object before its complement is the verb's subject
(ودعت "الهيئة" هذه القنوات إلى …), not words said. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields

# ------------------------------------------------ a fronted phrase answered by فإن / فقد


def test_answered_phrase_names_a_family() -> None:
    got = quote_fields("وبحسب العائلة فإن الأوضاع في السجن ساهمت في تدهور حالته.")
    assert got == [("indirect", "الأوضاع في السجن ساهمت في تدهور حالته", "وبحسب", "العائلة")]


def test_answered_phrase_with_demonstrative() -> None:
    got = quote_fields("وبحسب هذه الدراسة، فإنه من المتوقع أن يرتفع عدد السائقات.")
    assert got == [("indirect", "من المتوقع أن يرتفع عدد السائقات", "وبحسب", "هذه الدراسة")]


def test_answered_phrase_with_faqad() -> None:
    got = quote_fields("وبحسب المنصة، فقد تصدرت المحكمة قائمة الجلسات.")
    assert got == [("indirect", "تصدرت المحكمة قائمة الجلسات", "وبحسب", "المنصة")]


def test_answered_phrase_cut_at_relative() -> None:
    got = quote_fields("وبحسب الشهادات التي جمعها الصحفيون فإن القرية أخليت بالكامل.")
    assert got == [("indirect", "القرية أخليت بالكامل", "وبحسب", "الشهادات")]


def test_answered_rule_is_no_source() -> None:
    assert quote_fields("ووفقا للقانون فإن الحكومة ملزمة بنشر الميزانية.") == []


def test_answered_regulations_are_no_source() -> None:
    assert quote_fields("ووفقا للوائح الجديدة فإن النادي يستطيع ضم ثلاثة لاعبين.") == []


def test_answered_clause_with_its_own_report() -> None:
    # The phrase relays the report of the verb inside the answered clause.
    got = quote_fields("وبحسب الشهادات، فإن الطبيب سامي حداد قال إن المريض توفي.")
    assert got == [("indirect", "المريض توفي", "قال", "سامي حداد")]


def test_answered_future_verb_is_no_report() -> None:
    # ستبلغ "will amount to" spells a verb of informing, but no content follows it.
    got = quote_fields("وبحسب المزارعين، فإن قيمة المحصول ستبلغ مليون دينار هذا العام.")
    assert got == [("indirect", "قيمة المحصول ستبلغ مليون دينار هذا العام", "وبحسب", "المزارعين")]


# ------------------------------------------------ court filings as written sources


def test_lawsuit_answered() -> None:
    got = quote_fields("ووفقا للدعوى القضائية فإن الرجل أنفق أموال الشركة على السفر.")
    assert got == [("indirect", "الرجل أنفق أموال الشركة على السفر", "ووفقا", "للدعوى القضائية")]


def test_complaint_answered() -> None:
    got = quote_fields("وبحسب الشكوى، فإن المتهم غادر البلاد قبل المحاكمة.")
    assert got == [("indirect", "المتهم غادر البلاد قبل المحاكمة", "وبحسب", "الشكوى")]


# ------------------------------------------------ a quoted subject before the verb's object


def test_quoted_subject_then_demonstrative_object() -> None:
    got = quote_fields('ودعت "الهيئة" هذه القنوات إلى احترام القانون.')
    assert got == [("nominal", "احترام القانون", "ودعت", "الهيئة")]


def test_quoted_subject_then_object_then_bi() -> None:
    got = quote_fields('واتهمت "الجبهة" الحكومة بخرق الهدنة.')
    assert got == [("nominal", "بخرق الهدنة", "واتهمت", "الجبهة")]


def test_quoted_subject_then_object_then_ala() -> None:
    got = quote_fields('وحثت "الرابطة" اللاعبين على الالتزام بالقواعد.')
    assert got == [("nominal", "الالتزام بالقواعد", "وحثت", "الرابطة")]


def test_words_said_after_verb_stay_direct() -> None:
    got = quote_fields('وقال "الحكومة مسؤولة عن الأزمة".')
    assert got == [("direct", "الحكومة مسؤولة عن الأزمة", "وقال", None)]


def test_words_said_then_adverbial_stay_direct() -> None:
    got = quote_fields('وأضاف "الحكومة الحالية فشلت" في رده على الصحفيين.')
    assert got == [("direct", "الحكومة الحالية فشلت", "وأضاف", None)]
