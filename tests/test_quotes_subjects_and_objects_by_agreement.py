"""Subjects of a142 (session 24): what stands right after or before a verb of saying.

- A verbal noun of stance (or of saying) with a possessive pronoun right after the verb is its
  object, and the subject is dropped: "وأكد رفضه لفكرة أن …"، "وتابع حديثه: …".
- A broken plural of persons with a possessive pronoun after the verb is its subject: "ويحذر
  أطباؤها من أن …"، "وقال أنصاره إن …"; after a verb that takes an object first, only the hamza
  on و (the nominative) shows it: "ويحذر أنصاره من التهاون" is the object.
- A plural verb with an object pronoun agrees with the plural noun of persons right before it
  ("من مشجعين يصفونه بأنه …"), and a broken plural joined by و before a plural verb is its
  subject ("… وخبراء يعتبرونها محاولة …").
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


def test_owned_broken_plural_is_the_subject() -> None:
    text = "تنتظر سعاد الموافقة على السفر منذ أشهر. ويحذر أطباؤها من أن العلاج سيفقد جدواه بعد أسابيع."
    assert speaker_with(text, "العلاج سيفقد")[0] == "أطباؤها"


def test_owned_broken_plural_in_a_plain_spelling_is_the_subject() -> None:
    text = "عاد اللاعب سمير العلي إلى ناديه القديم. وقال أنصاره إن عودته تأخرت كثيرا."
    assert speaker_with(text, "عودته تأخرت")[0] == "أنصاره"


def test_owned_plural_after_a_verb_taking_an_object_is_the_object() -> None:
    # Look-alike: after حذّر, which takes its object first, no hamza shows the nominative.
    text = "ألقى الزعيم خالد الحسن خطابا أمس، ويحذر أنصاره من التهاون في الدفاع عن المدينة."
    assert speaker_with(text, "التهاون في")[0] is None


def test_plural_noun_before_plural_verb_with_object_pronoun() -> None:
    text = "أمضى اللاعب الموسم في النادي وسط انتقادات من مشجعين يصفونه بأنه أسوأ صفقة في تاريخ الفريق."
    assert speaker_with(text, "أسوأ صفقة")[0] == "مشجعين"


def test_joined_broken_plural_before_plural_verb() -> None:
    text = "صحيفة محلية تزعم وجود صور للحادث عبر هاتفه وخبراء يعتبرونها محاولة لتغطية الفضيحة"
    assert speaker_with(text, "محاولة لتغطية")[0] == "خبراء"
