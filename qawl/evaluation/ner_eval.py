"""Strict entity-level NER scoring over ``token<TAB>tag`` gold files, run through qawl's own tagger.

Gold tokens are joined with spaces (one gold sentence per line) into documents, so the text goes
through exactly what ``qawl extract`` does: :mod:`qawl.arabic` tokenisation, sentence splitting
and :class:`~qawl.extractors.ner.NerTagger`. Entities are compared as character spans with their
label; only an exact span and label match counts (CoNLL "strict").

A few gold tokens are not single qawl tokens (``بكابول؛``, ``).``, ``Church–Turing``).
:func:`retokenize` splits them the way qawl does and moves the tag onto the word pieces, so a gold
entity never includes trailing punctuation that the runtime tokeniser splits off. The training
data goes through the same function, so the model is trained on run-time tokens.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qawl.arabic import tokenize

LABELS = ("PER", "LOC", "ORG", "MISC")
# Sentences per scored document: large enough for efficient batches, small enough that one
# bad document costs little.
SENTENCES_PER_DOC = 50


@dataclass(frozen=True)
class GoldSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]


def read_bio(path: Path) -> list[GoldSentence]:
    """Sentences of a ``token<TAB>tag`` file with a blank line after each sentence."""
    return list(parse_bio(Path(path).read_text(encoding="utf-8").splitlines()))


def parse_bio(lines: Iterable[str]) -> Iterator[GoldSentence]:
    tokens: list[str] = []
    tags: list[str] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if tokens:
                yield GoldSentence(tuple(tokens), tuple(tags))
            tokens, tags = [], []
            continue
        token, sep, tag = line.rpartition("\t")
        if not sep or not token:
            raise ValueError(f"line {number}: expected token<TAB>tag, got {line!r}")
        tokens.append(token)
        tags.append(tag.strip())
    if tokens:
        yield GoldSentence(tuple(tokens), tuple(tags))


def retokenize(sentence: GoldSentence) -> GoldSentence:
    """The sentence in qawl tokens, tags carried onto the pieces of any token qawl splits.

    The first word piece keeps the tag, later word pieces continue the entity (``I-``), and
    punctuation pieces before the first or after the last word piece are ``O``.
    """
    tokens: list[str] = []
    tags: list[str] = []
    for token, tag in zip(sentence.tokens, sentence.tags, strict=True):
        pieces = [t.text for t in tokenize(token)]
        if pieces == [token] or not pieces:
            if pieces:
                tokens.append(token)
                tags.append(tag)
            continue
        words = [i for i, piece in enumerate(pieces) if piece[0].isalnum() or piece[0] == "_"]
        first, last = (words[0], words[-1]) if words else (0, len(pieces) - 1)
        kind = tag[2:] if tag[:2] in ("B-", "I-") else None
        for i, piece in enumerate(pieces):
            tokens.append(piece)
            if kind is None or i < first or i > last:
                tags.append("O")
            elif i == first:
                tags.append(tag)
            else:
                tags.append(f"I-{kind}")
    return GoldSentence(tuple(tokens), tuple(tags))


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans ``(first, last_exclusive, label)``; a stray ``I-X`` starts an entity."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate(tags):
        prefix, kind = tag[:1], tag[2:]
        continues = prefix in ("I", "E") and start is not None and kind == label
        if start is not None and not continues:
            spans.append((start, i, label))
            start = None
        if prefix in ("B", "S") or (prefix in ("I", "E") and not continues):
            start, label = i, kind
        if prefix in ("S", "E") and start is not None:
            spans.append((start, i + 1, label))
            start = None
    if start is not None:
        spans.append((start, len(tags), label))
    return spans


@dataclass
class GoldDocument:
    """Gold sentences joined into one text, with gold entities as character spans."""

    text: str
    entities: set[tuple[int, int, str]]
    tokens: int


def build_documents(
    sentences: Sequence[GoldSentence], per_doc: int = SENTENCES_PER_DOC
) -> list[GoldDocument]:
    """Texts of ``per_doc`` sentences each: tokens joined by spaces, one sentence per line."""
    docs = []
    for begin in range(0, len(sentences), per_doc):
        parts: list[str] = []
        entities: set[tuple[int, int, str]] = set()
        offset = 0
        n_tokens = 0
        for sentence in sentences[begin : begin + per_doc]:
            sentence = retokenize(sentence)
            starts = []
            for token in sentence.tokens:
                starts.append(offset)
                parts.append(token)
                parts.append(" ")
                offset += len(token) + 1
            parts[-1] = "\n"
            n_tokens += len(sentence.tokens)
            for first, last, label in bio_spans(sentence.tags):
                end = starts[last - 1] + len(sentence.tokens[last - 1])
                entities.add((starts[first], end, label))
        docs.append(GoldDocument("".join(parts), entities, n_tokens))
    return docs


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": round(100 * self.precision, 2),
            "recall": round(100 * self.recall, 2),
            "f1": round(100 * self.f1, 2),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "gold": self.tp + self.fn,
            "predicted": self.tp + self.fp,
        }


@dataclass
class Scores:
    per_label: dict[str, Counts] = field(default_factory=dict)
    micro: Counts = field(default_factory=Counts)
    tokens: int = 0
    sentences: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "micro": self.micro.to_dict(),
            "labels": {label: counts.to_dict() for label, counts in sorted(self.per_label.items())},
            "tokens": self.tokens,
            "sentences": self.sentences,
            "seconds": round(self.seconds, 2),
            "tokens_per_second": round(self.tokens / self.seconds) if self.seconds else None,
        }


def score_spans(
    gold: Iterable[set[tuple[int, int, str]]], predicted: Iterable[set[tuple[int, int, str]]]
) -> Scores:
    """Strict scores of predicted against gold ``(start, end, label)`` sets, one pair per document."""
    scores = Scores(per_label={label: Counts() for label in LABELS})
    for gold_set, pred_set in zip(gold, predicted, strict=True):
        for span in gold_set | pred_set:
            counts = scores.per_label.setdefault(span[2], Counts())
            if span in gold_set and span in pred_set:
                counts.tp += 1
                scores.micro.tp += 1
            elif span in pred_set:
                counts.fp += 1
                scores.micro.fp += 1
            else:
                counts.fn += 1
                scores.micro.fn += 1
    return scores


def evaluate_tagger(tagger: Any, sentences: Sequence[GoldSentence], batch_docs: int = 8) -> Scores:
    """Score ``tagger`` (anything with ``process(docs)``, e.g. a NerTagger) on gold sentences."""
    import time

    from qawl.document import Document

    gold_docs = build_documents(sentences)
    predicted: list[set[tuple[int, int, str]]] = []
    started = time.perf_counter()
    for begin in range(0, len(gold_docs), batch_docs):
        batch = [
            Document(id=f"gold-{begin + i}", text=gold.text)
            for i, gold in enumerate(gold_docs[begin : begin + batch_docs])
        ]
        tagger.process(batch)
        for doc in batch:
            predicted.append({(m.start, m.end, m.label) for m in doc.mentions if m.source == "ner"})
    seconds = time.perf_counter() - started
    scores = score_spans([doc.entities for doc in gold_docs], predicted)
    scores.tokens = sum(doc.tokens for doc in gold_docs)
    scores.sentences = len(sentences)
    scores.seconds = seconds
    return scores


def format_table(scores: Scores) -> str:
    """A plain-text table: one row per label, then the micro average."""
    lines = [f"{'label':<6} {'prec':>6} {'rec':>6} {'f1':>6} {'gold':>6} {'pred':>6}"]
    rows = [(label, scores.per_label[label]) for label in sorted(scores.per_label)]
    rows.append(("micro", scores.micro))
    for label, c in rows:
        lines.append(
            f"{label:<6} {100 * c.precision:6.2f} {100 * c.recall:6.2f} {100 * c.f1:6.2f} "
            f"{c.tp + c.fn:6d} {c.tp + c.fp:6d}"
        )
    return "\n".join(lines)
