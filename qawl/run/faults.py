"""Named crash points for the tests of the commit order.

``QAWL_CRASH_AT=fsync`` (or ``fsync:2``, the second time) makes the process end at that point
with ``os._exit``: no ``finally``, no flush, no cleanup, as a SIGKILL there would. The points are
``partial-write`` (half of a chunk appended), ``write`` (appended, not fsynced), ``fsync``
(fsynced, state not committed), ``rename`` (temp file renamed, state not committed) and
``commit`` (state committed). Unset, a crash point is one dictionary lookup.
"""

from __future__ import annotations

import os

CRASH_ENV = "QAWL_CRASH_AT"
CRASH_STATUS = 137  # what a shell reports for SIGKILL


def crash_point(name: str, count: int = 1) -> None:
    """End the process here when ``QAWL_CRASH_AT`` names this point (and, with ``:N``, this count)."""
    wanted = os.environ.get(CRASH_ENV)
    if not wanted:
        return
    point, _, nth = wanted.partition(":")
    if point == name and (not nth or int(nth) == count):
        os._exit(CRASH_STATUS)
