"""Subjects of a142 (session 24): what stands right after or before a verb of saying.

- A verbal noun of stance (or of saying) with a possessive pronoun right after the verb is its
  object, and the subject is dropped: "وأكد رفضه لفكرة أن …"، "وتابع حديثه: …".
- A verb of relaying after its subject names the source after عن, as after the verb: "رويترز
  وواشنطن بوست تنقلان عن مسؤولين أتراك أن …".
"""

from __future__ import annotations

from quote_helpers import speaker_with


def test_stance_noun_with_pronoun_is_the_object() -> None:
    text = "استقبل المدير سامر الخطيب الوفد في مكتبه. وأكد رفضه لفكرة أن المصنع سيغلق أبوابه."
    assert speaker_with(text, "المصنع سيغلق") == (None, "سامر الخطيب")


def test_saying_noun_with_pronoun_is_the_object() -> None:
    text = 'وقال المدرب عادل الشامي إن الفريق جاهز. وتابع حديثه: "سنلعب من أجل الفوز".'
    assert speaker_with(text, "سنلعب من أجل") == (None, "عادل الشامي")


def test_person_noun_with_pronoun_stays_the_subject() -> None:
    # Look-alike: a noun of a person with a pronoun after the verb is who speaks.
    text = "وصل المدير سامر الخطيب إلى المحكمة. وقال محاميه إن القضية ستنتهي قريبا."
    assert speaker_with(text, "القضية ستنتهي")[0] == "محاميه"


def test_relay_verb_after_its_subject_names_the_source() -> None:
    text = "وبدأت التحقيقات أمس. والصحيفتان تنقلان عن مسؤولين في الشرطة أن المشتبه به فر من البلاد."
    assert speaker_with(text, "المشتبه به فر")[0] == "مسؤولين في الشرطة"


def test_relay_verb_after_its_subject_before_qawl() -> None:
    text = "وبدأت التحقيقات أمس. والوكالة تنقل عن مصدر أمني قوله إن المشتبه به فر من البلاد."
    assert speaker_with(text, "المشتبه به فر")[0] == "مصدر أمني"

