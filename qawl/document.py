"""The data model every stage shares: a Document with its tokens, mentions, entities and quotes.

Spans are Python string offsets into ``Document.text`` (end exclusive). Stages append to the
lists of a Document; :meth:`Document.to_record` turns it into the JSON-ready record whose key
order is part of the public format (see README).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from qawl.arabic import Sentence, Token, split_sentences, tokenize_columns

_TOKEN_START = itemgetter(0)  # Token.start
_TOKEN_TEXT = itemgetter(2)  # Token.text

LABELS = ("PER", "LOC", "ORG", "MISC")
QUOTE_KINDS = ("direct", "indirect", "mixed", "nominal")
ATTRIBUTIONS = ("explicit", "carried", "title", "anonymous", "none")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Mention:
    """A name in the text: found by NER, by the gazetteer, or by both."""

    start: int
    end: int
    text: str
    label: str
    source: str = "ner"
    score: float | None = None
    entity: str | None = None  # Entity.id within the document
    candidates: list[str] = field(default_factory=list)  # kb ids when left ambiguous


@dataclass(slots=True)
class Entity:
    """One real-world referent within a document, with its mentions (indices into mentions)."""

    id: str
    label: str
    name: str
    kb_id: str | None = None
    mentions: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    kind: str
    content: Span
    cue: Span | None = None
    speaker: Span | None = None
    speaker_entity: str | None = None
    speaker_name: str | None = None
    speaker_kb_id: str | None = None  # the knowledge-base id of speaker_entity, when it has one
    attribution: str = "explicit"
    confidence: float = 0.5


@dataclass(slots=True)
class ErrorInfo:
    code: str
    message: str


@dataclass(slots=True)
class Document:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    error: ErrorInfo | None = None
    # What names the document across runs (``--state``): None when its id does. A reader sets it
    # to content_key(...) for a document without an id of its own (its id is a path or a line).
    key: str | None = None
    _tokens: list[Token] | None = field(default=None, repr=False)
    _sentences: list[Sentence] | None = field(default=None, repr=False)
    # Each token's start and text, in order: made with the tokens (tokenize_columns).
    _token_starts: list[int] | None = field(default=None, repr=False)
    _token_texts: list[str] | None = field(default=None, repr=False)

    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens, self._token_starts, self._token_texts = tokenize_columns(self.text)
        return self._tokens

    @property
    def token_starts(self) -> list[int]:
        """``[token.start for token in self.tokens]`` (shared: do not change it)."""
        tokens = self.tokens  # made with the tokens, unless these were set apart
        if self._token_starts is None:
            self._token_starts = list(map(_TOKEN_START, tokens))
        return self._token_starts

    @property
    def token_texts(self) -> list[str]:
        """``[token.text for token in self.tokens]`` (shared: do not change it)."""
        tokens = self.tokens  # made with the tokens, unless these were set apart
        if self._token_texts is None:
            self._token_texts = list(map(_TOKEN_TEXT, tokens))
        return self._token_texts

    @property
    def sentences(self) -> list[Sentence]:
        if self._sentences is None:
            self._sentences = split_sentences(self.text, self.tokens, self.token_starts)
        return self._sentences

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def entity_by_id(self, entity_id: str) -> Entity | None:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        return None

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "meta": self.meta,
            "entities": [
                {
                    "id": e.id,
                    "label": e.label,
                    "name": e.name,
                    "kb_id": e.kb_id,
                    "mentions": e.mentions,
                }
                for e in self.entities
            ],
            "mentions": [
                {
                    "start": m.start,
                    "end": m.end,
                    "text": m.text,
                    "label": m.label,
                    "entity": m.entity,
                    "source": m.source,
                    "score": m.score,
                    **({"candidates": m.candidates} if m.candidates else {}),
                }
                for m in self.mentions
            ],
            "quotes": [
                {
                    "kind": q.kind,
                    "content": q.content.to_record(),
                    "cue": q.cue.to_record() if q.cue else None,
                    "speaker": q.speaker.to_record() if q.speaker else None,
                    "speaker_entity": q.speaker_entity,
                    "speaker_name": q.speaker_name,
                    "speaker_kb_id": q.speaker_kb_id,
                    "attribution": q.attribution,
                    "confidence": q.confidence,
                }
                for q in self.quotes
            ],
            "error": {"code": self.error.code, "message": self.error.message} if self.error else None,
        }


def error_record(doc_id: str, code: str, message: str, meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The record of a document that could not be processed: empty lists and an error."""
    return Document(id=doc_id, text="", meta=meta or {}, error=ErrorInfo(code, message)).to_record()


def content_key(content: str | bytes) -> str:
    """The key of a document that has no id: a hash of its text, or of its raw bytes when it has none.

    >>> content_key("نص") == content_key("نص".encode())
    True
    """
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return "sha256:" + hashlib.sha256(data).hexdigest()
