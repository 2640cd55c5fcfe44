"""The pipeline: builds each stage once and runs batches of documents through them.

Every stage is an object with one method, ``process(docs)``, that reads and extends the
:class:`~qawl.document.Document` objects in place. Stages are imported lazily so that
``qawl --help`` never pays for torch or stanza.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from qawl.document import Document, ErrorInfo


class Stage(Protocol):
    def process(self, docs: Sequence[Document]) -> None: ...


@dataclass(frozen=True)
class PipelineOptions:
    """Everything that decides how documents are processed (and so, what the output is)."""

    ner: bool = True
    model_dir: Path | None = None
    stanza_resources: Path | None = None
    gazetteers: tuple[Path, ...] = ()
    default_gazetteer: bool = True
    quotes: bool = True


class Pipeline:
    """NER -> gazetteer -> quotes over batches of documents.

    >>> pipeline = Pipeline(PipelineOptions(ner=False))
    >>> record = pipeline.extract("قال باشينيان إن الوضع خطير")
    >>> record["quotes"][0]["kind"]
    'indirect'
    """

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        self.stages: list[tuple[str, Stage]] = []
        if self.options.ner:
            from qawl.extractors.ner import NerTagger

            self.stages.append(("ner", NerTagger.load(self.options.model_dir, self.options.stanza_resources)))
        from qawl.extractors.gazetteer import GazetteerLinker

        self.stages.append(
            (
                "gazetteer",
                GazetteerLinker.load(self.options.gazetteers, self.options.default_gazetteer),
            )
        )
        if self.options.quotes:
            from qawl.extractors.quotes import QuoteAttributor

            self.stages.append(("quotes", QuoteAttributor()))

    def process(self, docs: Sequence[Document]) -> None:
        """Run every stage over ``docs``; a document a stage fails on gets an error, not a crash."""
        live = [doc for doc in docs if doc.error is None]
        for name, stage in self.stages:
            try:
                stage.process(live)
            except Exception:
                live = self._process_one_by_one(name, stage, live)

    @staticmethod
    def _process_one_by_one(name: str, stage: Stage, docs: Sequence[Document]) -> list[Document]:
        survivors = []
        for doc in docs:
            try:
                stage.process([doc])
                survivors.append(doc)
            except Exception as exc:
                doc.mentions.clear()
                doc.entities.clear()
                doc.quotes.clear()
                doc.error = ErrorInfo(f"{name}_failed", f"{type(exc).__name__}: {exc}")
        return survivors

    def pipe(self, docs: Iterable[Document], batch_size: int = 32) -> Iterator[Document]:
        """Process a stream of documents in batches, yielding them in input order."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                self.process(batch)
                yield from batch
                batch = []
        if batch:
            self.process(batch)
            yield from batch

    def extract(self, text: str, doc_id: str = "doc") -> dict[str, Any]:
        """The record of one text."""
        doc = Document(id=doc_id, text=text)
        self.process([doc])
        return doc.to_record()
