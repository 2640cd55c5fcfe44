"""Fast paths of the eighth session's cue reading give the answers of the plain walks on real news
text (the bundled samples): clause_end and find_trigger pass the words none of their tests acts
on at once, and a word left out of the sets they pass by shows up as a difference."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from conftest import FIXTURES

from qawl.document import Document
from qawl.extractors.quotes import QuoteAttributor, content, triggers
from qawl.extractors.quotes.view import DocView


def _texts(path: Path) -> list[str]:
    return [orjson.loads(line)["text"] for line in path.read_bytes().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def views() -> list[DocView]:
    attributor = QuoteAttributor()
    texts = _texts(FIXTURES / "determinism_sample.jsonl") + _texts(FIXTURES / "news_sample.jsonl")
    return [
        DocView(
            Document("d", t), attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features
        )
        for t in texts
        if t.strip()
    ]


def _clause_ends(views: list[DocView]) -> list[int]:
    return [
        content.clause_end(view, start, *flags)
        for view in views
        for start in view.word_tokens
        for flags in ((False, False, False), (False, True, True), (True, True, False))
    ]


def _triggers(views: list[DocView]) -> list[object]:
    found: list[object] = []
    for view in views:
        for i in view.cue_candidates:
            cue = view.cues[i]
            if cue is not None:
                found.append(triggers.find_trigger(view, i, cue, max(view.sentence_range(i)[1], i + 1)))
    return found


def _plain(monkeypatch: pytest.MonkeyPatch, module: object, run, views: list[DocView]) -> list:
    with monkeypatch.context() as m:
        m.setattr(module, "_QUIET_PATH", False)
        return run(views)


def test_clause_end_as_plain(views: list[DocView], monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _plain(monkeypatch, content, _clause_ends, views)
    assert len(plain) > 10000
    assert _clause_ends(views) == plain
    # A word the walk stops at, left out of the words it passes by, changes the answers.
    with monkeypatch.context() as m:
        m.setattr(content, "_PHRASE_WORDS", content._PHRASE_WORDS - {"وهو"})
        assert _clause_ends(views) != plain
    # So does a word after على that makes it stop the walk (على حد تعبيره).
    monkeypatch.setattr(content, "_IN_FOLLOWERS", content._IN_FOLLOWERS - {"حد"})
    assert _clause_ends(views) != plain


def test_find_trigger_as_plain(views: list[DocView], monkeypatch: pytest.MonkeyPatch) -> None:
    plain = _plain(monkeypatch, triggers, _triggers, views)
    assert sum(trigger is not None for trigger, _ in plain) > 100
    assert _triggers(views) == plain
    monkeypatch.setattr(triggers, "_WALK_WORDS", triggers._WALK_WORDS - {"انه"})
    assert _triggers(views) != plain


def test_comma_in_as_plain(views: list[DocView]) -> None:
    """DocView.comma_in (one bisection) against a test of every token, over the ranges that
    start at each word and each comma of the samples and end a few tokens on."""
    asked = found = 0
    for view in views:
        commas = view.comma_tokens
        for first in sorted({*view.word_tokens[::3], *commas, 0}):
            for last in (first, first + 1, first + 2, first + 8, first + 40, len(view)):
                plain = any(view.is_comma(k) for k in range(first, last))
                assert view.comma_in(first, last) == plain, (first, last)
                asked += 1
                found += plain
    assert asked > 5000
    assert 0 < found < asked
