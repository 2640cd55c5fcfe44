"""Detection round d43 (issue 19, nominal quotes): the plural of a verbal noun as the object of
a verb of saying, and a preposition inside the adverbial of where or when the words were said
(an account, a page, a tweet; "لدى إشرافه على") that is no complement of the cue. Sentences
written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_plural_event_after_title_is_the_object() -> None:
    # A name takes no article and no verbal noun's plural: الاتهامات opens the object.
    assert quote_fields("ونفى العقيد الاتهامات التي نشرتها الصحيفة.") == [
        ("nominal", "الاتهامات التي نشرتها الصحيفة", "ونفى", "العقيد")
    ]


def test_plural_event_after_masculine_verb_is_the_object() -> None:
    # A plural of things as subject would take نفت; after نفى it is the object, the subject dropped.
    assert quote_fields("ونفى الادعاءات المتعلقة بتمويل الحملة.") == [
        ("nominal", "الادعاءات المتعلقة بتمويل الحملة", "ونفى", None)
    ]


def test_plural_subject_after_feminine_verb_stays_the_subject() -> None:
    assert quote_fields("وأكدت التحقيقات أن السائق فر من المكان.") == [
        ("indirect", "السائق فر من المكان", "وأكدت", "التحقيقات")
    ]


def test_ala_of_the_account_is_no_complement() -> None:
    assert quote_fields("وأكد النائب عبر حسابه على فيسبوك أن البرلمان سيصوت غدا.") == [
        ("indirect", "البرلمان سيصوت غدا", "وأكد", "النائب")
    ]


def test_ala_of_a_tweet_is_no_complement() -> None:
    assert quote_fields("وأكدت الناشطة في تغريدة على تويتر أن المسيرة سلمية.") == [
        ("indirect", "المسيرة سلمية", "وأكدت", "الناشطة")
    ]


def test_ala_before_an_owned_website_is_no_complement() -> None:
    assert quote_fields("وأكدت البلدية على صفحتها الرسمية أن الطريق سيغلق.") == [
        ("indirect", "الطريق سيغلق", "وأكدت", "البلدية")
    ]


def test_ala_of_a_verbal_noun_in_an_adverbial_is_no_complement() -> None:
    assert quote_fields("وأكد المحافظ لدى إشرافه على افتتاح الجسر أن الأشغال انتهت.") == [
        ("indirect", "الأشغال انتهت", "وأكد", "المحافظ")
    ]
    assert quote_fields("وأكدت السفيرة، بمناسبة التوقيع على الاتفاق، أن البلدين شريكان.") == [
        ("indirect", "البلدين شريكان", "وأكدت", "السفيرة")
    ]


def test_ala_with_a_proposition_noun_stays_the_complement() -> None:
    # "ضرورة أن …" is the cue's own complement, with its أنّ inside it.
    assert quote_fields("وشدد المدير خلال الاجتماع على ضرورة أن يلتزم العمال بالتوقيت.") == [
        ("nominal", "ضرورة أن يلتزم العمال بالتوقيت", "وشدد", "المدير")
    ]


def test_quotation_marks_take_no_word_place_before_the_complementizer() -> None:
    text = 'وأكد الطبيب في مداخلة له على إذاعة "صوت المدينة" مساء اليوم الاثنين 3 مارس 2025 أن الوباء تراجع.'
    assert quote_fields(text) == [("indirect", "الوباء تراجع", "وأكد", "الطبيب")]
