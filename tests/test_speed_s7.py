"""Fast paths of the seventh session give the answers of the plain logic they replace, on real news
text (the bundled samples, and ../shared's news when present): the scan's spaced text made without
the underscore in the regex, and the gazetteer stage asking for the word before a name only where
a person may be named."""

from __future__ import annotations

import re
from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES, shared_path

from qawl.document import Document
from qawl.extractors import gazetteer
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers.view import NormalizedText

# What NormalizedText.spaced was made with before: every non-word character and the underscore.
_PLAIN_NON_WORD_RE = re.compile(r"[^\w ]|_")


def _texts(path: Path, limit: int | None = None) -> list[str]:
    lines = path.read_bytes().splitlines()[:limit]
    return [orjson.loads(line)["text"] for line in lines if line.strip()]


def _sample_texts() -> list[str]:
    return _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")


def _news_texts() -> list[str]:
    return _texts(shared_path("data", "news", "ant_jawharafm.jsonl"), 300)


def _assert_spaced_as_plain(texts: list[str]) -> None:
    for text in texts:
        view = NormalizedText(text)
        assert view.spaced == _PLAIN_NON_WORD_RE.sub(" ", view.normal)


def test_spaced_as_plain() -> None:
    hashtags = "وسم #كوريا_الجنوبية و__مرتين_ و_ في آخر النص_"
    _assert_spaced_as_plain([*_sample_texts(), hashtags, "_", "", "بلا شرطة سفلية"])
    assert NormalizedText(hashtags).spaced.split()[1:3] == ["كوريا", "الجنوبيه"]


def test_spaced_as_plain_on_news() -> None:
    _assert_spaced_as_plain(_news_texts())


class _PlainLinker(GazetteerLinker):
    """The stage as it was: every scanned name asks for the word before it, and a name after
    بن/ابن/بنت keeps the candidates that are no person, filtered anew."""

    def _match_candidates(self, key: tuple[str, ...], clitic: bool):  # type: ignore[override]
        found, _ = super()._match_candidates(key, clitic)
        return found, [c for c in found if c.entry.label != "PER"]


def _records(linker: GazetteerLinker, texts: list[str]) -> list[dict]:
    docs = [Document(str(k), text) for k, text in enumerate(texts)]
    linker.process(docs)
    return [doc.to_record() for doc in docs]


def _assert_linker_as_plain(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """The records of the fast and the plain stage are the same; the number of names right
    after بن/ابن/بنت that the plain stage saw (so that the path is exercised)."""
    fast = GazetteerLinker.load()
    plain = _PlainLinker(fast.index)
    asked = []
    after_bin = gazetteer._after_bin

    def counting(text: str, start: int) -> bool:
        found = after_bin(text, start)
        asked.append(found)
        return found

    expected = _records(fast, texts)
    monkeypatch.setattr(gazetteer, "_after_bin", counting)
    assert _records(plain, texts) == expected
    return sum(asked)


def test_linker_as_plain(monkeypatch: pytest.MonkeyPatch) -> None:
    # A person after ابن/بن is the father (no mention of Trump or Netanyahu), a place is not.
    bin_text = "وصل ابن ترامب إلى باريس، وزار بن نتنياهو ابن باريس، وقال ولي العهد محمد بن سلمان"
    assert _assert_linker_as_plain([*_sample_texts(), bin_text], monkeypatch) > 0
    linked = _records(GazetteerLinker.load(), [bin_text])[0]
    assert {m["text"] for m in linked["mentions"]} >= {"باريس", "محمد بن سلمان"}
    assert not {"ترامب", "نتنياهو"} & {m["text"] for m in linked["mentions"]}


def test_linker_as_plain_on_news(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _assert_linker_as_plain(_news_texts(), monkeypatch) > 0
