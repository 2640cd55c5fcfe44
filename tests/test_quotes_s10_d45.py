"""Detection round d45 (session 10): verbs of saying that tell what a fact shows.

1. Right before an imperfect of أكد، أشار، رجح، دعا … the relative ما "which" (مما، وهو ما) or a
   demonstrative opening its clause (وهذا، كل ذلك، فإن ذلك) is the verb's subject: a fact the
   writer just told, and the verb says what it shows or calls for ("مما يؤكد أن …" "which
   confirms that"), no one's words. With ما as the object the verb takes a pronoun for it
   (ما يؤكده الخبراء) or a subject of its own, and حسب ما … is a relay.
2. يشير/تشير with no و right after a noun phrase that yields no source ("وكل المؤشرات تشير
   إلى …"، "طرح الكتاب خلال أيام يشير إلى …") means "indicates": figures or signs show it. A
   source noun before it (مصادر، دراسة، تقارير), a pronoun or particle (لكنها تشير) keeps the
   report.

All sentences are written for these tests.
"""

from __future__ import annotations

from quote_helpers import quote_fields


def test_what_confirms_is_a_fact_not_a_source() -> None:
    text = "ارتفعت صادرات القمح كثيرا هذا العام وهو ما يرجح أن الموسم الفلاحي كان جيدا."
    assert quote_fields(text) == []


def test_demonstrative_opening_its_clause_is_the_subject() -> None:
    text = "وبلغت نسبة البطالة عشرين بالمائة. وهذا يشير إلى أن سوق الشغل يعاني من ركود."
    assert quote_fields(text) == []
    text = "وتراجعت المبيعات في كل الأسواق. كل ذلك يرجح أن الشركة ستغلق مصنعها."
    assert quote_fields(text) == []


def test_what_calls_on_us_is_the_writers_own() -> None:
    text = "وقد تغير المشهد الثقافي كثيرا في السنوات الأخيرة، ما يدعونا إلى مراجعة طرق التدريس."
    assert quote_fields(text) == []


def test_what_with_its_own_source_stays_a_report() -> None:
    quotes = quote_fields("وقال الوزير إن الأسعار ستنخفض، وهو ما يؤكده الخبراء أيضا.")
    assert ("indirect", "الأسعار ستنخفض", "وقال", "الوزير") in quotes
    quotes = quote_fields("وبعد ذلك يؤكد الوزير أن الأسعار ستنخفض.")
    assert [(q[0], q[1], q[3]) for q in quotes] == [("indirect", "الأسعار ستنخفض", "الوزير")]


def test_figures_that_point_to_something_are_no_source() -> None:
    text = "وسجلت البلاد نموا متواصلا، وكل المؤشرات في قطاع السياحة تشير إلى انتعاش حقيقي."
    assert quote_fields(text) == []
    text = "ولم يعلن الناشر موعد الصدور، لكن طرح الكتاب خلال أيام يشير إلى أنه جاهز للطباعة."
    assert quote_fields(text) == []


def test_a_source_noun_or_pronoun_before_points_still_reports() -> None:
    quotes = quote_fields("وقد صدرت دراسة جديدة في لندن. وفي المقابل دراسة تشير إلى أن التدخين يضر بالقلب.")
    assert [q[0] for q in quotes] == ["indirect"]
    quotes = quote_fields("وقالت الوزيرة إن الوضع صعب، لكنها تشير إلى أن الحلول موجودة.")
    assert ("indirect", "الحلول موجودة", "تشير", None) in quotes
