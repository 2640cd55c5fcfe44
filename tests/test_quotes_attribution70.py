"""Quote stage, attribution round 70 on issue 19: agreement in relative clauses and nested
reports. A verb after التي/الذي has the relative's antecedent as subject only when it agrees with
the relative; with an object pronoun, the pronoun that agrees with the relative takes it up as
object, one that does not leaves it the subject. A subjectless verb nested in a man's words that
is feminine (or in a woman's words, masculine) is not the quoting speaker's.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_a_masculine_verb_after_alati_goes_back_to_the_speaker() -> None:
    # التي … قال: the antecedent is taken up by إنها; the subject of قال is the man quoted.
    text = (
        "قال الأمين العام للحزب كريم الماجري إن الانتخابات ستجرى في موعدها. "
        "كما وجه الماجري انتقادات لحركة مشروع تونس، التي قال إنها تأخرت في إعداد القائمات."
    )
    quote = quote_with(quotes_of(text), "تأخرت في إعداد")
    assert quote.speaker is None
    assert quote.speaker_name == "كريم الماجري"


def test_a_feminine_verb_with_a_masculine_object_after_alati_takes_the_antecedent() -> None:
    # التي اتهمته: the verb agrees with التي, the ه is a man; the woman is the subject.
    text = (
        "قال المحامي كريم الماجري إن موكله بريء. "
        "وتقدمت عدة نساء بشكاوى ضد المدير، منهن الممثلة سلمى العابد، التي اتهمته بالتحرش بها."
    )
    quote = quote_with(quotes_of(text), "بالتحرش")
    assert quote.speaker is not None
    assert quote.speaker_name is not None and "سلمى العابد" in quote.speaker_name


def test_a_resumptive_object_pronoun_keeps_the_antecedent_an_object() -> None:
    # "الشروط التي وضعتها": ها takes up الشروط; the body that set them is not الشروط.
    text = (
        "قالت الوزيرة سلمى العابد إن المشروع سينطلق قريبا. وأضافت أن الشروط التي اعتبرتها ضرورية ستنشر غدا."
    )
    quotes = quotes_of(text)
    for quote in quotes:
        assert quote.speaker_name != "الشروط"


def test_a_feminine_verb_nested_in_a_mans_words_is_not_his() -> None:
    text = (
        "قالت الطبيبة سلمى العابد إن حالة المريض مستقرة. "
        'وقال الشقيق كريم الماجري: "نحن ننتظر". '
        "وأضاف أنه يثق في تقرير الطبيبة والنتائج التي قالتها بأن الخطر زال."
    )
    quotes = quotes_of(text)
    nested = [q for q in quotes if q.cue.text == "قالتها"]
    assert len(nested) == 1
    assert nested[0].speaker_name == "سلمى العابد"
    assert quote_with(quotes, "يثق في تقرير").speaker_name == "كريم الماجري"


def test_an_agreeing_nested_verb_stays_with_the_quoting_speaker() -> None:
    # Guard: a masculine nested verb in a man's words is his.
    text = (
        "قالت الطبيبة سلمى العابد إن حالة المريض مستقرة. "
        "وقال الشقيق كريم الماجري إنه يثق في التقرير والنتائج التي قالها بأن الخطر زال أمس."
    )
    nested = [q for q in quotes_of(text) if q.cue.text == "قالها"]
    assert len(nested) == 1
    assert nested[0].speaker_name == "كريم الماجري"
