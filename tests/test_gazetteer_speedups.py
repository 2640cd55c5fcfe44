"""The compiled helpers (qawl/gazetteers/_wordscan.c) give what the pure-Python code gives."""

from __future__ import annotations

import os

import pytest

from qawl.document import Document
from qawl.extractors.gazetteer import GazetteerLinker
from qawl.gazetteers import _cached_index, load_index, speedups
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
    compiled = _records(TEXTS)
    assert load_index()._word_finder is not None
    for name in COMPILED:
        monkeypatch.setattr(speedups, name, None)
    assert _records(TEXTS) == compiled
    assert load_index()._word_finder is None  # the second run read with the pure-Python scan
    assert any(mentions for mentions, _ in compiled)  # the texts name something


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
