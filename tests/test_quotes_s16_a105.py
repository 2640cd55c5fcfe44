"""Quote round s16/a105: the clause reader's subject.

- A sentence that opens with an indefinite noun and its adjective, described by a verbal clause
  whose object pronoun resumes it ("جدل واسع أثارته الفنانة …"), has no verb first: the noun is
  no verb and the adjective no title, so the woman named after the clause's verb keeps her gender.
- A sound masculine plural in construct ("مسؤولو الصحة") is a plural noun: the subject of a plural
  verb after كان … قد, even with a phrase between it and قد.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_an_indefinite_noun_described_by_a_clause_is_no_verb() -> None:
    text = (
        "جدل كبير أثارته الممثلة سلمى الخطيب خلال برنامج تلفزيوني مساء أمس. "
        "وذكرت أن دورها الجديد سيكون مختلفا عن كل ما قدمته من قبل."
    )
    assert quote_with(quotes_of(text), "دورها الجديد").speaker_name == "سلمى الخطيب"


def test_a_title_with_its_genitive_after_a_verb_is_still_the_subject() -> None:
    text = "انتقد كبير المفاوضين سامي الحداد الموقف الأخير للوفد الآخر. وأضاف أن الجولة المقبلة ستكون حاسمة."
    assert quote_with(quotes_of(text), "الجولة المقبلة").speaker_name == "سامي الحداد"


def test_a_plural_in_construct_is_the_subject_of_a_plural_verb_after_qad() -> None:
    text = (
        "وكان ممثلو النقابات في الولاية قد حذروا من إغلاق المصانع، لافتين إلى أن آلاف العمال سيفقدون وظائفهم."
    )
    quotes = quotes_of(text)
    assert quote_with(quotes, "إغلاق المصانع").speaker_name == "ممثلو النقابات في الولاية"
    assert quote_with(quotes, "آلاف العمال").speaker_name == "ممثلو النقابات في الولاية"


def test_a_title_before_a_noun_in_ta_marbuta_is_no_described_noun() -> None:
    text = (
        "قالت المديرة ليلى الحداد إن الأرقام دقيقة. أما عضو لجنة الصحة في البلدية، سلمى الخطيب، "
        "فقد شككت في هذه الأرقام، قائلة إن العدد الحقيقي أعلى بكثير."
    )
    assert quote_with(quotes_of(text), "العدد الحقيقي").speaker_name == "سلمى الخطيب"
