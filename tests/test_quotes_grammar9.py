"""Quote stage, ninth round on issue 19: أمّا … فـ topics, a number inside a title chain, a given
name spelt like a town, كلٌّ من X و Y with the dual and plural that continue the pair, and cue
lemmas علّل/فسّر بـ and اقترح. Every sentence here is written for the test.
"""

from __future__ import annotations

from quote_helpers import quote_with

from qawl.document import Document, Mention, Quote
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(text: str, places: tuple[str, ...] = ()) -> list[Quote]:
    doc = Document(id="t", text=text)
    for place in places:
        start = text.index(place)
        doc.mentions.append(Mention(start, start + len(place), place, "LOC", source="gazetteer"))
    QuoteAttributor().process([doc])
    return doc.quotes


# ---------------------------------------------------------------- أمّا X فـ


TOPIC = (
    "واعتبر الوزير كمال الجندوبي أن الإصلاح ضروري وعاجل أما رئيس النقابة الأستاذ منير الحمامي "
    "فقد أكد أن الإضراب قائم."
)


def test_amma_topic_ends_the_clause_before_it() -> None:
    quote = quote_with(quotes_of(TOPIC), "الإصلاح")
    assert quote.content.text == "الإصلاح ضروري وعاجل"


def test_amma_topic_is_the_subject_of_the_verb_after_fa() -> None:
    quote = quote_with(quotes_of(TOPIC), "الإضراب")
    assert quote.speaker_name == "منير الحمامي"


def test_imma_either_or_does_not_end_the_clause() -> None:
    text = "وقال الوزير كمال الجندوبي إن الحل إما الحوار أو المواجهة فقد طال الانتظار."
    quote = quote_with(quotes_of(text), "الحل")
    assert "المواجهة" in quote.content.text


# ---------------------------------------------------------------- a number in a title chain


def test_number_after_a_definite_genitive_stays_in_the_title() -> None:
    text = "وقالت رئيسة جمعية الفصل 20 بصفاقس نجلاء المرزوقي إن التمويل تراجع."
    quote = quote_with(quotes_of(text), "التمويل")
    assert quote.speaker is not None and quote.speaker.text == "نجلاء المرزوقي"


def test_a_count_after_the_title_is_no_part_of_it() -> None:
    text = "وقال رئيس مجموعة العشرين 3 مرات إن الاتفاق ممكن."
    quote = quote_with(quotes_of(text), "الاتفاق")
    assert quote.speaker is not None and "3" not in quote.speaker.text


# ---------------------------------------------------------------- a given name spelt like a town


def test_given_name_spelt_like_a_town_before_a_family_name() -> None:
    text = "وقالت مديرة الجمعية سلوى غزواني إن الهيئة لم تتشكل."
    quote = quote_with(quotes_of(text, places=("سلوى",)), "الهيئة")
    assert quote.speaker_name == "سلوى غزواني"


def test_a_town_alone_after_a_title_is_still_an_object() -> None:
    text = "وزار المتحدث باسم الخارجية تونس أمس وقال إن العلاقات جيدة."
    quote = quote_with(quotes_of(text, places=("تونس",)), "العلاقات")
    assert quote.speaker_name == "المتحدث باسم الخارجية"


# ---------------------------------------------------------------- كلٌّ من X و Y


PAIR = (
    "اعتبر كل من الأستاذ الجامعي عماد الزواري و مديرة الجمعية سنية الشابي أن القانون "
    "منقوص. وبيّنا أن النصوص التطبيقية لم تصدر، مبرزين أن الآجال قصيرة."
)


def test_each_of_two_parties_is_one_speaker_named_for_both() -> None:
    quote = quote_with(quotes_of(PAIR), "منقوص")
    assert quote.speaker_name == "عماد الزواري وسنية الشابي"


def test_dual_and_plural_continue_the_pair() -> None:
    quotes = quotes_of(PAIR)
    assert quote_with(quotes, "النصوص").speaker_name == "عماد الزواري وسنية الشابي"
    assert quote_with(quotes, "الآجال").speaker_name == "عماد الزواري وسنية الشابي"


def test_singular_after_one_speaker_is_not_a_pair() -> None:
    quotes = quotes_of("وقال الوزير كمال الجندوبي إن الوضع هادئ. وأكد أن الحوار متواصل.")
    assert quote_with(quotes, "الحوار").speaker_name == "كمال الجندوبي"


# ---------------------------------------------------------------- علّل/فسّر بـ، اقترح


def test_explained_by_is_a_nominal_cue() -> None:
    quote = quote_with(quotes_of("وعلّل الوزير كمال الجندوبي هذا التأخير بنقص الموارد."), "الموارد")
    assert quote.kind == "nominal" and quote.content.text == "بنقص الموارد"


def test_explaining_participle_continues_the_speaker() -> None:
    quotes = quotes_of("وقال الوزير كمال الجندوبي إن النمو تراجع، مفسرا الأمر بتراجع الاستثمار.")
    assert quote_with(quotes, "الاستثمار").speaker_name == "كمال الجندوبي"


def test_the_plural_noun_ilal_is_no_cue() -> None:
    assert quotes_of("ويعاني المريض من علل كثيرة بسبب التدخين.") == []


def test_proposed_that_is_a_cue() -> None:
    quote = quote_with(quotes_of("واقترح الوزير كمال الجندوبي أن يتم إحداث صندوق للتضامن."), "صندوق")
    assert quote.speaker_name == "كمال الجندوبي"


def test_dual_skips_a_single_speaker_back_to_the_pair() -> None:
    text = (
        "اعتبر كل من الأستاذ الجامعي عماد الزواري و مديرة الجمعية سنية الشابي أن القانون منقوص. "
        "وقال الوزير كمال الجندوبي إن النصوص جاهزة. وأكدا أن الآجال قصيرة."
    )
    assert quote_with(quotes_of(text), "الآجال").speaker_name == "عماد الزواري وسنية الشابي"
