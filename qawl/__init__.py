"""qawl (قول): who and what Arabic news names, and who said what.

>>> import qawl
>>> record = qawl.extract("قال باشينيان إن الوضع خطير", ner=False)
>>> [q["speaker"]["text"] for q in record["quotes"]]
['باشينيان']
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["Pipeline", "PipelineOptions", "__version__", "extract"]

_pipelines: dict[Any, Any] = {}  # options -> Pipeline; the cache behind extract()


def extract(text: str, doc_id: str = "doc", ner: bool = True) -> dict[str, Any]:
    """The record of one text, with a pipeline built once per process and reused."""
    from qawl.pipeline import Pipeline, PipelineOptions

    options = PipelineOptions(ner=ner)
    if options not in _pipelines:
        _pipelines[options] = Pipeline(options)
    return _pipelines[options].extract(text, doc_id)


def __getattr__(name: str) -> Any:
    # Lazy so that `import qawl` (and `qawl --help`) never imports torch or stanza.
    if name in ("Pipeline", "PipelineOptions"):
        from qawl import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
