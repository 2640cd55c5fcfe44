"""What the tests of the rules after the NER tagger share: the mentions of a sentence with the
rules on or off."""

from __future__ import annotations

from typing import Any


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
