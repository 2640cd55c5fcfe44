"""Detection round d53 (issue 19, spurious quotes): a verb of saying spelled like a noun
(طالب "demanded" / "student") right after a quantifier or a number noun (كل، لكل، أي، ألف،
مليون، عشرات) is the noun they count, never a verb; with a conjunction (وطالب) the word opens
its clause and stays the verb. عبر bare inside a clause whose verb came before it is the
preposition "via", not عبّر "expressed". Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_noun_after_number_noun_is_no_cue() -> None:
    assert quote_fields("وتشمل المنحة نحو ثلاثة آلاف طالب بمختلف الكليات.") == []


def test_noun_after_million_is_no_cue() -> None:
    assert quote_fields("يعود إلى المدارس هذا الأسبوع قرابة مليون طالب بالمرحلة الابتدائية.") == []


def test_noun_after_each_is_no_cue() -> None:
    assert quote_fields("وتخصص المدرسة ساعة لكل طالب بحصص الدعم.") == []


def test_verb_with_conjunction_after_quantifier_word_stays() -> None:
    # Guard: "وطالب" with its conjunction opens a clause; the subject comes after it.
    assert quote_fields("وحضر الاجتماع ممثلو كل الجهات وطالب الوالي بتسريع الأشغال.") == [
        ("nominal", "بتسريع الأشغال", "وطالب", "الوالي")
    ]


def test_verb_after_clause_start_stays() -> None:
    # Guard: the verb at its clause's start is still read.
    assert quote_fields("طالب المحتجون بتشغيل أبناء الجهة.") == [
        ("nominal", "بتشغيل أبناء الجهة", "طالب", "المحتجون")
    ]


# عبر bare after a word inside a clause whose verb came before it is the preposition "via".


def test_via_after_object_is_no_cue() -> None:
    assert quote_fields("ونشرت الجمعية صور الحفل عبر صفحتها الرسمية عن طريق متطوعيها.") == []


def test_via_after_verbal_noun_is_no_cue() -> None:
    # "ليعلنا عن" governs the عن; the verb خرج came before عبر.
    assert quote_fields("وخرج اللاعب في بث مباشر عبر حسابه ليلا عن غير قصد.") == []


def test_via_lets_the_participle_after_it_report() -> None:
    # عبر "via" is no verb of saying whose content the participle قائلة would continue.
    assert quote_fields('ونعت الفنانة زميلها عبر حسابها قائلة "كان رجلا طيبا".') == [
        ("direct", "كان رجلا طيبا", "قائلة", None)
    ]


def test_expressed_after_fronted_phrase_stays() -> None:
    # Guard: "وخلال اللقاء عبّر …": a fronted prepositional phrase, then the verb.
    assert quote_fields("وخلال اللقاء عبر الوالي عن استعداده لدعم المشروع.") == [
        ("nominal", "استعداده لدعم المشروع", "عبر", "الوالي")
    ]


def test_expressed_with_resumptive_pronoun_stays() -> None:
    # Guard: "تدوينة عبّر فيها عن …": a clause describing the noun, its pronoun after the verb.
    assert quote_fields("ونشر اللاعب تدوينة عبر فيها عن حزنه لفراق زملائه.") == [
        ("nominal", "حزنه لفراق زملائه", "عبر", None)
    ]
