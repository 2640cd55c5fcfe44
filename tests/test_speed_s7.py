"""Fast paths of the seventh session give the answers of the plain logic they replace, on real news
text (the bundled samples, and ../shared's news when present): the scan's spaced text made without
the underscore in the regex, the gazetteer stage asking for the word before a name only where a
person may be named, the places of many forms found in one pass over the words, and the variant
regexes of a long text reading its distinct words."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES, shared_path

from qawl.document import Document
from qawl.extractors import gazetteer
from qawl.extractors.gazetteer import GazetteerLinker, _anchored
from qawl.gazetteers import variant_words
from qawl.gazetteers.variant_words import _LONG_TEXT, variant_word_finder
from qawl.gazetteers.view import _MANY_FORMS, NormalizedText

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


def _plain_occurrences(view: NormalizedText, forms: list[str]) -> list[tuple[int, str]]:
    """Every whole-word occurrence of each form, by a search of the padded text per form."""
    out = []
    for form in forms:
        found = view.padded.find(f" {form} ")
        while found >= 0:
            out.append((found, form))
            found = view.padded.find(f" {form} ", found + 1)
    return sorted(out)


def _assert_occurrences_as_plain(texts: list[str]) -> int:
    """Few forms and many (each way of :meth:`NormalizedText.occurrences`), words that occur and
    words that do not: the places a search per form finds; the number of places found."""
    found = 0
    for text in texts:
        view = NormalizedText(text)
        words = list(dict.fromkeys(view.words))
        absent = ["غيرموجود", "بوتينن"]
        for forms in (words[:3], words[: _MANY_FORMS - 1], words[:_MANY_FORMS], words + absent, absent):
            places = view.occurrences(forms)
            assert places == _plain_occurrences(view, forms)
            found += len(places)
    return found


def test_occurrences_as_plain() -> None:
    spaced = "بوتين  بوتين، وبوتين _بوتين_ في موسكو\nموسكو"
    assert _assert_occurrences_as_plain([*_sample_texts(), spaced]) > 4000
    view = NormalizedText(spaced)
    many = [*view.words, *(f"كلمة{k}" for k in range(_MANY_FORMS))]
    assert view.occurrences(many)[:3] == [(0, "بوتين"), (7, "بوتين"), (14, "وبوتين")]


def test_occurrences_as_plain_on_news() -> None:
    assert _assert_occurrences_as_plain(_news_texts()) > 50000


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


def _plain_variant_words(view: NormalizedText, keys: list[str]) -> dict[str, list[int]]:
    """Each key's regex over the whole padded text, in turn."""
    places: dict[str, list[int]] = {}
    for key in keys:
        for match in variant_word_finder(key).finditer(view.padded):
            places.setdefault(match.group()[1:], []).append(match.start())
    return places


def _assert_variant_words_as_plain(texts: list[str]) -> int:
    """The distinct-word reading of each text with the keys its people give (as
    :meth:`GazetteerIndex.scan_variants` asks) and all their keys at once: the plain places, in the
    same order; the number of places found."""
    index = GazetteerLinker.load().index
    everyone: set[str] = set()
    asked = []
    for text in texts:
        view = NormalizedText(text)
        anchored = _anchored(index.scan(view, include_common=True), index.common_words)
        people = tuple(e for e in anchored if index.entries[e].label == "PER")
        everyone.update(people)
        asked.append((view, list(index._variant_search(people)[0])))
    keys = list(index._variant_search(tuple(sorted(everyone)))[0])
    found = 0
    for view, own in asked:
        for wanted in (own, keys):
            places = variant_words._variant_words_of_distinct(view, wanted)
            assert list(places.items()) == list(_plain_variant_words(view, wanted).items())
            found += sum(map(len, places.values()))
    return found


def test_variant_words_as_plain() -> None:
    texts = _sample_texts()
    long = NormalizedText("\n".join(texts * 3))
    assert len(long.padded) >= _LONG_TEXT
    assert _assert_variant_words_as_plain([*texts, long.text]) > 100
    keys = ["بتن", "مركل", "نتنه"]
    assert list(variant_words.variant_words(long, keys).items()) == list(
        _plain_variant_words(long, keys).items()
    )


def test_variant_words_as_plain_on_news() -> None:
    path = shared_path("data", "news", "ant_multisource.jsonl.gz")
    lines = gzip.decompress(path.read_bytes()).splitlines()[:300]
    multisource = [orjson.loads(line)["text"] for line in lines]
    assert _assert_variant_words_as_plain(_news_texts()) > 40
    assert _assert_variant_words_as_plain(multisource) > 100
