"""Quote round a69: a speaker's name does not run on into a verb or the verb's object.

- "الملك X يتصل بـ"، "الأمير X يعود إلى"، "السيدة X تشعر أن": after a title, an imperfect verb in
  the third person (a derived form, or a simple one before a preposition or complementizer) is
  the predicate of a headline or a fronted subject, no word of the holder's name.
- "وزير الخارجية يلتقي …": the form VIII imperfect opens no name.
- "ووصف X تقرير صندوق النقد بأنه": before the object of وصف/اتهم, a verbal noun of the form
  تفعيل governing a genitive after a one-word name begins the object.
- Guards: given names that look like imperfects (يحيى، يزيد، يوسف، تامر، توفيق) stay in the name.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of


def test_derived_imperfect_after_a_titled_name_is_the_verb() -> None:
    text = (
        "وقال الأمير فهد بن سالم إن المحادثات مثمرة. "
        "الأمير فهد بن سالم يتصل بنظيره الكويتي ويؤكد أن العلاقات متينة."
    )
    quote = quote_with(quotes_of(text), "العلاقات متينة")
    assert quote.speaker_name == "فهد بن سالم"


def test_simple_imperfect_before_a_preposition_is_the_verb() -> None:
    text = "الأمير فهد بن سالم يعود إلى الرياض غدا. ونفى فهد بن سالم أن تكون المفاوضات قد توقفت."
    quote = quote_with(quotes_of(text), "المفاوضات قد توقفت")
    assert quote.speaker_name == "فهد بن سالم"


def test_simple_imperfect_before_a_complementizer_is_the_verb() -> None:
    text = "لكن السيدة مارتا تشعر أن الشركة تتهرب. وقالت مارتا إن الإدارة لم ترد على رسائلها."
    quote = quote_with(quotes_of(text), "الإدارة لم ترد")
    assert quote.speaker_name == "مارتا"


def test_form_eight_imperfect_opens_no_name_after_a_title() -> None:
    text = (
        "وزير الخارجية الفرنسي يلتقي رئيس الوزراء في باريس. وقال وزير الخارجية الفرنسي إن اللقاء كان إيجابيا."
    )
    quote = quote_with(quotes_of(text), "اللقاء كان إيجابيا")
    assert quote.speaker_name != "يلتقي"


def test_verbal_noun_object_after_a_one_word_name() -> None:
    quote = quote_with(quotes_of("ووصف رياض تقرير لجنة المراقبة بأنه منحاز."), "منحاز")
    assert quote.speaker_name == "رياض"


def test_given_names_shaped_like_verbs_stay_in_the_name() -> None:
    text = "وقال المدرب عادل يزيد إن الفريق جاهز. وأكد المدير محمد يحيى أن الملعب سيفتح إلى الجمهور."
    quotes = quotes_of(text)
    assert quote_with(quotes, "الفريق جاهز").speaker_name == "عادل يزيد"
    assert quote_with(quotes, "الملعب سيفتح").speaker_name == "محمد يحيى"


def test_given_name_tawfiq_after_a_name_is_no_verbal_noun() -> None:
    quote = quote_with(quotes_of("ووصف أحمد توفيق تقرير اللجنة بأنه منحاز."), "منحاز")
    assert quote.speaker_name == "أحمد توفيق"


def test_derived_imperfect_opens_no_speaker_phrase() -> None:
    text = "وقال الوزير إن الميزانية جاهزة. وفيما يتعلق بالضرائب الجديدة، قال إن الحكومة ستراجعها."
    quote = quote_with(quotes_of(text), "الحكومة ستراجعها")
    assert quote.speaker_name == "الوزير"
