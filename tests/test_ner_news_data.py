"""The hand-annotated news NER training data: well-formed, and sharing nothing with an evaluation set."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ROOT, shared_path

NEWS = ROOT / "training/data/ner_news.bio"
IDS = ROOT / "training/data/ner_news.ids"
LABELS = {"PER", "LOC", "ORG", "MISC"}


def _sentences(path: Path) -> list[list[tuple[str, str]]]:
    text = path.read_text(encoding="utf-8").strip("\n")
    return [[tuple(line.split("\t")) for line in block.split("\n")] for block in text.split("\n\n")]


def _words(path: Path) -> set[tuple[str, ...]]:
    """Sentences of 12 words or more: shorter ones may be an outlet's boilerplate, repeated in many
    articles ("* * جميع المقالات المنشورة تمثل رأي كتابها فقط .")."""
    return {words for sentence in _sentences(path) if len(words := tuple(w for w, *_ in sentence)) >= 12}


def test_every_sentence_is_valid_bio_with_its_id() -> None:
    sentences = _sentences(NEWS)
    ids = IDS.read_text(encoding="utf-8").splitlines()
    assert len(sentences) == len(ids) == 4000
    for sentence in sentences:
        previous = "O"
        for word, tag in sentence:
            assert word and " " not in word
            assert tag == "O" or (tag[:2] in ("B-", "I-") and tag[2:] in LABELS)
            # An I- tag continues an entity of its own label.
            assert not tag.startswith("I-") or previous[2:] == tag[2:]
            previous = tag


def test_no_article_of_an_evaluation_set() -> None:
    articles = {line.split()[0] for line in IDS.read_text(encoding="utf-8").splitlines()}
    blind_ner = ROOT / "benchmarks/data/ner_blind.ids"
    held_out = {line.split()[0] for line in blind_ner.read_text(encoding="utf-8").splitlines()}
    for gold in sorted((ROOT / "benchmarks/data").glob("quotes_*.jsonl")):
        with open(gold, encoding="utf-8") as lines:
            held_out.update(json.loads(line)["id"] for line in lines if line.strip())
    assert len(held_out) > 250
    assert not articles & held_out


def test_no_sentence_of_the_blind_set_or_anercorp_test() -> None:
    news = _words(NEWS)
    assert not news & _words(ROOT / "benchmarks/data/ner_blind.bio")
    test_file = shared_path("data", "ner", "anercorp_camel", "test.txt")
    assert not news & _words(test_file)
