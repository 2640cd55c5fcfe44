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
