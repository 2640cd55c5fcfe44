"""Round d61 (issue 19, quote detection part A: readings and verbal-noun cues). An imperfect of
saying with a subject and then an object after it is the active verb, not the passive (وينفي
اللاعب الاتهامات); a light verb (جدد، كرر) whose object is a verbal noun of saying reports with
that noun's complement, and its subject is the speaker (وجدد الوزير التأكيد على …، وجدد الرئيس
تحذيره من …). Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields

# ------------------------------------------------ an imperfect with a subject and an object


def test_imperfect_subject_then_object_is_active() -> None:
    assert quote_fields("وينفي اللاعب الاتهامات.") == [("nominal", "الاتهامات", "وينفي", "اللاعب")]


def test_imperfect_subject_then_object_with_relative() -> None:
    got = quote_fields("وتنفي الشركة الاتهامات المنسوبة إليها.")
    assert got == [("nominal", "الاتهامات المنسوبة إليها", "وتنفي", "الشركة")]


def test_imperfect_of_considering_stays_passive() -> None:
    # يُعتبر takes a subject and a predicate: no words said.
    assert quote_fields("ويعتبر السوق السعودي الأكبر في المنطقة.") == []


def test_passive_with_genitive_subject_gives_nothing() -> None:
    assert quote_fields("وتعلن نتائج الامتحانات الأسبوع المقبل.") == []


# ------------------------------------------------ a light verb and a definite verbal noun


def test_light_verb_definite_noun_preposition() -> None:
    got = quote_fields("وجدد الوزير التأكيد على دعم الحكومة للمزارعين.")
    assert got == [("nominal", "دعم الحكومة للمزارعين", "وجدد", "الوزير")]


def test_light_verb_definite_noun_preposition_then_that() -> None:
    got = quote_fields("وكرر الوزير التأكيد على أن الحكومة ستدعم المزارعين.")
    assert got == [("indirect", "الحكومة ستدعم المزارعين", "وكرر", "الوزير")]


def test_light_verb_time_word_before_noun() -> None:
    got = quote_fields("وجددت الوزارة أمس التأكيد على رفضها للقرار.")
    assert got == [("nominal", "رفضها للقرار", "وجددت", "الوزارة")]


def test_light_participle_with_definite_noun() -> None:
    got = quote_fields("وغادر القاعة مكررا التحذير من الفوضى.")
    assert got == [("nominal", "الفوضى", "مكررا", None)]


def test_light_verb_with_a_noun_that_is_no_saying() -> None:
    assert quote_fields("وجدد النادي عقد اللاعب لموسمين.") == []


# ------------------------------------------------ a light verb and a possessed verbal noun


def test_light_verb_possessed_noun_speaker_is_the_subject() -> None:
    assert quote_fields("وجدد الوزير دعوته إلى الحوار.") == [("nominal", "الحوار", "دعوته", "الوزير")]


def test_light_verb_possessed_warning_speaker_is_the_subject() -> None:
    got = quote_fields("وكرر رئيس البرلمان تحذيره من التصعيد.")
    assert got == [("nominal", "التصعيد", "تحذيره", "رئيس البرلمان")]


def test_light_verb_after_its_subject() -> None:
    got = quote_fields("الوزارة جددت التأكيد على رفض القرار.")
    assert got == [("nominal", "رفض القرار", "جددت", "الوزارة")]
