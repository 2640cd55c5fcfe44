"""A noun after a plural verb is its object (a127).

A verb that opens its clause before its subject stays in the singular ("وطالب النواب"), so the
noun after a verb in the plural or the dual ("وطالبوا الحكومة بـ …") is its object: the subject is
dropped and goes on from the group the clause before it names.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_the_noun_after_a_plural_verb_is_its_object() -> None:
    text = "وانضم عدد من النواب المستقلين إلى رئيس الكتلة وطالبوا الحكومة الجديدة بفتح تحقيق في صفقة الموانئ."
    name = quote_with(quotes_of(text), "بفتح تحقيق").speaker_name
    assert name is not None and name.startswith("عدد من النواب")


def test_a_singular_verb_keeps_the_noun_after_it_as_subject() -> None:
    # Guard: the singular verb before its subject; the noun after it is the speaker.
    text = "وطالبت الحكومة الجديدة بفتح تحقيق في صفقة الموانئ."
    assert quote_with(quotes_of(text), "بفتح تحقيق").speaker_name == "الحكومة الجديدة"


def test_a_plural_verb_right_after_a_plural_noun_has_it_as_subject() -> None:
    # "آلاف الطلاب طالبوا": no و joins the verb to the clause before; it says what the noun did.
    text = "وشهدت الجامعة وقفة احتجاجية شارك فيها آلاف الطلاب طالبوا الإدارة بخفض الرسوم الدراسية."
    name = quote_with(quotes_of(text), "بخفض الرسوم").speaker_name
    assert name is not None and name.startswith("آلاف الطلاب")


def test_a_plural_verb_joined_by_and_is_no_describing_clause() -> None:
    # Guard: "وطالبوا" goes on with the clause's subject, not the noun right before it.
    text = "وانتقد عدد من النواب المسؤولين الحكوميين وطالبوا بفتح تحقيق في صفقة الموانئ."
    name = quote_with(quotes_of(text), "بفتح تحقيق").speaker_name
    assert name is None or "الحكومي" not in name


def test_a_count_of_a_group_goes_on_into_the_next_sentence() -> None:
    text = (
        "وقال المحافظ إن الطريق سيفتح قريبا. "
        "وتجمع الآلاف من سكان القرية أمام مقر الولاية. "
        "وطالبوا بإقالة المسؤولين عن الحادث."
    )
    name = quote_with(quotes_of(text), "بإقالة المسؤولين").speaker_name
    assert name is not None and name.startswith("الآلاف من سكان")


def test_a_fronted_adverbial_with_a_quoted_name_ends_at_its_comma() -> None:
    # The clause after the adverbial opens with its verb and subject; the next sentence's
    # plural verb goes on with that subject.
    text = (
        "وقال المحافظ إن الطريق سيفتح قريبا. "
        'على وقع أغنية "بلادي"، تجمع الآلاف من سكان القرية أمام مقر الولاية. '
        "فطالبوا بإقالة المسؤولين عن الحادث."
    )
    name = quote_with(quotes_of(text), "بإقالة المسؤولين").speaker_name
    assert name is not None and name.startswith("الآلاف من سكان")


def test_a_definite_genitive_before_the_verb_is_no_describing_clause_subject() -> None:
    # Guard: the definite plural ends the genitive in the subject's relative clause.
    text = "اللصوص الذين سرقوا حسابات زبائن المصرفين المحليين هددوا بنشر هذه البيانات."
    assert quote_with(quotes_of(text), "بنشر هذه البيانات").speaker_name == "اللصوص"


def test_a_dual_without_a_conjunction_keeps_the_noun_after_it() -> None:
    # Guard: a word in ا after a name may be no dual verb ("وذكر بصير بينا المتحدث …").
    text = "وذكر سمير بينا المتحدث باسم البلدية أن الطريق سيفتح غدا."
    name = quote_with(quotes_of(text), "الطريق سيفتح").speaker_name
    assert name is not None and "المتحدث" in name
