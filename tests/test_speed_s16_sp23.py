"""Speed round sp23 (issue 18): three calls in the quote stage's cue reading and trigger search
are now made only where their own first test can hold, asked inline before the call:

- cues.read_cues asks anonymity_request only when عدم stands right before the cue or one or two
  words after it;
- triggers.find_trigger asks _resumed_complement only when a relative stands right before the cue;
- triggers.find_trigger asks _event_adverbial only at an occasion or event preposition.

Each guard is a necessary condition of the function it stands before, so the skipped calls are
exactly those that answered False. These tests pin that on sentences of my own, at every token
and with every cue the sentences hold, and that each function still answers True where asked."""

from __future__ import annotations

import pytest
from quote_helpers import view_of

from qawl.document import Document
from qawl.extractors.quotes import cues as cues_module
from qawl.extractors.quotes import triggers
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.lexicon import Cue
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import RELATIVES

# Sentences of my own: requests not to be named (عدم right after the verb, after a condition,
# right before the verbal noun), relatives taken up by the verb's preposition with a pronoun
# (بما … به، التي … إليها، ما … عنه), adverbials of the event with their own على before أنّ
# (لدى إشرافه على، بمناسبة التوقيع على، عند اطلاعه على), and plain reports.
TEXTS = [
    "وأكد المصدر، الذي طلب عدم ذكر اسمه، أن المفاوضات مستمرة منذ أسابيع.",
    "وتحدث المسؤول مشترطا عدم الكشف عن هويته، وقال إن الخطة جاهزة للتنفيذ.",
    "وأشاد الوزير بما صرح به رئيس البلدية، وبالمبادرة التي دعا إليها المجلس المحلي.",
    "ورحبت النقابة بما أعلنت عنه الحكومة أمس، ونفت ما تحدثت عنه الصحف.",
    "وأكد الرئيس لدى إشرافه على افتتاح المعرض أن الصناعة المحلية تتعافى.",
    "وقال المدير بمناسبة التوقيع على العقد، إن الشراكة قوية، وأوضح عند اطلاعه على النتائج أن الأرقام جيدة.",
    "وأوضح خلال اجتماعه على هامش القمة أن الأمر محسوم، وشدد في كلمته على ضرورة التهدئة.",
    "وطالب النواب بعدم نشر اسمه، وأعلن الحزب عن مرشحه، وقال إن الانتخابات ستجرى في موعدها.",
]


@pytest.fixture(scope="module")
def views(attributor: QuoteAttributor) -> list[DocView]:
    return [view_of(attributor, text) for text in TEXTS]


def _all_cues(views: list[DocView]) -> list[Cue]:
    found = {id(cue): cue for view in views for cue in view.cues if cue is not None}
    return list(found.values())


def test_anonymity_guard_is_necessary(views: list[DocView]) -> None:
    """read_cues' guard: wherever anonymity_request holds, عدم is in bare[i-1 : i+3]."""
    held = 0
    for view in views:
        for i in range(len(view)):
            guard = cues_module._NOT in view.bare[max(i - 1, 0) : i + 3]
            answer = triggers.anonymity_request(view, i)
            if answer:
                held += 1
                assert guard, (view.doc.text, i)
    assert held >= 3


def test_resumed_complement_guard_is_necessary(views: list[DocView]) -> None:
    """find_trigger's guard: wherever _resumed_complement holds, a relative stands before the cue;
    asked at every token with every cue of the sentences."""
    cue_list = _all_cues(views)
    assert len(cue_list) >= 8
    held = 0
    for view in views:
        for i in range(len(view)):
            guard = i >= 1 and (view.bare[i - 1] in RELATIVES or view.bare[i - 1] in triggers._WHAT_RELATIVES)
            for cue in cue_list:
                answer = triggers._resumed_complement(view, i, cue)
                if answer:
                    held += 1
                    assert guard, (view.doc.text, i, cue.lemma)
    assert held >= 3


def test_event_adverbial_guard_is_necessary(views: list[DocView]) -> None:
    """find_trigger's guard: wherever _event_adverbial holds, the word is an occasion or event
    preposition; asked at every token with every limit up to the sentence's end."""
    held = 0
    for view in views:
        n = len(view)
        for j in range(n):
            guard = (
                view.bare[j] in triggers._OCCASION_PREPOSITIONS
                or view.bare[j] in triggers._EVENT_PREPOSITIONS
            )
            for limit in (n, min(n, j + 6), min(n, j + 12)):
                if triggers._event_adverbial(view, j, limit):
                    held += 1
                    assert guard, (view.doc.text, j)
    assert held >= 2


def test_guarded_calls_answer_false_inside_the_stage(
    attributor: QuoteAttributor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the whole quote stage on the sentences, each guarded helper is still reached and
    still answers True where its construction stands: the guards do not shut a helper off."""
    seen: dict[str, list[bool]] = {"resumed": [], "event": [], "anonymity": []}
    original_resumed, original_event = triggers._resumed_complement, triggers._event_adverbial
    original_anonymity = cues_module.anonymity_request

    def resumed(view: DocView, cue_index: int, cue: Cue) -> bool:
        answer = original_resumed(view, cue_index, cue)
        seen["resumed"].append(answer)
        return answer

    def event(view: DocView, j: int, limit: int) -> bool:
        answer = original_event(view, j, limit)
        seen["event"].append(answer)
        return answer

    def anonymity(view: DocView, i: int) -> bool:
        answer = original_anonymity(view, i)
        seen["anonymity"].append(answer)
        return answer

    monkeypatch.setattr(triggers, "_resumed_complement", resumed)
    monkeypatch.setattr(triggers, "_event_adverbial", event)
    monkeypatch.setattr(cues_module, "anonymity_request", anonymity)
    for text in TEXTS:
        attributor.find(Document("d", text))
    # Each helper is still reached, and answers True somewhere, through its guard.
    assert any(seen["resumed"]) and any(seen["event"]) and any(seen["anonymity"])
