"""Detection round d52 (issue 19, quote detection part A): reported clauses missed or cut when the
source phrase closes them. "حسب ما صرح به لوكالة …" names no subject (the verb's pronoun is the
source); "بحسب ما جاء اليوم في بلاغ …" puts the verb's time before في; "بحسب تغريدة كتبها X" and
"وفقا لتقرير نشرته دورية …" name the writer or publisher of a text; a title after the source is
its apposition, not a new clause; and a sentence-final "بحسب تعبيره" keeps the clause openers
before it inside the reported words. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_relay_with_a_dropped_subject_and_an_addressee() -> None:
    text = "وتوقفت أشغال الطريق منذ شهرين بسبب نقص المعدات، حسب ما صرح به أمس لوكالة الأنباء الرسمية."
    assert quote_fields(text) == [("indirect", "وتوقفت أشغال الطريق منذ شهرين بسبب نقص المعدات", "حسب", None)]


def test_relay_with_a_dropped_subject_at_the_sentence_end() -> None:
    text = "وتضاعف عدد الزوار في الصيف الماضي، وفق ما أكده لنا."
    assert [q[:3] for q in quote_fields(text)] == [("indirect", "وتضاعف عدد الزوار في الصيف الماضي", "وفق")]


def test_writers_own_as_we_said_is_no_quote() -> None:
    assert quote_fields("وتوقفت أشغال الطريق منذ شهرين، حسب ما ذكرنا.") == []


def test_subject_after_the_addressee_and_a_time_word_is_not_dropped() -> None:
    text = "وتراجعت المبيعات بشكل كبير، كما أوضح للصحافة حينها مدير الشركة."
    assert all(q[3] is not None for q in quote_fields(text))


def test_text_after_came_in_with_the_verbs_time_is_the_source() -> None:
    text = "وارتفع عدد المصابين إلى خمسة عشر، بحسب ما جاء اليوم الأحد في بلاغ لوزارة الصحة."
    assert quote_fields(text) == [
        ("indirect", "وارتفع عدد المصابين إلى خمسة عشر", "بحسب", "بلاغ لوزارة الصحة")
    ]


def test_writer_of_a_tweet_is_the_source() -> None:
    text = "وغادر الوفد العاصمة مساء السبت، بحسب تغريدة كتبها وزير الخارجية."
    assert quote_fields(text) == [("indirect", "وغادر الوفد العاصمة مساء السبت", "بحسب", "وزير الخارجية")]


def test_publisher_of_a_report_is_the_source_whatever_its_head() -> None:
    text = 'ويقلل النوم المبكر من خطر السمنة، وفقا لتقرير نشرته دورية "الصحة العامة" الأمريكية.'
    assert quote_fields(text) == [
        ("indirect", "ويقلل النوم المبكر من خطر السمنة", "وفقا", 'دورية "الصحة العامة" الأمريكية')
    ]


def test_title_after_the_source_is_its_apposition() -> None:
    text = (
        "وتم تأجيل المهرجان إلى الخريف المقبل، بحسب ما أكده لنا، سامي الهادي، "
        "نائب رئيس جمعية الأمل للتنمية المحلية في الجهة."
    )
    assert quote_fields(text) == [("indirect", "وتم تأجيل المهرجان إلى الخريف المقبل", "بحسب", "سامي الهادي")]


def test_closing_pronoun_relay_keeps_the_clause_openers_inside() -> None:
    text = (
        "وأضاف الوزير أن الأشغال ستنطلق الشهر المقبل، وفي حال تأخر التمويل سيتم تأجيلها إلى الصيف، "
        "بحسب تعبيره."
    )
    assert quote_fields(text) == [
        (
            "indirect",
            "الأشغال ستنطلق الشهر المقبل، وفي حال تأخر التمويل سيتم تأجيلها إلى الصيف",
            "وأضاف",
            "الوزير",
        )
    ]


def test_closing_pronoun_relay_does_not_swallow_a_new_report() -> None:
    text = "وأكد المدرب أن الفريق جاهز، وفي المقابل أعلن الرئيس أن الجماهير ستتنقل، على حد قوله."
    assert [q[1] for q in quote_fields(text)] == ["الفريق جاهز", "الجماهير ستتنقل"]
