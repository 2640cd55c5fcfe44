"""What the quote tests share: the quotes the stage finds in a sentence written for a test, and
the one quote whose content holds a fragment."""

from __future__ import annotations

from qawl.document import Document, Quote
from qawl.extractors.quotes import QuoteAttributor


def quotes_of(doc: Document | str) -> list[Quote]:
    """The quotes of a text (or of a document whose earlier stages a test filled in) read by
    the quote stage alone."""
    doc = doc if isinstance(doc, Document) else Document(id="t", text=doc)
    QuoteAttributor().process([doc])
    return doc.quotes


def quote_with(quotes: list[Quote], fragment: str) -> Quote:
    """The single quote whose content holds ``fragment`` (fails on none or several)."""
    found = [q for q in quotes if fragment in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]
