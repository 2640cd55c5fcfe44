"""What the tests of the rules after the NER tagger share: the mentions of a sentence with the
rules on or off."""

from __future__ import annotations

from typing import Any

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
