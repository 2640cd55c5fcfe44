"""Detection (s25, d112): a verb of considering whose predicate came before quote marks, and a
joined verb of seeming that governs its own أنّ. Sentences written for these tests."""

from __future__ import annotations

from quote_helpers import quote_fields


def test_considered_with_accusative_predicate_takes_no_later_marks() -> None:
    # "تعتبر اليوم نموذجا": "is considered a model"; the marks after are the minister's words,
    # not what Egypt is considered, and مصر is no speaker.
    quotes = quote_fields(
        'وأكد الوزير أن مصر تعتبر اليوم شريكا أساسيا للقارة "هي شريك لا غنى عنه في كل الملفات الكبرى".'
    )
    assert [(kind, cue, speaker) for kind, _, cue, speaker in quotes] == [("mixed", "وأكد", "الوزير")]


def test_considered_predicate_known_from_the_bare_noun_elsewhere() -> None:
    # No tanwin written: the document writes شريك without the alif, so شريكا is its accusative.
    text = (
        "وقال الوزير إن المغرب شريك موثوق. وأوضح أن فرنسا تعتبر منذ سنوات شريكا للمنطقة "
        '"نحن نعمل معها على كل المستويات دون استثناء".'
    )
    assert "تعتبر" not in [cue for _, _, cue, _ in quote_fields(text)]


def test_considered_without_predicate_still_takes_marks() -> None:
    # Pin: an adverb (أيضا) is no predicate; the marks are اعتبر's content.
    quotes = quote_fields('واعتبر الوزير أيضا "أن الاتفاق خطوة مهمة نحو السلام".')
    assert [(kind, cue, speaker) for kind, _, cue, speaker in quotes] == [("direct", "واعتبر", "الوزير")]


def test_joined_seeming_verb_governs_its_own_that() -> None:
    # "ويبدو أنه اقتنع": "and it seems he was convinced"; أنّ is يبدو's, so the first-person
    # اقترحتُ inside the quote takes no content and تعبئة is no speaker.
    quotes = quote_fields(
        'وقال الوزير: "التقيت بالمبعوث قبل أسبوع واقترحت عليه تعبئة دول المنطقة للبحث عن حل '
        'ويبدو أنه اقتنع بالفكرة".'
    )
    assert [(cue, speaker) for _, _, cue, speaker in quotes] == [("وقال", "الوزير")]


def test_first_person_report_with_own_that_still_nests() -> None:
    # Pin: a report of the speaker's own earlier speech with its own أنّ is a nested quote.
    quotes = quote_fields('وقال الوزير: "التقيت بالمبعوث قبل أسبوع وأكدت له أن الحل سياسي".')
    assert [cue for _, _, cue, _ in quotes] == ["وقال", "وأكدت"]


def test_relay_parenthesis_after_quoted_outlet_keeps_the_that_clause() -> None:
    # "، ونقله موقع …،": the joined verb with a pronoun takes up the interview and tells who
    # carried it; the أنّ after the closing comma is still أكد's.
    quotes = quote_fields(
        'وأكد الوزير في حوار مع موقع "الأفق" الإخباري، ونقله موقع الشروق، أن الحكومة لن تتراجع عن قرارها.'
    )
    assert quotes == [("indirect", "الحكومة لن تتراجع عن قرارها", "وأكد", "الوزير")]


def test_joined_verb_without_closing_comma_and_that_still_stops() -> None:
    # Pin: no comma and complementizer closing it, the joined verb is a clause of its own.
    quotes = quote_fields('وأكد الوزير في حوار مع موقع "الأفق" الإخباري، ونقله موقع الشروق اليوم.')
    assert quotes == []
