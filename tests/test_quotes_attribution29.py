"""Quote stage, attribution round 29 on issue 19: the antecedent of a dropped subject follows the
grammar. A verb of saying inside someone's reported words is part of that account, not a clause
whose subject the article goes on with; a plural verb's subject is no one person named before it;
a continuation verb prefers the last recent subject that agrees with it in gender, a person keeping
the gender the text gave the same name elsewhere; when none agrees it goes on with the last speaker
(a writer's slip), never with no one.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a report inside reported words


def test_a_verb_of_saying_inside_reported_words_gives_no_antecedent() -> None:
    text = (
        "وقال رئيس البلدية سامي الورتاني إنه لم يتخذ قرار بعد في مسألة نقل الوزارة إلى العاصمة "
        "الجديدة، إلا أنه لفت إلى أن المجلس سيدرس المسألة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "المجلس سيدرس").speaker_name == "سامي الورتاني"


def test_a_verb_of_saying_in_the_narration_still_gives_the_antecedent() -> None:
    text = (
        "وقال الوزير سامي الورتاني إن الموسم جيد. وانتقدت النقابة العامة للتعليم قرار "
        "الحكومة، مؤكدة أن الأجور ضعيفة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الأجور ضعيفة").speaker_name.startswith("النقابة")


# ---------------------------------------------------------------- a plural verb


def test_a_plural_verb_about_a_letter_is_not_the_person_it_was_sent_to() -> None:
    text = (
        "وقال الوزير سامي الورتاني إن الموسم جيد. جاء ذلك بينما وجه 30 نائبا رسالة إلى رئيس "
        "الحكومة أحمد الصغير، قالوا فيها إن الوضع خطير."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الوضع خطير").speaker_name not in ("أحمد الصغير", "سامي الورتاني")


def test_a_singular_verb_about_an_article_is_its_writer() -> None:
    text = "نشر الكاتب سليم الدريدي، أمس، مقالا مطولا، قال فيه إن الوضع خطير."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الوضع خطير").speaker_name == "سليم الدريدي"


# ---------------------------------------------------------------- agreement in gender


def test_a_writers_slip_in_gender_still_continues_the_only_speaker() -> None:
    text = "قالت المدربة سامية الحناشي إن الفريق جاهز للمباراة. وتابع أن اللاعبين في حالة جيدة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "اللاعبين في حالة").speaker_name == "سامية الحناشي"


def test_a_feminine_continuation_goes_on_with_a_woman() -> None:
    text = "قالت المدربة سامية الحناشي إن الفريق جاهز للمباراة. وأضافت أن اللاعبين في حالة جيدة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "اللاعبين في حالة").speaker_name == "سامية الحناشي"


def test_a_feminine_continuation_passes_over_a_man_to_the_woman_before() -> None:
    text = (
        "قالت الوزيرة سامية الحناشي إن الميزانية كافية. وقال النائب كمال العياري إن الأرقام "
        "غير دقيقة. وأضافت أن الوزارة ستنشر التفاصيل."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "ستنشر التفاصيل").speaker_name == "سامية الحناشي"


ANOTHER_MINISTER = (
    "قال وزير المالية كمال العياري إن الأرقام خاطئة. وقالت الوزيرة سامية الحناشي إن الميزانية "
    'كافية. هذا وقد أبدى وزير المالية السابق، كمال العياري، في يناير الماضي عن "تقديره" للمشروع. '
)


def test_a_man_named_again_in_a_clause_that_shows_no_gender_stays_a_man() -> None:
    quotes = quotes_of(ANOTHER_MINISTER + "وأضافت أن الوزارة ستنشر التفاصيل.")
    assert quote_with(quotes, "ستنشر التفاصيل").speaker_name == "سامية الحناشي"


def test_a_masculine_continuation_goes_on_with_that_man() -> None:
    quotes = quotes_of(ANOTHER_MINISTER + "وأضاف أن الوزارة ستنشر التفاصيل.")
    assert quote_with(quotes, "ستنشر التفاصيل").speaker_name == "كمال العياري"


def test_a_body_named_by_its_statement_is_continued_by_the_statements_verb() -> None:
    text = (
        "قال الوزير كمال العياري إن الوضع مستقر. وقالت القوات الخاصة إن العملية نجحت. ولم يذكر بيان "
        "القوات الخاصة عدد القتلى في الهجوم، لكنه قال إن 20 مسلحا اعتقلوا."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "20 مسلحا").speaker_name == "القوات الخاصة"


def test_a_speaker_after_an_that_a_paper_quotes_is_not_given_the_papers_gender() -> None:
    text = (
        "قال الوزير كمال العياري إن الأرقام خاطئة. ونقلت صحيفة الصباح عن وليد القديمي، رئيس "
        "البلدية، أن الأشغال ستنتهي قريبا، مضيفاً أن الميزانية متوفرة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الميزانية متوفرة").speaker_name == "وليد القديمي"


def test_a_masdar_with_her_pronoun_continues_the_woman() -> None:
    text = "قالت سلمى العابد، في معرض ردها على سؤال من أحد الصحفيين حول موعد الاجتماع، إن ذلك تحدده الحكومة."
    quotes = quotes_of(text)
    assert [q.speaker_name for q in quotes] == ["سلمى العابد"]
