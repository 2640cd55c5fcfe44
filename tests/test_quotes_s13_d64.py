"""Round d64 (issue 19): in verb-subject-object order the speaker span ends where the subject noun
phrase ends. A definite word that agrees with none of the subject's nouns (gender, number,
definiteness) and is not their genitive opens the object, with the object's own adjectives.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.quote_helpers import quote_fields


def _speaker(text: str) -> str | None:
    got = quote_fields(text)
    assert len(got) == 1, got
    return got[0][3]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A masculine noun agrees with no feminine singular noun: the object begins there.
        ("ودعت الوزارة المجتمع الدولي إلى التحرك العاجل.", "الوزارة"),
        # ... nor with a plural in ات (الولايات) once its adjective (المتحدة) is read.
        ("وحثت الولايات المتحدة المجتمع الدولي على مواصلة الضغط.", "الولايات المتحدة"),
        # A construct chain (وزارة الخارجية) and its adjective, then the object.
        ("ودعت وزارة الخارجية الروسية المجتمع الدولي إلى التحرك.", "وزارة الخارجية الروسية"),
        # An indefinite source and its nisba: a definite word after them is neither.
        ("واتهمت مصادر عسكرية الحكومة بخرق الهدنة.", "مصادر عسكرية"),
        ("وحذر مراقبون دوليون الحكومة من تأجيل الانتخابات.", "مراقبون دوليون"),
    ],
)
def test_object_after_subject_noun_phrase(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker


def test_sound_plural_takes_no_genitive_before_that() -> None:
    # The ن of محللون shows it heads no construct: القرار is the verb's object.
    got = quote_fields("ووصف محللون القرار بأنه خطير.")
    assert got == [("indirect", "خطير", "ووصف", "محللون")]


def test_plural_after_singular_title_is_the_addressee() -> None:
    # A singular title takes no plural adjective: الصحافيين is whom the minister told.
    got = quote_fields("وأبلغ الوزير الصحافيين أن الحكومة ستستقيل.")
    assert got == [("indirect", "الحكومة ستستقيل", "وأبلغ", "الوزير")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Guards: a feminine elative written with ا, and a ل-genitive, stay in the subject.
        ("ونفت المفوضية العليا لشؤون اللاجئين صحة الأنباء.", "المفوضية العليا لشؤون اللاجئين"),
        # The elative أفعل describes a feminine noun unchanged.
        ("وتشير القراءة الأقل من 50 نقطة إلى أن الاقتصاد يتراجع.", "القراءة الأقل"),
        # A nisba-like noun after a title is its genitive (وزيرة خارجية، رئيس بلدية).
        ("وأعربت وزيرة خارجية السويد عن قلقها.", "وزيرة خارجية السويد"),
        ("وأعرب رئيس بلدية القدس عن قلقه.", "رئيس بلدية القدس"),
        # An anonymous head right before a definite word is its construct (خبراء الأمم المتحدة).
        ("وأكد خبراء الأمم المتحدة أن الوضع خطير.", "خبراء الأمم المتحدة"),
        # A broken plural takes a feminine singular adjective (فعيلة).
        ("وأكدت الفنون الجميلة أن الجمال ضروري.", "الفنون الجميلة"),
        # A plural title (النواب is no singular title) keeps its plural nisba.
        ("وأكد النواب الأوروبيون أن الاتفاق متوازن.", "النواب الأوروبيون"),
    ],
)
def test_subject_noun_phrase_kept_whole(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
