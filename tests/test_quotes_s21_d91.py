"""Detection rules of the twenty-first session, round d91 (issue 19, item 5): verbs that name
a topic with their bare object report only a saying, a claim or what was told ("told"). Every
sentence here is written for the test."""

from __future__ import annotations

from qawl.extractors.quotes.lexicon import TOLD_OBJECTS, load_cues
from tests.quote_helpers import quote_with, quotes_of


def _contents(text: str) -> list[str]:
    return [q.content.text for q in quotes_of(text)]


def test_dealing_with_claims_reports_them() -> None:
    quote = quote_with(quotes_of("وتناولت المذيعة في حلقتها الأخيرة مزاعم فساد في عقود الموانئ."), "مزاعم")
    assert quote.kind == "nominal"
    assert quote.cue is not None and quote.cue.text == "وتناولت"
    assert quote.content.text.startswith("مزاعم فساد")


def test_discussing_the_reasons_reports_them() -> None:
    quote = quote_with(quotes_of("وناقش الخبراء أسباب تراجع الإنتاج الزراعي في الجنوب."), "أسباب")
    assert quote.cue is not None and quote.cue.text == "وناقش"
    assert quote.speaker is not None and quote.speaker.text == "الخبراء"


def test_a_told_noun_with_its_owner_is_the_object() -> None:
    # "تناول في كلمته مواقفه من …": the noun with its owner's pronoun is still what was told.
    quote = quote_with(quotes_of("وتناول المرشح في كلمته مواقفه من قضايا الهجرة والضرائب."), "مواقفه")
    assert quote.cue is not None and quote.cue.text == "وتناول"


def test_a_told_noun_past_a_preposition_is_another_phrases() -> None:
    # "discussed the annual report on the Vision …": رؤية is in the genitive past عن, not the object.
    assert _contents("كما ناقش المجلس التقرير السنوي عن رؤية الحكومة للإصلاح.") == []


def test_eating_is_no_report() -> None:
    # With its subject before it, a bare object would open at once ("الجنود يتناولون …").
    assert _contents("وكان الجنود يتناولون الطعام في المعسكر عندما وقع الانفجار.") == []


def test_discussing_a_budget_is_no_report() -> None:
    assert _contents("وناقش المجلس الميزانية العامة للدولة في جلسته الأخيرة.") == []


def test_a_discussion_is_no_participle() -> None:
    # مناقشة is the noun "discussion", not ناقش's participle: the report stays أعلن's.
    quote = quote_with(
        quotes_of("وكان الوزير أعلن بمناسبة مناقشة ميزانية وزارته في البرلمان أن الجيش سيجند الشابات."),
        "سيجند",
    )
    assert quote.cue is not None and quote.cue.text == "أعلن"
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_told_verbs_need_the_told_nouns() -> None:
    cues = load_cues()
    for form in ("تناولت", "يناقش", "متناولا"):
        cue = cues.forms[form]
        assert cue.frames >= TOLD_OBJECTS
    assert "مناقشه" not in cues.forms or cues.forms["مناقشه"].lemma != "ناقش"


def test_an_untold_verb_does_not_end_a_content() -> None:
    # "the meeting … discussed the situation": without a told noun ناقش is no verb of saying,
    # and the clause reported after فإن goes on past it.
    quote = quote_with(
        quotes_of("وبحسب وكالة الأنباء الرسمية، فإن اللقاء الذي حضره المبعوث الخاص، ناقش الأوضاع في البلاد."),
        "اللقاء",
    )
    assert quote.content.text.endswith("ناقش الأوضاع في البلاد")


def test_marks_further_on_do_not_make_a_told_verb() -> None:
    # The marks hold a phrase of the clause ("مناقشة ودية"), no saying of تناولا's.
    quote = quote_with(
        quotes_of('وقال المكتب إن الرئيس طلب اللقاء، وإنهما تناولا قضايا التجارة خلال "مناقشة ودية للغاية".'),
        "طلب",
    )
    assert "تناولا قضايا التجارة" in quote.content.text


# --- نقل "the transfer of" as the object of a verb that takes one before its content --------


def test_a_transfer_as_the_object_does_not_end_the_walk() -> None:
    # "describes the transfer of the embassy as …": نقل without عن is the verbal noun.
    quote = quote_with(quotes_of("ويصف الوزير نقل السفارة إلى المدينة بأنه خطوة خطيرة."), "خطوة")
    assert quote.cue is not None and quote.cue.text == "ويصف"
    assert quote.speaker is not None and quote.speaker.text == "الوزير"


def test_a_relay_with_its_conjunction_is_still_a_verb() -> None:
    quote = quote_with(quotes_of("ووصف الوزير الخطة، ونقل عن مسؤول قوله إن الحكومة ستتراجع."), "ستتراجع")
    assert quote.cue is not None and quote.cue.text == "ونقل"
