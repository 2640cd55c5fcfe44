"""Quote stage, sixth round on issue 19: nominal quotes (the cue's complement is a noun or
prepositional phrase) and reports nested in quoted speech. Every sentence here is written for
the test; each rule has a look-alike that must not change.
"""

from __future__ import annotations

from quote_helpers import quote_with

from qawl.document import Document, Mention, Quote
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(text: str, persons: tuple[str, ...] = ()) -> list[Quote]:
    doc = Document(id="t", text=text)
    for name in persons:  # what the gazetteer or NER would have found
        start = text.index(name)
        doc.mentions.append(Mention(start, start + len(name), name, "PER", source="gazetteer"))
    QuoteAttributor().process([doc])
    return doc.quotes


def cues(quotes: list[Quote]) -> list[str]:
    return [q.cue.text for q in quotes if q.cue is not None]


# ---------------------------------------------------------------- an adverbial before the complement


def test_prepositional_adverbial_between_a_near_cue_and_its_preposition() -> None:
    text = 'وأوضح المكتب أن الوزير عبر في الاجتماع عن "قلقه العميق" من التصعيد.'
    quotes = quotes_of(text)
    nested = [q for q in quotes if q.cue is not None and q.cue.text == "عبر"]
    assert len(nested) == 1 and nested[0].kind == "nominal"
    assert nested[0].content.text.startswith('"قلقه العميق"')
    assert cues(quotes) == ["وأوضح", "عبر"]


def test_via_followed_by_a_noun_stays_a_preposition() -> None:
    assert quotes_of("ومرت الشاحنات عبر المعبر في الصباح عن طريق الأردن.") == []


# ---------------------------------------------------------------- a report inside quoted speech


def test_nested_report_ends_where_its_quotation_closes() -> None:
    text = 'وقال الناطق إن الأمين العام "يدعو إلى وقف فوري لإطلاق النار" في المدينة.'
    quotes = quotes_of(text)
    nested = [q for q in quotes if q.cue is not None and q.cue.text == "يدعو"]
    assert len(nested) == 1
    assert nested[0].kind == "nominal" and nested[0].content.text == "وقف فوري لإطلاق النار"


def test_nested_nominal_without_quotation_marks_is_not_a_quote() -> None:
    quotes = quotes_of("وقال الوزير إن الرئيس يدعو إلى الحوار.")
    assert cues(quotes) == ["وقال"]


# ---------------------------------------------------------------- an object after a VSO subject


def test_object_after_a_titled_name_is_a_nominal_quote() -> None:
    text = "أعلن رئيس الوزراء الإيطالي جوزيبي كونتي استعداد بلاده للحوار مع موسكو."
    quote = quote_with(quotes_of(text, ("جوزيبي كونتي",)), "استعداد")
    assert quote.kind == "nominal" and quote.content.text.startswith("استعداد بلاده")
    assert quote.speaker is not None and quote.speaker.text == "جوزيبي كونتي"


def test_preposition_after_a_titled_name_is_no_object() -> None:
    text = "أعلن رئيس الوزراء الإيطالي جوزيبي كونتي في روما."
    assert quotes_of(text, ("جوزيبي كونتي",)) == []


def test_verbal_noun_after_a_dropped_subject_is_the_object() -> None:
    quote = quote_with(quotes_of("وتوقع ارتفاع عدد الضحايا في الأيام المقبلة."), "الضحايا")
    assert quote.kind == "nominal" and quote.content.text.startswith("ارتفاع عدد")
    assert quote.speaker is None


def test_a_body_after_the_verb_is_the_subject_not_the_object() -> None:
    assert quotes_of("وتوقع اتحاد الشغل في تونس.") == []


# ---------------------------------------------------------------- حمّل X المسؤولية


def test_held_responsible_gives_the_responsibility_as_content() -> None:
    quote = quote_with(quotes_of("وحمّل الغنوشي الحكومة المسؤولية."), "المسؤولية")
    assert quote.kind == "nominal" and quote.content.text == "المسؤولية"
    assert quote.speaker is not None and quote.speaker.text == "الغنوشي"


def test_carried_is_no_speech() -> None:
    assert quotes_of("وحمل المتظاهرون لافتات كبيرة في الشارع.") == []


def test_adjective_after_a_definite_subject_stays_in_it_before_an_object() -> None:
    quote = quote_with(quotes_of("وطالب الاتحاد الأوروبي الحكومة بالإفراج عن المعتقلين."), "المعتقلين")
    assert quote.speaker is not None and quote.speaker.text == "الاتحاد الأوروبي"
