"""Dual pointers, participles of state and the noun إمام (a129).

A dual relative (اللذان، اللتان) or a dual pronoun (كلاهما، لكنهما) right before a verb of saying
in the dual is its subject, and it points back to the two names joined by و before it: the
speaker is both, joined by و. A فاعلا word right after the singular subject of a verb of saying
is its participle of state (طالباً "requesting"), not a dual verb.
"""

from __future__ import annotations

from quote_helpers import speaker_name_with, view_of

from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.grammar import plural_cue


def test_a_dual_relative_after_two_names_with_their_seats_names_both() -> None:
    text = (
        "وحضر الجلسة النائبان حسن العلوي عن البصرة وكريم الجابري عن الموصل "
        "اللذان طالبا الحكومة بفتح تحقيق عاجل."
    )
    assert speaker_name_with(text, "بفتح تحقيق") == "حسن العلوي وكريم الجابري"


def test_kilahuma_after_two_names_with_apposed_titles_names_both() -> None:
    text = (
        "وشملت القائمة سامي الحداد رئيس الغرفة التجارية ومراد الكمون رجل الأعمال المعروف، "
        "وكلاهما نفيا أي علاقة بالصفقة."
    )
    assert speaker_name_with(text, "علاقة بالصفقة") == "سامي الحداد ومراد الكمون"


def test_the_dual_pointer_is_the_subject_not_the_clause_verb_before() -> None:
    text = "والتقت الوزيرة ليلى المرزوقي والسفيرة سلمى الكافي، وكلتاهما أكدتا أن المفاوضات مستمرة."
    assert speaker_name_with(text, "المفاوضات مستمرة") == "ليلى المرزوقي وسلمى الكافي"


def test_a_singular_verb_after_kilahuma_is_not_read_as_a_pair() -> None:
    # Guard: the pointer counts only before a verb in the dual.
    text = "ودعا الحزب سامي الحداد ومراد الكمون، وكلاهما قال إن المشاورات ستستأنف."
    name = speaker_name_with(text, "المشاورات ستستأنف")
    assert name is None or " و" not in name


def test_a_faila_word_after_the_singular_subject_of_a_verb_of_saying_is_no_dual() -> None:
    attributor = QuoteAttributor()
    view = view_of(attributor, "وقال المسؤول طالبا عدم نشر اسمه إن الوزير سيستقيل.")
    cue = next(k for k in range(len(view)) if view.tokens[k].text == "طالبا")
    assert not plural_cue(view, cue)


def test_a_faila_word_after_a_dual_noun_is_still_a_dual_verb() -> None:
    # Guard: after a dual noun or a dual relative the same letters are the dual verb.
    attributor = QuoteAttributor()
    for text in ("وقال الوزير إن البلدين طالبا بعقد اجتماع.", "وحضر الرجلان اللذان طالبا بعقد اجتماع."):
        view = view_of(attributor, text)
        cue = next(k for k in range(len(view)) if view.tokens[k].text == "طالبا")
        assert plural_cue(view, cue), text


def test_a_pretext_is_given_by_the_masculine_subject_of_its_clause() -> None:
    # The ة of بحجة is the noun's own gender: the pretext goes with the man who refused.
    text = "ورفض الوزير سامي الحداد الاستقالة من منصبه بحجة أن البرلمان هو صاحب القرار."
    name = speaker_name_with(text, "صاحب القرار")
    assert name is not None and "سامي الحداد" in name


def test_a_pretext_after_a_feminine_verb_stays_with_its_subject() -> None:
    # Guard: a feminine subject still gives the pretext.
    text = "ورفضت الحكومة الأردنية سحب القانون بحجة أن البرلمان هو صاحب القرار."
    assert speaker_name_with(text, "صاحب القرار") == "الحكومة الأردنية"


_MET = "والتقت الممثلة سلمى حايك المنتج هارفي واينستين عام 2005. "


def test_lakinnahu_points_to_the_man_named_in_her_words() -> None:
    # The masculine pronoun of ولكنه is not the woman who spoke before: the man she named is.
    text = _MET + "وزعمت حايك أنها تعرضت للتحرش من قبل هارفي واينستين في مكتبه، ولكنه نفى تلك المزاعم."
    assert speaker_name_with(text, "تلك المزاعم") == "هارفي واينستين"


def test_a_masculine_verb_without_the_pronoun_still_goes_on_with_her() -> None:
    # Guard: without the pronoun, the man inside her words is not taken.
    text = _MET + "وزعمت حايك أنها تعرضت للتحرش من قبل هارفي واينستين في مكتبه، ونفى تلك المزاعم."
    assert speaker_name_with(text, "تلك المزاعم") != "هارفي واينستين"


def test_the_son_of_a_named_leader_speaks_not_the_leader() -> None:
    # نجل heads the phrase: the name after the title is the father, whose son speaks.
    text = "وقال نجل الرئيس الراحل كمال الشاذلي إن والده لم يغادر البلاد قط."
    name = speaker_name_with(text, "لم يغادر البلاد")
    assert name is not None and name.startswith("نجل")


def test_a_child_whose_own_name_the_document_gives_resolves_to_it() -> None:
    # Guard: the son's full name ends in his father's, and the document writes it.
    text = "وقال المخرج محمد حسن العلوي إن الفيلم جاهز. وأوضح نجل الفنان حسن العلوي أن العرض سيبدأ قريبا."
    assert speaker_name_with(text, "العرض سيبدأ") == "محمد حسن العلوي"


def test_a_kin_named_in_apposition_after_a_comma_is_the_speaker() -> None:
    # Guard: after a comma the name is the kin's own.
    text = "وقالت شقيقة الضحية، سلمى الكافي، إن الشرطة تأخرت في الوصول."
    assert speaker_name_with(text, "الشرطة تأخرت") == "سلمى الكافي"


def test_a_name_after_a_possessed_genitive_of_kinship_is_the_kin() -> None:
    # Guard: "شقيق زوجها X": a genitive with a pronoun takes no name after it; X is the brother.
    text = "وقال شقيق زوجها كمال الشاذلي إن العائلة تنتظر نتائج التحقيق."
    assert speaker_name_with(text, "نتائج التحقيق") == "كمال الشاذلي"
