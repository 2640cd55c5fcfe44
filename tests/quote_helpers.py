"""What the quote tests share: the quotes the stage finds in a sentence written for a test, the
one quote whose content holds a fragment, and the quotes a whole pipeline writes in a record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from qawl.document import Document, Quote
from qawl.extractors.quotes import QuoteAttributor
from qawl.extractors.quotes.view import DocView
from qawl.pipeline import Pipeline


def quotes_of(doc: Document | str) -> list[Quote]:
    """The quotes of a text (or of a document whose earlier stages a test filled in) read by
    the quote stage alone."""
    doc = doc if isinstance(doc, Document) else Document(id="t", text=doc)
    QuoteAttributor().process([doc])
    return doc.quotes


_ATTRIBUTOR = QuoteAttributor()  # one stage for quote_fields: its word cache serves every test


def quote_fields(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """Kind, content, cue and speaker span (as written) of each quote the quote stage alone
    finds in ``text``."""
    return [
        (q.kind, q.content.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None)
        for q in _ATTRIBUTOR.find(Document(id="t", text=text))
    ]


def quote_fields_with_cue(text: str, cue: str) -> list[tuple[str, str, str | None, str | None]]:
    """:func:`quote_fields` of the quotes whose cue is written ``cue``."""
    return [q for q in quote_fields(text) if q[2] == cue]


def quote_with(quotes: list[Quote], fragment: str) -> Quote:
    """The single quote whose content holds ``fragment`` (fails on none or several)."""
    found = [q for q in quotes if fragment in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


def nominal_quote_with(text: str, fragment: str) -> Quote:
    """The single quote of ``text`` whose content holds ``fragment``, which must be nominal."""
    quote = quote_with(quotes_of(text), fragment)
    assert quote.kind == "nominal", quote.kind
    return quote


def speaker_text(quote: Quote) -> str | None:
    """The speaker span of ``quote`` as written, or None."""
    return quote.speaker.text if quote.speaker is not None else None


def speaker_name_with(text: str, fragment: str) -> str | None:
    """The speaker name of the single quote of ``text`` whose content holds ``fragment``."""
    return quote_with(quotes_of(text), fragment).speaker_name


def speaker_with(text: str, fragment: str) -> tuple[str | None, str | None]:
    """The speaker span (as written) and speaker name of the single quote of ``text`` whose
    content holds ``fragment``."""
    quote = quote_with(quotes_of(text), fragment)
    return (quote.speaker.text if quote.speaker else None), quote.speaker_name


def record_quotes(pipeline: Pipeline, text: str) -> list[dict[str, Any]]:
    """The quotes of ``text`` as its record writes them, after every stage of ``pipeline`` (the
    gazetteer links the names the speakers resolve to)."""
    doc = Document(id="t", text=text)
    pipeline.process([doc])
    return doc.to_record().get("quotes") or []


def kinds_and_contents(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    """Each quote of ``text`` as (kind, content text)."""
    return [(q["kind"], q["content"]["text"]) for q in record_quotes(pipeline, text)]


def speakers_and_names(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    """Each quote of ``text`` as (speaker span text, speaker_name)."""
    return [
        ((q.get("speaker") or {}).get("text"), q.get("speaker_name")) for q in record_quotes(pipeline, text)
    ]


def kinds_contents_and_cues(pipeline: Pipeline, text: str) -> list[tuple[str, str, str | None]]:
    """Each quote of ``text`` as (kind, content text, cue text)."""
    return [
        (q["kind"], q["content"]["text"], (q.get("cue") or {}).get("text"))
        for q in record_quotes(pipeline, text)
    ]


def cues_and_speakers(pipeline: Pipeline, text: str) -> list[tuple[str | None, str | None]]:
    """Each quote of ``text`` as (cue text, speaker span text)."""
    return [
        ((q.get("cue") or {}).get("text"), (q.get("speaker") or {}).get("text"))
        for q in record_quotes(pipeline, text)
    ]


def view_of(attributor: QuoteAttributor, text: str) -> DocView:
    """The quote stage's view of ``text`` alone, built with ``attributor``'s tables (no NER)."""
    return DocView(
        Document("d", text), attributor.lexicon, attributor.words, attributor.vocabulary, attributor.features
    )


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture_texts() -> list[str]:
    """The texts of the two bundled news fixtures (news_sample, determinism_sample), in order."""
    texts: list[str] = []
    for name in ("news_sample.jsonl", "determinism_sample.jsonl"):
        with (FIXTURES / name).open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts
