"""Attribution round 56: words taken as the subject that are not the speaker.

- "ومازال سكان القرى يطالبون"، "وظل المزارعون يؤكدون": a sister of كان (ظل، ما زال، لا يزال، بات،
  أصبح) opens the clause like كان; it is no part of the fronted subject that follows it, and when it
  stands right before the verb of saying ("الجماهير ما زالت ترى") the subject is before it.
- "في ظل الأزمة": after a preposition ظل is the noun "shade", no verb.
- "وأوضح " أنا …": a first or second person pronoun after a verb in the third person opens the
  words said; the subject is dropped and carried from the last speaker.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_verb_of_being_is_not_part_of_the_fronted_subject() -> None:
    quote = quote_with(quotes_of("ومازال سكان القرى يطالبون منذ سنوات بإصلاح الطرق."), "بإصلاح الطرق")
    assert quote.speaker is not None
    assert quote.speaker.text == "سكان القرى"
    quote = quote_with(quotes_of("وظل المزارعون يؤكدون أن الموسم صعب."), "الموسم صعب")
    assert quote.speaker is not None
    assert quote.speaker.text == "المزارعون"


def test_subject_before_ma_zala_right_before_the_verb() -> None:
    text = "تراجع الدعم هذا العام، لأن اللجنة الأولمبية ما زالت ترى أن الرياضات الأخرى ثانوية."
    quote = quote_with(quotes_of(text), "ثانوية")
    assert quote.speaker is not None
    assert quote.speaker.text == "اللجنة الأولمبية"


def test_zill_after_a_preposition_is_a_noun() -> None:
    text = "وفي ظل الاهتمام الرسمي بالمشروع، تحدثنا عن المدينة القديمة."
    for quote in quotes_of(text):
        assert quote.speaker is None or "الاهتمام" not in quote.speaker.text


def test_first_person_pronoun_after_third_person_verb_is_no_subject() -> None:
    text = 'قال المدرب سامي الورتاني إن الفريق جاهز. وأوضح " أنا "سعيد بما قدمه اللاعبون".'
    quote = quote_with(quotes_of(text), "سعيد بما قدمه")
    assert quote.speaker is None
    assert quote.speaker_name == "سامي الورتاني"


def test_pronoun_after_first_person_verb_stays_subject() -> None:
    text = "وأكدنا نحن والنقابة أن الاتفاق نهائي."
    quote = quote_with(quotes_of(text), "الاتفاق نهائي")
    assert quote.speaker is not None
    assert quote.speaker.text.startswith("نحن")
