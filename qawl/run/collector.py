"""The cycle collector's settings while a process makes records: one place for a single-process run
and for every pool worker."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between two passes of the cycle collector while a run makes records (Python's
# default is 700). The count is of objects made less those freed, and a batch of long documents
# holds over 20,000 at once (a tuple per token), so with 20,000 a --no-ner run passed every few
# batches, over objects that die with the batch anyway: 2% of its time. Above a batch's peak,
# only what the caches keep counts, and a pass comes every few thousand documents; the peak RSS
# is the same, as the stages leave next to no cycles behind.
RUN_GC_THRESHOLD = 100_000


@contextmanager
def few_collections() -> Iterator[None]:
    """Keep the cycle collector out of the batches made inside, and restore its settings after.

    The stages' tables (the gazetteer index, the lexicons, a loaded model) are frozen first: left
    out of the collector's full passes, which would otherwise walk all of them every few hundred
    documents (a tenth of a ``--no-ner`` run). In a forked worker whose parent froze them already,
    the pages they sit on also stay shared, as no pass writes to their headers.
    """
    gc.collect()
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(RUN_GC_THRESHOLD, *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
