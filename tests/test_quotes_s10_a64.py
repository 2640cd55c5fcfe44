"""Quote round a64: the antecedent of an unstated subject (issue 19, item 4).

- "وأليكس وكاثرين، اللذان سافرا …": a dual or plural relative agrees with its antecedent in
  number, so the speaker phrase it describes names two or more, and a later dual or plural cue
  (وأضافا، وأضافتا) goes on with it.
- "ومضى يقول"، "وراح يؤكد": a perfect verb of going on before an imperfect cue is no name; like
  a sister of كان, it shares the cue's dropped subject, the speaker before it.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_dual_relative_makes_a_pair_for_a_masculine_dual_cue() -> None:
    text = 'وقال أحمد وسعيد الخالدي، اللذان شاركا في السباق: "كان الوضع صعبا". وأضافا: "رأينا الكثير".'
    quote = quote_with(quotes_of(text), "رأينا")
    assert quote.speaker_name == "أحمد وسعيد الخالدي"


def test_dual_relative_makes_a_pair_for_a_feminine_dual_cue() -> None:
    text = (
        'وقالت سلمى ونادية خليل، اللتان حضرتا المؤتمر، للصحيفة: "كان الوضع صعبا". '
        'وسافر الوفد إلى العاصمة. وأضافتا: "رأينا الكثير".'
    )
    quote = quote_with(quotes_of(text), "رأينا")
    assert quote.speaker_name == "سلمى ونادية خليل"


def test_relative_after_a_definite_dual_genitive_leaves_one_speaker() -> None:
    # "اللذين" may describe "الطفلين", not the father: a later singular cue still goes on
    # with the father.
    text = 'وقال والد الطفلين، اللذين أصيبا في الحادث: "كان الوضع صعبا". وأضاف: "رأينا الكثير".'
    quote = quote_with(quotes_of(text), "رأينا")
    assert quote.speaker_name == "والد الطفلين"


def test_verb_of_going_on_is_no_speaker() -> None:
    text = 'وقال المدرب إن الفريق جاهز للمباراة. ومضى يقول: "لن نتراجع أمام أحد". وتابع: "اللاعبون بخير".'
    quotes = quotes_of(text)
    assert quote_with(quotes, "نتراجع").speaker_name == "المدرب"
    assert quote_with(quotes, "بخير").speaker_name == "المدرب"


def test_relative_after_a_partitive_leaves_one_speaker() -> None:
    # "الذين" describes "الأشخاص", not "أحد": a later dual cue is not the one person.
    text = (
        'وقال أحد الأشخاص الذين حضروا الجلسة إن "المتهمين خدعوه". وكان المتهمان قد فرا، '
        "وزعما أن الأموال ضاعت."
    )
    quote = quote_with(quotes_of(text), "الأموال")
    assert quote.speaker_name != "أحد الأشخاص"
