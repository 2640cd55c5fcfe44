"""The attribution side's fast paths give the answers of the plain logic they replace, on real news
text (the bundled samples, and ../shared's news when present) and sentences written for the test:
a speaker phrase parsed once per document and arguments; word counts of the name index taken
from the view's keys when first asked, not from every word of the document up front."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
from conftest import FIXTURES, shared_path

from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.names import DocumentWordCounts, document_words, name_words
from qawl.extractors.quotes.speakers import _parse_speaker, parse_speaker
from qawl.extractors.quotes.view import DocView

WRITTEN = [
    "وقال وزير الخارجية الروسي، سيرغي لافروف، إن الحوار مستمر. وأضاف لافروف أن الوضع صعب.",
    # Characters outside the ones whose tokens give the words of the text (é, a joiner, 3.5).
    "وقال José Mourinho\u200c إن الفريق سجل 3.5 هدفا، وأضاف المدرب جوزيه مورينيو أن a_b صعب.",
    # Tokens whose keys hold more than one run of letters and digits (3.5, a_b).
    "وقال المدرب إن الفريق سجل 3.5 هدفا في a_b، وأضاف أن 3.5 كثير وأن 5 أهداف قليلة.",
    "",
]


def _texts(path: Path, limit: int | None = None) -> list[str]:
    lines = path.read_bytes().splitlines()[:limit]
    return [orjson.loads(line)["text"] for line in lines if line.strip()]


def _sample_texts() -> list[str]:
    return WRITTEN + _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")


def _view(text: str, attributor: QuoteAttributor) -> DocView:
    return DocView(
        Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features
    )


def _assert_phrases_as_read_anew(texts: list[str]) -> int:
    """parse_speaker over many ranges of each text, twice, against a fresh view's plain reading;
    the number of phrases found (so that not only Nones are compared)."""
    attributor = QuoteAttributor()
    found = 0
    for text in texts:
        view, fresh = _view(text, attributor), _view(text, attributor)
        for first in range(0, len(view), 2):
            for width in (1, 4, 8, 12, 30):
                last = min(len(view), first + width)
                for object_follows in (False, True):
                    plain = _parse_speaker(fresh, first, last, object_follows)
                    assert parse_speaker(view, first, last, object_follows) == plain
                    assert parse_speaker(view, first, last, object_follows) == plain  # remembered
                    found += plain is not None
    return found


def test_speaker_phrases_remembered_as_read_anew() -> None:
    assert _assert_phrases_as_read_anew(_sample_texts()) > 1000


def test_speaker_phrases_remembered_as_read_anew_on_news() -> None:
    path = shared_path("data", "news", "ant_jawharafm.jsonl")
    assert _assert_phrases_as_read_anew(_texts(path, 60)) > 1000


def _assert_word_counts_as_counted(texts: list[str]) -> None:
    attributor = QuoteAttributor()
    for text in texts:
        view = _view(text, attributor)
        plain = Counter(document_words(view))
        asked = set(plain) | {w[1:] for w in plain if len(w) > 1} | {"غائب", "2018"}
        asked |= set(name_words(text[:200]))
        counts = DocumentWordCounts(view)
        for word in sorted(asked):
            assert counts[word] == plain[word], word
            assert counts[word] == plain[word], word  # remembered


def test_word_counts_as_counted_over_every_word() -> None:
    _assert_word_counts_as_counted(_sample_texts())


def test_word_counts_as_counted_over_every_word_on_news() -> None:
    _assert_word_counts_as_counted(_texts(shared_path("data", "news", "ant_jawharafm.jsonl"), 300))


def test_word_counts_of_tokens_holding_more_than_one_word() -> None:
    counts = DocumentWordCounts(_view(WRITTEN[2], QuoteAttributor()))
    assert (counts["5"], counts["3"], counts["a"], counts["a_b"], counts["هدفا"]) == (3, 2, 1, 0, 1)


def test_word_counts_of_a_text_whose_tokens_do_not_give_its_words() -> None:
    view = _view(WRITTEN[1], QuoteAttributor())
    counts = DocumentWordCounts(view)
    # Read from the text, as name_words reads it: the case and the accent kept.
    assert counts["José"] == 1 and counts["jose"] == 0 and counts["Mourinho"] == 1
    assert counts["5"] == 1 and counts["a"] == 1 and counts["مورينيو"] == 1
