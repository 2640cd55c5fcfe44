"""A whole run as library code: read documents, run the pipeline in some engine, write records.

One module, one job::

    readers.py     paths, globs, directories, stdin -> Documents (read_documents, read_inputs)
    sniff.py       what an input holds, by content: compression, encoding, format
    formats.py     one reader per format (JSONL, JSON, CSV/TSV, text, HTML), bounded by max_chars
    writers.py     records -> JSON Lines on stdout, a file renamed into place, or appended (RecordWriter)
    state.py       what earlier runs did (SQLite), committed after the output; the run's lock (RunState)
    faults.py      named crash points for the tests of the commit order
    pool.py        the local engine's worker processes (pool_records)
    ray_engine.py  the Ray engine: the same documents, processed by Ray actors (ray_records)
    extract.py     extract_files: one call that does a whole run and returns its Summary
    errors.py      RunSetupError: why a run could not start; OutputError: why it could not go on

Nothing here imports torch or stanza at module level, nor anything from ``qawl.cli``.
"""

from qawl.run.errors import InputNotFoundError, NoDocumentsError, RunSetupError
from qawl.run.extract import Summary, extract_files
from qawl.run.readers import ReadOptions, read_documents

__all__ = [
    "InputNotFoundError",
    "NoDocumentsError",
    "ReadOptions",
    "RunSetupError",
    "Summary",
    "extract_files",
    "read_documents",
]
