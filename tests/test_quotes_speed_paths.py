"""The quote stage's fast paths give the answers of the plain logic they replace: the given name
written before a one-word speaker is read for that word alone, when asked, instead of by a scan
of the whole document for every word; a person entity's name endings are a set built once.
Real news text (the bundled samples, and ../shared's news when present) and sentences written
for the test."""

from __future__ import annotations

from pathlib import Path

import orjson
from conftest import FIXTURES, shared_path
from quote_helpers import quote_with, quotes_of

from qawl.document import Document, Entity
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.names import (
    NameIndex,
    _introduces_a_name,
    _reads_as_given_name,
    given_names_before,
    name_words,
)
from qawl.extractors.quotes.view import DocView

WRITTEN = [
    "وفاز بالسباق الأسترالي جورج كورونيس، الذي سيحتفل غدا. وقال كورونيس إن السباق صعب.",
    "ونقلت الصحيفة عن محام آخر لترامب، رودي جولياني، أن الدفع تم. وقال جولياني إن الدفع قانوني.",
    "وقال وزير المخابرات إسرائيل كاتس إن الرد قادم. وأضاف كاتس أن الجيش مستعد، وقال إسرائيل كاتس ذلك.",
    "وفاز بالسباق الأسترالي جورج كورونيس، الذي سيحتفل غدا، وحل ثانيا الأمريكي جون كورونيس، الذي تعب. "
    "وقال كورونيس إنه سعيد.",
]


def _texts(path: Path, limit: int | None = None) -> list[str]:
    lines = path.read_bytes().splitlines()[:limit]
    return [orjson.loads(line)["text"] for line in lines if line.strip()]


def _view(text: str, attributor: QuoteAttributor) -> DocView:
    return DocView(
        Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features
    )


def _plain_given_names_before(view: DocView) -> dict[str, set[str]]:
    """The scan of attribution round 21, word by word over the whole document, as written then."""
    found: dict[str, set[str]] = {}
    for k in range(2, len(view) - 1):
        given, lead = k - 1, k - 2
        if not view.is_word(k) or not view.is_word(given) or not _reads_as_given_name(view, given):
            continue
        if view.is_comma(lead):
            if not view.is_comma(k + 1) or view.tokens[lead].end == view.tokens[given].start:
                continue
        elif not (view.is_word(lead) and _introduces_a_name(view, lead)):
            continue
        family = view.keys[k]
        if family.startswith("ال") or view.cues[k] is not None or view.title_state(view.bare[k]) is not None:
            continue
        found.setdefault(family, set()).add(f"{view.tokens[given].text} {view.tokens[k].text}")
    return found


def _assert_given_names_as_plain(texts: list[str]) -> int:
    """Every key of every text asked alone, against the whole-document scan; the number of
    keys that have a given name (so that the comparison is not of empty sets only)."""
    attributor = QuoteAttributor()
    found = 0
    for text in texts:
        view = _view(text, attributor)
        plain = _plain_given_names_before(view)
        for key in set(view.keys):
            assert given_names_before(view, key) == plain.get(key, set()), key
        found += len(plain)
    return found


def test_given_names_read_for_one_word_as_by_the_whole_document_scan() -> None:
    texts = WRITTEN + _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")
    assert _assert_given_names_as_plain(texts) >= 5


def test_given_names_read_for_one_word_as_by_the_whole_document_scan_on_news() -> None:
    path = shared_path("data", "news", "ant_jawharafm.jsonl")
    assert _assert_given_names_as_plain(_texts(path, 300)) > 0


def test_a_given_name_at_the_documents_edges() -> None:
    attributor = QuoteAttributor()
    # The family name as the last token, and as the second: no word after or before to read.
    for text in ("قال الوزير جورج كورونيس", "جورج كورونيس قال", "كورونيس", ""):
        view = _view(text, attributor)
        plain = _plain_given_names_before(view)
        for key in set(view.keys) | {"كورونيس"}:
            assert given_names_before(view, key) == plain.get(key, set())


def test_one_given_name_names_the_speaker_two_leave_him_alone() -> None:
    assert quote_with(quotes_of(WRITTEN[0]), "السباق صعب").speaker_name == "جورج كورونيس"
    # Two given names before the same family name: the document does not say which one speaks.
    assert quote_with(quotes_of(WRITTEN[3]), "سعيد").speaker_name == "كورونيس"


def _plain_person_closing(names: NameIndex, words: tuple[str, ...]) -> bool:
    """person_closing of attribution round 20: the entities read again at each question."""
    if not words:
        return False
    width = len(words)
    if words in names._people and words not in names._unfit:
        return True
    people = names.entities.entities.values() if names.entities else ()
    return any(e.label == "PER" and name_words(e.name)[-width:] == words for e in people)


def test_person_closing_as_the_plain_reading_of_the_entities() -> None:
    text = "وقال رئيس الجمهورية الباجي قائد السبسي إن الحوار مستمر. وأضاف السبسي أن الوضع صعب."
    doc = Document("d", text)
    doc.entities = [
        Entity("e1", "PER", "الباجي قائد السبسي"),
        Entity("e2", "ORG", "حركة نداء تونس"),
        Entity("e3", "PER", "مولود تشاوش أوغلو"),
        Entity("e4", "PER", ""),
    ]
    attributor = QuoteAttributor()
    view = DocView(doc, attributor.lexicon, attributor.words, attributor.vocabulary)
    names = NameIndex.build(view)
    asked = {name_words(e.name)[-width:] for e in doc.entities for width in range(0, 5)}
    asked |= {("تونس",), ("نداء", "تونس"), ("قائد",), ("اوغلو", "السبسي"), ("x",) * 5}
    answers = {words: names.person_closing(words) for words in sorted(asked)}
    assert answers == {words: _plain_person_closing(names, words) for words in sorted(asked)}
    assert answers[("السبسي",)] and answers[("تشاوش", "اوغلو")] and not answers[("تونس",)]
