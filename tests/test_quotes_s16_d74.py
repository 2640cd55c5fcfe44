"""Round d74 (issue 19, nominal quotes): constructions of verbs of expressing and denying whose
noun-phrase complement was missed. (1) عبّر/بيّن/لمّح written with the shadda of the second
form spell no preposition (عبْر "via", بيْن "between") or other verb, so the nearness those
spellings need does not hold: a prepositional phrase inside the subject or a fronted phrase
before the verb leaves the verb of saying. (2) A quantifier (جميع، كل، كافة) heads a noun phrase
of its own, so after a definite subject it opens the object as a demonstrative does ("ونفى
المدير جميع التهم"). (3) "من جانبه، من جهته، بدوره" (the speaker's side) stand between the
verb or its subject and the object like an adverb of manner. (4) و + جاء opens a new clause,
which a noun phrase does not hold. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields

# ------------------------------------------------ عبّر with its shadda


def test_written_shadda_keeps_a_long_subject_with_a_place_phrase() -> None:
    text = "وعبّر العديد من سكان المدينة في الجنوب عن استيائهم من انقطاع الكهرباء."
    assert quote_fields(text) == [
        ("nominal", "استيائهم من انقطاع الكهرباء", "وعبّر", "العديد من سكان المدينة")
    ]


def test_written_shadda_after_a_fronted_phrase_is_the_verb() -> None:
    text = "وفي رسالة نشرتها صحيفة محلية عبّر الكاتب عن حزنه لرحيل صديقه."
    assert quote_fields(text) == [("nominal", "حزنه لرحيل صديقه", "عبّر", "الكاتب")]


def test_bare_via_inside_a_clause_stays_a_preposition() -> None:
    # Guard: without the shadda, عبر after the verb's subject is "via".
    text = "وتحدث الوزير عبر الهاتف عن تجربته في المنصب."
    assert quote_fields(text) == [("nominal", "تجربته في المنصب", "وتحدث", "الوزير")]


# ------------------------------------------------ a quantified object


def test_quantifier_opens_the_object_after_a_definite_subject() -> None:
    text = "ونفى المدير جميع التهم الموجهة إليه."
    assert quote_fields(text) == [("nominal", "جميع التهم الموجهة إليه", "ونفى", "المدير")]


def test_quantifier_and_demonstrative_open_the_object() -> None:
    text = "وتنفي الشركة كل هذه الادعاءات."
    assert quote_fields(text) == [("nominal", "كل هذه الادعاءات", "وتنفي", "الشركة")]


def test_quantifier_after_an_indefinite_head_stays_in_the_subject() -> None:
    # Guard: "رئيس كل الأندية" is one noun phrase; the object is the possessed verbal noun.
    text = "وأعلن رئيس كل الأندية رفضه للقرار."
    assert quote_fields(text) == [("nominal", "رفضه للقرار", "وأعلن", "رئيس كل الأندية")]


# ------------------------------------------------ the speaker's side


def test_side_adverb_after_the_verb_before_the_object() -> None:
    text = "ونفى من جانبه وجود أي خلاف مع الإدارة."
    assert quote_fields(text) == [("nominal", "وجود أي خلاف مع الإدارة", "ونفى", None)]


def test_side_adverb_after_the_subject_before_the_object() -> None:
    text = "وأكد الوزير من جهته ضرورة الحوار بين الأطراف."
    assert quote_fields(text) == [("nominal", "ضرورة الحوار بين الأطراف", "وأكد", "الوزير")]


def test_side_adverb_before_a_clause_keeps_the_indirect_quote() -> None:
    # Guard: a complementizer after the adverb still opens an indirect quote.
    text = "وقال من جانبه إن الاتفاق صامد."
    assert quote_fields(text) == [("indirect", "الاتفاق صامد", "وقال", None)]


# ------------------------------------------------ و + جاء ends a noun phrase


def test_coordinated_came_ends_the_nominal_content() -> None:
    text = "وأعربت الهيئة الخميس عن قلقها من ارتفاع الأسعار وجاء في بيانها أن الوضع صعب."
    quotes = quote_fields(text)
    assert quotes[0] == ("nominal", "قلقها من ارتفاع الأسعار", "وأعربت", "الهيئة")
