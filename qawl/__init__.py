"""qawl (قول): who and what Arabic news names, and who said what.

>>> import qawl
>>> record = qawl.extract("قال باشينيان إن الوضع خطير", ner=False)
>>> [q["speaker"]["text"] for q in record["quotes"]]
['باشينيان']

The public API: :func:`extract` (one text), :class:`Pipeline` and :class:`PipelineOptions`
(batches of :class:`Document`, ``Pipeline.pipe`` for streams), :func:`extract_files` (a whole
run over files, as ``qawl extract`` does, returning a :class:`Summary`) and
:func:`read_documents` (the readers alone).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qawl.document import Document
    from qawl.pipeline import Pipeline, PipelineOptions
    from qawl.run import Summary, extract_files, read_documents

__version__ = "0.1.0"
__all__ = [
    "Document",
    "Pipeline",
    "PipelineOptions",
    "Summary",
    "__version__",
    "extract",
    "extract_files",
    "read_documents",
]

_pipelines: dict[Any, Any] = {}  # options -> Pipeline; the cache behind extract()


def extract(text: str, doc_id: str = "doc", ner: bool = True) -> dict[str, Any]:
    """The record of one text, with a pipeline built once per process and reused."""
    from qawl.pipeline import Pipeline, PipelineOptions

    options = PipelineOptions(ner=ner)
    if options not in _pipelines:
        _pipelines[options] = Pipeline(options)
    return _pipelines[options].extract(text, doc_id)


def __getattr__(name: str) -> Any:
    # Lazy so that `import qawl` (and `qawl --help`) never imports torch, stanza or the readers.
    if name in ("Pipeline", "PipelineOptions"):
        from qawl import pipeline

        return getattr(pipeline, name)
    if name == "Document":
        from qawl import document

        return document.Document
    if name in ("Summary", "extract_files", "read_documents"):
        from qawl import run

        return getattr(run, name)
    raise AttributeError(f"module 'qawl' has no attribute {name!r}")
