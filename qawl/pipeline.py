"""The pipeline: builds each stage once and runs batches of documents through them.

Every stage is an object with one method, ``process(docs)``, that reads and extends the
:class:`~qawl.document.Document` objects in place. Stages are imported lazily so that
``qawl --help`` never pays for torch or stanza.

Every way of running qawl (``qawl.extract``, ``extract_files`` in one process, its worker
pool, its Ray actors, ``qawl eval quotes``) builds a :class:`Pipeline`; the NER stage it
builds sets torch's thread count (``PipelineOptions.threads``), so that is set in one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, TypeVar

from qawl.document import Document, ErrorInfo

# Documents a stage sees at once: enough for the NER model to batch sentences, few enough that
# a slow reader of the output never waits long for the first records.
DEFAULT_BATCH_SIZE = 32

T = TypeVar("T")


class Stage(Protocol):
    def process(self, docs: Sequence[Document]) -> None: ...


@dataclass(frozen=True)
class PipelineOptions:
    """Everything that decides how documents are processed (and so, what the output is).

    ``threads`` is torch's thread count, set when the NER model loads (it is one setting per
    process); ``None`` leaves torch's own. One thread each is how qawl scales: most tagging
    time is Python outside the forward pass, so processes scale where threads oversubscribe.
    """

    ner: bool = True
    model_dir: Path | None = None
    stanza_resources: Path | None = None
    gazetteers: tuple[Path, ...] = ()
    default_gazetteer: bool = True
    quotes: bool = True
    threads: int | None = 1


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size`` (the last one shorter), read lazily."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


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

            tagger = NerTagger.load(
                self.options.model_dir, self.options.stanza_resources, threads=self.options.threads
            )
            self.stages.append(("ner", tagger))
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

    def pipe(self, docs: Iterable[Document], batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Document]:
        """Process a stream of documents in batches, yielding them in input order.

        Lazy: documents are read from ``docs`` one batch ahead of what has been yielded, so a
        dump of any size streams through in constant memory.
        """
        for batch in batches(docs, batch_size):
            self.process(batch)
            yield from batch

    def extract(self, text: str, doc_id: str = "doc") -> dict[str, Any]:
        """The record of one text."""
        doc = Document(id=doc_id, text=text)
        self.process([doc])
        return doc.to_record()
