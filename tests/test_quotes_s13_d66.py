"""Round d66 (issue 19, nominal quotes, second round). Two noun phrases that can only be the
object of a verb of denying or stressing: a demonstrative + a definite plural of a verbal noun
after a masculine verb whose subject is dropped (a plural of things as subject takes the
feminine verb), and أي + a noun or a demonstrative + a definite noun after a VSO subject and its
comma-set apposition (they point at a thing, never at the person the apposition describes), and
the same pointed phrase right after a verb whose subject came before it (والنائب ينفي هذه المزاعم),
where the demonstrative, a stop word, used to end the search. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_helpers import quote_fields


def test_demonstrative_plural_object_after_dropped_subject() -> None:
    got = quote_fields("وكان الوزير قد غاب عن الجلسة. ونفى هذه الاتهامات جملة وتفصيلا.")
    assert [q[:3] for q in got] == [("nominal", "هذه الاتهامات جملة وتفصيلا", "ونفى")]


def test_demonstrative_plural_object_after_but() -> None:
    got = quote_fields("واستدعت المحكمة المدير، لكنه نفى تلك الادعاءات الموجهة إليه.")
    assert [q[:3] for q in got] == [("nominal", "تلك الادعاءات الموجهة إليه", "نفى")]


def test_any_noun_after_subject_and_apposition() -> None:
    got = quote_fields("وينفي المعارض، المقيم في باريس منذ سنوات، أي صلة بالتفجير.")
    assert got == [("nominal", "أي صلة بالتفجير", "وينفي", "المعارض")]


def test_demonstrative_object_after_subject_and_apposition() -> None:
    got = quote_fields("ونفت النائبة، العضو في لجنة المالية، هذه الاتهامات بشدة.")
    assert got == [("nominal", "هذه الاتهامات بشدة", "ونفت", "النائبة")]


def test_that_is_opens_another_apposition() -> None:
    # Guard: أي "that is" after the apposition's comma, up to its own comma, is no object.
    got = quote_fields("ونفى المتحدث، العقيد سالم، أي قائد اللواء، وجود أي اتفاق.")
    assert all(not q[1].startswith("أي قائد") for q in got)


def test_demonstrative_subject_of_feminine_verb_stays_subject() -> None:
    # Guard: after a feminine verb "هذه المصادر" is the subject; the أنّ clause is the content.
    got = quote_fields("وأكدت هذه المصادر أن الاجتماع تأجل.")
    assert [q[:3] for q in got] == [("indirect", "الاجتماع تأجل", "وأكدت")]


def test_demonstrative_object_after_verb_whose_subject_came_first() -> None:
    got = quote_fields("والنائب ينفي هذه المزاعم منذ بداية التحقيق.")
    assert [q[:3] for q in got] == [("nominal", "هذه المزاعم منذ بداية التحقيق", "ينفي")]


def test_time_word_after_demonstrative_is_no_object() -> None:
    # Guard: "هذا الأسبوع" is a time adverbial, not the object.
    got = quote_fields("وكانت الوزارة قد نفت هذا الأسبوع.")
    assert got == []
