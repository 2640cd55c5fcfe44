"""Speed round sp28 (issue 18): the quote rules do the same work in fewer instructions. Each
fast form must give exactly what the form it replaced gave; the replaced forms are written out
here as references, and compared on texts of my own and on the fixture articles.

- ``DocView.key_positions``: each key's tokens found once a document (``list.index`` up to the
  key's last token, none for a key the document lacks); ``positions``, ``tokens_keyed`` and
  ``surname_li`` read them;
- ``segments.one_word_places`` finds the one-word lines at C speed and normalises their names in
  one call;
- ``DocView.word_tokens`` is made on first use, ``is_word`` straight from the selected indices;
- ``parse_segment``, ``verbal_noun``, ``content_from`` and ``plural_cue`` are remembered for the
  document: each answer is the one read anew, and the whole stage gives the same quotes with the
  memories turned off.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from quote_helpers import fixture_texts

from qawl.arabic import normalize
from qawl.document import Document
from qawl.extractors.ner_known import KNOWN_NAMES_FILE
from qawl.extractors.quotes import content, grammar, noun_patterns, segments, stops
from qawl.extractors.quotes.antecedents import tokens_keyed
from qawl.extractors.quotes.attributor import QuoteAttributor
from qawl.extractors.quotes.clauses import Trigger
from qawl.extractors.quotes.view import DocView
from qawl.extractors.quotes.words import COMMAS, MAIN_CLAUSE_OPENERS

# Texts of my own: repeated keys (لكن، أن، commas), a key at the first and the last token, the
# surname لي after a title and after a comma and "لي" as "to me", governed verbal nouns, plural
# and dual verbs of saying, segments a subject is read from twice.
TEXTS = [
    "لكن الوزير قال، في مؤتمر صحفي، إن الحكومة لن تتراجع، لكن المعارضة رفضت ذلك، لكن",
    "وقال رئيس الوزراء الصيني لي كه شيانغ إن النمو سيتواصل. وقال لي صديقي إنه سيعود.",
    "أكد نظيره الكوري، لي جون، أن المحادثات مثمرة، وأضاف لي أن الاتفاق قريب",
    "دأبت الحكومة على القول إن الأسعار ستنخفض، وواصل الوزير الحديث عن الإصلاحات",
    "وقالوا إن الوضع خطير، فيما أكدتا أن المساعدات وصلت، وبيّنا أن الحوار مستمر.",
    "أعلن المتحدث باسم وزارة الخارجية أحمد حافظ، أمس، أن مصر ترفض التدخل، ثم أضاف: «لا تراجع».",
    "قال مصدر مسؤول في الوزارة لرويترز إن استقالته جاءت بعد تعرضه لضغوط، واستعداده للرحيل.",
    "",
    "،",
]


ALL_TEXTS = TEXTS + fixture_texts()
_STAGE = QuoteAttributor()


def _view(text: str) -> DocView:
    return DocView(Document("d", text), _STAGE.lexicon, _STAGE.words, _STAGE.vocabulary, _STAGE.features)


# ---------------------------------------------------------------- the replaced forms, written out


def _old_positions(view: DocView, key: str, start: int = 0) -> list[int]:
    keys = view.keys
    found = []
    k = start - 1
    while True:
        try:
            k = keys.index(key, k + 1)
        except ValueError:
            return found
        found.append(k)


def _old_tokens_keyed(view: DocView, forms: frozenset[str]) -> list[int]:
    keys = view.keys
    found: list[int] = []
    for form in forms:
        k = -1
        for _ in range(view.count(form)):
            k = keys.index(form, k + 1)
            found.append(k)
    found.sort()
    return found


def _old_surname_li(view: DocView, i: int) -> bool:
    if view.keys[i] != stops.SURNAME_LI or i + 1 >= len(view) or not view.is_word(i + 1):
        return False
    keys = view.keys
    k = -1
    for _ in range(view.count(stops.SURNAME_LI)):
        k = keys.index(stops.SURNAME_LI, k + 1)
        if k == 0 or k + 1 >= len(view) or not view.is_word(k + 1):
            continue
        at = k - 1
        if not view.is_word(at):
            at = k - 2 if k >= 2 and view.is_comma(k - 1) and view.is_word(k - 2) else -1
        if at < 0:
            continue
        before, given = view.bare[at], keys[k + 1]
        titled = view.title_state(before) is not None or (
            stops.has_article(view, at) and before.endswith("ي")
        )
        if (
            titled
            and not given.startswith("ال")
            and view.cues[k + 1] is None
            and not stops._stop_word(view, k + 1)
        ):
            return True
    return False


def _outcome(fn: Callable[[int], int], i: int) -> int | type[Exception]:
    try:
        return fn(i)
    except IndexError as error:
        return type(error)


def _old_line_end(view: DocView, i: int) -> int:
    j = i
    while j + 1 < len(view.tokens) and not view.newline_between(j, j + 1):
        j += 1
    return j + 1


def _old_line_start(view: DocView, i: int) -> int:
    j = i
    while j > 0 and not view.newline_between(j - 1, j):
        j -= 1
    return j


def _old_one_word_places(path: Path) -> frozenset[str]:
    labels: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, label, _source = line.split("\t")[:3]
        words = name.split()
        if len(words) == 1:
            labels[normalize(words[0])] = label
    return frozenset(key for key, label in labels.items() if label == "LOC")


# ---------------------------------------------------------------- key positions


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_key_positions_are_every_token_of_the_key(text: str) -> None:
    view = _view(text)
    asked = [*dict.fromkeys(view.keys), "لا_يوجد", "", normalize("القول")]
    for key in asked:
        expected = [i for i, k in enumerate(view.keys) if k == key]
        assert view.key_positions(key) == expected, key
        assert view.key_positions(key) is view.key_positions(key)  # found once a document


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_positions_from_any_start_as_before(text: str) -> None:
    view = _view(text)
    n = len(view)
    for key in [*list(dict.fromkeys(view.keys))[:40], "،", "لكن", "غائب"]:
        for start in range(-n - 2, n + 3):
            assert list(view.positions(key, start)) == _old_positions(view, key, start), (key, start)


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_tokens_keyed_as_before(text: str) -> None:
    view = _view(text)
    for forms in (COMMAS, MAIN_CLAUSE_OPENERS, frozenset({"ان"}), frozenset({"غائب", "لكن"}), frozenset()):
        assert tokens_keyed(view, forms) == _old_tokens_keyed(view, forms)
        assert tokens_keyed(view, forms) == _old_tokens_keyed(view, forms)  # asked again


def test_tokens_keyed_finds_repeated_forms_at_both_ends() -> None:
    view = _view(TEXTS[0])
    lakin = tokens_keyed(view, MAIN_CLAUSE_OPENERS)
    assert lakin[0] == 0 and lakin[-1] == len(view) - 1 and len(lakin) == 3


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_surname_li_as_before(text: str) -> None:
    view = _view(text)
    for i in range(len(view)):
        assert stops.surname_li(view, i) == _old_surname_li(view, i), i


def test_surname_li_reads_the_title_before() -> None:
    view = _view(TEXTS[1])
    li = view.key_positions(stops.SURNAME_LI)
    assert len(li) == 2
    assert stops.surname_li(view, li[0]) and stops.surname_li(view, li[1])  # the document names him
    view = _view("وقال لي صديقي إنه سيعود")
    assert not stops.surname_li(view, view.key_positions(stops.SURNAME_LI)[0])


# ---------------------------------------------------------------- the view's word set


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_is_word_and_word_tokens(text: str) -> None:
    view = _view(text)
    words = [i for i, token in enumerate(view.tokens) if token.is_word]
    assert view.word_tokens == words
    assert [i for i in range(-3, len(view) + 3) if view.is_word(i)] == words
    assert view.is_word(-1) is False and view.is_word(len(view)) is False


# ---------------------------------------------------------------- lines

# Lines of my own: a headline, blank lines, a line of one token, a break right after a mark,
# spaces and tabs around the breaks, a last line without a break and a text ending in one.
LINED = [
    "عنوان الخبر\n\nوقال الوزير إن الحكومة لن تتراجع.\n«نعم»\nكلمة\n  \t وأضاف أن الحوار مستمر",
    "\nسطر أول\r\nسطر ثان\n",
    "بلا سطور",
    "",
]


@pytest.mark.parametrize("text", LINED + ALL_TEXTS)
def test_line_end_and_start_as_before(text: str) -> None:
    view = _view(text)
    n = len(view)
    for i in range(-3, n + 3):  # out of range: the same answer, or the same error
        assert _outcome(view.line_end, i) == _outcome(partial(_old_line_end, view), i), i
        assert _outcome(view.line_start, i) == _outcome(partial(_old_line_start, view), i), i
    assert view.line_breaks == [j for j in range(1, n) if view.newline_between(j - 1, j)]
    assert [j for j in range(-2, n + 2) if view.break_before(j)] == view.line_breaks


def test_line_end_and_start_find_the_breaks() -> None:
    view = _view(LINED[0])
    said = view.keys.index(normalize("وقال"))
    assert view.line_start(said) == said and view.line_start(said + 3) == said
    assert view.tokens[view.line_end(said) - 1].text == "."
    assert view.line_end(len(view) - 1) == len(view)


# ---------------------------------------------------------------- one-word places


def test_one_word_places_of_the_bundled_list_as_before() -> None:
    assert segments.one_word_places(KNOWN_NAMES_FILE) == _old_one_word_places(KNOWN_NAMES_FILE)


def test_one_word_places_as_before_on_odd_lines(tmp_path: Path) -> None:
    # A list of my own: blanks around a one-word name (a space, a no-break space, a tab-free
    # line of spaces), comment lines whose first field is one word, a key given twice, two
    # words, an empty name, a name only NFKC normalises.
    path = tmp_path / "names.tsv"
    path.write_text(
        "# name\tlabel\tsource\tevidence\n"
        "#مصر\tLOC\tgazetteer\t-\n"
        "   \n"
        "\n"
        " قطر\tLOC\tgazetteer\t-\n"
        "\u00a0عمان \tLOC\tgazetteer\t-\n"
        "\tLOC\tgazetteer\t-\n"
        "حلب\tORG\ttrain\t2\n"
        "حلب\tLOC\ttrain\t5\n"
        "الأردن\tLOC\tgazetteer\t-\n"
        "الاردن\tORG\ttrain\t3\n"
        "تونس العاصمة\tLOC\tgazetteer\t-\n"
        "ﻻهور\tLOC\tgazetteer\t-\n"
        "دمشق\tPER\ttrain\t1\n",
        encoding="utf-8",
    )
    found = segments.one_word_places(path)
    assert found == _old_one_word_places(path)
    assert {"قطر", "عمان", "حلب", "لاهور"} <= found
    assert "الاردن" not in found and "دمشق" not in found and "مصر" not in found


def test_one_word_places_refuses_a_one_word_line_without_columns(tmp_path: Path) -> None:
    path = tmp_path / "names.tsv"
    path.write_text("مصر\tLOC\n", encoding="utf-8")
    with pytest.raises(ValueError):
        segments.one_word_places(path)


# ---------------------------------------------------------------- answers remembered


def _all_segments(view: DocView) -> list[list[int]]:
    found = []
    for first in range(len(view)):
        for group in segments.segments(view, first, min(len(view), first + 12)):
            found.append(group)
            found.append(group[: max(1, len(group) - 1)])
    return found


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_parse_segment_remembered_is_read_anew(text: str) -> None:
    view = _view(text)
    fresh = _view(text)
    for seg in _all_segments(view):
        for object_follows in (False, True):
            assert segments.parse_segment(view, seg, object_follows) == segments._parse_segment(
                fresh, seg, object_follows
            )
            assert (*seg, object_follows) in view.segment_phrases
    assert segments.parse_segment(view, [], False) is None


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_word_answers_remembered_are_read_anew(text: str) -> None:
    view = _view(text)
    fresh = _view(text)
    for i in range(len(view)):
        for proclitic in (0, 1):
            assert noun_patterns.verbal_noun(view, i, proclitic) == noun_patterns._verbal_noun(
                fresh, i, proclitic
            )
        if view.cues[i] is not None:
            assert grammar.plural_cue(view, i) == grammar._plural_cue(fresh, i)
        for kind in ("that", "prep", "obj", "colon", "quote"):
            for stop_at_comma in (False, True):
                trigger = Trigger(kind, i)
                assert content.content_from(view, trigger, stop_at_comma) == content._content_from(
                    fresh, trigger, stop_at_comma
                )
    if len(view):
        assert (0, 0) in view.answers["verbal_noun"]
        assert ("that", 0, False) in view.answers["content_from"]


def test_verbal_noun_is_remembered() -> None:
    view = _view("أعلن الوزير استقالته من منصبه")
    k = view.keys.index(normalize("استقالته"))
    assert noun_patterns.verbal_noun(view, k)
    view.answers["verbal_noun"][k, 0] = False  # what is remembered is what is answered
    assert not noun_patterns.verbal_noun(view, k)


def test_content_from_reads_the_trigger_not_its_object() -> None:
    view = _view("وقال الوزير إن الحكومة لن تتراجع عن قرارها")
    that = view.keys.index("ان") + 1
    trigger = Trigger("that", that)
    first = content.content_from(view, trigger)
    assert first is not None and first[1] == "indirect"
    assert content.content_from(view, Trigger("that", that)) == first
    trigger.index += 1  # a trigger moved on is another question
    assert content.content_from(view, trigger) == content._content_from(_view(view.doc.text), trigger, False)


def _quote_records(text: str) -> list[dict[str, object]]:
    doc = Document("d", text)
    QuoteAttributor().process([doc])
    return doc.to_record()["quotes"]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_quotes_with_the_memories_turned_off_are_the_same(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _quote_records(text)
    for name, module in list(sys.modules.items()):
        if not name.startswith("qawl.extractors.quotes"):
            continue
        for attr, fn in (
            ("parse_segment", lambda view, seg, of=False: segments._parse_segment(view, seg, of)),
            ("verbal_noun", lambda view, i, proclitic=0: noun_patterns._verbal_noun(view, i, proclitic)),
            ("content_from", lambda view, trigger, comma=False: content._content_from(view, trigger, comma)),
            ("plural_cue", grammar._plural_cue),
        ):
            if hasattr(module, attr):
                monkeypatch.setattr(module, attr, fn)
    assert _quote_records(text) == expected
