"""Quote round a60: the antecedent of a dropped subject is the subject of the governing clause.

- "…، وندد رئيس الوزراء بـ… ورأى …": و after a comma opens a coordinated clause, verb first; a
  subjectless cue later in that clause goes on with its subject (a title or a body), not with a
  speaker of an earlier sentence. It serves its own sentence only.
- "لكن واشنطن تراقب …، مؤكدة": a place or body the earlier stages found, put before its verb,
  ends where that mention ends; the imperfect after it is the verb, and the participle that
  goes on with the clause agrees with it.
- "إلا أن السلطات الرسمية في الولاية أكدت": after "but" (إلا أنّ، غير أنّ) the noun of أنّ is the
  subject of the main clause, an adverbial between it and the verb or not.
- A definite dual (الزوجان، الشرطيان) is two people: a later verb in the dual (وأكدا، وطلبا)
  goes on with it, in its own sentence or after it; a relative before the verb (الذين يقولون)
  has its own antecedent.
- "فاعلا" right after a quotation mark or comma with no conjunction is the participle of state
  (طالبا "requesting") of one speaker, not a dual perfect.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, record_quotes

from qawl.pipeline import Pipeline


def test_coordinated_clause_subject_after_comma() -> None:
    text = (
        "وقالت الكاتبة ليلى حداد إن الحملة ناجحة. واحتدم الجدل بين الطرفين، وحضر وزير الثقافة "
        'إلى المعرض ورأى أنه "إساءة للذوق العام".'
    )
    quote = quote_with(quotes_of(text), "إساءة")
    assert quote.speaker is None
    assert quote.speaker_name == "وزير الثقافة"


def test_coordinated_clause_subject_stays_in_its_sentence() -> None:
    text = (
        "وقال المتحدث باسم الشركة سامر يوسف إن الأرباح تراجعت. وهبطت الأسهم، وخسر رئيس البورصة "
        "منصبه. وأضاف أن الشركة ستعيد هيكلة ديونها."
    )
    quote = quote_with(quotes_of(text), "هيكلة")
    assert quote.speaker_name == "سامر يوسف"


def test_fronted_place_before_imperfect(pipeline: Pipeline) -> None:
    text = "وقال قائد القوات الأميركية إن الوضع هادئ. لكن فرنسا تتابع هذه التحركات، مشيرة إلى أنها سترد بحزم."
    found = [q for q in record_quotes(pipeline, text) if "سترد" in q["content"]["text"]]
    assert found
    assert found[0]["speaker_name"] == "فرنسا"


def test_noun_of_but_that_before_an_adverbial() -> None:
    text = "وقال الأب إن الأمر مؤلم، إلا أن السلطات الرسمية في المدينة أكدت أن الاسم مرفوض."
    quote = quote_with(quotes_of(text), "مرفوض")
    assert quote.speaker is not None
    assert quote.speaker.text == "السلطات الرسمية"


def test_dual_verb_goes_on_with_definite_dual() -> None:
    text = "وقال الشقيقان إنهما سعيدان بالحكم. وأكدا أن القضية أخذت وقتا طويلا."
    quote = quote_with(quotes_of(text), "وقتا طويلا")
    assert quote.speaker_name == "الشقيقان"


def test_dual_verb_in_the_clause_of_a_dual_subject() -> None:
    text = "وقال الحارس إن المبنى آمن. وصافح الحارسان الزوار وطلبا منهم أن يبرزوا بطاقاتهم."
    quote = quote_with(quotes_of(text), "بطاقاتهم")
    assert quote.speaker_name == "الحارسان"


def test_relative_before_plural_verb_is_not_the_dual() -> None:
    text = "وقال الوسيط إن المحادثات مستمرة. وأثار القراران غضب السكان الذين يقولون إن الوسيط منحاز."
    quote = quote_with(quotes_of(text), "منحاز")
    assert quote.speaker_name != "القراران"


def test_participle_of_state_after_quotation_mark() -> None:
    text = (
        'وأكد المتهمان أنهما نادمان. وقال سامي للقاضي: "لقد أخطأت في حق بلدي" طالبا من المحكمة أن تمنحه فرصة.'
    )
    quote = quote_with(quotes_of(text), "تمنحه")
    assert quote.speaker_name == "سامي"
