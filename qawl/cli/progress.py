"""What the user sees while ``qawl extract`` runs: a progress line on stderr when it is a terminal.

With input files whose size is known, the line shows a bar, the share of bytes read, the
documents done, docs/s and the time left; the bytes read are the read offsets of the open input
files (Linux's ``/proc/self/fdinfo``, read a few times a second; the readers need not count).
For stdin, the Ray engine (which reads elsewhere) or another system, it shows the documents
done, docs/s and the time so far.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qawl.run import Summary

FDS = "/proc/self/fd"
REFRESH_SECONDS = 0.25


class InputMeter:
    """How many bytes of ``paths`` this process has read, from the offsets of their open descriptors.

    Inputs are read one after the other, in order: a file before the furthest one seen open is
    read whole. ``total`` is None when the size is not known (stdin, a pipe, no ``/proc``).
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self.total: int | None = None
        self._index: dict[str, int] = {}
        self._before: list[int] = [0]  # bytes of the inputs before each one
        self._furthest = -1
        if not os.path.isdir(FDS) or not paths:
            return
        for path in paths:
            try:
                info = os.stat(path)
            except OSError:
                return
            if path == "-" or not stat.S_ISREG(info.st_mode):
                return
            self._index.setdefault(os.path.realpath(path), len(self._before) - 1)
            self._before.append(self._before[-1] + info.st_size)
        self.total = self._before[-1]

    def read(self) -> int:
        """Bytes read so far (0 when the total is unknown)."""
        if self.total is None:
            return 0
        position = None
        for fd in _open_fds():
            try:
                index = self._index.get(os.readlink(f"{FDS}/{fd}"))
                if index is None or index < self._furthest:
                    continue
                offset = _offset(fd)
            except OSError:
                continue
            if index > self._furthest:
                self._furthest, position = index, offset
            else:
                position = offset if position is None else max(position, offset)
        if self._furthest < 0:
            return 0
        if position is None:  # the furthest file seen is closed again: read whole
            return self._before[self._furthest + 1]
        return min(self._before[self._furthest] + position, self.total)


def _open_fds() -> list[str]:
    try:
        return os.listdir(FDS)
    except OSError:
        return []


def _offset(fd: str) -> int:
    with open(f"/proc/self/fdinfo/{fd}", encoding="ascii") as info:
        for line in info:
            if line.startswith("pos:"):
                return int(line.split()[1])
    return 0


class Watch:
    """The progress line (only when ``show``), and the way to say something without garbling it."""

    def __init__(self, show: bool, meter_inputs: bool = True) -> None:
        self.show = show
        self.meter_inputs = meter_inputs
        self._progress = None
        self._task = None
        self._meter: InputMeter | None = None
        self._shown_at = 0.0

    def __call__(self, summary: Summary) -> None:
        if not self.show:
            return
        now = time.monotonic()
        if self._progress is not None and now - self._shown_at < REFRESH_SECONDS:
            return
        self._shown_at = now
        if self._progress is None:
            self._start(summary)
        assert self._progress is not None
        fields = {"docs": summary.processed, "rate": summary.rate}
        if self._meter is not None and self._meter.total is not None:
            self._progress.update(self._task, completed=self._meter.read(), **fields)
        else:
            self._progress.update(self._task, **fields)

    def _start(self, summary: Summary) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            Progress,
            SpinnerColumn,
            TaskProgressColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self._meter = InputMeter(summary.inputs) if self.meter_inputs else None
        total = None if self._meter is None else self._meter.total
        counts = TextColumn("{task.fields[docs]:,} documents, {task.fields[rate]:,.1f} docs/s")
        if total:
            columns = [BarColumn(), TaskProgressColumn(), counts, TimeElapsedColumn(), TimeRemainingColumn()]
        else:
            columns = [SpinnerColumn(), counts, TimeElapsedColumn()]
        self._progress = Progress(*columns, console=Console(stderr=True), transient=True)
        self._progress.start()
        self._task = self._progress.add_task("extract", total=total or None, docs=0, rate=0.0)

    def say(self, message: str) -> None:
        """One line on stderr, above the progress line when there is one."""
        if self._progress is not None:
            self._progress.console.print(message, markup=False, highlight=False)
        else:
            print(message, file=sys.stderr)

    def notice(self, message: str) -> None:
        """A notice of the run (a state migrated, an output cut back), as qawl's one-liners read."""
        self.say(f"qawl: {message}")

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
