"""Attribution round 34: the subject a continuation shares, and spans parsed wrong.

- Verbs coordinated in one sentence share their subject: a subjectless cue that agrees with the
  verb of an earlier clause of its sentence goes on with that clause's subject, even when the
  subject alone would not be taken for a source ("حددت المخابرات العسكرية …، كما أشارت إلى").
- A verb with ف after a comma opens a clause with its own subject ("…، فيصحح الخطيب … ويقول").
- A slash joins two spellings of a month ("مارس/آذار"); it opens no clause, so the month is no
  subject.
- دون/بدون before أن or a definite noun is "without", never a name in apposition.
"""

from __future__ import annotations

from quote_helpers import speakers_and_names

from qawl.pipeline import Pipeline

SHARED = (
    "وقال الصحفي أحمد سالم إن الوثائق تكشف شبكة واسعة. وفي تقرير آخر صدر الشهر الماضي، "
    "حددت المخابرات العسكرية خمسة مشتبهين في قضايا تهريب، {cue} أنهم كانوا يساعدون مقاتلين أجانب."
)


def test_cue_shares_the_subject_of_its_sentence(pipeline: Pipeline) -> None:
    assert speakers_and_names(pipeline, SHARED.format(cue="كما أشارت إلى")) == [
        ("أحمد سالم", "أحمد سالم"),
        (None, "المخابرات العسكرية"),
    ]


def test_cue_of_another_gender_goes_back(pipeline: Pipeline) -> None:
    # A masculine cue cannot share the feminine verb's subject: it goes on with the journalist.
    assert speakers_and_names(pipeline, SHARED.format(cue="وأضاف")) == [
        ("أحمد سالم", "أحمد سالم"),
        (None, "أحمد سالم"),
    ]


def test_subordinate_clause_has_its_own_subject(pipeline: Pipeline) -> None:
    text = (
        "وقال الصحفي أحمد سالم إن الوثائق تكشف شبكة واسعة. وبدأت القضية في مطلع العام، عندما "
        "أوقفت دورية شاحنة محملة بالسلاح، وأشارت إلى أن السائق كان يعمل لحساب جهاز أمني."
    )
    assert [name for _, name in speakers_and_names(pipeline, text)][-1] != "القضية"


def test_fa_clause_subject(pipeline: Pipeline) -> None:
    text = (
        "قال الناقد سمير الخطيب إن المعاجم القديمة مليئة بالأخطاء. وفي باب الحاء ترد كلمة الحبير "
        "بمعنى زبد البعير، فيصحح الباحث يوسف الشامي ما وقع فيها ويقول إن صوابها الخبير."
    )
    assert speakers_and_names(pipeline, text)[-1] == (None, "يوسف الشامي")


def test_month_after_slash_is_no_subject(pipeline: Pipeline) -> None:
    text = "قتل ثلاثة جنود في هجوم. وفي مارس/آذار أعلنت الولايات المتحدة أنها سترسل قوات إضافية."
    assert speakers_and_names(pipeline, text) == [("الولايات المتحدة", "الولايات المتحدة")]


def test_month_without_slash_unchanged(pipeline: Pipeline) -> None:
    text = "قتل ثلاثة جنود في هجوم. وفي مارس الماضي أعلنت الولايات المتحدة أنها سترسل قوات إضافية."
    assert speakers_and_names(pipeline, text) == [("الولايات المتحدة", "الولايات المتحدة")]


def test_without_is_no_name(pipeline: Pipeline) -> None:
    text = "وأكد الوزير، دون أن يذكر أسماء، أن التحقيق سيشمل كل المسؤولين."
    assert speakers_and_names(pipeline, text) == [("الوزير", "الوزير")]


def test_don_as_a_given_name(pipeline: Pipeline) -> None:
    assert speakers_and_names(pipeline, "وقال دون جونيور إن والده سيفوز بالانتخابات.") == [
        ("دون جونيور", "دون جونيور")
    ]
