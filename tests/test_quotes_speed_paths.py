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
from qawl.extractors.quotes.name_ends import name_before_object
from qawl.extractors.quotes.names import (
    NameIndex,
    _conjunction_opens,
    _introduces_a_name,
    _person_apposition_after,
    _post_after,
    _reads_as_given_name,
    given_names_before,
    name_words,
)
from qawl.extractors.quotes.segments import segments
from qawl.extractors.quotes.stops import (
    AGE_PARTICIPLES,
    IMAM_KEY,
    SPELLED_LETTERS,
    _general_adjective,
    _stop_key,
    adverbial_accusative,
    age_clause,
    clitic_written_apart,
    imam_as_written,
    is_stop,
    spelled_out,
)
from qawl.extractors.quotes.titles import numbered_name, seat_before_rank
from qawl.extractors.quotes.view import DocView

WRITTEN = [
    "وفاز بالسباق الأسترالي جورج كورونيس، الذي سيحتفل غدا. وقال كورونيس إن السباق صعب.",
    "ونقلت الصحيفة عن محام آخر لترامب، رودي جولياني، أن الدفع تم. وقال جولياني إن الدفع قانوني.",
    "وقال وزير المخابرات إسرائيل كاتس إن الرد قادم. وأضاف كاتس أن الجيش مستعد، وقال إسرائيل كاتس ذلك.",
    "وفاز بالسباق الأسترالي جورج كورونيس، الذي سيحتفل غدا، وحل ثانيا الأمريكي جون كورونيس، الذي تعب. "
    "وقال كورونيس إنه سعيد.",
    "ارتفعت الأسهم. توم فورت، من شركة دافيدسون، قال إن الطلب قوي. وفي برلين، كلارا فيرهوفن وزيرة "
    "الدولة تستعد. حدث ذلك، وانبرى ستالون وشقيقه في الرد.",
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
            if view.tokens[lead].end == view.tokens[given].start:
                continue
            # round a136: a post in apposition after the name closes it as a comma does
            if not (
                view.is_comma(k + 1) or (_post_after(view, k + 1) and not _conjunction_opens(view, given))
            ):
                continue
        elif view.is_sentence_mark(lead) or view.break_before(given):
            # round a136: a sentence that opens on the name, set off before a post or affiliation
            if not _person_apposition_after(view, k + 1) or _conjunction_opens(view, given):
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


# --- speaker parsing: a word's stop facts read once, prechecks before the costlier tests ---


def _plain_is_stop(view: DocView, i: int) -> bool:
    """is_stop as written before the word-level precheck: every test asked at every call."""
    key = view.keys[i]
    if key == "علي" and view.tokens[i].text.endswith("ي"):
        return False
    if view.bare[i] == IMAM_KEY and imam_as_written(view.tokens[i].text):
        return False
    if key in SPELLED_LETTERS and spelled_out(view, i):
        return False
    if _general_adjective(view, i):
        return False
    if key in AGE_PARTICIPLES:
        return age_clause(view, i)
    return (
        view.remembered(_stop_key)(key)
        or clitic_written_apart(view.tokens[i].text)
        or adverbial_accusative(view, i)
        or view.tokens[i].text.endswith("ٍ")
    )


def _plain_segments(view: DocView, first: int, last: int) -> list[list[int]]:
    groups: list[list[int]] = [[]]
    for i in range(first, last):
        if view.is_word(i):
            groups[-1].append(i)
        elif view.tokens[i].text not in "-–" and groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _news_views(limit: int | None = None) -> list[DocView]:
    attributor = QuoteAttributor()
    texts = _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")
    texts += ["قال علي إن الوضع صعب", "وقال بالمناسبة مسؤول رسمياً إن - – الوضع، صعبٍ"]
    return [_view(text, attributor) for text in texts[:limit]]


def test_a_words_stop_facts_answer_as_every_test_asked_at_every_call() -> None:
    stops = 0
    for view in _news_views():
        for i in view.word_tokens:
            assert is_stop(view, i) == _plain_is_stop(view, i), view.tokens[i].text
            stops += _plain_is_stop(view, i)
    assert stops > 100  # stops and non-stops both compared


def test_segments_as_the_plain_grouping() -> None:
    for view in _news_views():
        for first in range(0, len(view), 3):
            for width in (1, 5, 12, 40):
                last = min(len(view), first + width)
                assert segments(view, first, last) == _plain_segments(view, first, last)
    view = _news_views()[-1]
    # A hyphen or dash does not part two words; a comma does.
    assert [len(g) for g in segments(view, 0, len(view))] == [6, 1]


def test_the_speaker_prechecks_hold_for_the_tests_they_stand_before() -> None:
    """_cut_at_stop and split_title ask numbered_name only of a word starting with a digit and
    seat_before_rank only at في; both answer no everywhere else."""
    asked = 0
    for view in _news_views():
        seg = view.word_tokens
        for position, i in enumerate(seg):
            if not view.keys[i][:1].isdigit():
                assert not numbered_name(view, i)
            if view.bare[i] != "في":
                assert not seat_before_rank(view, seg, position)
            asked += 1
    assert asked > 1000


def test_a_one_word_name_is_never_cut() -> None:
    for view in _news_views():
        for i in view.word_tokens:
            name = [i]
            assert name_before_object(view, name) is name and name_before_object(view, name, True) == [i]


# --- names: a word sequence is looked for where its first or last word occurs ---


def _plain_written(words_of_text: tuple[str, ...], words: tuple[str, ...]) -> bool:
    width = len(words)
    return any(words_of_text[k : k + width] == words for k in range(len(words_of_text)))


def _plain_named_alone(names: NameIndex, words_of_text: tuple[str, ...], words: tuple[str, ...]) -> bool:
    width = len(words)
    whole = sum(
        1 for k in range(width - 1, len(words_of_text)) if words_of_text[k - width + 1 : k + 1] == words
    )
    return names.word_counts[words[-1]] > whole


def test_sequence_lookups_as_a_scan_of_the_whole_document() -> None:
    texts = _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")
    attributor = QuoteAttributor()
    asked_total = found_total = alone_total = 0
    for text in texts:
        view = DocView(Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary)
        names = NameIndex.build(view)
        words_of_text = tuple(name_words(text))
        # Every 2- and 3-word run of the text (written) and the same runs with one word changed (not).
        asked = {words_of_text[k : k + w] for w in (2, 3) for k in range(0, len(words_of_text) - w, 3)}
        asked |= {(*run[:-1], "كلمة_غائبة") for run in list(asked)[:20]}
        for words in sorted(asked):
            assert names._written(words) == _plain_written(words_of_text, words), words
            name = " ".join(words)
            if name_words(name) == words:
                assert names._named_alone(name) == _plain_named_alone(names, words_of_text, words), words
                alone_total += 1
        asked_total += len(asked)
        found_total += sum(names._written(words) for words in asked)
    assert asked_total > 500 and 0 < found_total < asked_total and alone_total > 100
