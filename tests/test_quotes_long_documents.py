"""A document's cost grows linearly with its length: the questions asked once per clause (is this
point inside someone's reported words, inside quote marks; is this word a place named elsewhere
in the document; does a mention start inside this token) are answered from per-document
indexes, not by reading every quote, word or mention of the document again.
Each index gives the answers of the plain scan it replaces."""

from __future__ import annotations

import orjson
from conftest import FIXTURES
from hypothesis import given, settings
from hypothesis import strategies as st

from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.attribution import _Intervals
from qawl.extractors.quotes.view import DocView
from qawl.pipeline import Pipeline, PipelineOptions

_interval = st.tuples(st.integers(0, 60), st.integers(0, 30), st.integers(0, 5)).map(
    lambda t: (t[0], t[0] + t[1], t[2])
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_interval, max_size=25), st.integers(-2, 95), st.booleans())
def test_intervals_cover_a_point_as_the_plain_scan_does(
    items: list[tuple[int, int, int]], point: int, open_start: bool
) -> None:
    items = sorted(items)
    plain = sorted(
        tag for start, end, tag in items if (start < point if open_start else start <= point) and point < end
    )
    assert sorted(_Intervals(items).covering(point, open_start)) == plain


def test_place_words_are_the_loc_words_of_the_document() -> None:
    """On real news run through the gazetteer: the bare key of every word that a LOC mention
    covers, and no other (at least some places found, so the comparison is not empty)."""
    lines = (FIXTURES / "news_sample.jsonl").read_bytes().splitlines() + (
        FIXTURES / "determinism_sample.jsonl"
    ).read_bytes().splitlines()
    docs = [Document(f"d{i}", orjson.loads(line)["text"]) for i, line in enumerate(lines) if line.strip()]
    Pipeline(PipelineOptions(ner=False)).process(docs)
    attributor = QuoteAttributor()
    places = 0
    for doc in docs:
        view = DocView(doc, attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features)
        plain = {
            view.bare[j]
            for j in range(len(view.tokens))
            if view.is_word(j) and (label := view.mention_label(j)) is not None and label[0] == "LOC"
        }
        assert view.place_words() == plain
        places += len(plain)
    assert places > 3


def test_mentions_from_are_the_mentions_starting_there() -> None:
    """Every character offset of real news run through the gazetteer: the mentions starting
    there, in document order, as a scan of all mentions finds them (some found, so the
    comparison is not empty)."""
    lines = (FIXTURES / "news_sample.jsonl").read_bytes().splitlines()
    docs = [Document(f"d{i}", orjson.loads(line)["text"]) for i, line in enumerate(lines) if line.strip()]
    Pipeline(PipelineOptions(ner=False)).process(docs)
    attributor = QuoteAttributor()
    found = 0
    for doc in docs:
        view = DocView(doc, attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features)
        for char in range(len(doc.text) + 1):
            plain = [m for m in doc.mentions if m.start == char]
            assert view.mentions_from(char) == plain
            found += len(plain)
    assert found > 3
