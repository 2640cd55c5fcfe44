"""A verb of saying right after an indefinite text that a body issues (بيان، رسالة، مذكرة،
منشورات) describes that text, and the text speaks for its issuer: the subject of the verb of
issuing (أصدر، وجّه، وزّع), also past an adverbial set off by commas, or the antecedent of the
relative right before that verb."""

from __future__ import annotations

from quote_helpers import speaker_with


def test_issuer_past_an_adverbial_set_off_by_commas() -> None:
    text = (
        "وقال وزير الزراعة سامر الخطيب إن الحكومة ستدعم المزارعين. وأصدر رؤساء البلديات بيانا، "
        "بعد اجتماعهم في العاصمة، أكد أن الخطة ستنقذ الموسم الزراعي."
    )
    assert speaker_with(text, "الخطة ستنقذ") == (None, "رؤساء البلديات")


def test_issuer_is_the_antecedent_of_the_relative() -> None:
    text = (
        "وقال التاجر سامر الخطيب إن الشركة خدعته. وانتهى الجدل بتدخل مكتب الإعلام الحكومي الذي أصدر "
        'بيانا جاء فيه أن "الشركة لم تخدع أحدا".'
    )
    assert speaker_with(text, "الشركة لم تخدع")[1] == "مكتب الإعلام الحكومي"


def test_text_pronoun_must_agree_with_the_issued_text() -> None:
    # Look-alike: فيها cannot point back to بيان (masculine); the verb describes something else.
    text = (
        "وقال التاجر سامر الخطيب إن الشركة خدعته. وانتهى الجدل بتدخل مكتب الإعلام الحكومي الذي أصدر "
        'بيانا جاء فيها أن "الشركة لم تخدع أحدا".'
    )
    assert speaker_with(text, "الشركة لم تخدع")[1] != "مكتب الإعلام الحكومي"
