"""The compiled helpers (qawl/gazetteers/_wordscan.c) give what the pure-Python code gives."""

from __future__ import annotations

import gzip
import itertools
import json
import os

import pytest
from conftest import FIXTURES, SEED_ARTICLE, shared_path

from qawl.document import Document
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers import GazetteerIndex, _cached_index, load_index, speedups
from qawl.gazetteers.entries import Entry
from qawl.gazetteers.view import NormalizedText

TEXTS = [
    "قال رئيس الوزراء الأرميني نيكول باشينيان إن باشنيان وأذربيجان في قره باغ (آرتساخ).",
    "وأكدت زاخاروفا أن موسكو لن تقبل، مضيفةً: «الأممُ المتحدة ومجلس الأمن الدولي يعرفان ذلك».",
    "زار أردوغان الدوحةَ، ثم التقى إردوغان بالرئيس الفرنسي ماكرون في باريس وللأمم المتحدة.",
    "مجلس  الأمن و مجلس-الأمن و #مجلس_الأمن في عُمان وعمّان، وقال ميركيل وميركل.",
    "نص بلا أسماء معروفة 😀 مع رموز غريبة ﻻ تُكتب.",
]

COMPILED = ("WordFinder", "encode", "prepare", "skeleton_words")


def test_the_install_built_the_compiled_helpers_where_required() -> None:
    if not os.environ.get("QAWL_REQUIRE_SPEEDUPS"):
        pytest.skip("set QAWL_REQUIRE_SPEEDUPS=1 to require them (CI does)")
    assert all(getattr(speedups, name) is not None for name in COMPILED)


@pytest.fixture
def fresh_indexes() -> object:
    """Indexes built in the test, under its settings, and not kept for later tests (an index
    chooses the compiled finder when it is built)."""
    _cached_index.cache_clear()
    yield
    _cached_index.cache_clear()


def _records(texts: list[str]) -> list[tuple]:
    _cached_index.cache_clear()
    linker = GazetteerLinker(load_index())
    out = []
    for number, text in enumerate(texts):
        doc = Document(str(number), text)
        linker.link(doc)
        out.append(
            (
                [(m.start, m.end, m.text, m.label, m.entity, m.score, m.candidates) for m in doc.mentions],
                [(e.id, e.name, e.kb_id, e.mentions) for e in doc.entities],
            )
        )
    return out


def test_linking_with_and_without_the_compiled_helpers_agrees(
    monkeypatch: pytest.MonkeyPatch, fresh_indexes: object
) -> None:
    if speedups.WordFinder is None:
        pytest.skip("the compiled helpers were not built (no C compiler at install)")
    compiled = _records(TEXTS + TEXTS)  # the second time, the finder reads what the first taught it
    assert load_index()._word_finder is not None
    for name in COMPILED:
        monkeypatch.setattr(speedups, name, None)
    assert _records(TEXTS + TEXTS) == compiled
    assert load_index()._word_finder is None  # the second run read with the pure-Python scan
    assert any(mentions for mentions, _ in compiled)  # the texts name something


def _real_texts() -> list[str]:
    """The seed article, the linking eval's sentences and the news sample, each twice: the
    second time the finder reads the words the first taught it."""
    lines = [
        *(FIXTURES / "gazetteer_eval.jsonl").read_text(encoding="utf-8").splitlines(),
        *(FIXTURES / "news_sample.jsonl").read_text(encoding="utf-8").splitlines(),
    ]
    texts = [SEED_ARTICLE.read_text(encoding="utf-8"), *(json.loads(line)["text"] for line in lines)]
    return texts + texts


def test_linking_real_text_with_and_without_the_compiled_helpers_agrees(
    monkeypatch: pytest.MonkeyPatch, fresh_indexes: object
) -> None:
    if speedups.WordFinder is None:
        pytest.skip("the compiled helpers were not built (no C compiler at install)")
    texts = _real_texts()
    compiled = _records(texts)
    for name in COMPILED:
        monkeypatch.setattr(speedups, name, None)
    assert _records(texts) == compiled
    assert sum(len(mentions) for mentions, _ in compiled) > 500


@pytest.mark.slow
def test_linking_the_news_corpus_with_and_without_the_compiled_helpers_agrees(
    monkeypatch: pytest.MonkeyPatch, fresh_indexes: object
) -> None:
    if speedups.WordFinder is None:
        pytest.skip("the compiled helpers were not built (no C compiler at install)")
    with gzip.open(shared_path("data", "news", "ant_multisource.jsonl.gz"), "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, 3000)]
    compiled = _records(texts)
    for name in COMPILED:
        monkeypatch.setattr(speedups, name, None)
    assert _records(texts) == compiled


def test_the_compiled_view_maps_offsets_back_like_the_pure_one(monkeypatch: pytest.MonkeyPatch) -> None:
    if speedups.prepare is None:
        pytest.skip("the compiled helpers were not built (no C compiler at install)")
    texts = [*TEXTS, "ـــمصرَ‏ والقاهرةُ\u200c ", "أيضاً روسياً\u200fو"]
    compiled = [NormalizedText(t) for t in texts]
    monkeypatch.setattr(speedups, "prepare", None)
    monkeypatch.setattr(speedups, "encode", None)
    pure = [NormalizedText(t) for t in texts]
    for fast, slow in zip(compiled, pure, strict=True):
        assert (fast.normal, fast.spaced) == (slow.normal, slow.spaced)
        n = len(slow.normal)
        spans = [(i, j) for i in range(n) for j in range(i + 1, min(n, i + 6) + 1)]
        assert [fast.original_span(i, j) for i, j in spans] == [slow.original_span(i, j) for i, j in spans]


def _scan(index: GazetteerIndex, text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(text[m.start : m.end], m.entry_ids) for m in index.scan(text, include_common=True)]


def test_names_the_finder_reads_give_way_to_a_longer_name_read_in_python(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if speedups.WordFinder is None:
        pytest.skip("the compiled helpers were not built (no C compiler at install)")
    entries = {
        "cairo": Entry("cairo", "LOC", "القاهرة"),
        "new-cairo": Entry("new-cairo", "LOC", "القاهرة الجديدة"),
        "press": Entry("press", "ORG", "الجديدة للنشر"),
        "publishing": Entry("publishing", "MISC", "النشر"),
        "putin": Entry("putin", "PER", "بوتين"),
    }
    # القاهرة (of the shape ال…ة, read in Python) starts a longer name that takes الجديدة,
    # which the finder, taught by the first text, reads as the start of الجديدة للنشر: the
    # whole text is then read again in Python, and للنشر after the name is read afresh.
    texts = [
        "صدر عن الجديدة للنشر كتاب عن بوتين",
        "افتتح معرض القاهرة الجديدة للنشر، وقال بوتين",
        "افتتح معرض القاهرة الجديدة للنشر، وقال بوتين",
        "الجديدة للنشر - القاهرة الجديدة  للنشر وبوتين",
    ]
    compiled_index = GazetteerIndex(entries)
    assert compiled_index._word_finder is not None
    compiled = [_scan(compiled_index, text) for text in texts]
    assert compiled[2] == [
        ("القاهرة الجديدة", ("new-cairo",)),
        ("للنشر", ("publishing",)),
        ("بوتين", ("putin",)),
    ]
    for name in COMPILED:
        monkeypatch.setattr(speedups, name, None)
    pure_index = GazetteerIndex(entries)
    assert pure_index._word_finder is None
    assert [_scan(pure_index, text) for text in texts] == compiled
