"""Quote round s17/a110: an unstated speaker who never spoke before, the subject of a clause
that reports nothing in the cue's own sentence.

- A fronted subject that ends in a person's name may be set off from its verb by a comma
  ("إلا أن رئيس النادي كمال العياري، رفض …"): the verb after the comma still has that subject,
  and a subjectless "وقال" coordinated with it goes on with it, not with the last speaker.
- قبل أن / بعد أن / منذ أن open an adverbial clause, verb first, with a subject of its own
  ("قبل أن يتدخل رئيس النادي، كمال العياري، ويقول"): a verb coordinated with it by و shares it.
- A month written with both its names ("مارس/آذار") is one word of a fronted adverbial: the
  comma after it still ends the adverbial, and the verb after that opens the main clause.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_fronted_name_set_off_by_a_comma_is_the_subject_of_its_verb() -> None:
    text = (
        "قال المدرب سامي الحداد إن الفريق جاهز للمباراة. "
        "إلا أن رئيس النادي كمال العياري، رفض الحديث عن الصفقة، وقال للصحفيين إن المفاوضات مستمرة."
    )
    quote = quote_with(quotes_of(text), "المفاوضات مستمرة")
    assert quote.speaker_name == "كمال العياري"


def test_a_comma_before_and_opens_no_verb_of_the_name() -> None:
    text = (
        "قال المدرب سامي الحداد إن الفريق جاهز للمباراة. "
        "الحكم كمال العياري، ومن موقعه في الملعب، لم ير شيئا. وأضاف الحداد أن النتيجة عادلة."
    )
    quote = quote_with(quotes_of(text), "النتيجة عادلة")
    assert quote.speaker_name == "سامي الحداد"


def test_a_verb_joined_to_a_clause_after_qabla_an_shares_its_subject() -> None:
    text = (
        "قال المدرب سامي الحداد إن الفريق جاهز للمباراة. "
        'وكان اللاعب على وشك الإجابة قبل أن يتدخل رئيس النادي، كمال العياري، ويقول "لقد انتهى الوقت".'
    )
    quote = quote_with(quotes_of(text), "انتهى الوقت")
    assert quote.speaker_name == "كمال العياري"


def test_a_feminine_clause_after_baada_an_leaves_a_masculine_cue() -> None:
    text = (
        "قال المدرب سامي الحداد إن الفريق جاهز للمباراة. "
        'وجاء ذلك بعد أن انتقدت الوزيرة ليلى حداد أداء اللاعبين، وأضاف "سنرد في الملعب".'
    )
    quote = quote_with(quotes_of(text), "سنرد في الملعب")
    assert quote.speaker_name == "سامي الحداد"


def test_a_month_written_with_both_names_still_ends_a_fronted_adverbial() -> None:
    text = (
        "قالت الممثلة ليلى حداد إن المسلسل سيعرض قريبا. وفي أواخر مارس/آذار، اضطرت الممثلة "
        "الكندية، سعاد الكرمي، شريكة حداد في بطولة المسلسل، لإصدار نفي لشائعات تحدثت عن خلاف بينهما."
    )
    quote = quote_with(quotes_of(text), "خلاف بينهما")
    assert quote.speaker_name == "سعاد الكرمي"
