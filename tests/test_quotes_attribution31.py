"""Quote stage, attribution round 31 on issue 19: the subject of a verb that does not open its
clause, and the number of a subject that names two sources.

A verb of saying with no conjunction after "but" (لكن، إلا أن) or at a sentence start does not go
on with the last speaker: one noun phrase that fills the words before it is its subject, however
long the title chain and its genitives. A description of two sources (a dual, or two indefinite
descriptions joined by و) is what a later plural verb continues.
Every sentence here is written for the test; each rule has a look-alike that must stay as it was.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of

# ---------------------------------------------------------------- a subject filling its clause


def test_a_long_title_chain_before_the_verb_is_its_subject() -> None:
    text = (
        "وقال الوزير سامي الورتاني إن الموسم جيد. إلا أن المدير العام للشركة الوطنية للنقل كمال "
        "الحناشي قال خلال ندوة صحفية إن الأسعار لن ترتفع."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الأسعار لن ترتفع").speaker_name == "كمال الحناشي"


def test_a_partitive_before_the_verb_is_its_subject() -> None:
    text = (
        "وقال الوزير سامي الورتاني إن الموسم جيد. لكن العديد من المصادر النقابية أكدت تأجيل "
        "الإضراب إلى الأسبوع القادم."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "تأجيل الإضراب").speaker_name != "سامي الورتاني"


def test_qad_before_the_verb_leaves_the_subject_after_it() -> None:
    text = "وقال الوزير سامي الورتاني إن الموسم جيد. وقد اعتبرت النقابة العامة للتعليم أن القرار متسرع."
    quotes = quotes_of(text)
    assert quote_with(quotes, "القرار متسرع").speaker_name.startswith("النقابة العامة")


def test_a_complement_clause_after_a_verb_is_not_read_as_a_fronted_subject() -> None:
    text = "قال الوزير سامي الورتاني إن رئيس الحكومة قال له إن الموسم جيد، مضيفا أن الأسعار مستقرة."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الأسعار مستقرة").speaker_name == "سامي الورتاني"


# ---------------------------------------------------------------- two sources


def test_a_plural_verb_continues_two_joined_descriptions() -> None:
    text = "وقال محاميان ومصدر قضائي يوم الاثنين إن الحكم نهائي. وأضافوا أن الطعن ممكن خلال ستين يوما."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الطعن ممكن").speaker_name == "محاميان ومصدر قضائي"


def test_a_body_whose_name_joins_words_stays_one_source() -> None:
    text = (
        "وقال الوزير سامي الورتاني إن الموسم جيد. وأكدت وزارة الفلاحة والموارد المائية أن "
        "المخزون كاف. وأضافوا أن الأسعار مستقرة."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "الأسعار مستقرة").speaker_name is None
