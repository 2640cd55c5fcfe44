"""A whole run as library code: read documents, run the pipeline in some engine, write records.

One module, one job::

    readers.py     paths, globs, directories, stdin -> Documents (read_documents, read_inputs)
    writers.py     records -> JSON Lines on stdout or a file committed atomically (RecordWriter)
    state.py       ids finished by earlier runs, saved once the output is committed (RunState)
    pool.py        the local engine's worker processes (pool_records)
    ray_engine.py  the Ray Data engine (ray_records)
    extract.py     extract_files: one call that does a whole run and returns its Summary
    errors.py      RunSetupError: why a run could not start

Nothing here imports torch or stanza at module level, nor anything from ``qawl.cli``.
"""

from qawl.run.errors import InputNotFoundError, RunSetupError
from qawl.run.extract import Summary, extract_files
from qawl.run.readers import ReadOptions, read_documents

__all__ = ["InputNotFoundError", "ReadOptions", "RunSetupError", "Summary", "extract_files", "read_documents"]
