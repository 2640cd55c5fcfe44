"""Detection round d51 (issue 19, nominal quotes): a derived verbal noun in the indefinite
accusative (انخفاضا، ارتفاعا، تراجعا), its tanwin written as alif, is the object of a verb of
saying after its subject; an accusative of purpose or circumstance of the same patterns
(احتجاجا على، تزامنا مع) governs a preposition of its own and stays no object. Sentences
written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_accusative_verbal_noun_after_definite_subject() -> None:
    assert quote_fields("وتتوقع الوزارة انخفاضا في عدد الحوادث.") == [
        ("nominal", "انخفاضا في عدد الحوادث", "وتتوقع", "الوزارة")
    ]


def test_accusative_verbal_noun_after_subject_with_genitive() -> None:
    # The subject "عدد من المحللين" goes on to a genitive; the accusative alif ends it.
    assert quote_fields("ويتوقع عدد من المحللين انخفاضا طفيفا في الإنتاج.") == [
        ("nominal", "انخفاضا طفيفا في الإنتاج", "ويتوقع", "عدد من المحللين")
    ]


def test_accusative_verbal_noun_after_imperfect_is_no_passive() -> None:
    # A passive's subject is nominative (يُتوقع ارتفاعٌ): the accusative shows the active verb.
    assert quote_fields("ويتوقع الخبراء ارتفاعا كبيرا في الأسعار.") == [
        ("nominal", "ارتفاعا كبيرا في الأسعار", "ويتوقع", "الخبراء")
    ]


def test_accusative_verbal_noun_with_measure() -> None:
    assert quote_fields("وتوقع البنك الدولي تراجعا بنسبة 2 بالمئة.") == [
        ("nominal", "تراجعا بنسبة 2 بالمئة", "وتوقع", "البنك الدولي")
    ]


def test_accusative_of_purpose_is_no_object() -> None:
    # احتجاجا على: the accusative governs its own preposition; the object comes after it.
    assert quote_fields("وأعلنت النقابة احتجاجا على القرار تعليق نشاطها.") == []
    assert quote_fields("وأكد الوزير تزامنا مع اليوم العالمي أهمية التوعية.") != [
        ("nominal", "تزامنا مع اليوم العالمي أهمية التوعية", "وأكد", "الوزير")
    ]


def test_expressing_verb_opening_its_clause_reaches_past_a_long_subject() -> None:
    # عبّر at the clause's start, عن and an owned noun of feeling ahead: the verb, with a long subject.
    assert quote_fields(
        "عبر عدد كبير من الفلاحين بمعتمدية سيدي بوزيد الغربية خلال وقفة احتجاجية اليوم عن استيائهم"
        " من غلاء الأعلاف."
    ) == [("nominal", "استيائهم من غلاء الأعلاف", "عبر", "عدد كبير من الفلاحين بمعتمدية سيدي بوزيد")]


def test_across_inside_a_clause_is_no_cue() -> None:
    # عبر after the clause's own verb is the preposition "via"; عن is that verb's.
    assert quote_fields("وتحدث عبر الهاتف عن تجربته في الخارج.") == [
        ("nominal", "تجربته في الخارج", "وتحدث", None)
    ]


def test_accusative_verbal_noun_before_its_agent() -> None:
    assert quote_fields("وتوقع المسؤول ذاته إقبالا من السوق الداخلية على الجهة.") == [
        ("nominal", "إقبالا من السوق الداخلية على الجهة", "وتوقع", "المسؤول")
    ]


def test_tafaul_before_a_possessed_genitive_is_the_object() -> None:
    # A genitive with its owner's pronoun is definite: "تمسك شركته" is the verbal noun in construct.
    assert quote_fields("وأكد تمسك شركته بالتواجد في السوق المحلية.") == [
        ("nominal", "تمسك شركته بالتواجد في السوق المحلية", "وأكد", None)
    ]
