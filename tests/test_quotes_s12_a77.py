"""Quote stage, attribution round a77 on issue 19: a word after the cue that cannot be its subject.
A masculine verb before a place that speaks with a feminine verb (الجزائر، تونس) has the place as
its object ("ودعا الجزائر إلى …"); a feminine verb before a masculine noun that carries the
feminine pronoun of the dropped subject has that noun as its object ("وتابعت حديثها"); a noun
with a preposition written on it (لجمهوره، بزملائها) is a complement, never the subject; and an
interrogative (كيف، لماذا) opens an indirect question, the verb's object. In each case the subject
is dropped and the speaker goes on from the one before.
Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with, quotes_of, speakers_and_names

from qawl.pipeline import Pipeline


def test_a_feminine_country_after_a_masculine_verb_is_its_object(pipeline: Pipeline) -> None:
    text = (
        "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحوار بين البلدين. "
        "ودعا الجزائر إلى المشاركة في الاجتماع المقبل."
    )
    assert speakers_and_names(pipeline, text)[-1] == (None, "إيمانويل ماكرون")


def test_a_masculine_country_after_a_masculine_verb_is_its_subject(pipeline: Pipeline) -> None:
    # العراق takes a masculine verb: "وأعلن العراق" keeps العراق as its subject.
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحوار. وأعلن العراق أنه سيشارك في الاجتماع."
    assert speakers_and_names(pipeline, text)[-1][0] == "العراق"


def test_a_feminine_country_after_a_feminine_verb_is_its_subject(pipeline: Pipeline) -> None:
    text = "قال الرئيس الفرنسي إيمانويل ماكرون إن باريس تدعم الحوار. وأعلنت الجزائر أنها ستشارك في الاجتماع."
    assert speakers_and_names(pipeline, text)[-1][0] == "الجزائر"


def test_a_noun_with_the_feminine_pronoun_after_a_feminine_verb_is_its_object() -> None:
    text = (
        "قالت الوزيرة سلمى الرياحي إن الحكومة ستراجع القانون. "
        'وتابعت حديثها في المؤتمر: "لن نتراجع عن الإصلاح مهما كانت الضغوط".'
    )
    quote = quote_with(quotes_of(text), "لن نتراجع")
    assert quote.speaker is None
    assert quote.speaker_name == "سلمى الرياحي"


def test_a_relative_with_the_feminine_pronoun_is_still_a_subject() -> None:
    # "وقالت والدتها": a noun in ة agrees with the feminine verb, so it is the subject.
    text = "وقالت والدتها إن الفتاة ستعود إلى المدرسة الأسبوع المقبل."
    quote = quote_with(quotes_of(text), "ستعود إلى المدرسة")
    assert quote.speaker is not None and quote.speaker.text == "والدتها"


def test_a_noun_with_a_preposition_written_on_it_is_no_subject() -> None:
    text = "قال المغني كمال العيادي إن الألبوم جاهز. وأوضح لمتابعيه أنه سيطرح الألبوم الجديد في الصيف المقبل."
    quote = quote_with(quotes_of(text), "سيطرح الألبوم")
    assert quote.speaker is None
    assert quote.speaker_name == "كمال العيادي"


def test_an_interrogative_after_the_cue_is_no_subject() -> None:
    text = 'قال الباحث كمال العيادي إن الدراسة شملت ألف طالب. واستغرب كيف أن "الجامعات لا تهتم بهذه النتائج".'
    quote = quote_with(quotes_of(text), "الجامعات لا تهتم")
    assert quote.speaker is None or "كيف" not in quote.speaker.text


def test_a_body_after_a_definite_title_is_the_object_of_an_accusing_verb() -> None:
    # "واتهم الوزير حزب النهضة": a definite title takes no genitive and a name never opens with
    # a body's head word, so the party is the one accused and the minister speaks.
    text = (
        "قال وزير الداخلية كمال العيادي إن الوضع مستقر. واتهم الوزير حزب النهضة بعرقلة الإصلاحات في البلاد."
    )
    quote = quote_with(quotes_of(text), "بعرقلة الإصلاحات")
    assert quote.speaker is not None and quote.speaker.text == "الوزير"
    assert quote.speaker_name == "كمال العيادي"


def test_a_definite_body_after_a_definite_title_is_the_object() -> None:
    text = "وطالبت المعارضة الحكومة بالاستقالة الفورية بعد فشل الخطة."
    quote = quote_with(quotes_of(text), "بالاستقالة")
    assert quote.speaker is not None and quote.speaker.text == "المعارضة"


def test_a_title_with_its_genitive_body_stays_whole() -> None:
    # "رئيس حزب النهضة": an indefinite title takes the body as its genitive; it is the subject.
    text = "ودعا رئيس حزب النهضة الحكومة إلى فتح حوار وطني."
    quote = quote_with(quotes_of(text), "فتح حوار")
    assert quote.speaker is not None and quote.speaker.text.startswith("رئيس حزب النهضة")
