"""Round d77 (issue 19): the subject of a verb-first report may hold a relative clause ("وأعلن
الحزب الذي يتزعمه فلان انسحابه"، "وأكد المهندسون الذين عملوا في المشروع ضرورة …"، "ونفى
المدرب، الذي تولى الفريق، الشائعات"). The subject is one noun phrase: its head, the relative
pronoun and a clause that opens with its own verb and ends at that verb's complement; the
main verb's object starts where a word can no longer belong to the clause. Sentences written
for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_resumptive_relative_then_its_subject() -> None:
    # يترأسها carries the pronoun of the antecedent: the name after it is the clause's subject.
    text = "وأعلنت الجمعية التي ترأسها نادية الخطيب إطلاق حملة لجمع التبرعات."
    assert quote_fields(text) == [("nominal", "إطلاق حملة لجمع التبرعات", "وأعلنت", "الجمعية")]


def test_resumptive_relative_then_possessed_object() -> None:
    text = "وأعلن الحزب الذي يتزعمه سامر الكيلاني انسحابه من الائتلاف."
    assert quote_fields(text) == [("nominal", "انسحابه من الائتلاف", "وأعلن", "الحزب")]


def test_relative_closed_by_its_prepositional_phrase() -> None:
    text = "وأكد المهندسون الذين عملوا في المشروع ضرورة مراجعة التصاميم."
    assert quote_fields(text) == [("nominal", "ضرورة مراجعة التصاميم", "وأكد", "المهندسون")]


def test_relative_set_off_by_commas() -> None:
    text = "ونفى المدرب، الذي تولى الفريق في الصيف، الشائعات المتداولة حول رحيله."
    assert quote_fields(text) == [("nominal", "الشائعات المتداولة حول رحيله", "ونفى", "المدرب")]


def test_relative_closed_by_a_date() -> None:
    text = "وأعلنت الشركة التي تأسست في المدينة عام 1990 إغلاق مصنعها."
    assert quote_fields(text) == [("nominal", "إغلاق مصنعها", "وأعلنت", "الشركة")]


def test_title_before_the_clause_subject_name() -> None:
    # "المدرب سامي عمار": a name follows the title, the possessed verbal noun after it is the object.
    text = "وأكد الفريق الذي يدربه المدرب سامي عمار تمسكه باللقب."
    assert quote_fields(text) == [("nominal", "تمسكه باللقب", "وأكد", "الفريق")]


def test_object_first_relative_is_unchanged() -> None:
    # The subject is dropped: the event noun after the verb is the object, its relative clause with it.
    text = "ونفى الاتهامات التي وجهتها إليه المعارضة."
    assert quote_fields(text) == [("nominal", "الاتهامات التي وجهتها إليه المعارضة", "ونفى", None)]


def test_relative_with_no_object_after_it() -> None:
    text = "ونفى المتحدث الذي رافق الوفد إلى العاصمة."
    assert quote_fields(text) == []


def test_ayy_object_after_the_clause() -> None:
    text = "ونفت الشركة التي تنظم حاليا معرض الكتاب السنوي أي علاقة لها بالحادث."
    assert quote_fields(text) == [("nominal", "أي علاقة لها بالحادث", "ونفت", "الشركة")]


def test_clause_keeps_its_own_object() -> None:
    # تقييما is the clause's own object (after its verb, no definite word before it): read on.
    text = "وأكد المعهد الذي يجري تقييما دوريا للمدارس منذ عام 2010 تراجع مستوى التلاميذ."
    assert quote_fields(text) == [("nominal", "تراجع مستوى التلاميذ", "وأكد", "المعهد")]
