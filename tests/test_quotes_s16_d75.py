"""Round d75 (issue 19): a nominal content runs past its noun phrase. A noun phrase holds no
finite clause of time or place (عندما، حينما، بعدما، حيث، كلما، بعد أن) nor a "however" clause
(إلا أن، غير أن): such a clause tells when or where the source spoke, or what came next, so the
nominal content ends before it, with a comma or without one. Not after a preposition ("من حيث
المبدأ"), and not where the content is already a clause (كون + subject, or a complementizer on the
way), whose verb the clause of time may belong to. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_time_clause_ends_a_call() -> None:
    text = "ودعا الوزير إلى التهدئة عندما زار المدينة المنكوبة أمس."
    assert quote_fields(text) == [("nominal", "التهدئة", "ودعا", "الوزير")]


def test_place_clause_ends_a_demand() -> None:
    text = "وطالب المحتجون بوقف القتال في البلدة حيث يعيش آلاف النازحين."
    assert quote_fields(text) == [("nominal", "بوقف القتال في البلدة", "وطالب", "المحتجون")]


def test_after_that_ends_a_pledge() -> None:
    text = "وتعهد الرئيس بإلغاء القرار بعد أن عارضته النقابة بشدة."
    assert quote_fields(text) == [("nominal", "بإلغاء القرار", "وتعهد", "الرئيس")]


def test_however_ends_a_noun_phrase() -> None:
    text = "وأكد الوزير تمسكه بالحوار غير أن المعارضة رفضت الدعوة."
    assert quote_fields(text) == [("nominal", "تمسكه بالحوار", "وأكد", "الوزير")]


def test_place_clause_with_its_own_report() -> None:
    text = "وأعلن المدير استقالته حيث قال إنه لم يعد قادرا على العمل."
    fields = quote_fields(text)
    assert fields[0] == ("nominal", "استقالته", "وأعلن", "المدير")
    assert fields[1][:3] == ("indirect", "لم يعد قادرا على العمل", "قال")


def test_where_after_a_preposition_stays_in_the_phrase() -> None:
    # Guard: "من حيث المبدأ" "in principle" is a prepositional phrase, no clause.
    text = "ونفى الوزير الاتهامات الموجهة إليه من حيث المبدأ."
    assert quote_fields(text) == [("nominal", "الاتهامات الموجهة إليه من حيث المبدأ", "ونفى", "الوزير")]


def test_time_clause_inside_a_being_clause_stays() -> None:
    # Guard: كون + subject is a clause; its own verb takes the clause of time.
    text = "وأشارت الممثلة إلى كونها قررت التخلي عن الدور بعدما التزمت به لسنوات."
    assert quote_fields(text)[0][1] == "كونها قررت التخلي عن الدور بعدما التزمت به لسنوات"


def test_time_clause_after_a_complementizer_stays() -> None:
    # Guard: after بأن the content is a clause, and the clause of time is its verb's.
    text = "وأعرب المدرب عن ثقته بأن فريقه لن يتأثر عندما يحل ضيفا على منافسه."
    assert quote_fields(text)[0][1] == "ثقته بأن فريقه لن يتأثر عندما يحل ضيفا على منافسه"
