"""Round d62 (issue 19, nominal quotes). What stands between a verb of stance and its noun-phrase
object, and one verb of attributing: a quoted short name after a construct subject (وكالة الأنباء
"…"), an occasion set off by commas before an accusative verbal noun, a main clause opened by
لكن after a comma (its أنّ is not the cue's), quote marks that open the noun حمّل needs, and
أرجع X إلى Y (the perfect only). Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_object_after_construct_subject_and_quoted_name() -> None:
    # الأنباء is the genitive of وكالة, not the object; the quoted short name closes the subject.
    got = quote_fields('ونفت وكالة الأنباء الرسمية "واس" وجود أي خلاف بين البلدين.')
    assert [q[:3] for q in got] == [("nominal", "وجود أي خلاف بين البلدين", "ونفت")]


def test_accusative_object_after_comma_set_occasion() -> None:
    got = quote_fields("وتوقع البنك، في تقرير نشره أمس، انخفاضا حادا في الصادرات.")
    assert got == [("nominal", "انخفاضا حادا في الصادرات", "وتوقع", "البنك")]


def test_that_after_comma_and_but_belongs_to_the_other_clause() -> None:
    got = quote_fields("ونفت الشركة وجود أي خلل، لكن المهندسين على يقين أن المنظومة معطلة.")
    assert got == [("nominal", "وجود أي خلل", "ونفت", "الشركة")]


def test_that_after_comma_without_but_is_still_the_content() -> None:
    # Guard: a comma alone does not close the report.
    got = quote_fields("وقال الوزير، في تصريح للصحفيين، إن الحكومة ستتدخل.")
    assert [q[:3] for q in got] == [("indirect", "الحكومة ستتدخل", "وقال")]


def test_marks_open_the_needed_noun() -> None:
    got = quote_fields('وحمل الحزب الحكومة "المسؤولية الكاملة" عن تدهور الأوضاع.')
    assert len(got) == 1
    kind, content, cue, speaker = got[0]
    assert (kind, cue, speaker) == ("nominal", "وحمل", "الحزب")
    assert content.startswith("المسؤولية الكاملة") and content.endswith("عن تدهور الأوضاع")


def test_attributed_to() -> None:
    # What it is put down to, after إلى, is the content; the object is not (s22 d93, as the tuning
    # gold writes it).
    assert quote_fields("وأرجعت الوزارة ارتفاع الأسعار إلى الجفاف.") == [
        ("nominal", "الجفاف", "وأرجعت", "الوزارة")
    ]


def test_is_due_to_is_no_cue() -> None:
    # Guard: the imperfect يرجع is "is due to" (رجع), no verb of saying; it cuts no content.
    got = quote_fields("وقال الخبير إن ارتفاع الأسعار يرجع إلى الجفاف.")
    assert got == [("indirect", "ارتفاع الأسعار يرجع إلى الجفاف", "وقال", "الخبير")]
