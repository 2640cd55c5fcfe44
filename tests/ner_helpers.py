"""What the tests of the rules after the NER tagger share: the mentions of a sentence with the
rules on or off."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from conftest import ROOT, SHARED

Span = tuple[int, int, str]  # first token, last token (exclusive), label


def tagged(tagger: Any, text: str, rules: bool) -> list[tuple[str, str]]:
    """(text, label) of each mention ``tagger`` (a NerTagger) finds in ``text``, with the rules
    after the tagger (not-names filter, span rules) switched on or off for this call only."""
    from qawl.document import Document

    tagger.filter_words = rules
    try:
        doc = Document(id="t", text=text)
        tagger.process([doc])
    finally:
        tagger.filter_words = True
    return [(m.text, m.label) for m in doc.mentions]


def document_rules(doc: list[tuple[str, list[Span]]]) -> list[list[tuple[str, str]]]:
    """(text, label) of each mention per sentence after the document rules
    (``apply_document_consistency``), for sentences given as whitespace-split text and spans."""
    from qawl.extractors.ner_consistency import apply_document_consistency

    sentences = [text.split() for text, _ in doc]
    result = apply_document_consistency(sentences, [spans for _, spans in doc])
    return [
        [(" ".join(words[first:last]), label) for first, last, label in spans]
        for words, spans in zip(sentences, result, strict=True)
    ]


def training_script(name: str) -> ModuleType:
    """A script of training/ imported as a module (training/ is no package; the scripts import
    each other, so the folder stays on the path while one is imported)."""
    folder = str(ROOT / "training")
    sys.path.insert(0, folder)
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(folder)


SentenceRule = Callable[[list[str], list[Span]], list[Span]]


def gold_removed(rule: SentenceRule, sentences: Sequence[tuple[list[str], list[Span]]]) -> tuple[int, int]:
    """(gold entities removed, gold entities) when a sentence rule (words, spans) runs over the gold
    spans of ``sentences``."""
    gold_entities = removed = 0
    for words, spans in sentences:
        gold_entities += len(spans)
        removed += len(set(spans) - set(rule(words, spans)))
    return removed, gold_entities


DocumentRule = Callable[
    [Sequence[Sequence[str]], Sequence[Sequence[Any]], Sequence[Sequence[Span]]], list[list[Span]]
]


def gold_changes(rule: DocumentRule) -> tuple[int, int]:
    """(entities changed, gold entities) when ``rule`` (norm, readings, spans) runs over the gold
    spans of train_base in documents of 50 sentences, as `qawl eval ner` builds them. A changed
    entity is a gold span the rule removed or one it added, whichever count is larger."""
    from qawl.extractors.ner_known import first_word_readings, word_key

    base = training_script("build_known_names").train_base(SHARED)
    gold_entities = changed = 0
    for begin in range(0, len(base), 50):
        words = [tokens for tokens, _ in base[begin : begin + 50]]
        spans = [found for _, found in base[begin : begin + 50]]
        norm = [[word_key(word) for word in sentence] for sentence in words]
        readings = [[first_word_readings(word) for word in sentence] for sentence in words]
        for before, after in zip(spans, rule(norm, readings, spans), strict=True):
            gold_entities += len(before)
            changed += max(len(set(before) - set(after)), len(set(after) - set(before)))
    return changed, gold_entities
