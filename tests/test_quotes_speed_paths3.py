"""Fast paths of the sixth session give the answers of the plain logic they replace, on real news
text (the bundled samples, and ../shared's news when present): a key's word tokens found by
list.index, not by comparing every key of the document."""

from __future__ import annotations

from pathlib import Path

import orjson
from conftest import FIXTURES, shared_path

from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.names import _seatless, seatless_starts
from qawl.extractors.quotes.view import DocView


def _texts(path: Path, limit: int | None = None) -> list[str]:
    lines = path.read_bytes().splitlines()[:limit]
    return [orjson.loads(line)["text"] for line in lines if line.strip()]


def _sample_texts() -> list[str]:
    return _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")


def _view(text: str, attributor: QuoteAttributor) -> DocView:
    return DocView(
        Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features
    )


def _assert_seatless_starts_as_plain(texts: list[str]) -> int:
    """Every key of each text (seated or not, asked twice) and keys no token has: the word tokens
    whose seatless key it is, in order, as a test of every token gives them; the number of
    tokens found (so that not only empty lists are compared)."""
    attributor = QuoteAttributor()
    found = 0
    for text in texts:
        view = _view(text, attributor)
        seatless = [_seatless(key) for key in view.keys]
        starts = seatless_starts(view)
        for key in [*dict.fromkeys(view.keys), *dict.fromkeys(seatless), "غيرموجود", ""]:
            plain = [i for i, k in enumerate(seatless) if k == key and view.is_word(i)]
            assert starts[key] == plain, key
            assert starts.get(key) == plain  # remembered
            found += len(plain)
    return found


def test_seatless_starts_as_plain() -> None:
    assert _assert_seatless_starts_as_plain(_sample_texts()) > 3000


def test_seatless_starts_as_plain_on_news() -> None:
    path = shared_path("data", "news", "ant_jawharafm.jsonl")
    assert _assert_seatless_starts_as_plain(_texts(path, 300)) > 30000
