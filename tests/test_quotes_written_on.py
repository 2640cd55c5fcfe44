"""A verb of writing with على + pronoun right after it ("لافتات كتب عليها") is a passive relative
clause on the thing written on: what follows is what is written, never a writer; who raised the
thing, the subject of the verb the sentence opens with, stands for the words."""

from __future__ import annotations

from quote_helpers import speaker_with


def test_words_written_on_a_banner_are_no_speaker() -> None:
    text = 'ونزل الطلاب إلى الساحة، حول لافتات كتب عليها عبارات كثيرة أهمها "التعليم حق للجميع".'
    assert speaker_with(text, "التعليم حق")[0] != "عبارات كثيرة"


def test_who_raised_the_banner_is_the_writer() -> None:
    text = 'ورفع بعض العمال لافتات كتب عليها "لا لخفض الأجور" أمام مقر الشركة.'
    assert speaker_with(text, "لا لخفض الأجور")[0] == "بعض العمال"


def test_a_writer_in_a_plain_clause_is_the_subject() -> None:
    # Look-alike: كتب with a subject and no على + pronoun reads its subject as before.
    text = 'وكتب الوزير سامي العلي في تغريدة "نحن مع العمال".'
    assert "سامي العلي" in (speaker_with(text, "نحن مع العمال")[1] or "")


def test_a_text_written_on_no_sign_names_no_writer_from_the_opening_verb() -> None:
    # Look-alike: the thing before كتب عليها is no sign anyone raised (a page of a paper), so the
    # subject of the sentence's opening verb ("الإعلان") is not taken as the writer.
    text = 'وجاء الإعلان عبر صفحة كاملة في صحيفة المدينة اليومية كتب عليها "أهلا بك".'
    assert speaker_with(text, "أهلا بك")[0] != "الإعلان"
