"""Subjects before the verb of saying (a139).

A noun phrase that opens the sentence may carry a relative clause set off by a comma as long as a
clause of its own before its verb ("وسامي الحداد الذي … ، أعلن"); a proper name there is the
agent of an imperfect verb too ("… ، يعلن"), but a passive-prone imperfect (يُعتبر) is left alone.
"""

from __future__ import annotations

from quote_helpers import quotes_of, speaker_with, view_of

from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.subjects import preposed_subject, relative_antecedent

EXPERT = "وقال المحلل مراد الكمون إن الأسواق ستتعافى قريبا. "
LONG_RELATIVE = (
    "وسامي الحداد الذي تولى رئاسة الهيئة العامة للاستثمار بعد سنوات طويلة قضاها في العمل المصرفي "
    "بين عواصم الخليج وأوروبا، "
)


def test_a_long_relative_clause_on_the_sentence_subject_ends_before_its_perfect_verb() -> None:
    text = EXPERT + LONG_RELATIVE + "أعلن أن الهيئة ستطلق برنامجا جديدا للمستثمرين."
    assert speaker_with(text, "برنامجا جديدا")[0] == "وسامي الحداد"


def test_a_proper_name_before_a_long_relative_clause_is_the_agent_of_an_imperfect() -> None:
    text = EXPERT + LONG_RELATIVE + "يؤكد أن الهيئة ستطلق برنامجا جديدا للمستثمرين."
    assert speaker_with(text, "برنامجا جديدا")[0] == "وسامي الحداد"


def _subject_of(text: str, verb: str) -> str | None:
    view = view_of(QuoteAttributor(), text)
    cue = max(i for i in range(len(view)) if view.tokens[i].text == verb)
    phrase = preposed_subject(view, cue)
    return None if phrase is None else " ".join(view.tokens[k].text for k in range(phrase.start, phrase.last))


def test_a_passive_prone_imperfect_after_a_long_relative_clause_has_no_agent() -> None:
    text = EXPERT + LONG_RELATIVE + "يعتبر من أبرز الخبراء في المنطقة."
    assert _subject_of(text, "يعتبر") is None


def test_a_passive_prone_imperfect_with_its_complement_is_active() -> None:
    text = EXPERT + LONG_RELATIVE + "يعتبر أن الأسواق ستتعافى قريبا."
    assert _subject_of(text, "يعتبر") == "وسامي الحداد"


def test_a_body_before_its_relative_is_the_subject_of_the_verb_after_it() -> None:
    text = EXPERT + "وتلقت الهيئة دعما من الوزارة التي أكدت أن البرنامج سيبدأ الشهر المقبل."
    assert speaker_with(text, "البرنامج سيبدأ")[0] == "الوزارة"


def test_a_collective_of_kin_set_off_by_a_comma_is_the_subject_of_its_relative_verb() -> None:
    text = EXPERT + "ومن المنتظر أن ترسل القبيلة، التي تقول إن أراضيها صودرت منذ عقود، وفدا إلى العاصمة."
    assert speaker_with(text, "أراضيها صودرت")[0] == "القبيلة"


def test_a_body_in_the_genitive_of_a_feminine_noun_is_not_the_relative_antecedent() -> None:
    text = EXPERT + 'وأضاف الحداد أن "سياسات الوزارة التي تشير إلى أنها مؤقتة تقلق المستثمرين".'
    view = view_of(QuoteAttributor(), text)
    relative = max(i for i in range(len(view)) if view.tokens[i].text == "التي")
    assert relative_antecedent(view, relative) is None


def test_a_passive_prone_imperfect_after_a_body_and_its_relative_has_no_agent() -> None:
    assert quotes_of("وتعاونت الشركة مع الهيئة التي تعتبر الجهة المسؤولة عن الرقابة.") == []
