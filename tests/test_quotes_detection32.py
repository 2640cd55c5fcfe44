"""Detection round 32 (census of 38 fresh multisource articles): first-form verbal nouns as
objects, أفاد بـ, a ب-word after a preposition, a clause opened by لكن/ثم after a comma, and
words that govern أنّ themselves.

- A listed first-form verbal noun in construct (شن ضربات، نشر تعزيزات) after a closed subject is
  the object of a verb of announcing: a perfect verb there would need أنّ.
- أفاد "reported" takes بـ + an event (أفادت مصادر بوقوع انفجار).
- A word right after a preposition is that preposition's noun (في بلدة، في باب), never بـ + a
  complement.
- After a comma, لكن/ثم/بينما open a clause whose verb governs the prepositions in it.
- أنّ after علما، بحجة، من المفترض … is theirs, not the content of a cue further back.
"""

from __future__ import annotations

from quote_helpers import kinds_and_contents

from qawl.pipeline import Pipeline


def test_first_form_verbal_noun_after_a_definite_subject_is_the_object(pipeline: Pipeline) -> None:
    text = "وفي المساء أعلنت الحكومة فرض حظر للتجول في المدينة."
    assert ("nominal", "فرض حظر للتجول في المدينة") in kinds_and_contents(pipeline, text)


def test_first_form_verbal_noun_after_a_named_body_is_the_object(pipeline: Pipeline) -> None:
    text = "وأعلنت حركة حماس فتح تحقيق في ملابسات الحادث."
    assert ("nominal", "فتح تحقيق في ملابسات الحادث") in kinds_and_contents(pipeline, text)


def test_given_name_fath_allah_is_no_verbal_noun(pipeline: Pipeline) -> None:
    # look-alike: فتح الله is a given name, part of the subject, and أنّ gives the content
    text = "وأكد الوزير فتح الله عبد السلام أن الاتفاق ما زال قائما."
    assert kinds_and_contents(pipeline, text) == [("indirect", "الاتفاق ما زال قائما")]


def test_afada_with_bi_and_an_event_is_a_nominal(pipeline: Pipeline) -> None:
    text = "وأفاد شهود من القرية بوقوع انفجارات قرب المعسكر."
    assert ("nominal", "بوقوع انفجارات قرب المعسكر") in kinds_and_contents(pipeline, text)


def test_bi_word_after_a_preposition_is_no_complement(pipeline: Pipeline) -> None:
    text = "وطالب المتظاهرون في بنغازي بإقالة المجلس البلدي."
    assert kinds_and_contents(pipeline, text) == [("nominal", "بإقالة المجلس البلدي")]


def test_afada_bianna_stays_indirect(pipeline: Pipeline) -> None:
    # look-alike: بأنّ after أفاد is still a complementizer, not بـ + a noun
    text = "وأفادت الوزارة بأن الوضع الأمني مستقر في الجنوب."
    assert kinds_and_contents(pipeline, text) == [("indirect", "الوضع الأمني مستقر في الجنوب")]


def test_preposition_after_lakin_belongs_to_its_own_clause(pipeline: Pipeline) -> None:
    text = "وتحدث الوزير مطولا أمام النواب، لكن لم يصدر عن الوزارة أي بيان."
    assert kinds_and_contents(pipeline, text) == []


def test_comma_before_the_complement_after_lakin_phrase(pipeline: Pipeline) -> None:
    # look-alike: a comma closes the لكن phrase, and عن is the verb's again
    text = "وأعرب الوزير، لكن بحذر، عن تفاؤله بنتائج المفاوضات."
    assert ("nominal", "تفاؤله بنتائج المفاوضات") in kinds_and_contents(pipeline, text)


def test_anna_after_ilman_is_not_the_cues(pipeline: Pipeline) -> None:
    text = "وانتقد النائب الحكومة بسبب تأخر المشروع، علما أن الميزانية رصدت منذ عامين."
    assert all(kind != "indirect" for kind, _ in kinds_and_contents(pipeline, text))


def test_anna_after_a_comma_and_a_cue_still_counts(pipeline: Pipeline) -> None:
    # look-alike: أنّ right after the verb and its subject is the verb's
    text = "وأكد النائب، في تصريح صحفي، أن الميزانية رصدت منذ عامين."
    assert ("indirect", "الميزانية رصدت منذ عامين") in kinds_and_contents(pipeline, text)
