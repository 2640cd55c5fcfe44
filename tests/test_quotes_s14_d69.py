"""Round d69 (issue 19, quote detection precision). A passive verb has no speaker of its own:
forms VII, VIII and X mark it with damma after the hamzat al-wasl or on the infixed ت
("اتُّهم"، "اعتُبر"), and an imperfect of forms V-X with damma on its prefix ("يُتهم"، "يُتوقع");
لفت نظر/انتباه is "to catch the eye" or the noun of a reprimand, not a report unless the eye is
drawn to a that-clause; a noun after a preposition with a verbal noun as its genitive ("إلى طلب
استبعاد") is no verb; a name before أي is the subject ("ونفت روسيا أي تدخل"). Sentences
written for these tests."""

from __future__ import annotations

from qawl.pipeline import Pipeline
from tests.quote_helpers import cues_and_speakers, quote_fields

# ------------------------------------------------ passives


def test_form_eight_perfect_passive_is_no_quote() -> None:
    text = "وكان المدير السابق للشركة قد اتُّهم، في العام الماضي، بتزوير الحسابات."
    assert quote_fields(text) == []


def test_form_eight_passive_inside_a_quote_is_no_nested_quote() -> None:
    text = "وقال الوزير إن المشروع اعتُبر أن فيه مخالفات."
    assert quote_fields(text) == [("indirect", "المشروع اعتُبر أن فيه مخالفات", "وقال", "الوزير")]


def test_form_eight_imperfect_passive_is_no_quote() -> None:
    text = "ويُتهم الحزب الحاكم بتزوير نتائج الانتخابات في عدة دوائر."
    assert quote_fields(text) == []


def test_form_four_imperfect_with_damma_still_reports() -> None:
    # Guard: يُؤكد is active (forms II-IV take damma on the prefix).
    text = "وأكد المدير أن الشركة تتابع الملف، ويُؤكد المسؤولون أنها ستعلن النتائج."
    got = quote_fields(text)
    assert ("indirect", "ستعلن النتائج", "ويُؤكد", "المسؤولون") in got
    assert len(got) == 2


# ------------------------------------------------ لفت نظر / انتباه


def test_caught_my_eye_is_no_quote() -> None:
    text = "لفت نظري أن المدينة كانت نظيفة جدا هذا الصباح."
    assert quote_fields(text) == []


def test_drew_attention_to_a_clause_still_reports() -> None:
    # Guard: with إلى أن the eye is drawn to what is said.
    got = quote_fields("ولفت الوزير إلى أن الموازنة لا تكفي.")
    assert got == [("indirect", "الموازنة لا تكفي", "ولفت", "الوزير")]
    assert len(quote_fields("ولفت الوزير انتباه الحكومة إلى أن الموازنة لا تكفي.")) == 1


# ------------------------------------------------ nouns that spell a verb


def test_noun_with_verbal_noun_genitive_is_no_verb() -> None:
    text = "ودفعت الأزمة المدرب إلى طلب استبعاد الحارس من القائمة، بل حتى إن بعض اللاعبين غادروا."
    assert quote_fields(text) == []


# ------------------------------------------------ a name before أي


def test_name_before_any_is_the_subject(pipeline: Pipeline) -> None:
    # A proper name heads no construct, so روسيا is the subject, not a noun in construct with أي.
    text = "ونفت روسيا أي تدخل في الانتخابات الأمريكية."
    assert cues_and_speakers(pipeline, text) == [("ونفت", "روسيا")]


def test_noun_before_any_is_still_in_construct(pipeline: Pipeline) -> None:
    # Guard: "نفى وجود أي خلاف": the indefinite noun is the object, the subject is dropped.
    text = "ونفى وجود أي خلاف بين أعضاء الفريق."
    assert cues_and_speakers(pipeline, text) == [("ونفى", None)]
